package rules

import (
	"slices"
	"strings"
	"unicode/utf8"

	"beishen/review"
)

// Frames of three more restrictions the 《公平竞争审查条例》 names: keeping
// outside operators or goods out (第九条第（一）至（三）项), treating
// operators by their form of ownership (第八条第（四）项, 第十条第（二）项),
// and choosing operators only from a pool the authority keeps (第八条第（四）项,
// 第九条第（三）项). Like the frames of frames.go they combine concepts in one
// clause, in any order, and a ban aimed at the authority cancels them.

var (
	// outsiders name operators' or goods' origin elsewhere (the gazetteer's
	// "other" forms, and 外来).
	outsiders = newConcept("外地", "外省", "外市", "外县", "外区", "外埠", "市外", "县外", "区外", "省外", "州外", "盟外", "旗外", "非本地", "非本市", "非本县", "非本区", "非本省", "其他地区", "其他省市", "外来")
	// keepOut are the restrictions of 第九条: 排斥、限制、阻碍…进入.
	// A ban laid on those who buy or commission is a restriction too:
	// "不得委托县外检测机构".
	keepOut = newConcept("限制", "排斥", "排除", "阻碍", "阻止", "拒绝", "打压", "不允许", "不准", "禁止", "限定", "拒绝接收", "不予接收", "不予认可", "限行", "禁行", "严禁",
		"不得委托", "不得使用", "不得采购", "不得选用", "不得购买", "不予采购", "不予使用", "不得从", "不得向", "禁止从", "不准从",
		// a condition only outsiders meet, and a benefit they are denied
		// (《反垄断法》第四十一条: 检验、认证、许可 for goods from elsewhere)
		"须经", "需经", "必须经", "应当经", "不予", "不得享受", "不享受", "不纳入",
		// the discriminatory measures of 《反垄断法》第四十一条: charges laid
		// on outside goods, tests and certification done again, checkpoints
		// and quotas (其他手段，阻碍外地商品进入)
		"加收", "另行收取", "另行检测", "另行检验", "另行认证", "重复检测", "重复检验", "重复认证", "设卡", "关卡", "限量",
		// 第（三）项: a licence or proof only outside goods need
		"另行取得", "另行办理", "须办理", "需办理", "必须办理")
	// goodsMeasures are the measures of 第四十一条 that fall on goods
	// whatever they are called ("外地白酒须另行检测"): an outside place
	// before one of them in its clause is enough.
	goodsMeasures = []string{"加收", "另行收取", "另行检测", "另行检验", "另行认证", "重复检测", "重复检验", "重复认证", "限量", "另行取得", "另行办理"}
	// outsideGoods are what comes from elsewhere besides operators: goods and
	// production factors (要素).
	outsideGoods = newConcept("商品", "产品", "货物", "车辆", "要素", "资金", "人才", "劳动力", "建材", "农产品", "服务", "生产的", "制造的", "出产的", "产的", "货车", "客车", "牌照")
	// ownership names an operator by its form of ownership or its owner.
	ownership = newConcept("公办", "国有股份", "国有股权", "国有独资", "国有企业", "国有控股", "国有全资", "国有资本", "国有公司", "国企", "央企", "区属国有", "市属国有", "县属国有", "省属国有", "民营企业", "非公有制", "集体企业",
		// the owner's origin (外商投资法 第九条: 平等适用 of the supporting policies)
		"外资企业", "外商投资企业", "港澳台资企业")
	// ownershipTerms are what the ownership is made to earn or to need.
	ownershipTerms = newConcept("补助", "补贴", "奖励", "资助", "优先", "优惠", "倾斜", "扶持", "持股比例", "入股", "控股", "参股", "仅限", "限于", "只能", "方可",
		// charges waived, deferred or paid for them (第十条第（三）项)
		"免缴", "减免", "免收", "缓缴", "代缴", "贴息", "财政承担",
		// a partnership it must be in, and money set apart for it alone
		"合资", "合作经营", "股份不低于", "股比", "专门用于", "专项用于",
		// shut out of a policy: "外资企业不适用本政策"
		"不适用本", "不适用于本", "排除在外")
	// pools are the lists of operators an authority keeps to choose from.
	pools = newConcept("备选库", "名录库", "预选库", "资格库", "供应商库", "入围库", "中介库", "中介机构库", "服务机构库", "企业库", "备选名录", "预选名录", "备选名单", "入围名单", "短名单",
		"推荐目录", "推荐名录", "推荐名单", "供应商名录",
		// those admitted to a list (财库〔2019〕38号第一条第（二）项: 入围方式设置
		// 备选库…作为参与的资格条件): "投标人须为本市协议供货入围供应商"
		"入围供应商", "入围企业", "入围单位", "入围名录", "入围机构")
	// poolUse is choosing from the pool or being required to be in it.
	poolUse = newCommonConcept("选择", "选取", "选定", "选用", "使用", "采购", "抽取", "确定", "承担", "承接", "委托", "库内", "库中", "名录内", "名单内", "只能", "仅限", "限于", "须", "必须", "应当", "方可",
		// hiring from it, and fitting goods from it
		"选聘", "聘请", "聘用", "选装", "选购")
	// poolParties are the operators chosen from a pool.
	poolParties = newConcept("代理机构", "中介机构", "服务机构", "供应商", "服务商", "企业", "单位", "公司", "律师事务所", "会计师事务所", "评估机构", "设计单位", "施工单位", "监理单位")
)

