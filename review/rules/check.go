package rules

import (
	"math/bits"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"beishen/review"
	"beishen/review/laws"
)

// Check runs the sentence rules over text and returns the findings sorted by
// their start offset. It needs no metadata; see CheckDocument for the
// document-level checks.
func Check(text string) []review.Finding {
	title := firstLine(text)
	out := append(checkSentences(text, Split(text), statuteTitle(title), documentLevel(text, title)), laws.Check(text, review.Date{})...)
	sortFindings(out)
	return out
}

// checkSentences runs the sentence rules; statute is true for a text titled
// as a law or regulation, level is where it stands among norms.
func checkSentences(text string, sents []Sentence, statute bool, level docLevel) []review.Finding {
	statute = statute || level == levelNational
	var out []review.Finding
	exceptions := map[string]bool{} // article → Art.12 exception stated, filled lazily
	// the state's systems the text restates, looked for once the first
	// fair-competition finding with a system's mark needs them
	var systems []string
	systemsRead := false
	words := presentPool.Get().(*present)
	defer presentPool.Put(words)
	carry, carryArticle := false, ""
	for _, s := range sents {
		// A sentence cut at ；after a named law's article goes on restating
		// it: "依照《道路交通安全法》第八十九条处警告或者罚款；拒绝接受罚款处罚的，
		// 可以扣留其非机动车". Its citation reaches the next sentences of the
		// same article up to the full stop, unless one turns to the document's
		// own rules (本办法…).
		carried := carry && s.Article == carryArticle && !containsAny(s.Text, ownRules)
		carry, carryArticle = hasSuffixAny(s.Text, []string{"；", ";"}) && (carried || namesLawArticle(s.Text) || nationalVoice(s.Text)), s.Article
		mask := scanner.scan(s.Text, words)
		if mask == 0 {
			continue
		}
		first := len(out)
		var cites *citations
		if carried {
			cites = &citations{proper: true}
		}
		var reported [2]bool // legality, fair competition found in this sentence
		voice := lazyVoice{}
		// Only the rules whose words the scan saw, in their order: walking
		// the mask's bits skips the others without looking at them.
		for m := mask; m != 0; m &= m - 1 {
			r := sentenceRules[bits.TrailingZeros64(m)]
			// Frames come last and report only what no phrasing rule caught.
			if r.frame != nil && reported[catIndex(r.Category)] || statute && r.statuteSilent || level == levelNational && r.nationalSilent {
				continue
			}
			f, ok := r.apply(s, words, &cites)
			if !ok || r.nationalSilent && r.Category == review.Legality && voice.of(s.Text) {
				continue
			}
			if r.Category == review.FairCompetition && containsAny(f.Excerpt, systemMarks) {
				if !systemsRead {
					systems, systemsRead = nationalSystems(text), true
				}
				if systems != nil && restatesSystem(f.Excerpt, systems) {
					continue
				}
			}
			if (statute || level == levelStatute) && r.statuteLowers {
				f.Severity = review.Low
				f.Reason += "（本文件为法律法规，可在权限内设定，请核对上位法）"
			}
			if r.Category == review.FairCompetition {
				exc, known := exceptions[s.Article]
				if !known {
					exc = articleException(sents, s.Article)
					exceptions[s.Article] = exc
				}
				if exc {
					f.Severity = review.Low
					f.Reason += "（所在条款已写明第十二条例外的理由、替代方案评估和期限）"
				}
			}
			reported[catIndex(r.Category)] = true
			out = append(out, f)
		}
		if len(out) == first {
			if f, ok := similarFinding(s, words); ok {
				out = append(out, f)
			} else if f, ok := learnedFinding(s, words); ok {
				out = append(out, f)
			}
		}
	}
	sortFindings(out)
	return out
}

func catIndex(c review.Category) int {
	if c == review.FairCompetition {
		return 1
	}
	return 0
}

// presentPool recycles the word stamps between texts; a generation counter
// makes reuse free.
var presentPool = sync.Pool{New: func() any { return newPresent(len(dict.words)) }}

