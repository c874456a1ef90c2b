package rules

import (
	"slices"
	"strings"
	"unicode/utf8"

	"beishen/review"
)

// Frames of market access as the 市场准入负面清单 system states it: outside
// the list every operator may enter on equal terms, and an authority that
// adds a licence, a filing, a proof or a condition (《公平竞争审查条例》第八条
// 第（一）、（四）项, and the forms of a disguised barrier the 2021 实施细则
// lists: 备案、登记、注册、年检、认定、认证、检验、配号、换证…), refuses or
// holds up an operator's business (第八条第（五）项) or leaves a market to
// the one it chose (第八条第（二）项) raises a barrier. (Deposits are F14's.) Published cases tell this as an authority's act in
// reported speech ("某局要求企业另行出具…证明", "以…为由拒绝办理"), so these
// frames read reported conduct as well as a clause. Like the other frames
// they combine concepts in one sentence and a ban aimed at the authority
// cancels them.

var (
	// added are the marks of a requirement beyond the law: added (另行,
	// 额外, 增设), self-made (自行, 擅自), without basis (违规, 变相, 无…依据),
	// raised (提高), or put on a pretext (…为由).
	added = newConcept("远高于", "明显高于", "设置前置", "设置了前置", "设定前置", "增设前置", "纳入行政许可", "纳入行政审批", "高于国家", "严于国家", "高于上级", "另行", "额外", "增设", "另设", "擅自", "自行设定", "自行设置", "自行规定", "违规设置", "违规设定", "违规要求", "违法设置", "违法设定", "变相设置", "变相设定", "变相要求", "变相审批", "变相许可", "变相准入", "提高", "抬高", "为由", "为名", "名义", "无法律", "没有法律", "缺少法律", "缺乏法律", "于法无据", "无依据", "没有依据", "缺乏依据", "前置条件", "前置审批", "超范围", "超出法定", "纳入审批", "纳入许可",
		// 第八条第（四）项's own words for the condition: 不合理、歧视性
		"不合理", "歧视性",
		// a proof demanded beyond the listed ones: "除提交规定材料外，还须提交…证明"
		// (还应当提交 is how the registration rules themselves list their materials)
		"还须提交", "还需提交", "另须提交", "另需提交")
	// gates are the forms a barrier takes: an approval or licence (第八条
	// 第（一）项), the disguised forms of the 实施细则, a proof, a
	// qualification or a condition of entry (第八条第（四）项).
	gates = newConcept("审批", "许可", "核准", "备案", "登记", "年检", "年审", "监制", "认定", "认证", "认可", "检验", "检测", "审定", "配号", "复检", "复审", "换证", "证明", "资质", "准入", "门槛", "条件", "手续", "评估", "鉴定", "证书", "证照", "检查", "程序",
		// a step put before another (前置条件, 前置审批, "增设了前置关口")
		"前置")
	// accessParties are who enters a market: operators, and the applicants
	// and businesses reported cases name.
	accessParties = newConcept("经营者", "经营主体", "市场主体", "企业", "公司", "商户", "个体", "旅行社", "经营户", "服务商", "运营商", "平台", "供应商", "投标人", "申请人", "申请者", "报名者", "报名人", "从业者", "从业人员", "机构", "门店", "网点", "加油站", "药店", "民宿", "学校", "医院", "餐饮", "行业", "车辆", "车型", "产品", "商品")
	// refusals are an authority turning an operator away or the operator
	// left unable to proceed.
	refusals = newConcept("拒绝", "拒不", "不予", "未予", "不给予", "不允许", "不准", "暂缓", "无法", "难以", "不能")
	// handlings are what the operator asked for: a service of the
	// authority, entry or the means of operating.
	handlings = newCommonConcept("办理", "受理", "登记", "审批", "落户", "上牌", "备案", "发放", "核发", "发证", "验收", "接入", "入驻", "开业", "营业", "经营", "进入", "准入", "认可", "年检", "年审", "供油", "供电", "供水", "供气", "开票", "开具", "上路", "通过", "申领")
	// onlyOnes leave a market to those named: "只有中标人才可以运营".
	onlyOnes = newConcept("只有", "仅有", "唯有", "只允许", "仅允许", "只准", "仅准", "只能由", "仅能由", "仅限")
	// chosenOnes are the operators an authority chose or tied to itself.
	chosenOnes = newCommonConcept("中标", "指定", "签约", "合作", "入围", "授权", "特定", "该公司", "该企业", "公司", "集团", "本地", "当地", "本市", "本县", "本区", "本镇", "本乡", "户籍", "国有", "国企")
	// operating is what the chosen may do and the others may not.
	operating = newCommonConcept("经营", "运营", "进入", "参与", "投放", "销售", "开展", "承接", "提供", "从事", "营业", "入驻", "使用", "承担", "承办")
	// effects are the harm the law names (《公平竞争审查条例》第一条, 《反垄断法》
	// 第五章: 排除、限制竞争; the 负面清单's 准入障碍、壁垒) stated as an
	// outcome of a measure.
	effects = newConcept("准入障碍", "准入壁垒", "隐性壁垒", "隐性门槛", "市场壁垒", "进入壁垒", "准入门槛", "排除、限制竞争", "排除限制竞争", "排除、限制了", "排除和限制竞争", "限制竞争", "限制了", "地方保护", "市场分割", "不公平竞争", "妨碍公平竞争", "影响公平竞争", "妨碍了公平竞争", "影响了公平竞争", "退出障碍", "准入限制", "清除出市场",
		// the harm as a verb in the past, like 限制了: "排斥了其他施工企业参与"
		"排斥了")
	// outcomes say a measure brought the harm about.
	outcomes = newConcept("造成", "形成", "产生", "导致", "构成", "存在", "带来", "涉嫌", "属于", "具有")
)

