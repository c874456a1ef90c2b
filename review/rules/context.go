package rules

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file reads the context of a match: is it inside a prohibition, does
// the sentence cite a proper legal basis, is a fair-competition exception
// justified. These are what separate "不得指定…" from "指定…".

// banWords introduce a prohibition of the conduct that follows them.
var banWords = []string{"不得", "禁止", "严禁", "不准", "不允许", "不应", "不能", "杜绝", "防止", "避免", "纠正", "清理", "废止", "废除", "取消", "反对", "查处", "整治", "打破", "破除", "消除", "减少", "不再",
	// "不以…作为条件", "不将…作为评分因素"; a checker asks "是否存在…", "有无…".
	"不以", "不将", "不把", "是否存在", "有无",
	// the authority's forbearance, a plain 不 before its own act: "不要求
	// 企业在本市设立分支机构", "不针对特定企业设定条件", "不对服务机构收取
	// 任何费用" (and, with the act matched, "不指定服务机构": bannedBefore)
	"不要求", "不针对", "不对", "不指定", "不限定", "不收取", "不设置", "不设定", "不另设", "不强制"}

// forborneActs are the authority's acts a plain 不 just before forbears.
var forborneActs = []string{"指定", "限定", "要求", "针对", "收取", "设置", "设定", "另设", "强制"}

// forbearing are the ban words of forbearance; like a verb of rectification
// each reaches only its own clause, for a contrast may follow ("本地企业不
// 要求提供担保，外地企业须提供").
var forbearing = map[string]bool{"不要求": true, "不针对": true, "不对": true, "不指定": true, "不限定": true, "不收取": true, "不设置": true, "不设定": true, "不另设": true, "不强制": true}

// rectifying are the ban words that name an authority's act of correction
// rather than a prohibition; they often stand as nouns (专项整治, 清理规范).
var rectifying = map[string]bool{"杜绝": true, "防止": true, "避免": true, "纠正": true, "清理": true, "废止": true, "废除": true,
	"取消": true, "反对": true, "查处": true, "整治": true, "打破": true, "破除": true, "消除": true}

// operatorVerbs after a ban word mean the ban is laid on operators or citizens
// ("十年内不得迁出", "不得低于4500元"), which is itself what the rules look for.
var operatorVerbs = []string{"迁", "搬", "注销", "撤", "离开", "进入", "低于", "高于", "少于", "超过", "参与", "参加", "投标", "承接", "销售", "经营", "享受", "报考", "就读", "入学", "转让", "变更", "改变", "通过迁", "在", "从事", "重复享受", "得分", "就业", "录用", "乘坐", "办理"}

// outsiderStarts name goods or operators from elsewhere right after a ban.
var outsiderStarts = []string{"外地", "外省", "外市", "外县", "外埠", "省外", "市外", "县外", "区外", "非本地", "非本市", "非本县", "非本省"}

// exitVerbs are what an operator does when leaving a place.
var exitVerbs = []string{"迁出", "迁离", "外迁", "搬离", "迁往", "转移", "注销", "撤出"}

// scopeBreaks end the reach of a ban word: a conditional clause closing ("…的，")
// starts the consequence, 但 starts an exception, and a signing (签字后共同
// 遵守) makes the terms before it an agreement among those who sign.
var scopeBreaks = []string{"的，", "的,", "者，", "违者", "但", "：", ":", "否则", "签字后", "签署后", "签订后", "签名后"}

