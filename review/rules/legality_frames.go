package rules

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"beishen/review"
)

// Concepts of the legality frames: the measures only a law (or a
// regulation) may set, each from the statute's own list.
var (
	// 《行政处罚法》第九条.
	penaltyKinds = newConcept("警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证", "暂扣执照", "降低资质等级", "吊销许可证", "吊销营业执照", "吊销执照", "吊销资质", "限制开展生产经营活动", "责令停产停业", "责令停业", "责令关闭", "限制从业", "行政拘留", "拘留",
		// the same with the party named (降低其资质等级), and a ban from an
		// occupation for a term, which is 限制从业 (五年内不得从事…)
		"降低其资质等级", "吊销其营业执照", "吊销其许可证", "暂扣其许可证", "没收其违法所得", "责令其停产停业", "责令其停业",
		"年内不得从事", "年内禁止从事", "年内不得担任", "年内不得经营", "终身不得从事", "终身禁止从事",
		// 责令停产停业 without 责令, as a consequence states it (停业整顿一个月)
		"停业整顿", "停产整顿", "停止营业", "停止经营", "暂停营业", "暂停其营业", "停止其营业", "暂停经营", "暂停其经营", "停止其经营",
		// 通报批评 as a sanction spread over an area (在全区通报, 予以通报)
		"予以通报", "全区通报", "全市通报", "全县通报", "全镇通报", "全乡通报", "全省通报", "范围内通报", "公开通报", "通报曝光",
		// 限制从业 of a driver, and 责令停产停业 of a carrier (停运一个月)
		"终身禁止驾驶", "终身不得驾驶", "年内不得驾驶", "年内禁止驾驶", "停运", "停止营运", "暂停营运", "停驶",
		// 吊销 and 责令关闭 under other names (注销其营业执照, 予以取缔, 责令关停),
		// 罚款 counted by the day (按日计罚), and 训诫 laid on a party
		"注销其营业执照", "注销其许可证", "撤销其许可证", "注销其经营许可证", "注销其从业资格证", "注销其从业资格", "注销其资格证", "注销其驾驶证", "予以取缔", "一律取缔", "责令关停", "予以关停", "一律关停", "按日计罚", "按日连续处罚", "予以训诫")
	// 《行政强制法》第九条 (measures) and 第十二条 (enforcement).
	coerciveKinds = newConcept("限制人身自由", "查封", "扣押", "冻结存款", "冻结汇款", "冻结账户", "划拨其", "加处罚款", "滞纳金", "划拨存款", "划拨汇款", "拍卖", "排除妨碍", "恢复原状", "代履行", "强制拆除", "强制执行",
		// 扣留 is how the traffic laws name 扣押 of a vehicle (道路交通安全法 第一百一十二条),
		// 封存 how the product laws name 查封 of goods and equipment (产品质量法 第十八条)
		"扣留", "封存",
		// water, power and heat cut to force a party (行政强制法 第四十三条 bars it even to
		// an authority that may enforce)
		"停水停电", "停水、停电", "停止供水", "停止供电", "断水断电", "断水、断电",
		// 查封 of a dwelling or a door (封门, 焊门), and 强制拆除 without the
		// word 强制 (由乡镇组织力量予以拆除: 行政强制法 第四十四条 gives it only
		// after a notice and a court or a law)
		"封门", "焊门", "焊封", "予以拆除", "组织拆除", "强行拆除",
		// 扣押 of a vehicle in the street's word, and 暂扣 with no
		// object named (予以暂扣)
		"扣车", "予以暂扣")
	// 《公职人员政务处分法》第七条.
	sanctionKinds = newConcept("警告", "记过", "记大过", "降级", "撤职", "开除", "政务处分", "辞退", "解聘", "清退", "停职")
	// 国办发〔2018〕37号: reductions of rights and added duties.
	rightsReductions = newConcept("不予办理", "暂停办理", "停止办理", "不予受理", "不予登记", "不予发放", "取消资格", "取消其", "停发", "扣发", "暂停发放", "停止发放", "限制入学", "不得入学", "不予入学", "不予录用", "不得录用", "不予评优", "不得评优", "取消评优", "暂停享受", "停止享受", "不得享受", "不予享受", "限制出境", "限制乘坐", "限制高消费",
		// credit and shaming measures, which need a law as well (国办发〔2020〕49号)
		"降低其信用等级", "降低信用等级", "下调其信用等级", "下调信用等级", "降低其星级",
		"曝光其", "公开曝光", "予以曝光", "在媒体上曝光", "通过媒体曝光", "记入个人诚信档案", "记入诚信档案", "记入信用档案", "记入个人信用档案", "纳入个人信用档案", "纳入信用档案", "纳入失信名单", "列入失信名单", "列入黑名单", "纳入黑名单",
		// listing in the registers 《企业信息公示暂行条例》 keeps for the cases it names
		"列入经营异常名录", "纳入经营异常名录", "列入严重违法失信", "纳入严重违法失信",
		// a service withheld from a party as a sanction
		"暂停提供", "停止提供", "暂停为其", "停止为其", "暂停向其", "停止向其",
		// the same put off: "其家庭成员暂不办理户口迁移"
		"暂不办理", "暂缓办理",
		// a cost the public scheme owes refused (医疗费用不予报销), a place
		// in a school or an examination refused (不予录取, 不予注册入学, 不得报名)
		// or taken away (作退学处理): rights of 教育法 第九条、第四十三条 and of
		// the insured, reduced as a sanction
		"不予报销", "不得报销", "不予录取", "不得录取", "不予注册", "不得报名", "不予报名", "不得报考", "作退学处理", "予以退学", "责令退学", "劝其退学",
		// a bad-credit record made a consequence (国办发〔2020〕49号: only a law
		// or regulation may say which conduct goes on record)
		"不良信用记录", "不良信用信息", "失信记录",
		// the listing itself as the clause's consequence ("…，记入失信记录")
		"记入失信记录", "纳入失信记录", "列入失信记录", "记入不良信用记录", "纳入不良信用记录", "列入失信行为", "认定为失信行为",
		// a party kept out of public places or transport, or a right of
		// its suspended (暂停其乘坐公共交通工具)
		"限制其进入", "禁止其进入", "不得进入公共场所", "禁止进入公共场所", "不得乘坐", "禁止乘坐", "暂停其乘坐", "暂停其使用", "暂停其享受",
		// land or a telephone taken back as a sanction
		"收回其宅基地", "收回其土地", "收回其承包地", "停止其电话", "暂停其电话", "停止电话号码",
		// travel limited with the party named, and a job ended for conduct
		// the labour law does not name (违反计划生育政策的职工，一律解除劳动合同)
		"限制其出境", "限制其乘坐", "限制其出行", "限制其高消费", "解除劳动合同", "解除其劳动合同", "解除聘用合同", "解除其聘用合同",
		// household registration, jobs and travel papers refused
		"不予落户", "暂停落户", "不予迁入", "不予聘用", "不得聘用", "不予招录", "取消录用", "不予签发",
		// school and work barred and a health code turned, as pandemic-era
		// measures did (corrected as lacking a law: 传染病防治法 names the
		// measures and who takes them)
		"不得返校", "不得返岗", "不得复工", "不得复学", "不得入校", "不得入园", "赋黄码", "赋红码", "赋予黄码", "赋予红码", "转为黄码", "转为红码", "转黄码", "转红码",
		// credit records under the names of the credit reference system
		"纳入征信", "录入征信", "记入征信", "纳入个人征信", "记入信用记录", "纳入信用记录", "记入不良记录", "纳入不良记录", "列入不良记录",
		// shaming the person (宪法 第三十八条: personal dignity)
		"游街", "示众", "通报其所在单位",
		// the right to stand or be chosen (宪法 第三十四条) taken as a sanction
		"不得担任村", "不得被选举", "不得参加选举", "不得参选", "不得被推选", "取消其候选人资格",
		// schooling withheld at its end (教育法 第四十三条: the certificate
		// earned)
		"不予毕业", "不予颁发毕业证", "不发毕业证", "不得升学", "不予升学", "暂缓入学", "不予转学",
		// property taken with no compensation (宪法 第十三条, 民法典 第一百一十七条,
		// 第二百四十三条: expropriation only with fair compensation)
		"无偿收回", "无偿收归", "无偿征收", "无偿征用", "无偿收缴", "无偿划归", "不予补偿", "不给予补偿", "不作补偿", "不予任何补偿",
		// the remedies of 行政复议法 第二条, 行政诉讼法 第二条 and the hearing of
		// 行政处罚法 第六十三条 taken away: only a law makes a decision final
		"不得申请行政复议", "不得申请复议", "不得提起行政诉讼", "不得提起诉讼", "不得向人民法院起诉", "不予听证", "不得申请听证", "不得要求听证", "不举行听证",
		// a liability laid on one who did no wrong (民法典 第一百七十八条第三款:
		// joint liability only by law or by agreement)
		"承担连带责任", "承担连带赔偿责任", "负连带责任", "负连带赔偿责任")
	// impositions lay a measure on someone: "予以开除", "一律罚款", "处以…".
	impositions = newCommonConcept("予以", "给予", "处以", "并处", "一律", "责令", "处", "作", "实行", "采取", "实施", "由", "将", "直接", "对其", "其")
	// triggerConditions say when the measure falls: "对…的", "…的，", "凡",
	// "一经发现", "违反…", "违者", "拒不", "逾期".
	triggerConditions = newCommonConcept("的，", "的,", "凡", "一经", "发现", "违反", "违者", "拒不", "逾期", "未按", "未经", "如有", "若有", "对于", "对")
)

