package rules

import (
	_ "embed"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"beishen/review"
	"beishen/review/rules/places"
)

// The rules name phrasings and frames; on clauses nobody tuned them on they
// miss about a quarter of the fair-competition cases, and reading more cases
// into them has been measured three times to fit the cases read, not the
// ones unseen. A linear scorer learned from the cases over the rules' own
// words (which of the dictionary's words a sentence holds, and whether an
// operator stands beside a place) weighs the combination instead: a
// sentence no rule caught whose words together read like the published
// cases becomes a low-severity finding that names those words.
//
// The weights (learned_fc.tsv) are written by
// `go test ./review/rules -run TestLearnWeights -learn.write` from the read
// halves of the corpus's published cases and of the blind sets, against the
// national regulations of corpus/bulk and the blind sets' lawful
// look-alikes; learned_train_test.go says how and measures it.

//go:embed learned_fc.tsv
var learnedFCTable string

// learnedRule describes the finding of the learned scorer.
var learnedRule = RuleInfo{ID: "S03", Category: review.FairCompetition, Severity: review.Low,
	Title: "要素组合与已纠正案例相近", TitleEN: "Reads like the published cases",
	Basis:       []string{"《公平竞争审查条例》第八条至第十一条"},
	Description: "句子没有规则命中，但其中经营者、地域、条件或优惠等要素的组合与已公布的违反公平竞争审查标准的案例相近（由案例学习所得的评分）；请对照所列要素和最相近的案例核查。"}

// learnedAsRule reads the context of the scorer's heaviest word as a
// sentence rule of its category reads a match.
var learnedAsRule = &sentenceRule{RuleInfo: learnedRule}

// learnedModel is a linear score over the words a sentence holds.
type learnedModel struct {
	weight    []float32 // by dictionary word id; 0 for words it did not learn
	bias      float32
	nearPlace float32 // an operator and a named place in the sentence
	nearOwn   float32 // an operator and the drafter's own place (本市, 本县…)
	threshold float32
}

// Feature ids beyond the dictionary's words.
const (
	featNearPlace = -1
	featNearOwn   = -2
)

var (
	learnedOnce sync.Once
	learnedFC   *learnedModel
)

// learnedModelFC returns the embedded fair-competition model, read once.
func learnedModelFC() *learnedModel {
	learnedOnce.Do(func() { learnedFC = parseLearned(learnedFCTable) })
	return learnedFC
}

// parseLearned reads a table of "name<TAB>weight" lines: the special names
// #bias, #threshold, #near-place, #near-own, and dictionary words. A word the
// dictionary no longer holds (a rule dropped it) is skipped.
func parseLearned(table string) *learnedModel {
	m := &learnedModel{weight: make([]float32, len(scanner.words))}
	for line := range strings.SplitSeq(table, "\n") {
		name, val, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(val, 32)
		if err != nil {
			continue
		}
		w := float32(f)
		switch name {
		case "#bias":
			m.bias = w
		case "#threshold":
			m.threshold = w
		case "#near-place":
			m.nearPlace = w
		case "#near-own":
			m.nearOwn = w
		default:
			if id, ok := dict.ids[name]; ok {
				m.weight[id] = w
			}
		}
	}
	return m
}

// learnable reports whether a dictionary word is one the scorer weighs: a
// single rune (县, 局, 市) names the register of local documents, not a
// practice, and 某 is how case lists hide a name, which documents never do.
func learnable(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && !strings.Contains(w, "某")
}

// learnedCandidate reports whether the scorer reads the sentence: the same
// sentences a published case could be like (similarFinding), shorter ones
// included, for clauses are often short. learnedFinding asks the same in
// two steps, the dear tests only of sentences that score high.
func learnedCandidate(s Sentence, words *present) bool {
	return learnedTopic(s, words) && !banned(s.Text, words)
}

// learnedTopic is the cheap half of learnedCandidate: the scan has seen an
// operator, a benefit, a fee, an exit, a designation or a measure.
func learnedTopic(s Sentence, words *present) bool {
	return !s.UnderBan && len(s.Text) >= 30 && caseTopics(words)
}