// addedGateFrame: a licence, filing, proof or condition laid on operators
// beyond the law: "要求企业另行出具所建厂房非违建证明", "在缺少法律法规依据的
// 情况下…提出准入要求", "提高泥头车运输企业准入门槛".
func addedGateFrame(s string, w *present) (int, int, bool) {
	party := accessParties.in(w)
	if party && beforeOpening.in(w) {
		if a, b, ok := openingApprovalFrame(s, w); ok {
			return a, b, true
		}
	}
	// An approval on opening a business needs no gate word, but then it
	// must be a local body's (see approvalFrame).
	if party && (gates.in(w) || consentSteps.in(w)) || entryActs.in(w) || consentSteps.in(w) && gates.in(w) {
		if a, b, ok := approvalFrame(s, w, party && (gates.in(w) || consentSteps.in(w))); ok {
			return a, b, true
		}
	}
	if party && added.in(w) {
		if a, b, ok := aboveStandard(s); ok {
			return a, b, true
		}
	}
	if !gates.in(w) {
		return -1, -1, false
	}
	if party {
		if a, b, ok := proofFrame(s, w); ok {
			return a, b, true
		}
	}
	for _, a := range added.find(s, w) {
		if bannedBefore(s, a.a) {
			continue
		}
		// Without an operator named, only a mark that says the gate was set
		// beyond the law will do: "擅自提高食品经营许可条件".
		if !party && !hasPrefixAny(s[a.a:], strongMarks) {
			continue
		}
		// 擅自 is as often an operator's own act (擅自从事…); it marks an
		// added gate only when what follows sets one.
		if s[a.a:a.b] == "擅自" && !hasPrefixAny(s[a.b:], settingVerbs) {
			continue
		}
		// "具体办法另行制定" delegates the details; it sets no gate.
		if s[a.a:a.b] == "另行" && hasPrefixAny(s[a.b:], []string{"制定", "印发", "发布", "公布", "通知", "明确", "规定"}) {
			continue
		}
		// "可以另行委托" is a party's right, not a demand; "无需另行审批" none.
		if hasSuffixAny(s[:a.a], []string{"可以", "可", "有权", "也可", "无需", "无须", "不需", "不必", "不再"}) {
			continue
		}
		mark := s[a.a:a.b]
		// 高于国家… raises a gate only when what it raises is a condition
		// ("高于国家规定的准入条件"), not goods above a standard.
		if hasPrefixAny(mark, []string{"高于", "严于"}) && !containsAny(s[a.b:forward(s, a.b, 10)], []string{"条件", "门槛", "资质", "准入", "要求"}) {
			continue
		}
		if mark == "远高于" || mark == "明显高于" {
			continue // read by aboveStandard
		}
		// 变相审批, 纳入行政许可: the mark names its gate.
		if (strings.HasPrefix(mark, "变相") || strings.HasPrefix(mark, "纳入")) && containsAny(mark, []string{"审批", "许可", "准入"}) {
			return a.a, a.b, true
		}
		// Without a basis (缺少法律法规依据的情况下，…) reaches the sentence part.
		reach := 20
		if strings.Contains(mark, "依据") || strings.Contains(mark, "法律") || mark == "于法无据" {
			reach = 40
		}
		backward := mark == "为由" || mark == "提高" || mark == "抬高" || mark == "擅自" && hasPrefixAny(s[a.b:], []string{"提高", "抬高", "增加", "增设"})
		// The gate within twenty runes (forty) after the mark, in the same sentence
		// part and not across a condition (…的，), or just before a pretext
		// (以…为由 names what the gate is put on) or a raise (门槛…提高).
		for _, g := range gates.find(s, w) {
			var lo, hi int
			switch {
			case g.a >= a.b && runesBetween(s, a.b, g.a) <= reach && !strings.ContainsAny(s[a.b:g.a], "。；;") && !containsAny(s[a.b:g.a], []string{"的，", "的,"}):
				lo, hi = a.a, g.b
			case backward && g.b <= a.a && runesBetween(s, g.b, a.a) <= 10 && sameClause(s, g.b, a.a):
				lo, hi = g.a, a.b
			default:
				continue
			}
			return lo, hi, true
		}
	}
	return -1, -1, false
}

// aboveStandard: a threshold said to exceed the standard above it, "办学场地
// 面积不少于五百平方米，远高于省级标准" (第八条第（四）项: 不合理的准入条件).
func aboveStandard(s string) (int, int, bool) {
	for _, m := range findWords(s, []string{"远高于", "明显高于"}) {
		from := back(s, m.a, 30)
		if containsAny(s[from:m.a], thresholds) && containsAny(s[m.b:forward(s, m.b, 8)], []string{"标准", "规定", "要求"}) && !bannedBefore(s, from) {
			return from, forward(s, m.b, 8), true
		}
	}
	return -1, -1, false
}

// thresholds are a quantity demanded of an operator.
var thresholds = []string{"不少于", "不低于", "不得少于", "不得低于", "以上", "至少"}

// strongMarks say by themselves that a gate was set beyond the law.
var strongMarks = []string{"设置前置", "设置了前置", "设定前置", "增设前置", "纳入行政许可", "纳入行政审批", "纳入许可", "纳入审批", "高于国家", "严于国家", "高于上级", "擅自", "不合理", "歧视性", "变相审批", "变相许可", "变相准入", "违规设置", "违规设定", "违规要求", "违法设置", "违法设定", "变相设置", "变相设定", "变相要求", "增设", "自行设定", "自行设置", "自行规定", "于法无据"}

