package rules

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"beishen/review"
	"beishen/review/rules/places"
)

// A frame is a combination of concepts in one sentence, in any order, rather
// than a phrasing: who is restricted, the restriction, the locality or named
// party it turns on, and the condition or benefit it is attached to. The
// words of each concept come from the law's own lists (《公平竞争审查条例》
// 第八条至第十一条, 《行政处罚法》第九条, 《行政强制法》第九条、第十二条,
// 《公职人员政务处分法》第七条, 国办发〔2018〕37号), not from cases.

// span is a word found in a sentence, at bytes [a, b).
type span struct{ a, b int }

// concept is a list of words that name one idea. Its words join the rule
// set's dictionary, so the one-pass scanner of a sentence already tells
// which of them occur; a frame looks only for those.
type concept struct {
	words []string
	ids   []int32
	bit   int32 // its set's bit (wordScanner.indexSets)
}

// concepts are registered with the dictionary in init, before the scanner
// is built.
var concepts []*concept

func newConcept(words ...string) *concept {
	c := &concept{words: words}
	concepts = append(concepts, c)
	return c
}

// newCommonConcept is a concept of words so common (对, 由, 应当) that the
// scanner would stop at them everywhere; they are looked for only in the
// few sentences a frame reads.
func newCommonConcept(words ...string) *concept { return &concept{words: words} }

// seen reports whether word i of c may occur in the sentence scanned into
// p: surely not when the scanner knows the word and did not see it.
func (c *concept) seen(i int, p *present) bool { return c.ids == nil || p.has(c.ids[i]) }

// in reports whether a word of c may occur in the sentence scanned into p.
func (c *concept) in(p *present) bool { return c.ids == nil || p.inSet(c.bit) }

// find returns every occurrence in s of the words of c.
func (c *concept) find(s string, p *present) []span {
	var out []span
	for i, w := range c.words {
		if c.seen(i, p) {
			out = appendWord(out, s, w)
		}
	}
	return out
}

// within reports whether a word of c occurs in s[a:b].
func (c *concept) within(s string, a, b int, p *present) bool {
	for i, w := range c.words {
		if c.seen(i, p) && strings.Contains(s[a:b], w) {
			return true
		}
	}
	return false
}

// outside reports whether a word of c occurs in s outside [a, b).
func (c *concept) outside(s string, a, b int, p *present) bool {
	for _, w := range c.find(s, p) {
		if w.b <= a || w.a >= b {
			return true
		}
	}
	return false
}

// appendWord appends every occurrence of w in s.
func appendWord(out []span, s, w string) []span {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return out
		}
		out = append(out, span{off + i, off + i + len(w)})
		off += i + len(w)
	}
}

// findWords returns every occurrence of the words in s.
func findWords(s string, words []string) []span {
	var out []span
	for _, w := range words {
		for off := 0; ; {
			i := strings.Index(s[off:], w)
			if i < 0 {
				break
			}
			out = append(out, span{off + i, off + i + len(w)})
			off += i + len(w)
		}
	}
	return out
}

// runesBetween counts the runes from byte a to byte b of s (0 if b <= a).
func runesBetween(s string, a, b int) int {
	if b <= a {
		return 0
	}
	return utf8.RuneCountInString(s[a:b])
}

// sameClause reports whether no clause break (，；：) lies between a and b.
func sameClause(s string, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return !strings.ContainsAny(s[a:b], "，,；;：:。")
}

// Concepts of the fair-competition frames.
var (
	// parties are the operators a measure can restrict, and their goods.
	parties = newConcept("经营者", "供应商", "投标人", "竞标人", "中标人", "中标企业", "中标单位", "企业", "公司", "商户", "商家", "厂家", "厂商", "服务商", "承包商", "承包人", "运营商", "市场主体", "申请人", "申报单位", "个体工商户", "个体经营户", "个体户", "经营户", "经营主体", "经销商", "服务组织", "合作社", "社会组织", "举办者", "批发商", "开发商", "产品", "商品", "建材", "品牌", "货物", "车型",
		// the operators that go by 机构 (检测, 中介, 代理…): "仅州内注册的检测机构可申请入库"
		"检测机构", "检验机构", "中介机构", "代理机构", "评估机构", "鉴定机构", "认证机构", "培训机构", "监理机构", "咨询机构", "医疗机构",
		// in an agreement the operator is 乙方 (甲方, the authority, is never
		// restricted by it)
		"乙方")
	// establishment is what ties an operator or its goods to a place:
	// registering, setting up, paying tax, producing there.
	establishment = newConcept("注册", "依法登记", "登记注册", "设立", "成立", "落户", "迁入", "纳税", "缴税", "缴纳税", "税收", "结算", "生产的", "制造的", "出产", "产的", "设有", "建有", "分支机构", "分公司", "子公司", "办事处", "服务机构", "服务网点", "办公场所", "投资",
		// premises held there (第九条第（二）、（三）项: 在本地有…场所 as a condition)
		"经营场所", "营业场所", "固定场所", "自有房产", "自有场地", "办公用房", "生产基地", "仓储基地", "自有",
		// a proof of paying there: "须提供由本县社保部门出具的社保缴纳证明"
		"社保缴纳证明", "纳税证明", "完税证明", "缴税证明",
		// social insurance paid there (第九条第（三）项): "在黄浦区缴纳社保人数达到…"
		"缴纳社保", "缴纳社会保险", "参保", "社保缴纳记录", "社保记录", "社会保险缴纳记录",
		// data kept there: "须将服务器设在本市"
		"服务器", "数据中心",
		// registered with a local body: "须在本区民政局登记"
		"局登记", "部门登记", "机关登记",
		// vehicles registered there, and an after-sales post kept there: "其车辆应在
		// 赣州市登记上牌", "须在本县有售后机构" (税务登记 and 常设机构 are too common
		// in the tax laws to wake the frame)
		"上牌", "售后机构", "常驻机构")
	// conditions and benefits: what the tie is made a condition of, or what
	// it earns (《公平竞争审查条例》第九条、第十条); 要求, 规定 and 明确 are
	// the condition in reported speech ("某局要求企业在本县注册").
	conditionsBenefits = newCommonConcept("须", "需", "必须", "应当", "应", "要求", "规定", "明确", "方可", "才能", "才可", "条件", "资格", "准入", "申报", "申请", "享受", "评分", "得分", "加分", "分值", "奖励", "补贴", "补助", "扶持", "优先", "仅限", "技术分", "商务分", "综合分", "限于", "只能", "不予", "不进行", "不得", "投标", "报名", "参加", "参与", "中标", "入围", "入库", "名录", "支持", "倾斜", "优惠", "为主", "一律")
	// exits are an operator leaving a place or the market (第九条第（一）项,
	// 第八条第（四）项).
	exits = newConcept("迁出", "迁离", "外迁", "搬离", "撤离", "撤出", "注销", "变更注册地", "变更纳税地", "转移注册地", "改变纳税地", "停止经营", "退出市场",
		// the exits the 2021 实施细则 names besides: 破产、挂牌转让、搬迁转移
		"破产", "挂牌转让", "搬迁转移", "迁往",
		// moving its seat elsewhere, and leaving for elsewhere (要素: 第九条第（六）项)
		"变更住所", "变更地址", "变更经营场所", "迁至", "搬迁至", "到县外", "到市外", "到省外", "到区外", "到外地", "到外省", "到外市", "到外县",
		// investment withdrawn (第九条第（二）项: 强制…在本地投资)
		"撤资", "撤回投资",
		// production moved away (第九条第（一）项: 阻碍…要素输出): "五年内不得转移生产线"
		"转移生产", "转移产能", "外迁生产",
		// a line moved out of the place: "五年内不得将生产线转移至县外" (转让股权
		// is left out: company law binds transfers of shares in its own terms)
		"转移至县外", "转移至市外", "转移至区外", "转移至省外", "转移到县外", "转移到市外", "转移到区外", "转移到省外")
	// binds make leaving a breach: a ban on the operator, a time it must
	// stay, or a benefit taken back.
	binds = newConcept("不得", "不能", "不准", "禁止", "承诺", "保证", "年内", "年以内", "年以上", "期限内", "退回", "退还", "收回", "追回", "返还", "扣回", "须经", "同意", "方可", "方予", "签署意见", "出具意见", "结清", "清退")
	// designations single out one operator (第八条第（二）项、第（三）项).
	designations = newConcept("指定", "独家", "唯一", "限定", "定点", "直接发包", "直接委托", "直接确定", "统一由", "一家专营", "独家专营",
		// handed over without a choice (招标投标法第三条 makes such works go to tender):
		// "可直接交由区属国有公司施工", "直接授予某公司"
		"直接交由", "直接交给", "直接授予",
		// a whole class of works handed over at once: "一次性委托给县交通建设公司"
		"一次性委托", "一次性交由", "一次性授予", "打包委托", "整体委托", "打包交由", "整体交由")
	// trades are the business handed to the operator singled out.
	trades = newCommonConcept("负责", "经营", "运营", "供应", "配送", "供货", "使用", "采购", "购买", "施工", "承建", "建设", "提供", "服务", "承办", "承担", "收运", "销售", "投保", "检测", "办理", "体检", "维修", "安装", "交易",
		// the services bought for public works and public bodies
		"设计", "监理", "勘察", "审计", "咨询", "收集", "处置", "清运", "回收",
		// vehicles and machines put on the street by the one operator (共享单车、充电宝)
		"投放",
		// the business taken on: "独家承接全市占道停车收费业务"
		"承接", "承揽", "养护",
		// the trades of the bodies a buyer is sent to: an insurer's and a
		// bookseller's ("统一由某保险公司承保"); 出具 is not one, a certificate
		// from a designated hospital is the law's own way (教师资格条例)
		"承保", "征订", "发行")
)

