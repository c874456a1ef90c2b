package rules

import (
	"slices"
	"strings"
	"unicode/utf8"

	"beishen/review"
	"beishen/review/rules/places"
)

// Frames of four more kinds of conduct 《公平竞争审查条例》 names, read as a
// clause or as a report of an act: charges without a basis (第十条第（四）项;
// 《优化营商环境条例》第二十五条), operators compelled to buy, join or use
// (第十一条第（一）项, 《反垄断法》第三十九条), outside or private operators held
// to other standards (第九条第（五）项, 《反垄断法》第四十一条) and a benefit
// given to one operator (第十条第（一）至（三）项: 给予特定经营者…).

var (
	// unfounded are the marks of a charge without a basis.
	// A charge set up beyond the body's powers is one without a basis too
	// ("超越权限设置验车费项目", 《价格法》: 擅自设立收费项目).
	unfounded = newConcept("违规", "擅自", "强制", "变相", "自行", "额外", "搭车", "乱收", "超标准", "超范围", "无依据", "没有依据", "无法律", "没有法律", "缺乏依据", "不合理",
		"超越权限", "超越职权", "超出权限", "越权")
	// charging is taking money from the one charged.
	charging = newCommonConcept("收取", "收费", "缴纳", "交纳", "上缴", "计收", "征收", "摊派", "加收", "设置", "设立", "增设")
	// charged are who pays.
	charged = newCommonConcept("企业", "经营者", "经营主体", "市场主体", "商户", "个体", "供应商", "投标人", "会员", "车主", "车辆", "经营户", "业主", "申请人", "从业人员", "机构", "公司", "司机", "驾驶员", "学校", "家长", "学生", "群众", "农户")

	// compels are making someone act against his choice.
	compels = newConcept("强制", "强行", "强迫", "硬性要求", "硬性规定", "变相强制", "摊派", "捆绑")
	// compelledActs are what the compelled must do: buy, use, join, sign.
	compelledActs = newCommonConcept("购买", "使用", "安装", "参加", "加入", "入会", "接受", "缴纳", "签订", "委托", "选用", "采购", "订购", "投保", "办理", "租用", "入驻", "培训", "检测", "维修", "消费", "捐赠", "赞助", "订阅")

	// discriminations are treatment by other standards.
	discriminations = newConcept("歧视性", "差别化", "差别对待", "区别对待", "差异化", "差别待遇", "不同标准", "不同的标准", "更高标准", "更高的标准", "更严格", "更严的", "高于本地", "严于本地", "不同于本地", "高于本省", "高于本市", "高于本县", "高于本区", "较本地", "比本地", "更高的",
		// 第九条第（五）项: 监管执法 — checks stepped up on some, 选择性执法
		"加大检查", "提高检查频次", "增加检查频次", "加大抽检", "选择性执法",
		// 《反垄断法》第四十一条第（三）项: 重复检验、重复认证
		"重复检验", "重复认证", "重复检测")
	// treatedOnes are those treated differently: operators from elsewhere,
	// or of a form of ownership or size.
	treatedOnes = newCommonConcept("外地", "外省", "外市", "外县", "外埠", "非本地", "市外", "县外", "省外", "区外", "外来", "外资", "民营", "非公有", "中小企业", "小微企业", "个体", "进口")

	// singleOnes name one operator: a firm's name or a pointer to it.
	singleOnes = newConcept("有限公司", "有限责任公司", "股份公司", "某公司", "某企业", "某集团", "该公司", "该企业", "该集团", "特定企业", "特定经营者", "个别企业", "一家企业", "少数企业", "部分企业")
	// benefits are what the one operator is given.
	benefits = newCommonConcept("放宽", "豁免", "补贴", "补助", "奖励", "奖补", "资助", "减半", "减征", "返还", "减免", "免收", "免征", "缓征", "缓缴", "优惠", "贴息", "无偿", "低价", "低于", "代缴", "承担", "扶持资金", "专项资金", "先征后返", "即征即退")
	// giving is the authority's act of giving.
	giving = newCommonConcept("放宽", "豁免", "允许其", "给予", "返还", "减免", "免收", "免征", "缓征", "缓缴", "兑现", "拨付", "支付", "发放", "奖励", "补贴", "补助", "安排", "承担", "代缴", "提供", "享受", "获得", "出让", "出租", "先征后返", "即征即退")
)