// bannedBefore reports whether the conduct matched at byte offset at of
// sentence s is the object of a prohibition: a ban word earlier in the
// sentence, aimed at the authority (not at operators), whose reach has not
// been closed before the match.
func bannedBefore(s string, at int) bool {
	head := s[:at]
	if strings.HasSuffix(head, "不") && hasPrefixAny(s[at:], forborneActs) {
		return true // "不指定服务机构": the match is the act forborne
	}
	for _, w := range banWords {
		for off := 0; ; {
			i := strings.Index(head[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			after := head[i+len(w):]
			// A ban word in a title (《关于禁止燃放烟花爆竹的通告》中规定，…)
			// names a document, it prohibits nothing in the sentence.
			if strings.Count(head[:i], "《") > strings.Count(head[:i], "》") {
				continue
			}
			if w == "不对" && strings.HasPrefix(after, "外") {
				continue // 不对外开放: a scope, not a forbearance
			}
			if !authoritySubject(head[:i]) && (aimedAtOperators(w, s[i+len(w):]) || operatorSubject(head[:i])) {
				continue
			}
			// A verb of rectification (整治, 清理, 纠正…) reaches only its own
			// clause: "在户外广告整治过程中要求…，全部由某公司申报" sets a
			// measure, it does not rectify one.
			broken := (rectifying[w] || forbearing[w]) && strings.ContainsAny(after, "，,")
			for _, b := range scopeBreaks {
				if strings.Contains(after, b) {
					broken = true
					break
				}
			}
			if !broken {
				return true
			}
		}
	}
	return false
}

func aimedAtOperators(ban, after string) bool {
	// "不得将注册地迁出本区", "承诺不将注册地迁出": 将/把 moves the object
	// before the operator's verb; "不以…作为条件" always binds the authority.
	rest, moved := strings.CutPrefix(after, "将")
	if !moved {
		rest, moved = strings.CutPrefix(after, "把")
	}
	if moved || ban == "不以" || ban == "不将" || ban == "不把" {
		if i := strings.IndexAny(rest, "，。；,"); i >= 0 {
			rest = rest[:i]
		}
		return containsAny(rest, exitVerbs)
	}
	// An adverb of the operator's own will ("不得擅自迁出本镇") leaves the
	// verb the operator's.
	for _, adv := range []string{"擅自", "随意", "私自", "自行"} {
		if v, ok := strings.CutPrefix(after, adv); ok && hasPrefixAny(v, exitVerbs) {
			return true
		}
	}
	for _, v := range operatorVerbs {
		if strings.HasPrefix(after, v) {
			// "不得在道路、车站…设置关卡": 在 opens a place, and what is
			// done there is an authority's act of setting, not an operator's.
			if v == "在" && authoritySetsThere(after) {
				return false
			}
			return true
		}
	}
	// "严禁外省产的白酒进入", "禁止外地企业参加": a ban laid on what comes
	// from elsewhere is the restriction 第九条 forbids, not a ban on it.
	if hasPrefixAny(after, outsiderStarts) {
		return true
	}
	return hasPrefixAny(after, exitVerbs) // "不能外迁": the operator may not leave

}

// settingActs are an authority's acts of setting a measure; after 不得在…
// they make the ban the authority's.
var settingActs = []string{"设置", "设定", "设立关卡", "设卡", "制定", "出台", "规定", "实行", "采取", "要求", "附加", "增设"}

// authoritySetsThere reports whether the clause after 不得 ("在…设置关卡")
// names an authority's act of setting done at the place 在 opens.
func authoritySetsThere(after string) bool {
	if i := strings.IndexAny(after, "，。；,;"); i >= 0 {
		after = after[:i]
	}
	return containsAny(after, settingActs)
}

// boundOperators are the operators a measure names as the subject of its
// ban ("供应商不得将外地生产的产品用于本项目"): the ban is then the measure's
// own restriction on them, not a ban on the authority.
var boundOperators = []string{"供应商", "投标人", "竞买人", "中标人", "申请人", "申报企业", "申报单位", "入驻企业", "运营企业", "承包商", "服务商", "运营商"}

// boundAuthorities are the public bodies and officers a ban may name as its
// subject ("执法人员不得在夜间实施行政强制执行"): whatever follows, the ban
// binds the administration (行政强制法 第四十三条 and the like, restated).
var boundAuthorities = []string{"执法人员", "行政执法人员", "执法机关", "行政机关", "执法部门", "工作人员", "各级人民政府", "有关部门", "主管部门"}

// authoritySubject reports whether head (the text before a ban word) ends
// with one of boundAuthorities, perhaps followed by 均/一律/也.
func authoritySubject(head string) bool {
	head = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(head, "均"), "一律"), "也")
	return hasSuffixAny(head, boundAuthorities)
}

// operatorSubject reports whether head (the text before a ban word) ends
// with one of boundOperators, perhaps followed by 均/一律/也.
func operatorSubject(head string) bool {
	head = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(head, "均"), "一律"), "也")
	return hasSuffixAny(head, boundOperators)
}

// pejoratives are words a drafter uses to describe a wrong, never to set out
// his own measure ("违法设置…", "变相强制…", "歧视性…"). A fair-competition
// match right after one is a description of the prohibited conduct.
var pejoratives = []string{"违法", "违规", "非法", "擅自", "滥用", "变相", "歧视性", "不合理", "不正当", "排斥", "排除", "妨碍", "阻碍", "强制或者", "强迫"}