// approvalMarks introduce a consent the operator must have first.
var approvalMarks = []string{"须经", "需经", "必须经", "应当经", "应经", "要经", "先经", "先取得", "须先", "需先", "必须先"}

// proofAnchors and approvalAnchors are the words the proof and approval
// forms cannot do without.
var (
	proofAnchors    = []string{"出具", "开具"}
	approvalAnchors = []string{"方可", "才能", "才可", "后才", "先经", "先取得", "须先", "需先", "必须先"}
)

// approvals are an authority's consent an operator is made to wait for.
var approvals = newCommonConcept("同意", "审批", "批准", "核准", "审核", "审定", "验收", "评审", "意见", "批复", "准予", "许可", "确认", "审查", "核查", "核验", "查验", "论证")

// consentSteps are the ways an operator is sent to a body for its consent
// (须经, 须报, 须到…办理, 须向…申请, 须提交…同意意见); with an operator named
// they let approvalFrame look for a consent without a gate word.
var consentSteps = newConcept("须经", "需经", "必须经", "应当经", "应经", "须先经", "需先经", "必须先经", "应当先经", "应先经", "须报", "需报", "必须报", "应当报", "应报", "须到", "需到", "必须到", "应当到", "须向", "需向", "必须向", "应当向", "须提交", "需提交", "应当提交", "报经", "日报", "天报")

// businessActs are an operator's own acts of business a consent may be
// laid on: "转让经营权的，须经所在街道同意", "价格调整，须报…同意".
var businessActs = []string{"经营", "转让", "调整", "营业", "出口", "销售", "开业", "开办", "新办", "从事", "价格", "收费标准", "备案", "业务", "设立分", "开设", "新增", "扩大", "增设", "扩建"}

// consentLawful are consents a law itself requires of whoever does the act:
// state assets, and prices the government sets.
var consentLawful = []string{"国有", "国资", "政府定价", "政府指导价"}

// approvalFrame: an operator made to wait for an authority's consent
// before it may operate or apply (第八条第（一）项: 违法设置审批程序),
// "新建加油站须经县商务局同意后方可办理相关手续".
func approvalFrame(s string, w *present, party bool) (int, int, bool) {
	// The consent is asked through one of these: 须经…同意, 须报…审批,
	// 应当先取得…批复, 须由…出具同意意见.
	var steps []span
	for _, t := range []string{"经", "先取得", "报", "取得", "由", "到", "向", "提交"} {
		steps = appendWord(steps, s, t)
	}
	slices.SortFunc(steps, func(x, y span) int { return x.a - y.a })
	opening := -1 // where an act of opening a business starts, if one comes before
	if e := entryActs.find(s, w); len(e) > 0 {
		opening = e[0].a
		for _, x := range e {
			opening = min(opening, x.a)
		}
	}
	for _, st := range steps {
		at := st.a
		if s[st.a:st.b] == "先取得" {
			at += len("先")
		}
		if s[st.a:st.b] == "报" && strings.HasPrefix(s[st.b:], "经") {
			continue // 报经: the 经 that follows is the step
		}
		// 须先经, 先取得; 事先经…批准 is how laws word their own approvals.
		first := hasSuffixAny(s[:at], []string{"先", "先行", "预先"}) && !hasSuffixAny(s[:at], []string{"事先"})
		must := hasSuffixAny(s[:at], []string{"须", "需", "必须", "应当", "应", "要", "须报", "需报", "应报", "应当报", "必须报", "事先", "应当事先", "须事先"})
		// a term between the duty and the step: "须提前三十日报…同意"
		if lo, _ := clauseAround(s, at, at); !must && strings.Contains(s[max(lo, back(s, at, 10)):at], "提前") {
			must = containsAny(s[max(lo, back(s, at, 12)):at], []string{"须", "需", "应当", "应"})
		}
		// 到, 向 and 提交 are steps only after a duty: "须到区城管局办理"
		sent := s[st.a:st.b] == "到" || s[st.a:st.b] == "向" || s[st.a:st.b] == "提交"
		if !first && !must || sent && !must || bannedBefore(s, at) {
			continue
		}
		_, hi := clauseAround(s, at, at)
		// The consent put before what the operator may then do, in the
		// sentence part: "…评审通过，方可向民政部门申请登记".
		part := s[at:forward(s, at, 40)]
		if k := strings.IndexAny(part, "。；;"); k >= 0 {
			part = part[:k]
		}
		// A step taken first (须先经…) may name what is checked before the
		// consent: "须先经县工作专班对消防、卫生实地查看并集体评审通过".
		end := at + 20*3
		if first {
			end = forward(s, at, 30)
		}
		ap := approvals.find(s[:min(hi, end)], w)
		if sent {
			// sent to a body, the consent may come in the next clause: "须到县住建局
			// 办理用气备案，经审查合格后方可营业"
			ap = approvals.find(s[:at+len(part)], w)
		}
		var a span
		found := false
		for _, x := range ap {
			if x.a > at && (!found || x.a < a.a) {
				a, found = x, true
			}
		}
		if !found {
			continue
		}
		local := localBody(s[at:a.a])
		// A local body's consent with the act refused without it: "室外广告牌的
		// 设置须经市城管局逐一审批，未经审批的不予登记".
		if local && must && strings.Contains(part, "未经") && containsAny(part, []string{"不予", "不得", "一律不"}) && !containsAny(s, consentLawful) {
			return at, a.b, true
		}
		// A local body's consent to an operator's own business act, or to
		// what it then does: "转让经营权的，须经所在街道同意", "收费标准应当报
		// 街道审定后执行".
		if party && local && !containsAny(s, consentLawful) && (containsAny(s[:at], businessActs) || hasPrefixAny(s[a.b:], []string{"后执行", "后实施", "后调整", "后公布"})) {
			return at, a.b, true
		}
		for _, then := range []string{"方可", "才能", "才可", "后才", "方予", "才予"} {
			// Without an operator named, only a local body's consent: a
			// law names its approving authority by function (审批机关).
			if j := strings.Index(part, then); j >= 0 && (party || local) {
				return at, at + j + len(then), true
			}
		}
		// A consent to be had first ("先取得…同意意见") needs no 方可, nor
		// one laid on opening a business ("新办农资门店须由县供销社出具同意
		// 意见"); a bare approval (须经…审批) is how laws set theirs, and is
		// left to the legality rules.
		if first && (party || local) {
			return at, a.b, true
		}
		// On opening, the consent of a local body ("县供销合作社", "区邮政管理
		// 部门", "街道"): a law names its approving authority by its function
		// (审批机关), not by a county or a street.
		if opening >= 0 && opening < at && local {
			return at, a.b, true
		}
	}
	return -1, -1, false
}