// measureFrame finds a measure from list imposed on a trigger condition:
// "对酒后驾驶机动车的公职人员，一律予以开除".
func measureFrame(s string, list *concept, w *present) (int, int, bool) {
	for _, m := range list.find(s, w) {
		head := s[:m.a]
		if bannedBefore(s, m.a) {
			continue
		}
		near := max(0, m.a-18)
		for near > 0 && !utf8.RuneStart(s[near]) {
			near++
		}
		// Imposed ("予以开除"), or the whole consequence of a condition
		// ("未完成接种的儿童，限制入学").
		// A term before the measure belongs to it: "…的，五年内不得从事…".
		if strings.HasPrefix(s[m.a:], "年内") {
			head = strings.TrimRightFunc(head, func(r rune) bool {
				return unicode.IsDigit(r) || strings.ContainsRune("一二两三四五六七八九十", r)
			})
		}
		// A second measure joined to the first ("…推送至其所在单位，并记入个人信用档案")
		// is a consequence as well.
		joined := strings.TrimSuffix(strings.TrimSuffix(head, "并"), "同时")
		// The condition may name its party with 者 as the old style does
		// ("乙型肝炎表面抗原阳性者，体检结论为不合格，不予录用").
		consequence := hasSuffixAny(joined, []string{"，", ","}) && containsAny(head, []string{"的", "者，", "者,"}) || consequenceClause(s, m.a)
		// 责令… imposes itself: "未经备案的网点由市场监管部门责令停业".
		// So does a measure named with its imposition (予以取缔, 一律关停).
		selfImposed := hasPrefixAny(s[m.a:], []string{"责令", "予以", "一律"}) && triggerConditions.within(s, 0, m.a, w)
		if !consequence && !selfImposed && (!impositions.within(s, near, m.a, w) || !triggerConditions.within(s, 0, m.a, w) && !conditionedImposition(s, near, m.a, w)) && !onPartyNamed(s, head) {
			continue
		}
		// "警告" inside a word (预警告知) or a noun phrase (警告标志, 拘留所,
		// 拘留决定) is no measure.
		if hasPrefixAny(s[m.b:], measureNouns) {
			continue
		}
		// A measure inside a condition ("对违法建筑实施强制拆除的，应当…公告")
		// is what the condition speaks of, not what falls on it.
		if strings.HasPrefix(s[m.b:], "的，") || strings.HasPrefix(s[m.b:], "的,") {
			continue
		}
		if prev, _ := utf8.DecodeLastRuneInString(head); prev == '预' {
			continue
		}
		a := strings.LastIndexAny(head, "，,")
		if a < 0 {
			a = 0
		} else {
			a++ // past the comma's last byte… realigned below
			for a < len(s) && !utf8.RuneStart(s[a]) {
				a++
			}
		}
		return trimSpace(s, a), m.b, true
	}
	return -1, -1, false
}