// removalMarks are the words removedMeasure needs; the scanner tells
// whether a sentence has one before it is read.
var removalMarks = newConcept("已删除", "已删去", "删除了", "已修改", "已废止", "删除", "删去", "废止", "取消", "修改", "纠正", "整改")

// removedMeasure reports whether the match at byte at names a measure the
// sentence says was deleted from a text: after 已删除 in its clause ("该市已
// 删除将本地纳税作为申领奖励条件的规定"), or quoted and then removed ("对政策
// 措施中“本地企业优先”的表述，起草单位已根据审查意见予以删除"). A fair-
// competition reading only: a legality text's 删除 is often a sanction
// (责令删除违法信息并处罚款).
func removedMeasure(s string, at int) bool {
	head := s[:at]
	if lo, _ := clauseAround(s, at, at); containsAny(s[lo:at], []string{"已删除", "已删去", "删除了", "已修改", "已废止"}) {
		return true
	}
	if strings.Count(head, "“") <= strings.Count(head, "”") {
		return false
	}
	end := strings.Index(s[at:], "”")
	if end < 0 {
		return false
	}
	return containsAny(s[at+end:], []string{"删除", "删去", "废止", "取消", "修改", "纠正", "整改"})
}

// freeMarks say every operator may take part or choose: "不限品牌",
// "县内外供应商均可参与", "不分所有制". sameMarks say outside operators or
// goods are held to what local ones are ("与本地企业同等", "适用同一补贴
// 标准"), and count only where outsiders are named: "技术参数须与某品牌
// 型号完全一致" points to one brand. A priority among equals (同等条件下
// 优先) is a restriction, so those words are not; nor is 同一 alone (由同一
// 家企业…), only with a standard, a policy or a rule. 《公平竞争审查条例》
// 第九条 asks that outside operators be treated as local ones: these are
// its lawful form.
var (
	freeMarks  = []string{"一视同仁", "平等对待", "平等参与", "不限", "不指定", "不分", "均可", "均有权", "县内外", "市内外", "省内外", "区内外", "内外资"}
	sameMarks  = []string{"同等", "相同", "一样", "一致", "同样", "互认"}
	sameRule   = regexp.MustCompile(`同一.{0,4}(?:标准|政策|规则|收费|价格|条件)`)
	elsewheres = append([]string{"以外", "外区", "外地区"}, outsiderStarts...)
	// alikeWords are the marks the scanner looks for, so that the clause
	// of a match is read only in the few sentences that hold one.
	alikeWords = newConcept(append(append([]string{"同一"}, freeMarks...), sameMarks...)...)
)

// treatedAlike reports whether s says operators are treated alike or left
// free.
func treatedAlike(s string) bool {
	for _, p := range []string{"同等条件", "相同条件", "同等优先"} {
		s = strings.ReplaceAll(s, p, "")
	}
	return containsAny(s, freeMarks) || containsAny(s, elsewheres) && (containsAny(s, sameMarks) || sameRule.MatchString(s))
}

// treatedAlikeAt reports whether the clause around byte at says operators
// are treated alike: "在本市以外生产的产品与在本市生产的产品适用同一补贴标准".
func treatedAlikeAt(s string, at int, words *present) bool {
	if !alikeWords.in(words) {
		return false
	}
	lo, hi := clauseAround(s, at, at)
	return treatedAlike(s[lo:hi])
}

func describedAsWrong(s string, at int) bool {
	head := s[:at]
	// Only the clause in which the match sits counts, and only from an
	// opening quotation mark on: words quoted from a measure are the
	// measure's, whatever the text around them calls it. A bulletin's
	// label (【违规内容】规定：…) heads what it quotes and is no part of it.
	if i := strings.LastIndexAny(head, "，,“「】"); i >= 0 {
		head = head[i:]
	}
	for _, w := range pejoratives {
		if i := strings.Index(head, w); i >= 0 && !reportedAct(s, at-len(head)+i, at) {
			return true
		}
	}
	return false
}

// denials say a review found the named wrong not there: “经复核，…不属于
// 排斥外地经营者”, “该许可由条例设定，不属于违法设置审批程序”.
var denials = []string{"不属于", "不构成", "不存在", "并非", "不涉及", "未发现", "不视为"}