// localTie finds a place tied to an establishment word in one clause:
// "在四川省境内依法注册", "注册地在仙游县", "在罗江注册", "本地生产的".
// (A place before an operator, "本地企业", is the phrasing rules' F05.) It
// returns the span from the first to the last of the two.
func localTie(s string, w *present) (span, bool) {
	ties := establishment.find(s, w)
	for _, t := range ties {
		// A tie word inside a firm's name (城市建设投资有限公司) is no act.
		if hasPrefixAny(s[t.b:], []string{"有限", "公司", "集团", "控股", "股份"}) {
			continue
		}
		// A province by its one-rune form, marked as a place just before
		// the tie: "在川注册", "于粤依法设立".
		if a, ok := provinceRuneBefore(s, t.a); ok {
			return span{a, t.b}, true
		}
		// A place tied to t starts at most 8 runes before it or 6 after.
		from, to := back(s, t.a, 8+8), min(len(s), t.b+7*3)
		for to < len(s) && !utf8.RuneStart(s[to]) {
			to++
		}
		for _, p := range places.FindIn(s, from, to) {
			if p.Code == "71" || p.Code == "81" || p.Code == "82" {
				continue // Taiwan, Hong Kong, Macao: rules of their own
			}
			if strings.HasPrefix(p.Name, "全") {
				continue // 全县 names a scope (负责全县…的投资), not where an operator is
			}
			if p.Level == places.County && p.Short && !p.Other && !placeMarked(s, p.Start, p.End) {
				// A county's short form counts only where the text marks it
				// as a place (在罗江注册, 罗江籍), not as a word in passing.
				continue
			}
			var a, b int
			switch {
			case t.a >= p.End && runesBetween(s, p.End, t.a) <= 8:
				a, b = p.Start, t.b
			case p.Start >= t.b && runesBetween(s, t.b, p.Start) <= 6:
				a, b = t.a, p.End
			default:
				continue
			}
			if sameClause(s, a, b) {
				return span{a, b}, true
			}
		}
	}
	return span{}, false
}

// provinceRunes are the one-rune forms of the provinces (川, 粤, 浙…) and of
// the cities that go by one (杭, 甬, 蓉, 穗, 深…: 在蓉注册, 来甬投资); 新, 宁,
// 台, 港 and 澳 are left out: 在新注册 is "newly registered", and the others
// have rules of their own or name two places.
const provinceRunes = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇云藏陕秦甘陇青杭甬蓉穗深榕邕筑锡汉厦"

// provinceRuneBefore reports whether s just before at reads 在川, 于粤, 来浙
// (perhaps with 依法 after it), and where that starts.
func provinceRuneBefore(s string, at int) (int, bool) {
	head := strings.TrimSuffix(s[:at], "依法")
	r, n := utf8.DecodeLastRuneInString(head)
	if n == 0 || !strings.ContainsRune(provinceRunes, r) {
		return 0, false
	}
	head = head[:len(head)-n]
	if !hasSuffixAny(head, []string{"在", "于", "来", "赴", "入"}) {
		return 0, false
	}
	_, m := utf8.DecodeLastRuneInString(head)
	return len(head) - m, true
}

// back returns the byte offset n runes before at in s (or 0).
func back(s string, at, n int) int {
	for ; n > 0 && at > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:at])
		at -= size
	}
	return at
}

// placeMarked reports whether a name at [a, b) reads as a place: after 在,
// 于, 到, 赴, 地为, 地在, or before 境内, 籍, 注册, 设立.
func placeMarked(s string, a, b int) bool {
	return hasSuffixAny(s[:a], []string{"在", "于", "到", "赴", "为", "入"}) ||
		hasPrefixAny(s[b:], []string{"境内", "辖区", "范围", "籍", "注册", "设立", "本地", "当地"})
}

func hasPrefixAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// origins name goods by the province they come from, in the short form
// trade uses (粤产建材, 桂产医疗器械); the short forms that begin other words
// (新产品, 青产, 黑产, 宁产, 云产, 吉产, 甘产) are left out.
var origins = newConcept("京产", "津产", "冀产", "晋产", "蒙产", "辽产", "沪产", "苏产", "浙产", "皖产", "闽产", "赣产", "鲁产", "豫产", "鄂产", "湘产", "粤产", "桂产", "琼产", "渝产", "川产", "黔产", "滇产", "藏产", "陕产", "陇产", "本省产", "本市产", "本县产", "本区产", "本地产")

// madeGoods are the establishment words that name goods by where they were
// made ("必须采购本省生产的客车"): the goods are the party, whatever they are.
var madeGoods = newConcept("生产的", "制造的", "出产的", "产的")

// tenders are the procedures whose bidders are the operators a condition
// restricts, named or not ("要求标的一须承诺在当地投资").
var tenders = newConcept("招标", "投标", "竞标", "竞买", "竞拍", "报名", "遴选", "比选", "采购")

// goods are the parties that are things, not operators.
var goods = []string{"产品", "商品", "建材", "品牌", "货物", "车型"}

// ownPlaces are the relative forms naming the drafter's own place (本地,
// 本县, 当地…), without the 全- forms (全市 is a scope, not a tie); the
// scanner sees them, so localChoice reads the gazetteer only when one is there.
var ownPlaces = newConcept(slices.DeleteFunc(places.Relatives(), func(r string) bool { return strings.HasPrefix(r, "全") })...)

// selecting is choosing an operator for a task.
var selecting = newCommonConcept("选择", "选取", "选定", "择优", "确定")

// localityFrame: an operator tied to a place, as a condition or for a
// benefit; or operators of the drafter's own place the only ones chosen from.
func localityFrame(s string, w *present) (int, int, bool) {
	if origins.in(w) && conditionsBenefits.in(w) {
		for _, o := range origins.find(s, w) {
			if hasPrefixAny(s[o.b:], []string{"业", "值", "能", "生", "量", "权", "出", "销", "品"}) || bannedBefore(s, o.a) {
				continue // 粤产业, 本地产品: not goods of an origin
			}
			if conditionsBenefits.outside(s, o.a, o.b, w) {
				return o.a, o.b, true
			}
		}
	}
	if !parties.in(w) && !tenders.in(w) && !madeGoods.in(w) && !strings.Contains(s, "号牌") {
		if practices.in(w) {
			return localIdentity(s, w) // "限定福建省内的律师事务所参加"
		}
		return impliedOperatorTie(s, w)
	}
	if a, b, ok := localChoice(s, w); ok {
		return a, b, true
	}
	if a, b, ok := localIdentity(s, w); ok {
		return a, b, true
	}
	if !conditionsBenefits.in(w) {
		return -1, -1, false
	}
	t, ok := localTie(s, w)
	if !ok || !conditionsBenefits.outside(s, t.a, t.b, w) && !scoreRe.MatchString(s) {
		return -1, -1, false
	}
	if scopeOfDuty(s, t.b) {
		return -1, -1, false
	}
	return t.a, t.b, true
}

// operatorActs are the ties only an operator makes: a clause that sets one
// as a condition names the operator by the act ("须在本县注册并纳税，方可
// 申报", "在本地设有分支机构的，优先考虑").
var (
	relativePlaces = []string{"本县", "本市", "本区", "本省", "本地", "当地", "本镇", "本州", "本旗", "辖区", "县内", "市内", "区内", "省内", "我市", "我县", "我区", "我省"}
	tieredPlace    = regexp.MustCompile(`\p{Han}[省市县区州旗]`)
)

var operatorActs = newConcept("注册", "设立", "纳税", "缴税", "分支机构", "分公司", "子公司", "办事处", "总部", "服务网点", "售后", "落户")