// chargeFrame: money taken from operators without a basis, "违规向入驻商户
// 收取服务费", "强制企业缴纳会费".
func chargeFrame(s string, w *present) (int, int, bool) {
	for _, u := range unfounded.find(s, w) {
		if bannedBefore(s, u.a) {
			continue
		}
		// An item opening with the pejorative lists acts a chapeau forbids
		// or sanctions ("有下列行为之一的…：（二）违规收取…；").
		if head := strings.TrimSpace(s[:u.a]); hasPrefixAny(head, []string{"（", "("}) && hasSuffixAny(head, []string{"）", ")"}) && utf8.RuneCountInString(head) <= 5 {
			continue
		}
		_, hi := clauseAround(s, u.a, u.b)
		if rest := strings.TrimRight(s[u.b:hi], " 。"); strings.HasSuffix(rest, "的") && hi < len(s) {
			continue // a condition: "违规收费的，由…"
		}
		// A charge after the mark, in its clause, and 费 named or implied.
		for i, c := range charging.words {
			if !charging.seen(i, w) {
				continue
			}
			j := strings.Index(s[u.b:hi], c)
			if j < 0 || runesBetween(s, u.b, u.b+j) > 16 {
				continue
			}
			end := u.b + j + len(c)
			if !strings.Contains(s[u.a:hi], "费") && !strings.Contains(s[u.a:hi], "金") {
				continue
			}
			// "违规收费", "擅自收取…费": the conduct named, the payer implied
			// (not an item of a list of sanctioned acts, "（一）违规收取检验费用；").
			named := j == 0 && hasPrefixAny(s[u.a:], []string{"违规", "擅自", "乱收"}) && !hasPrefixAny(strings.TrimSpace(s), []string{"（", "("})
			if !named && !charged.within(s, 0, len(s), w) {
				continue
			}
			return u.a, end, true
		}
	}
	return -1, -1, false
}

// compelFrame: operators or people compelled to buy, use, join or sign,
// "强制要求企业加入协会", "变相强制商户使用指定收款平台".
func compelFrame(s string, w *present) (int, int, bool) {
	if donations.in(w) {
		if a, b, ok := donationFrame(s, w); ok {
			return a, b, true
		}
	}
	if quotas.in(w) || priceSetters.in(w) || sensitiveData.in(w) {
		if a, b, ok := cartelFrame(s, w); ok {
			return a, b, true
		}
	}
	if associations.in(w) {
		if a, b, ok := joinFrame(s, w); ok {
			return a, b, true
		}
	}
	for _, c := range compels.find(s, w) {
		if bannedBefore(s, c.a) {
			continue
		}
		// 强制执行, 强制措施, 强制性标准, 强制认证…: the law's own compulsion.
		if hasPrefixAny(s[c.a:], []string{"强制执行", "强制措施", "强制性", "强制检定", "强制保险", "强制报废", "强制认证", "强制隔离", "强制拆除", "强制清除", "强制划拨", "强制戒毒", "强制医疗", "强制传唤", "强制服务", "强制退出", "强制许可", "强制收购", "强制减持", "强制平仓", "强制淘汰"}) {
			continue
		}
		_, hi := clauseAround(s, c.a, c.b)
		if rest := strings.TrimRight(s[c.b:hi], " 。"); strings.HasSuffix(rest, "的") && hi < len(s) {
			continue
		}
		if !charged.within(s, c.b, hi, w) && !parties.within(s, c.b, hi, w) {
			continue
		}
		for i, a := range compelledActs.words {
			if !compelledActs.seen(i, w) {
				continue
			}
			if j := strings.Index(s[c.b:hi], a); j >= 0 && runesBetween(s, c.b, c.b+j) <= 20 {
				return c.a, c.b + j + len(a), true
			}
		}
	}
	return -1, -1, false
}

