package rules

import (
	"regexp"
	"strings"
)

// Frames of 《公平竞争审查条例》第十条 and 第十一条 read as concepts: a class
// of operators the authority picked (listed, key, brought in, owned by it,
// named) given a tax, a fee or a factor (electricity, water, land, rent) on
// better terms than others (第十条第（一）至（三）项, 第十一条第（二）项), and
// operators' prices, shares or output set for them together (第十一条第（一）
// 项, 《反垄断法》第四十四条).

var (
	// factors are the inputs and charges whose price an authority may lower
	// for some.
	factors = newConcept("住房公积金", "契税", "耕地占用税", "出让价格", "出让底价", "电价", "用电", "水价", "用水", "气价", "用气", "热价", "租金", "房租", "地价", "出让金", "行政事业性收费", "规费", "政府性基金", "社会保险费", "社保费", "配套费", "房产税", "土地使用税", "城镇土地使用税", "印花税", "所得税", "增值税")
	// betterTerms are a factor priced or charged below the rule: a price
	// set for them, a share of it, none, or the treasury paying.
	betterTerms = []string{"零收费", "免收", "免征", "减征", "减半", "一半", "半价", "代缴", "补足", "差额", "减免", "全免", "免缴", "缓缴", "先征后返", "即征即退", "按居民", "按农业", "按民用", "由财政", "财政补贴", "财政承担", "财政全额", "优惠价", "每平方米", "每千瓦时", "每立方米", "每吨",
		// a share of the price: 七折, 按…的70%
		"一折", "二折", "三折", "四折", "五折", "六折", "七折", "八折", "九折", "折扣", "%执行", "％执行", "%收取", "％收取", "%计收", "%征收"}
)

// pickedReliefFrame: a picked class given a factor, a fee or a tax on better
// terms: "对引进的重大项目，用电价格按每千瓦时零点三元执行，差额由财政补足",
// "对列入市级重点培育名单的企业减半征收房产税".
func pickedReliefFrame(s string, w *present) (int, int, bool) {
	for _, f := range factors.find(s, w) {
		if bannedBefore(s, f.a) {
			continue
		}
		// the better terms within twenty-four runes of the factor, in its sentence part
		lo, hi := back(s, f.a, 12), forward(s, f.b, 24)
		if k := strings.IndexAny(s[f.b:hi], "。；;"); k >= 0 {
			hi = f.b + k
		}
		if k := strings.LastIndexAny(s[lo:f.a], "。；;"); k >= 0 {
			lo += k + 1
		}
		t := -1
		for _, b := range betterTerms {
			if j := strings.Index(s[lo:hi], b); j >= 0 && (t < 0 || lo+j < t) {
				t = lo + j
			}
		}
		if t < 0 {
			continue
		}
		// the picked class named before the factor; not a measure for all
		// or a national one
		if !namesSomeoneOrClass(s[:f.a]) || containsAny(s, reliefForAll) {
			continue
		}
		return min(f.a, t), max(f.b, t+len("一半")), true
	}
	return -1, -1, false
}

// reliefForAll are the marks of a relief given to all, or set by the state.
var reliefForAll = []string{"国家规定", "国家统一", "国家有关", "国务院", "法律规定", "行政法规规定", "财政部", "税务总局", "普惠", "各类企业", "各类经营者", "各类市场主体", "所有企业", "所有经营者", "全体", "一视同仁", "平等", "小微企业", "小型微利", "个体工商户", "居民家庭", "居民用户", "困难", "低保", "特困"}

// namesSomeoneOrClass reports whether head picks operators: a class the
// authority chose (列入…名单, 重点…项目, 引进的, 国有), or one named with 某.
func namesSomeoneOrClass(head string) bool {
	if strings.Contains(head, "某") && !namesSomeone(head) {
		head = strings.ReplaceAll(head, "某", "")
	}
	return containsAny(head, picked)
}

// picked name a class of operators the authority chose.
var picked = []string{"列入", "纳入", "名单", "重点", "引进", "招商引资", "龙头", "培育", "认定的", "国有", "市属", "县属", "区属", "省属", "某", "下属", "所属", "新落户", "新入驻", "特定", "城投", "国投", "交投", "平台公司"}

