package rules

import (
	"testing"

	"beishen/review"
)

// The frame tests vary what a phrasing rule cannot: the order of the
// concepts, the place (a province, a prefecture, a county, a short form, a
// relative form) and who is the subject of 不得. Each sentence was written
// for this test; none is from a corpus. hit sentences must get a finding of
// the category, silent ones none.
// frameCase is a concept's sentences: hit ones must get a finding of cat,
// skip ones none.
type frameCase struct {
	name      string
	cat       review.Category
	hit, skip []string
}

var frameCases = []frameCase{
	{"locality", review.FairCompetition,
		[]string{
			"参加本次政府采购的供应商应当在四川省境内依法注册。",       // province, place first
			"供应商的注册地须在仙游县。",                   // county, place last
			"申报企业应在罗江注册全资子公司。",                // county short form after 在
			"在广西设立分支机构的企业方可申报。",               // province short form, condition last
			"投标人须在海口市设有售后服务网点。",               // prefecture, condition first
			"对在杨浦注册并纳税的企业给予一次性奖励。",            // district short form, benefit
			"只有在本县纳税的企业才能享受本政策。",              // relative form
			"申请补贴的企业，其税收结算关系应在延边。",            // autonomous prefecture short form
			"本县建设项目必须使用本地生产的建材产品。",            // goods produced in a place
			"招标项目要求须承诺在当地投资建设生产厂房。",           // a tender's bidders, unnamed
			"在评估当地托管服务组织能力的基础上，择优选择服务组织承担项目。", // chosen among local operators
			"择优选择本县企业作为项目实施主体。",               // the same, choice first
		},
		[]string{
			"本市各类企业平等享受本政策，不因注册地、所有制不同而区别对待。", // equal treatment
			"不得要求供应商在四川省境内注册。",                // ban on the authority
			"任何单位不得以在本地注册作为企业享受政策的条件。",        // ban on the authority, 以…作为
			"公司应当在中华人民共和国境内依法注册。",             // the whole country
			"各镇（街道）应于每月5日前将辖区内企业用工情况报区人社局。",   // a report, no condition
			"本办法所称本地企业，是指依法在本市登记注册的各类市场主体。",   // a definition
			"出口加工区内企业生产的产品应当出口。",              // 区内 in a longer word
			"由当地人民政府确定的单位负责收集。",               // an authority of the place, no operator
			"中国人民银行当地分支机构和财政部门共同研究确定代收机构。",    // a bank's branch, no operator chosen
		}},
	{"exit", review.FairCompetition,
		[]string{
			"获得奖励的企业十年内不得迁出本市。",          // ban on operators, term before
			"企业不得在五年内迁出本区，否则收回奖励资金。",     // ban on operators, claw-back after
			"享受补贴的企业注销的，应当退回已领取的补贴。",     // claw-back on exit
			"入驻企业承诺八年内不迁离园区。",            // promise
			"企业破产或挂牌转让股权的，须经区国资局同意。",     // other exits the 实施细则 names
			"企业搬迁转移至区外的，应当退还已享受的全部奖补资金。", // moving away, claw-back
			"受奖企业八年内不得把生产设备转移到市外。",       // production moved out
		},
		[]string{
			"不得限制企业迁出本市。",                  // ban on the authority
			"企业迁出的，由迁入地办理相关手续。",            // no bind
			"企业办理注销登记的，可以通过简易注销程序办理。",      // deregistration procedure
			"各地不得设置企业迁移的前置条件。",             // ban on the authority
			"企业不能清偿到期债务，达到法定破产条件的，应当依法破产。", // bankruptcy under the law
		}},
	{"designation", review.FairCompetition,
		[]string{
			"由县供销社所属企业独家负责全县化肥统一配送。",               // one enterprise
			"全县化肥统一配送由县供销社所属企业独家负责。",               // the same, other order
			"消费券限定只能在指定商场使用。",                      // shops designated
			"400万元以下的工程可直接发包某公司负责施工。",              // direct award
			"共享单车运营企业数量限定为2家。",                     // a cap on the number
			"明确市城投公司作为充电设施建设运营主体。",                 // a named firm made the operator
			"各学校须从中标的5家服装企业中选定校服供应商。",              // a choice among N named firms
			"各学校必须从获得资格的 5 家企业中“五选一”选择一家供应商。",      // the same with a quotation
			"全县户外广告业务全部由县城投集团下属公司经营。",              // a business left wholly to a firm
			"在户外广告整治过程中，广告业务全部由某广告有限公司申报。",         // 整治 as a noun reaches only its clause
			"部分工程项目指定交易对象。",                        // the counterpart designated
			"本市网约车平台数量控制在3家以内。",                    // a cap after the operators
			"各学校的校服统一向市教育装备中心采购。",                  // purchases directed to one body
			"全镇农户的化肥只能向县农资有限公司购买。",                 // the same, a firm
			"各镇（街道）要引导农户购买县农机公司销售的农机具。",            // buyers steered to one firm
			"采用公开招标选出校服生产企业，要求各学校必须从中标的5家企业中选择一家。", // competition in another clause
			"县内客运线路经营权不再新增，现有经营者到期自动延续。",           // rights kept by their holders
			"出租车经营权有效期届满后，由原经营者继续经营。",              // the same, 届满 and 原经营者
			"原则上由县城市建设投资有限公司负责全县充电设施的投资、建设和运营。",    // a whole area's business to a firm
			"全市停车场的运营由市交通投资集团负责本市范围内统一经营。",         // the same, 本市
			"其他企业不得在公共区域自行建设充电设施。",                 // every other operator shut out
			"除中标单位外，其他经营者一律不得从事城区生活垃圾收运。",          // the same, 一律
		},
		[]string{
			"任何单位和个人不得强制经营者使用指定的检测机构。",          // ban on the authority
			"采购人应当通过公开招标确定唯一一家供应商。",             // competition
			"市场监管部门重点核查是否存在限定交易、指定品牌等行为。",       // a checker's question
			"申请人应当将材料提交至指定窗口办理。",                // a counter, not an operator
			"所需经费均由各单位自行负责。",                    // 均由 a unit, not a firm
			"各单位应当统一向同级财政部门报送采购计划。",             // a report to an authority
			"引导农户购买符合国家标准的农机具。",                 // steered to a standard, not a firm
			"特许经营期限届满，应当依法重新招标确定经营者。",           // renewal through competition
			"合同到期后，原承包人继续经营的，应当重新签订合同并按规定公开竞价。", // a condition's subject, competition after
			"企业数量较上年增加3家以上的，予以通报表扬。",            // a count, no cap
			"清理全部由某广告公司经营户外广告的做法。",              // rectifying, in its clause
			"各区人民政府负责本辖区充电设施建设的监督管理。",           // an authority's duty, no firm
			"其他单位和个人不得占用、损毁充电设施。",               // a general prohibition, no operators shut out
			"不得规定其他企业不得进入本地市场。",                 // ban on the authority
		}},
	{"outsiders", review.FairCompetition,
		[]string{
			"限制外地企业参与本县农村公路养护项目。",              // restriction first, relative place
			"外省生产的建材一律不得进入本市在建工程，限制外地产品销售。",    // goods
			"排斥外埠供应商参加本区政府采购活动。",               // 外埠, procurement
			"不得委托县外检测机构开展检测，检测报告须由县质检中心出具。",    // a ban laid on the buyer is the restriction
			"采取以罚代管方式，排斥、限制、打压外地食盐批发企业进入当地市场。", // restrictions in a row
			"对外县运输车辆，禁止外地车辆在城区承揽渣土运输。",         // a ban laid on operators is the restriction
		},
		[]string{
			"任何单位不得限制外地企业参与本县项目。",       // ban on the authority
			"严禁排斥外地经营者参加本地招标投标。",        // ban on the authority
			"任何单位不得限制建设单位委托县外检测机构。",     // the ban aimed at the authority
			"对外地企业和本地企业一视同仁、平等对待。",      // equal treatment
			"防止外来物种入侵，限制外来物种引进。",        // not operators
			"限制外地产品进入本地市场的，由省人民政府组织查处。", // a sanction on the conduct
		}},
	{"ownership", review.FairCompetition,
		[]string{
			"对国有独资公司投资的项目给予一次性补助。", // ownership first
			"给予补助的对象限于市属国有企业。",     // ownership last
			"民营企业申报的，优先安排扶持资金。",    // private ownership
		},
		[]string{
			"不得对民营企业设置歧视性条件。",            // ban on the authority
			"国有企业和民营企业平等享受扶持政策。",         // equal treatment
			"国有资产监督管理机构对国有企业负责人进行考核和奖励。", // state-asset supervision
		}},
	{"pool", review.FairCompetition,
		[]string{
			"代理机构须从市财政局建立的中介机构库中选取。",    // party first
			"建设单位应当选用本市推荐目录内的建筑材料。",     // a recommended list by another name
			"设立招标代理备选库，从库内选择代理机构。",      // pool first
			"本县工程监理业务只能委托入围名单内的监理单位承担。", // a list by another name
		},
		[]string{
			"不得设置备选库、名录库排斥经营者。",         // ban on the authority
			"评标专家从专家库中随机抽取。",            // experts, not operators
			"企业可随时申请进入名录库，实行动态调整、自由进出。", // open pool
		}},
	{"thresholds and prices", review.FairCompetition,
		[]string{
			"新设立的汽车检测机构与现有机构的距离不得少于5公里。", // distance to operators already there
			"申请开办药店的，与现有药店的间距应当在300米以上。", // the same, condition first
			"经营者须具有三年以上在本省从事同类业务的经历。",    // local experience
			"对外地企业的检查频次高于本地企业。",          // stricter supervision of outsiders
			"商品房销售价格涨幅不得超过备案价格的5%。",      // a cap on price changes
			"组织全县砂石企业签订价格自律公约。",          // operators made to agree on prices
			"统一全市砂石销售价格。",                // one price
		},
		[]string{
			"储油罐与居民住宅的距离不得少于50米。",        // a safety distance, no competitor
			"不得以与现有药店的距离作为开办药店的条件。",      // ban on the authority
			"对外地企业和本地企业实行同一检查标准。",        // equal supervision
			"价格主管部门依法监测商品房价格涨幅。",         // monitoring, no cap
			"协会应当引导会员诚信经营，不得组织会员签订价格协议。", // ban on the association
		}},
	{"preconditions", review.FairCompetition,
		[]string{
			"有关申请需经商务部门核实后，市场监管机关对符合条件的予以发放营业执照。",  // another department's word first
			"对新开办的餐饮店进行检查，检查合格后市场监管局方可为经营者办理营业执照。", // a check in the clause before
			"向即时配送协会备案作为办理电动自行车注册登记的前置条件。",         // filing made the precondition
			"凡在本县销售的商品混凝土，须经县建材协会登记备案。",            // filing with an association
			"进入本市销售的燃气具须经检测站检验合格并配号后方可销售。",         // 配号, a form the 实施细则 names
			"电梯维保单位须每年到市特检院办理换证手续后方可继续承接业务。",       // 换证
			"采购的设备原产地须为本省。",                        // an origin required
			"投标产品须为某某品牌。",                          // a brand required
		},
		[]string{
			"依照《中华人民共和国食品安全法》第三十五条，须经市场监管部门审查后方可发放食品经营许可证。", // a cited law
			"不得将向协会备案作为办理注册登记的前置条件。",                        // ban on the authority
			"在专项整治中，对检查合格的门店予以通报表扬。",                        // no licence made to wait
			"投标产品须为某某品牌或同等档次产品。",                            // an equivalent admitted
			"不得限定投标产品的品牌和原产地。",                              // ban on the authority
		}},
	{"fee", review.FairCompetition,
		[]string{
			"使用费由运营企业按年度向城市管理部门缴纳。", // fee first
			"商户进场经营前应当缴纳进场费2000元。",  // payer first
			"对中标人按投放车辆数量收取占道经营费。",   // collected from the operator
		},
		[]string{
			"行政机关不得向企业收取入场费。",      // ban on the authority
			"对小微企业免收入网费。",          // a waiver
			"物业服务企业应当公示物业管理费收费标准。", // no demand
		}},
	{"added gate", review.FairCompetition,
		[]string{
			"县交通运输局要求运输企业另行出具车辆停放场地证明。",        // reported speech, proof
			"餐饮企业除营业执照外，还须额外取得街道出具的准入证明。",      // the mark before the gate
			"在四川省内开办民宿的经营者，须自行设定的消防评估合格后方可营业。", // a province, self-made
			"以安全生产为由，要求企业补充提交厂房合规证明。",          // a pretext first
			"市住建局提高外地建筑企业入川备案门槛。",              // short form of a province
			"渣土运输企业准入门槛由区城管局擅自提高。",             // the gate first
		},
		[]string{
			"不得要求企业另行出具无犯罪记录证明。",            // ban on the authority
			"严禁擅自设置审批事项和准入条件。",              // ban on the authority
			"企业擅自从事未经许可的经营活动的，由市场监管部门依法查处。", // the operator's act, sanctioned
			"进一步提高企业登记注册便利化水平。",             // raising convenience, not a gate
			"鉴定结论有异议的，当事人可以另行委托鉴定机构。",       // a party's choice
		}},
	{"refusal", review.FairCompetition,
		[]string{
			"区民政局以行政级别不对等为由，拒绝为两所培训学校办理年度检查。", // pretext and refusal
			"经公示合格的车型在部分县区难以落户上路。",            // a county, goods
			"对位于控制范围内的餐饮企业，一律不予办理环评手续。",       // all alike
			"外省企业的备案申请，市住建局拒绝受理。",             // the operator first
		},
		[]string{
			"不得拒绝为符合条件的企业办理登记。",        // ban on the authority
			"申请材料不齐全的，不予受理。",           // the refusal a rule provides for
			"企业拒不改正的，依法予以处罚。",          // the operator refuses
			"因经营不善致使企业无法继续经营的，可以申请解散。", // a condition
		}},
	{"only ones", review.FairCompetition,
		[]string{
			"只有中标人才可以在城区运营互联网租赁自行车。",  // the chosen first
			"在江苏省范围内仅允许签约企业方可开展回收业务。", // a province
			"全县加油站只能由县石油公司统一经营。",      // 只能由 a firm
		},
		[]string{
			"只有取得许可证的企业才可以从事危险化学品经营。", // a licence any operator may get
			"不得规定只有本地企业才可以参加投标。",      // ban on the authority
			"只有加强监管，才能维护公平竞争的市场秩序。",   // no operator chosen
		}},
	{"effect", review.FairCompetition,
		[]string{
			"该规定对外地企业造成准入障碍。",       // the harm as an outcome
			"上述做法排除、限制了相关市场竞争。",     // the harm as a verb
			"客观上形成隐性壁垒，影响广西区外企业参与。", // a short form of a region
		},
		[]string{
			"防止形成隐性壁垒和地方保护。",   // prevention
			"重点审查是否造成准入障碍。",    // a checker's question
			"不得滥用行政权力排除、限制竞争。", // ban on the authority
		}},
	{"reported act", review.FairCompetition,
		[]string{
			"县交通运输局违规要求供应商在本县注册分公司。",                   // a report of an act: the actor before 违规
			"广西某市住建局擅自要求外地建筑企业在本市设立分公司。",               // a region's short form, an actor
			"某区管委会变相要求入驻企业在杨浦纳税满三年。",                   // a district short form
			"某区在老旧小区改造项目中，变相指定设计单位，要求各街道统一委托某设计院开展设计。", // the actor opens the sentence
			"某县气象局要求新建建筑物的防雷检测必须委托县防雷中心进行。",            // a service entrusted to one body
			"违规向施工企业收取质量保证金。",                          // a report's summary opens with the pejorative
			"该县要求各乡镇卫生院的药品必须从县医药公司采购。",                 // bought only from one firm
			"定点药店须与县人民医院签订处方流转协议，方可纳入医保定点。",            // a contract with one body as the condition
			"对辖区内充电桩实行统一规划、统一建设、统一运营，由区城投公司负责。",        // built and run by one firm
			"在燃气经营许可中实行区域专营，一个区域只允许一家燃气企业经营。",          // one operator per area
			"某区住建局设置不合理的准入条件。",                         // the law's own words for the conduct, a report
			"县城管局违规收费。",      // a charge named as conduct
			"四川省某县违规给予优惠政策。", // a benefit named as conduct, a province
		},
		[]string{
			"对违规要求供应商在本县注册的，予以纠正。",       // the conduct in general, a condition
			"各部门不得违规要求供应商在本地注册分公司。",      // ban on the authority
			"重点清理违规要求企业在本地设立分支机构的行为。",    // the conduct named as a noun
			"各地在专项整治中，对违规指定检测机构的，予以纠正。",  // a condition, not an act
			"（二）违规向施工企业收取质量保证金；",         // an item of a list of sanctioned acts
			"烟草制品只能从取得烟草专卖生产企业许可证的企业购买。", // a class of licence holders, not one firm
			"（一）违规收取检验费用；",               // an item of a list of sanctioned acts
			"不得设置不合理或者歧视性的准入和退出条件。",      // ban on the authority
			"对违规给予优惠政策的，追究相关人员责任。",       // a condition
		}},
	{"charges, compulsion, standards, one firm", review.FairCompetition,
		[]string{
			"街道办事处违规向沿街商户收取门前管理费。",         // an actor's charge
			"向商户收取卫生费属于自行设立收费项目。",          // the charge first … the mark after? (mark before charge in clause)
			"海口市某协会强制会员购买指定的培训教材。",         // compulsion, a prefecture
			"对四川省外的施工企业，执行高于本地企业的安全检查频次。",  // another standard, a province
			"县政府决定对某化工有限公司返还土地出让金。",        // one firm's refund
			"同意对某房地产开发公司缓缴土地出让金两年。",        // a firm named by 某
			"为吸引某药企落户，以低于评估价格的价格向其出让工业用地。", // land below its price
			"对某企业的社会保险费实行先征后返。",            // a refund after collection
		},
		[]string{
			"不得强制会员购买协会指定的教材。",       // ban on the association's acts
			"鼓励企业实行差异化竞争。",           // differentiation by operators
			"对所有企业平等给予补贴，不针对某公司。",    // equal treatment
			"某公司违反合同约定的，应当返还已收取的款项。", // a duty to pay back, no benefit given
		}},
	{"agreements and own lists", review.FairCompetition,
		[]string{
			"给予某公司独家经营权是双方合作备忘录的主要内容。",      // the exclusivity first
			"仙游县与省燃气集团签订框架协议，由其独家经营全县管道燃气。", // a county
			"川渝两地联合发布禁止准入的产业清单，明确十类项目不予备案。", // short forms of provinces, an own list
			"杨浦区另行制定餐饮业限制目录。",               // a district
		},
		[]string{
			"不得通过签订合作协议给予特定经营者独家经营权。", // ban on the authority
			"县政府与高校签订战略合作协议，共建实验室。",   // no operator, no exclusivity
			"不得另行制定市场准入性质的负面清单和禁止目录。", // ban on the authority
			"按照国家产业结构调整指导目录淘汰落后产能。",   // the national catalogue
		}},
	{"reported forms of 第八条、第九条", review.FairCompetition,
		[]string{
			"某市住建局对商品混凝土企业实行备案管理，未备案的企业不得在本市销售。", // not filed, not allowed
			"未按规定在县商务局办理备案的经营者，不得在本县开展销售活动。",     // the way of filing named, the activity after a verb
			"该县要求新建加油站须经县商务局同意后方可办理相关手续。",        // an approval to wait for
			"将全县城乡供水特许经营权直接授予县水务公司，未进行公开招标。",     // competition said not to have happened
			"某县要求驾校学员统一到县驾培中心进行体检。",              // a service at one body
			"该县规定新设药店与原有药店之间的距离不少于300米。",         // distance to those already there
			"海口市交警部门对外地牌照的货车实行限行。",               // a prefecture, a traffic ban
			"该县对外地建筑企业实行资质复核，本地企业免于复核。",          // outsiders bear what locals are spared
			"2021年以来，某县市场监管局擅自提高食品经营许可条件。",       // a gate raised, no operator named
			"某区以加强行业管理为名，要求培训机构到区教育局办理备案后方可招生。",  // a pretext
			"某县以备案的名义对充电桩建设实行变相审批。",              // an approval in disguise
		},
		[]string{
			"通过公开招标将供水特许经营权授予中标企业。",  // competition
			"新建加油站应当符合国家规定的安全距离。",    // a safety rule, no approval to wait for
			"不得要求学员统一到指定医院进行体检。",     // ban on the authority
			"对本地企业和外地企业一视同仁，均不免于检查。", // equal treatment
			"未经检验合格的产品不得出厂销售。",       // the law's own inspection
			"不得以备案名义变相审批。",           // ban on the authority
		}},
	{"reported forms of 第八–十条, second round", review.FairCompetition,
		[]string{
			"某市规定本地企业参加政府采购的，价格扣除10%。",                   // a procurement preference by place
			"县内工程项目的砂石料优先从县国有砂石公司采购。",                    // preference for one firm
			"该市要求辖区内所有加油站安装某公司的税控设备。",                    // steered to one firm's goods
			"某区要求物业服务企业必须从区物业协会推荐的名单中选聘保安公司。",            // a list another body drew up
			"要求居民统一向某保险公司投保。",                            // insurance from one firm
			"某市对外地药品批发企业进入本市市场设置额外的检查程序。",                // an added check for outsiders
			"该县要求外地蔬菜进入本县批发市场须经县农业农村局检测合格。",              // goods from elsewhere made to pass a test
			"某县对驻县外企业不予发放消费券。",                           // a benefit denied to outsiders
			"某县交通局暂停受理新的出租车经营许可申请。",                      // entry frozen for newcomers
			"该县规定殡葬服务只能由县殡仪馆提供，其他机构不得从事。",                // others barred
			"某区要求辖区餐饮企业统一使用某平台进行食品安全追溯。",                 // one provider for all
			"申报专项资金的企业须为罗江规模以上工业企业。",                     // a county's short form as identity
			"该市规定新能源汽车补贴仅限本市生产的车型。",                      // goods of the place only
			"明确要求电梯使用单位与某科技公司签订服务合同。",                    // a contract with one firm
			"办理餐饮服务许可时，要求申请人先取得街道办事处出具的同意意见。",            // another body's consent first
			"新开办的培训机构须先经区教育局组织专家评审通过，方可向民政部门申请登记。",       // a review before registration
			"对电动自行车销售实行备案登记，未经备案的销售网点由市场监管部门责令停业。",       // not filed, closed
			"仅认可本县培训机构出具的培训合格证明，外地培训机构学员无法申领补贴。",         // only the place's certificates count
			"规定新设置的民营医院与公立医院的距离不得少于2公里，限制了社会资本进入医疗服务市场。", // the harm stated as an effect
		},
		[]string{
			"政府采购对小微企业给予价格扣除优惠，不区分所在地。", // a preference for size, not place
			"不得要求居民统一向某保险公司投保。",         // ban on the authority
			"对违法经营的企业，一年内不再受理其新的许可申请。",  // a sanction on one firm, not a freeze
			"评审专家从省综合评标专家库中随机抽取。",       // experts, not operators
			"对外地企业和本地企业实行同样的检查程序。",      // equal treatment
			"申报企业须为依法登记注册的独立法人。",        // no place
			"区内企业委托区外企业加工的，应当事先经海关批准。",  // a law's own prior approval
			"采购人应当与中标供应商签订政府采购合同。",      // a contract after competition
			"限制了公款消费，规范了公务接待。",          // a limit on spending, not on entry
		}},
	{"third push: goods of elsewhere (《反垄断法》第四十一条, 第九条第（一）、（四）项)", review.FairCompetition,
		[]string{
			"外地企业进入本市的水泥每吨加收50元检测费。",          // a charge, operator named
			"外省运入的蔬菜每车加收20元。",                 // a charge, province form, goods named
			"进入本县销售的外地白酒须另行检测。",               // goods not in any list, test repeated
			"对省外运入的生猪实行限量管理。",                 // a quota
			"县内企业生产的水泥不得销往县外。",                // kept from leaving, county
			"本市矿产品须经市内企业加工后方可外运。",             // leaving on a condition
			"黔东南州生产的木材不得销往省外。",                // autonomous prefecture, province outside
			"公交车辆必须采购本省生产的新能源客车。",             // goods named by where they were made
			"全县政府投资项目一律使用本县生产的商品混凝土，不得从县外购进。", // order: use before ban
		},
		[]string{
			"不得对外地商品加收费用或者重复检验。",          // ban on the authority
			"禁止某些物品由国外运进或者由国内运出。",         // the border
			"出口加工区内企业不得将未经实质性加工的原材料销往区外。", // a customs zone
			"采伐林木不得超过年度木材生产计划规定可以运出的数量。",  // the hold bears on 超过
			"疫区内的动物不得调出。",                 // disease control
			"外地商品与本地商品同等对待，不得加收任何费用。",     // equal treatment
		}},
	{"third push: a particular body's goods or service (第八条第（三）项, 《反垄断法》第三十九条)", review.FairCompetition,
		[]string{
			"驾校学员体检须到市人民医院进行。",            // a hospital, service first
			"要求全县中小学生到县新华书店购买教辅材料。",       // reported, a bookstore
			"新建住宅小区的供水工程由县自来水公司负责施工。",     // a class of works to one firm
			"要求商户统一安装由其推荐的油烟净化设备。",        // goods the authority picked
			"在本县从事运输的车辆须安装县交通局指定的定位终端。",   // the same, the picker named
			"新建商品房须安装县燃气公司的燃气设施。",         // a named firm's goods
			"县政府与某银行签订备忘录，约定财政资金统一存放该银行。", // an agreement, the signatory's business
			"县政府与某企业签订战略合作协议，约定全县智慧城市项目由该企业承建。",
			"某市将全市公交站台广告经营权无偿交给市公交集团。", // a right handed over
			"违规将辖区矿产资源开采权授予县属国有企业。",    // a mining right
			"某市要求从事殡葬服务的企业加入市殡葬协会。",    // membership demanded
		},
		[]string{
			"商用密码产品只能使用经国家密码管理机构认可的检测机构检测。", // a national certification
			"由中标公司负责施工。", // the winner of a competition
			"各学校可自主选择校服供应商，不得要求学生到指定商店购买。", // ban on the authority
			"企业可以自愿加入行业协会。",                // voluntary
			"不得强制企业加入协会。",                  // ban on the authority
			"体检须到具有资质的医疗机构进行。",             // any qualified body
		}},
	{"third push: entry, thresholds, costs and prices (第八条第（一）、（四）项, 第十条, 第十一条)", review.FairCompetition,
		[]string{
			"民宿开业前须报乡镇政府审核。",              // a consent before opening
			"新开设的洗车店须由街道办事处出具同意意见。",       // opening, a local body's consent, no 方可
			"在海淀开办托育机构的，应当事先取得区卫健委的推荐意见。", // district short form, 事先取得
			"凡在本镇从事废品收购的，须先取得镇政府的准予批复。",   // 从事, 先取得, 批复
			"开设电竞酒店，应报经社区、区文旅局两级审核同意。",    // 报经, two bodies
			"新设药店营业前须经县卫健局审核同意。",          // the same, 须经
			"参加竞买的企业须在本行业经营满十年。",          // years in business
			"出租车经营者须拥有不少于100辆车辆方可申请经营权。",  // fleet size
			"驾驶员培训机构的教练车数量不得少于50辆。",       // the same, rule form
			"申请网约车经营许可的企业须在本市有不少于200个停车泊位。",
			"新设加油站须与现有加油站保持3公里以上距离。", // distance from incumbents
			"某县将企业资质等级作为参加政府采购的条件。",  // a grade as the condition
			"对落户企业缓缴社会保险费两年。",        // a charge deferred for some
			"全县殡葬用品销售价格不得高于成本的120%。", // a price cap by percent
			"要求辖区内快递企业不得降价揽件。",       // operators kept from price competition
		},
		[]string{
			"企业开业前应当依法办理营业执照。",        // no consent
			"民宿开业前须向乡镇政府备案。",          // a filing, F03's business
			"开办劳务派遣企业，须经审批机关批准。",      // a law's approving authority, no place
			"开办企业须经县级以上人民政府批准的，从其规定。", // a level, not a body
			"不得要求新开办的商户取得街道同意意见。",     // ban on the authority
			"律师执业满五年的，可以申请设立个人律师事务所。", // a person's years, a law
			"不得将企业规模作为参加政府采购的条件。",     // ban on the authority
			"经营者不得以低于成本的价格倾销商品。",      // a law's own ban on dumping
		}},
	{"third push, second round: reports, origins, pools, prices", review.FairCompetition,
		[]string{
			"严禁省外产的桶装水进入本县学校。",               // a ban laid on outside goods is the restriction
			"禁止外地劳务公司承接本区保洁项目。",              // the same, operators
			"进口水果进入本市批发市场的，每箱另行收取检测费五元。",     // imports with a 第四十一条 measure
			"在县际路口设卡，对运出本县的生猪每头收取管理费。",       // a charge on goods leaving
			"各医院优先采购川产中药饮片。",                 // province short form + 产
			"使用本省产钢材的项目给予每吨五十元奖励。",           // the same, relative, a reward
			"对区属国有企业免缴城市基础设施配套费。",            // ownership, a charge waived
			"对列入名单的企业缓缴社会保险费一年。",             // picked operators
			"对龙头企业用地按基准地价的百分之六十出让。",          // land below the benchmark
			"全市出租车运价由市发展改革委统一核定。",            // a uniform price by a local body
			"快递末端服务收费标准调整须报区商务局审核同意。",        // price changes need consent
			"市商务局召集全市加油站统一零售价格。",             // operators organised on price
			"经查，某县政府出台文件，擅自将城区停车经营权授予县交投公司。", // a report after 经查
			"全市医疗废物由一家企业独家专营处置。",             // one holder
			"各单位的物业项目须从区机关事务局设立的服务机构库中选定。",   // a pool the authority set up
			"某县对外地物流企业设置了比本地企业更高的准入条件。",      // treatment compared with local firms
			"新开设的药店与最近药店的距离不得少于三百米。",         // distance in Chinese numerals
			"企业迁出本区须由区招商局签署意见后方可办理。",         // a consent before leaving
			"辖区物业企业必须使用区住建局开发的智慧物业平台。",       // an authority's own platform
			"县政府与某公司签订协议，承诺县城不再引进同类企业。",      // a bare agreement, others kept out
		},
		[]string{
			"禁止从疫区调入生猪。",                     // disease control
			"进口货物应当依法接受海关检验。",                // the state's controls
			"企业迁出本市的，有关部门应当及时办理迁移手续，不得设置障碍。", // the authority bound to ease exit
			"中标人可以自主决定是否在项目所在地设立服务机构。",       // the operator's choice
			"本地产业发展基金对各类企业一视同仁。",             // 本地产业, not goods
			"国有企业和民营企业平等享受减免政策。",             // equal treatment
			"不得对外地企业设置更高的准入条件。",              // ban on the authority
			"出租车运价实行政府定价的，依照价格法执行。",          // a law's own price
		}},
	{"third push: an act reported after its occasion (在…中违规…)", review.FairCompetition,
		[]string{
			"某区教育局在课后服务采购中违规要求供应商在本区设立分公司。", // 在…中, district
			"该局在办理过程中擅自指定检测机构。",             // 过程中, 该局
			"某县以会议纪要形式违规承诺给予企业税收返还。",        // 以…形式
			"某市交通局在出租车更新工作中变相指定车型，要求只能购买某品牌汽车。",
			"某县农业农村局在农机购置补贴中，只对本县经销商销售的农机给予补贴。",
		},
		[]string{
			"各部门在政策制定过程中不得违规要求企业在本地设立分公司。",     // ban on the authority
			"在招标投标活动中违规要求投标人在本地注册的，由有关部门责令改正。", // a condition and its sanction
			"清理在招商引资中违规承诺给予税收返还的政策措施。",         // rectification
		}},
	{"third push: who 不得 binds, 监管执法, exchanges of prices", review.FairCompetition,
		[]string{
			"供应商不得将外地生产的产品用于本项目。",           // the operators are the subject of 不得
			"投标人均不得使用省外企业生产的钢材。",            // the same, 均, province form
			"某县市场监管局对外地企业加大检查频次。",           // 监管执法 stepped up on outsiders
			"某市对外省运输企业实行选择性执法。",             // 选择性执法
			"某县要求混凝土企业报送销售价格，由协会汇总后在企业间通报。", // prices made known among rivals
			"企业注销须先结清所享受的各项奖补资金。",           // exit, benefits to be settled first
			"全县中小学生体检由县妇幼保健院承担。",            // a service given to one named body
			"要求各机关食堂购买镇上某米厂生产的大米。",          // buyers steered to a mill's goods
		},
		[]string{
			"不得要求供应商使用外地生产的产品。",  // ban on the authority
			"各部门不得对外地企业加大检查频次。",  // the same
			"经营者不得以低于成本的价格销售商品。", // a law's ban on the operator's own conduct
			"企业注销的，应当依法结清应缴税款。",  // the law's own duty
			"学生体检由具备资质的医疗机构承担。",  // any qualified body
		}},
	{"third push: licences of a place, residence, local markets, preferential prices", review.FairCompetition,
		[]string{
			"投标人须持有黔南州住建部门颁发的安全生产许可证。",     // a named prefecture's licence
			"参加比选的商户应持有本县市场监管局核发的营业执照。",    // a relative form, 执照
			"申请企业须在本市有两个以上在建项目。",           // projects held in the place
			"进入本镇集贸市场经营的摊主，须具有本镇户籍。",       // residence as a condition
			"本县生产的再生砖只能在本县范围内销售。",          // goods kept to the local market
			"全市公共工程所需石材一律就地采购。",            // buying on the spot only
			"市公交集团的场站执行优惠电价。",              // a preferential price for one firm
			"对市里确定的重点企业给予二百万元奖励。",          // an amount in Chinese numerals
			"区属国有企业的社会保险费单位部分由区财政承担一半。",    // ownership, paid by the treasury
			"外省进入本市的冷链食品须另行取得市场监管部门的准销证明。", // a proof only outside goods need
			"各村卫生室的药品统一由乡镇卫生院配送。",          // one named health body
			"在本县从事渣土运输的车辆须为本地号牌。",          // goods registered in the place
			"外省籍客车的停车收费标准高于本省车辆。",          // a charge compared with the province's own
			"本区检测机构不得到其他区承接检测业务。",          // local operators kept from working elsewhere
			"全镇农村供水由镇水务公司统一建设和运营。",         // 建设和运营
			"外埠车辆进入本市从事运输经营须办理准运证。",        // a licence only outsiders need
			"城区生活垃圾收运实行一家专营。",              // one holder, no party named
		},
		[]string{
			"申请人应当持有设区的市人民政府颁发的许可证。",    // a level, not a place
			"经营者可以在本市范围内自主销售。",          // the operator's freedom
			"申请公共租赁住房的，须具有本市户籍。",        // housing, not an operator
			"外地车辆进入本市，与本地车辆一样无须办理任何证件。", // equal treatment
			"烟草专卖品实行专营，依照烟草专卖法执行。",      // a law's own monopoly
		}},
	{"third push: lawful sentences near the new frames", review.FairCompetition,
		nil,
		[]string{
			"外地企业在本县设立分支机构的，享受与本地企业同等的扶持政策。", // equal treatment (silent on main's F04/F05 too now)
			"对符合条件的小微企业，按照国家规定阶段性缓缴社会保险费。",   // a national measure for all
			"县人民医院负责全县急救中心的日常运行。",            // a public hospital's own duty
			"消费券可在全市范围内参与活动的商户使用。",           // any shop of the city
			"机动车检验机构应当取得市场监管部门的资质认定。",        // a law's own certification
			"开办幼儿园须经县教育局审批，依照《幼儿园管理条例》执行。",   // a cited regulation's approval
			"本市车辆与外地车辆的停车收费标准相同。",            // the same charge
			"外地企业可以到本区承接业务，本区企业也可以到其他区承接业务。", // free movement both ways
			"农产品可以在全国范围内自由流通。",               // free movement
		}},
	{"fourth push: outside operators and goods burdened (第九条第（四）、（五）项, 《反垄断法》第四十一条)", review.FairCompetition,
		[]string{
			"省外的水果经销商进入本州批发市场的，每车加收五十元管理费。", // a charge, province, 州
			"按每吨二十元向外县运入的煤炭收取调节费。",          // the charge first
			"市场监管部门对外市来本区经营的药店按月开展专项抽查。",    // a check with a mark of more
			"县外工程企业，住建局每季度检查一次，县内企业每年抽查一次。", // locals held to less, county
			"非本省牌照的渣土车进入城区的，须在检查站逐车登记。",     // a checkpoint
			"外地家政企业来南山区经营的，不得参加区级评优。",       // a bar, a district named
			"外省运入的种子须重复检验后方可销售。",            // tested again
		},
		[]string{
			"外地车辆进入本市收费停车场的，与本地车辆按同一标准收费。", // the same charge
			"外来务工人员子女入学的，不得收取借读费。",         // not operators, a ban
			"禁止对外地商品收取歧视性费用。",              // ban on the authority
			"外地企业和本地企业均可参加投标，不得设置差别条件。",    // equal access
			"对外地运入的活畜禽，依法实施检疫。",            // the law's own check
			"外省企业在本市经营的，依法接受市场监管部门的检查。",    // ordinary supervision
		}},
	{"fourth push: purchases kept to local sellers or goods (第九条第（一）、（三）项)", review.FairCompetition,
		[]string{
			"各学校食堂的米面油应当从本县粮油企业采购。",     // duty, county
			"园区内项目的钢材只能向市内厂家订购。",        // exclusivity, 市内 after 向
			"使用本地企业生产的建材比例不得低于百分之七十。",   // a share
			"全市保障房项目必须选用本省企业的电梯。",       // the verb before the place
			"本区医疗机构所需耗材原则上优先从区内供应商处购买。", // priority
		},
		[]string{
			"采购人可以自主选择本地或者外地供应商。",  // free choice
			"企业应当向本市税务机关申报纳税。",     // an authority, not a seller
			"保税区内企业生产的产品应当出口。",     // 区内 inside a word
			"不得要求采购人从本地供应商处采购。",    // ban on the authority
			"鼓励消费者自愿选购各地农产品，不限产地。", // free choice of goods
		}},
	{"fourth push: picked operators' taxes, fees and factors; prices and shares set together (第十条, 第十一条)", review.FairCompetition,
		[]string{
			"对列入区级龙头企业名单的企业，免征三年城镇土地使用税。", // a listed class, tax
			"对新落户的重点企业，用水价格按每立方米二元执行。",    // factor price, picked
			"县属国有公司使用的办公用房，租金按市场价的一半收取。",  // ownership, rent
			"某物流集团子公司的用电，按农业生产用电价格执行。",    // a named firm, factor
			"对招商引资项目，城市基础设施配套费全免。",        // a fee waived
			"由县财政代缴引进企业员工的社会保险费。",         // paid by the treasury
			"市交通局召集全市驾校统一上调培训收费标准。",       // prices set together
			"县水泥企业按照县经信局分配的指标组织生产。",       // output handed out
			"行业协会确定的份额在会员企业之间分配。",         // shares handed out
		},
		[]string{
			"居民生活用水价格按每立方米三元执行。",        // no picked class
			"对符合条件的小微企业，按照国家规定减半征收房产税。", // national, for all
			"对所有企业的行政事业性收费，按国家规定标准执行。",  // all
			"市发展改革委按照定价目录统一制定供水价格。",     // a price the law lets it set
			"各地应当按照省下达的能耗指标组织企业生产。",     // energy quota, not a cartel
			"企业自主确定商品价格，不得组织经营者统一确定价格。", // ban
		}},
	{"fourth push: a local body's consent to an operator's business (第八条第（一）项)", review.FairCompetition,
		[]string{
			"网约车平台公司开展经营前，须向区交通局申请备案核准。",        // before opening, 向
			"要求电竞酒店营业前报经街道审批。",                  // 报经 without a duty word
			"药店变更经营范围的，须经县市场监管局同意。",             // a business act, then the consent
			"物业服务企业的收费标准调整，须提前十五日报镇政府同意。",       // a term between duty and step
			"各养老机构的服务价格应当报区民政局审定后执行。",           // consent, then what is done
			"开展废旧物资回收的，须到县商务局办理登记，经审核同意后方可经营。",  // sent to a body, consent in the next clause
			"某县在《关于规范婚庆服务的通知》中，对开办婚庆公司设置了前置审批。", // reported
		},
		[]string{
			"申请补贴的企业须经区财政局审核。",                            // a subsidy, no business act
			"企业转让国有产权的，须经区国资委批准。",                         // state assets: the law's own
			"从事第三类医疗器械生产的，应当向所在地省、自治区、直辖市药品监督管理部门申请生产许可。", // the tiers a law names
			"企业可以向区政务服务中心咨询办理流程。",                         // a right, no duty
			"不得要求企业开业前报经街道审批。",                            // ban on the authority
		}},
	{"fourth push: who a ban on setting binds", review.FairCompetition,
		nil,
		[]string{
			"不得在道路、车站、港口或者本行政区域边界设置关卡，阻碍外地商品进入或者本地商品运出。", // F19's false alarm: the ban is the authority's
			"各地不得在招标文件中设定排斥外地企业的条件，限制外地企业参加投标。",          // the same, 设定
		}},
	{"fourth push: a supplier the authority chose or owns (第八条第（三）项, 《反垄断法》第三十九条)", review.FairCompetition,
		[]string{
			"新建小区的电梯维保应当选用县住建局推荐的维保企业。",  // recommended by a county body
			"入园企业的污水检测，须委托园区管委会认定的检测公司。", // a park's own pick
			"由市城管局招募的三家保洁公司分片承担道路清扫。",    // 由…招募的 N 家
			"参加培训的学员须到区人社局下属的培训公司报名。",    // a body's subsidiary
			"全县中小学的校服统一从县教育局所属的服装公司采购。",  // the same, 所属
			"各乡镇卫生院原则上使用某软件公司开发的诊疗系统。",   // one provider's goods
		},
		[]string{
			"由国务院税务主管部门确定的企业印制发票。", // a function a law names
			"须使用经检验合格的计量器具。",       // a standard, no firm
			"学员可以自主选择培训机构报名。",      // free choice
			"不得要求企业选用行政机关推荐的中介机构。", // ban on the authority
		}},
	{"fourth push: grants, partnerships and money for one form of ownership (第八条第（二）项, 第十条)", review.FairCompetition,
		[]string{
			"全县河道采砂由县城投集团统一开采、统一销售。",      // one firm runs the whole business
			"城区公共停车泊位的收费权授予区属国有公司独家行使。",   // a right handed over
			"社会资本参与供水项目的，须与县属国有企业合资经营。",   // a partnership it must be in
			"市财政安排专项资金，专门用于支持市属国有企业技术改造。", // money for one form of ownership
		},
		[]string{
			"国有企业应当依法建立健全内部监督管理制度。", // ownership named, no term
			"各类所有制企业平等参与项目建设。",      // equal treatment
		}},
	{"fourth push: presence in a place, exits and outflows (第九条)", review.FairCompetition,
		[]string{
			"投标人须在本县有固定经营场所。",            // premises, relative place
			"申请人在杨浦区有自有房产的，评审加三分。",       // a district named, a score
			"承接本市养老服务项目的社会组织须在本市民政局登记。",  // registered with a local body
			"仅接受在粤注册的施工企业报名。",            // a province by one rune
			"申报单位应于浙依法设立三年以上。",           // the same, 于 and 依法
			"企业应在深依法纳税。",                 // a city by one rune
			"严禁本市生产的原煤销往省外。",             // a strict ban on outflow
			"本县培养的技工到县外就业的，须退还已享受的培训补贴。", // a worker leaving for elsewhere
			"入驻企业变更住所至园区以外的，须经管委会同意。",    // moving its seat
		},
		[]string{
			"企业变更住所的，应当依法办理变更登记。", // the law's own procedure
			"在新注册的企业可以享受开办费补助。",   // 在新 is "newly"
			"在深入调研的基础上制定本办法。",     // 在深 in a word
			"企业可以在本县以外设立分支机构。",    // freedom
			"本市居民可以到县外就业。",        // no bind
		}},
	{"fourth push, second round: prices set together, cheaper land, raised charges, local suppliers", review.FairCompetition,
		[]string{
			"某市交通局召集本市出租车公司，统一将起步价上调至12元。",       // the price raised as one
			"县住建局要求全县商品混凝土企业按照统一的价格销售。",          // one price to sell at
			"对列入市重点项目的企业，土地出让价格按基准地价的七折执行。",      // land at a share of the price
			"对外地企业在本市的充电站，电价按工商业电价上浮20%执行。",      // a price raised for outsiders
			"某县要求县内建设项目使用的商品混凝土必须由县内搅拌站供应。",      // local plants only
			"某县规定，申请网约车经营许可的企业须在本县拥有不少于50辆自有车辆。", // assets held in the place
		},
		[]string{
			"对进入本市的外地运输车辆，不得收取任何额外费用。",      // the ban is the authority's
			"外地来本县投资的企业，可以按规定申请各项扶持政策。",     // incomers left free
			"外省建筑企业进入本省承揽业务的，实行告知承诺制，无需备案。", // nothing more asked
			"本市鼓励机关食堂采购农产品，采购人可以自主选择供应商。",   // a free choice
			"行业协会不得组织会员统一价格。",               // ban on the association
			"投标人在本市有无固定经营场所，不作为评审因素。",       // not a condition
			"外地生产的食品进入本市销售的，应当符合食品安全国家标准。",  // the national standard
			"对符合条件的企业，用电价格按国家规定的目录电价执行。",    // the state's price
			"各经营者应当自主确定商品价格，明码标价。",          // the operators' own price
			"县内砂石资源依法通过公开拍卖方式出让采矿权。",        // competition
		}},
	{"fourth push, third round: reported measures across the statute's items", review.FairCompetition,
		[]string{
			"某县对在县城新开办的超市，要求与县供销社签订合作协议后方可营业。",    // a contract with one body first
			"某区规定，区内餐饮企业的厨余垃圾只能交由区环卫公司收运。",        // one firm collects
			"湖北省某县规定，在县外购买的农机具不享受县级农机购置补贴。",       // goods bought elsewhere denied
			"工程项目的钢材应从省内钢厂采购。",                    // a province's mills only
			"县城投公司开发的楼盘，契税由县财政补贴50%。",             // a tax paid for one firm
			"某镇规定镇内的建材市场只允许本镇居民开办的商户入驻。",          // only the town's own
			"2023年，某县发展改革局在某项目招标文件中要求投标人在黔东南州注册。", // an autonomous prefecture
			"在延边注册的企业申报项目时可加5分。",                  // its short form, a score
			"入围企业仅限于在江苏省内设有生产基地的企业。",              // a province, a base
		},
		[]string{
			"在县外购买的农机具，同样可以申请县级农机购置补贴。", // the same benefit
			"外省企业可以在本省设立分支机构，无需另行审批。",   // nothing more asked
			"只有依法取得营业执照的经营者才能从事经营活动。",   // the law's own licence
			"购买首套住房的家庭，契税按1%征收。",        // a tax rate for households
			"各单位可以从省内外厂家自主采购设备。",        // free choice
			"生活垃圾应当交由具备资质的企业收运。",        // any qualified firm
			"本市户籍居民可以免费参观市博物馆。",         // not a market
			"县外生产的建材经检测合格的，可以在本县工程中使用。", // admitted on a test all pass
		}},
	{"fourth push, fourth round: the 实施细则's forms (敏感信息, 环保标准, 住房公积金, 纳入许可, 重新培训)", review.FairCompetition,
		[]string{
			"某县要求辖区内成品油经营企业每月报送进货价格和销售价格，并在行业协会内部通报。", // costs and prices passed among them
			"某市商务局要求各汽车4S店每周报送销量和成本数据，汇总后发给各店参考定价。",   // the same, 发给各
			"对某化工企业放宽污染物排放标准，允许其超标排放至2025年底。",         // a standard relaxed for one firm
			"对新引进的重点企业，前三年缓缴住房公积金。",                   // housing fund deferred for the picked
			"某地将本不属于许可事项的洗染服务纳入行政许可管理。",               // a licence made by a document
			"某市对网约车平台公司设置了高于国家规定的准入条件。",               // a condition above the state's
			"某县将养老服务补贴仅发放给县内公办养老机构。",                  // a benefit only public local ones get
			"某县在招商引资协议中承诺，县内同类项目不再引进其他企业。",            // an agreement keeping others out
			"某区要求辖区企业的安全培训必须由区安全协会组织，其他机构培训不予认可。",     // others not recognised
			"某县规定，外地驾校学员须在本县驾校重新培训后方可参加考试。",           // trained again
		},
		[]string{
			"企业应当按照规定向统计部门报送产量和销售数据。",       // statistics, not shared
			"经营者应当向价格主管部门报送定价成本资料。",         // cost review by the authority
			"职工住房公积金的缴存比例不得低于百分之五。",         // the fund's own rule
			"不得将行政许可以外的事项纳入行政许可管理。",         // ban on the authority
			"对公办幼儿园和普惠性民办幼儿园给予同等生均补助。",      // equal treatment
			"外地律师事务所在本市设立分所的，与本市律师事务所同等对待。", // equal treatment
			"企业排放污染物不得超过国家规定的排放标准。",         // the standard for all
		}},
	{"fourth push, fifth round: market access as the negative-list bulletins tell it", review.FairCompetition,
		[]string{
			"某县应急管理局在烟花爆竹零售许可中，规定每个乡镇只批准设立两个零售点。",     // approvals capped
			"某区商务局规定，回收站点的设立须符合区商务局编制的布局规划，规划外的不予备案。", // outlets kept to the authority's plan
			"某县教育局要求民办培训机构的办学场地面积不少于五百平方米，远高于省级标准。",   // a threshold above the standard
			"某市文旅局规定，旅行社设立分社须经市文旅局审核同意。",              // a local consent to a branch
			"某县自然资源局要求测绘单位在本县承接业务前须到该局登记备案。",          // a local filing before working there
			"某县农业农村局规定，兽药经营企业须从县兽药协会统一进货。",            // buying through an association
			"某市住建局要求建筑业企业资质申请人的技术负责人必须具有本市职称证书。",      // a credential of the place
		},
		[]string{
			"旅行社设立分社的，应当依法向分社所在地的文化和旅游主管部门备案。", // the law's own filing
			"民宿开业前须向乡镇政府备案。",                   // a filing before opening anywhere
			"经营者应当从合法渠道进货，并查验供货者的许可证明。",        // any lawful seller
			"办学场地面积不少于五百平方米，符合省级标准。",           // within the standard
			"申请人应当具有相应的职业资格证书。",                // any credential
			"本市不对分社设立设置任何审批。",                  // none set
		}},
	// Sixth round: the concepts of the fourth push again, with other places
	// (广西, 四川省, 海口市, 延边州), operators as the subject of 不得, and the
	// same measures written lawfully.
	{"fourth push, sixth round: other places, operators under 不得", review.FairCompetition,
		[]string{
			"广西某县要求县内学校的营养餐食材全部从县内企业采购。",
			"保障房项目所用门窗须从四川省内企业采购。",
			"施工单位不得使用县外厂家生产的砖瓦。",
			"中标人不得从市外供应商处采购苗木。",
			"供应商不得将外省生产的设备用于本项目。",
			"市内超市销售的本地农产品比例应不低于三成。",
			"对外地运来的活禽，每车收取检疫服务费二百元。",
			"从外县调入的生猪，须在县指定屠宰场屠宰。",
			"外地车辆在本区装卸货物的，每次收取管理费五十元，本区车辆不收。",
			"海口市对外地旅行社组团来琼的，额外收取质量保证金。",
			"对延边州外的药品批发企业，每季度开展专项检查。",
			"各乡镇的垃圾清运统一委托县环卫集团承担。",
			"入驻企业应当使用园区管委会推荐的物流企业。",
			"由区商务局认定的三家超市负责全区消费券核销。",
			"本镇蔬菜批发市场只允许本镇户籍人员经营。",
			"对县属国有企业的自来水价格按成本价的一半收取。",
			"对市交投集团下属公司的工业用地，按基准地价的五折出让。",
			"区教育局组织全区民办幼儿园协商确定保教费标准。",
			"市商务局要求各加油站报送每日油价并在微信群内共享。",
			"县政府召集全县水泥企业，按县经信局分配的产量指标组织生产。",
			"某区在《关于规范民宿发展的意见》中规定，民宿开业前须报经街道审核同意。",
			"某市规定，网约车平台调整计价规则，须提前三十日报市交通局同意。",
			"某县规定，农资经营户变更经营地址的，须经县农业农村局同意。",
		},
		[]string{
			"学校可以自主采购食材，不得指定供应商。",
			"采购人不得限定供应商的所在地。",
			"施工单位应当使用符合国家标准的砖瓦。",
			"中标人可以从任何供应商处采购苗木。",
			"任何单位不得对外地商品收取检疫服务费以外的费用。",
			"外地车辆和本区车辆统一按每次五十元收取装卸管理费。",
			"对所有药品批发企业，每季度开展一次专项检查。",
			"各乡镇的垃圾清运通过公开招标确定承担企业。",
			"入驻企业可以自主选择物流企业。",
			"本镇蔬菜批发市场向所有经营者开放。",
			"自来水价格按照政府定价执行。",
			"幼儿园保教费标准由幼儿园自主确定，报教育部门备案。",
			"各加油站应当明码标价。",
			"水泥企业应当按照国家产业政策组织生产。",
			"民宿开业前应当依法办理营业执照。",
			"网约车平台调整计价规则的，应当提前向社会公布。",
			"农资经营户变更经营地址的，应当依法办理变更登记。",
		}},
	// Seventh round: the items of 第八–十一条 not yet varied (rights sold,
	// gaps between outlets, public money at one bank, gifts demanded, a price
	// kept from moving, goods bought by the authority for operators).
	{"fourth push, seventh round: items not yet varied", review.FairCompetition,
		[]string{
			"县城区出租车经营权无偿授予县公交公司，期限二十年。",
			"某市将全市户外广告位的经营权出让给市文旅集团，未经招标。",
			"某县规定农贸市场的建设和经营由县供销社独家负责。",
			"本区新建住宅小区的光纤入户工程由区广电网络公司统一建设。",
			"暂停受理本区新的小额贷款公司设立申请。",
			"某县规定，新申请的砂石经营户须与现有经营户间隔五公里以上。",
			"在全市范围内暂停新增网约车运输证。",
			"本县规定外地人才在县内企业工作满五年方可办理落户。",
			"县内企业招用县外务工人员的，须向县人社局报备并缴纳管理费。",
			"本市企业的技术成果须优先在本市转化，向市外转让的须经市科技局同意。",
			"县财政资金只能存放在县农村商业银行。",
			"对存放财政资金的银行，按存款额给予贷款规模倾斜的，仅限本县法人银行。",
			"要求施工企业向县慈善总会捐赠项目金额的千分之五。",
			"企业参加县级评优须缴纳评审费三千元。",
			"对县内企业的电费实行财政补贴，县外企业在县内的项目不享受。",
			"要求辖区内的快递网点统一使用某公司的智能快递柜。",
			"县住建局要求商品房销售价格备案后不得下调。",
			"区政府要求辖区内的餐饮企业统一从区食材配送中心进货。",
			"县交通局要求客运企业的新增车辆须由县交通局统一采购。",
		},
		[]string{
			"国有资产的经营权出让应当通过公开招标方式进行。",
			"市政道路由区城投公司统一建设，资金纳入财政预算，施工单位通过招标确定。",
			"新设药店与现有药店的间隔距离不作限制。",
			"财政资金存放银行通过竞争性方式确定。",
			"鼓励企业自愿向慈善组织捐赠。",
			"慈善组织可以接受企业捐赠。",
			"经营者不得擅自上调政府定价商品的价格。",
			"商品房销售价格可以根据市场情况自主调整。",
			"机关办公设备须由县财政局统一采购。",
			"企业应当按照合同约定支付款项。",
		}},
	// A restriction denied (不设排他性条款, 不作为前置条件, 不指定, 不限品牌)
	// is none; the same sentences asserting it are.
	{"fourth push: restrictions denied", review.FairCompetition,
		[]string{
			"区政府与某公司签署合作框架协议，约定区内同类项目不再引进其他企业。",
			"备案作为企业开展经营活动的前置条件。",
			"对购买节能家电的居民给予补贴，但限定在县内指定商场购买。",
			"居民在本县购买本县企业生产的新能源汽车方可申领补贴。",
		},
		[]string{
			"区政府与某大学签署合作框架协议，双方约定不设排他性条款。",
			"登记不作为企业开展经营活动的前置条件。",
			"对购买节能家电的居民给予补贴，不指定销售企业和品牌。",
			"居民在本县购买新能源汽车均可申领补贴，不限品牌。",
		}},
	// A measure the sentence says was deleted (已删除…, “…”的表述…予以删除)
	// is a report of its correction; one reported and then said to be put
	// right (…，目前已整改) is still reported.
	{"fourth push: measures said to be deleted", review.FairCompetition,
		[]string{
			"某县要求投标人在本县设立分公司，目前已整改。",
			"该区规定在本区纳税的企业方可享受补贴，经督促后已修改。",
			"经查，文件中规定“外地车辆进入本市批发市场加收进场费”。",
		},
		[]string{
			"该县已删除“投标人须在本县设立分公司”的条款。",
			"起草单位根据审查意见，将“优先采购本地企业产品”的表述予以删除。",
			"该区已修改将本区纳税作为享受补贴条件的规定。",
			"经审查，文件中“外地车辆加收进场费”的内容已经废止。",
		}},
	// Eighth round: the fourth push's concepts in the reported form (某局在
	// 《…》中要求…, 在…中规定), with lawful twins.
	{"fourth push, eighth round: the reported form", review.FairCompetition,
		[]string{
			"某县住建局在《关于加强建材市场管理的通知》中要求，外地建材运输车辆进入县城须缴纳道路维护费。",
			"某市在文件中规定，对外地来本市参展的企业收取展位附加费，本市企业免收。",
			"某区市场监管局在执法中对外地食品企业每月抽检两次，对本区企业每季度抽检一次。",
			"某县在农贸市场改造中要求，市场内摊位优先出租给本县户籍经营户。",
			"某市教育局在通知中要求，各校校服面料须采购本市纺织企业产品。",
			"某县在乡村振兴项目中规定，项目所需水泥必须采购县内水泥厂产品。",
			"某区在招商政策中规定，对区属国有企业新建项目的土地出让金按50%收取。",
			"某市在文件中明确，对市城投集团的工业用水按居民用水价格执行。",
			"某县在扶持政策中规定，对列入县级重点企业名单的企业，免收三年城市基础设施配套费。",
			"某市住建局在会议中要求全市商品混凝土企业统一执行每立方米不低于四百元的销售价格。",
			"某县行业协会在县发改局指导下，组织会员企业按比例分配全县砂石销售份额。",
			"某区交通局在会议上要求全区驾校统一上调培训费至四千元。",
			"某县商务局要求全县加油站每日报送油品进价，并在县加油站协会群内通报。",
			"某市在文件中要求网约车平台公司开展业务前须报市交通局审批。",
			"某镇在通知中要求，镇内商户开业前须经镇政府同意。",
			"某县规定，农家乐经营户转让经营权的，须报乡镇政府审核同意。",
			"某区在物业管理办法中规定，物业服务企业调整收费标准须经街道审定后执行。",
			"某市在文件中规定，公共机构的充电设施统一由市电力公司下属的充电公司建设运营。",
			"某县要求新建小区的电梯统一向县住建局推荐的三家电梯公司采购。",
			"某区要求辖区内学校统一到区教育局所属的服装厂订制校服。",
		},
		[]string{
			"市场内摊位通过公开竞价方式出租，不限经营户户籍。",
			"土地出让金按照国家规定的标准收取。",
			"各加油站应当按规定向价格主管部门报送油品价格。",
			"学生可以自愿购买校服，不得统一指定生产厂家。",
			"外地企业参展与本市企业执行同一收费标准。",
		}},
	// Ninth round: one fresh sentence for each family of the statute's items
	// (procurement, approvals, taxes, designation, filings, exits, reported
	// cases, prices, goods of elsewhere), with lawful twins.
	{"fourth push, ninth round: one more per family", review.FairCompetition,
		[]string{
			"采购文件规定，供应商近三年在南宁市范围内有同类项目业绩的方可参加投标。",
			"本项目评标办法中，投标人在本市纳税满两年的加二分。",
			"投标人须提供由本县社保部门出具的社保缴纳证明。",
			"某区在物业服务采购中，将“在本区设有办公场所”列为实质性条件。",
			"本次比选仅限黔南州内的设计单位参加。",
			"对本县注册的企业，投标报价给予百分之五的价格扣除。",
			"民营医院新增床位须报县卫健局审批。",
			"开设电竞馆须先取得区文旅局的批准文件。",
			"某市规定，室外广告牌的设置须经市城管局逐一审批，未经审批的不予登记。",
			"对入驻孵化园的企业，前两年按其缴纳的增值税县级留成部分全额奖励。",
			"对县内龙头企业，免征三年城镇土地使用税。",
			"某县对新落户的上市公司，企业所得税实行“三免三减半”。",
			"学生体检由学校统一组织到县人民医院进行。",
			"各村的自来水管网改造统一交由县水务公司施工。",
			"医疗机构的药品须从市医药公司统一配送。",
			"小型餐饮店须到街道办事处备案并经现场核查合格后，方可申领营业执照。",
			"设立民办职业培训学校，须有自有产权的办学场所。",
			"申请开办养老机构的，须有五年以上养老服务经营经验。",
			"享受土地优惠的企业在十五年内变更注册地的，应当补缴土地出让金差价。",
			"企业外迁的，须事先征得县政府同意。",
			"2024年3月，某市商务局在拍卖行业管理中要求外地拍卖企业在本市开展业务须向该局报备并提交保证金。",
			"某县人民政府在《关于促进建筑业发展的意见》中规定，县内政府投资项目优先由本县建筑企业承建。",
			"某区在老旧小区改造项目中要求施工单位使用区内某公司生产的外墙保温材料。",
			"经查，某县交通运输局违规对出租车实行总量控制，且仅向县公交公司发放新增运力指标。",
			"某市住建局在房地产开发资质审批中，要求外地开发企业须在本市设立独立法人子公司。",
			"某县物价局对县燃气公司的管道燃气价格核定每立方米低于成本价。",
			"某区规定辖区内的幼儿园保育费一律不得超过每月八百元。",
			"要求全县砂石企业按照县砂石协会公布的指导价销售。",
			"外地产的瓶装水进入本县销售须贴县质监局监制的标签。",
			"对使用本地产煤炭的电厂，每吨给予二十元运输补贴。",
			"本县农民合作社收购的粮食须优先销售给县粮食收储公司。",
		},
		[]string{
			"医院新增床位应当符合区域卫生规划。",
			"学生可以自主选择到任何有资质的医院体检。",
			"医疗机构的药品通过省药品集中采购平台采购。",
			"开办民办学校须有与办学规模相适应的办学场所。",
			"养老机构负责人应当具有养老服务管理经验。",
			"砂石企业自主确定销售价格，行业协会不得制定指导价。",
			"农民合作社可以自主选择粮食收购企业。",
			"企业可以自主决定是否扩大经营规模。",
		}},
	{"fourth push: trade kept to one venue, a driver's residence", review.FairCompetition,
		[]string{
			"某市规定，二手车交易须在市二手车交易市场内进行，场外交易不予办理过户。",
			"某市要求网约车驾驶员须具有本市户籍。",
		},
		[]string{
			"二手车交易可以在交易市场内进行，也可以在场外进行。",
			"网约车驾驶员应当具有三年以上驾驶经历。",
			"证券交易须在证券交易所内进行，依照《证券法》执行。",
		}},
	// Look-alikes of the fourth push's frames and of older rules: equal
	// treatment said in other words (与本市企业同等, 本地车辆同样适用, 同等参与),
	// a benefit denied (不享受特殊优惠), a claw-back barred (不得收回), assets
	// that are a household's (拥有住房), a filing that is no condition.
	{"fourth push: look-alikes, second set", review.FairCompetition,
		nil,
		[]string{
			"投标人应当拥有与项目规模相适应的技术设备。",
			"企业自有车辆应当按规定进行年检。",
			"申请人在本市拥有住房的，不得申请公共租赁住房。",
			"对外地来本市务工人员子女，与本市户籍学生同等接受义务教育。",
			"外地企业在本市设立的分支机构，可以享受与本市企业同等的扶持政策。",
			"外地车辆进入本市，应当遵守本市限行规定，本地车辆同样适用。",
			"本县企业生产的农产品可以在全国市场自由流通。",
			"机关食堂采购食材，应当执行政府采购有关规定，不得限定供应商所在地。",
			"供应商所在地不作为评审因素。",
			"县城投公司参与项目建设，应当与其他企业平等竞争。",
			"市属国有企业应当依法缴纳各项税费，不享受特殊优惠。",
			"用电价格按照国家规定的分类电价执行。",
			"行业协会应当加强行业自律，不得组织会员企业统一价格。",
			"价格主管部门可以依法对重要商品实行价格干预措施。",
			"企业应当每月向统计部门报送产量、销量等统计数据。",
			"经营者应当遵守价格法律法规，不得相互串通操纵价格。",
			"二手车经营者开业前，应当依法办理市场主体登记。",
			"民宿经营者应当依法办理消防、卫生等手续。",
			"旅行社设立分社，应当依法向所在地旅游主管部门备案。",
			"申请人可以到任意有资质的检测机构进行检测。",
			"学校不得统一要求学生到指定医院体检。",
			"县内外供应商均可参与本次采购。",
			"在川注册的企业和外省企业同等参与政府采购。",
			"企业迁往外地的，不得收回已兑现的奖励资金。",
			"外地生产的商品，其检验标准与本地商品相同。",
			"对外地企业和本地企业实行同样的检查频次。",
			"政府采购中不得对外地供应商设置歧视性条件。",
			"所有加油站的油品价格实行市场调节价，由经营者自主制定。",
			"本市对网约车平台实行备案管理，备案不作为开展经营的前置条件。",
		}},
	// Procurement (第九条第（三）项) with places of every tier from the
	// gazetteer: a prefecture, a province and its capital, a district's short
	// form, a district, an autonomous region, a league, an autonomous
	// prefecture's short form; a score in Chinese numerals.
	{"fourth push: procurement across the gazetteer", review.FairCompetition,
		[]string{
			"投标人须具有在昆明市行政区域内承接同类工程的业绩。",
			"供应商须为注册地在河北省石家庄市的法人企业。",
			"本项目仅限在鄞州注册的物业企业参与。",
			"参与竞标的企业应当在嘉兴市秀洲区设有固定办公场所。",
			"投标人在黄浦区缴纳社保人数达到二十人以上的得三分。",
			"投标人近三年在宁夏回族自治区内完成过同类项目的，每个加一分。",
			"供应商须在合同签订前在锡林郭勒盟设立分公司。",
			"对注册在大理州的投标人，评标价下浮百分之三。",
			"本次采购要求投标人取得长沙市住建局颁发的信用评价等级证书。",
			"在成都市温江区纳税的供应商，商务分加五分。",
		},
		[]string{
			"用人单位应当依法为职工缴纳社会保险费。",
			"在本市参保的职工可以按规定享受医疗保险待遇。",
			"投标人的业绩不限地域，每个同类项目加一分。",
			"评分办法中，服务方案优秀的得五分。",
		}},
	{"fourth push: exits, agreements and pools once more", review.FairCompetition,
		[]string{
			"获得本市人才公寓的企业，五年内将注册地迁出的，须按市场价补缴租金。",
			"企业申请注销前，须经县工信局出具无欠款证明。",
			"对承诺在本市经营满十年的企业，方可给予用地优惠。",
			"区政府与某外卖平台签署战略合作备忘录，约定该平台在本区享有独家配送权。",
			"县政府与某燃气公司签订协议，承诺十年内不向其他燃气企业发放经营许可。",
			"市政府与某银行签订合作协议，约定全市社保卡只能由该银行发行。",
			"某区建立物业服务企业推荐名录，住宅小区选聘物业只能从名录中选择。",
			"某县设立工程造价咨询机构备选库，政府投资项目的造价咨询只能委托库内机构。",
			"某市公布家政服务推荐企业名单，机关单位购买家政服务仅限名单内企业。",
			"各单位的法律顾问须从市司法局公布的律师事务所名录中选聘。",
			"某区将入围企业名单作为参与区内保障房建设的必要条件。",
		},
		[]string{
			"企业可以根据经营需要自主决定增加或者减少投资。",
			"区政府与某高校签订合作协议，共建实验室，不涉及排他性安排。",
			"推荐名录仅供参考，不作为参与项目的必要条件。",
			"县政府与某企业签订招商协议，约定项目由该企业自行投资建设。",
		}},
	{"fourth push: associations, documents that set the measure, markets shared, discriminatory credentials", review.FairCompetition,
		[]string{
			"全市家政服务企业须加入市家政服务业协会，并使用协会统一的服务合同文本。",
			"申请出租车经营权的企业，须持有市出租汽车协会出具的推荐函。",
			"从事二手房中介的机构，须经区房地产中介协会评定合格后方可执业。",
			"某县人民政府办公室印发通知，规定县内工程项目的混凝土一律由县城投公司下属搅拌站供应。",
			"某市以会议纪要形式明确，全市城市道路照明工程由市路灯管理所下属公司承建。",
			"某区经信局召集区内三家水泥企业协商，约定各自的销售区域互不交叉。",
			"县政府组织县内砖厂统一停产限产，并按县政府确定的价格统一销售。",
			"县政府组织县内砖厂按县政府确定的价格统一销售。",
			"评标办法规定，投标人获得过本省“优质工程奖”的加三分，获得外省同类奖项的不加分。",
			"招标文件要求，项目经理须持有本市建设主管部门核发的安全考核合格证。",
			"资格条件要求投标人的技术人员须参加过本市组织的专项培训。",
		},
		[]string{
			"家政服务企业可以自愿加入行业协会。",
			"申请人可以提交行业协会出具的推荐意见作为参考，不作为必要条件。",
			"二手房中介机构应当依法备案。",
			"水泥企业自主确定销售区域和价格。",
			"县政府组织县内企业开展安全生产培训。",
			"投标人获得的省级以上奖项均可加分，不区分颁奖地区。",
			"技术人员应当参加过专业技术培训。",
			"重污染天气期间，企业应当按照应急预案统一停产限产。",
		}},
	{"fourth push: a guesthouse for all receptions, servers kept in the place", review.FairCompetition,
		[]string{
			"全县机关单位的公务接待统一安排在县政府招待所。",
			"某市规定，在本市从事互联网医疗服务的企业须将服务器设在本市。",
		},
		[]string{
			"会议代表统一安排在会场附近住宿，由代表自行选择酒店。",
			"企业应当采取措施保障服务器安全。",
			"数据中心建设应当符合国家标准。",
		}},
	// Issue 12, retellings (rules 2026.12.13): each concept the third blind
	// set's dev half told in other words than the look narratives, in
	// sentences of our own. The synonyms are the statutes' and the
	// bulletins' wording of one idea, never a word of one text.
	{"retold: exclusivity promised, incumbents kept (第八条第（二）项)", review.FairCompetition,
		[]string{
			"协议约定，在合作期内甲方不在全市范围内引进其他同类充电桩运营商。", // promise, place inside
			"特许经营期内，县政府不再引入其他管道燃气企业。",          // the authority its subject
			"合同签订后，市城管局承诺不再引进其他共享电单车品牌。",       // brands
			"经公开招标选定一家企业独家运营，合同约定期内不再引入其他运营商。", // a tender does not excuse the promise
			"本县城乡公交线路暂不受理新的经营申请，由现有运营企业继续经营。",  // entry put off, incumbents kept
			"在运力评估完成前，暂不组织新的出租车经营者遴选。",         // competition put off
			"垃圾清运特许经营期满后，仍由原有三家公司继续运营。",        // incumbents, reported
			"本区殡葬服务继续由现有两家企业经营。",               // the other order
		},
		[]string{
			"引入其他社会资本参与项目建设的，应当依法公开招标。", // no promise
			"鼓励引进其他地区的优质企业来本市投资。",       // an invitation
			"原有企业继续经营的，应当于六个月内完成改造。",    // a condition's subject
			"现有企业可以继续经营，新企业可以依法申请进入。",   // a right, newcomers free
			"经公开招标确定一家企业运营全市公共自行车系统。",   // a tender, nothing promised (a public service bought, not a market: F36)
		}},
	{"retold: a business handed over without a choice (第八条第（三）项)", review.FairCompetition,
		[]string{
			"单项合同估算价200万元以下的维修工程直接交由市属国有企业承担。",        // direct hand-over
			"经区政府常务会议研究，全区学校食堂食材配送全部交给会议确定的三家配送企业承担。", // a meeting's choice
			"全县加油站应当从县石油公司购进成品油。",                     // a plain duty to buy from a local firm
			"各乡镇卫生院应向市医药公司采购药品。",                      // the same, 向
			"只对区属国有企业投资的孵化器给予补助，民营企业享受不到同等待遇。",        // equality denied is no equality
		},
		[]string{
			"案件直接交由公安机关办理。",                // an authority, no operator
			"会议确定的事项由各部门负责落实。",             // a meeting's decision, no firm
			"药品经营企业应当从具有药品生产、经营资格的企业购进药品。", // a qualification, no firm named
			"对各类所有制企业投资的孵化器同等给予补助。",        // equal treatment
		}},
	{"retold: tender documents on the spot, preference in other words, pools (第九条, 第十条)", review.FairCompetition,
		[]string{
			"潜在供应商须到采购代理机构现场报名并购买采购文件。",    // on-site registration and purchase
			"招标文件发售方式：仅限现场购买。",             // the document's form
			"采购人应先行选购区内企业生产的产品。",           // 先行 for 优先, 选购 for 采购
			"列入市级专精特新培育库的企业，优先安排技术改造补助资金。", // the authority's pool first for money
			"对入池企业，市财政风险补偿资金优先予以覆盖。",       // the same, other order
		},
		[]string{
			"采购文件可通过网上下载或现场领取。",      // a choice
			"不得要求供应商现场报名或者现场购买招标文件。", // ban on the authority
			"鼓励消费者选购区内外各类企业生产的优质产品。", // no duty, no priority
			"入库企业平等享受各项扶持政策。",        // equal treatment
		}},
	{"retold: an association or a working group before the licence (第八条第（一）项)", review.FairCompetition,
		[]string{
			"物业服务企业应当先到市物业管理协会备案，凭协会出具的备案回执申请资质。",           // association first
			"把向县商会登记作为企业申领道路运输证的前提。",                        // 前提 without 条件
			"新开办的网吧须先经县文旅工作专班对场所、消防、治安等情况逐项核查并集体评审通过，才予办理。", // a working group's review first
			"县住建、税务部门联合要求外地企业在本县设立子公司，否则取消中标资格。",            // a tax office among the actors
			"该做法排斥了其他经营者参与竞争。",                              // the harm as a verb
		},
		[]string{
			"会员单位应当向协会报送年度报告。",        // a member's duty
			"备案不作为企业开展经营活动的前提。",       // said not to be a precondition
			"在本县设立的企业应当向县税务部门办理税务登记。", // dealings with the tax office
			"维修人员排除了故障，设备恢复正常经营使用。",   // 排除了, no harm
		}},
	{"retold, second set: exits by will, places after 仅, shops, accounts, filings (第八条, 第九条, 第十条)", review.FairCompetition,
		[]string{
			"入驻企业不得擅自迁离园区，否则收回全部奖励。",          // the operator's own will
			"签约企业十年内不得随意迁出本县。",                // the same, a term
			"仅市内注册的监理企业可申请入库。",                // a place after 仅
			"消费者须在指定的三家门店购买，方可领取补贴。",          // shops designated
			"全县学生意外伤害保险统一在某保险公司投保。",           // a service taken at one firm
			"各单位财政专户应当开设在县农村商业银行。",            // public accounts at a named bank
			"殡葬用品统一由县殡仪馆供应，丧属不得自带或者从其他经营者购买。", // buyers barred from other sellers
			"辖区内财政资金由县农商行存放，其他商业银行不得参与竞争性存放。", // other banks barred
			"未取得备案确认书的经营者，不得在本市销售电动自行车。",      // a filing that is a licence
			"不符合区域规划和间距要求的诊所，不予备案。",           // a filing that can be refused
			"该要求排斥了其他品牌的供应商。",                 // the harm as a verb
		},
		[]string{
			"各地不得擅自限制企业迁出。",                   // ban on the authority
			"不仅市内企业，外地企业也可申请入库。",              // no tie
			"消费者可自行选择门店购买。",                   // free choice
			"各类保险的投保须知统一在政务服务网公布。",            // a notice, no firm
			"财政专户应当开设在依法设立的商业银行，由财政部门公开竞争选择。", // no bank named
			"不得限制消费者从其他经营者处购买商品。",             // ban on the authority
			"未取得备案的，可以补办。",                    // no ban
			"不符合第二条规定的，不予备案。",                 // a law's own scope
		}},
	{"retold, third set: premises owned outright, a zone closed to newcomers (第八条第（一）、（四）项)", review.FairCompetition,
		[]string{
			"申请人的经营场所房产证须登记在本人独有名下。",        // whose name the premises stand in
			"摊位申请人须提交不动产权证书，租赁或共有房屋不予受理。",   // renters turned away, other order
			"老城区主干道两侧不再新增网吧、棋牌室等经营单位。",      // a zone closed to newcomers
			"自本通知印发之日起，县城规划区内不再审批新的砂石经营企业。", // the same, an approval refused
		},
		[]string{
			"经营场所为租赁房屋的，应当提交租赁合同。", // renters accepted
			"共有房屋的处分，应当经全体共有人同意。",  // property law
			"本市不再新增行政审批事项。",        // the authority limits itself
			"不再审批的事项，由市场主体依法自主决定。", // a freedom
		}},
	{"second blind set's dev half: 机构 as operators, 财力贡献, cartels told as reports, prices held (第九条–第十一条)", review.FairCompetition,
		[]string{
			"仅省内注册的评估机构可以申请纳入中介服务名录。",          // 机构, a place after 仅
			"按企业对县级财力贡献的60%给予奖励。",              // 财力贡献
			"县商务局召集辖区加油站经营者协商，约定一致价格对外销售。",     // a price agreed under an authority
			"市交通局组织出租车企业开会，划定各公司营运片区。",         // areas shared out
			"经查，某区组织物流企业签订协议划分配送片区，违反了《反垄断法》。", // a report citing the law broken
			"农贸市场内的商户不得擅自降价销售猪肉。",              // sellers barred from moving the price
			"申请进入全市评估机构备选库的，注册资本不低于1000万元。",    // a threshold for a pool
		},
		[]string{
			"不得限定仅省内注册的评估机构申请入库。",  // ban on the authority
			"县反垄断执法机构依法调查划分市场的行为。", // antitrust work
			"划定禁养区域，由县政府公布。",       // a zone, no operators
			"商户可以自主决定降价促销。",        // a freedom
			"各地要按照本地财力状况给予适当补助。",   // 财力, no contribution
		}},
	{"own sentences across the statute's items, second look", review.FairCompetition,
		[]string{
			"全县中小学校服一律从教育局推荐的三家厂商中采购。",   // a choice among N makers
			"本市对外省籍驾驶员从业资格证实行重新考试。",      // outsiders' people burdened
			"区内商业综合体的保洁服务应当委托区城投物业公司承担。", // a local firm entrusted by a plain duty
		},
		[]string{
			"采购人应当委托具有资质的代理机构办理采购事宜。", // no firm named
			"外省籍驾驶员与本地驾驶员享受同等待遇。",     // equal treatment
		}},
	{"own sentences in a bulletin's voice (reported acts)", review.FairCompetition,
		[]string{
			"某区教育局长期指定一家旅行社承办全区中小学研学活动，其他旅行社无法参与。",           // a count names the operator
			"某区商务局在发放消费券时，限定只能在区内三家大型商超使用。",                  // the same, shops
			"某市卫健委要求社会办医疗机构设置前须经卫健部门组织专家论证，论证通过后方予受理执业登记申请。", // a consent before the licence
			"某县市场监管局推行示范店认定，未获认定的商户不得参加县里组织的促销活动。",           // a recognition that is a licence
			"某市在出租车经营权配置中，只面向本市现有出租车企业进行分配。",                 // allocation kept to local operators
		},
		[]string{
			"各单位要指定专人负责，每家企业确定一名联络员。", // 指定专人, no operator chosen
			"本次招聘只面向本市户籍人员。",          // no operator
			"未获认定的，可以在下一年度重新申报。",      // no ban
			"重大建设项目须经专家论证。",           // a law's own kind of review
		}},
	{"own sentences in a bulletin's voice, second round", review.FairCompetition,
		[]string{
			"某市在全市学生营养餐配送项目中只邀请本市三家企业参与竞价。",   // 只邀请 a place
			"某县在光伏项目招标中，将是否在县内建有组件生产线作为评分因素。", // 建有, a score
			"某区规定新开设的生鲜超市与现有菜市场的距离不得少于500米。",  // a distance from a market
			"申报企业须在黔东南州境内建有生产基地。",             // a prefecture, 建有
			"供应商在本县设有售后网点的，商务分加3分。",           // a condition closed by 的, a score after
			"由县发改局统一制定全县停车场收费标准，各经营者不得自行定价。",  // one price set for all (第十一条)
		},
		[]string{
			"采购人应当邀请三家以上供应商参与竞争性谈判。",  // an invitation, no place
			"企业在县内建有生产线的，应当遵守安全生产规定。", // a duty, no condition on entry
			"菜市场的摊位之间应保持不少于1.5米的通道。",  // no operators apart
			"经营者应当依法自主制定价格并明码标价。",     // pricing left to the seller
		}},
	{"measure", review.Legality,
		[]string{
			"未按期整改的企业，由主管部门降低资质等级。",                        // 行政处罚法第九条
			"对拒不拆除的违法建筑，由街道组织代履行。",                         // 行政强制法第十二条
			"对拖欠物业费的业主，不予办理房屋交易手续。",                        // 国办发〔2018〕37号
			"对违规户的家庭，一律停发低保金。",                             // 国办发〔2018〕37号
			"机关工作人员参与赌博的，给予撤职处分。",                          // 政务处分法第七条
			"违反规定的出租车驾驶员，五年内不得从事出租汽车客运服务。",                 // 限制从业 by a term
			"对未按时缴纳社保的企业，降低其资质等级。",                         // the party named
			"转包工程的，由住建部门吊销其营业执照。",                          // the same, another penalty
			"对不配合垃圾分类的居民，记入个人诚信档案并在小区公示。",                  // a credit measure (国办发〔2020〕49号)
			"对闯红灯的行人，在媒体上曝光其姓名和照片。",                        // shaming
			"对焚烧秸秆的农户，没收其当年的种粮补贴。",                         // 没收 of a benefit
			"对违规派遣的企业，限制其两年内在本区承接劳务派遣业务。",                  // 限制开展生产经营活动
			"拒不修剪树木的，由社区安排人员代为修剪，所需费用向业主收取。",               // 代履行 told by its cost
			"逾期未缴纳停车费的，每日加收欠费额千分之五的滞纳金。",                   // 加处滞纳金 by another verb
			"新开办的养老机构须先经区民政局组织专家实地核查并评审通过，市场监管部门才予核发营业执照。", // a review before the licence
			"把到县物流行业协会备案作为快递企业办理车辆通行证的前提。",                 // 前提 without 条件
			"市住建局对物业服务企业实行备案管理，未经备案的企业不得承接物业项目。",           // a filing that is a licence, the party named
			"对拖欠农民工工资的企业，三年内禁止参加本县政府投资项目投标。",               // a bid ban for a term
			"将网约车驾驶员背景核查作为发放从业资格证的前置条件。",                   // 核查 made a precondition
			"施工企业办理施工许可前，须先取得区城管局出具的渣土消纳意见。",               // another body's word first
			"发现使用劣质燃料的餐馆，由区市场监管局责令停业整改。",                   // 责令停产停业 by another name
			"对不服从管理的人员，可将其带离并留置盘问。",                        // 限制人身自由
			"欠缴物业费的业主，暂不办理车辆出入登记。",                         // a service put off as a sanction
			"违规占道经营的摊贩，信息抄送其社区，并纳入个人信用档案。",                 // a second measure joined by 并
			"对在禁养区内养殖的，没收其饲养的畜禽。",                          // 没收 of what is the party's
			"对投诉较多的驾校，暂停其招收新学员三个月。",                        // a suspension of business
			"多次违规的网约车驾驶员，由交通部门强制送往培训基地学习。",                 // freedom restricted
			"存在拖欠工程款的企业，住建部门暂停向其发放施工许可。",                   // a service withheld
		},
		[]string{
			"对表现突出的单位，予以通报表扬。",
			"逾期不缴纳罚款的，依照《中华人民共和国行政强制法》的规定加处罚款。",
			"申请材料不齐全的，应当一次性告知需要补正的全部内容。",
			"公务员不得从事或者参与营利性活动。",                           // a duty, no term, no trigger
			"依照《中华人民共和国道路交通安全法》的规定，对严重失信的驾驶人记入信用档案。",      // a cited law
			"不得将未接种疫苗的人员列入黑名单。",                           // ban on the authority
			"依照《中华人民共和国道路运输条例》第六十八条的规定，驾驶员五年内不得从事道路运输经营。", // a cited regulation
			"依照《中华人民共和国税收征收管理法》的规定加收滞纳金。",                 // a cited law
			"任何单位不得没收农户的种粮补贴。",                            // ban on the authority
			"犯罪嫌疑人违反取保候审规定的，没收部分或者全部保证金。",                 // a procedure's own forfeiture
			"申请人可以先经专家评审，再向市场监管部门申请办理营业执照。",               // a choice, no condition
			"诚实守信是企业获得政府扶持的前提。",                           // no filing, no act
			"未经备案的企业，可以在补办备案后继续经营。",                       // no ban
			"投标人三年内的业绩应当真实。",                              // no ban
			"企业应当在责令停产整改期间落实安全措施。",                        // a measure named, not imposed
			"公安机关依照《中华人民共和国人民警察法》的规定留置盘问。",                // a cited law
			"申请人材料齐全的，窗口应当当场办理，不得暂不办理。",                   // ban on the authority
			"申请事项不属于本机关职权范围的，应当即时作出不予受理的决定。",              // 行政许可法 第三十二条
			"对材料不齐全的申请，窗口应当出具不予受理的书面决定并说明理由。",             // a procedure's decision
		}},
	// Issue 12, breadth from the statutes' own lists (rules 2026.12.14):
	// one case per concrete item of 《公平竞争审查条例》第八条至第十一条,
	// 《反垄断法》第五章, 《招标投标法实施条例》第三十二条, 《行政许可法》
	// 第十四至十七条、第三十一条, 《行政处罚法》第九条 and 《行政强制法》第九、
	// 十二条, written from the statute with no example read: two clauses of a
	// document, two bulletin narratives, varying place, party, trade and verb;
	// the look-alikes are the prohibition aimed at the government, the
	// superior law cited and an open condition.
	{"statute 条例8(1): an approval for a trade outside the negative list", review.Legality,
		[]string{
			"第五条 在本市开办瑜伽培训机构，须经市体育局审批同意后方可营业。",
			"第九条 经营性公墓的设立，须报旗民政局批准。",
			"三、凡在本镇开设棋牌室的，应当事先取得镇政府出具的准许文书。", // a licence under another name
			"经查，某区城管局要求商户在店外摆放促销展台须经其许可，属于违法设置审批程序。",
			"某州在实施方案中要求物流企业开展冷链配送业务须经州商务局审核通过，增设了审批环节。",
			"四、未取得区住建局核发的装修准入证的企业，不得在本区承接装修工程。", // a local certificate as the gate
			"经查，某市在文件中设立“民宿准营证”，未取得的不得营业。",      // a certificate made up
		},
		[]string{
			"审批事项应当依法设定，不得在法律法规之外增设审批程序。",
			"设立经营性公墓，应当依照《殡葬管理条例》的规定报批。",
			"从事报废机动车回收的，应当依照《报废机动车回收管理办法》取得资质认定。",
		}},
	{"statute 条例8(2): a franchise granted without competition", review.FairCompetition,
		[]string{
			"第六条 授予县水务公司全县供水特许经营权，期限三十年。",
			"四、全镇管道天然气由某燃气公司特许经营，期满自动续期。",
			"经查，某区政府未经竞争程序，直接将区内停车泊位经营权授予某停车公司，期限二十年。",
			"某市未经招标将全市公共自行车运营权给予某科技公司，属于违法授予特许经营权。",
		},
		[]string{
			"特许经营者应当通过招标等竞争方式选择。",
			"不得未经竞争程序授予经营者特许经营权。",
			"特许经营期限届满，应当重新通过竞争方式选择特许经营者。",
		}},
	{"statute 条例8(3), 反垄断法39: buying from a particular operator", review.FairCompetition,
		[]string{
			"第四条 新建住宅小区的电梯应当选用县电梯公司的产品。", // a plain duty, a named firm's goods
			"第八条 各乡镇农村饮水工程所需管材一律在县水务公司购买。",
			"经查，某县教育局要求各学校统一订购某出版社的教辅材料，限定了交易对象。",
			"某区卫健委要求辖区内养老机构购买某保险公司的责任保险。",
			"第十五条 外地运输车辆须挂靠本地运输公司方可从事营运。", // attached to a firm to trade
			"某市交通局规定出租汽车须挂靠出租车公司经营，属于强制挂靠。",
		},
		[]string{
			"采购人不得限定或者指定特定的供应商。",
			"学校可以自主选择符合国家标准的校服供应商。",
			"经营者不得强制交易相对人购买其指定的商品。",
			"施工企业不得挂靠其他建筑企业承揽工程。", // the law's own ban on 挂靠
			"要求施工单位不得以挂靠方式承接工程。",
		}},
	{"statute 条例8(4), 招标投标法实施条例32(6): one organisational form", review.FairCompetition,
		[]string{
			"第四条 投标人须为有限责任公司，个人独资企业不得参与投标。",
			"经查，某县招标文件要求投标人必须为法人企业，排斥了合伙企业。",
			"三、申报单位应为股份有限公司。",
			"某市在遴选公告中规定合伙企业、个体工商户不得报名。",
		},
		[]string{
			"不得限定投标人的组织形式。",
			"投标人应当为企业法人或者其他组织。", // the law's open form
			"投标人应当具备相应资质。",
		}},
	{"statute 负面清单: spacing and numbers of outlets", review.FairCompetition,
		[]string{
			"第八条 全县加油站之间的间距不得小于5公里。",
			"第四条 城区新设药店与现有药店距离不得少于300米。",
			"经查，某市规定新开办超市须与现有超市保持500米以上间距，限制了市场准入。",
			"某区在布局规划中规定网吧相互之间的距离不少于800米。",
		},
		[]string{
			"药店设置应当符合国家标准。",
			"不得对经营网点设置数量、间距限制。",
			"加油站与居民住宅之间的距离应当符合国家消防技术标准。", // a safety distance, not a spacing of rivals
		}},
	{"statute 条例9(1): goods kept from leaving", review.FairCompetition,
		[]string{
			"第七条 县内砂石资源不得运往县外销售。",
			"第五条 本市收购的茶叶原料优先供应本市加工企业，不得外销。",
			"经查，某县禁止本县棉花销往省外，阻碍商品输出。",
			"某市要求本地粮食企业的稻谷必须在本市加工，不准外调。",
		},
		[]string{
			"不得限制本地商品运出。",
			"不得阻碍本地商品外调。",
			"运输生猪应当依法检疫。",
		}},
	{"statute 条例9(2),(3), 反垄断法42: outsiders made to set up here, tenders kept local", review.FairCompetition,
		[]string{
			"第六条 外地保险机构在本县开展业务，应当在本县设立分支机构。",
			"四、外地客运企业进入本市经营的，应当在本市设立具有独立法人资格的子公司。",
			"第六条 本次遴选限定福建省内的律师事务所参加。", // 限定 a place, a professional firm
			"某局在竞争性磋商中将“本地服务网点”作为实质性条件，限制外地供应商。",
		},
		[]string{
			"外地企业可以自主决定是否在本地设立分支机构。",
			"在本市设立的分公司应当依法办理登记。",
			"供应商可以承诺中标后设立服务网点。",
			"不得排斥外地供应商参加本地政府采购。",
		}},
	{"statute 反垄断法41(4): a checkpoint against outside goods", review.FairCompetition,
		[]string{
			"第十条 在县域出入口设立检查站，对外地酒类产品进行检查。",
			"经查，某县在交界处设卡，阻止外县煤炭运入。",
			"二、在各乡镇交界处设置卡点，对外县运入的生猪逐车查验。",
		},
		[]string{
			"不得设置关卡阻碍商品流通。",
			"各地不得设立检查站，对外地车辆进行拦截。",
		}},
	{"statute 条例10(1),(3): tax and land for a named firm", review.FairCompetition,
		[]string{
			"第五条 对县城投公司免征房产税。",
			"经查，某区对其引进的某半导体公司承诺五年内免缴地方税收。",
			"第十一条 对某集团新建项目优先供地并按底价的50%出让土地。",
			"某市以低于评估价格向某公司出让工业用地，属于给予特定经营者要素获取优惠。",
		},
		[]string{
			"不得给予特定经营者税收优惠。",
			"对符合条件的企业，依照《中华人民共和国企业所得税法》的规定减免企业所得税。",
			"土地出让应当依法公开进行。",
		}},
	{"statute 条例11(1),(2), 价格法: prices set by an authority or moved together", review.FairCompetition,
		[]string{
			"第五条 全县殡葬服务收费标准由县民政局制定。",
			"经查，某县发改局自行制定停车服务收费标准，超越法定权限。",
			"二、景区观光车票价由区文旅局统一确定。",
			"经查，某县住建局组织本地砂石企业召开会议统一涨价。",
			"某市交通局召集出租车公司统一上调运价。",
		},
		[]string{
			"政府定价应当依照定价目录执行。",
			"实行市场调节价的商品，由经营者自行制定价格。", // the seller's own price
			"行业协会应当加强行业自律，不得组织本行业经营者达成垄断协议。",
			"收费标准由国务院价格主管部门会同有关部门制定。", // the law's own pricing body
		}},
	{"statute 条例10(4), 37号: deposits", review.FairCompetition,
		[]string{
			"第九条 入驻商户须向市场管理方缴纳5万元履约保证金。",
			"三、参加竞买的企业应当预缴信誉保证金20万元。",
			"某区在招商中要求新落户企业缴纳投资保证金，未达产的不予退还。",
		},
		[]string{
			"不得收取没有法律法规依据的保证金。",
		}},
	{"statute 招标投标法实施条例32(1)-(4): information, honours and standards of their own", review.FairCompetition,
		[]string{
			"经查，某县招标人仅向本地潜在投标人提供项目现场踏勘资料。",
			"经查，某县在物业服务招标中要求投标人具有省级文明单位称号。",
			"第八条 投标人须获得过“鲁班奖”方可参加投标。",
			"经查，某县对外地投标人采用了与本地投标人不同的评标标准。",
			"第五条 本地企业可免于提交业绩证明，外地企业须提交近三年业绩证明。",
		},
		[]string{
			"投标人应当具有履行合同所必需的设备和专业技术能力。",
			"招标人应当向所有潜在投标人提供相同的项目信息。",
			"不得对外地投标人采用与本地投标人不同的评标标准。",
		}},
	{"statute 反垄断法40: an agreement that keeps others out", review.FairCompetition,
		[]string{
			"第三条 甲方承诺在合作期内不再与其他同类企业开展合作。",
			"经查，某县政府与某银行签订战略合作协议，约定全县财政资金只存放于该行。",
			"某市与某快递公司签署合作备忘录，约定市属单位寄递业务由其独家承接。",
		},
		[]string{
			"合作协议应当遵循公平竞争原则，不得约定排他条款。",
			"本协议不影响双方与其他机构开展合作。",
		}},
	{"statute 条例9(4),(5): a benefit or check for local goods only", review.FairCompetition,
		[]string{
			"某市发放的汽车消费补贴只适用于本市经销商销售的车辆。",
			"经查，某县消费券仅限在本县注册的商户使用。",
			"第七条 消费者购买本市企业生产的家电，按售价的15%给予补贴。",
			"某县对外地白酒实行备案准入，本地白酒免于备案。",
		},
		[]string{
			"消费券可在全国各类商户使用。",
			"对外地商品与本地商品执行相同的检验标准。",
		}},
	{"statute 行政强制法12: enforcement a document cannot set", review.Legality,
		[]string{
			"第十四条 当事人逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
			"第九条 逾期不拆除的，由镇政府组织代为拆除。",
			"经查，某县规定对拖欠卫生费的商户，由街道划拨其银行存款。",
		},
		[]string{
			"依照《中华人民共和国行政强制法》第四十五条的规定加处罚款。",
		}},
	{"statute words told as done: the items named in a bulletin", review.FairCompetition,
		[]string{
			"某市商务局出台的办法对外地经营者设置歧视性收费项目。",
			"经查，某县政府为经营者实施垄断行为提供便利条件。",
			"经查，某区强制外地经营者在本地设立分支机构。",
			"某县以地方保护为目的，实行区域封锁。",
			"经查，某县要求企业强制入会。",
			"经查，某镇设置了退出障碍。",
			"经查，某县限定了经营者数量。",
			"某市超越法定权限制定政府指导价。",
			"某县违法干预实行市场调节价的商品价格水平。",
			"经查，某县阻碍本地经营者迁出。",
			"某市限制进口商品进入本地市场。",
		},
		[]string{
			"起草单位不得设置不合理的准入条件。",
			"审查是否存在歧视性收费。",
			"各地要破除地方保护和区域封锁。",
			"（一）强制或者变相强制经营者实施垄断行为，或者为经营者实施垄断行为提供便利条件；",
		}},
	{"statute 行政处罚法9, 行政强制法9/12, 37号 told in a bulletin: the measure said of its party", review.Legality,
		[]string{
			"某市规定对违规经营者降低资质等级，属于违法设定行政处罚。",
			"某区规定对违规从业人员三年内不得从事物业服务。",
			"经查，某县在文件中设定了罚款。",
			"经查，某市在规范性文件中设定了通报批评的行政处罚。",
			"经查，某县交通局文件规定，对超载车辆暂扣行驶证。",
			"经查，某镇规定对拒不搬迁的住户，停水停电。",
			"经查，某县文件设定了行政许可。",
			"某县规定办理餐饮许可须提供邻里同意书。",
			"某市规定对未接种疫苗的儿童不得入学。",
			"经查，某镇规定对违建户停发养老金。",
		},
		[]string{
			"决定对保证人罚款的，应当报经县级以上公安机关负责人批准。",    // a procedure's party, its own law
			"规章可以设定警告、通报批评或者一定数额罚款的行政处罚。",     // what may be set
			"行政机关不得对居民生活采取停止供水、供电的方式迫使当事人履行。", // ban on the authority
			"不得以未接种疫苗为由拒绝儿童入学。",
		}},
	{"statute 条例8(5) 其他, made concrete: 监制, 配号, 换证, 年报, a catalogue", review.FairCompetition,
		[]string{
			"第六条 本县销售的桶装水须经县质监站监制方可上市。",
			"三、全市电动自行车实行配号管理，未经配号的不得销售。",
			"经查，某市要求外地保安公司每年到市公安局换证后方可在本市执业。",
			"某县要求驾校每年向县交通局报送年报，年报未通过的暂停招生。",
			"第九条 进入本市销售的预拌砂浆须列入本市产品目录。",
		},
		[]string{
			"企业应当按照《企业信息公示暂行条例》报送年度报告。",
			"产品复检不合格的，不得出厂销售。", // the product law's own re-test
		}},
	{"statute 条例10(3), 11(1), 外商投资法: a policy closed to foreign firms, charges waived, prices shared", review.FairCompetition,
		[]string{
			"某市在招商政策中明确外资企业不适用本政策。",
			"某市对某新能源企业免缴教育费附加地方部分。",
			"经查，某县组织砂石企业定期交流出厂价格和产销数据。",
			"某市要求各水泥企业在协会平台公开成本和价格信息。",
		},
		[]string{
			"外商投资企业依法平等适用国家支持企业发展的各项政策。",
			"住房公积金的缴存比例按照国家规定执行。",
			"经营者应当按规定报送统计数据。",
		}},
	{"statute 条例8(3), 9(1),(2) in other verbs: plates, tax registration, production moved, bodies chosen", review.FairCompetition,
		[]string{
			"三、参与竞标的运输企业，其车辆应在赣州市登记上牌。",
			"第七条 享受扶持的企业五年内不得转移生产线。",
			"经查，某县教育局组织学生到某驾校集中参加培训。",
			"某市城管局安排某公司独家承接全市占道停车收费业务。",
			"经查，某县将全县农村公路养护工程一次性委托给县交通建设公司。",
		},
		[]string{
			"机动车应当依法登记上牌。",
			"企业可以自主决定生产线的布局。",
			"组织学生到医院进行体检的，应当征得家长同意。", // no body named
			"养护工程应当依法通过招标选择施工单位。",
		}},
	{"statute 政府采购法实施条例20(3),(7): requirements pointing to one supplier, the county seat", review.FairCompetition,
		[]string{
			"经查，某县采购项目的技术参数指向某一品牌的产品。",
			"某市在招标文件中设置的技术指标仅有一家企业的产品能够满足。",
			"第五条 投标产品的技术参数须与某品牌型号完全一致。",
			"某县在采购需求中设定供应商须在县城有售后机构的条件。",
		},
		[]string{
			"采购需求不得指向特定供应商或者特定产品。",
			"（三）采购需求中的技术、服务等要求指向特定供应商、特定产品；", // the regulation's own item
			"县城建成区内禁止燃放烟花爆竹。",
		}},
	{"the trades, points of sale and pools a buyer is sent to (反垄断法39, 财库〔2019〕38号1(2))", review.FairCompetition,
		[]string{
			"全县幼儿园园方责任险统一由县人保公司承保。",             // an insurer's trade
			"中小学教材教辅由县新华书店统一征订。",                // a bookseller's trade, 由…统一
			"该市通知规定，全市中小学作业本统一由市新华书店征订。",        // reported, 统一由 a bookseller
			"全县电梯定期检验统一由县特种设备检验所承担。",            // a test institute
			"种粮大户须到区农业服务中心指定的销售点购买良种，方可享受良种补贴。", // a point of sale a local body chose
			"物业服务企业由业主委员会从街道公布的入围企业中选聘。",        // hired from a pool
			"参加本次采购的供应商应为市级定点采购入围供应商。",          // admitted to a list as a condition
		},
		[]string{
			"申请人应当提交县级以上人民政府卫生行政部门指定的医院出具的体格检查证明。", // a certificate the law asks for
			"保险公司承保的险种由投保人自行选择。",                   // no provider set
			"进口商品的检验，由国务院质量监督部门指定的检验站进行。",          // the state's own designation
		}},
	{"one brand or one named firm's goods made a duty (政府采购法实施条例20(6), 反垄断法39)", review.FairCompetition,
		[]string{
			"各乡镇卫生院统一采购“康泰”牌一次性注射器。",          // a quoted brand
			"全县中小学电子白板必须选用鸿合系列产品。",            // a maker's line, no quotes
			"申请人须安装某某信息技术有限公司的监控终端，方可办理入网手续。", // a firm in full, a condition after
			"参训学员一律使用XX公司开发的学习软件。",            // a mark standing for the name
		},
		[]string{
			"统一使用“绿色食品”标志。",             // a mark, no brand
			"各部门统一使用“全国一体化政务服务平台”办理。",   // the state's platform
			"企业可以自主选择软件供应商，不得指定某公司的产品。", // a ban on the authority
			"投标人须使用本单位的财务软件编制报价。",       // the bidder's own, no firm named
		}},
	{"a national system or standard restated is no designation or favour", review.FairCompetition,
		[]string{
			"国家实行食盐定点批发制度。本县食盐统一由县盐业公司批发，其他企业不得经营。", // a local grant beside the system
			"国家实行政府采购制度。本县政府采购项目仅限本地企业参加。",          // a system that designates nobody
			"对本县引进的工业项目，土地出让底价按工业用地出让最低价标准的70%确定。",  // the floor cut, no national standard
		},
		[]string{
			"国家实行食盐定点批发制度。非食盐定点批发企业不得经营食盐批发业务。",                // the system restated
			"对省级人民政府确定的优先发展产业，出让底价可按不低于《全国工业用地出让最低价标准》的70%执行。", // the national floor
		}},
	{"organisational form: resellers shut out (财库〔2019〕38号1(1)); rent waived for some (条例10(3))", review.FairCompetition,
		[]string{
			"本次采购只接受生产企业直接报价，经销商不得参与。",    // makers alone, resellers barred
			"本项目不接受代理商参加投标。",              // resellers turned away
			"申办养老机构须具备不少于1000平方米的自有产权用房。", // owned premises of a size
			"进驻孵化基地的企业，厂房租金三年全免。",         // rent waived
		},
		[]string{
			"代理商、经销商应当向消费者如实提供发票。", // a duty, no shutting out
			"生产企业可以直接或者委托代理商参加投标。", // open to both
			"下列土地免缴土地使用税：",         // a tax law's own exemption
		}},
	{"works, services and numbers kept for one or a few (反垄断法39, 条例8(1),(2))", review.FairCompetition,
		[]string{
			"居民小区二次供水设施一律由市水务集团公司负责安装。",    // 一律由 a firm, a works trade
			"新装电梯的年度检验须到州特种设备检验所指定的检测点进行。", // a point a local body chose
			"从业人员须到区卫生职业培训中心参加岗前培训。",       // 须到 one body for a service
			"中心城区洗车场家数控制在30家以内。",           // a cap counted in 家
			"每个乡镇仅设置一家农资连锁配送企业。",           // a layout admitting one
			"工作服由各单位统一向市被服厂订购。",            // bought at one works
			"全镇农药由镇供销社统一供应。",               // 由 a one-rune place's co-operative
			"所需苗木一律到区花木市场采购。",              // bought at one market
		},
		[]string{
			"申请人须到县政务服务中心办理登记手续。",     // a public office, no service bought
			"每个乡镇设置一个便民服务中心。",         // a public facility, not 家
			"市场主体数量较上年增长10%，总量达到5万家。", // a count, no cap
		}},
	{"a business handed to one provider, and buyers kept to it (反垄断法39)", review.FairCompetition,
		[]string{
			"全区道路保洁服务全部交由区城市管理服务公司。",  // handed over, no trade word after
			"二手车评估业务交给市二手车交易中心承担。",    // 交给, a centre
			"学生平安保险统一在县人寿保险公司办理。",     // 统一在 a firm, 办理
			"污水接驳工程应当委托园区供排水公司实施。",    // a park's firm
			"婚庆酒席用酒须到镇供销社门市部购买，不得外购。", // bought at one place, none from outside
			"由市住建局下属的质量检测队承担全市桩基检测。",  // a body's own team
		},
		[]string{
			"检测工作交由县市场监管局负责。",                // a state body's task
			"该项工作交由县人民政府统筹。",                 // the government
			"承包方可以自行购买种子，也可以委托他人代购，发包方不得干涉。", // the buyer's own choice
		}},
	{"operators' prices, output and markets fixed together (条例11(1), 反垄断法17, 44)", review.FairCompetition,
		[]string{
			"全市搅拌站的混凝土出厂价格，由市混凝土协会统一制定。",        // an association sets members' prices
			"区商务局召集各大型超市负责人开会，议定鸡蛋零售价一律为每斤5元。",  // a price agreed at the authority's meeting
			"各砖瓦企业须按照县工信局核定的生产计划组织生产。",          // output planned for them
			"全县液化气经营企业的供应区域由县燃气办统一划分，不得跨区域经营。",  // the market divided
			"各药店每周向县医药行业协会上报进货价格，协会汇总后通报各会员单位。", // data passed among them
			"各驾校不得低于协会公布的成本价招生，所有驾校负责人签订后共同遵守。", // a promise not to undercut, signed
		},
		[]string{
			"行业协会不得组织会员企业统一制定价格。",          // a ban on the association
			"企业应当按照国家规定向统计机构报送产量、产值等统计资料。", // statistics, passed to no competitor
			"双方签订合同后共同遵守合同约定的价格条款。",        // a contract between buyer and seller, no competitors
			"城市供水价格实行政府定价，由市发展改革部门统一制定。",   // a price the law lets the state set
		}},
	{"local operators favoured by waivers or shares; operators' money kept at a local bank (条例9(4), 反垄断法39)", review.FairCompetition,
		[]string{
			"县内施工企业参加投标的，免交投标保证金。",       // a waiver for local firms
			"总承包单位应当将劳务作业分包给本县劳务企业。",     // a share kept for local firms
			"物业服务企业须将维修资金统一存入区农村商业银行专户。", // one local bank
		},
		[]string{
			"对符合条件的中小企业，免收投标保证金。",         // open to all that qualify
			"施工单位应当在工程所在地的银行开设农民工工资专用账户。", // any bank where the works are (保障农民工工资支付条例)
			"总承包单位可以将非主体工程分包给具有相应资质的单位。",  // the law's own rule on subcontracting
		}},
	{"one firm's terms set beside the others' (条例10(2),(3))", review.FairCompetition,
		[]string{
			"区供热公司的天然气价格按每立方米2.5元执行，其他供热企业按市场价格执行。", // a price for one firm
			"对县粮油集团的仓储项目按投资额的20%给予补贴，其他企业仍按10%补贴。",  // a subsidy rate for one firm
		},
		[]string{
			"县粮油集团与其他企业的仓储项目，均按投资额的10%给予补贴。", // the same terms for all
			"供电公司应当公平对待用户，其他企业可以参照执行。",       // no benefit to one
		}},
	{"a proof demanded beyond the listed materials (条例8(1),(4))", review.FairCompetition,
		[]string{
			"旅行社申请设立分社的，除法定材料外，还须提交区文旅局出具的经营场所核查证明。", // an extra proof from a local body
			"企业申领排污许可证时，另需提交所在乡镇出具的无信访证明。",           // the same with 另需
		},
		[]string{
			"申请人还应当提交法定代表人的任职文件和身份证明。", // a registration rule's own list
			"申请人应当提交营业执照和身份证明。",        // nothing added
		}},
	{"procurement conditions: a maker's letter, makers alone, local social insurance (财库〔2019〕38号, 条例9(3))", review.FairCompetition,
		[]string{
			"供应商须提供生产企业出具的针对本项目的授权函。", // a maker's letter as a condition
			"本次采购的供应商须是所投设备的制造商。",     // makers alone
			"投标人拟派的项目经理须有在本县的社保缴纳记录。", // social insurance paid there
		},
		[]string{
			"供应商应为所投产品的制造商或者其授权的经销商。", // both forms open
			"供应商应当具有依法缴纳社会保障资金的良好记录。", // 政府采购法第二十二条, any place
		}},
	{"a duty the law sets on a branch set up or on tax, restated (条例9(2) look-alikes)", review.FairCompetition,
		[]string{
			"外地企业须在本市设立分支机构的，方可参加投标。",   // the branch made a condition
			"施工企业须在项目所在地缴纳税款，方可办理施工许可。", // tax paid there as a condition
		},
		[]string{
			"外省企业在本区设立子公司的，应当依法办理设立登记。",             // a branch set up is registered
			"跨地区经营的汇总纳税企业，应当依照国家规定在分支机构所在地预缴企业所得税。", // the state's rule restated
		}},
	{"a firm named the provider; people sent to a body's school (反垄断法39)", review.FairCompetition,
		[]string{
			"区教育局确定区文化用品公司为全区中小学作业本供货商。", // a firm named the supplier
			"经研究，指定县人保财险公司为全县农房保险承保机构。",  // named the insurer
			"参加家政培训补贴的学员须到县职业学校参加培训。",    // sent to one school
		},
		[]string{
			"国务院确定中国石油天然气集团公司为原油进口经营企业。", // the state's tier
			"采购人应当通过公开招标确定供货商。",          // chosen by competition
		},
	},
	{"money paid to one local firm; a new outlet made to wait for consent (条例10(2), 8(1))", review.FairCompetition,
		[]string{
			"市财政向市交通投资集团拨付运营补贴3000万元。", // money to one firm
			"区财政每年安排200万元专项资金补助区环卫公司。", // the same, the firm last
			"辖区新建加油站须先经街道办事处审核同意。",     // a consent before a new outlet
		},
		[]string{
			"对符合条件的公交企业，按照统一标准给予运营补贴。", // open to all that qualify
			"新建加油站应当符合国家标准和安全规范。",      // a standard, no consent
		}},
	{"a market price made to wait for consent; a right handed over free (条例11(3), 8(2))", review.FairCompetition,
		[]string{
			"辖区内商砼企业的出厂价格须报区发改局批准后方可上调。", // a price waits for consent
			"县政府将城区广告位经营权无偿划拨给县文旅集团。",    // a right handed over free
		},
		[]string{
			"实行政府定价的收费项目，其收费标准须经价格主管部门依法核准后执行。", // a price the state sets by law, no adjustment waiting
			"国有土地使用权依法划拨给公益事业单位使用。",             // no operating right to a firm
		}},
	{"bidders kept to a sector, to an authority's own or to the local ones invited (招标投标法6)", review.FairCompetition,
		[]string{
			"本次监理招标仅限电力系统内的监理单位报名。", // a sector
			"竞标人须为市城管局下属企业。",        // an authority's own
			"该项目只邀请市内五家设计单位参加比选。",   // the local ones invited
		},
		[]string{
			"任何单位和个人不得限制或者排斥本地区、本系统以外的法人或者其他组织参加投标。", // the law's own ban
			"本系统内各单位应当加强安全生产管理。",                     // no bidders
			"评标委员会可以邀请省内外专家参加评审。",                    // experts, not bidders
		}},
	{"a tie only an operator makes, the operator left implicit; buying from the place (条例9)", review.FairCompetition,
		[]string{
			"须在本区注册并纳税满一年，方可申请奖励。", // register and pay tax there, to earn
			"在我市设有区域总部的，评审时优先。",    // a seat there, preferred
			"在湖北省内设立分公司的，加2分。",     // a province by name, scored
			"工程所需钢材应当从本市购进。",       // bought from the place
		},
		[]string{
			"在本市注册的，应当遵守本办法。",                // a duty, nothing earned
			"申请特殊化妆品注册或者进行普通化妆品备案，应当提交下列资料：", // no place at all
			"不得以在本地注册作为享受政策的条件。",             // a ban on the authority
		}},
	{"a designation a law gives the State Council or the provinces", review.FairCompetition,
		[]string{
			"全县病媒生物防制服务由县疾控中心指定的单位承担。", // a county body's choice
		},
		[]string{
			"出入境人员的体检由国务院卫生行政部门会同有关部门指定的医疗机构进行。",
			"危险化学品的检测，由省、自治区、直辖市人民政府应急管理部门指定的机构承担。",
		}},
	{"verification the metrology law reserves (计量法9) is no designation", review.FairCompetition,
		[]string{
			"出租车计价器须到市计量所指定的企业安装。", // an installer chosen, no verification
		},
		[]string{
			"用于贸易结算的电子计价秤实行强制检定，由县市场监管局指定的计量检定机构检定。",
			"使用强制检定的计量器具的单位，应当向当地计量行政部门指定的计量检定机构申请周期检定。",
		}},
	{"one provider set and the others shut out (反垄断法39, 条例8(3))", review.FairCompetition,
		[]string{
			"房产面积测量报告统一由县房产测量所出具，其他测量机构的报告不予认可。",          // 统一由, others' work refused
			"城区餐厨垃圾由区环卫公司统一收运处置，产生单位不得委托其他单位收运。",          // 由…统一, a ban on the buyers
			"各医疗机构的医用耗材应从市卫健委推荐的配送企业中选择，不得向其他企业采购。",       // chosen by a local body, others after
			"机关食堂食材统一由区粮油公司配送，其他供应商不得进入机关食堂。",             // others barred
			"其检测须委托区质监协会会员单位，非会员单位的检测数据不予采信。",             // membership
			"全区新建小区光纤入户由区广电网络公司统一建设，未选用的开发企业不予办理竣工备案。",    // those who did not choose it
			"本省电梯物联网监测设备应当从省市场监管局公布的目录中选用，目录外设备不得接入监管平台。", // a province's list
		},
		[]string{
			"除国务院能源主管部门确定的企业外，其他单位不得从事原油进口。",    // the state's allocation
			"由各省、自治区、直辖市人民政府统一组织实施，其他单位不得擅自实施。", // the state tier
			"除依照本法第十条确定的机构外，其他机构不得开展认证活动。",      // allocated by the law itself
			"由县人民政府统一发布预警信息，其他任何单位和个人不得擅自发布。",   // a state function
			"不得要求投标人统一由指定机构出具报告，不得拒绝其他机构的报告。",   // a ban on the authority
		}},
}