// impliedOperatorTie: a tie only an operator makes, to a place, made the
// condition of something it earns, with the operator left implicit. A plain
// duty (应当在本市办理) earns nothing, so only tieEarns count here.
func impliedOperatorTie(s string, w *present) (int, int, bool) {
	// cheap tests first: statutes are full of 注册 and 设立 with no operator
	// named, and the gazetteer scan in localTie is the dear part
	if !operatorActs.in(w) || !ownPlaces.in(w) || !containsAny(s, tieEarns) {
		return -1, -1, false
	}
	t, ok := localTie(s, w)
	if !ok || !operatorActs.within(s, t.a, forward(s, t.b, 6), w) || scopeOfDuty(s, t.b) || bannedBefore(s, t.a) {
		return -1, -1, false
	}
	// the place said as a place: a relative form or a name with its tier
	// (a short form found inside another word, 普通化妆品, is none)
	if !containsAny(s[t.a:t.b], relativePlaces) && !tieredPlace.MatchString(s[t.a:t.b]) {
		return -1, -1, false
	}
	for _, e := range findWords(s, tieEarns) {
		if (e.b <= t.a || e.a >= t.b) && !hasSuffixAny(s[:e.a], []string{"不", "无"}) || scoreRe.MatchString(s) {
			return t.a, t.b, true
		}
	}
	return -1, -1, false
}

// tieEarns are what a tie to a place may be made the condition of: a
// benefit, a rank, entry or a procedure's admission.
var tieEarns = []string{"享受", "补贴", "补助", "奖励", "奖补", "扶持", "给予", "优先", "资格", "方可", "才能", "才可", "申报", "申请", "投标", "参加", "参与", "报名", "加分", "得分", "评分", "技术分", "商务分", "综合分", "分值", "入围", "入库", "准入", "进入", "承接", "中标", "不予", "不得"}

// scopeOfDuty reports whether the tie ending at byte at closes a condition
// ("企业在县内建有生产线的，") whose consequence is a plain duty that earns or
// bars nothing ("应当遵守安全生产规定"): the place then names whom a rule
// reaches, not a condition set on operators.
func scopeOfDuty(s string, at int) bool {
	_, hi := clauseAround(s, at, at)
	if !strings.HasSuffix(s[at:hi], "的") || hi >= len(s) {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[hi:])
	next := s[hi+n:]
	if i := strings.IndexAny(next, "，,；;。"); i >= 0 {
		next = next[:i]
	}
	return !containsAny(next, tieEarns) && !scoreRe.MatchString(next)
}

// scoreRe is a score given in points, in any numerals ("得三分", "加1.5分"):
// a tie to a place that earns one is a scoring factor.
var scoreRe = regexp.MustCompile(`[得加计记][\d一二两三四五六七八九十.．]+分`)

// identityMarks make being of a place the condition itself: "须为本县企业",
// "仅限本市企业".
var identityMarks = newConcept("只限于", "仅限于", "只适用于", "仅适用于", "只能用于", "仅能用于", "须为", "需为", "应为", "必须为", "必须是", "须是", "限于", "仅限", "只限", "限定为", "仅为", "只能为", "只能是", "仅认可", "只认可", "仅承认", "只承认", "仅接受", "只接受", "只面向", "仅面向", "只邀请", "仅邀请", "只允许", "仅允许",
	// a benefit only they receive: "补贴仅发放给县内…机构"
	"仅发放给", "只发放给", "仅给予", "只给予", "仅奖励", "只奖励", "仅补贴", "只补贴", "仅支持", "只支持")

// practices are the professional firms an authority hires (律师、会计师、税务师
// 事务所): operators only where a place is their condition, since elsewhere
// the 司法行政 rules that govern them speak of them as places do.
var practices = newConcept("事务所")

// limitedTo is 限定 before a place ("限定福建省内的律师事务所参加"): too common
// a word to wake the frame, so it is looked for only where the frame runs.
const limitedTo = "限定"

// localIdentity: the operators admitted are those of a place, "申报企业须为
// 本县规模以上工业企业".
func localIdentity(s string, w *present) (int, int, bool) {
	if !parties.in(w) && !otherOperators.in(w) && !practices.in(w) && !strings.Contains(s, "号牌") || !identityMarks.in(w) && !strings.Contains(s, limitedTo) {
		return -1, -1, false
	}
	for _, p := range places.Find(s) {
		if p.Other || strings.HasPrefix(p.Name, "全") || p.Code == "71" || p.Code == "81" || p.Code == "82" {
			continue
		}
		if !hasSuffixAny(s[:p.Start], identityMarks.words) && !strings.HasSuffix(s[:p.Start], limitedTo) || bannedBefore(s, p.Start) {
			continue
		}
		end := p.End
		for n := 0; n < 12 && end < len(s); n++ {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
		}
		if _, hi := clauseAround(s, p.End, p.End); end > hi {
			end = hi
		}
		for _, x := range append(append(parties.find(s, w), otherOperators.find(s, w)...), practices.find(s, w)...) {
			if x.a >= p.End && x.b <= end {
				return back(s, p.Start, 2), x.b, true
			}
		}
		// Goods registered in the place: "车辆须为本地号牌" (第九条第（一）项).
		if j := strings.Index(s[p.End:end], "号牌"); j >= 0 {
			return back(s, p.Start, 2), p.End + j + len("号牌"), true
		}
	}
	return -1, -1, false
}

// localChoice: the operators chosen among are those of the drafter's place,
// "综合评估当地农业生产托管服务组织的服务能力…择优选择服务组织作为项目实施主体".
func localChoice(s string, w *present) (int, int, bool) {
	if !ownPlaces.in(w) {
		return -1, -1, false
	}
	sel := selecting.find(s, w)
	if len(sel) == 0 {
		return -1, -1, false
	}
	for _, p := range places.Find(s) {
		if p.Level != places.Relative || p.Other || strings.HasPrefix(p.Name, "全") {
			continue
		}
		// an operator within twelve runes after the place, with no
		// authority between ("当地人民政府确定的单位" is no operator of the place)
		end := p.End
		for n := 0; n < 12 && end < len(s); n++ {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
		}
		if !sameClause(s, p.End, end) {
			end = p.End + strings.IndexAny(s[p.End:], "，,；;：:。")
			if end < p.End {
				end = len(s)
			}
		}
		var op span
		found := false
		for _, x := range parties.find(s, w) {
			if hasPrefixAny(s[x.a:], goods) {
				continue // goods are chosen by their qualities, not their makers here
			}
			if x.a >= p.End && x.b <= end && (!found || x.a < op.a) {
				op, found = x, true
			}
		}
		if !found || containsAny(s[p.End:op.a], []string{"政府", "部门", "机关", "人民", "委员会", "党委"}) {
			continue
		}
		for _, c := range sel {
			after := c.a >= op.b && runesBetween(s, op.b, c.a) <= 40
			// 择优选择本县企业; "确定本行政区域…" before a place names a scope
			before := c.b <= p.Start && runesBetween(s, c.b, p.Start) <= 6 && !strings.HasPrefix(s[c.a:], "确定")
			if (after || before) && !bannedBefore(s, min(c.a, p.Start)) {
				return min(c.a, p.Start), max(c.b, op.b), true
			}
		}
	}
	return -1, -1, false
}

// exitFrame: an operator kept from leaving, by a ban, a term or a claw-back.
func exitFrame(s string, w *present) (int, int, bool) {
	if !binds.in(w) || !parties.in(w) && !rewardWords.in(w) {
		return -1, -1, false
	}
	for _, e := range exits.find(s, w) {
		if bannedBefore(s, e.a) { // "不得限制企业迁出" binds the authority
			continue
		}
		ceasing := strings.HasPrefix(s[e.a:], "停止经营") || strings.HasPrefix(s[e.a:], "退出市场")
		for _, b := range binds.find(s, w) {
			if !sameSentencePart(s, e, b) {
				continue
			}
			// Ceasing business is bound only by an approval ("停止经营的，
			// 应当报…同意"); a record kept for years after it is no bind.
			if ceasing && !hasPrefixAny(s[b.a:], []string{"同意", "须经", "不得", "禁止"}) {
				continue
			}
			// "不得收回已兑现的奖励": the claw-back barred is the authority's ban.
			clawBacks := []string{"退回", "退还", "收回", "追回", "返还", "扣回", "清退"}
			if hasPrefixAny(s[b.a:], clawBacks) && hasSuffixAny(s[:b.a], []string{"不得", "不", "禁止", "严禁", "不予", "无需", "无须"}) ||
				hasPrefixAny(s[b.b:], clawBacks) && hasPrefixAny(s[b.a:], []string{"不得", "不能", "禁止", "不准"}) {
				continue
			}
			// Settling up binds only when it is the benefits that must be
			// paid back ("结清所享受的奖补资金"), not taxes owed.
			if bw := s[b.a:b.b]; (bw == "结清" || bw == "清退") && !rewardWords.within(s, b.b, min(len(s), b.b+12*3), w) {
				continue
			}
			a, z := min(e.a, b.a), max(e.b, b.b)
			return a, z, true
		}
	}
	return -1, -1, false
}