var (
	// quotas are shares of a market or of output handed out.
	quotas = newConcept("统一停产", "统一限产", "统一减产", "份额", "配额", "限产", "产量指标", "生产指标", "销售指标", "生产任务", "销售任务", "供货任务", "分配的指标", "下达的指标",
		// output planned for them, and the market divided among them (反垄断法
		// 第十七条第（二）（三）项, which an authority may not organise: 第四十四条)
		"生产计划", "销售计划", "超产", "销售区域", "销售范围", "供应区域", "销售市场")
	// quotaSet is an authority or an association handing them out.
	quotaSet = regexp.MustCompile(`统一(?:停产|限产|减产)|(?:确定|分配|下达|核定|划定|商定|协调)(?:的)?(?:份额|配额|产量|销量|指标|生产任务|销售任务|供货任务)|(?:份额|配额|产量|销量|指标)[^，。；]{0,8}分配|限产(?:协议|公约|方案)|按[^，。；]{0,12}(?:份额|配额|指标)(?:组织|安排|分配)?(?:生产|销售|供货|供应)`)
	// Output planned for operators and a market divided among them, apart
	// from quotaSet so that it stays as quick as it was: "按照县经信局下达的
	// 生产计划组织生产，不得超产", "销售区域由县住建局统一划分".
	plannedOrDivided = regexp.MustCompile(`(?:下达|分配|核定|确定)的?(?:生产计划|销售计划)|不得超产|(?:销售区域|销售范围|供应区域|销售市场)[^。；]{0,12}(?:划分|划定|分配|分割)|(?:划分|划定|分配|分割)[^，。；]{0,8}(?:销售区域|销售范围|供应区域|销售市场)`)
	planMarks        = []string{"生产计划", "销售计划", "超产", "销售区域", "销售范围", "供应区域", "销售市场"}
	// pricesTogether: operators made to fix their prices as one.
	priceSetters   = newConcept("商定", "议定", "签字后共同", "签署后共同", "签订后共同", "签名后共同", "统一确定", "统一制定", "统一调整", "统一上调", "统一下调", "统一执行", "共同确定", "协商确定", "统一将", "统一把", "统一的价格", "统一价格", "统一售价", "统一的售价", "统一收费标准", "统一的收费标准", "统一报价", "指导价", "自律价", "统一销售", "统一收取")
	pricesTogether = regexp.MustCompile(`(?:组织|召集|协调|要求|督促|由)[^。；]{0,20}(?:企业|公司|学校|幼儿园|机构|经营者|商户|商家|会员|单位|门店|药店|医院|驾校|加油站|物业|酒店|宾馆|餐馆|厂|场)[^。；]{0,10}(?:` +
		// they set the price as one: "统一确定秋季学期学费标准", "统一将起步价上调至12元"
		`(?:统一|共同|协商)(?:将|把)?[^，。；]{0,8}?(?:确定|制定|调整|执行|上调|下调|调至|提高|降低)[^。；]{0,12}?(?:价格|收费标准|学费|售价|报价|收费|费用|标准|运价|票价|元)|` +
		`(?:统一|共同|协商)(?:将|把)?(?:价格|收费标准|学费|售价|报价|收费|运价|票价|起步价)[^，。；]{0,4}(?:确定|制定|调整|上调|下调|调至|提高|降低)|` +
		// they sell at one price: "按照统一的价格销售", "按照县砂石协会公布的指导价销售"
		`(?:按照|按|执行)统一的?(?:价格|售价|收费标准|报价)(?:销售|收取|执行|收费)?|` +
		`(?:按照|按|执行)[^，。；]{0,12}(?:协会|商会)[^，。；]{0,6}(?:公布|制定|确定|发布)的(?:指导价|价格|收费标准|自律价|售价)|` +
		// a price the authority set for them all: "按县政府确定的价格统一销售"
		`(?:按照|按)[^，。；]{0,10}(?:确定|核定|规定|制定)的(?:价格|售价|收费标准)[^，。；]{0,4}统一(?:销售|收取|执行))`)
	// Two more ways, apart so that the pattern above stays as quick as it was:
	// an association sets its members' prices ("会员企业的销售价格，由协会统一
	// 确定"), or a price is agreed at a meeting the authority calls ("组织全县
	// 驾校召开座谈会，商定培训收费不低于3800元").
	agreedPrices = regexp.MustCompile(`(?:价格|收费标准|收费|售价|运价|票价)[^。；]{0,4}[，,]?由[^，。；]{0,10}(?:协会|商会)(?:统一|共同)(?:确定|制定|调整|公布)|` +
		`(?:组织|召集|协调)[^。；]{0,30}(?:商定|议定|约定|协商确定)[^。；]{0,12}(?:价格|收费|售价|运价|票价|学费)[^。；]{0,6}(?:不低于|不得低于|不高于|不得高于|统一为|一律为)`)
	agreedMarks = []string{"协会", "商会", "商定", "议定", "约定", "协商确定"}
	// A promise not to compete on price, signed by all (反垄断法第四十四条:
	// 强制经营者从事…垄断行为): "不得采取…低于成本价等方式促销，各企业签字后
	// 共同遵守". The signing is the act; the terms before it may well be bans.
	signedTogether = regexp.MustCompile(`(?:签字|签署|签名|签订)[^。；]{0,8}(?:共同遵守|共同执行)`)
	competedOn     = []string{"促销", "降价", "让利", "折扣", "赠送", "低于成本", "价格", "收费标准"}
)

