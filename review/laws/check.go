package laws

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"beishen/review"
)

// The citation rules. Their findings are of category legality and carry the
// provision that repealed or revised the law as their basis.
const (
	RuleUnknown  = "C01" // the cited law is not known: a typo or an invented title
	RuleRepealed = "C02" // the cited law was repealed on the draft's date
	RuleArticle  = "C03" // the cited article is not in the version in force, or its words moved
)

// basisCite is the rule that a normative document states its legal basis
// accurately.
const basisCite = "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）一（一）"

// RuleDesc describes a citation rule for the rule list and the checklist.
type RuleDesc struct {
	ID                          string
	Severity                    review.Severity
	Title, TitleEN, Description string
	Basis                       []string
}

// Rules describes the citation rules.
var Rules = []RuleDesc{
	{RuleUnknown, review.Medium, "引用的法律法规不存在或名称有误", "Cites a law that does not exist or misnames it",
		"所引《…》在法规库（国家法律、行政法规、部门规章合集及其索引）中找不到：名称写错，或者是虚构的法规。", []string{basisCite}},
	{RuleRepealed, review.Medium, "引用已废止的法律法规", "Cites a repealed law",
		"所引法律法规在文件日期已被废止（如《合同法》由《民法典》第一千二百六十条废止），应改引现行有效的上位法。", []string{basisCite}},
	{RuleArticle, review.Medium, "引用条文与现行文本不符", "Cited article does not match the law in force",
		"所引条文在现行文本中不存在，或法律修订后条文序号调整、所引条号现为其他内容。", []string{basisCite}},
}

// Checker checks citations against a library and the list of changes.
type Checker struct {
	Src     Source
	Changes *Changes
	near    sync.Map // name → the nearest known title ("" for none)
}

var current atomic.Pointer[Checker]

// Default is the checker the rules use: the embedded library unless
// SetDefault gave another (the store's imported library over it).
func Default() *Checker {
	if c := current.Load(); c != nil {
		return c
	}
	return embeddedChecker()
}

var embeddedChecker = sync.OnceValue(func() *Checker {
	return &Checker{Src: Embedded(), Changes: NewChanges(EmbeddedChanges())}
})

// SetDefault makes c the checker of Check; nil goes back to the embedded one.
func SetDefault(c *Checker) { current.Store(c) }

// Check checks the citations of text with the default checker; day is the
// draft's date (zero: today's law).
func Check(text string, day review.Date) []review.Finding { return Default().Check(text, day) }

var (
	// lawTypeRe: a title that names a law or regulation of the national
	// collection's kinds.
	lawTypeRe    = regexp.MustCompile(`(?:[^办]法|条例)$`)
	localTitleRe = regexp.MustCompile(`^\p{Han}{0,10}?(?:省|自治区|自治州|地区|盟|县|旗|[^城都]市|[^地社园辖]区)`)
)

// Check recognises the citations in text and checks each: the law exists,
// it is in force on day, and the cited articles exist in the version in
// force with the words the text relies on.
func (c *Checker) Check(text string, day review.Date) []review.Finding {
	var out []review.Finding
	for _, ct := range Cite(text) {
		if f, ok := c.checkOne(text, ct, day); ok {
			out = append(out, f...)
		}
	}
	return out
}

// checkOne checks one citation of text. It reads the text by the
// citation's byte offsets: turning a long regulation into runes for every
// citation quoted cost 3–7% of the checks' time.
func (c *Checker) checkOne(text string, ct Citation, day review.Date) ([]review.Finding, bool) {
	mk := func(rule string, sev review.Severity, reason string, basis ...string) review.Finding {
		d := rule2desc(rule)
		f := review.Finding{Rule: rule, Category: review.Legality, Severity: sev, Title: d.Title,
			Basis: append(basis, d.Basis...), Start: ct.Start, End: ct.End, Reason: reason}
		f.Excerpt = text[ct.at:ct.end]
		f.Line = 1 + strings.Count(text[:ct.at], "\n")
		return f
	}
	written := "《" + ct.Written + "》"
	if ch, ok := c.Changes.RepealedOn(ct.Name, day); ok {
		reason := fmt.Sprintf("%s已于%s废止（%s）", written, ch.Date.ChineseString(), ch.Basis)
		if ch.By != "" && !strings.Contains(ch.Basis, ch.By) {
			reason += "，由《" + ch.By + "》取代"
		}
		reason += "；应改引现行有效的上位法"
		if t, ok := c.Src.Title(ch.By); ok && ch.By != "" {
			reason += "《" + t.Title + "》相应条文"
		}
		return []review.Finding{mk(RuleRepealed, review.Medium, reason, ch.Basis)}, true
	}
	t, known := c.Src.Title(ct.Name)
	if !known {
		if c.repealedLater(ct.Name) {
			// In force on the document's date (an older filed document, or one
			// under cleanup): the law existed, the library just lacks it.
			return nil, false
		}
		return c.unknown(ct, mk)
	}
	if t.Expired && len(t.Versions) == 0 {
		return []review.Finding{mk(RuleRepealed, review.Medium,
			written+"在法律法规合集索引中标注为已失效；应改引现行有效的上位法", "LawRefBook 法律法规合集索引")}, true
	}
	if len(ct.Refs) == 0 {
		return nil, false
	}
	v, ok := t.InForce(day)
	if !ok {
		return nil, false
	}
	law, ok := c.Src.Law(t.Name, v)
	if !ok {
		return nil, false
	}
	var out []review.Finding
	ctx := context(text, ct)
	for _, r := range ct.Refs {
		if f, ok := c.checkArticle(law, t, r, ctx, day, mk); ok {
			out = append(out, f)
		}
	}
	return out, len(out) > 0
}