// outflows are goods leaving the drafter's place (第九条第（一）项: 阻碍…
// 商品、要素输出); 销往 and 运往 count only towards somewhere outside.
var (
	outflows = newConcept("销往", "运往", "运出", "外运", "调出", "外销", "出县", "出市", "出省", "外调", "外流")
	// outflowHolds are a ban or a condition on the goods leaving.
	outflowHolds = []string{"不得", "禁止", "严禁", "限制", "不准", "不允许", "不能", "方可", "才能", "才可", "须经", "需经", "必须经"}
	// outflowLawful are goods whose leaving a law itself controls: relics,
	// wildlife, diseased animals, waste and dangerous goods.
	outflowLawful = []string{"文物", "出境", "境外", "野生", "濒危", "疫", "检疫", "废物", "危险", "毒", "污染", "走私", "涉密",
		// the country's border and its customs zones, not a local market's
		"国内", "国外", "海关", "保税", "加工区", "综合保税"}
)

// outflowFrame: goods kept from leaving, "县内企业生产的水泥不得销往县外",
// "矿产品须经市内企业加工后方可外运".
func outflowFrame(s string, w *present) (int, int, bool) {
	for _, f := range outflows.find(s, w) {
		word := s[f.a:f.b]
		if (word == "销往" || word == "运往") && !outsiders.within(s, f.b, min(len(s), f.b+4*3), w) {
			continue
		}
		lo, hi := clauseAround(s, f.a, f.b)
		if containsAny(s[lo:hi], outflowLawful) {
			continue
		}
		// a charge laid on the goods leaving: "对运出本市的原煤每吨收取调节费"
		for _, c := range []string{"收取", "加收", "征收", "缴纳"} {
			if j := strings.Index(s[f.b:hi], c); j >= 0 && runesBetween(s, f.b, f.b+j) <= 16 && !bannedBefore(s, f.a) {
				return f.a, f.b + j + len(c), true
			}
		}
		for _, h := range outflowHolds {
			j := strings.LastIndex(s[lo:f.a], h)
			// the hold bears on the leaving itself: "不得销往", "方可外运",
			// "须经…加工后方可外运", not "不得超过…可以运出"
			if j < 0 || runesBetween(s, lo+j+len(h), f.a) > 12 {
				continue
			}
			at := lo + j
			if bannedBefore(s, at) || !restricts(s, span{at, at + len(h)}) || h != "限制" && hasPrefixAny(s[at+len(h):], []string{"限制", "阻碍", "阻止", "排斥", "妨碍", "干预"}) {
				// "不得限制本地商品运出" bans the restriction
				continue
			}
			end := f.b
			if (word == "销往" || word == "运往") && hi > f.b {
				end = min(hi, f.b+4*3)
				for end < len(s) && !utf8.RuneStart(s[end]) {
					end++
				}
			}
			return at, end, true
		}
	}
	return -1, -1, false
}