// Concepts of the fee frame: charges laid on operators (《优化营商环境条例》
// 第二十五条: no fee without a legal basis).
var (
	feeNames = newConcept("使用费", "管理费", "占道费", "占道经营费", "经营费", "服务管理费", "有偿使用费", "资源费", "入场费", "进场费", "入网费", "准入费", "赞助费",
		// charges for an authority's own acts on operators (评审, 登记, 备案, 年检):
		// 行政事业性收费 that only a law or the State Council may set
		"评审费", "评比费", "评选费", "登记费", "审核费", "备案费", "年检费")
	feeDemands = newConcept("缴纳", "交纳", "收取", "上缴", "计收", "按照每", "按每", "元/")
	feePayers  = newConcept("企业", "经营者", "中标人", "中标企业", "供应商", "运营商", "商户", "投标人", "运营企业")
)

// feeFrame: a fee demanded of an operator, in one clause.
func feeFrame(s string, w *present) (int, int, bool) {
	if !feeDemands.in(w) || !feePayers.in(w) {
		return -1, -1, false
	}
	for _, f := range feeNames.find(s, w) {
		lo, hi := clauseAround(s, f.a, f.b)
		if feeDemands.within(s, lo, f.a, w) || feeDemands.within(s, f.b, hi, w) {
			if bannedBefore(s, f.a) || describedAsWrong(s, f.a) {
				continue
			}
			return max(lo, back(s, f.a, 16)), f.b, true
		}
	}
	return -1, -1, false
}

// sameSentencePart: two words within 30 runes of each other.
func sameSentencePart(s string, x, y span) bool {
	a, b := min(x.a, y.a), max(x.b, y.b)
	return runesBetween(s, a, b) <= 30
}

var rewardWords = newConcept("奖励", "补助", "补贴", "资助", "奖补", "扶持", "优惠", "助学金", "奖学金", "享受")

// designationForms are the other forms of a designation, each with the two
// concepts it needs in a sentence before its pattern is tried. (A table of
// the package, not of the call: built once, not on every sentence.)
var designationForms = []struct {
	need []*concept
	re   *regexp.Regexp
}{
	// A cap on how many may operate: "中标企业数量限定为3家".
	{[]*concept{capWords, firmCount}, operatorCap},
	// A named firm made the operator: "确定县城投公司作为建设投资主体".
	{[]*concept{operatorRoles, firms}, firmAsOperator},
	{[]*concept{selectAmong, selectAmong}, amongFirms},
	{[]*concept{wholly, firms}, whollyByFirm},
	{[]*concept{areaWide, firms}, areaWideByFirm},
	{[]*concept{othersBarred, othersBarred}, othersBarredFrom},
	{[]*concept{capWords, firmCount}, operatorCapAfter},
	{[]*concept{towards, towards}, buyFromFirm},
	{[]*concept{plainDuties, firmNames}, buyFromLocalFirm},
	{[]*concept{steered, firms}, steeredToFirm},
	{[]*concept{steered, sentTo}, steeredToBody},
	{[]*concept{renewals, renewals}, rightsKept},
	{[]*concept{noOthers, noOthers}, othersKeptOut},
	{[]*concept{preferred, firms}, preferredFirm},
	{[]*concept{contracts, contractWith}, contractFirst},
	{[]*concept{steered, contractWith}, contractFirst},
	{[]*concept{oneProvider, oneProvider}, usesOne},
	{[]*concept{wholesale, firms}, runByFirm},
	{[]*concept{unifiedTrades, unifiedHolders}, unifiedByFirm},
	{[]*concept{useDutyWords, firmByName}, namedFirmGoods},
	{[]*concept{layoutCaps, layoutCaps}, layoutCap},
	{[]*concept{handOvers, handHolders}, handedToFirm},
	{[]*concept{noOwnGoods, noOwnGoods}, boughtThereOnly},
	{[]*concept{deposits, banks}, keptAtLocalBank},
	{[]*concept{firmAsRole, providerRoles}, firmMadeProvider},
}

// designationFrame: one operator singled out for a business: "由县供销社
// 所属企业独家负责全县化肥统一配送".
func designationFrame(s string, w *present) (int, int, bool) {
	a, b, ok := singledOut(s, w)
	// Verification the metrology law reserves to the bodies it names (《计量法》
	// 第九条), wherever in the sentence it is said.
	if !ok || strings.Contains(s, "强制检定") {
		return -1, -1, false
	}
	return a, b, true
}

// singledOut finds the forms of designationFrame.
func singledOut(s string, w *present) (int, int, bool) {
	if chosenMarks.in(w) || subsidiaries.in(w) || useDuties.in(w) && providedGoods.in(w) {
		if a, b, ok := chosenSupplierFrame(s, w); ok {
			return a, b, true
		}
	}
	for _, d := range designations.find(s, w) {
		if !trades.in(w) {
			break
		}
		// the operator singled out, within the clause around the word
		lo, hi := clauseAround(s, d.a, d.b)
		// 一家专营 names its holder by the count: "医疗废物处置实行一家专营";
		// so does a count after the designation, whatever the trade: "指定一家
		// 旅行社承办", "限定只能在区内三家大型商超使用".
		oneHolder := strings.HasSuffix(s[d.a:d.b], "专营") || firmCountRe.MatchString(s[d.b:hi])
		if !oneHolder && !designatedParties.within(s, lo, hi, w) || !trades.within(s, lo, hi, w) {
			continue
		}
		// "不指定销售企业": a designation denied; "国务院…部门指定的检测站": the
		// state's own, which a law makes
		if bannedBefore(s, d.a) || describedAsWrong(s, d.a) || hasSuffixAny(s[:d.a], []string{"不", "未", "无需", "无须", "不得"}) || containsAny(s[back(s, d.a, 30):d.a], nationalTiers[:5]) {
			continue
		}
		// One picked by tender ("经招标选定一家企业独家投放") is F16's suppression
		// to judge; leave the sentence to the forms below, which may find a
		// grant no tender excuses ("不再引入其他…").
		if containsAny(s[lo:hi], []string{"招标", "竞争性谈判", "竞争性磋商", "公开竞争", "公开遴选"}) {
			continue
		}
		return d.a, hi, true
	}
	for _, g := range designationForms {
		if !g.need[0].in(w) || !g.need[1].in(w) {
			continue
		}
		// A promise made in an agreement is F30's (a partnership that keeps others out).
		if g.re == othersKeptOut && agreements.in(w) {
			continue
		}
		// "…，原承包人继续经营的，应当重新…公开竞价": a condition's subject, not a grant.
		if loc := g.re.FindStringIndex(s); loc != nil && !bannedBefore(s, loc[0]) && !describedAsWrong(s, loc[0]) && !hasPrefixAny(s[loc[1]:], []string{"的，", "的,"}) {
			if g.re == firmMadeProvider && containsAny(s[back(s, loc[0], 30):loc[0]], nationalTiers[:5]) {
				continue
			}
			if g.re == handedToFirm {
				if m := g.re.FindStringSubmatchIndex(s); containsAny(s[m[2]:m[3]], stateHolders) {
					continue
				}
			}
			if g.re == usesOne && (strings.HasSuffix(s[:loc[1]], "”") || strings.HasSuffix(s[:loc[1]], "系列")) && containsAny(s[loc[0]:forward(s, loc[1], 4)], notBrands) {
				continue
			}
			return loc[0], loc[1], true
		}
	}
	if (soleAnchors.in(w) || unifiedTrades.in(w) || soleChosen.in(w)) && shutOuts.in(w) {
		if a, b, ok := soleWithOthersShut(s); ok {
			return a, b, true
		}
	}
	return -1, -1, false
}

