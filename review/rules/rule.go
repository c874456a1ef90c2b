// Package rules holds beishen's automatic text checks: sentence rules that
// point at spans of a normative document's text (legality, fair competition)
// and document rules over its dates and metadata, each finding naming its
// legal basis. The checks are recall-oriented prompts for a reviewer, who
// confirms or dismisses each finding.
package rules

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"beishen/review"
	"beishen/review/laws"
)

// Version identifies the rule set; it is stored with every review that used it
// so that a later reader knows which checks produced a finding.
const Version = "2026.12.18"

// RuleInfo describes one rule for the reviewer: what it looks for and why.
type RuleInfo struct {
	ID          string          `json:"id"`
	Category    review.Category `json:"category"`
	Severity    review.Severity `json:"severity"`
	Title       string          `json:"title"`
	TitleEN     string          `json:"title_en"`
	Basis       []string        `json:"basis"`
	Description string          `json:"description"`
	// Document is true for rules over a whole document and its metadata
	// rather than single sentences.
	Document bool `json:"document,omitempty"`
}

// TitleIn returns the title in lang.
func (r RuleInfo) TitleIn(lang review.Lang) string {
	return review.Label{ZH: r.Title, EN: r.TitleEN}.In(lang)
}

// citationEffect says what a citation of a proper legal basis in the same
// sentence does to a rule's finding.
type citationEffect int

const (
	citeIgnore   citationEffect = iota // the rule does not depend on a basis
	citeSuppress                       // a law/regulation/rule basis removes the finding
	citeLower                          // such a basis lowers the severity to low
)

// sentenceRule is a rule that looks at one sentence at a time.
type sentenceRule struct {
	RuleInfo
	// anchors are literal words of which at least one must occur before any
	// regexp runs (the prefilter).
	anchors []string
	// triggers: the first match of any of them is the finding's span.
	triggers []*regexp.Regexp
	// weak triggers are tried when no trigger matched; their findings are
	// only low-severity prompts.
	weak []*regexp.Regexp
	// lits[i] are the word ids one of which trigger i (then weak i) needs;
	// nil when unknown, and then one of anchorIDs must be present.
	lits [][]int32
	// gates[i] are the word groups trigger i (then weak i) needs, all of them.
	trig, weakTrig, req, sup []pattern
	anchorIDs                []int32
	anchorsBit               int32 // anchorIDs' set (wordScanner.indexSets)
	// requires: each must match somewhere in the sentence.
	requires []*regexp.Regexp
	// suppress: any match in the sentence drops the finding.
	suppress []*regexp.Regexp
	cite     citationEffect
	// reason is the one-line explanation shown with each finding.
	reason string
	// statuteLowers: in a law or regulation (法/条例), which may set such
	// measures within its powers, the finding is only a low prompt.
	statuteLowers bool
	// statuteSilent: in a law or regulation the rule does not apply.
	statuteSilent bool
	// nationalSilent: in a law or an administrative regulation, which has
	// the power the rule says a normative document lacks, the rule does not
	// apply (documentLevel).
	nationalSilent bool
	// namedNotImposed: a measure's name followed by 的 modifies a noun (扣押的
	//物品, 查封的场所): the text speaks of a measure taken, as a custody
	// duty does (《行政强制法》第二十六条), and imposes none.
	namedNotImposed bool
	// pejorativeOwn: the conduct the rule looks for is itself named with
	// pejoratives (排斥、限制、打压外地企业), so one before the match does not
	// make the sentence a description of a wrong.
	pejorativeOwn bool
	// clauseSuppress: the suppressing words cancel the finding only in the
	// clauses the match spans ("采用公开招标确定供应商，要求学校必须从5家
	// 企业中选择一家" still hands the choice to five firms).
	clauseSuppress bool
	// placeBack widens a match that starts at a place suffix (市, 省…) back
	// over the place name, so the excerpt reads "嘉兴市…" not "市…".
	placeBack bool
	// frame, when set, finds the finding's span instead of triggers: a
	// combination of concepts in the sentence (frames.go).
	frame func(s string, words *present) (int, int, bool)
}

// fragments shared by the patterns; {NAME} in a pattern is replaced by them.
var fragments = map[string]string{
	"LOC":    `(?:本地区?|本市|本区|本县|本省|本镇|本乡|本街道|当地|辖区内?|区内|市内|县内|省内|镇内|我市|我区|我县|我省|我镇|我州|本行政区域内?|项目所在地|项目实施地|采购人所在地|园区内|新区内)`,
	"PLACE":  `(?:[\p{Han}]{1,6}?(?:省|市|县|区|州|镇|地区)(?:内|范围内|行政区域内|区域内|辖区内)?)`,
	"REWARD": `(?:奖励|补助|补贴|资助|奖补|扶持|给予|兑现|返还|倾斜|支持|优惠)`,
	"SCORE":  `(?:[得加记][\d.．]+分|不得分|加分|得分|扣[\d.．]+分|[\d.．]+分)`,
	"COND":   `(?:方可|才能|才可|须|需|必须|应当|应|为条件|作为[^，。]{0,10}(?:条件|前提)|资格|要求|申报|申请|享受|符合)`,
	"BASIS":  `(?:依照|依据|按照|根据|遵照)`,
	// FIRM ends the name of an enterprise: 市燃气集团, 区城投公司.
	"FIRM": `(?:集团|公司|企业|有限公司|股份公司)`,
	// BODY ends the name of any body that sells or serves: a firm, and the
	// hospitals, banks, shops and bookstores a measure may send buyers to.
	"BODY": `(?:集团|公司|企业|有限公司|股份公司|医院|卫生院|保健院|银行|书店|超市|商场)`,
}

