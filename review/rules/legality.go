package rules

import "beishen/review"

// Legal bases cited by the legality rules.
const (
	basis37         = "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）一（一）"
	basisPenalty    = "《中华人民共和国行政处罚法》第十六条"
	basisLicence    = "《中华人民共和国行政许可法》第十七条"
	basisLicenceAdd = "《中华人民共和国行政许可法》第十六条第四款"
	basisCoercion   = "《中华人民共和国行政强制法》第十条第四款"
	basisEnforce    = "《中华人民共和国行政强制法》第十三条"
	basisFreedom    = "《中华人民共和国立法法》第十一条第（五）项"
	basisFreedomPen = "《中华人民共和国行政处罚法》第十条第二款"
	basisFees       = "《中华人民共和国行政许可法》第五十八条"
	basisFeesBiz    = "《优化营商环境条例》第二十五条"
	basisDonation   = "《中华人民共和国公益事业捐赠法》第四条"
	basisProof      = "《优化营商环境条例》第四十四条"
	basisBiz64      = "《优化营商环境条例》第六十四条"
	basisRights     = "《中华人民共和国立法法》第九十三条第六款"
	basisEquality   = "《中华人民共和国宪法》第三十三条"
	basisExpropr    = "《国有土地上房屋征收与补偿条例》第二十七条"
	basisHierarchy  = "《中华人民共和国立法法》第九十九条"
	basisReserve    = "《中华人民共和国自然保护区条例》第二十六条"
	basisCivilCode  = "《中华人民共和国民法典》第一千二百六十条"
	basisRetro      = "《中华人民共和国立法法》第一百零四条"
)