// nationalVoice reports whether a sentence speaks as a national law does,
// whatever document holds it: it calls itself 本法 (only a law does; a
// regulation says 本条例, a document 本办法), or it addresses every
// province at once (省、自治区、直辖市人民政府…), as only the state's
// instruments do. A local document that says so quotes the law, whose
// measures are its own (立法法 第十一条: a law may set any of them).
func nationalVoice(s string) bool {
	// (地方 set against the central government: 县级以上地方人民政府)
	if strings.Contains(s, "省、自治区、直辖市") || strings.Contains(s, "县级以上地方") {
		return true
	}
	for from := 0; ; {
		i := strings.Index(s[from:], "本法")
		if i < 0 {
			return false
		}
		at := from + i
		from = at + len("本法")
		// 本法规 is how a local regulation may call itself
		if rest := s[from:]; strings.HasPrefix(rest, "规") && !strings.HasPrefix(rest, "规定") {
			continue
		}
		before := s[:at]
		if hasSuffixAny(before, []string{"依照", "依据", "按照", "根据", "违反", "适用", "除"}) || hasPrefixAny(s[from:], []string{"规定", "第", "所称", "自", "另有"}) {
			return true
		}
	}
}

// lazyVoice asks nationalVoice once per sentence, and only of a sentence a
// rule that heeds it has found something in.
type lazyVoice struct{ asked, national bool }

func (v *lazyVoice) of(s string) bool {
	if !v.asked {
		v.asked, v.national = true, nationalVoice(s)
	}
	return v.national
}

// sanctionCondition stands for the condition of a sanction chapeau before
// one of its items (Sentence.Sanctioned).
const sanctionCondition = "违反规定的，"

// apply runs one rule on one sentence.
func (r *sentenceRule) apply(s Sentence, words *present, cites **citations) (review.Finding, bool) {
	if s.UnderBan && r.Category == review.FairCompetition {
		return review.Finding{}, false
	}
	b0, b1, _ := r.match(s, words, r.trig)
	if r.frame != nil {
		var ok bool
		text, off := s.Text, 0
		if s.Sanctioned && r.Category == review.Legality {
			// An item under "…的，按照下列规定处理：" is a consequence of the
			// chapeau's condition, which the frame then reads before it.
			text, off = sanctionCondition+s.Text, len(sanctionCondition)
		}
		if b0, b1, ok = r.frame(text, words); ok && off > 0 {
			b0, b1 = max(b0-off, 0), b1-off
			ok = b1 > b0
		}
		if !ok || r.inContext(s.Text, b0, words) {
			return review.Finding{}, false
		}
	}
	weak := false
	if b0 < 0 && len(r.weakTrig) > 0 {
		b0, b1, _ = r.match(s, words, r.weakTrig)
		weak = true
	}
	if b0 < 0 {
		return review.Finding{}, false
	}
	if r.placeBack {
		b0 = widenOverPlace(s.Text, b0)
	}
	if s.UnderBan && r.Category == review.Legality {
		return review.Finding{}, false
	}
	for i := range r.req {
		if !r.req[i].matches(s.Text, words) {
			return review.Finding{}, false
		}
	}
	scope := s.Text
	if r.clauseSuppress {
		lo, _ := clauseAround(s.Text, b0, b0)
		_, hi := clauseAround(s.Text, b1, b1)
		scope = s.Text[lo:hi]
	}
	for i := range r.sup {
		// Competition said not to have happened (未进行公开招标) is no
		// competition: looked for only once a suppressing word matched.
		if r.sup[i].matches(scope, words) && r.sup[i].matches(withoutNegatedCompetition(withoutDeniedEquality(scope)), words) {
			return review.Finding{}, false
		}
	}
	f := review.Finding{
		Rule:     r.ID,
		Category: r.Category,
		Severity: r.Severity,
		Title:    r.Title,
		Basis:    r.Basis,
		Line:     s.Line + strings.Count(s.Text[:b0], "\n"),
		Reason:   r.reason,
		Clause:   s.Clause,
	}
	if weak {
		f.Severity = review.Low
	}
	f.Start, f.End = runeSpan(s, b0, b1)
	f.Excerpt = s.Text[b0:b1]
	if r.cite == citeIgnore && r.Category == review.Legality {
		// A measure only a law may set (L05's), repeated in the law's words,
		// is the law's.
		if *cites == nil {
			c := readCitations(s.Text, words)
			*cites = &c
		}
		if (*cites).restated(s.Text) {
			return review.Finding{}, false
		}
	}
	if r.cite != citeIgnore {
		if *cites == nil {
			c := readCitations(s.Text, words)
			*cites = &c
		}
		c := *cites
		if c.proper && r.clauseSuppress && r.Category == review.Legality {
			// A basis named only after the measure's clause belongs to the
			// alternative it opens ("…责成有关部门强制拆迁，或者由…依法申请
			// 人民法院强制拆迁"), not to the measure.
			_, hi := clauseAround(s.Text, b1, b1)
			rest := strings.TrimLeft(s.Text[hi:], "，,")
			if hasPrefixAny(rest, []string{"或者由", "或由", "或者向", "或者申请", "或者依法申请"}) {
				if own := readCitations(s.Text[:hi], words); !own.proper {
					c = &citations{improper: own.improper}
				}
			}
		}
		switch {
		case c.proper && r.cite == citeSuppress:
			return review.Finding{}, false
		case r.cite == citeSuppress && r.Category == review.Legality && c.restated(s.Text):
			// The sentence repeats a law's article: the law sets the measure.
			return review.Finding{}, false
		case c.proper:
			f.Severity = review.Low
			f.Reason += "（句中援引了法律法规依据，请核对依据是否支持）"
		case len(c.improper) > 0:
			f.Reason += "（所引《" + c.improper[0] + "》不是法律、法规或规章，不能作为依据）"
		}
	}
	return f, true
}