var fragmentRe = regexp.MustCompile(`\{[A-Z]+\}`)

// re compiles a pattern after expanding {FRAGMENT}s.
func re(pattern string) *regexp.Regexp {
	p := fragmentRe.ReplaceAllStringFunc(pattern, func(m string) string {
		if f, ok := fragments[m[1:len(m)-1]]; ok {
			return f
		}
		return m
	})
	return regexp.MustCompile(p)
}

func res(patterns ...string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		out[i] = re(p)
	}
	return out
}

// sentenceRules is the rule set, in report order; filled by legality.go and
// fairness.go.
var sentenceRules []*sentenceRule

// scanner finds the literal words of all rules in a sentence; dict names them.
var (
	scanner *wordScanner
	dict    wordDict
	// banIDs and pejorativeIDs let the context checks skip sentences with
	// no prohibition or pejorative word at all.
	banIDs, pejorativeIDs []int32
	banBit, pejorativeBit int32 // their sets (wordScanner.indexSets)
)

// pattern is a regexp with the literal words any match must contain.
type pattern struct {
	re *regexp.Regexp
	// lits: one of these must be present; nil when unknown.
	lits []int32
	// gates: one word of every group must be present.
	gates [][]int32
	// lead are the words every match starts with (nil when unknown), and
	// anchored is re anchored at the start of its input: the pattern is then
	// tried only where a lead word occurs, on a window of at most maxLen
	// bytes, instead of at every byte of the sentence. (Without a bound the
	// regexp engine would clear state for the whole rest of the sentence at
	// every try, which costs more than it saves.)
	lead     []int32
	anchored *regexp.Regexp
	maxLen   int
	// litsBit and gateBits are the sets' bits (wordScanner.indexSets) of
	// lits and gates, when indexed is true: the patterns of the sentence
	// rules are; a pattern compiled for another use walks its words.
	litsBit  int32
	gateBits []int32
	indexed  bool
}

func compilePatterns(rs []*regexp.Regexp) []pattern {
	out := make([]pattern, len(rs))
	for i, re := range rs {
		src := re.String()
		out[i] = pattern{re: re, lits: dict.idsOf(requiredLiterals(src))}
		for _, g := range requiredSets(src) {
			out[i].gates = append(out[i].gates, dict.idsOf(g))
		}
		if lead, n := leadWords(src), maxMatchLen(src); lead != nil && n > 0 {
			out[i].lead = dict.idsOf(lead)
			out[i].anchored = regexp.MustCompile(`^(?:` + src + `)`)
			out[i].maxLen = n
		}
	}
	return out
}

// possible reports whether the pattern can match a sentence with the words
// present; when its words are unknown, it can.
func (g *pattern) possible(p *present) bool {
	if g.indexed {
		if g.lits != nil && !p.inSet(g.litsBit) {
			return false
		}
		for _, b := range g.gateBits {
			if !p.inSet(b) {
				return false
			}
		}
		return true
	}
	if g.lits != nil && !p.any(g.lits) {
		return false
	}
	for _, grp := range g.gates {
		if !p.any(grp) {
			return false
		}
	}
	return true
}

// matches runs the pattern if its words are present.
func (g *pattern) matches(s string, p *present) bool {
	if !g.possible(p) {
		return false
	}
	if g.anchored == nil {
		return g.re.MatchString(s)
	}
	_, _, ok := g.findFrom(s, 0, p)
	return ok
}