// deniedBefore reports whether the wrong named at byte at (排斥…, 违法…:
// a pejorative opens it) is denied just before it, within four runes. A
// denial before a plain condition is the condition's (“不属于本市注册的
// 企业不得参加”).
func deniedBefore(s string, at int) bool {
	if !hasPrefixAny(s[at:], pejoratives) {
		return false
	}
	head := s[:at]
	if i := strings.LastIndexAny(head, "，,；;。：:"); i >= 0 {
		head = head[i:]
	}
	for n := 0; n < 4 && head != ""; n++ {
		for _, w := range denials {
			if strings.HasSuffix(head, w) {
				return true
			}
		}
		_, size := utf8.DecodeLastRuneInString(head)
		head = head[:len(head)-size]
	}
	return false
}

// actors end the names of those whose acts a report tells: an authority, a
// place's government, an association or a firm.
var actors = []string{"局", "委", "厅", "政府", "办", "办公室", "管委会", "部门", "中心", "协会", "商会", "公司", "集团", "街道", "镇", "乡", "县", "市", "区", "州", "省", "机关", "单位", "分局", "支队", "大队"}

// reportOpeners open a report's account of what an authority did.
var reportOpeners = []string{"经查", "经核查", "经调查", "经审查", "调查发现", "核查发现", "检查发现", "审查发现", "抽查发现", "据查", "据了解", "经了解", "另外", "此外", "同时", "其中"}

// openedByActor reports whether the sentence's first clause names an actor
// within its first twelve runes ("某区在…中，", "2023年，某县住建局…").
func openedByActor(s string) bool {
	end := strings.IndexAny(s, "，,")
	if end < 0 {
		return false
	}
	first := s[:end]
	// A date or a report's opener (经查, 调查发现) first: look at the next clause.
	if strings.Contains(first, "年") && utf8.RuneCountInString(first) <= 10 || hasPrefixAny(first, reportOpeners) && utf8.RuneCountInString(first) <= 6 {
		rest := s[end+len("，"):]
		if e := strings.IndexAny(rest, "，,"); e >= 0 {
			first = rest[:e]
		}
	}
	n := 0
	for i := range first {
		if n == 12 {
			first = first[:i]
			break
		}
		n++
	}
	return containsAny(first, actors)
}

// reportedAct reports whether the pejorative at p is the verb of an act a
// report tells ("市交通局违规要求企业…", "该县擅自划定…"): an actor's name
// just before it, and the clause not closing as a condition or a noun
// ("违规设置…的，", "违规收费行为"), which name the conduct in general.
func reportedAct(s string, p, at int) bool {
	// The actor just before, or opening the sentence when the pejorative
	// opens a later clause: "某区在老旧小区改造项目中，变相指定设计单位".
	// Or it opens the sentence, as a report's summary does ("违规收取保证金。");
	// an item of a list of sanctioned acts opens with its number.
	opens := strings.TrimSpace(s[:p]) == "" && !hasPrefixAny(s, []string{"（", "("})
	if !opens && !hasSuffixAny(s[:p], actors) && !(hasSuffixAny(s[:p], []string{"，", ","}) && openedByActor(s)) && !actorThen(s, p) {
		return false
	}
	_, hi := clauseAround(s, at, at)
	rest := strings.TrimRight(s[at:hi], " 。")
	return !strings.HasSuffix(rest, "的") && !strings.HasSuffix(rest, "行为") && !strings.HasSuffix(rest, "问题") && !strings.HasSuffix(rest, "现象")
}

// actorThen reports whether the pejorative at p follows an actor and the
// occasion of its act, as reports tell it: "某县住建局在招标文件中违规要求…",
// "该局在办理过程中擅自…", "某市以文件形式违规限定…".
func actorThen(s string, p int) bool {
	lo, _ := clauseAround(s, p, p)
	head := s[lo:p]
	if !hasSuffixAny(head, []string{"中", "时", "期间", "过程", "之际", "形式", "方式", "名义"}) {
		return false
	}
	for _, prep := range []string{"在", "以", "通过", "于"} {
		if i := strings.LastIndex(head, prep); i >= 0 && hasSuffixAny(head[:i], actors) {
			return true
		}
	}
	return false
}

// A citation of a named instrument as a basis is a verb, perhaps a
// qualifier, and the name in 《》 (at most 80 runes):
// (?:依照|依据|按照|根据|遵照|参照|依|按|执行|符合)(?:国家|有关|相关)?《([^》]{1,80})》.
// It is read with string operations, which cost far less than that regexp.
var (
	citationVerbs      = []string{"依照", "依据", "按照", "根据", "遵照", "参照", "依", "按", "执行", "符合"}
	citationQualifiers = []string{"国家", "有关", "相关"}
)