type mkFunc func(rule string, sev review.Severity, reason string, basis ...string) review.Finding

func rule2desc(id string) RuleDesc {
	for _, r := range Rules {
		if r.ID == id {
			return r
		}
	}
	return RuleDesc{ID: id}
}

// repealedLater reports whether the repeal list knows name: a law that
// existed, repealed after the date a text is checked on.
func (c *Checker) repealedLater(name string) bool {
	for _, e := range c.Changes.Of(name) {
		if e.Kind == Repealed {
			return true
		}
	}
	return false
}

// unknown reports a title the library does not know, when it names a
// national law or regulation (…法, …条例: local rules, notices and the
// departmental rules the collection lacks are not reported), or when it is
// one letter away from a known title.
func (c *Checker) unknown(ct Citation, mk mkFunc) ([]review.Finding, bool) {
	name := ct.Name
	if notLawTitle(name) || localTitleRe.MatchString(name) && !strings.HasPrefix(name, "某某") {
		return nil, false
	}
	near := c.nearest(name)
	written := "《" + ct.Written + "》"
	switch {
	case near != "":
		return []review.Finding{mk(RuleUnknown, review.Medium,
			fmt.Sprintf("法规库中没有%s，疑为《%s》之误，请核对名称", written, near))}, true
	case lawTypeRe.MatchString(name):
		return []review.Finding{mk(RuleUnknown, review.Medium,
			fmt.Sprintf("法规库（国家法律、行政法规、部门规章合集）中没有%s：名称有误或该法规不存在，请核对", written))}, true
	}
	return nil, false
}