// measuredParties end the name of whom a measure falls on.
var measuredParties = []string{"者", "人员", "企业", "单位", "商户", "经营户", "户", "儿童", "学生", "业主", "车辆", "人", "驾校", "网吧", "公司", "机构", "村民", "家庭", "子女", "干部"}

// onPartyNamed reports whether head (the text before a measure) ends in
// "对" and the party the measure falls on, in one clause and at most twenty
// runes: "对违规经营者降低资质等级", "对未接种疫苗的儿童不得入学" (《行政处罚法》
// 第九条, 国办发〔2018〕37号: the measure said of its party, with no 予以).
func onPartyNamed(s, head string) bool {
	lo, _ := clauseAround(s, len(head), len(head))
	i := strings.LastIndex(head[lo:], "对")
	if i < 0 {
		return false
	}
	between := head[lo+i+len("对"):]
	if n := utf8.RuneCountInString(between); n < 2 || n > 20 {
		return false
	}
	// a term joined to the measure ("三年内不得从事") belongs to it
	between = strings.TrimRightFunc(strings.TrimSuffix(strings.TrimSuffix(between, "个月内"), "年内"), func(r rune) bool {
		return unicode.IsDigit(r) || strings.ContainsRune("一二两三四五六七八九十", r)
	})
	// the party named by what it did (违规经营者, 未接种疫苗的儿童), not by its role
	// in a procedure (对保证人罚款, 对犯罪嫌疑人拘留: the procedure's own law)
	return hasSuffixAny(between, measuredParties) && !strings.HasSuffix(between, "或者") && containsAny(between, partyConducts)
}