// localBody reports whether s names a particular local body ("县供销合作社", "州检验所",
// "区邮政管理部门", "街道"), not a level (县级以上) or a market (市场).
func localBody(s string) bool {
	// the tiers a law names (省、自治区、直辖市, 设区的市) are no particular body
	for _, tier := range []string{"自治区", "直辖市", "设区的市"} {
		s = strings.ReplaceAll(s, tier, "")
	}
	if containsAny(s, []string{"街道", "社区", "村委", "居委", "园区", "管委会"}) {
		return true
	}
	prev := rune(0)
	for i, r := range s {
		if strings.ContainsRune("县区市乡镇州", r) {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			// 市民, 区级, 市场 are no body; 区民政局 is one
			civil := strings.HasPrefix(s[i+utf8.RuneLen(r):], "民政")
			if (civil || !strings.ContainsRune("级场民", next)) && !strings.ContainsRune("城地社辖", prev) {
				return true
			}
		}
		prev = r
	}
	return false
}

// entryActs are an operator opening a business: a consent demanded for one
// is an approval set on entry.
var entryActs = newConcept("开办", "开设", "新办", "新设", "新开办", "新开设", "从事",
	// a new outlet built: "新建加油站须经区商务局同意"
	"新建加油站", "新建门店", "新建网点", "新建站点", "新建经营", "新建商业")

// beforeOpening names the moment before an operator starts business; an
// authority's consent demanded then is an approval set on entry (第八条
// 第（一）项): "民宿开业前须报乡镇政府审核同意".
var beforeOpening = newConcept("开业前", "营业前", "经营前", "开办前", "开张前", "入驻前", "进驻前", "投入运营前", "投放前", "开展业务前", "承接业务前", "从事业务前", "开展经营前", "经营活动前", "营运前", "运营前", "上线前", "从业前", "投入使用前")

// openingApprovalFrame: a consent to be had before opening, "开业前须报
// 乡镇政府审核". A filing (备案) is not a consent and is left to F03.
func openingApprovalFrame(s string, w *present) (int, int, bool) {
	for _, o := range beforeOpening.find(s, w) {
		if bannedBefore(s, o.a) {
			continue
		}
		rest := strings.TrimPrefix(strings.TrimPrefix(s[o.b:], "，"), ",")
		// "开业前报经审批": 报经 is a demand by itself.
		bare := strings.HasPrefix(rest, "报经")
		must := ""
		for _, m := range []string{"须", "需", "必须", "应当", "应", "要"} {
			if strings.HasPrefix(rest, m) {
				must = m
				break
			}
		}
		if must == "" && !bare {
			continue
		}
		rest = rest[len(must):]
		if !hasPrefixAny(rest, []string{"报", "经", "取得", "征得", "获得", "向", "到"}) {
			continue
		}
		at := len(s) - len(rest)
		_, hi := clauseAround(s, at, at)
		for _, a := range approvals.find(s[:hi], w) {
			if a.a > at && runesBetween(s, at, a.a) <= 16 {
				return o.a, a.b, true
			}
		}
	}
	return -1, -1, false
}

// settingVerbs are an authority's acts of setting a gate.
var settingVerbs = []string{"设置", "设定", "增设", "增加", "提高", "划定", "要求", "提出", "规定", "出台", "制定", "实施", "将", "把", "以"}

// proofDemands are a demand on the operator, and proofFrom a proof made by
// a third party or added (a law's own list of papers says 提交、提供): 国办发〔2018〕47号 cancels every proof no law or regulation
// sets, so "要求企业出具…证明" in a measure or a report is a proof added.
var (
	proofDemands = newConcept("要求")
	proofFrom    = newCommonConcept("出具", "开具", "另行", "补充")
)

// proofFrame: "要求企业另行出具所建厂房非违建证明", "须由村委会开具无纠纷证明".
func proofFrame(s string, w *present) (int, int, bool) {
	for _, d := range proofDemands.find(s, w) {
		if bannedBefore(s, d.a) {
			continue
		}
		_, hi := clauseAround(s, d.a, d.b)
		if !accessParties.within(s, back(s, d.a, 20), hi, w) {
			continue
		}
		rest := s[d.b:hi]
		j := strings.Index(rest, "证明")
		if j < 0 || runesBetween(s, d.b, d.b+j) > 30 || !proofFrom.within(s, d.b, d.b+j, w) {
			continue
		}
		return d.a, d.b + j + len("证明"), true
	}
	return -1, -1, false
}

