package rules

import (
	"strings"
	"unicode/utf8"
)

// Frames of how 《公平竞争审查条例》第九条 reads the treatment of what comes
// from elsewhere: a burden laid on outside operators or goods that local
// ones do not bear (第（四）项 收费、价格; 第（五）项 监管执法; 《反垄断法》
// 第四十一条 检验、关卡), and purchases or sales kept to local sellers and
// local goods (第（一）项 限定本地商品, 第（三）项). Like the other frames they
// combine concepts in one sentence, in any order, and a ban aimed at the
// authority cancels them.

var (
	// outsiderSubjects are who or what comes from elsewhere, besides the
	// operators and goods of frames.go and frames_market.go.
	outsiderSubjects = newCommonConcept("购买的", "采购的", "购置的", "学员", "驾校", "事务所", "从业人员", "批发商", "零售商", "经营户", "商户", "车辆", "货车", "客车", "农产品", "食材", "砂石", "建材", "猪肉", "生猪", "畜禽", "蔬菜", "水果", "药品", "来我", "来本", "进入", "运入", "调入", "承接")
	// burdenCharges take money: a charge falls on the outsiders.
	burdenCharges = []string{"收取", "缴纳", "交纳", "加收", "征收", "计收"}
	// burdenChecks are inspections; alone they are the law's, with a mark of
	// more (专项, 逐车, 二次, 每月…) they are the 第（五）项 discrimination.
	burdenChecks = []string{"检查", "查验", "检验", "检测", "检疫", "执法", "抽查", "抽检", "巡查", "核查"}
	checkMarks   = []string{"专项", "逐车", "逐批", "逐一", "逐户", "二次", "再次", "重复", "另行", "每月", "每周", "每季度", "按季度", "按月", "加密", "加大", "增加", "检查站", "检测站", "查验站"}
	// burdenBans bar the outsiders from something after they are named.
	burdenBans = []string{"不得", "不予", "不能", "禁止", "不准", "不允许", "限制", "不享受", "不纳入", "不认可"}
	// evenly say both are treated alike.
	// burdenLawful are the checks and persons a law singles out itself.
	burdenLawful = []string{"外来物种", "外来入侵", "外来人员", "外来务工", "外来人口", "疫情", "疫区", "依法"}
	evenly       = []string{"统一按", "和本地", "和本市", "和本县", "和本区", "和本省", "同等", "平等", "一视同仁", "一样", "相同", "一致", "同样", "互认", "均按", "均可", "均应", "均须", "均需"}
)

// outsiderBurdenFrame: outside operators or goods bear a charge, an added
// check or a bar, or local ones are spared what they bear: "外地车辆进入本市
// 批发市场的，按每车次五十元收取进场费，本地车辆免收", "对外地来我县承接工程的
// 企业，县住建局每月开展一次专项执法检查".
func outsiderBurdenFrame(s string, w *present) (int, int, bool) {
	if containsAny(s, evenly) || containsAny(s, burdenLawful) {
		return -1, -1, false
	}
	for _, o := range outsiders.find(s, w) {
		if bannedBefore(s, o.a) || strings.HasPrefix(s[o.a:], "外来") {
			continue
		}
		// a checkpoint set up before them in the sentence (《反垄断法》第四十一条第（四）项:
		// 设置关卡): "在县域出入口设立检查站，对外地酒类产品进行检查"
		if k, ok := checkpointBefore(s, o.a); ok {
			return k, o.b, true
		}
		// who or what comes from elsewhere, within sixteen runes after the place
		end := forward(s, o.b, 16)
		if k := strings.IndexAny(s[o.b:end], "。；;"); k >= 0 {
			end = o.b + k
		}
		if !parties.within(s, o.b, end, w) && !otherOperators.within(s, o.b, end, w) && !outsideGoods.within(s, o.b, end, w) && !outsiderSubjects.within(s, o.b, end, w) {
			continue
		}
		// the burden in the sentence part after them
		stop := len(s)
		if k := strings.IndexAny(s[o.b:], "。；;"); k >= 0 {
			stop = o.b + k
		}
		rest := s[o.b:stop]
		if j, ok := burdenIn(rest); ok {
			return o.a, o.b + j, true
		}
	}
	return -1, -1, false
}