func legalityRules() []*sentenceRule {
	return []*sentenceRule{
		{
			RuleInfo: RuleInfo{ID: "L01", Category: review.Legality, Severity: review.High,
				Title: "设定行政处罚", TitleEN: "Sets an administrative penalty",
				Basis:       []string{basisPenalty, basis37},
				Description: "法律、法规、规章以外的规范性文件不得设定罚款、没收、吊销证照、责令停产停业、限制从业、行政拘留等行政处罚。"},
			anchors: []string{"罚款", "罚金", "没收", "吊销", "暂扣", "收回", "责令停产", "责令停业", "责令关闭", "限制从业", "行政拘留", "通报批评", "处罚", "资格"},
			triggers: res(
				// (处 not the 处 of 处罚: "处罚的种类包括…罚款" names a list.)
				`(?:处(?:以)?|并处|给予|予以|课以)(?:[^罚，。][^，。]{0,19})?罚款`,
				`罚款[^，。]{0,4}[\d一二三四五六七八九十百千万]+元`,
				`[\d一二三四五六七八九十百千万]+元(?:以上|以下)?(?:[\d一二三四五六七八九十百千万]+元以下)?(?:的)?罚款`,
				`没收(?:违法所得|非法财物|[^，。；]{0,8}?(?:工具|物品|设备|车辆|器械|器材|药品|商品|货物|产品|财物|渔具|网具|原料|材料|所得|渔获物|犬只|犬|宠物|动物|家禽|牲畜|摊位|食品|烟花爆竹))`,
				// 没收 of what no law lets an authority take (a vehicle far from the act, a
				// benefit already granted): "没收燃放人当天所驾驶的车辆", "没收其当季农机作业补贴".
				`没收[^，。；]{0,12}?(?:车辆|补贴|补助|奖金|奖励)`,
				// 限制开展生产经营活动 (第九条第（四）项) laid on a party for a term or a place:
				// "限制其一年内在本市开展劳务派遣业务".
				`限制其[^，。；]{0,12}?(?:开展|从事|承接|参与)[^，。；]{0,10}(?:业务|经营|活动|项目)`,
				// An amount per unit with a bare 处罚: "按每处200元的标准予以处罚".
				`[\d一二三四五六七八九十百千万]+元[^，。；]{0,8}(?:予以|给予|处以|进行)(?:处罚|罚款)`,
				// 限制从业 under another name.
				`(?:暂停|取消|吊销)[^，。；]{0,4}(?:从业|执业|营运|驾驶)资格`,
				// 第九条第（三）项 whatever the licence is called: "暂扣其营运证",
				// "吊销其星级饭店称号和特种行业许可证", "收回其从业资格证".
				`(?:吊销|暂扣|收回)(?:其|该)?[^，。；]{0,12}?(?:执照|牌照|许可证|资格证|从业证|营运证|经营证|上岗证|证照|证件|资质证书)`,
				// a vehicle's or a driver's papers held back as a sanction: "对超载车辆暂扣行驶证"
				`暂扣(?:其|该)?[^，。；]{0,6}?(?:行驶证|运输证|准运证)`,
				// A penalty a report says the document set: "经查，某县在文件中设定了罚款".
				// (The perfective 了 is a report's; a statute says what may be set.)
				`(?:设定了|增设了|设立了|创设了|自行规定了)[^，。；]{0,10}(?:罚款|行政处罚|处罚|没收|吊销|暂扣)`,
				// 第九条第（四）项 for a term: "三个月内不得在本市场开展经营活动",
				// "三年内不得在本县医疗机构执业", after the condition it falls on.
				// (The term's 内 and the full-width comma keep the prefilter's
				// words long: 月内, not 月.)
				`的[^，。；]{0,12}，[^，。；]{0,12}?(?:[\d一二两三四五六七八九十半]+(?:个)?(?:年|月|日|天|周)内|终身)(?:不得|禁止|不准|不允许)[^，。；]{0,14}?(?:从事|经营|营业|执业|开业|承揽|承接|担任|开展[^，。；]{0,6}(?:经营|业务)|参加[^，。；]{0,12}投标|参与[^，。；]{0,12}投标)`,
				`责令(?:停产停业|停业整顿|停产整顿|关闭|停产整改|停业整改|停止生产|停止营业)|限制从业|行政拘留`,
				// 没收 of what is the party's: "没收其剩余烟花爆竹".
				`没收其[\p{Han}]{2,10}`,
				// 限制开展生产经营活动 as a suspension of the party's business: "暂停其接收新入住老人六个月".
				`暂停其(?:接收|招收|招生|承接|开展|从事|参与|参加|投标|新增|销售|生产)`,
			),
			// A superior law's list restated is no penalty set.
			suppress: res(`(?:处罚|处分|强制措施|行政强制)的?种类|种类(?:包括|有|为)|申请人民法院|责令[^，。；]{2,6}(?:期间|期满|决定书|通知书)|依法(?:予以|给予)?(?:处罚|查处)|由[^，。]{0,20}(?:依照|依据|按照)[^，。]{0,20}(?:规定|处理|处罚)`),
			cite:     citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "规范性文件自行规定了处罚种类或幅度，且未引用可设定该处罚的法律、法规或规章",
		},
		{
			RuleInfo: RuleInfo{ID: "L02", Category: review.Legality, Severity: review.High,
				Title: "设定行政许可或审批", TitleEN: "Sets a licence or approval requirement",
				Basis:       []string{basisLicence, basisBiz64, basis37},
				Description: "规范性文件一律不得设定行政许可，也不得以审批、核准、同意等名义变相设定许可。"},
			anchors: []string{"批准", "审批", "核准", "许可", "同意", "营业执照", "执照", "前置条件", "先决条件", "前提条件", "准许文书", "准许书", "准许证", "许可文书", "准营证", "准入证", "批文"},
			triggers: res(
				`(?:须|需|应当|必须|应)[^。]{0,12}(?:经|报|取得)[^。]{0,15}(?:批准|审批|核准|许可|同意|评审通过|审核通过|意见|确认|批复|核实|核查|审核|查验|推荐)[^。]{0,6}(?:后|方可|才能|才可)`,
				// Something else first, before the licence: "在办理营业执照前先到街道办理入驻登记".
				`(?:营业执照|许可证|执照|证照)前[^，。；]{0,4}(?:先|须|需|应当?|必须)`,
				// An approval or licence added or made up: "增设了县级营运审批",
				// "违规设立燃气经营许可", "作为…前置审批".
				`(?:增设|另设|自行设立|自行设定|自行设置|违规设立|擅自设立|违规设定|擅自设定|违规设置|违法设置|擅自设置|变相设置)(?:了)?[^，。；]{0,12}(?:审批|许可|核准|准入证|准营证|许可证)`,
				// An approval procedure or step set up (条例第八条第（一）项's
				// 设置审批程序): "对进入本地市场的企业设置了联合审批环节".
				`(?:设置|设立|设定|增加)(?:了)?[^，。；]{0,10}(?:审批|许可|核准)(?:程序|环节|事项|手续)`,
				`作为[^，。；]{0,24}(?:前置审批|前置许可)`,
				// A licence a report says the document set: "某县文件设定了行政许可".
				`(?:设定了|设立了|创设了|自行设定了)[^，。；]{0,8}(?:行政许可|许可|审批)`,
				// A filing, registration or other check made to come first:
				// the disguised licence of 国办发〔2018〕37号 and the 实施细则
				// ("在…平台备案后方可营业", "把…验收作为…的前置条件").
				`(?:备案|登记|注册|年检|年审|认定|认证|评审|审核|审查)(?:合格|通过|同意|完成|手续)?(?:后|以后)[^。；]{0,10}?(?:方可|才能|才可|方能)[^。；]{0,6}?(?:营业|经营|开业|开工|施工|销售|预售|出售|出租|投放|进入|上岗|入驻|运营|从业|执业|生产|上路|营运|承接|参与|参加|开放|交付|招生)`,
				// The same said the other way round: "未备案的不得经营".
				// With the way of filing named ("未按规定办理备案的"), and
				// the activity after a verb ("不得开展经营活动").
				`未(?:经|(?:按|依)(?:照)?(?:规定|要求)(?:[^，。；]{0,12}?(?:办理|进行|完成))?)?(?:办理|进行|完成)?(?:备案|登记|注册|年检|认定|认证)(?:手续)?(?:的)?(?:[^，,。；]{0,6}?[，,]?)?(?:不得|禁止|一律不得|不准)(?:开展|从事|进行)?(?:营业|经营|开业|开工|施工|销售|预售|从事|上岗|运营|进入|营运|上路|承接|承揽)`,
				// A certificate an office issues, required: "外卖骑手须办理区公安
				// 分局核发的电动车通行证".
				`(?:须|需|必须|应当|应)(?:事先|预先|先)?(?:办理|取得|申领|领取)[^，。；]{0,20}(?:核发|颁发|发放|出具|签发)的[^，。；]{0,12}(?:证|证书|执照|许可|牌照|准许文书|许可文书|批文|批准文件|准许书|同意书)`,
				// Trade barred without a certificate a local office issues: "未取得区住建局核发
				// 的装修准入证的企业，不得在本区承接装修工程".
				`(?:未取得|未办理|未领取|未持有)[^，。；]{0,4}(?:县|区|镇|乡|市|州|旗|街道)[^，。；]{0,12}(?:核发|颁发|出具|发放|签发)的[^，。；]{0,10}(?:证|证书|许可|批文|文书)[^。；]{0,6}?[，,]?[^。；]{0,10}?(?:不得|禁止|一律不得|不准|不予)`,
				// A certificate of entry made up under its own name: "设立“民宿准营证”".
				`(?:设立|设置|设定|推行|实行|创设)(?:了)?[^，。；]{0,4}[“"「]?[\p{Han}]{1,8}(?:准营证|准入证|准许证|准营许可|准入许可)`,
				`(?:审批|许可|核准|批准|同意|备案|登记|年检|认定|认证|验收|检验|检测|审查|审核|核查|核实|评估|鉴定|评审|证明|意见|资质|手续)[^。；]{0,40}?作为[^。；]{0,30}?(?:(?:前置|先决|前提|必要)(?:条件|审批|许可|要件|程序|环节)|的前提(?:[，,。；]|$))`,
				`实行(?:审批|许可|核准)[，,]`,
				// Another body's consent first: "要求申请人先取得街道办事处出具的同意意见".
				`先(?:行)?(?:取得|经|经过)[^，。；]{0,20}(?:同意|批准|审批|核准|许可|意见|批复)`,
				// A review to pass first, then the licence: "须先经县工作专班…集体评审通过，
				// 市场监管部门才予办理营业执照".
				`(?:须|需|必须|应当|应)先(?:行)?(?:经|经过|通过)[^。；]{0,40}?(?:评审|审核|审查|核查|核实|验收|审定)(?:通过|合格|同意)?[^。；]{0,24}?(?:方可|才能|才可|方予|才予|后才)[^。；]{0,12}?(?:办理|核发|发放|颁发)[^。；]{0,10}?(?:营业执照|执照|登记|许可证?|证照)`,
				// An activity made to wait on an approval: "申请开办民宿的，须经村民代表大会同意并报镇政府审批".
				// An activity made to wait on an approval or a licence applied
				// for (《行政许可法》第二条): "举办婚丧宴席超过二十桌的，须提前报镇
				// 政府审批", "饲养大型犬只的，应当向社区居民委员会申请许可".
				`(?:开办|开设|从事|设立|经营|举办|举行|建设|申请|开展|饲养|养殖|销售|经销|收购|运输|搭建|安装|设置|占用|挖掘|新建|改建|扩建|装修|出租|组织|燃放|摆放|张贴|悬挂|种植|开采|采挖|捕捞)[^，。；]{0,24}(?:的)?[，,](?:应当|须|需|必须|应)(?:提前|事先|预先|先行|先)?(?:经|报(?:经|请)?|取得|向[^，。；]{1,16}?(?:申请|申领|报请|申报|提出申请))[^。；]{0,25}(?:批准|审批|核准|许可|审核同意|同意|(?:颁发|核发|发放|出具)的[^，。；]{0,10}证)`,
				// A certificate to be had first: "取得合格证后方可上岗".
				`取得[^，。；]{0,16}(?:证|证书|执照|资格)(?:后|以后)?[，,]?(?:方可|才能|才可|方能)`,
				// Another body's check or filing made to come before a licence
				// or registration is a licence of its own (《行政许可法》第十六条
				// 第四款、第十七条): "检查合格后市场监管局方可为经营者办理营业执照",
				// "把向协会备案作为办理注册登记的前置条件".
				`(?:检查|核验|评审|审核|考核|验收|审查|核实|核查|备案|评估)[^，。；]{0,10}(?:合格|通过|同意)?后[^。；]{0,24}(?:方可|才可|才能|才)[^。；]{0,12}(?:办理|核发|发放|颁发)[^。；]{0,10}(?:营业执照|执照|许可证|注册登记|登记)`,
				`(?:备案|登记|审核|审查|检查|评估|认定|证明)[^。；]{0,30}作为[^。；]{0,20}(?:办理|核发|发放|申领|申请)[^。；]{0,20}(?:前置|先决|前提)条件`,
				`未经[^。]{0,15}(?:批准|审批|核准|许可|同意)[^。]{0,6}(?:的，)?[^。]{0,6}(?:不得|禁止|一律|不予(?:安排|办理|受理|核发|发放|登记|准许|放行))`,
				`实行[^。]{0,10}(?:审批|许可|核准)证?(?:制度|管理|制)`,
				// "未取得…核发的准营证，不得营业".
				`未(?:取得|办理|领取)[^。；]{0,20}(?:证|许可|批准|审批|核准)[^。；]{0,4}(?:不得|禁止|一律不得)(?:营业|经营|开业|开工|施工|销售|从事)`,
			),
			suppress: res(`(?:区|县|市|镇|乡|省|各)级(?:部门|单位|机关|政府)|(?:行政机关|政府部门|职能部门)[^，。；]{0,10}(?:组织|开展|举办)|取得营业执照(?:后|以后)?[，,]?(?:方可|才能|才可)|(?:核发|颁发)的营业执照|居民身份证|(?:不|不得|不再|不应|不能|并不|无需|无须)(?:作为|列为|视为|设为|构成)[^。；]{0,30}?(?:前置|先决|前提|必要)|(?:并非|不是|不属于|不构成)[^。；]{0,20}(?:前置|先决|前提|审批|许可)|依法(?:办理|取得|登记|备案|注册)|年度计划|(?:计划|规划|方案|预算)(?:的)?[，,]|预算|内部|下级|本单位|各(?:单位|部门|乡镇|街道|镇|级)|(?:资金|经费|补贴|补助|奖励|奖补)的|报[^。]{0,6}政府批准后(?:执行|实施|公布)|(?:法律|行政法规|国务院决定)(?:另有)?规定`,
				// A licence lifted, not set: "本市对洗染服务不实行行政许可管理".
				`(?:不|不再|无需|取消)(?:实行|实施|设定|设立|纳入)[^，。；]{0,6}(?:许可|审批)`),
			cite: citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "以审批、批准、许可作为从事活动的前提，属于设定或变相设定行政许可，规范性文件无此权限",
		},
		{
			RuleInfo: RuleInfo{ID: "L03", Category: review.Legality, Severity: review.High,
				Title: "增设许可条件或申请材料", TitleEN: "Adds conditions or papers to a licence",
				Basis:       []string{basisLicenceAdd, basis37},
				Description: "实施上位法设定的许可时，不得增设违反上位法的条件，也不得要求额外材料。"},
			anchors: []string{"申请", "办理", "委托"},
			triggers: res(
				`(?:申请|办理|审批|审核|核发|受理)[^。]{0,20}(?:许可|执照|许可证|登记|审批|备案|证|设置|申请)[^。]{0,20}(?:还(?:应当|应|须|需)|另行|另须|并须|同时(?:提供|提交)|此外还|额外|另外(?:要求|提交|提供))`,
				// An intermediary's service made a condition (国办发〔2015〕31号
				// cleared them: no applicant may be made to commission one the
				// law does not require): "要求民宿经营者委托…有法定资质的第三方
				// 鉴定机构对民宿消防安全进行评估".
				`(?:要求|须|需|必须|应当|要)[^，。；]{0,12}委托[^，。；]{0,30}?(?:第三方|中介|有资质|有法定资质|具备[^，。；]{0,10}资质|备案|指定)[^，。；]{0,16}?(?:机构|单位|公司)[^。；]{0,30}?(?:评估|鉴定|检测|论证|审查|出具)`,
			),
			cite:           citeSuppress,
			nationalSilent: true,
			reason:         "在上位法规定之外为办理许可、登记增加条件或材料",
		},
		{
			RuleInfo: RuleInfo{ID: "L04", Category: review.Legality, Severity: review.High,
				Title: "设定行政强制措施或强制执行", TitleEN: "Sets a coercive measure or enforcement",
				Basis:       []string{basisCoercion, basisEnforce, basis37},
				Description: "查封、扣押、冻结、强制拆除、强行处置等行政强制只能由法律、法规设定，强制执行只能由法律设定。"},
			anchors: []string{"查封", "扣押", "冻结", "暂扣", "扣留", "强制", "强行", "拖离", "拖移", "托运回", "遣返", "收缴", "账户", "划拨", "划扣", "扣划", "扣缴", "代为", "扣除", "抵扣"},
			triggers: res(
				`查封|扣押|冻结(?:存款|汇款|账户|资金|财产)?|暂扣(?:[^的，。][^，。]{0,5})?(?:工具|物品|车辆|设备|财物)|扣留(?:[^的，。][^，。]{0,5})?(?:车辆|物品|证件|财物)`,
				`强制(?:拆除|拆迁|清除|清理|执行|搬迁|收回|收购|带离|拖离|拖移|关停|断水|断电|征收)|强行(?:[\p{Han}]{1,4})`,
				`(?:拖离|拖移|收缴)[^，。]{0,8}(?:车辆|物品|财物|工具)|托运回(?:原籍|户籍地)`,
				// Taking money from an account is enforcement: "从其银行账户中直接划拨".
				`(?:从|自)其[^，。；]{0,10}(?:账户|押金|保证金|工资|补贴|补助|存款)[^，。；]{0,6}(?:划拨|划扣|扣划|扣缴|扣除|抵扣)|(?:强行|直接)(?:划拨|划扣|扣划|扣缴)`,
				// 代履行 (《行政强制法》第五十条) under its everyday name.
				`代为(?:清理|清除|拆除|履行|恢复|修复|整改|清运|处置)`,
				// 代履行 told by its cost: done by another, the cost charged to the party.
				`代为[\p{Han}]{1,4}[^。；]{0,24}费用[^，。；]{0,12}(?:由|向)[^，。；]{0,10}(?:承担|收取|负担|支付)`,
				// 加处罚款或者滞纳金 (第十二条第（一）项) under its everyday verb.
				`(?:加收|收取|计收)[^，。；]{0,14}滞纳金`,
			),
			// 加强行业监管 holds 强行 across two words.
			suppress: res(`申请人民法院|人民法院强制执行|(?:法律|行政法规)规定的|依法(?:实施|采取|查封|扣押)|加强行(?:业|政|为|动|使)`),
			// The court named in another clause leaves the authority's own
			// measure standing: "由…人民政府责成有关部门强制拆迁，或者由…依法申请
			// 人民法院强制拆迁".
			clauseSuppress: true,
			cite:           citeSuppress, statuteLowers: true,
			nationalSilent: true, namedNotImposed: true,
			reason: "规定了查封、扣押、强制拆除、强行处置等强制手段，规范性文件不得设定行政强制",
		},
		{
			RuleInfo: RuleInfo{ID: "L05", Category: review.Legality, Severity: review.High,
				Title: "限制人身自由", TitleEN: "Restricts personal freedom",
				Basis:       []string{basisFreedom, basisFreedomPen, "《中华人民共和国行政强制法》第九条"},
				Description: "限制人身自由的强制措施和处罚只能由法律设定：收容、遣送、强制学习、禁闭、不得离开住所等。"},
			anchors: []string{"人身自由", "收容", "遣送", "强制学习", "强制教育", "强制治疗", "强制戒毒", "强制隔离", "禁闭", "学习班", "不得离开", "限制出行", "劳动教养", "劳教", "办班学习", "集中学习", "集中教育", "集中培训", "直至", "劝离出", "清离出", "遣离出", "驱离出", "原籍", "教育中心", "教育基地", "转化中心", "培训班", "转化班"},
			triggers: res(
				// 劳动教养 (abolished 2013), study held until a duty is done,
				// and people sent out of a city (劝离出深, 清离出城) are the
				// 限制人身自由 of 立法法 第十一条第（五）项 under other names.
				`劳动教养|劳教|办班学习|将其[^，。；]{0,10}集中[^，。；]{0,8}(?:学习|教育|培训)|集中[^。；]{0,8}(?:学习|教育|培训)[^。；]{0,12}直至|(?:劝离|清离|遣离|驱离)出[\p{Han}]`,
				`(?:带回|送回|遣返)原籍|(?:送|送往|送至|送入|送到)[^，。；]{0,10}(?:教育中心|教育基地|转化中心|学习班|培训班|转化班)`,
				`限制[^，。]{0,4}人身自由|收容|遣送|强制(?:学习|教育|治疗|戒毒|隔离|送往|送至|送回|带离|带回)|禁闭|学习班|留置(?:询问|盘问|审查)|不得离开(?:本市|本地|住所|居住地|辖区|[\p{Han}]{0,4}(?:场所|地点|基地|中心))|限制[^，。]{0,6}出行`,
			),
			// A superior law's list restated with its source sets nothing:
			// “根据《行政强制法》第九条，行政强制措施的种类包括限制公民人身自由…”.
			// Only a law sets these, so a law cited is their basis: "依照《中华人民共和国
			// 人民警察法》的规定留置盘问".
			suppress:       res(`尊重[^。]{0,10}意愿|自愿`, `(?:根据|依照|按照)《[^》]+》第[^，。]{1,10}条[^。]{0,24}(?:种类|形式)(?:包括|有|为)`, `(?:根据|依照|依据|按照)《中华人民共和国[^》]{1,20}法》`),
			cite:           citeIgnore,
			nationalSilent: true,
			reason:         "规定了收容、遣送、强制学习等限制人身自由的措施，只能由法律设定",
		},
		{
			RuleInfo: RuleInfo{ID: "L06", Category: review.Legality, Severity: review.High,
				Title: "设定收费、保证金或摊派", TitleEN: "Imposes fees, deposits or levies",
				Basis:       []string{basisFees, basisFeesBiz, basisDonation, basis37},
				Description: "没有法律、行政法规依据不得收费、收取保证金押金，不得把费用转嫁给当事人，不得摊派捐款。"},
			anchors: []string{"费", "保证金", "押金", "风险金", "集资", "捐款", "捐赠", "捐助", "赞助", "摊派", "分摊", "摊缴", "分担", "交存", "缴存", "预存", "收取", "征收"},
			triggers: res(
				// A fee's name may be long: "收取停车泊位及公共停车场有偿使用费".
				`(?:收取|缴纳|交纳|缴存|交存|预存|征收|计收|上缴|交付|提供)[^，。]{0,20}(?:费(?:用)?|保证金|押金|风险金|赞助|集资)`,
				`(?:交存|缴存|预存)[^，。]{0,16}(?:资金|基金|款项)`,
				// A charge told as made without a basis: "向企业违规收费",
				// "设卡收费", "强制收取".
				`(?:违规|违法|擅自|乱|强制|变相|自行|设卡|额外|重复|搭车)(?:收费|收取|征收|摊派|集资)`,
				// A sum charged whatever it is called: "每车收取200元".
				`(?:收取|缴纳|交纳|收缴|征收)[^，。；]{0,12}?[\d一二三四五六七八九十百千万]+(?:\.\d+)?(?:元|万元)`,
				// A levy split among payers: "由辖区企业分摊".
				`(?:企业|单位|商户|居民|村民|群众|经营户|业主|农户)(?:分摊|摊缴)`,
				`(?:费用?|成本|开支)(?:均|全部|一律)?由[^，。]{0,12}(?:承担|负担|支付)`,
				`(?:捐款|捐赠|捐助|赞助)[^。]{0,20}(?:标准|不少于|不低于|每人|按照?[^。]{0,6}级|\d+元)|摊派`,
			),
			// A charge abolished is none set: "除依法设立的…保证金外，其他保证金一律取消".
			suppress: res(`(?:一律|全部|予以|均|一并|应当)(?:取消|清退|废止)`, `(?:退还|返还|清退|退回)[^，。；]{0,6}(?:已)?(?:收取|缴纳|交纳)|(?:收费|收取[^，。；]{0,8}费用?)(?:行为|问题|现象)|(?:查处|整治|治理|清理|纠正)[^，。；]{0,10}(?:违规|违法|乱|擅自)收费|免收|免除|免费|自愿|不再收取|不(?:予|另|额外)?收取|(?:无需|不需要?|不必)(?:缴纳|交纳|支付)|财政(?:承担|负担|保障)|政府承担|由[^，。]{0,8}(?:财政|政府|本单位|采购人|招标人|甲方)[^，。]{0,4}(?:承担|负担|支付)|由(?:违法|侵权|责任)`,
				// A price owed to a provider under contract (物业费, 水电费: 《民法典》
				// 第九百四十四条, 价格法) is a civil debt the document restates, not a
				// fee it sets.
				`(?:按照?|依照|根据)[^，。；]{0,12}合同(?:的)?约定|物业(?:服务|管理)?费|(?:水|电|燃气|暖气|供热|采暖)费`,
				// Taxes and charges the state sets, restated: "按照国家规定缴纳各项税费".
				`(?:按照?|依照|根据)(?:国家|法律|法律法规|税收法律|有关法律)(?:有关|的)?规定(?:依法)?(?:缴纳|交纳|申报缴纳)`),
			cite: citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "要求公民、法人缴纳费用、保证金或捐款，需有法律、行政法规依据",
		},
		{
			RuleInfo: RuleInfo{ID: "L07", Category: review.Legality, Severity: review.Medium,
				Title: "索要证明或公证", TitleEN: "Demands certificates or notarisation",
				Basis:       []string{basisProof, basis37},
				Description: "证明事项应当有法律、法规或国务院决定依据，不得要求循环证明、重复证明、无谓证明。"},
			anchors: []string{"证明", "公证", "无犯罪记录", "无违法记录", "同意书", "同意意见", "签字同意", "联署"},
			triggers: res(
				`(?:提供|出具|开具|提交|持有?|取得)[^，。]{0,20}(?:证明|无犯罪记录|无违法(?:犯罪)?记录|公证书|公证文书|公证)`,
				// neighbours' or a community's consent asked for (《行政许可法》第三十一条: no
				// material unrelated to the licence): "办理餐饮许可须提供邻里同意书"
				`(?:提供|出具|开具|提交|取得)[^，。]{0,12}(?:邻里|邻居|业主|居民|村民|社区|村委会|居委会|物业)[^，。]{0,6}(?:同意书|同意意见|签字同意|联署|意见书)`,
			),
			suppress:       res(`(?:无需|无须|不再|免于|免予|不得(?:要求|索要)?)[^。]{0,10}(?:提供|出具|提交|证明)|告知承诺|内部核查|部门间核查|证明事项清单|证明材料|相关证明|有关证明|证明文件|身份证明`),
			cite:           citeSuppress,
			nationalSilent: true,
			reason:         "要求申请人提交证明或公证文书，需核对证明事项清单和法定依据",
		},
		{
			RuleInfo: RuleInfo{ID: "L08", Category: review.Legality, Severity: review.High,
				Title: "以户籍、身份或犯罪记录为限制条件", TitleEN: "Conditions on household registration, identity or record",
				Basis:       []string{basis37, basisEquality},
				Description: "无法律依据，以户籍、无犯罪记录等身份条件限制公民权利或公共服务。"},
			anchors: []string{"户籍", "户口", "犯罪记录", "违法记录", "违法犯罪"},
			triggers: res(
				`(?:无(?:刑事)?犯罪记录|无违法(?:犯罪)?记录|户籍|户口)[^。]{0,20}(?:方可|才能|为条件|的条件|限于|仅限|优先)`,
				`(?:方可|须|需|应当|必须|限)[^。]{0,10}(?:具有本(?:市|县|区|省)(?:常住)?户籍|本地户籍|符合无(?:刑事)?犯罪记录)`,
				`(?:限于|仅限|只限)[^，。]{0,8}(?:本(?:市|县|区|省)|本地|当地)(?:常住)?户籍`,
			),
			suppress:       res(`同等享受|不论户籍|不受户籍|不限户籍|不得以户籍|取消户籍限制`),
			cite:           citeSuppress,
			nationalSilent: true,
			reason:         "以户籍或无犯罪记录为条件限制权利或服务，需有法律依据",
		},
		{
			RuleInfo: RuleInfo{ID: "L09", Category: review.Legality, Severity: review.Medium,
				Title: "一刀切限制或惩戒", TitleEN: "Blanket bans or sanctions",
				Basis:       []string{basisBiz64, basis37, "《优化营商环境条例》第五十九条"},
				Description: "一律不予办理、纳入黑名单、联合惩戒、停水停电、禁止进入公共场所等措施，减损权利或增加义务，须有法律依据。"},
			anchors: []string{"予以限制", "受到限制", "加以限制", "方面限制", "实施限制", "给予限制", "进行限制", "一律", "不予", "暂停", "停止", "中止", "不得参", "禁止参", "限制参", "取消", "黑名单", "黑榜", "失信", "联合惩戒", "一票否决", "停止供", "暂停供", "断水", "断电", "停水", "停电", "停气", "切断", "中断", "不允许", "全面禁止", "全域禁止", "不得享受", "停产", "关停"},
			triggers: res(
				`一律(?:不|禁止|实行|关停|停业|拆除|清退|取缔|关闭|清除|没收)[\p{Han}]{0,4}|(?:不予|暂停|停止|中止)(?:办理|受理|登记|发放|审批|享受|批准)|(?:暂停|停止|中止)(?:其|该单位|该企业|该项目)[^，。；]{0,6}?(?:办理|受理|登记|发放|审批|享受|批准|手续|服务)|(?:取消|暂停|中止)[^，。]{0,12}资格`,
				// Exclusion from public procurement, honours or funds as a sanction.
				`(?:不得|禁止|限制)(?:参加|参与)[^，。；]{0,10}(?:政府采购|招投标|招标投标|评优|评先|评比|表彰|财政)`,
				// The same for a record of a wrong, the 失信惩戒 that needs a law
				// (国办发〔2020〕49号): "有未处理的交通违法记录的，该企业不得申报
				// 财政补助资金".
				`(?:违法|违规|违章|失信|欠缴|拖欠|被(?:处罚|投诉|举报|查处)|不良)[^。；]{0,30}(?:不得|禁止|限制|取消|暂停)[^，。；]{0,4}(?:参加|参与|申报|申请|享受|获得)[^，。；]{0,10}(?:政府采购|招投标|招标投标|评优|评先|评比|表彰|财政|补助|补贴|资金|奖励|扶持)`,
				// Rights restricted in fields a list names: "信用等级评为D级的，在办理
				// 低保、参军入伍…等方面受到限制" (国办发〔2018〕37号's 减损权利).
				`在[^。；]{2,40}?(?:等)?方面(?:予以|受到|加以|给予|实施|实行|进行)?限制`,
				`(?:纳入|列入)[^，。]{0,8}(?:黑名单|黑榜|失信)|黑(?:榜|名单)|联合惩戒|一票否决|(?:停止|暂停)(?:供水|供电|供气|供暖|供热)|断水断电|断水|断电`,
				// Cutting a party's water, power, gas or heat as a sanction:
				// "对其住所采取停水停电措施", "切断其水电供应".
				`(?:采取|实施|实行|予以|给予)[^，。；]{0,8}?(?:停止?供?|断|切断|中断)(?:水|电|气|暖|网)`,
				`(?:停|断)(?:水|电|气|暖|网)(?:、|和|或)?(?:停|断)?(?:水|电|气|暖|网)?(?:等)?(?:措施|手段|方式|处理|惩戒)`,
				`(?:对其|对该|对拒不|对逾期|对未按)[^，。；]{0,15}?(?:停止?供?|断|切断|中断)(?:水|电|气|暖|网)`,
				`(?:切断|中断)(?:其|该|对方|当事人)[^，。；]{0,4}(?:水|电|气|暖|网)`,
				`(?:切断|中断)[^，。；]{0,6}(?:用电|用水|用气|供水|供电|供气|供暖|网络)`,
				`不允许[^。]{0,25}(?:进入|入内|乘坐|办理|参加|就读)|全面禁止|全域禁止|(?:不得|不能)享受[^，。]{0,10}(?:政策|待遇|补贴|优惠|服务)`,
				`(?:普遍|全部|一律)(?:停产|停业|关停)`,
			),
			// A technical outage, or a cut-off named as unlawful, is no sanction.
			suppress:       res(eligibilityEnds, unmetLicenceCondition, `职权范围|(?:作出|出具)[^，。；]{0,4}不予(?:受理|许可|登记|办理)的(?:书面)?决定`, `(?:法律|行政法规|法规)(?:另有)?规定|依法(?:纳入|列入|实施)|(?:弄虚作假|虚假|骗取|冒领)[^。]{0,20}取消[^，。]{0,8}(?:申报|申请|评审|评选|参评)资格|一律不得(?:收费|收取|要求|设置|设定|指定|限制|干预|强制|摊派|增加|额外)`, `检修|故障|抢修|计划停|限电|非法方式|违反规定(?:中断|切断|停止)|擅自(?:中断|切断|停止)`),
			cite:           citeSuppress,
			nationalSilent: true,
			reason:         "规定了一刀切的不予办理、惩戒或禁入措施，减损权利需有法律依据",
		},
		{
			RuleInfo: RuleInfo{ID: "L10", Category: review.Legality, Severity: review.High,
				Title: "株连家属", TitleEN: "Sanctions relatives",
				Basis:       []string{basis37, basisRights},
				Description: "因当事人行为限制其子女、配偶、父母等亲属的入学、就业、待遇等权利，违反罪责自负原则。"},
			anchors: []string{"子女", "配偶", "近亲属", "家庭成员", "父母", "亲属", "家属", "女婿", "儿媳", "家长"},
			triggers: res(
				`(?:子女|配偶|近亲属|家庭成员|父母|亲属|家属|女婿|儿媳|家长)[^。]{0,40}?(?:不得|不予|限制|取消|暂停|暂缓|缓发|不能(?:报考|入学|就读|参加|享受|录用|参军)|一律|扣发|停发|受到影响|影响(?:其)?(?:入学|就业|升学|参军|录用|考试|评优)|责令|清退|辞退|开除|停职)`,
			),
			suppress:       res(`给予[^。]{0,6}(?:补助|帮扶|照顾|优待)|(?:优先|照顾|帮扶|资助)|回避|监护|赡养|抚养|近亲属关系|同等待遇|歧视`),
			cite:           citeIgnore,
			nationalSilent: true,
			reason:         "把当事人的责任延及子女、配偶等亲属，违反罪责自负原则",
		},
		{
			RuleInfo: RuleInfo{ID: "L11", Category: review.Legality, Severity: review.Medium,
				Title: "限期腾房搬迁或包保迫迁", TitleEN: "Forces relocation by deadline or through guarantors",
				Basis:       []string{basisExpropr, basis37},
				Description: "征收拆迁应先补偿后搬迁，不得以限期腾房、包保责任等方式迫使被征收人签约搬迁。"},
			anchors: []string{"腾房", "腾空", "搬迁", "拆迁", "补偿协议", "签约"},
			triggers: res(
				`(?:限期|在规定期限内|包)[^。]{0,20}(?:腾房|腾空|搬迁|拆除|签订[^。]{0,8}协议|签约)`,
				`(?:完成|负责)[^。]{0,10}(?:拆迁|征收)(?:工作)?任务`,
			),
			requires: res(`征收|拆迁|房屋|被征收人|腾房|住户|居民|补偿|协议`),
			suppress: res(`先补偿、?后搬迁|依法给予补偿`),
			cite:     citeSuppress,
			reason:   "以限期或包保方式迫使被征收人签约、腾房，不符合先补偿后搬迁和罪责自负",
		},
		{
			RuleInfo: RuleInfo{ID: "L12", Category: review.Legality, Severity: review.Low,
				Title: "放宽上位法禁止的开发活动", TitleEN: "Permits activities a superior law forbids",
				Basis:       []string{basisHierarchy, basisReserve},
				Description: "允许在受保护区域从事勘探、采矿、采砂、砍伐、狩猎等活动，可能降低上位法的保护标准。"},
			anchors: []string{"可以", "允许", "准许"},
			triggers: res(
				`(?:可以|允许|准许)(?:在[^，。]{0,12})?(?:从事|进行|开展)[^。]{0,40}(?:勘测|勘探|采矿|开矿|采石|采砂|挖沙|砍伐|狩猎|捕捞|开垦|烧荒|放牧|拍摄|多种经营)`,
			),
			cite:   citeIgnore,
			reason: "允许从事上位法限制的开发利用活动，需核对是否低于上位法的保护要求",
		},
		{
			RuleInfo: RuleInfo{ID: "L13", Category: review.Legality, Severity: review.High,
				Title: "溯及既往加重负担", TitleEN: "Applies burdens retroactively",
				Basis:       []string{basisRetro, basis37},
				Description: "把文件的处理、处罚或退还、追缴要求适用于文件施行前已发生的行为或已享受的待遇，而不是为更好保护当事人权益。"},
			anchors: []string{"施行", "实施", "印发", "发布", "公布", "生效", "出台"},
			triggers: res(
				`本(?:办法|规定|通知|意见|细则|决定|通告|方案|政策|文件|条例)(?:施行|实施|印发|发布|公布|生效|出台)(?:之日|以)?前[^。]{0,40}?(?:(?:依照|按照|适用|参照|依据)本(?:办法|规定|通知|意见|细则|决定|通告|方案|政策|文件)(?:的?规定)?(?:处理|处罚|执行|追究|查处|清理)|退还|退回|追回|收回|补缴|清退|取消)`,
			),
			suppress: res(`继续有效|按原|从旧|有利于|更有利|从轻|原(?:规定|政策|协议|合同)`),
			cite:     citeIgnore,
			reason:   "把新规定的不利后果适用于施行前的行为或待遇，违反不溯及既往原则",
		},
		{
			RuleInfo: RuleInfo{ID: "L19", Category: review.Legality, Severity: review.High,
				Title: "以婚育状况或病原携带为由限制入学、就业", TitleEN: "Restricts schooling or jobs for marital status or carrying a pathogen",
				Basis:       []string{"《中华人民共和国宪法》第四十九条", "《中华人民共和国民法典》第一千零四十二条", "《中华人民共和国传染病防治法》第十六条", basisRights},
				Description: "婚姻自由受宪法和民法典保护，任何单位不得歧视病原携带者；以已婚、未婚、结婚、生育或乙肝等病原携带为由限制入学、报考、录用，减损公民权利，须有法律依据。"},
			anchors: []string{"已婚", "未婚", "婚否", "结婚", "怀孕", "乙肝", "乙型肝炎", "表面抗原", "病原携带", "携带者", "艾滋病"},
			triggers: res(
				// the status as the ground, the refusal after it in the sentence
				`(?:已婚|未婚|婚否|结婚|怀孕|乙肝|乙型肝炎|表面抗原|病原携带|携带者|艾滋病)[^。；]{0,30}?(?:不得|不予|不能|一律不)(?:报名|报考|录用|录取|招用|聘用|入学|注册|就读|参加)|(?:已婚|未婚|婚否|结婚|怀孕|乙肝|乙型肝炎|表面抗原|病原携带|携带者|艾滋病)[^。；]{0,30}?(?:退学|开除学籍|辞退|解聘|取消[^，。；]{0,6}资格|体检(?:结论)?(?:为)?不合格)`,
				// the status made a condition: "考生须为未婚"
				`(?:须|必须|应当|应|要求|限)(?:为|是)?未婚`,
			),
			// a ban on the discrimination restates the law; a pathogen kept
			// from the work it spreads by is the law's own (传染病防治法 第十六条第二款)
			suppress: res(`歧视|为由|不受[^，。；]{0,6}限制|易使[^。]{0,10}扩散|治愈前|排除传染病嫌疑前`),
			cite:     citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "以婚姻、生育状况或病原携带为由限制入学、报考或录用，减损公民权利且无法律依据",
		},
		{
			RuleInfo: RuleInfo{ID: "L20", Category: review.Legality, Severity: review.High,
				Title: "义务教育阶段考试招生", TitleEN: "Admits to compulsory schooling by examination",
				Basis:       []string{"《中华人民共和国义务教育法》第十二条", basisRights},
				Description: "适龄儿童、少年免试入学；小学、初中以考试、测试成绩选拔录取新生，减损就近免试入学的权利。"},
			anchors: []string{"初中", "小学", "义务教育", "七年级", "初一", "小升初"},
			triggers: res(
				`(?:考试|测试|测评|测验|笔试|面试|选拔|考核)[^。；]{0,20}?(?:择优)?(?:录取|招收|招录|选拔|分班|入学)|(?:按|依据|根据|以)[^，。；]{0,10}(?:成绩|分数|名次)[^，。；]{0,6}(?:录取|招收|招录|分配学位|择优)|择优录取`,
			),
			requires: res(`初中|小学|义务教育|七年级|初一|小升初|新生`),
			suppress: res(`高中|高级中学|中考|高考|高等学校|大学|职业|中职|技工|免试|不得|禁止|严禁|特长生|艺术团|体育队`),
			cite:     citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "义务教育阶段以考试、测试成绩录取新生，违反免试就近入学的规定",
		},
		{
			RuleInfo: RuleInfo{ID: "L21", Category: review.Legality, Severity: review.High,
				Title: "检查或调取公民通信", TitleEN: "Inspects or obtains citizens' communications",
				Basis:       []string{"《中华人民共和国宪法》第四十条", basisFreedom},
				Description: "通信自由和通信秘密受宪法保护，只有公安机关、检察机关因国家安全或者追查刑事犯罪的需要，依照法律规定的程序才能检查通信。"},
			anchors: []string{"通讯", "通信", "通话", "短信", "聊天记录", "信件", "邮件", "电话记录"},
			triggers: res(
				`(?:查阅|复制|调取|调阅|检查|查看|拆阅|开拆|截留|监听|查询|获取)[^，。；]{0,12}?(?:(?:通讯|通信|通话|短信|聊天|电话)(?:记录|内容|详单|清单|往来)|信件|邮件|短信)`,
			),
			suppress: res(`国家安全|刑事犯罪|侦查|刑事诉讼|检察机关|本人(?:同意|授权)|经[^，。；]{0,6}同意|自己的|本人的`),
			cite:     citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "规定行政机关查阅、调取公民通信记录，侵犯宪法保护的通信自由和通信秘密",
		},
	}
}

// unmetLicenceCondition is a licence refused for want of its conditions
// (“对不符合城市规划的建设项目，不予办理规划许可”): the licensing law's own
// rule (《行政许可法》第三十八条), no reduction of rights a document sets;
// conditions of the document's own (不符合本办法规定条件的) are not that.
const unmetLicenceCondition = `不符合[^，。；本]{0,16}(?:规划|条件|标准|规定|要求)[^。]{0,8}不予(?:办理|核发|批准|颁发)?[^，。；]{0,6}(?:许可|审批|批准|登记)`
