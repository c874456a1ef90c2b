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
				`(?:处以?|并处|给予|予以|课以)[^，。]{0,20}罚款`,
				`罚款[^，。]{0,4}[\d一二三四五六七八九十百千万]+元`,
				`[\d一二三四五六七八九十百千万]+元(?:以上|以下)?(?:[\d一二三四五六七八九十百千万]+元以下)?(?:的)?罚款`,
				`没收(?:违法所得|非法财物|[^，。；]{0,8}?(?:工具|物品|设备|车辆|器械|器材|药品|商品|货物|产品|财物|渔具|网具|原料|材料|所得|渔获物))`,
				// An amount per unit with a bare 处罚: "按每处200元的标准予以处罚".
				`[\d一二三四五六七八九十百千万]+元[^，。；]{0,8}(?:予以|给予|处以|进行)(?:处罚|罚款)`,
				// 限制从业 under another name.
				`(?:暂停|取消|吊销)[^，。；]{0,4}(?:从业|执业|营运|驾驶)资格`,
				// 第九条第（三）项 whatever the licence is called: "暂扣其营运证",
				// "吊销其星级饭店称号和特种行业许可证", "收回其从业资格证".
				`(?:吊销|暂扣|收回)(?:其|该)?[^，。；]{0,12}?(?:执照|牌照|许可证|资格证|从业证|营运证|经营证|上岗证|证照|证件|资质证书)`,
				// 第九条第（四）项 for a term: "三个月内不得在本市场开展经营活动",
				// "三年内不得在本县医疗机构执业", after the condition it falls on.
				`的[^，。；]{0,8}[，,][^，。；]{0,12}?(?:[\d一二两三四五六七八九十半]+(?:个)?(?:年|月|日|天|周)|终身)内?(?:不得|禁止|不准|不允许)[^，。；]{0,14}?(?:从事|经营|营业|执业|开业|承揽|承接|担任|开展[^，。；]{0,6}(?:经营|业务))`,
				`责令(?:停产停业|停业整顿|停产整顿|关闭)|限制从业|行政拘留`,
			),
			suppress: res(`申请人民法院|依法(?:予以|给予)?(?:处罚|查处)|由[^，。]{0,20}(?:依照|依据|按照)[^，。]{0,20}(?:规定|处理|处罚)`),
			cite:     citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "规范性文件自行规定了处罚种类或幅度，且未引用可设定该处罚的法律、法规或规章",
		},
		{
			RuleInfo: RuleInfo{ID: "L02", Category: review.Legality, Severity: review.High,
				Title: "设定行政许可或审批", TitleEN: "Sets a licence or approval requirement",
				Basis:       []string{basisLicence, basisBiz64, basis37},
				Description: "规范性文件一律不得设定行政许可，也不得以审批、核准、同意等名义变相设定许可。"},
			anchors: []string{"批准", "审批", "核准", "许可", "同意", "营业执照", "执照", "前置条件", "先决条件", "前提条件"},
			triggers: res(
				`(?:须|需|应当|必须|应)[^。]{0,12}(?:经|报|取得)[^。]{0,15}(?:批准|审批|核准|许可|同意|评审通过|审核通过)[^。]{0,6}(?:后|方可|才能|才可)`,
				// Something else first, before the licence: "在办理营业执照前先到街道办理入驻登记".
				`(?:营业执照|许可证|执照|证照)前[^，。；]{0,4}(?:先|须|需|应当?|必须)`,
				// An approval or licence added or made up: "增设了县级营运审批",
				// "违规设立燃气经营许可", "作为…前置审批".
				`(?:增设|另设|自行设立|自行设定|违规设立|擅自设立|违规设定|擅自设定)(?:了)?[^，。；]{0,12}(?:审批|许可|核准|准入证|准营证|许可证)`,
				`作为[^，。；]{0,24}(?:前置审批|前置许可)`,
				`实行(?:审批|许可|核准)[，,]`,
				// Another body's consent first: "要求申请人先取得街道办事处出具的同意意见".
				`先(?:行)?(?:取得|经|经过)[^，。；]{0,20}(?:同意|批准|审批|核准|许可)`,
				// An activity made to wait on an approval: "申请开办民宿的，须经村民代表大会同意并报镇政府审批".
				// An activity made to wait on an approval or a licence applied
				// for (《行政许可法》第二条): "举办婚丧宴席超过二十桌的，须提前报镇
				// 政府审批", "饲养大型犬只的，应当向社区居民委员会申请许可".
				`(?:开办|开设|从事|设立|经营|举办|举行|建设|申请|开展|饲养|养殖|销售|经销|收购|运输|搭建|安装|设置|占用|挖掘|新建|改建|扩建|装修|出租|组织|燃放|摆放|张贴|悬挂|种植|开采|采挖|捕捞)[^，。；]{0,24}(?:的)?[，,](?:应当|须|需|必须|应)(?:提前|事先|预先|先行|先)?(?:经|报(?:经|请)?|取得|向[^，。；]{1,16}?(?:申请|申领|报请|申报|提出申请))[^。；]{0,25}(?:批准|审批|核准|许可)`,
				// Another body's check or filing made to come before a licence
				// or registration is a licence of its own (《行政许可法》第十六条
				// 第四款、第十七条): "检查合格后市场监管局方可为经营者办理营业执照",
				// "把向协会备案作为办理注册登记的前置条件".
				`(?:检查|核验|评审|审核|考核|验收|审查|核实|核查|备案|评估)[^，。；]{0,10}(?:合格|通过|同意)?后[^。；]{0,24}(?:方可|才可|才能|才)[^。；]{0,12}(?:办理|核发|发放|颁发)[^。；]{0,10}(?:营业执照|执照|许可证|注册登记|登记)`,
				`(?:备案|登记|审核|审查|检查|评估|认定|证明)[^。；]{0,30}作为[^。；]{0,20}(?:办理|核发|发放|申领|申请)[^。；]{0,20}(?:前置|先决|前提)条件`,
				`未经[^。]{0,15}(?:批准|审批|核准|许可|同意)[^。]{0,6}(?:的，)?[^。]{0,6}(?:不得|禁止|一律)`,
				`实行[^。]{0,10}(?:审批|许可|核准)证?(?:制度|管理|制)`,
				// "未取得…核发的准营证，不得营业".
				`未(?:取得|办理|领取)[^。；]{0,20}(?:证|许可|批准|审批|核准)[^。；]{0,4}(?:不得|禁止|一律不得)(?:营业|经营|开业|开工|施工|销售|从事)`,
			),
			suppress: res(`年度计划|(?:计划|规划|方案|预算)(?:的)?[，,]|预算|内部|下级|本单位|各(?:单位|部门|乡镇|街道|镇|级)|(?:资金|经费|补贴|补助|奖励|奖补)的|报[^。]{0,6}政府批准后(?:执行|实施|公布)|(?:法律|行政法规|国务院决定)(?:另有)?规定`),
			cite:     citeSuppress, statuteLowers: true,
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
				`(?:申请|办理)[^。]{0,20}(?:许可|执照|许可证|登记|审批|备案|证)[^。]{0,20}(?:还(?:应当|应|须|需)|另行|另须|并须|同时(?:提供|提交)|此外还)`,
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
			anchors: []string{"查封", "扣押", "冻结", "暂扣", "扣留", "强制", "强行", "拖离", "拖移", "托运回", "遣返", "收缴", "账户", "划拨", "划扣", "扣划", "扣缴"},
			triggers: res(
				`查封|扣押|冻结(?:存款|汇款|账户|资金|财产)?|暂扣[^，。]{0,6}(?:工具|物品|车辆|设备|财物)|扣留[^，。]{0,6}(?:车辆|物品|证件|财物)`,
				`强制(?:拆除|清除|清理|执行|搬迁|收回|收购|带离|拖离|拖移|关停|断水|断电|征收)|强行(?:[\p{Han}]{1,4})`,
				`(?:拖离|拖移|收缴)[^，。]{0,8}(?:车辆|物品|财物|工具)|托运回(?:原籍|户籍地)`,
				// Taking money from an account is enforcement: "从其银行账户中直接划拨".
				`(?:从|自)其[^，。；]{0,10}账户[^，。；]{0,6}(?:划拨|划扣|扣划|扣缴|扣除)|(?:强行|直接)(?:划拨|划扣|扣划|扣缴)`,
			),
			suppress: res(`申请人民法院|人民法院强制执行|(?:法律|行政法规)规定的|依法(?:实施|采取|查封|扣押)`),
			cite:     citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "规定了查封、扣押、强制拆除、强行处置等强制手段，规范性文件不得设定行政强制",
		},
		{
			RuleInfo: RuleInfo{ID: "L05", Category: review.Legality, Severity: review.High,
				Title: "限制人身自由", TitleEN: "Restricts personal freedom",
				Basis:       []string{basisFreedom, basisFreedomPen, "《中华人民共和国行政强制法》第九条"},
				Description: "限制人身自由的强制措施和处罚只能由法律设定：收容、遣送、强制学习、禁闭、不得离开住所等。"},
			anchors: []string{"人身自由", "收容", "遣送", "强制学习", "强制教育", "强制治疗", "强制戒毒", "强制隔离", "禁闭", "学习班", "不得离开", "限制出行"},
			triggers: res(
				`限制[^，。]{0,4}人身自由|收容|遣送|强制(?:学习|教育|治疗|戒毒|隔离)|禁闭|学习班|不得离开(?:本市|本地|住所|居住地|辖区|[\p{Han}]{0,4}(?:场所|地点|基地|中心))|限制[^，。]{0,6}出行`,
			),
			suppress:       res(`尊重[^。]{0,10}意愿|自愿`),
			cite:           citeIgnore,
			nationalSilent: true,
			reason:         "规定了收容、遣送、强制学习等限制人身自由的措施，只能由法律设定",
		},
		{
			RuleInfo: RuleInfo{ID: "L06", Category: review.Legality, Severity: review.High,
				Title: "设定收费、保证金或摊派", TitleEN: "Imposes fees, deposits or levies",
				Basis:       []string{basisFees, basisFeesBiz, basisDonation, basis37},
				Description: "没有法律、行政法规依据不得收费、收取保证金押金，不得把费用转嫁给当事人，不得摊派捐款。"},
			anchors: []string{"费", "保证金", "押金", "风险金", "集资", "捐款", "捐赠", "捐助", "赞助", "摊派", "分摊", "摊缴", "分担", "交存", "缴存", "预存"},
			triggers: res(
				// A fee's name may be long: "收取停车泊位及公共停车场有偿使用费".
				`(?:收取|缴纳|交纳|缴存|交存|预存|征收|计收|上缴|交付|提供)[^，。]{0,20}(?:费(?:用)?|保证金|押金|风险金|赞助|集资)`,
				`(?:交存|缴存|预存)[^，。]{0,16}(?:资金|基金|款项)`,
				// A levy split among payers: "由辖区企业分摊".
				`(?:企业|单位|商户|居民|村民|群众|经营户|业主|农户)(?:分摊|摊缴)`,
				`(?:费用|成本|开支)(?:均|全部|一律)?由[^，。]{0,12}(?:承担|负担|支付)`,
				`(?:捐款|捐赠|捐助|赞助)[^。]{0,20}(?:标准|不少于|不低于|每人|按照?[^。]{0,6}级|\d+元)|摊派`,
			),
			suppress: res(`(?:退还|返还|清退|退回)[^，。；]{0,6}(?:已)?(?:收取|缴纳|交纳)|免收|免除|免费|自愿|不再收取|不(?:予|另|额外)?收取|(?:无需|不需要?|不必)(?:缴纳|交纳|支付)|财政(?:承担|负担|保障)|政府承担|由[^，。]{0,8}(?:财政|政府|本单位|采购人|招标人|甲方)[^，。]{0,4}(?:承担|负担|支付)|由(?:违法|侵权|责任)`),
			cite:     citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "要求公民、法人缴纳费用、保证金或捐款，需有法律、行政法规依据",
		},
		{
			RuleInfo: RuleInfo{ID: "L07", Category: review.Legality, Severity: review.Medium,
				Title: "索要证明或公证", TitleEN: "Demands certificates or notarisation",
				Basis:       []string{basisProof, basis37},
				Description: "证明事项应当有法律、法规或国务院决定依据，不得要求循环证明、重复证明、无谓证明。"},
			anchors: []string{"证明", "公证", "无犯罪记录", "无违法记录"},
			triggers: res(
				`(?:提供|出具|开具|提交|持有?|取得)[^，。]{0,20}(?:证明|无犯罪记录|无违法(?:犯罪)?记录|公证书|公证文书|公证)`,
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
			anchors: []string{"一律", "不予", "暂停", "停止", "中止", "不得参", "禁止参", "限制参", "取消", "黑名单", "黑榜", "失信", "联合惩戒", "一票否决", "停止供", "断水", "断电", "停水", "停电", "停气", "切断", "中断", "不允许", "全面禁止", "全域禁止", "不得享受", "停产", "关停"},
			triggers: res(
				`一律(?:不|禁止|实行|关停|停业|拆除|清退|取缔|关闭|清除|没收)[\p{Han}]{0,4}|(?:不予|暂停|停止|中止)(?:办理|受理|登记|发放|审批|享受|批准)|(?:暂停|停止|中止)(?:其|该单位|该企业|该项目)[^，。；]{0,6}?(?:办理|受理|登记|发放|审批|享受|批准|手续|服务)|取消[^，。]{0,8}资格`,
				// Exclusion from public procurement, honours or funds as a sanction.
				`(?:不得|禁止|限制)(?:参加|参与)[^，。；]{0,10}(?:政府采购|招投标|招标投标|评优|评先|评比|表彰|财政)`,
				// The same for a record of a wrong, the 失信惩戒 that needs a law
				// (国办发〔2020〕49号): "有未处理的交通违法记录的，该企业不得申报
				// 财政补助资金".
				`(?:违法|违规|违章|失信|欠缴|拖欠|被(?:处罚|投诉|举报|查处)|不良)[^。；]{0,30}(?:不得|禁止|限制|取消|暂停)[^，。；]{0,4}(?:参加|参与|申报|申请|享受|获得)[^，。；]{0,10}(?:政府采购|招投标|招标投标|评优|评先|评比|表彰|财政|补助|补贴|资金|奖励|扶持)`,
				`(?:纳入|列入)[^，。]{0,8}(?:黑名单|黑榜|失信)|黑(?:榜|名单)|联合惩戒|一票否决|停止(?:供水|供电|供气)|断水断电|断水|断电`,
				// Cutting a party's water, power, gas or heat as a sanction:
				// "对其住所采取停水停电措施", "切断其水电供应".
				`(?:采取|实施|实行|予以|给予)[^，。；]{0,8}?(?:停止?供?|断|切断|中断)(?:水|电|气|暖|网)`,
				`(?:停|断)(?:水|电|气|暖|网)(?:、|和|或)?(?:停|断)?(?:水|电|气|暖|网)?(?:等)?(?:措施|手段|方式|处理|惩戒)`,
				`(?:对其|对该|对拒不|对逾期|对未按)[^，。；]{0,15}?(?:停止?供?|断|切断|中断)(?:水|电|气|暖|网)`,
				`(?:切断|中断)(?:其|该|对方|当事人)[^，。；]{0,4}(?:水|电|气|暖|网)`,
				`不允许[^。]{0,25}(?:进入|入内|乘坐|办理|参加|就读)|全面禁止|全域禁止|(?:不得|不能)享受[^，。]{0,10}(?:政策|待遇|补贴|优惠|服务)`,
				`(?:普遍|全部|一律)(?:停产|停业|关停)`,
			),
			// A technical outage, or a cut-off named as unlawful, is no sanction.
			suppress:       res(`(?:法律|行政法规|法规)(?:另有)?规定|依法(?:纳入|列入|实施)|一律不得(?:收费|收取|要求|设置|设定|指定|限制|干预|强制|摊派|增加|额外)`, `检修|故障|抢修|计划停|限电|非法方式|违反规定(?:中断|切断|停止)|擅自(?:中断|切断|停止)`),
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
			suppress: res(`给予[^。]{0,6}(?:补助|帮扶|照顾|优待)|(?:优先|照顾|帮扶|资助)|回避|监护|赡养|抚养|近亲属关系|同等待遇|歧视`),
			cite:     citeIgnore,
			reason:   "把当事人的责任延及子女、配偶等亲属，违反罪责自负原则",
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
	}
}