// burdenIn finds in rest (the text after an outside party) a burden laid on
// it and returns where it ends.
func burdenIn(rest string) (int, bool) {
	// a charge, where a fee is named in its clause
	for _, c := range burdenCharges {
		if j := strings.Index(rest, c); j >= 0 && utf8.RuneCountInString(rest[:j]) <= 40 {
			lo, hi := clauseAround(rest, j, j+len(c))
			if strings.Contains(rest[lo:hi], "费") && !bannedBefore(rest, j) {
				return j + len(c), true
			}
		}
	}
	// a check with a mark of more, in one clause
	for _, c := range burdenChecks {
		for _, x := range appendWord(nil, rest, c) {
			lo, _ := clauseAround(rest, x.a, x.b)
			if containsAny(rest[max(lo, back(rest, x.a, 10)):x.a], checkMarks) && utf8.RuneCountInString(rest[:x.a]) <= 40 && !bannedBefore(rest, x.a) {
				return x.b, true
			}
		}
	}
	// a step done again for them: "须在本县驾校重新培训后方可参加考试"
	for _, again := range []string{"重新", "重复", "再次", "二次"} {
		if j := strings.Index(rest, again); j >= 0 && utf8.RuneCountInString(rest[:j]) <= 30 && containsAny(rest[j:forward(rest, j, 6)], againSteps) && !bannedBefore(rest, j) {
			return forward(rest, j, 4), true
		}
	}
	// a standard of their own (招标投标法实施条例第三十二条第（四）项: 不同的资格审查或者
	// 评标标准): "对外地投标人采用了与本地投标人不同的评标标准"
	if j := strings.Index(rest, "不同的"); j >= 0 && utf8.RuneCountInString(rest[:j]) <= 30 && containsAny(rest[j:forward(rest, j, 12)], differentTerms) && !bannedBefore(rest, j) {
		return j + len("不同的"), true
	}
	if j := strings.Index(rest, "检查站"); j >= 0 && utf8.RuneCountInString(rest[:j]) <= 30 {
		return j + len("检查站"), true
	}
	// a bar laid on them within twenty runes: "…进入本县农贸市场经营的，不得占用固定摊位";
	// not one on the authority ("…，不得收取任何额外费用")
	for _, b := range burdenBans {
		if j := strings.Index(rest, b); j >= 0 && utf8.RuneCountInString(rest[:j]) <= 20 && !hasSuffixAny(rest[:j], []string{"均", "也", "都"}) && !hasPrefixAny(rest[j+len(b):], authorityActs) {
			return j + len(b), true
		}
	}
	// a price or a penalty raised for them: "电价按工商业电价上浮20%执行",
	// "信用分扣减加倍"
	for _, up := range []string{"上浮", "加价", "加倍", "翻倍", "加收", "从严", "加严", "提高收费", "提高标准"} {
		if j := strings.Index(rest, up); j >= 0 && utf8.RuneCountInString(rest[:j]) <= 30 && !bannedBefore(rest, j) {
			return j + len(up), true
		}
	}
	// local ones spared, or held to another measure, in a later clause:
	// "…，本地车辆免收", "按本地车辆收费标准的两倍缴纳".
	for _, own := range []string{"本地", "本市", "本县", "本区", "本省", "当地", "市内", "县内", "区内", "省内"} {
		j := strings.Index(rest, own)
		if j < 0 {
			continue
		}
		after := rest[j+len(own) : forward(rest, j+len(own), 12)]
		// the local ones named as such: "本地车辆免收", "本地企业每年检查一次"
		if !containsAny(after[:len(rest[j+len(own):forward(rest, j+len(own), 4)])], localOnes) {
			continue
		}
		if containsAny(after, []string{"免收", "免于", "免予", "免费", "无需", "无须", "不需", "不受", "减免", "倍", "一次", "不收"}) {
			return j + len(own) + len(after), true
		}
	}
	return -1, false
}

// againSteps are the steps a burden makes outsiders take again.
var againSteps = []string{"培训", "考试", "考核", "检测", "检验", "认证", "检疫", "办理", "登记", "备案", "审批", "申请", "评估", "鉴定", "验收"}

// localOnes are the local operators or goods a contrast names.
var localOnes = []string{"企业", "车辆", "经营者", "商户", "商品", "产品", "单位", "公司", "机构", "蔬菜", "货物"}

// authorityActs after a ban make it the authority's: what it may not do to
// the outsiders.
var authorityActs = []string{"收回", "追回", "退回", "扣回", "收取", "设置", "设定", "要求", "限制", "歧视", "对其", "附加", "增加", "实行", "另行", "重复", "排斥", "阻碍", "拒绝", "以"}

// forward returns the byte offset n runes after at in s (or len(s)).
func forward(s string, at, n int) int {
	for ; n > 0 && at < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[at:])
		at += size
	}
	return at
}