// refusalFrame: an operator turned away from a service, entry or the means
// of operating: "以行政级别不对等为由，拒绝为两所培训学校办理年度检查",
// "在个别州市难以落户上路", "对在控制范围内的，一律不予办理".
func refusalFrame(s string, w *present) (int, int, bool) {
	if !accessParties.in(w) {
		return -1, -1, false
	}
	pretext := strings.Contains(s, "为由")
	for _, r := range refusals.find(s, w) {
		if bannedBefore(s, r.a) {
			continue
		}
		word := s[r.a:r.b]
		// 不予, 不准 and the like are how a law sets its own refusals ("…的，
		// 不予登记"); they are a barrier when put on a pretext or to all alike.
		if word != "拒绝" && word != "拒不" && word != "无法" && word != "难以" && !pretext && !hasSuffixAny(s[:r.a], []string{"一律", "均", "一概", "统统"}) {
			continue
		}
		lo, hi := clauseAround(s, r.a, r.b)
		// A refusal in a condition ("…致使企业无法继续经营的，") is the
		// case a rule provides for, not a refusal made.
		if clause := strings.TrimRight(s[lo:hi], " "); strings.HasSuffix(clause, "的") && hi < len(s) {
			continue
		}
		// What was refused follows at once ("无法办理", "难以落户"), or
		// after the one it was refused to ("拒绝为两所学校办理").
		reach := 4
		if hasPrefixAny(s[r.b:], []string{"为", "给", "对", "向"}) {
			reach = 16
		}
		for i, h := range handlings.words {
			if !handlings.seen(i, w) {
				continue
			}
			if j := strings.Index(s[r.b:hi], h); j >= 0 && runesBetween(s, r.b, r.b+j) <= reach {
				return r.a, r.b + j + len(h), true
			}
		}
	}
	return -1, -1, false
}

// onlyOnesFrame: a market left to those the authority chose: "明确只有中标人
// 才可以在禅城区运营互联网租赁电动自行车".
func onlyOnesFrame(s string, w *present) (int, int, bool) {
	for _, o := range onlyOnes.find(s, w) {
		if bannedBefore(s, o.a) {
			continue
		}
		lo, hi := clauseAround(s, o.a, o.b)
		if lo > o.a {
			lo = o.a
		}
		if !chosenOnes.within(s, o.b, min(hi, o.b+24*3), w) || !operating.within(s, o.b, hi, w) {
			continue
		}
		// "只有…才", "只能由…", "只允许…": the others are shut out.
		word := s[o.a:o.b]
		if !strings.Contains(s[o.b:hi], "才") && !strings.Contains(s[o.b:hi], "方可") && !strings.HasSuffix(word, "由") && word != "仅限" && !strings.HasSuffix(word, "允许") && !strings.HasSuffix(word, "准") {
			continue
		}
		return o.a, hi, true
	}
	return -1, -1, false
}

// effectFrame: a measure said to bring about the harm the law names:
// "造成准入障碍", "形成隐性壁垒", "排除、限制了相关市场竞争". A text that
// says so of its own measure, or a report of one, is what a reviewer must
// see; a ban or a call to remove the harm (防止、消除、破除…) cancels it.
func effectFrame(s string, w *present) (int, int, bool) {
	for _, e := range effects.find(s, w) {
		if bannedBefore(s, e.a) {
			continue
		}
		// 排除、限制了… and 清除出市场 are the harm as a verb; the nouns need an
		// outcome word within eight runes before them.
		if strings.HasPrefix(s[e.a:], "排除、限制了") || strings.HasPrefix(s[e.a:], "清除出市场") {
			return e.a, e.b, true
		}
		// 限制了 is the harm when what it limits is entry or competition:
		// "限制了社会资本进入医疗服务市场".
		if hasPrefixAny(s[e.a:], []string{"限制了", "排斥了"}) {
			_, hi := clauseAround(s, e.a, e.b)
			if containsAny(s[e.b:min(hi, e.b+20*3)], []string{"进入", "准入", "竞争", "参与", "经营", "其他"}) {
				return e.a, e.b, true
			}
			continue
		}
		for _, o := range outcomes.find(s, w) {
			if o.b <= e.a && runesBetween(s, o.b, e.a) <= 8 && sameClause(s, o.b, e.a) {
				return o.a, e.b, true
			}
		}
	}
	return -1, -1, false
}

// Concepts of two more barriers: an agreement that keeps others out
// (《反垄断法》第四十条: 与经营者签订合作协议、备忘录等，妨碍其他经营者进入
// 相关市场或者实行不平等待遇), and a list of its own that shuts a trade
// (国发〔2015〕55号: 各地区各部门不得自行发布市场准入性质的负面清单).
var (
	agreements = newConcept("合作协议", "战略合作", "框架协议", "备忘录", "投资协议", "招商协议", "引资协议", "合作框架", "签订协议", "签署协议", "签订了协议")
	// exclusives are what the agreement gives the one who signed it.
	exclusives = newCommonConcept("独家", "排他", "唯一", "不再与其他", "不与其他", "不再引进", "不得引进", "不再引入", "不再批准", "不再审批", "不再新增", "不再准入", "专营", "优先", "保证其", "确保其", "市场份额", "独占",
		// the signatory itself handed a business or the public money: "约定
		// 全县项目由该企业承建", "财政资金统一存放该银行"
		"由其", "只能由该", "均由该", "统一由该", "全部由该", "不向其他", "不再向其他", "不得向其他", "不再发放", "不发放", "由该企业", "由该公司", "由该集团", "交由该", "存放该", "存放于该", "向该企业", "向该公司", "从该企业", "从该公司", "在该银行", "使用该")
	// ownLists are lists that say who or what may not enter.
	ownLists = newConcept("负面清单", "禁止类目录", "限制类目录", "禁止目录", "限制目录", "禁入目录", "禁止清单", "禁入清单", "准入目录", "禁止准入", "禁止新建", "禁止发展", "限制发展", "不予准入")
	// issuing is an authority making such a list.
	issuing = newCommonConcept("制定", "出台", "发布", "印发", "编制", "实行", "实施", "设立", "自行", "另行", "明确")
)