// donations are gifts an authority may not demand of operators (摊派:
// 《优化营商环境条例》第二十五条, 第十条第（四）项).
var donations = newConcept("捐赠", "捐款", "赞助", "捐助", "捐资")

// donationFrame: operators made to give, "要求施工企业向县慈善总会捐赠项目金额
// 的千分之五". A call to give freely (鼓励, 自愿, 倡议) is none.
func donationFrame(s string, w *present) (int, int, bool) {
	for _, d := range donations.find(s, w) {
		lo, _ := clauseAround(s, d.a, d.b)
		from := max(lo, back(s, d.a, 24))
		head := s[from:d.a]
		if containsAny(s, []string{"鼓励", "自愿", "倡议", "倡导", "接受", "依法"}) || !charged.within(s, from, d.a, w) && !parties.within(s, from, d.a, w) {
			continue
		}
		for _, m := range []string{"要求", "须", "需", "必须", "应当", "按"} {
			if j := strings.Index(head, m); j >= 0 && !bannedBefore(s, from+j) {
				return from + j, d.b, true
			}
		}
	}
	return -1, -1, false
}

// associations are the bodies membership of which is voluntary (《社会团体
// 登记管理条例》; a demand to join one is a compulsion, 第十一条第（一）项).
var (
	associations = newConcept("协会", "商会", "联合会", "促进会", "联盟")
	joinDemands  = []string{"要求", "须", "需", "必须", "应当", "一律", "统一"}
)

// joinFrame: operators made to join an association, "要求从事殡葬服务的企业
// 加入市殡葬协会".
func joinFrame(s string, w *present) (int, int, bool) {
	for _, j := range findWords(s, []string{"加入", "入会", "成为会员"}) {
		lo, hi := clauseAround(s, j.a, j.b)
		if !associations.within(s, j.b, min(hi, j.b+12*3), w) && !strings.HasPrefix(s[j.a:], "入会") && !strings.HasPrefix(s[j.a:], "成为会员") {
			continue
		}
		if !charged.within(s, max(lo, back(s, j.a, 20)), j.a, w) {
			continue
		}
		from := max(lo, back(s, j.a, 20))
		for _, d := range findWords(s[from:j.a], joinDemands) {
			at := from + d.a
			if bannedBefore(s, at) || hasSuffixAny(s[:at], []string{"自愿", "可", "可以"}) {
				continue
			}
			return at, j.b, true
		}
	}
	return -1, -1, false
}

// discriminationFrame: operators from elsewhere, or of a form of ownership
// or size, held to other standards, "对外地企业实行差别化的检查标准".
func discriminationFrame(s string, w *present) (int, int, bool) {
	if a, b, ok := exemptedOwn(s, w); ok {
		return a, b, true
	}
	if outsiders.in(w) {
		if a, b, ok := outsiderBurdenFrame(s, w); ok {
			return a, b, true
		}
	}
	for _, d := range discriminations.find(s, w) {
		if bannedBefore(s, d.a) {
			continue
		}
		// The treated within thirty runes before, perhaps in the clause
		// before ("对外地企业，实行…"), or after in the clause.
		_, hi := clauseAround(s, d.a, d.b)
		if treatedOnes.within(s, back(s, d.a, 30), hi, w) {
			return d.a, d.b, true
		}
	}
	return -1, -1, false
}

// ownExemptions spare the drafter's own operators what outsiders bear.
var ownExemptions = []string{"不受限制", "不受此限", "免于", "免予", "无需", "无须", "不需", "除外", "不受"}