// partyConducts name a party by what it did or failed to do.
var partyConducts = []string{"违规", "违反", "违法", "违建", "违章", "未", "不按", "不履行", "不配合", "拒", "欠", "失信", "超载", "乱", "逾期", "擅自", "无证"}

// consequenceClause reports whether the measure at byte at stands in the
// clause right after a condition that ends on its party: "未按期完成任务
// 的村，由乡镇人民政府在全乡范围内通报批评", "寻衅滋事的，送公安机关拘留五日".
// The measure must come early in its clause (sixteen runes), as the
// predicate, not deep in a description.
func consequenceClause(s string, at int) bool {
	c := strings.LastIndexAny(s[:at], "，,")
	if c < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[c:])
	if runesBetween(s, c+n, at) > 16 || containsAny(s[c+n:at], procedureWords) || hasPrefixAny(s[at:], []string{"的"}) {
		return false
	}
	clause := s[:c]
	if p := strings.LastIndexAny(clause, "，,；;：:"); p >= 0 {
		_, n := utf8.DecodeRuneInString(clause[p:])
		clause = clause[p+n:]
	}
	d := strings.LastIndex(clause, "的")
	return d >= 0 && utf8.RuneCountInString(clause[d+len("的"):]) <= 8
}

// measureNouns after a measure's name make it part of a noun (the measure
// is named, not imposed) or of praise (通报表扬).
var measureNouns = []string{"标志", "标识", "牌", "所", "证", "决定", "通知书", "期限", "期间", "期满", "场所", "的法律文书", "表扬", "表彰", "嘉奖"}