// agreementFrame: an agreement with an operator that keeps others out or
// favours it, "与某公司签订战略合作协议，承诺不再引进同类企业".
func agreementFrame(s string, w *present) (int, int, bool) {
	for _, a := range agreements.find(s, w) {
		if bannedBefore(s, a.a) || !firms.in(w) && !accessParties.in(w) && !designatedParties.in(w) {
			continue
		}
		from, to := back(s, a.a, 40), min(len(s), a.b+40*3)
		for to < len(s) && s[to]&0xC0 == 0x80 {
			to++
		}
		if exclusives.within(s, a.b, to, w) || exclusives.within(s, from, a.a, w) {
			return a.a, a.b, true
		}
	}
	return -1, -1, false
}

// ownListFrame: a list of its own that shuts a trade or a kind of operator,
// "出台本县产业禁止类目录".
func ownListFrame(s string, w *present) (int, int, bool) {
	for _, l := range ownLists.find(s, w) {
		if bannedBefore(s, l.a) {
			continue
		}
		if issuing.within(s, back(s, l.a, 12), l.a, w) {
			return back(s, l.a, 12), l.b, true
		}
	}
	return -1, -1, false
}

// lawNames are the conduct of 《公平竞争审查条例》第八–十一条 and 《反垄断法》
// 第五章 in the statutes' own words, as a report names what was done
// ("存在指定交易问题", "某局滥用行政权力限定交易").
var lawNames = newConcept("限定交易", "指定交易", "限定经营", "变相限定", "设置审批", "增设审批", "违法设置审批", "违规设立许可", "增设许可", "增设行政许可", "授予特许经营权", "设置准入障碍", "设置市场准入障碍", "排斥外地", "限制外地", "歧视性待遇", "差别化待遇", "差别待遇", "滥用行政权力", "行政垄断", "指定经营者", "超越定价权限", "干预市场调节价", "强制经营者", "变相强制", "选择性补贴", "差异化补贴", "选择性、差异化",
	// the items of 《公平竞争审查条例》第八–十一条 and 《反垄断法》第四十一、四十四条 in
	// their own words, and the forms the 市场准入负面清单 notices name
	"超越法定权限制定", "干预实行市场调节价", "实施垄断行为提供便利", "为经营者实施垄断行为", "区域封锁", "地区封锁", "强制入会", "强制挂靠",
	"阻碍本地经营者迁出", "阻碍经营者迁出", "进入本地市场", "强制外地经营者", "限定经营者数量", "限定了经营者数量", "限制经营者数量", "限制了经营者数量",
	"歧视性收费", "歧视性价格", "歧视性补贴", "歧视性技术", "歧视性资质", "不合理的准入", "不合理准入", "歧视性的准入", "歧视性准入", "给予特定经营者", "为特定经营者",
	"设置了退出障碍", "设置退出障碍", "妨碍商品自由流通", "妨碍商品在地区之间自由流通")

// lawNameFrame: the conduct named in the statutes' words and told as done:
// after an actor that opens the sentence or just before it, or after 存在
// (a finding: "经查，存在指定交易问题"). A ban, a condition or a checker's
// question (是否存在, 有无: ban words) cancels it.
func lawNameFrame(s string, w *present) (int, int, bool) {
	for _, n := range lawNames.find(s, w) {
		if bannedBefore(s, n.a) {
			continue
		}
		// A review that denies the wrong names it too: "该许可由条例设定，不属于违法
		// 设置审批程序" (the denial may stand before a 违法 the name leaves out).
		if lo, _ := clauseAround(s, n.a, n.a); containsAny(s[max(lo, back(s, n.a, 6)):n.a], denials) {
			continue
		}
		_, hi := clauseAround(s, n.a, n.b)
		if rest := strings.TrimRight(s[n.b:hi], " 。"); strings.HasSuffix(rest, "的") && hi < len(s) {
			continue
		}
		lo, _ := clauseAround(s, n.a, n.a)
		told := strings.Contains(s[lo:n.a], "存在") || containsAny(s[lo:n.a], actors) || openedByActor(s)
		if told {
			return n.a, n.b, true
		}
	}
	return -1, -1, false
}

// Concepts of a cap on how many may operate (第八条第（四）、（五）项: a
// number of operators or outlets fixed by the authority, not by the market).
var (
	caps = newConcept("总量控制", "数量控制", "数量限制", "限量发放", "只设一个", "只设一家", "仅设一个", "仅设一家", "只允许一家", "只允许设立一家", "只能设立一家", "只允许设置一个", "暂停新增", "不再新增", "的数量为", "数量限定为", "数量不超过", "数量控制在",
		// approvals capped, and outlets kept to a plan of the authority's
		"只批准设立", "仅批准设立", "只批准", "仅批准", "最多设立", "最多批准", "规划外的不予", "规划外不予", "不符合布局规划的不予")
	// outlets are what is counted: operators, their outlets, their licences.
	outlets = newCommonConcept("网点", "零售点", "门店", "经营者", "企业", "经营户", "运输证", "经营权", "牌照", "出租车", "网约车", "驾校", "加油站", "药店", "摊位", "搅拌站", "站点", "店", "公司", "平台", "市场")
)