// banned is the dear half: the sentence is a prohibition's chapeau or lies
// wholly under a ban. A sentence the scan found no ban word in lies under
// none: bannedBefore's search, word by word, is left to those that hold one.
func banned(text string, words *present) bool {
	return isBanChapeau(text) || words.inSet(banBit) && bannedBefore(text, len(text))
}

// learnedFeatures appends to out the features of the sentence scanned into
// words: its learnable words, and an operator beside the drafter's own place
// or beside a named one.
func learnedFeatures(out []int32, text string, words *present) []int32 {
	out = learnedWordFeatures(out, words)
	if operatorNamed(words) {
		if _, ok := namedPlace(text); ok {
			out = append(out, featNearPlace)
		}
	}
	return out
}

// learnedWordFeatures are the features the scan alone tells: the learnable
// words seen, and an operator beside the drafter's own place.
func learnedWordFeatures(out []int32, words *present) []int32 {
	for _, id := range words.seen {
		if learnableID(id) {
			out = append(out, id)
		}
	}
	if operatorNamed(words) && ownPlaces.in(words) {
		out = append(out, featNearOwn)
	}
	return out
}

// operatorNamed reports whether the scan saw an operator or a procedure
// that has bidders.
func operatorNamed(words *present) bool { return parties.in(words) || tenders.in(words) }

// namedPlace returns the first place the sentence names from the gazetteer,
// or as elsewhere (外地, 县外): the drafter's own place (本市, 县内) is the
// other feature. Taiwan, Hong Kong and Macao have rules of their own, and
// 全县 names a scope.
func namedPlace(text string) (string, bool) {
	for _, p := range places.FindIn(text, 0, len(text)) {
		if (p.Code != "" || p.Other) && !strings.HasPrefix(p.Name, "全") && p.Code != "71" && p.Code != "81" && p.Code != "82" {
			return text[p.Start:p.End], true
		}
	}
	return "", false
}

var (
	learnableOnce sync.Once
	learnableIDs  []bool
)

func learnableID(id int32) bool {
	learnableOnce.Do(func() {
		learnableIDs = make([]bool, len(scanner.words))
		for i, w := range scanner.words {
			learnableIDs[i] = learnable(w)
		}
	})
	return learnableIDs[id]
}

// score is the model's score of a sentence's features.
func (m *learnedModel) score(feats []int32) float32 {
	z := m.bias
	for _, id := range feats {
		z += m.featWeight(id)
	}
	return z
}

func (m *learnedModel) featWeight(id int32) float32 {
	switch id {
	case featNearPlace:
		return m.nearPlace
	case featNearOwn:
		return m.nearOwn
	}
	return m.weight[id]
}

// learnedFinding reports a sentence no rule caught whose words together
// score like the published cases, naming the words that weigh most.
func learnedFinding(s Sentence, words *present) (review.Finding, bool) {
	if !learnedTopic(s, words) {
		return review.Finding{}, false
	}
	m := learnedModelFC()
	// The words the table does not weigh (one rune, 某) weigh nothing, so
	// the sum over the words seen is the score; the feature list is built
	// only for a sentence that scores high. The gazetteer scan and the
	// tests of context are dear too; most sentences never need them.
	z := m.bias
	for _, id := range words.seen {
		z += m.weight[id]
	}
	operator := operatorNamed(words)
	if operator && ownPlaces.in(words) {
		z += m.nearOwn
	}
	if !operator && z < m.threshold || operator && z+max(m.nearPlace, 0) < m.threshold {
		return review.Finding{}, false
	}
	var buf [64]int32
	feats := learnedWordFeatures(buf[:0], words)
	if operator {
		if _, ok := namedPlace(s.Text); ok {
			feats = append(feats, featNearPlace)
			z += m.nearPlace
		}
	}
	if z < m.threshold || banned(s.Text, words) || containsAny(s.Text, openChoices) || nationalScopeOnly(s.Text) ||
		treatedAlike(s.Text) || outsidersUnburdened(s.Text) || citesLawArticle(s.Text) {
		return review.Finding{}, false
	}
	// The words weigh the same wherever they stand; whether the heaviest is
	// the sentence's own measure or one it bans, denies, deletes or names as
	// a wrong is read as the rules read a match.
	if at := m.heaviestAt(s.Text, feats); at >= 0 && learnedAsRule.inContext(s.Text, at, words) {
		return review.Finding{}, false
	}
	f := review.Finding{
		Rule: learnedRule.ID, Category: learnedRule.Category, Severity: review.Low, Title: learnedRule.Title, Basis: learnedRule.Basis,
		Line: s.Line, Clause: s.Clause, Excerpt: s.Text,
		Reason: "句中" + strings.Join(m.heaviest(s.Text, feats, 4), "、") + "等要素同时出现，组合与已纠正的案例相近（评分 " +
			strconv.FormatFloat(float64(z), 'f', 1, 32) + "，阈值 " + strconv.FormatFloat(float64(m.threshold), 'f', 1, 32) + "）；没有规则命中，请核查",
	}
	f.Start, f.End = runeSpan(s, 0, len(s.Text))
	return f, true
}