// procedureWords before a measure in its clause say what is done about a
// measure taken (拘留后通知, 解除查封, 缴纳罚款), not that it is imposed.
var procedureWords = []string{"应当在", "解除", "撤销", "释放", "通知", "变更", "作出", "制作", "执行", "送达", "缴纳", "拒绝", "尚未", "适用", "宣布", "期间", "之日", "以前", "以后", "之前", "被"}

// conditionedImposition reports whether an imposition in s[from:to]
// follows a condition closed by 的 with no comma: "经查实的给予警告".
func conditionedImposition(s string, from, to int, w *present) bool {
	for _, im := range impositions.find(s[:to], w) {
		if im.a >= from && strings.HasSuffix(s[:im.a], "的") {
			return true
		}
	}
	return false
}

// trimSpace moves a past white space.
func trimSpace(s string, a int) int {
	for a < len(s) {
		r, n := utf8.DecodeRuneInString(s[a:])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	return a
}

// licenceGates are the forms a licence takes in 《行政许可法》 (审批、许可、
// 核准、批准、同意) and the disguised ones 国办发〔2018〕37号 and the 实施细则
// name (备案、登记、年检、认定、认证、准入、资质), and a proof (国办发〔2018〕
// 47号: no proof without a law or regulation): the gates a normative
// document may not add.
var licenceGates = []string{"审批", "许可", "核准", "批准", "同意", "备案", "登记", "年检", "年审", "认定", "认证", "准入", "资质", "证明", "证照", "证书", "手续", "前置"}

// addedLicenceFrame is a licence, filing or proof added beyond the law, as
// the market-access frame finds it (addedGateFrame: an added mark, an
// approval to wait for, a proof demanded), when what is added is a licence
// or a proof rather than a condition of another kind.
//
// Marks that say a gate was raised (提高门槛), a pretext (以…为由, 以…名义)
// or a condition unreasonable or discriminatory (条例第八条第（四）项) belong
// to the access frame only: raising or skewing a condition is not setting a
// licence, and an act in another's name (以他人名义办理登记) sets none. A
// consent of the State Council or a national ministry is the law's own.
func addedLicenceFrame(s string, w *present) (int, int, bool) {
	a, b, ok := addedGateFrame(s, w)
	if !ok || !containsAny(s[a:b], licenceGates) {
		return -1, -1, false
	}
	span := s[a:b]
	if hasPrefixAny(span, notSettingMarks) || hasSuffixAny(span, notSettingMarks) {
		return -1, -1, false
	}
	// Past a clause's end only a consent waited for (须经…同意后，方可) holds
	// together.
	if strings.ContainsAny(span, "，,") && !hasPrefixAny(span, []string{"经", "先"}) {
		return -1, -1, false
	}
	if hasPrefixAny(span, []string{"经", "先"}) && nationalConsentRe.MatchString(span) {
		return -1, -1, false
	}
	return a, b, true
}

var (
	notSettingMarks   = []string{"提高", "抬高", "名义", "为名", "为由", "不合理", "歧视性"}
	nationalConsentRe = regexp.MustCompile(`^(?:经|先)[^，,]{0,4}(?:国务院|国家)`)
)

// keptLicenceFrame is a licence, fee or proof the law or a higher body
// removed and the authority still requires (persistFrame: 已取消…仍收取,
// 放开…仍要求办理): with its basis gone it is one a normative document set.
//
// Unlike the access frame it reads the removal itself (已取消的资质认定仍然
// 要求…) as the ground of the finding, not as a ban on what follows.
func keptLicenceFrame(s string, w *present) (int, int, bool) {
	masked := s
	for _, r := range removalBans {
		masked = strings.ReplaceAll(masked, r, strings.Repeat("x", len(r)))
	}
	a, b, ok := -1, -1, false
	for _, p := range persists.find(s, w) {
		if removals.within(s, 0, p.a, w) && !bannedBefore(masked, p.a) {
			_, hi := clauseAround(s, p.b, p.b)
			a, b, ok = p.a, min(hi, p.b+16*3), true
			// The excerpt starts at the removal, which is then no ban
			// before it: "已取消的资质认定仍然要求企业提供".
			for _, r := range removals.find(s[:p.a], w) {
				if runesBetween(s, r.a, p.a) <= 30 && (a == p.a || r.a < a) {
					a = r.a
				}
			}
			break
		}
	}
	if !ok {
		return -1, -1, false
	}
	// What was removed may be named before (已放开经营许可，仍要求办理准营证).
	if !containsAny(s, licenceGates) && !containsAny(s, keptCharges) {
		return -1, -1, false
	}
	return a, b, true
}

// eligibilityEnds: the ground of a benefit is gone (死亡, 迁出, 不再符合
// 条件); what stops then is no sanction. Only for a benefit: a licence
// refused to "不符合条件的" applies the conditions the document set. (Not 到期: "到期未缴纳的，加处
// 滞纳金" is a measure.)
const eligibilityEnds = `(?:不再符合|不符合[^，。；]{0,8}条件|不再具备|丧失[^，。；]{0,6}(?:资格|条件)|死亡|自愿放弃|主动放弃)[^。]{0,30}(?:补贴|补助|待遇|救助|津贴|资金|奖励|奖补|保障|福利|优待)`

// removalBans are the ban words that also say a measure was removed.
var removalBans = []string{"取消", "废止", "废除", "清理"}

// keptCharges are what a charge kept is called.
var keptCharges = []string{"费", "保证金", "押金", "收取", "征收"}

// legalityFrameRules are the legality rules made of frames; like the other
// frames they report a sentence only when no phrasing rule of their category
// did.
func legalityFrameRules() []*sentenceRule {
	return []*sentenceRule{
		{
			RuleInfo: RuleInfo{ID: "L14", Category: review.Legality, Severity: review.High,
				Title: "设定政务处分", TitleEN: "Sets a sanction on public servants",
				Basis:       []string{"《中华人民共和国公职人员政务处分法》第三条", "《中华人民共和国公职人员政务处分法》第七条", basis37},
				Description: "政务处分的种类（警告、记过、记大过、降级、撤职、开除）和适用情形由法律规定，规范性文件不得自行规定对某种行为给予处分。"},
			anchors: sanctionKinds.words,
			frame:   func(s string, w *present) (int, int, bool) { return measureFrame(s, sanctionKinds, w) },
			// Who 政务处分 reach: the 公职人员 of 《监察法》第十五条, among them
			// the managers of public bodies and of village and resident
			// committees.
			requires: res(`公职人员|工作人员|公务员|干部|党员|职工|教师|医务人员|事业单位|国有企业|机关|村干部|网格员|辅警|协管员|(?:机关|单位|乡镇|街道|村|社区|学校|医院|国有企业|部门|科室)[^，。]{0,6}(?:负责人|管理人员|领导)|主要负责人|领导干部|村(?:民)?委(?:员)?会|居(?:民)?委(?:员)?会|村(?:两委|支书)|书记|乡镇长|局长|科长|所长|站长`),
			suppress: res(`依法(?:依规)?(?:给予|予以|追究)|依纪依法|依规依纪|按照(?:有关|相关)规定|按照干部管理权限|(?:党纪|政务)处分条例|学籍`),
			cite:     citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "对某种行为直接规定给予开除、撤职等处分，处分的种类和情形只能由法律、法规设定",
		},
		{
			RuleInfo: RuleInfo{ID: "L15", Category: review.Legality, Severity: review.High,
				Title: "设定处罚、强制或减损权利的措施", TitleEN: "Sets a penalty, coercion or reduction of rights",
				Basis:       []string{basisPenalty, basisCoercion, basisEnforce, basis37},
				Description: "对某种情形直接规定《行政处罚法》第九条所列处罚、《行政强制法》第九条、第十二条所列强制措施和执行方式，或国办发〔2018〕37号所称减损权利、增加义务的措施，且未引用设定它的法律、法规。"},
			anchors: append(append(append([]string{}, penaltyKinds.words...), coerciveKinds.words...), rightsReductions.words...),
			frame: func(s string, w *present) (int, int, bool) {
				for _, list := range []*concept{penaltyKinds, coerciveKinds, rightsReductions} {
					if a, b, ok := measureFrame(s, list, w); ok {
						return a, b, true
					}
				}
				return -1, -1, false
			},
			// A benefit that ends with its ground (不再符合条件的，停发补贴) is
			// the benefit's own condition, no reduction of a right.
			// A measure on the administration's own organs (对工作不力的乡镇，
			// 在全县范围内通报) is supervision within it, not a penalty; a 村 is
			// no organ of the state.
			// A decision not to accept an application is the procedure of
			// 《行政许可法》第三十二条, not a measure on someone.
			suppress: res(eligibilityEnds, unmetLicenceCondition, `职权范围|(?:作出|出具)[^，。；]{0,4}不予(?:受理|许可|登记|办理|注册|录取|报销)`, `的(?:乡镇|部门|街道|机关|镇街|县区|区县|乡镇政府|街道办事处)(?:[和及、][^，。；]{0,8})?[，,]`, `申请人民法院|人民法院|依法(?:予以|给予)?(?:处罚|查处|处理|扣留|扣押|查封|冻结|拘留|采取|责令)|依法实施(?:[^联失]|$)|(?:法律|行政法规|法规|规章)(?:另有)?规定|依照有关规定|按照有关规定|依法(?:承担|负)连带`),
			cite:     citeSuppress, statuteLowers: true,
			nationalSilent: true,
			reason:         "对某种情形直接规定处罚、强制或减损权利的措施，未引用设定该措施的法律、法规",
		},
		{
			RuleInfo: RuleInfo{ID: "L16", Category: review.Legality, Severity: review.High,
				Title: "增设许可、备案或证明", TitleEN: "Adds a licence, filing or proof",
				Basis:       []string{basisLicence, basisLicenceAdd, basisProof, basis37},
				Description: "没有法律、法规依据，另行、变相或作为前置条件设置审批、许可、核准、备案、登记、认定、证明等手续，或要求先经某一机关同意方可办理。"},
			anchors:        append(append(slices.Clone(added.words), proofAnchors...), approvalAnchors...),
			frame:          addedLicenceFrame,
			nationalSilent: true,
			suppress:       res(`的，由|的,由|(?:依法|依规)(?:予以|给予)?(?:处罚|查处|追究|处理)|追究[^，。]{0,8}责任|(?:法律|行政法规|国务院)(?:另有)?规定|依法(?:设定|设立|实施)|不得(?:另行|额外|擅自|自行|变相)`),
			cite:           citeSuppress, statuteLowers: true,
			reason: "在法律、法规之外另行或变相设置审批、备案、证明等手续，规范性文件不得设定行政许可",
		},
		{
			RuleInfo: RuleInfo{ID: "L17", Category: review.Legality, Severity: review.High,
				Title: "保留已取消的许可、收费或证明", TitleEN: "Keeps a licence, fee or proof that was abolished",
				Basis:       []string{basisLicence, basisFees, basis37},
				Description: "上位法或上级机关已取消、放开的审批、许可、收费或证明事项，文件或做法仍要求办理、仍收取，失去依据后即属规范性文件自行设定。"},
			anchors:        persists.words,
			frame:          keptLicenceFrame,
			nationalSilent: true,
			suppress:       res(`是否|有无|不得|继续执行本|仍按本|继续有效|过渡期|原(?:许可|证件)继续有效`),
			cite:           citeIgnore,
			reason:         "已被取消或放开的审批、收费或证明仍被要求或收取，失去法律依据",
		},
	}
}