// measureOnGoods: a measure of 第四十一条 within 24 runes after goods named
// by their origin at o, in the same sentence part: "外地白酒须另行检测",
// "进口饲料原料进入本省加工的，每吨另行收取检验检测费".
func measureOnGoods(s string, o span, verbs []span) (int, int, bool) {
	for _, r := range verbs {
		if r.a >= o.b && runesBetween(s, o.b, r.a) <= 24 && !strings.ContainsAny(s[o.b:r.a], "。；;") && hasPrefixAny(s[r.a:], goodsMeasures) && restricts(s, r) {
			return o.a, r.b, true
		}
	}
	return -1, -1, false
}

// goodsEntering are the ways goods come in from elsewhere.
var goodsEntering = []string{"进入", "运入", "调入", "销往", "进本"}

// outsiderFrame: operators or goods from elsewhere kept out, "限制外地运输
// 企业进入本地市场". The restriction comes first, within ten runes of the
// outside place, and an operator or goods follow it in the same clause.
func outsiderFrame(s string, w *present) (int, int, bool) {
	if outflows.in(w) {
		if a, b, ok := outflowFrame(s, w); ok {
			return a, b, true
		}
	}
	if ownPlaces.in(w) {
		if a, b, ok := localSourcingFrame(s, w); ok {
			return a, b, true
		}
	}
	if !keepOut.in(w) || !parties.in(w) && !otherOperators.in(w) && !outsideGoods.in(w) && !containsAny(s, goodsEntering) && !strings.Contains(s, "进口") {
		return -1, -1, false
	}
	verbs := keepOut.find(s, w)
	// Imports are named with the measures of 第四十一条 only: 限制进口 and
	// the like are the state's own trade controls.
	for _, o := range appendWord(nil, s, "进口") {
		if a, b, ok := measureOnGoods(s, o, verbs); ok {
			return a, b, true
		}
	}
	for _, o := range outsiders.find(s, w) {
		lo, hi := clauseAround(s, o.a, o.b)
		// The operator or goods within twelve runes after the place.
		end := min(hi, o.b+12*3)
		for end < len(s) && !utf8.RuneStart(s[end]) {
			end++
		}
		who := -1 // the end of the first operator or goods named after the place
		for _, c := range []*concept{parties, otherOperators, outsideGoods} {
			for _, x := range c.find(s[:end], w) {
				if x.a >= o.b && (who < 0 || x.b < who) {
					who = x.b
				}
			}
		}
		if who < 0 {
			// Whatever comes from elsewhere, it is kept out on entering:
			// "外地蔬菜进入本县批发市场须经…检测".
			for _, v := range goodsEntering {
				if j := strings.Index(s[o.b:end], v); j >= 0 {
					who = o.b + j + len(v)
					break
				}
			}
		}
		if who < 0 {
			if a, b, ok := measureOnGoods(s, o, verbs); ok {
				return a, b, true
			}
			continue
		}
		end = who
		// The restriction before the place in its clause ("限制外地企业"),
		// or after the operator in the sentence ("对外地企业，不允许其…").
		if r, ok := nearestBefore(verbs, lo, o.a); ok && runesBetween(s, r.b, o.a) <= 10 && restricts(s, r) {
			return r.a, end, true
		}
		for _, r := range verbs {
			if r.a >= end && runesBetween(s, end, r.a) <= 16 && !strings.ContainsAny(s[end:r.a], "。；;") && restricts(s, r) {
				return o.a, r.b, true
			}
		}
	}
	return -1, -1, false
}

// restricts reports whether the word at r restricts: not negated (不受限制,
// 无排斥) and not under a ban aimed at the authority (不得限制…).
func restricts(s string, r span) bool {
	return !hasSuffixAny(s[:r.a], []string{"不受", "不", "无", "未", "不予", "不作"}) && !bannedBefore(s, r.a)
}