// exemptedOwn: outsiders bear a measure the drafter's own operators are
// spared, "对外地建筑企业实行资质复核，本地企业免于复核".
func exemptedOwn(s string, w *present) (int, int, bool) {
	if !treatedOnes.in(w) || !ownPlaces.in(w) {
		return -1, -1, false
	}
	for _, o := range places.Find(s) {
		if o.Level != places.Relative || o.Other || strings.HasPrefix(o.Name, "全") {
			continue
		}
		_, hi := clauseAround(s, o.End, o.End)
		for _, e := range ownExemptions {
			if j := strings.Index(s[o.End:hi], e); j >= 0 && runesBetween(s, o.End, o.End+j) <= 10 && treatedOnes.within(s, back(s, o.Start, 40), o.Start, w) && !bannedBefore(s, o.Start) {
				return o.Start, o.End + j + len(e), true
			}
		}
	}
	return -1, -1, false
}

// singleBenefitFrame: a benefit given to one operator, "给予某公司土地出让金
// 返还", "对该企业减免三年租金".
func singleBenefitFrame(s string, w *present) (int, int, bool) {
	if factors.in(w) {
		if a, b, ok := pickedReliefFrame(s, w); ok {
			return a, b, true
		}
	}
	// A benefit given against the rules, named as conduct: "违规给予优惠政策".
	for _, m := range benefitConduct {
		if i := strings.Index(s, m); i >= 0 && !bannedBefore(s, i) {
			_, hi := clauseAround(s, i, i)
			if rest := strings.TrimRight(s[i:hi], " 。"); strings.HasSuffix(rest, "的") && hi < len(s) {
				continue
			}
			return i, i + len(m), true
		}
	}
	ones := singleOnes.find(s, w)
	// A firm a report names without its name: "某房地产开发公司", "某药企".
	if namesSomeone(s) {
		for _, loc := range someFirm.FindAllStringIndex(s, -1) {
			ones = append(ones, span{loc[0], loc[1]})
		}
	}
	for _, o := range ones {
		if bannedBefore(s, o.a) {
			continue
		}
		from, to := back(s, o.a, 30), min(len(s), o.b+30*3)
		for to < len(s) && s[to]&0xC0 == 0x80 {
			to++
		}
		if strings.ContainsAny(s[from:o.a], "。；;") {
			from = o.a
		}
		if i := strings.IndexAny(s[o.b:to], "。；;"); i >= 0 {
			to = o.b + i
		}
		if !benefits.within(s, from, to, w) || !giving.within(s, from, to, w) {
			continue
		}
		return o.a, o.b, true
	}
	return -1, -1, false
}

// benefitConduct names a benefit given against the rules.
var benefitConduct = []string{"违规给予", "违规返还", "违规减免", "违规奖励", "违规补贴", "违规兑现", "擅自给予", "擅自减免", "擅自返还", "违法给予", "变相给予", "变相返还", "违规出台优惠", "违规制定优惠"}

// namesSomeone reports whether 某 in s names someone (某公司, 某药企), not
// some thing (某些, 某一, 某种), which laws say everywhere.
func namesSomeone(s string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], "某")
		if i < 0 {
			return false
		}
		off += i + len("某")
		if !hasPrefixAny(s[off:], []string{"些", "一", "种", "项", "个", "类", "方面", "地区", "部分"}) {
			return true
		}
	}
}

// someFirm is a firm named by 某 and its trade.
var someFirm = re(`某[\p{Han}]{0,10}?(?:公司|企业|集团|厂|药企|房企|车企|国企)`)