// capFrame: the number of operators or outlets fixed, "每个乡镇只设一个零售
// 点", "对网约车实行总量控制", "混凝土搅拌站的数量为3家".
func capFrame(s string, w *present) (int, int, bool) {
	for _, c := range caps.find(s, w) {
		if bannedBefore(s, c.a) {
			continue
		}
		lo, hi := clauseAround(s, c.a, c.b)
		from := max(lo, back(s, c.a, 16))
		// "总量控制" is also of pollutants and water: only what operates counts.
		if !outlets.within(s, from, min(hi, c.b+16*3), w) && !outlets.within(s, back(s, c.a, 24), c.a, w) {
			continue
		}
		// "的数量为" counts only when the text sets it: "限定全县搅拌站的数量为3家".
		if s[c.a:c.b] == "的数量为" && !containsAny(s[lo:c.a], []string{"限定", "限制", "控制", "核定", "确定", "规定", "明确"}) {
			continue
		}
		if strings.HasSuffix(s[c.a:c.b], "为") || strings.HasSuffix(s[c.a:c.b], "超过") || strings.HasSuffix(s[c.a:c.b], "控制在") || strings.HasSuffix(s[c.a:c.b], "限定为") {
			// a number must follow: "数量为3家"
			if !hasPrefixAny(strings.TrimLeft(s[c.b:], " "), []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十"}) {
				continue
			}
		}
		return from, c.b, true
	}
	return -1, -1, false
}

// Concepts of a measure kept after it should have gone: the law or a
// higher body removed it, or required competition, and the authority still
// applies the old one (《公平竞争审查条例》第八条, and the review of measures in
// force its 第二十条 requires).
var (
	persists = newConcept("仍维持", "仍然维持", "继续维持", "仍保留", "继续保留", "仍沿用", "继续沿用", "仍执行", "仍在执行", "继续执行", "仍按", "仍要求", "仍然要求", "继续要求", "仍收取", "继续收取", "仍实行", "继续实行", "仍未取消", "未按规定取消", "仍未清理", "未予清理", "仍未废止")
	// removals say the measure should have gone.
	removals = newCommonConcept("取消", "废止", "放开", "明令", "已明确", "未按", "未落实", "未执行", "不再", "清理", "公平竞争方式", "公开招标", "负面清单", "违反")
)

// persistFrame: "规定出台后，深圳市交通局未按规执行，仍维持三家主要运营企业".
func persistFrame(s string, w *present) (int, int, bool) {
	for _, p := range persists.find(s, w) {
		if bannedBefore(s, p.a) {
			continue
		}
		if removals.within(s, 0, p.a, w) {
			_, hi := clauseAround(s, p.b, p.b)
			return p.a, min(hi, p.b+16*3), true
		}
	}
	return -1, -1, false
}