// One provider set and every other shut out in the same sentence
// (《反垄断法》第三十九条: 限定…使用其指定的经营者提供的商品; 《公平竞争审查条例》
// 第八条第（三）项): "统一由市测绘中心出具，其他测绘单位的成果不予采用",
// "选用目录内产品，未列入目录的产品不得使用", "由协会会员单位承担，非会员
// 单位出具的报告不作为依据". The shutting out is what the real clauses share,
// whatever the provider is called, so the holder needs no party word; a
// state body holding a state function ("由国务院…统一发布，其他单位不得发布")
// is no provider.
var (
	// (the pattern is dear: it runs only when a rarer word of its first half
	// is there, soleAnchors, a unified trade or one of soleChosen)
	soleChosen = newConcept("指定的", "选定的", "推荐的", "委派的")
	shutOuts   = newConcept("其他", "非会员", "目录外", "库外", "名录外", "名单外", "未列入", "未纳入", "未入围", "未聘用", "未选用", "未委托")
	// soleAnchors wake the rule for this form: the rarer words of either
	// half (其他 and 统一 are everywhere; the ways 统一 binds a holder are not)
	soleAnchors = newConcept("统一由", "目录内", "目录中", "名录库", "名录内", "名单内", "库内", "会员单位", "委派的", "非会员", "目录外", "库外", "名录外", "名单外", "未列入", "未纳入", "未入围", "未聘用", "未选用", "未委托", "统一规划", "统一投资")
	soleShut    = re(`(统一由[^，。；]{2,24}|由[^，。；]{2,20}?统一|目录[内中]|名录[库内]|名单内|库内|会员单位|(?:委派|指定|选定|确定|认定|推荐)的)[^。；]{0,60}?` +
		`(?:(?:其他|非会员|目录外|库外|名录外|名单外|未列入|未纳入|未入围)[^，。；]{0,20}?(?:不予|不得|不能|不准|不作为|一律不|无效)|` +
		`未(?:聘用|选用|委托)[^，。；]{0,6}?(?:不予|不得|不能|不准|一律不)|` +
		`(?:不得|不能|不准|禁止|不允许)再?(?:通过|委托|选用|使用|聘用|聘请|向|从|到|采购|购买)其他)`)
	// the state's own bodies, and the state itself, hold state functions
	// (the first five name the tiers, the rest a law)
	nationalTiers = []string{"国务院", "国家", "全国", "中央", "自治区、直辖市", "依照", "依法", "依据"}
	stateHolders  = []string{"国务院", "国家", "人民政府", "政府", "部门", "机关", "局", "委员会", "厅", "署", "办公室", "法院", "检察院", "公安", "海关", "税务", "军"}
)

// soleWithOthersShut finds a provider set and the others shut out after it.
func soleWithOthersShut(s string) (int, int, bool) {
	loc := soleShut.FindStringSubmatchIndex(s)
	if loc == nil || bannedBefore(s, loc[0]) || describedAsWrong(s, loc[0]) {
		return -1, -1, false
	}
	if holder := s[loc[2]:loc[3]]; containsAny(holder, stateHolders) {
		return -1, -1, false
	}
	// chosen or held at the national tier ("除国务院…确定的企业外", "由各省、
	// 自治区、直辖市…统一") or under a law ("依照本条第一款确定的"): a
	// statute's own allocation, which a law may make
	if containsAny(s[back(s, loc[0], 30):loc[3]], nationalTiers) {
		return -1, -1, false
	}
	return loc[0], loc[1], true
}