// find returns the leftmost match in s at or after byte from, as
// regexp.FindStringIndex would.
func (g *pattern) findFrom(s string, from int, p *present) (int, int, bool) {
	if g.anchored == nil {
		loc := g.re.FindStringIndex(s[from:])
		if loc == nil {
			return -1, -1, false
		}
		return from + loc[0], from + loc[1], true
	}
	// The leftmost match starts at the first lead word from which the
	// anchored pattern matches.
	for at := from; at < len(s); {
		start := -1
		for _, id := range g.lead {
			if !p.has(id) {
				continue
			}
			if i := strings.Index(s[at:], dict.words[id]); i >= 0 && (start < 0 || at+i < start) {
				start = at + i
			}
		}
		if start < 0 {
			return -1, -1, false
		}
		end := min(len(s), start+g.maxLen)
		for end < len(s) && !utf8.RuneStart(s[end]) {
			end++
		}
		if loc := g.anchored.FindStringIndex(s[start:end]); loc != nil {
			return start + loc[0], start + loc[1], true
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		at = start + size
	}
	return -1, -1, false
}

func init() {
	sentenceRules = append(append(append([]*sentenceRule{}, legalityRules()...), fairnessRules()...), append(append(append(append(frameRules(), marketFrameRules()...), accessFrameRules()...), conductFrameRules()...), append(legalityFrameRules(), narrativeFrameRules()...)...)...)
	if len(sentenceRules) > 64 {
		panic("rules: the rule mask holds at most 64 sentence rules")
	}
	for _, r := range sentenceRules {
		r.trig = compilePatterns(r.triggers)
		r.weakTrig = compilePatterns(r.weak)
		r.req = compilePatterns(r.requires)
		r.sup = compilePatterns(r.suppress)
		for _, t := range append(append([]pattern{}, r.trig...), r.weakTrig...) {
			if t.lits == nil && len(r.anchors) == 0 && r.frame == nil {
				panic("rules: rule " + r.ID + " needs anchors: a trigger has no literal words")
			}
		}
		r.anchorIDs = dict.idsOf(r.anchors)
	}
	// A rule is a candidate for a sentence when a word one of its triggers
	// needs (or one of its anchors) occurs there.
	ruleMask := make([]uint64, len(dict.words))
	for i, r := range sentenceRules {
		bit := uint64(1) << uint(i)
		if r.frame != nil {
			for _, id := range r.anchorIDs {
				ruleMask[id] |= bit
			}
		}
		for _, t := range append(append([]pattern{}, r.trig...), r.weakTrig...) {
			ids := t.lits
			if ids == nil {
				ids = r.anchorIDs
			}
			for _, id := range ids {
				ruleMask[id] |= bit
			}
		}
	}
	for _, c := range concepts {
		c.ids = dict.idsOf(c.words)
	}
	genericBasis = compilePatterns([]*regexp.Regexp{genericBasisRe})[0]
	banIDs = dict.idsOf(banWords)
	pejorativeIDs = dict.idsOf(pejoratives)
	for len(ruleMask) < len(dict.words) {
		ruleMask = append(ruleMask, 0)
	}
	scanner = newWordScanner(dict.words, ruleMask)
	scanner.indexSets(wordSets())
}

// wordSets numbers the word lists the checks ask of every sentence (the
// concepts, the sentence rules' anchors and their patterns' words) and
// returns them in the order of their bits.
func wordSets() [][]int32 {
	var lists [][]int32
	bit := func(ids []int32) int32 {
		lists = append(lists, ids)
		return int32(len(lists) - 1)
	}
	for _, c := range concepts {
		c.bit = bit(c.ids)
	}
	for _, r := range sentenceRules {
		r.anchorsBit = bit(r.anchorIDs)
		for _, ps := range [][]pattern{r.trig, r.weakTrig, r.req, r.sup} {
			for i := range ps {
				g := &ps[i]
				g.litsBit = bit(g.lits)
				g.gateBits = make([]int32, len(g.gates))
				for j, grp := range g.gates {
					g.gateBits[j] = bit(grp)
				}
				g.indexed = true
			}
		}
	}
	banBit, pejorativeBit = bit(banIDs), bit(pejorativeIDs)
	return lists
}

// mayMatch reports whether trigger t can match given the words present.
func (r *sentenceRule) mayMatch(t *pattern, p *present) bool {
	if t.lits == nil && !p.inSet(r.anchorsBit) {
		return false
	}
	return t.possible(p)
}

// Rules lists every rule, sentence and document level, sorted by ID within
// category order (legality, fair competition, procedure).
func Rules() []RuleInfo {
	var out []RuleInfo
	for _, r := range sentenceRules {
		out = append(out, r.RuleInfo)
	}
	out = append(out, similarRules...)
	out = append(out, learnedRule)
	out = append(out, documentRules...)
	for _, r := range laws.Rules {
		out = append(out, RuleInfo{ID: r.ID, Category: review.Legality, Severity: r.Severity, Title: r.Title,
			TitleEN: r.TitleEN, Basis: r.Basis, Description: r.Description})
	}
	order := map[review.Category]int{review.Legality: 0, review.FairCompetition: 1, review.Procedure: 2}
	sort.SliceStable(out, func(i, j int) bool {
		if order[out[i].Category] != order[out[j].Category] {
			return order[out[i].Category] < order[out[j].Category]
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// RuleByID returns the description of one rule.
func RuleByID(id string) (RuleInfo, bool) {
	for _, r := range Rules() {
		if strings.EqualFold(r.ID, id) {
			return r, true
		}
	}
	return RuleInfo{}, false
}

// findAll returns up to n successive non-overlapping matches, as
// regexp.FindAllStringIndex would.
func (g *pattern) findAll(s string, n int, p *present) [][2]int {
	var out [][2]int
	if g.anchored == nil {
		for _, loc := range g.re.FindAllStringIndex(s, n) {
			out = append(out, [2]int{loc[0], loc[1]})
		}
		return out
	}
	for from := 0; len(out) < n && from < len(s); {
		a, b, ok := g.findFrom(s, from, p)
		if !ok {
			break
		}
		out = append(out, [2]int{a, b})
		from = b
	}
	return out
}