// accessFrameRules are the frames of this file, in report order after
// marketFrameRules.
func accessFrameRules() []*sentenceRule {
	sanction := `的，由|的,由|(?:依法|依规)(?:予以|给予)?(?:处罚|查处|追究|处理)|追究[^，。]{0,8}责任|给予[^，。]{0,6}处分|责令[^，。]{0,4}改正`
	return []*sentenceRule{
		{
			RuleInfo: RuleInfo{ID: "F22", Category: review.FairCompetition, Severity: review.High,
				Title: "增设准入审批、备案、证明或条件", TitleEN: "Adds approvals, filings, proofs or conditions of entry",
				Basis:       []string{fcr8_1, fcr8_4, fcr8_5},
				Description: "没有法律、行政法规依据，另行或变相设置审批、许可、备案、登记、年检、认证、证明等手续，或提高准入门槛、设置准入条件，限制经营者进入市场。"},
			// The proof and approval forms anchor on their rarer half
			// (出具, 方可, 先经), not on 要求 or 须经, which every regulation has.
			anchors:       append(append(append(append(slices.Clone(added.words), proofAnchors...), approvalAnchors...), append(slices.Clone(beforeOpening.words), entryActs.words...)...), consentSteps.words...),
			frame:         addedGateFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `一视同仁|同等对待|平等对待|平等享受|平等参与|公平参与|(?:法律|行政法规|国务院)(?:另有)?规定|依法(?:设定|设立|实施)|提高[^，。；]{0,12}(?:质量|水平|效率|能力|标准化|服务|便利|透明|安全)`),
			cite:          citeSuppress,
			reason:        "没有法律、行政法规依据增设审批、备案、证明或准入条件，构成市场准入障碍",
		},
		{
			RuleInfo: RuleInfo{ID: "F23", Category: review.FairCompetition, Severity: review.Medium,
				Title: "拒绝、阻碍经营者办理或进入", TitleEN: "Turns operators away from services or entry",
				Basis:       []string{fcr8_5, fcr8_4},
				Description: "以不当理由拒绝为经营者办理登记、审批、备案、落户等事项，或一律不予办理，使经营者无法进入市场或正常经营。"},
			anchors:       refusals.words,
			frame:         refusalFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `(?:法律|行政法规)(?:另有)?规定|不予(?:处罚|行政处罚)|拒不(?:改正|整改|履行|执行|配合|接受|缴纳|提供|停止|拆除)|无法(?:联系|送达|确定|查明|核实|认定)`),
			cite:          citeSuppress,
			reason:        "拒绝或一律不予为经营者办理相关事项，限制经营者进入市场或正常经营",
		},
		{
			RuleInfo: RuleInfo{ID: "F24", Category: review.FairCompetition, Severity: review.High,
				Title: "只许选定的经营者经营", TitleEN: "Leaves a market to the operators chosen",
				Basis:       []string{fcr8_2, fcr8_3, aml39},
				Description: "规定只有中标人、签约企业或指定企业才可以在某一区域或行业经营，把市场留给选定的经营者。"},
			anchors:       onlyOnes.words,
			frame:         onlyOnesFrame,
			statuteSilent: true,
			suppress:      res(sanction, `取得[^，。；]{0,10}(?:许可|资质|执照)|依法`),
			cite:          citeSuppress,
			reason:        "只允许选定的经营者在该市场经营，排除了其他经营者",
		},
		{
			RuleInfo: RuleInfo{ID: "F25", Category: review.FairCompetition, Severity: review.Medium,
				Title: "措施造成排除、限制竞争的效果", TitleEN: "States an effect of excluding or restricting competition",
				Basis:       []string{"《公平竞争审查条例》第一条", "《中华人民共和国反垄断法》第四十五条"},
				Description: "文中说明某项措施造成准入障碍、隐性壁垒、地方保护或排除、限制竞争的效果。"},
			anchors:       effects.words,
			frame:         effectFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `是否|有无|可能|以免|防范|杜绝|不存在|没有`),
			cite:          citeIgnore,
			reason:        "文中说明该措施造成准入障碍或排除、限制竞争的效果",
		},
		{
			RuleInfo: RuleInfo{ID: "F30", Category: review.FairCompetition, Severity: review.High,
				Title: "以合作协议、备忘录给予排他待遇", TitleEN: "Agreements that keep others out",
				Basis:       []string{"《中华人民共和国反垄断法》第四十条", fcr8_5},
				Description: "与经营者签订合作协议、备忘录等，约定独家、排他、不再引进同类经营者或给予优先待遇，妨碍其他经营者进入相关市场。"},
			anchors:       agreements.words,
			frame:         agreementFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			// the signatory building its own project at its own cost is no grant
			suppress: res(sanction, `公开招标|依法|平等|由该(?:企业|公司|集团)?自行|自行投资|自筹资金`),
			cite:     citeSuppress,
			reason:   "通过与经营者签订协议给予排他或优先待遇，妨碍其他经营者进入相关市场",
		},
		{
			RuleInfo: RuleInfo{ID: "F31", Category: review.FairCompetition, Severity: review.High,
				Title: "自行制定市场准入性质的负面清单或禁止目录", TitleEN: "Issues its own negative list or ban catalogue",
				Basis:       []string{fcr8_1, "《国务院关于实行市场准入负面清单制度的意见》（国发〔2015〕55号）"},
				Description: "地方或部门自行制定、发布市场准入负面清单、禁止类或限制类目录，在全国统一的市场准入负面清单之外限制准入。"},
			anchors:       ownLists.words,
			frame:         ownListFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `全国统一|国家|国务院|外商投资准入|生态|环境准入|重点生态功能区|产业结构调整指导目录|淘汰|落后产能`),
			cite:          citeSuppress,
			reason:        "在全国统一的市场准入负面清单之外自行制定市场准入性质的清单或目录",
		},
		{
			RuleInfo: RuleInfo{ID: "F33", Category: review.FairCompetition, Severity: review.Medium,
				Title: "所述做法属条例、反垄断法所列情形", TitleEN: "Conduct named in the statutes' own words",
				Basis:       []string{fcr8_5, "《中华人民共和国反垄断法》第四十五条"},
				Description: "文中以《公平竞争审查条例》第八条至第十一条、《反垄断法》第五章的用语（限定交易、增设审批、排斥外地经营者、歧视性待遇、滥用行政权力等）叙述已经发生的做法。"},
			anchors:       lawNames.words,
			frame:         lawNameFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `是否|有无|可能|以免|防范|杜绝|不存在|没有|未发现|举报|投诉渠道|监督检查|(?:应当|予以)返还`),
			cite:          citeIgnore,
			reason:        "文中叙述的做法属于《公平竞争审查条例》或《反垄断法》所列排除、限制竞争的情形",
		},
		{
			RuleInfo: RuleInfo{ID: "F34", Category: review.FairCompetition, Severity: review.High,
				Title: "限定经营者或网点的数量", TitleEN: "Caps the number of operators or outlets",
				Basis:       []string{fcr8_4, fcr8_5},
				Description: "对经营者、经营网点或经营许可实行总量控制、数量限制或暂停新增，限制新的经营者进入市场。"},
			anchors:       caps.words,
			frame:         capFrame,
			statuteSilent: true,
			suppress:      res(sanction, `污染物|排放|用水|用地|能耗|煤炭|碳排放|人口|机构编制|人员编制|编制内|职数|名额|床位|指标分解|耕地|建设用地`),
			cite:          citeSuppress,
			reason:        "对经营者或网点数量实行限制，限制新的经营者进入市场",
		},
		{
			RuleInfo: RuleInfo{ID: "F35", Category: review.FairCompetition, Severity: review.Medium,
				Title: "应当取消或改为竞争方式后仍维持原做法", TitleEN: "Keeps a measure that should have gone",
				Basis:       []string{fcr8_5, "《公平竞争审查条例》第二十条"},
				Description: "上位法、上级机关已取消某项审批、收费或限制，或要求以公平竞争方式确定经营者，文件或做法仍维持、沿用原来的限制。"},
			anchors:       persists.words,
			frame:         persistFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `是否|有无|不得|继续执行本|仍按本|继续有效|过渡期|原(?:许可|证件)继续有效`),
			cite:          citeIgnore,
			reason:        "已被取消或应以竞争方式确定的事项仍维持原有限制",
		},
	}
}