var (
	capWords      = newConcept("限定", "限制", "控制", "不超过", "只", "仅", "确定")
	firmCount     = newConcept("家以内", "家以下", "家企业", "家供应商", "家经营者", "家运营商", "家服务商", "家公司", "家中标", "家运营", "家经营")
	operatorRoles = newConcept("主体", "承办单位", "运营单位", "经营单位", "运营商", "唯一")
	firms         = newConcept("公司", "集团", "企业", "厂生产")
	// A choice among N firms: "须从中标的5家企业中选定".
	selectAmong = newConcept("中“", "中\"", "中选定", "中选择", "中选取", "中确定", "中选用", "中指定", "中择定", "中选购", "中采购")
	amongFirms  = re(`从[^，。；]{0,24}[\d一二两三四五六七八九十]+\s*(?:家|个|种)[^，。；]{0,12}(?:企业|供应商|经营者|服务商|公司|机构|品牌|厂商|厂家|商家|门店)中[^，。；]{0,8}?(?:选定|选择|选取|确定|选用|指定|择定|选购|采购)`)
	// A business left wholly to a firm: "户外广告业务全部由某公司经营".
	wholly       = newConcept("全部由", "均由", "一律由", "只能由", "仅由", "统一交由", "全部交由", "只能交由", "一律交由", "均交由", "必须交由", "须交由")
	whollyByFirm = re(`(?:全部|均|一律|只能|仅|统一|全部交|必须|须)(?:交)?由[^，。；]{0,24}?(?:公司|集团|测绘院|检测站|检测所|检验所|书店)[^，。；]{0,16}?(?:经营|运营|负责|承担|实施|建设|供应|配送|提供|承办|申报|代理|收运|施工|销售|收集|处置|清运|回收|组织实施|承建|安装|设计|监理|维修|检测|培训|承保|征订)`)
	// A whole area's business given to a firm: "由县城投公司负责全县充电设施的建设和运营".
	areaWide       = newConcept("负责全县", "负责全市", "负责全区", "负责全镇", "负责全省", "负责全州", "负责全旗", "负责辖区", "负责本县", "负责本市", "负责本区", "负责本辖区")
	areaWideByFirm = re(`由[^，。；]{0,24}?(?:公司|集团)(?:统一)?负责(?:全|本|辖区)[^，。；]{0,24}?(?:经营|运营|建设|投资|供应|配送|服务|收运|施工|销售|维护|管理)`)
	// Every other operator shut out (第八条: 限定经营): "其他企业不得在公共区域自行建设充电设施".
	othersBarred     = newConcept("其他企业", "其他经营者", "其他公司", "其他市场主体", "其他运营商", "其他服务商", "其他银行", "其他商业银行", "其他金融机构", "其他保险机构", "其他供应商")
	othersBarredFrom = re(`其他(?:企业|经营者|公司|市场主体|运营商|服务商|银行|商业银行|金融机构|保险机构|供应商)(?:一律)?(?:不得|不能|不允许|禁止)[^，。；]{0,16}?(?:经营|建设|运营|从事|进入|销售|提供|开展|承接|参与)|` +
		// buyers barred from every other seller (第八条第（三）项): "丧属不得自带或者从其他经营者购买"
		`(?:不得|不能|不准|禁止)(?:自带或者?|自行|另行)?(?:从|向|在)其他(?:经营者|企业|商家|供应商|单位|公司|门店)[^，。；]{0,4}(?:购买|采购|购进|订购|投保|办理)`)
	// A cap put on the operators named before it: "网约车平台数量控制在3家以内".
	// (家 counts operators, so a total kept to so many 家 needs no party word:
	// "全县网吧总量控制在50家以内")
	operatorCapAfter = re(`(?:(?:企业|平台|经营者|运营商|服务商|公司|网点|门店|药店|机构)[^，。；]{0,6}(?:数量|家数|总数)|总量|家数)[^，。；]{0,4}(?:控制在|限定为|限定在|限制在|限制为|不超过|不得超过|最多)[\d一二两三四五六七八九十]+家`)
	// A business handed over to one provider: "全县尾气检测业务交由县环保
	// 检测站承担", "各村生活垃圾清运统一交给县环卫公司" (a state body taking a
	// task, 交由县人民政府处理, is no provider).
	// (the trade or the sweep before 交由 is part of the word: 交由 alone is
	// in every statute)
	handOvers    = newConcept("业务交由", "业务交给", "服务交由", "服务交给", "工程交由", "清运交由", "收运交由", "检测交由", "检验交由", "维修交由", "保洁交由", "配送交由", "统一交由", "全部交由", "一律交由", "均交由", "统一交给", "全部交给", "一律交给", "均交给")
	handHolders  = newConcept("公司", "集团", "检测站", "检测所", "事务所", "协会", "中心", "医院", "厂", "测绘队", "施工队", "工程队")
	handedToFirm = re(`(?:业务|服务|工程|清运|收运|检测|检验|维修|保洁|配送)(?:统一|全部|一律|均)?(?:交由|交给)([^，。；]{2,16}?(?:公司|集团|检测站|检测所|事务所|协会|中心|医院|厂|队))`)
	// Operators' money kept at one local bank (反垄断法第三十九条: 使用其指定的
	// 经营者提供的服务): "开发企业须将预售资金存入县农商银行监管账户".
	deposits        = newConcept("存入县", "存入市", "存入区", "存入本", "存放在县", "存放在市", "存放在区", "存放于县", "存放于市", "存放于区", "开设在县", "开立在县", "存入州", "存入镇")
	banks           = newConcept("银行", "信用社", "农商行", "信用联社")
	keptAtLocalBank = re(`(?:企业|经营者|商户|开发商|公司|单位)[^。；]{0,20}?(?:须|需|必须|只能|统一|一律|应当|应)(?:将[^，。；]{0,12})?(?:存入|存放|开立|开设)[^，。；]{0,4}?(?:本|[县市区镇乡州旗])[^，。；]{0,10}?(?:银行|信用社|农商行|信用联社)`)
	// A firm named the provider of a trade: "确定某医药公司为全市基层医疗机构
	// 药品配送企业", "指定县人保公司为学生保险承保机构".
	firmAsRole       = newConcept("公司为", "公司作为", "集团为", "集团作为")
	providerRoles    = newConcept("配送企业", "供应商", "供货商", "服务商", "服务企业", "承办企业", "经营企业", "定点企业", "定点单位", "合作企业", "合作银行", "承保机构", "承保公司")
	firmMadeProvider = re(`(?:确定|指定|选定|明确)(?:某|[^，。；]{1,16}?)(?:公司|集团)(?:作为|为)[^，。；]{0,16}?(?:配送企业|供应商|供货商|服务商|服务企业|承办企业|经营企业|定点企业|定点单位|合作企业|合作银行|承保机构|承保公司)`)
	// A layout that admits so many operators: "每个街道只设一家机动车检测站".
	layoutCaps = newConcept("只设", "仅设", "限设", "只布设", "仅布设", "只设置", "仅设置", "只批准", "仅批准", "只保留", "仅保留")
	layoutCap  = re(`(?:只|仅|限)(?:设|设置|布设|批准|保留)[\d一二两三四五六七八九十]+家`)
	// Purchases directed to one body: "校服统一向市教育装备中心采购".
	towards = newConcept("须从", "需从", "须到", "需到", "统一委托", "必须委托", "只能委托", "一律委托", "统一从", "只能从", "必须从", "一律从", "统一向", "只能向", "必须向", "集中向", "一律向", "均向", "统一到", "只能到", "必须到", "集中到", "一律到")
	// A plain duty to buy from a local firm ("应当从县石油公司购进成品油"), or
	// a service taken at one ("统一在某保险公司县支公司投保"): words common
	// in any text, so the form waits for a firm in the sentence as well.
	firmNames        = newConcept("公司", "集团")
	plainDuties      = newConcept("应当从", "应从", "应当向", "应向", "统一在", "只能在", "必须在", "集中在", "一律在", "应当委托", "应委托", "须委托", "需委托")
	buyFromLocalFirm = re(`(?:应当|应)(?:向|从)(?:本|[县市区镇乡州旗])[^，。；]{0,10}?(?:公司|集团)[^，。；]{0,6}?(?:采购|购买|订购|购置|购进|进货)|` +
		`(?:统一|只能|必须|集中|一律)在[^，。；]{0,16}?(?:公司|集团)[^，。；]{0,4}?(?:进行|接受)?(?:体检|检测|检验|培训|维修|安装|购买|采购|投保|鉴定|评估|办理)|` +
		// a service entrusted to a local firm by a plain duty: "应当委托区城投物业公司承担"
		`(?:应当|应|须|需)委托(?:本|园区|[县市区镇乡州旗])[^，。；]{0,12}?(?:公司|集团)`)
	// Bought at one place and nothing brought in: "丧葬用品须在县殡仪馆购买，不得自带".
	noOwnGoods      = newConcept("自带", "自购", "外购")
	boughtThereOnly = re(`(?:须|需|必须|只能|应当|统一)(?:在|到)[^，。；]{1,16}?(?:馆|店|部|社|公司|中心|医院|超市|市场|站)(?:购买|采购|购置|租用)[^。；]{0,6}?(?:不得|禁止|严禁|不准)(?:自带|自购|外购)`)
	// Buyers steered to one firm's goods: "引导农户购买县农机公司销售的农机具".
	steered       = newConcept("引导", "动员", "组织", "要求", "鼓励")
	steeredToFirm = re(`(?:引导|动员|组织|要求|鼓励)[^，。；]{0,10}(?:购买|使用|采购|选用|订购|安装|接入|投保|选聘)[^，。；]{0,16}?(?:公司|集团|厂)(?:生产|销售|提供|经销|代理|开发)?的`)
	// People sent to one named body for a service: "组织学生到某驾校集中参加培训";
	// sentTo is the rarer half that lets the form run.
	sentTo        = newConcept("到某", "去某", "到指定", "去指定")
	steeredToBody = re(`(?:组织|安排|要求|动员)[^，。；]{0,8}(?:到|去)(?:某|指定的?)[^，。；的]{0,10}?(?:公司|驾校|医院|机构|中心|酒店|宾馆|门店|超市|厂|培训学校)[^，。；]{0,6}?(?:集中|统一)?(?:参加|进行|接受|办理)?(?:培训|体检|检测|检验|维修|购买|采购|考试|住宿|就餐)`)
	// All made to use one provider: "要求辖区餐饮企业统一使用某平台".
	oneProvider = newConcept("统一使用", "必须使用", "只能使用", "一律使用", "统一安装", "必须安装", "统一接入", "必须接入", "统一投保", "统一购买", "统一采购", "统一选用", "只能购买", "只能采购", "只能选用", "必须购买", "必须采购", "必须选用")
	usesOne     = re(`(?:统一|必须|只能|一律)(?:使用|安装|接入|购买|采购|选用|投保)(?:某|指定的?|特定的?|` +
		// a brand named (政府采购法实施条例第二十条第（六）项: 限定或者指定特定的…
		// 品牌): in quotation marks, or a maker's product line, "一律使用“某某”
		// 系列酒", "统一使用某某认证系列软件"
		`“[^”]{1,16}”|[^，。；“”]{2,12}?系列)`)
	// what a quoted name or a line may be that is no brand: the state's own
	// platforms, marks and forms
	notBrands = []string{"国家", "全国", "中国", "中华", "政务", "政府", "平台", "标准", "规范", "标志", "标识", "名称", "字样", "格式", "文本", "编号", "代码", "国产", "系列标准", "系列规范"}
	// A contract with one body made the condition: "定点药店须与县人民医院
	// 签订处方流转协议，方可纳入医保定点".
	contracts     = newConcept("须与", "需与", "必须与", "应当与", "要与", "要求与", "须先与")
	contractFirst = re(`(?:须|需|必须|应当|要|要求|须先)与[^，。；]{1,16}?(?:公司|集团|医院|中心|企业|平台|协会|商会|供销社|合作社)签[订署][^。；]{0,24}(?:方可|才能|才可|作为)|` +
		// made to contract with one firm: "要求电梯使用单位与某科技公司签订服务合同".
		`(?:要求|引导|组织|动员)[^，。；]{0,16}与[^，。；]{0,12}?(?:公司|集团|企业)签订`)
	contractWith = newConcept("签订", "签署")
	// A business planned, built and run by one firm: "统一规划、统一建设、
	// 统一运营，由区城投公司负责".
	wholesale = newConcept("统一建设", "统一运营", "统一经营")
	runByFirm = re(`统一(?:建设|运营|经营)[^。；]{0,12}由[^，。；]{1,16}?{FIRM}(?:负责|承担|实施|运营|经营)`)
	// A business a firm does for all: "由县新华书店统一征订", "由市燃气集团
	// 统一规划投资建设" (buying for itself, 统一采购, is no grant).
	// A firm building public works as their owner is no grant either
	// ("由区城投公司统一建设…施工单位通过招标确定").
	unifiedHolders = newConcept("公司", "集团", "书店", "供销社", "检测站", "检测所")
	unifiedTrades  = newConcept("统一经营", "统一运营", "统一供应", "统一配送", "统一供货", "统一征订", "统一发行", "统一承保", "统一收运", "统一销售", "统一安装", "统一检测", "统一维修", "统一代理", "统一印制", "统一投放")
	unifiedByFirm  = re(`由[^，。；]{1,16}?(?:公司|集团|书店|供销社|检测站|检测所)统一(?:经营|运营|供应|配送|供货|征订|发行|承保|收运|销售|安装|检测|维修|代理|印制|投放)`)
	// A duty to use one firm's goods, the firm named in full or by a mark
	// that stands for its name: "投标人须办理××公司CA数字证书", "须使用
	// 某某科技有限公司开发的管理软件".
	firmByName = newCommonConcept("有限公司", "股份公司", "××公司", "XX公司", "××集团", "XX集团", "某公司", "某集团", "某科技公司", "某软件公司")
	// (the duty is looked for as one word, so that a statute naming a firm in
	// full does not send every sentence to the pattern)
	useDutyWords   = newConcept("须办理", "需办理", "须使用", "需使用", "必须使用", "统一使用", "一律使用", "只能使用", "须购买", "需购买", "必须购买", "统一购买", "只能购买", "须采购", "统一采购", "须安装", "必须安装", "统一安装", "须选用", "统一选用", "须接入", "统一接入", "须申领")
	namedFirmGoods = re(`(?:须|需|必须|只能|统一|一律|应当)(?:办理|使用|购买|采购|安装|选用|接入|申领)[^，。；的]{0,16}?(?:有限公司|股份公司|公司|集团)(?:的|生产的|提供的|开发的)?[^，。；]{0,12}?(?:证书|软件|产品|设备|系统|终端|平台|器材|材料)`)
	// A preference for one firm: "优先从县国有砂石公司采购".
	preferred     = newConcept("优先从", "优先向", "优先选用", "优先使用", "优先采购", "优先购买", "优先选择", "优先委托", "优先销售给", "优先出售给", "优先供应给", "优先卖给")
	preferredFirm = re(`优先(?:从|向|选用|使用|采购|购买|选择|委托|销售给|出售给|供应给|卖给)[^，。；]{0,20}?(?:公司|集团|企业|厂)`)
	// Operating rights kept by those who hold them: "现有经营者到期自动延续".
	renewals = newConcept("自动延续", "自动续期", "自动顺延", "直接续期", "直接延续", "不再新增", "暂停受理", "停止受理", "不再受理", "暂停审批", "停止审批", "暂停发放", "暂停核发", "继续经营", "继续运营", "续签",
		// entry put off and the incumbents kept: "暂不受理新平台经营申请",
		// "现有企业继续保留经营资格", "继续让原有几家平台经营"
		"暂不受理", "暂不开展", "暂不组织", "暂不审批", "不再新设", "不再新批", "不再批准", "不再审批", "暂不办理", "暂不发放", "继续保留", "继续让", "继续由")
	rightsKept = re(`(?:经营权|特许经营|经营期限|经营资格|经营许可|协议|合同)[^。；]{0,12}(?:届满|到期)[^。；]{0,12}原(?:经营者|经营单位|运营商|运营单位|企业|承包人|服务商)[^，。；]{0,4}(?:继续经营|继续运营|续签)|(?:经营权|特许经营|经营期限|经营资格|经营者|经营许可)[^。；]{0,20}(?:自动延续|自动续期|自动顺延|直接续期|直接延续)|(?:经营权|经营许可|经营者|网点|运力|指标)[^，。；]{0,6}不再(?:新增|增加|发放|投放)|` +
		// entry frozen for the newcomers: "暂停受理新的出租车经营许可申请".
		`(?:暂停|停止|不再|暂不)(?:受理|审批|发放|核发|办理|审核|开展|组织)(?:全县|全市|全区|辖区|本地|本市|本县)?新(?:的|增)?[^，。；]{0,12}(?:经营许可|许可|经营权|牌照|指标|运力|网点|申请|遴选|招标|配置)|` +
		// newcomers of a trade no longer admitted: "半径600米范围内不再新增汽修洗车经营单位"
		`不再(?:新增|新设|新批|批准|审批)[^，。；]{0,12}(?:经营单位|经营户|门店|网点|商户|企业)|` +
		// the incumbents go on with no competition for the market: "仍由原有三家出租车公司继续运营"
		`(?:原有|现有)[^，。；]{0,12}(?:企业|公司|平台|经营者|运营商|经营单位)[^，。；可]{0,4}继续(?:经营|运营|保留经营)|继续(?:让|由)(?:原有|现有)[^，。；]{0,8}(?:企业|公司|平台|经营者|运营商)(?:经营|运营)`)
	// A promise that no other operator will be let in (第八条第（二）项: 授予
	// 独家经营权): "甲方不在城区范围内引进其他共享单车服务系统".
	noOthers      = newConcept("引入其他", "引进其他", "准入其他", "接纳其他", "不再与其他", "不与其他")
	othersKeptOut = re(`不(?:再|得|会)?(?:在[^，。；]{0,16})?(?:引入|引进|准入|接纳)其他[^，。；]{0,16}?(?:企业|公司|经营者|品牌|系统|平台|运营商|服务商|产品|车辆)|` +
		// no other partner taken: "承诺在合作期内不再与其他同类企业开展合作"
		`不再?与其他[^，。；]{0,10}?(?:企业|公司|经营者|机构|银行|平台|运营商|服务商|品牌)[^，。；]{0,4}(?:合作|签约|签订)`)
	buyFromFirm = re(`(?:统一|只能|必须|集中|一律|均|须|需)(?:向|从)[^，。；]{0,20}?(?:公司|集团|企业|中心|供销社|厂家|厂|商场|超市|平台|协会|商会|合作社)[^，。；]{0,6}?(?:采购|购买|订购|购置|租用|进货|购进|订制|定制|投保|配送|供货|进药)|` +
		// A service entrusted only to one body: "防雷检测必须委托县防雷中心进行".
		`(?:统一|只能|必须|一律)委托[^，。；]{0,16}?(?:公司|集团|中心|设计院|研究院|院|事务所|机构|检测站)|` +
		// A service taken only at one body: "学员统一到县驾培中心进行体检".
		`(?:(?:统一|只能|必须|集中|一律)(?:到|在)|(?:须|需)到)[^，。；]{0,16}?(?:公司|集团|中心|医院|机构|检测站|检测所|平台|厂|学校|市场|商场|超市|门店)[^，。；]{0,4}?(?:进行|办理|接受)?(?:体检|检测|检验|培训|维修|安装|购买|采购|投保|鉴定|评估)`)
	operatorCap    = re(`(?:数量|家数)?(?:限定|限制|控制|确定|不超过|只(?:能|允许)?|仅(?:能|允许)?)(?:为|在)?[\d一二两三四五六七八九十]+家(?:以内|以下)?[^，。；]{0,8}(?:企业|供应商|经营者|运营商|服务商|公司|中标|运营|经营)`)
	firmAsOperator = re(`(?:确定|明确|授权|委托|由)[^，。；]{1,16}?{FIRM}(?:作为|为|担任)[^，。；]{0,16}(?:投资主体|运营主体|经营主体|实施主体|建设主体|承办单位|运营单位|经营单位|运营商|唯一)`)
)