// genericBasisRe finds unnamed references to a proper legal basis; it runs
// as genericBasis, compiled with the rules' words so that the prefilter
// serves it too.
var (
	genericBasisRe = regexp.MustCompile(`依法(?:予以|给予|进行|实施|作出)?(?:处罚|查处|处理|申请|追究|办理)|(?:法律|行政法规|法规|规章|国务院决定)(?:另有|有|已有|的)?规定|(?:依照|依据|按照|根据)(?:有关|相关|国家)?(?:法律|法规|行政法规)|法律、(?:行政)?法规`)
	genericBasis   pattern
)

// citations describes the bases a sentence invokes.
type citations struct {
	proper   bool     // a law, regulation, rule or State Council decision, or a generic "依法"
	improper []string // names of normative documents cited as if they were a basis
	// restates: the sentence repeats a law's article (laws.Restated); 0 not
	// yet looked up, 1 no, 2 yes. Looked up once per sentence, and only when
	// a legality finding is about to be reported.
	restates int8
}

func readCitations(s string, words *present) citations {
	var c citations
	if !strings.Contains(s, "《") && !strings.Contains(s, "法") && !strings.Contains(s, "规") {
		return c
	}
	for _, name := range citedNames(s) {
		if properInstrument(name) {
			c.proper = true
		} else {
			c.improper = append(c.improper, name)
		}
	}
	if !c.proper && strings.Contains(s, "依据") && containsAny(s, basisDenials) {
		// A basis said to be missing ("无法律、法规依据") is none invoked.
		s = deniedBasisRe.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat("x", len(m)) })
	}
	if !c.proper && (genericBasis.matches(s, words) || bareLawRe.MatchString(s)) {
		c.proper = true
	}
	return c
}

// basisDenials are the words deniedBasisRe starts with, looked for first.
var basisDenials = []string{"无", "没有", "缺乏", "缺少", "未有"}

// deniedBasisRe finds a legal basis said to be lacking, as a report of the
// wrong puts it: "无法律、法规依据", "没有法律法规依据", "缺乏上位法依据".
var deniedBasisRe = regexp.MustCompile(`(?:无|没有|缺乏|缺少|并无|未有)(?:任何)?(?:上位法|法律|行政法规|法规)[^，。；]{0,10}?依据`)

// bareLawRe finds a law or regulation named as the basis without book-title
// marks, as documents often write it: "由公安机关依照道路交通安全法的规定处罚",
// "根据传染病防治法第三十九条", "依照公职人员政务处分法给予记过处分". The
// document's own rules (本办法, 本条例) and
// a 办法 are no such basis.
var bareLawRe = regexp.MustCompile(`(?:依照|依据|按照|根据)(?:中华人民共和国)?[^本，。；、\s《》“”（）()][\p{Han}]{0,14}?(?:[^办]法|法典|条例)(?:的|有关|相关|第|规定|给予|予以|处以|处|[，,])`)

// citedNames returns, in order, the names of instruments cited as a basis.
func citedNames(s string) []string {
	var out []string
	for from := 0; ; {
		i := strings.Index(s[from:], "《")
		if i < 0 {
			return out
		}
		open := from + i
		from = open + len("《")
		j := strings.Index(s[from:], "》")
		if j < 0 {
			return out
		}
		name := s[from : from+j]
		if n := utf8.RuneCountInString(name); n < 1 || n > 80 || !citedAsBasis(s[:open]) {
			continue
		}
		out = append(out, name)
		from += j + len("》")
	}
}

// citedAsBasis reports whether the text before a 《 ends with a citation verb,
// perhaps followed by a qualifier (依照有关《…》).
func citedAsBasis(before string) bool {
	for _, q := range citationQualifiers {
		if t, ok := strings.CutSuffix(before, q); ok && hasSuffixAny(t, citationVerbs) {
			return true
		}
	}
	return hasSuffixAny(before, citationVerbs)
}

func hasSuffixAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// properInstrument decides from its name whether a cited instrument can be a
// basis for penalties, licences, coercion or charges: laws (…法), regulations
// (…条例), rules (规定/规则, national 办法/细则) and State Council decisions
// can; local 办法/细则, and 意见/通知/方案 and the like of any body, cannot.
func properInstrument(name string) bool {
	name = strings.TrimSpace(name)
	// Strip a trailing version or article reference: 《…法》第十条 is outside the brackets anyway.
	switch {
	case strings.HasSuffix(name, "办法"), strings.HasSuffix(name, "细则"), strings.HasSuffix(name, "实施细则"):
		return !localIssuer(name)
	case strings.HasSuffix(name, "法"), strings.HasSuffix(name, "法典"), strings.HasSuffix(name, "条例"),
		strings.HasSuffix(name, "规定"), strings.HasSuffix(name, "规则"), strings.HasSuffix(name, "解释"):
		return true
	case strings.HasSuffix(name, "决定"):
		return strings.HasPrefix(name, "国务院") || strings.HasPrefix(name, "全国人民代表大会")
	}
	return false
}

// localIssuer reports whether an instrument's name starts with a local place
// (…省, …市, …县, …区, …州), i.e. it was made by a local body.
func localIssuer(name string) bool {
	if strings.HasPrefix(name, "中华人民共和国") || strings.HasPrefix(name, "国务院") || strings.HasPrefix(name, "国家") {
		return false
	}
	n := 0
	prev := rune(0)
	for _, r := range name {
		n++
		if n > 12 {
			break
		}
		switch r {
		case '省', '市', '县', '区', '州', '盟', '旗':
			if n >= 2 && prev != '城' && prev != '都' && prev != '超' {
				return true
			}
		}
		prev = r
	}
	return false
}

// exception12 reports whether a text states all three conditions of
// 《公平竞争审查条例》第十二条: a ground, no less-restrictive alternative, and a
// term or termination condition.
var (
	exceptionGround = []string{"国家安全", "发展利益", "科学技术进步", "自主创新", "节约能源", "保护环境", "生态环境保护", "救灾", "救助", "社会公共利益"}
	exceptionAlt    = []string{"替代方案", "影响更小", "更小的替代"}
	exceptionTerm   = regexp.MustCompile(`实施期限|终止条件|有效期至|有效期为|截至\d{4}年|至\d{4}年\d{1,2}月\d{1,2}日|为期[一二三四五六七八九十\d]+年|届满`)
)

func exception12(text string) bool {
	return containsAny(text, exceptionGround) && containsAny(text, exceptionAlt) && exceptionTerm.MatchString(text)
}

// runeSpan converts a byte span within a sentence to rune offsets in the text.
func runeSpan(s Sentence, b0, b1 int) (int, int) {
	start := s.Start + utf8.RuneCountInString(s.Text[:b0])
	return start, start + utf8.RuneCountInString(s.Text[b0:b1])
}

// A system the state runs by law ("国家实行食盐定点批发制度", "国家对烟草专卖品
// 实行专卖管理") makes its own designations; a document that restates it and
// names those the system admits ("非食盐定点批发企业不得经营食盐批发业务") sets
// no designation of its own.
var (
	nationalSystemRe = regexp.MustCompile(`国家(?:对[^，。；]{1,16}?)?实行([^，。；]{2,16}?)(?:制度|管理|体制)`)
	// systemMarks are what makes a national system a designation
	systemMarks = []string{"定点", "专营", "专卖", "特许", "指定"}
)

// nationalSystems returns the designating systems the text says the state
// runs.
func nationalSystems(text string) []string {
	if !strings.Contains(text, "国家") || !strings.Contains(text, "实行") {
		return nil
	}
	// Only around a 实行 with a mark after it (the regexp over a whole
	// statute, stopping at every 国家, costs more than the checks).
	var out []string
	for off := 0; ; {
		i := strings.Index(text[off:], "实行")
		if i < 0 {
			return out
		}
		i += off
		off = i + len("实行")
		if end := forward(text, off, 16); !containsAny(text[off:end], systemMarks) {
			continue
		}
		if m := nationalSystemRe.FindStringSubmatch(text[back(text, i, 20):forward(text, off, 18)]); m != nil && containsAny(m[1], systemMarks) {
			out = append(out, m[1])
		}
	}
}

// restatesSystem reports whether excerpt names a designation of one of the
// state's systems: it shares four runes holding the system's mark.
func restatesSystem(excerpt string, systems []string) bool {
	for _, x := range systems {
		r := []rune(x)
		for i := 0; i+4 <= len(r); i++ {
			if sub := string(r[i : i+4]); containsAny(sub, systemMarks) && strings.Contains(excerpt, sub) {
				return true
			}
		}
	}
	return false
}