var (
	// sourcingActs are buying, using, supplying or shelving goods of
	// someone.
	sourcingActs = []string{"从", "向", "由", "销售", "经销", "陈列", "采购", "购买", "购置", "选购", "购进", "使用", "选用", "采用", "订购", "供应", "供给", "销售给", "上架", "委托", "租用", "聘用", "选聘"}
	// sourcingMusts make the choice of seller a duty, an exclusivity or a
	// share: "全部从市内供应商处采购", "本地农产品上架比例不得低于百分之六十".
	sourcingMusts = []string{"全部", "只能", "只从", "仅从", "须", "需", "必须", "应当", "应", "一律", "统一", "优先", "仅限",
		// priority in other words: "首购首用…先行选购区内企业生产的产品"
		"先行", "首选", "首购", "承诺", "比例不得低于", "比例不低于", "比例应", "不少于", "不得少于", "不低于"}
	sourcingFree = []string{"一视同仁", "同等对待", "平等对待", "不限生产企业", "不限产地", "不限地域", "不限品牌", "自主决定", "自主选择", "自行决定", "自行选择", "自愿", "税务", "社会保险", "海关"}
	// localGoods are the sellers and goods of a place one is told to choose.
	localProducts = newCommonConcept("生产的", "产品", "商品", "食材", "建材", "货物")
	localGoods    = newCommonConcept("供应商", "企业", "公司", "厂家", "经营者", "商户", "搅拌站", "厂", "屠宰场", "养殖场", "生产的", "产品", "农产品", "商品", "食材", "建材", "品牌", "货物", "服务商")
)

// localSourcingFrame: purchases, use or supply kept to the sellers or goods
// of the drafter's place: "本市机关食堂所需食材全部从市内供应商处采购",
// "参与项目的企业须承诺使用县内企业生产的组件", "生猪应当优先供应本地屠宰企业".
func localSourcingFrame(s string, w *present) (int, int, bool) {
	for _, p := range ownPlaces.find(s, w) {
		name := s[p.a:p.b]
		// 区内, 市内…also end other words (保税区内): only after a verb or preposition of sourcing.
		if r, _ := utf8.DecodeRuneInString(name); strings.ContainsRune("区市县省镇州辖", r) && !hasSuffixAny(s[:p.a], sourcingActs) && !hasSuffixAny(s[:p.a], []string{"在", "的", "，"}) && p.a > 0 {
			continue
		}
		lo, hi := clauseAround(s, p.a, p.b)
		// the seller or the goods within six runes after the place, with
		// no market or authority between ("向当地主管机构", "向本地市场供应")
		end := min(hi, forward(s, p.b, 6))
		g := -1
		for _, word := range localGoods.words {
			if j := strings.Index(s[p.b:end], word); j >= 0 && (g < 0 || p.b+j < g) {
				g = p.b + j
			}
		}
		if g < 0 || containsAny(s[p.b:g], []string{"市场", "部门", "机关", "主管", "政府", "机构", "人民"}) {
			continue
		}
		// the act of sourcing just before the place, or just after the seller
		act := -1
		for _, a := range sourcingActs {
			if j := strings.LastIndex(s[max(lo, back(s, p.a, 8)):p.a], a); j >= 0 {
				act = max(lo, back(s, p.a, 8)) + j
				break
			}
			// after them only for goods ("本地农产品上架比例"): after operators
			// the act is theirs ("区内企业委托…").
			if j := strings.Index(s[p.b:min(hi, forward(s, p.b, 18))], a); j >= 0 && a != "从" && a != "向" && localProducts.within(s, p.b, p.b+j, w) {
				act = p.b + j
				break
			}
		}
		if act < 0 {
			continue
		}
		// a duty, an exclusivity or a share, in the sentence; not a free
		// choice, nor a tax or a customs matter
		if !containsAny(s, sourcingMusts) || containsAny(s, sourcingFree) || bannedBefore(s, min(act, p.a)) || describedAsWrong(s, min(act, p.a)) {
			continue
		}
		return min(act, p.a), max(p.b, min(hi, forward(s, p.b, 10))), true
	}
	return -1, -1, false
}

// differentTerms are what a different treatment of outsiders may be in.
var differentTerms = []string{"标准", "评标", "审查", "要求", "条件", "程序", "待遇", "办法", "评分"}

// checkpoints are the posts the law calls 关卡 (《反垄断法》第四十一条第（四）项).
var checkpoints = []string{"检查站", "关卡", "卡点", "设卡", "检查点", "查验点", "检测点"}

// checkpointBefore finds a checkpoint set up at most twenty runes before at
// in the same sentence part, not one the text bans ("不得设置关卡").
func checkpointBefore(s string, at int) (int, bool) {
	lo := max(0, back(s, at, 20))
	if k := strings.LastIndexAny(s[lo:at], "。；;"); k >= 0 {
		lo += k + 1
	}
	for _, c := range checkpoints {
		if j := strings.Index(s[lo:at], c); j >= 0 {
			if bannedBefore(s, lo+j) || containsAny(s[max(0, back(s, lo+j, 6)):lo+j], []string{"不得", "禁止", "严禁", "不准", "撤销", "撤除", "取消"}) {
				continue
			}
			return lo + j, true
		}
	}
	return 0, false
}