// Concepts of a supplier the authority chose or owns (第八条第（三）项,
// 《反垄断法》第三十九条: 其指定的经营者): buyers sent to it by a duty.
var (
	// what a particular local body chose: "须选用园区管委会确定的物业服务企业",
	// "由市公安局备案的五家本地保安公司轮流承担"
	chosenMarks = newConcept("确定的", "认定的", "指定的", "推荐的", "选定的", "备案的", "公布的", "认可的", "遴选的", "授权的", "核定的", "招募的")
	// a body's own firm: "应当到市疾控中心下属的健康管理公司进行"
	subsidiaries = newConcept("下属", "所属", "直属", "主办的", "开办的", "举办的")
	// one named provider's goods: "原则上使用中国电信提供的天翼云"; the duty
	// to use (useDuties) is the rarer half, and what lets the frame run
	providedGoods = newConcept("提供的", "生产的", "销售的", "开发的", "运营的", "代理的")
	useDuties     = newConcept("原则上使用", "原则上采用", "须使用", "需使用", "必须使用", "统一使用", "只能使用", "一律使用", "应当使用", "须采用", "必须采用", "统一采用", "须选用", "必须选用", "统一选用", "应当选用", "须购买", "必须购买", "统一购买", "须接入", "必须接入", "统一接入", "须安装", "必须安装", "统一安装", "应当安装")
	// the duty that sends buyers, and the bodies and firms it names
	supplyDuties = []string{"原则上", "须", "需", "必须", "应当", "应", "只能", "统一", "一律", "均", "由", "交给"}
	// meetings are bodies too: what a meeting of the authority decided
	// ("安装业务全部交给会议确定的两家企业") is that authority's choice
	meetings = []string{"会议", "专题会", "联席会", "办公会", "常务会"}
	bodyEnds = []string{"局", "委", "办", "管委会", "政府", "部门", "中心", "协会", "商会", "街道", "站", "所", "医院", "学校", "供销社"}
	firmEnds = []string{"企业", "公司", "供应商", "服务商", "商家", "厂家", "经营者", "品牌", "机构", "门店", "超市", "商场", "银行", "酒店", "宾馆", "医院", "药店", "加油站", "驾校", "书店", "厂",
		// the points of sale a buyer is sent to: "须在县农机站指定的经销点购买"
		"经销点", "销售点", "网点", "服务点", "代理点", "安装点", "检测点", "维修点",
		// a body's own team: "由县不动产登记中心下属测绘队承担"
		"队"}
	useVerbs = []string{"使用", "采用", "选用", "购买", "接入", "安装"}
	// 须使用经检验合格生产的, 应当使用国家统一开发的: a standard or the state's, no firm
	notProviders = []string{"经", "合格", "符合", "标准", "依法", "规定", "国家", "本单位", "本机关", "申请人", "政府", "部门", "自行", "自己", "其"}
)

// chosenSupplierFrame: buyers sent by a duty to the firm a particular local
// body chose or owns, or to one provider's goods. A function a law names
// (国务院税务主管部门确定的企业) is no particular body.
func chosenSupplierFrame(s string, w *present) (int, int, bool) {
	for _, c := range []*concept{chosenMarks, subsidiaries, providedGoods} {
		if c == providedGoods && !useDuties.in(w) {
			continue
		}
		for _, x := range c.find(s, w) {
			lo, hi := clauseAround(s, x.a, x.b)
			// what each form needs after or just before the mark, first: it
			// rules out most occurrences of these common words
			if c == providedGoods {
				if !containsAny(s[max(lo, back(s, x.a, 12)):x.a], useVerbs) {
					continue
				}
			} else if !containsAny(s[x.b:min(hi, forward(s, x.b, 12))], firmEnds) {
				continue
			}
			from := max(lo, back(s, x.a, 18))
			d := -1
			for _, duty := range supplyDuties {
				if j := strings.Index(s[from:x.a], duty); j >= 0 && (d < 0 || from+j < d) {
					d = from + j
				}
			}
			if d < 0 || bannedBefore(s, d) || describedAsWrong(s, d) {
				continue
			}
			head := s[d:x.a]
			switch c {
			case providedGoods:
				// 使用 X 提供的: a name of two to ten runes between the verb and the mark
				v := -1
				for _, u := range useVerbs {
					if j := strings.LastIndex(head, u); j >= 0 && j > v {
						v = j + len(u)
					}
				}
				if v < 0 || strings.Contains(head[v:], "的") || containsAny(head[v:], notProviders) {
					continue
				}
				if n := utf8.RuneCountInString(head[v:]); n < 2 || n > 10 {
					continue
				}
				return d, x.b, true
			default:
				end := min(hi, forward(s, x.b, 12))
				if !containsAny(s[x.b:end], firmEnds) || (!containsAny(head, bodyEnds) || !localBody(head)) && !containsAny(head, meetings) {
					continue
				}
				return d, end, true
			}
		}
	}
	return -1, -1, false
}