// Operators' prices, costs or output gathered and passed among them (第十一条
// 第（一）项: 为经营者实施垄断行为提供便利条件; 实施细则: 违法要求经营者披露
// 生产经营敏感信息): "要求…报送进货价格和销售价格，并在行业协会内部通报".
var (
	sensitiveData = newConcept("进货价格", "销售价格", "出厂价格", "成本数据", "成本", "销量", "产量", "报价", "客户信息", "价格信息", "库存", "油价", "售价", "价格", "进价", "出厂价")
	passedAmong   = []string{"内通报", "群内", "内部通报", "行业内通报", "在行业协会", "在协会", "会员间", "企业间", "企业之间", "发给各", "供各", "互通", "共享", "通报给各", "交流", "发送各", "分发各", "转发各", "通报各"}
	gathering     = []string{"报送", "上报", "提供", "披露", "报告", "填报"}
)

// infoFrame: operators' sensitive data gathered and passed among them.
func infoFrame(s string, w *present) (int, int, bool) {
	for _, g := range findWords(s, gathering) {
		if bannedBefore(s, g.a) || !sensitiveData.within(s, g.b, forward(s, g.b, 16), w) {
			continue
		}
		tail := s[g.b:forward(s, g.b, 40)]
		if k := strings.IndexAny(tail, "。；;"); k >= 0 {
			tail = tail[:k]
		}
		for _, p := range passedAmong {
			if j := strings.Index(tail, p); j >= 0 {
				return g.a, g.b + j + len(p), true
			}
		}
	}
	return -1, -1, false
}

// quotaLawful are the quotas and prices a law lets an authority set.
var quotaLawful = []string{"能耗", "排放", "减排", "污染", "碳", "用水总量", "用能", "招生", "财政", "资金", "考核", "责任", "反垄断", "定价目录", "政府定价", "政府指导价"}

// cartelFrame: operators' shares, output or prices fixed together (第十一条
// 第（一）项): "全市预拌混凝土企业按照行业协会确定的份额分配生产任务", "市教育局
// 组织各民办学校统一确定秋季学期学费标准".
func cartelFrame(s string, w *present) (int, int, bool) {
	if containsAny(s, quotaLawful) {
		return -1, -1, false
	}
	if sensitiveData.in(w) {
		if a, b, ok := infoFrame(s, w); ok {
			return a, b, true
		}
	}
	if quotas.in(w) && (parties.in(w) || otherOperators.in(w)) {
		if loc := quotaSet.FindStringIndex(s); loc != nil && !bannedBefore(s, loc[0]) && !describedAsWrong(s, loc[0]) {
			return loc[0], loc[1], true
		}
		if containsAny(s, planMarks) {
			if loc := plannedOrDivided.FindStringIndex(s); loc != nil && !bannedBefore(s, loc[0]) && !describedAsWrong(s, loc[0]) {
				return loc[0], loc[1], true
			}
		}
	}
	if priceSetters.in(w) {
		if loc := pricesTogether.FindStringIndex(s); loc != nil && !bannedBefore(s, loc[0]) && !describedAsWrong(s, loc[0]) {
			return loc[0], loc[1], true
		}
		if containsAny(s, agreedMarks) {
			if loc := agreedPrices.FindStringIndex(s); loc != nil && !bannedBefore(s, loc[0]) && !describedAsWrong(s, loc[0]) {
				return loc[0], loc[1], true
			}
		}
		// reported from 共同遵守 on: the signing before it closes the reach
		// of a ban among the terms (scopeBreaks)
		if loc := signedTogether.FindStringIndex(s); loc != nil && containsAny(s[:loc[0]], competedOn) && !describedAsWrong(s, loc[0]) {
			return loc[0] + strings.Index(s[loc[0]:loc[1]], "共同"), loc[1], true
		}
	}
	return -1, -1, false
}