// ownershipFrame: a benefit or a condition attached to a form of
// ownership, "对国有独资投资开发的项目…给予补助", "区属国有企业持股比例不得
// 低于20%".
func ownershipFrame(s string, w *present) (int, int, bool) {
	if !ownershipTerms.in(w) {
		return -1, -1, false
	}
	for _, o := range ownership.find(s, w) {
		if bannedBefore(s, o.a) {
			continue
		}
		// The benefit or condition in either order, within 30 runes.
		for _, t := range ownershipTerms.find(s, w) {
			// "不享受特殊优惠": the benefit denied
			if hasSuffixAny(s[:t.a], []string{"不", "无"}) || containsAny(s[back(s, t.a, 6):t.a], []string{"不享受", "不得享受"}) {
				continue
			}
			switch {
			case t.a >= o.b && runesBetween(s, o.b, t.a) <= 30:
				return o.a, t.b, true
			case t.b <= o.a && runesBetween(s, t.b, o.a) <= 30:
				return t.a, o.b, true
			}
		}
	}
	return -1, -1, false
}

// fromList is a choice made from a list another body drew up: "从区物业
// 协会推荐的名单中选聘保安公司".
var (
	listPlaces = newConcept("名单中", "名录中", "目录中", "库中", "名单内", "名录内")
	fromList   = re(`从[^，。；]{0,20}(?:推荐|公布|确定|建立|组建|设立|认定|发布|指定)的?[^，。；]{0,6}?(?:名单|名录|目录|库)(?:中|内)[^，。；]{0,4}(?:选|确定|聘|抽取|委托)`)
)

// poolFrame: operators chosen from, or required to be in, a pool the
// authority keeps, "设立招标代理备选库，从库内选择代理机构".
func poolFrame(s string, w *present) (int, int, bool) {
	if !poolParties.in(w) {
		return -1, -1, false
	}
	if listPlaces.in(w) {
		if loc := fromList.FindStringIndex(s); loc != nil && !bannedBefore(s, loc[0]) && !describedAsWrong(s, loc[0]) {
			return loc[0], loc[1], true
		}
	}
	for _, p := range pools.find(s, w) {
		if bannedBefore(s, p.a) || describedAsWrong(s, p.a) {
			continue
		}
		if poolUse.outside(s, p.a, p.b, w) {
			return p.a, p.b, true
		}
	}
	return -1, -1, false
}

// nearestBefore returns the last of spans that lies in [lo, at).
func nearestBefore(spans []span, lo, at int) (span, bool) {
	best, ok := span{}, false
	for _, x := range spans {
		if x.a >= lo && x.b <= at && (!ok || x.a > best.a) {
			best, ok = x, true
		}
	}
	return best, ok
}

// movedGoods are goods that move in with their papers: vehicles above all,
// whose registration follows them (第九条第（一）项: 限制外地商品进入本地市场).
var (
	movedGoods = newCommonConcept("车辆", "二手车", "汽车", "货车", "客车", "机动车", "车型", "商品", "产品", "货物", "设备")
	entries    = newConcept("迁入", "转入", "落户", "上牌", "入户", "转籍")
)

// goodsEntryFrame: goods kept from moving in, "国五排放标准的二手车不得迁入".
func goodsEntryFrame(s string, w *present) (int, int, bool) {
	for _, e := range entries.find(s, w) {
		// the ban just before the entry: 不得迁入, 禁止转入, 限制…落户
		from := back(s, e.a, 6)
		head := s[from:e.a]
		if !containsAny(head, []string{"不得", "禁止", "限制", "不予", "不准", "暂停", "不能", "不允许", "限迁"}) || bannedBefore(s, from) {
			continue
		}
		if !movedGoods.within(s, back(s, e.a, 30), e.a, w) {
			continue
		}
		return from, e.b, true
	}
	return -1, -1, false
}