// firmCountRe is a count of operators: 一家, 三家, 两家以内.
var firmCountRe = regexp.MustCompile(`[一两二三四五六七八九十\d]家`)

var designatedParties = newConcept("交易对象", "公司", "集团", "企业", "供销社", "医院", "卫生院", "保健院", "银行", "商场", "超市", "酒店", "宾馆", "机构", "平台", "供应商", "服务商", "厂家", "品牌", "单位", "中心",
	// the shops a buyer is sent to: "须在指定的两家门店购买"
	"门店", "商家", "经销商", "网点",
	// the booksellers, test stations and associations a business is given to:
	// "统一由县新华书店征订发行", "统一由市燃气钢瓶检测站承担"
	"书店", "检测站", "检验站", "检测所", "检验所", "协会")

// clauseAround returns the clause (between ，；：) holding [a, b).
func clauseAround(s string, a, b int) (int, int) {
	lo := strings.LastIndexAny(s[:a], "，,；;：:")
	if lo < 0 {
		lo = 0
	} else {
		_, n := utf8.DecodeRuneInString(s[lo:])
		lo += n
	}
	hi := strings.IndexAny(s[b:], "，,；;：:")
	if hi < 0 {
		hi = len(s)
	} else {
		hi += b
	}
	return lo, hi
}

// frameRules are the rules made of frames; they report a sentence only when
// no other rule of their category did.
func frameRules() []*sentenceRule {
	return []*sentenceRule{
		{
			RuleInfo: RuleInfo{ID: "F15", Category: review.FairCompetition, Severity: review.High,
				Title: "以经营者所在地设定条件或区别对待", TitleEN: "Conditions or benefits tied to an operator's location",
				Basis:       []string{fcr9_2, fcr9_3, fcr9_4, aml43},
				Description: "经营者或其商品与某一地方（全国任一行政区划或本地、外地等相对说法）的注册、设立、纳税、生产等联系，被作为资格条件、得分因素或享受奖补、优先的前提。"},
			anchors: append(append(append(slices.Clone(establishment.words), ownPlaces.words...), identityMarks.words...), origins.words...),
			frame:   localityFrame,
			suppress: res(`与本地[^，。；]{0,8}同等|一视同仁|同等对待|平等对待|平等享受|平等参与|公平参与|不因[^，。；]{0,10}(?:注册地|所在地|所有制)|不论[^，。；]{0,8}(?:注册地|所在地)|不限[^，。；]{0,4}(?:注册地|所在地|地域)|本办法所称|是指|(?:自主|自行)(?:决定|选择)|自愿|税务机关|(?:向|到|在|经)[^，。；]{0,6}税务部门|税务部门(?:办理|申报|登记|缴纳|核定|备案)|主管税务|同等(?:参与|享受|适用)|与本地[^，。；]{0,8}同等|(?:本地|本市|本县|本区|本省|当地)[^，。；]{0,12}(?:同等|相同|一样|一致)(?:[^条优]|$)|(?:来本|到本|赴本|来我|到我|赴我)(?:地区?|市|区|县|省)[^，。；]{0,6}投资[^。；]{0,20}(?:可以|可)|不作为[^，。；]{0,8}(?:条件|因素|依据)|有无|符合[^，。；]{0,12}标准|(?:无需|无须)(?:另行)?(?:审批|备案|许可|办理)|(?:外省|外地|外市|外县|省外|市外|县外|非本地)[^，。；]{0,8}(?:企业|经营者)[^。；]{0,4}[，,]?均|设立的(?:分公司|分支机构|子公司|办事处)(?:应当|应)依法|` +
				// a duty the state sets and the text restates: "应当按照国家规定在项目所在地预缴税款"
				`(?:按照|依照|根据)国家(?:有关)?规定`),
			cite:   citeIgnore,
			reason: "把经营者在某地注册、设立、纳税或生产作为条件或给予区别待遇，排斥或限制外地经营者",
		},
		{
			RuleInfo: RuleInfo{ID: "F16", Category: review.FairCompetition, Severity: review.High,
				Title: "把业务交给特定经营者", TitleEN: "Hands a business to a particular operator",
				Basis:       []string{fcr8_2, fcr8_3, aml39},
				Description: "以指定、独家、定点、直接发包等方式把采购、经营、供应、服务交给特定经营者。"},
			anchors:        append(append(append(append(append(slices.Clone(noOthers.words), firmCount.words...), selectAmong.words...), wholly.words...), append(areaWide.words, othersBarred.words...)...), append(append(append(append(append(operatorRoles.words, plainDuties.words...), towards.words...), renewals.words...), steered.words...), append(append(append(append(append(designations.words, preferred.words...), contracts.words...), wholesale.words...), oneProvider.words...), append(append(append(chosenMarks.words, subsidiaries.words...), useDuties.words...), append(append(append(slices.Clone(soleAnchors.words), unifiedTrades.words...), useDutyWords.words...), append(append(append(append(slices.Clone(layoutCaps.words), handOvers.words...), noOwnGoods.words...), deposits.words...), firmAsRole.words...)...)...)...)...)...),
			frame:          designationFrame,
			clauseSuppress: true,
			suppress:       res(`招标|竞争性谈判|竞争性磋商|公开竞争|公开遴选|公开择优|自主选择|取得[^，。；]{0,12}(?:许可证?|资质|执照|资格)的|(?:国务院|国家[^，。；]{0,12}(?:部|委|局|署|总局))[^，。；]{0,4}(?:依法)?指定|指定(?:的)?(?:账户|帐户|地点|时间|期限|场所|位置|网站|媒体|邮箱|窗口|区域|路线|人员|专人|专职|专门|代表|任务|代收人|人民法院|法院|部门|机关|负责人|责任人)|定点屠宰|唯一(?:编码|标识|代码|识别)`),
			cite:           citeLower,
			reason:         "把采购、经营或服务交给特定经营者，排除了其他经营者",
		},
		{
			RuleInfo: RuleInfo{ID: "F17", Category: review.FairCompetition, Severity: review.Medium,
				Title: "限制经营者迁出或退出", TitleEN: "Keeps operators from moving out or exiting",
				Basis:       []string{fcr9_1, fcr8_4},
				Description: "以禁止、期限承诺或收回奖补限制经营者迁出、注销或变更注册地、纳税地。"},
			anchors:  exits.words,
			frame:    exitFrame,
			suppress: res(`简易注销|注销流程|依法注销|予以注销|注销登记|吊销|撤销|清算|执业|依法破产|破产条件|破产程序|清偿|不得(?:设置|设定)[^，。；]{0,4}(?:障碍|门槛|条件)|及时办理|海关|保税|加工区|出境`),
			cite:     citeIgnore,
			reason:   "以禁止、期限或收回奖补限制经营者迁出、注销，构成退出障碍",
		},
		{
			RuleInfo: RuleInfo{ID: "F18", Category: review.FairCompetition, Severity: review.Medium,
				Title: "向经营者收取没有依据的费用", TitleEN: "Charges operators fees without a basis",
				Basis:       []string{fcr10_4, basisFeesBiz},
				Description: "要求经营者缴纳使用费、管理费、占道费等法律、行政法规未设定的费用，增加经营成本，抬高准入门槛。"},
			anchors: feeNames.words,
			frame:   feeFrame,
			// A law or regulation may set a fee itself (《行政许可法》第五十八条).
			statuteSilent: true,
			// Fees for state land, minerals and water are set by national law
			// (土地管理法, 矿产资源法, 水法).
			suppress: res(`免收|免除|免费|不再收取|取消|清理|(?:法律|行政法规|国务院)(?:另有)?规定|依法(?:收取|缴纳)|税|土地使用费|场地使用费|采矿权|探矿权|矿产资源|水资源费|海域使用`),
			cite:     citeSuppress,
			reason:   "要求经营者缴纳没有法律、行政法规依据的费用，增加经营成本",
		},
	}
}