// notLawTitle reports whether a title names no law but a notice, a plan,
// a standard or a form: 关于… , …通知…, …表. (Words searched for, not an
// unanchored alternation, which the regexp engine tries at every byte.)
func notLawTitle(name string) bool {
	if strings.HasPrefix(name, "关于") {
		return true
	}
	for _, w := range []string{"通知", "意见", "方案", "规划", "纲要", "目录", "清单", "标准", "指南", "计划", "报告", "公告", "通告", "批复", "协议", "合同", "申请"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	for _, w := range []string{"表", "书", "证", "函"} {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// nearest is the known title one edit away from name (two for long names).
func (c *Checker) nearest(name string) string {
	if v, ok := c.near.Load(name); ok {
		return v.(string)
	}
	best := c.findNearest(name)
	c.near.Store(name, best)
	return best
}

func (c *Checker) findNearest(name string) string {
	rn := []rune(name)
	limit := 1
	if len(rn) >= 8 {
		limit = 2
	}
	best, bestD := "", limit+1
	for _, t := range c.Src.Titles() {
		if abs(utf8.RuneCountInString(t.Name)-len(rn)) > limit {
			continue
		}
		if d := editDistance(rn, []rune(t.Name), limit); d < bestD && d > 0 {
			best, bestD = t.Title, d
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// editDistance is Levenshtein's, cut off above limit.
func editDistance(a, b []rune, limit int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// checkArticle checks one cited article against the version in force.
func (c *Checker) checkArticle(law *Law, t Title, r Ref, ctx string, day review.Date, mk mkFunc) (review.Finding, bool) {
	title := "《" + law.Title + "》"
	ver := law.Version.ChineseString()
	art, words, ok := law.Find(r)
	if !ok {
		if art.Label == "" {
			return mk(RuleArticle, review.Medium, fmt.Sprintf("%s现行文本（%s版）没有%s（共%d条）",
				title, ver, Ref{Article: r.Article, Sub: r.Sub}, law.LastArticle())), true
		}
		return mk(RuleArticle, review.Medium, fmt.Sprintf("%s现行文本（%s版）%s没有%s：%s",
			title, ver, art.Label, r, clip(art.Text(), 120))), true
	}
	// Did the revision move the words the text relies on? Compare the
	// sentence around the citation with the article's words now and with
	// the words the same number had before.
	var rev *Change
	for _, ch := range c.Changes.Of(t.Name) {
		if ch.Kind == Revised && ch.Renumbered && (day.IsZero() || !day.Before(ch.Date)) {
			ch := ch
			rev = &ch
		}
	}
	older := c.olderVersion(t, law.Version)
	if (rev == nil && older == nil) || r.Sub != 0 {
		return review.Finding{}, false
	}
	ctxGrams := grams(ctx)
	if len(ctxGrams) < 4 {
		return review.Finding{}, false
	}
	now := overlap(ctxGrams, words)
	then, moved := 0.0, 0
	var thenWords string
	if rev != nil && rev.Moved[r.Article] != 0 {
		moved = rev.Moved[r.Article]
		if a, ok := law.Article(moved); ok {
			thenWords = a.Text()
			then = overlap(ctxGrams, thenWords)
		}
	} else if older != nil {
		if a, ok := older.Article(r.Article); ok {
			thenWords = a.Text()
			then = overlap(ctxGrams, thenWords)
			moved = bestMatch(law, thenWords)
		}
	}
	if then <= now+0.1 || then < 0.25 {
		return review.Finding{}, false
	}
	quoted := words
	if r.Para == 0 && r.Item == 0 {
		quoted = strings.Join(art.Paras, "")
	}
	reason := fmt.Sprintf("%s已修订，条文序号调整：所引%s现行文本为“%s”，与引文不符", title, r, clip(quoted, 90))
	if moved > 0 && moved != r.Article {
		reason += fmt.Sprintf("；修订前%s的内容现为%s", Ref{Article: r.Article}, Ref{Article: moved})
		if a, ok := law.Article(moved); ok {
			reason += "“" + clip(strings.Join(a.Paras, ""), 60) + "”"
		}
	}
	reason += "，请核对条号"
	basis := []string{}
	if moved > 0 && moved != r.Article {
		basis = append(basis, "《"+law.Title+"》"+Ref{Article: moved}.String())
	}
	if rev != nil {
		basis = append(basis, rev.Basis)
	}
	return mk(RuleArticle, review.Medium, reason, basis...), true
}

// olderVersion is the version of t before v that the library has text of.
func (c *Checker) olderVersion(t Title, v review.Date) *Law {
	for i := len(t.Versions) - 1; i >= 0; i-- {
		if t.Versions[i].Before(v) {
			if l, ok := c.Src.Law(t.Name, t.Versions[i]); ok {
				return l
			}
		}
	}
	return nil
}

// bestMatch is the article of law whose words are most like words (0 when
// none is close).
func bestMatch(law *Law, words string) int {
	g := grams(words)
	best, bestS := 0, 0.5
	for _, a := range law.Articles {
		if s := overlap(g, a.Text()); s > bestS {
			best, bestS = a.Num, s
		}
	}
	return best
}

// context is the sentence around a citation, without the citation.
func context(text string, ct Citation) string {
	const stops = "。\n；"
	s := 0
	if i := strings.LastIndexAny(text[:ct.at], stops); i >= 0 {
		_, n := utf8.DecodeRuneInString(text[i:])
		s = i + n
	}
	e := len(text)
	if i := strings.IndexAny(text[ct.end:], stops); i >= 0 {
		e = ct.end + i
	}
	return text[s:ct.at] + " " + text[ct.end:e]
}

// commonGrams say nothing about which article a sentence relies on.
var commonGrams = map[string]bool{}

func init() {
	for _, g := range strings.Fields("根据 依据 按照 依照 规定 的规 定的 本办 办法 本规 本条 条例 制定 中华 华人 人民 民共 共和 和国 有关 相关 应当 执行 以下 下列 本法") {
		commonGrams[g] = true
	}
}

// grams are the distinct pairs of adjacent Han characters of s.
func grams(s string) map[string]bool {
	out := map[string]bool{}
	var prev rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			if prev != 0 {
				g := string([]rune{prev, r})
				if !commonGrams[g] {
					out[g] = true
				}
			}
			prev = r
			continue
		}
		prev = 0
	}
	return out
}

// overlap is the share of g found in words.
func overlap(g map[string]bool, words string) float64 {
	if len(g) == 0 {
		return 0
	}
	w := grams(words)
	n := 0
	for k := range g {
		if w[k] {
			n++
		}
	}
	return float64(n) / float64(len(g))
}

func clip(s string, n int) string {
	r := []rune(strings.ReplaceAll(s, "\n", ""))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