func TestFrames(t *testing.T) {
	assertFrameCases(t, frameCases)
}

// assertFrameCases checks that every hit sentence gets a finding of its
// case's category and no look-alike does.
func assertFrameCases(t *testing.T, cases []frameCase) {
	t.Helper()
	for _, c := range cases {
		for _, s := range c.hit {
			if _, ok := reports(Check(s), string(c.cat)); !ok {
				t.Errorf("%s: no %s finding on %q (got %v)", c.name, c.cat, s, ruleIDs(Check(s)))
			}
		}
		for _, s := range c.skip {
			if f, ok := reports(Check(s), string(c.cat)); ok {
				t.Errorf("%s: %s %q on the look-alike %q", c.name, f.Rule, f.Excerpt, s)
			}
		}
	}
}

// A firm named after an act (城市建设投资有限公司) with a scope (全县) is a
// designation, not a tie to a place: it was reported as F15 with a span cut
// inside the firm's name.
func TestAreaWideFirmIsADesignationNotALocality(t *testing.T) {
	fs := Check("原则上由县城市建设投资有限公司负责全县充电设施的投资、建设和运营。")
	if len(fs) != 1 || fs[0].Rule != "F16" {
		t.Fatalf("want one F16 finding; got %+v", fs)
	}
	if fs[0].Excerpt != "由县城市建设投资有限公司负责全县充电设施的投资" {
		t.Errorf("the excerpt must take the firm and the business whole; got %q", fs[0].Excerpt)
	}
}