// conductFrameRules are the frames of this file, in report order after
// accessFrameRules.
func conductFrameRules() []*sentenceRule {
	sanction := `的，由|的,由|(?:依法|依规)(?:予以|给予)?(?:处罚|查处|追究|处理)|追究[^，。]{0,8}责任|给予[^，。]{0,6}处分|责令[^，。]{0,4}(?:改正|退还|退回)`
	return []*sentenceRule{
		{
			RuleInfo: RuleInfo{ID: "F26", Category: review.FairCompetition, Severity: review.Medium,
				Title: "违规向经营者收费", TitleEN: "Charges operators without a basis",
				Basis:       []string{fcr10_4, basisFeesBiz},
				Description: "没有法律、法规依据，擅自、强制或变相向经营者收取费用，增加经营成本。"},
			anchors:       unfounded.words,
			frame:         chargeFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `(?:法律|行政法规)(?:另有)?规定|依法收取|免收|退还|清退|违规收费行为`),
			cite:          citeSuppress,
			reason:        "没有依据向经营者收取费用，增加经营成本、抬高准入门槛",
		},
		{
			RuleInfo: RuleInfo{ID: "F27", Category: review.FairCompetition, Severity: review.High,
				Title: "强制或组织经营者购买、使用、签约或统一价格份额", TitleEN: "Compels or organises operators to buy, use, sign or fix prices and shares",
				Basis:       []string{fcr8_3, fcr11_1, aml39},
				Description: "强制或变相强制经营者、群众购买、使用特定商品或服务，加入协会、参加培训或签订协议；组织、召集经营者统一价格、收费标准，或按行政机关、行业协会确定的份额、指标分配生产和销售。"},
			anchors:       append(append(append(slices.Clone(compels.words), associations.words...), donations.words...), append(append(slices.Clone(quotas.words), priceSetters.words...), sensitiveData.words...)...),
			frame:         compelFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `(?:法律|行政法规)(?:另有)?规定|强制性国家标准|依法`),
			cite:          citeSuppress,
			reason:        "强制经营者或群众购买、使用、加入或签约，限定了交易、排除了选择",
		},
		{
			RuleInfo: RuleInfo{ID: "F28", Category: review.FairCompetition, Severity: review.High,
				Title: "对外地、民营或中小经营者适用不同标准", TitleEN: "Holds outside or private operators to other standards",
				Basis:       []string{fcr9_5, fcr9_4, aml41},
				Description: "在资质标准、检验检测、监管执法、收费价格或补贴等方面，对外地、进口、民营或中小经营者实行歧视性、差别化的要求或待遇：对外地经营者、商品加收费用、专项或重复检查、设检查站或在经营上设限，而本地的不受同样对待。"},
			anchors:       append(append(slices.Clone(discriminations.words), ownExemptions...), outsiders.words...),
			frame:         discriminationFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `一视同仁|同等对待|平等对待|差异化(?:发展|竞争|服务|监管措施|需求|产品)|分级分类|信用|与本地[^，。；]{0,8}(?:一样|相同|一致)`),
			cite:          citeIgnore,
			reason:        "对外地、民营或中小经营者实行歧视性、差别化的标准或待遇",
		},
		{
			RuleInfo: RuleInfo{ID: "F29", Category: review.FairCompetition, Severity: review.Medium,
				Title: "对特定经营者给予补贴、返还、减免或要素优惠", TitleEN: "Gives particular operators a subsidy, refund, relief or cheaper factors",
				Basis:       []string{fcr10_1, fcr10_2, fcr10_3},
				Description: "对某一公司或列入名单、重点、引进、国有等选定的企业给予补贴、奖励、税费返还、减免，或按低于标准的价格供给水、电、气、土地、房屋，而无法律、行政法规依据或国务院批准。"},
			anchors:       append(append(append(slices.Clone(singleOnes.words), "某"), benefitConduct...), factors.words...),
			frame:         singleBenefitFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, nationalTitleReward, `(?:法律|行政法规|国务院)(?:另有)?(?:规定|批准)|平等|一视同仁|罚款|赔偿|股份有限公司(?:的|应当|可以)|(?:应当|须|应|予以)(?:返还|退还|退回|追回)|返还已(?:收取|领取|获得|享受)`),
			cite:          citeSuppress,
			reason:        "对特定经营者给予选择性的补贴、返还或减免，需有法律、行政法规依据或国务院批准",
		},
	}
}