// match returns the earliest span at which one of triggers matches outside a
// prohibition (and, for fair-competition rules, outside a description of a
// wrong), or -1. litBase is the index of triggers[0] in r.lits.
func (r *sentenceRule) match(s Sentence, words *present, triggers []pattern) (int, int, bool) {
	b0, b1 := -1, -1
	for ti := range triggers {
		t := &triggers[ti]
		if !r.mayMatch(t, words) {
			continue
		}
		f0, f1, ok := t.findFrom(s.Text, 0, words)
		if !ok {
			continue
		}
		locs := [][2]int{{f0, f1}}
		if r.passOver(s.Text, f0, f1, words) {
			// Look past matches inside a prohibition: the same words may
			// recur later in the sentence as an actual requirement.
			locs = t.findAll(s.Text, 4, words)
		}
		for _, loc := range locs {
			if loc[1] == loc[0] {
				continue
			}
			if r.passOver(s.Text, loc[0], loc[1], words) {
				continue
			}
			if b0 < 0 || loc[0] < b0 {
				b0, b1 = loc[0], loc[1]
			}
			break
		}
	}
	return b0, b1, b0 >= 0
}

// widenOverPlace moves a match start back over up to six Han characters of a
// place name before a place suffix, stopping at a preposition or punctuation.
func widenOverPlace(s string, b0 int) int {
	r, _ := utf8.DecodeRuneInString(s[b0:])
	if !strings.ContainsRune("省市县区地", r) {
		return b0
	}
	for n := 0; n < 6 && b0 > 0; n++ {
		p, size := utf8.DecodeLastRuneInString(s[:b0])
		if !unicode.Is(unicode.Han, p) || strings.ContainsRune("在于的和或及与、获得过有对由将按以", p) {
			break
		}
		b0 -= size
	}
	return b0
}

// passOver reports whether a trigger's match at s[a:b] is no finding: it
// is in context (inContext), or it names a measure as a thing already
// taken ("扣押的物品应当妥善保管", "被查封的场所") rather than imposing it.
func (r *sentenceRule) passOver(s string, a, b int, words *present) bool {
	return r.inContext(s, a, words) || r.namedNotImposed && modifiesNoun(s[b:]) ||
		r.Category == review.Legality && proceduralDuty(s, a, b)
}

// proceduralDuty reports whether the measure at s[a:b] is the subject of a
// duty of procedure: "行政机关实施查封、扣押，应当制作现场笔录" (行政强制法 第十八
// 条) says how a measure is taken, it imposes none. The measure's clause
// opens with at most a subject and 实施/采取/执行, holds no condition (的),
// and the next clause is the duty.
func proceduralDuty(s string, a, b int) bool {
	lo, hi := clauseAround(s, a, b)
	head := s[lo:a]
	if runesBetween(s, lo, a) > 14 || strings.Contains(head, "的") || !containsAny(head, []string{"实施", "采取", "执行"}) {
		return false
	}
	rest := strings.TrimPrefix(s[hi:], "时")
	rest = strings.TrimLeft(rest, "，,")
	return hasPrefixAny(rest, []string{"应当", "须", "必须", "应"})
}

// modifiesNoun reports whether rest, the text after a measure's name, goes
// on to 的 directly or after a list of further measures ("查封、扣押的期限").
func modifiesNoun(rest string) bool {
	for range 4 {
		if strings.HasPrefix(rest, "的") {
			return true
		}
		after, ok := strings.CutPrefix(rest, "、")
		if !ok {
			return false
		}
		n := 0
		for n < len(after) && n < 4*3 {
			r, size := utf8.DecodeRuneInString(after[n:])
			if !unicode.Is(unicode.Han, r) || r == '的' {
				break
			}
			n += size
		}
		rest = after[n:]
	}
	return false
}