// marketFrameRules are the frames of this file, in report order after
// frameRules.
func marketFrameRules() []*sentenceRule {
	return []*sentenceRule{
		{
			RuleInfo: RuleInfo{ID: "F19", Category: review.FairCompetition, Severity: review.High,
				Title: "排斥、限制外地经营者或商品进入本地", TitleEN: "Keeps outside operators or goods out",
				Basis:       []string{fcr9_1, fcr9_2, fcr9_3, aml41},
				Description: "排斥、限制或者阻碍外地经营者、外地商品和要素进入本地市场、在本地经营或参加本地采购和招标投标，或要求全部、优先、按比例采购、使用、供应本地经营者和本地生产的商品。"},
			anchors:       append(append(append(slices.Clone(outsiders.words), outflows.words...), goodsMeasures...), ownPlaces.words...),
			frame:         outsiderFrame,
			pejorativeOwn: true,
			suppress: res(`同等(?:对待|待遇)|平等(?:对待|待遇)|一视同仁|不分[^，。]{0,6}(?:内外|本地外地)|外来(?:物种|入侵|人员|务工|人口)|疫|检疫|同样适用|一并适用|同等适用|(?:本地|本市|本县|本区|本省)[^，。；]{0,6}同样`,
				// The restriction as the conduct a sanction falls on ("…限制外地产品进入本地市场的，由…查处").
				`的，由|查处|责令改正|追究|予以处罚|依法处理|歧视性`),
			cite:   citeIgnore,
			reason: "排斥、限制外地经营者或者外地商品、要素进入本地市场",
		},
		{
			RuleInfo: RuleInfo{ID: "F20", Category: review.FairCompetition, Severity: review.Medium,
				Title: "按所有制形式区别对待经营者", TitleEN: "Treats operators by form of ownership",
				Basis:       []string{fcr8_4, fcr10_2, "《优化营商环境条例》第十二条"},
				Description: "以国有、民营、外资等所有制形式作为享受补助、优先或参与市场的条件，或规定某类所有制经营者的持股比例。"},
			anchors:       ownership.words,
			frame:         ownershipFrame,
			statuteSilent: true,
			suppress:      res(`平等|一视同仁|同等|各类所有制|不分所有制|不论所有制|国有资产|国有资本经营预算|国有资本投资|国有资本运营|监督管理|考核|薪酬|负责人|混合所有制改革`),
			cite:          citeSuppress,
			reason:        "以所有制形式给予区别待遇或设定参与条件，违反对各类所有制经营者平等对待的要求",
		},
		{
			RuleInfo: RuleInfo{ID: "F21", Category: review.FairCompetition, Severity: review.Medium,
				Title: "以名录库、备选库限定经营者", TitleEN: "Restricts operators to an authority's pool",
				Basis:       []string{fcr8_4, fcr9_3},
				Description: "设置备选库、名录库、预选库、入围名单等，只从库内选择经营者或要求经营者入库，排斥库外经营者。"},
			anchors:       append(slices.Clone(pools.words), listPlaces.words...),
			frame:         poolFrame,
			statuteSilent: true,
			suppress:      res(`公开招标|依法招标|动态调整[^。]{0,10}公开|自由进出|随时申请|专家库|评审专家|评标专家|人才库|项目库|信用`),
			cite:          citeSuppress,
			reason:        "只从行政机关设定的库或名单中选择经营者，排斥库外经营者参与",
		},
		{
			RuleInfo: RuleInfo{ID: "F32", Category: review.FairCompetition, Severity: review.High,
				Title: "限制商品迁入、落户", TitleEN: "Keeps goods from moving in",
				Basis:       []string{fcr9_1, aml41},
				Description: "限制车辆等商品迁入、转入、落户或上牌，阻碍外地商品进入本地市场。"},
			anchors:       entries.words,
			frame:         goodsEntryFrame,
			statuteSilent: true,
			suppress:      res(`的，由|(?:法律|行政法规)(?:另有)?规定|报废|走私|被盗|抢劫|拼装|非法|查封|扣押`),
			cite:          citeSuppress,
			reason:        "限制商品迁入、落户，阻碍外地商品进入本地市场",
		},
	}
}