// heaviestAt is the byte offset in text of the heaviest word among feats
// (-1 if none weighs above nothing).
func (m *learnedModel) heaviestAt(text string, feats []int32) int {
	best, at := float32(0), -1
	for _, id := range feats {
		if id >= 0 && m.weight[id] > best {
			if i := strings.Index(text, scanner.words[id]); i >= 0 {
				best, at = m.weight[id], i
			}
		}
	}
	return at
}

// firstOf returns the first word of c in text (by position).
func firstOf(text string, c *concept) string {
	best, at := "", len(text)
	for _, w := range c.words {
		if i := strings.Index(text, w); i >= 0 && i < at {
			best, at = w, i
		}
	}
	return best
}

// citesLawArticle reports whether the sentence names the article of a law
// or regulation it follows ("依照《中华人民共和国政府采购法实施条例》第三十三条
// 的规定", or, after it, "依照该条例第四十八条的规定"): a measure the law sets
// is no case, whatever its words.
func citesLawArticle(s string) bool { return namesLawArticle(s) || thatLawArticle.MatchString(s) }

var thatLawArticle = regexp.MustCompile(`该(?:法|条例)第[一二三四五六七八九十百零〇\d]+条`)

// outsidersUnburdened reports whether the sentence lets outside operators
// or goods do something, spares them a step, or names only a duty the law
// lays on all ("县外生产的建材经检测合格的，可以在本县工程中使用", "外省建筑
// 企业进入本省承揽业务的，实行告知承诺制，无需备案", "外省企业在本市经营的，
// 依法接受市场监管部门的检查"), and sets no condition of its own on them.
func outsidersUnburdened(s string) bool {
	if !containsAny(s, outsiderStarts) {
		return false
	}
	rest := s
	for _, w := range outsiderReliefs {
		rest = strings.ReplaceAll(rest, w, "，")
	}
	return len(rest) < len(s) && !containsAny(rest, []string{"须", "需", "应当", "方可", "才能", "才可", "仅", "只", "不得", "不予", "禁止", "限"})
}

// outsiderReliefs are what outsiders are allowed, spared or held to by law.
var outsiderReliefs = []string{"可以", "允许", "准予", "欢迎", "无需", "无须", "不需", "免于", "免予", "依法"}

// heaviest names the n features that raise the score most, in the reader's
// words: 「供应商」, or 经营者与「本县」 for the place features.
func (m *learnedModel) heaviest(text string, feats []int32, n int) []string {
	sorted := append([]int32(nil), feats...)
	sort.SliceStable(sorted, func(i, j int) bool { return m.featWeight(sorted[i]) > m.featWeight(sorted[j]) })
	var out, named []string
	for _, id := range sorted {
		if len(out) == n || m.featWeight(id) <= 0 {
			break
		}
		var w, name string
		switch id {
		case featNearPlace:
			w, _ = namedPlace(text)
			name = "经营者与「" + w + "」"
		case featNearOwn:
			w = firstOf(text, ownPlaces)
			name = "经营者与「" + w + "」"
		default:
			w = scanner.words[id]
			name = "「" + w + "」"
		}
		if !slices.Contains(named, w) {
			named = append(named, w)
			out = append(out, name)
		}
	}
	return out
}