// inContext reports whether a match at byte at is the object of a
// prohibition or, for fair-competition rules, part of a description of a
// wrong or of outsiders treated as local ones; such a match is not a finding.
func (r *sentenceRule) inContext(s string, at int, words *present) bool {
	return deniedBefore(s, at) || words.inSet(banBit) && bannedBefore(s, at) ||
		r.Category == review.FairCompetition && !r.pejorativeOwn && words.inSet(pejorativeBit) && describedAsWrong(s, at) ||
		r.Category == review.FairCompetition && removalMarks.in(words) && removedMeasure(s, at) ||
		r.Category == review.FairCompetition && treatedAlikeAt(s, at, words)
}

// articleException tells whether the article (all sentences with that
// label; "" is the text outside any article) states all three conditions of
// the Art.12 exception.
func articleException(sents []Sentence, article string) bool {
	var b strings.Builder
	for _, s := range sents {
		if s.Article == article {
			b.WriteString(s.Text)
		}
	}
	return exception12(b.String())
}

func sortFindings(fs []review.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].Start != fs[j].Start {
			return fs[i].Start < fs[j].Start
		}
		if fs[i].End != fs[j].End {
			return fs[i].End < fs[j].End
		}
		return fs[i].Rule < fs[j].Rule
	})
}

// firstLine returns the first non-empty line of text with Markdown heading
// marks removed: usually the title.
func firstLine(text string) string {
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(strings.TrimLeft(line, "# "))
		if line != "" {
			return line
		}
	}
	return ""
}

// statuteTitle reports whether a title names a law or regulation (…法,
// …条例), which may lawfully set penalties and coercion within its powers.
func statuteTitle(title string) bool {
	title = strings.TrimSpace(title)
	if i := strings.IndexAny(title, "（("); i > 0 {
		title = title[:i]
	}
	title = strings.TrimRight(title, "》 ")
	return (strings.HasSuffix(title, "法") && !strings.HasSuffix(title, "办法")) || strings.HasSuffix(title, "条例")
}

// negatedCompetition is competition said not to have taken place: "未进行
// 公开招标", "没有通过竞争方式". It is what 《公平竞争审查条例》第八条第（二）项
// reproaches, so it must not silence a rule as a competition would.
var negatedCompetition = regexp.MustCompile(`(?:未|没有|未经|不经|并未|未曾|不再|暂不)(?:依法)?(?:进行|通过|采取|采用|经过|经|履行|开展|实行|组织)?(?:任何)?(?:公开)?(?:招标|竞争性谈判|竞争性磋商|公开竞争|公开遴选|竞争方式|竞争程序|公平竞争)`)

// deniedEquality is equal treatment said to be missing ("民营资本建设的空间
// 享受不到同等待遇"): the complaint, not the safeguard that suppresses.
var deniedEquality = regexp.MustCompile(`(?:不到|未能|未|不能|无法|没有|得不到|未获|不予)(?:享受|获得|得到|给予)?(?:同等|平等|一视同仁)`)

// withoutDeniedEquality removes denied equality from a suppression scope.
func withoutDeniedEquality(scope string) string {
	if !strings.Contains(scope, "同等") && !strings.Contains(scope, "平等") && !strings.Contains(scope, "一视同仁") {
		return scope
	}
	return deniedEquality.ReplaceAllString(scope, "")
}

// withoutNegatedCompetition removes negated competition from a suppression
// scope.
func withoutNegatedCompetition(scope string) string {
	if !strings.Contains(scope, "未") && !strings.Contains(scope, "没有") && !strings.Contains(scope, "不经") && !strings.Contains(scope, "不再") && !strings.Contains(scope, "暂不") {
		return scope
	}
	return negatedCompetition.ReplaceAllString(scope, "")
}

// ownRules are how a document names itself.
var ownRules = []string{"本办法", "本规定", "本细则", "本通知", "本意见", "本决定", "本方案", "本条例", "本规则"}

// namesLawArticle reports whether s cites an article of a law, regulation or
// rule by its name in 《》: "依照《中华人民共和国道路交通安全法》第八十九条".
func namesLawArticle(s string) bool {
	if !strings.Contains(s, "》第") {
		return false
	}
	for _, name := range citedNames(s) {
		if properInstrument(name) && strings.Contains(s, name+"》第") {
			return true
		}
	}
	return false
}

// restated reports whether s, the sentence c was read from, repeats nearly
// word for word an article of a law in the embedded library (laws.Restated).
func (c *citations) restated(s string) bool {
	if c.restates == 0 {
		c.restates = 1
		if _, ok := laws.Restated(s); ok {
			c.restates = 2
		}
	}
	return c.restates == 2
}
