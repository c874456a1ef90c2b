package rules

import (
	"sort"
	"strings"

	"beishen/review"
	"beishen/review/precedent"
	"beishen/review/rules/places"
)

// The precedent library (package precedent) serves the checks twice: every
// finding carries the published case closest to its sentence, and a
// sentence very close to a published violation that no rule caught becomes
// a low-severity finding naming the case.

const (
	// similarThreshold is the similarity above which a sentence no rule
	// caught is reported as like a published case. Measured with each
	// case's own source held out of the library (TestSimilarityHeldOut):
	// at 0.4 it reports 4 of the 119 bulletin descriptions no rule
	// reports, no sentence of the texts that prohibit the practices, and 3
	// sentences in the 3.6 million characters of corpus/bulk (sentences of
	// at least 20 runes about operators or measures; shorter ones come
	// close by chance). At 0.35 the national regulations get three times
	// as many; at 0.5 fewer descriptions are reported.
	similarThreshold = 0.4
	// shownThreshold is the least similarity at which a case is shown with
	// a finding: below it the nearest case says little about the sentence.
	shownThreshold = 0.2
)

// similarRules describe the similarity findings, one per category.
var similarRules = []RuleInfo{
	{ID: "S01", Category: review.FairCompetition, Severity: review.Low,
		Title: "与已纠正案例相似", TitleEN: "Close to a published case",
		Basis:       []string{"《公平竞争审查条例》第八条至第十一条"},
		Description: "句子与已公布的违反公平竞争审查标准案例的条文高度相似，但没有规则命中；请对照案例核查。"},
	{ID: "S02", Category: review.Legality, Severity: review.Low,
		Title: "与已纠正案例相似", TitleEN: "Close to a published case",
		Basis:       []string{basis37},
		Description: "句子与已公布的被认定违法或不当的规范性文件条文高度相似，但没有规则命中；请对照案例核查。"},
}

// caseTopics reports whether the sentence scanned into words names an
// operator, a benefit, a fee, an exit, a designation or a measure on
// someone: what every published case is about. The one-pass scan has
// already seen these words, so most sentences are ruled out for free.
func caseTopics(words *present) bool {
	for _, c := range []*concept{parties, otherOperators, rewardWords, feeNames, exits, designations, penaltyKinds, coerciveKinds, sanctionKinds, rightsReductions, kin} {
		if c.in(words) {
			return true
		}
	}
	return false
}

var (
	// otherOperators are bodies that may be operators but are too common to
	// tie a frame to a place.
	otherOperators = newConcept("机构", "单位", "组织", "经销商", "代理", "协会", "商会")
	// kin are the relatives a measure may reach (罪责自负).
	kin = newConcept("子女", "配偶", "父母", "亲属", "家属", "家庭成员")
)

// precedentSkip leaves cases out of the library; tests set it to hold a
// case's own source out.
var precedentSkip func(*precedent.Case) bool

// openChoices say the choice stays with the operator or the buyer, or that
// all are treated alike: a sentence that says so restricts no one, however
// close its words come to a case.
var openChoices = []string{"自主选择", "自行选择", "自愿选择", "自愿原则", "自愿购买", "自愿参加", "平等对待", "一视同仁", "同等对待", "平等参与", "公平竞争方式", "公开招标方式", "不得限定", "不得指定"}

// NearestPrecedent returns the published case nearest to the sentence of
// text in which a finding sits, of the finding's category, or nil when no
// case comes close. It is computed when a finding is shown (the screen,
// show, check, the opinion letter), not stored, so that a newer library
// serves old reviews too.
func NearestPrecedent(text string, f review.Finding) *review.Precedent {
	return WithPrecedents(text, []review.Finding{f})[0].Precedent
}

// WithPrecedents returns the findings, each with its nearest published case.
func WithPrecedents(text string, fs []review.Finding) []review.Finding {
	out := make([]review.Finding, len(fs))
	var sents []Sentence
	for i, f := range fs {
		out[i] = f
		if f.Precedent != nil || f.Category != review.Legality && f.Category != review.FairCompetition {
			continue
		}
		if sents == nil {
			sents = Split(text)
		}
		sentence := f.Excerpt
		if j := sort.Search(len(sents), func(j int) bool { return sents[j].End > f.Start }); j < len(sents) && sents[j].Start <= f.Start {
			sentence = sents[j].Text
		}
		if m, ok := precedent.Nearest(sentence, precedent.Query{Category: f.Category, Skip: precedentSkip}); ok && m.Score >= shownThreshold {
			out[i].Precedent = m.Case.Precedent(m.Score)
		}
	}
	return out
}

// similarFinding reports a sentence no rule caught that reads like a
// published case's own wording.
func similarFinding(s Sentence, words *present) (review.Finding, bool) {
	// Only a sentence about operators or about a measure on someone can be
	// like a case; a prohibition or its chapeau ("不得含有下列内容：") is no
	// measure.
	if s.UnderBan || len(s.Text) < 60 || !caseTopics(words) || !precedent.Candidate(s.Text) || banned(s.Text, words) {
		return review.Finding{}, false
	}
	if nationalScopeOnly(s.Text) {
		return review.Finding{}, false
	}
	m, ok := precedent.Nearest(s.Text, precedent.Query{VerbatimOnly: true, Skip: precedentSkip})
	if !ok || m.Score < similarThreshold || m.Case.Category == review.FairCompetition && containsAny(s.Text, openChoices) {
		return review.Finding{}, false
	}
	info := similarRules[0]
	if m.Case.Category == review.Legality {
		info = similarRules[1]
	}
	c := m.Case
	f := review.Finding{
		Rule: info.ID, Category: info.Category, Severity: review.Low, Title: info.Title, Basis: info.Basis,
		Line: s.Line, Clause: s.Clause, Excerpt: s.Text,
		Reason:    "与已纠正案例 " + c.ID + "（" + c.Issuer + "《" + c.Document + "》）相似：" + c.Wrong,
		Precedent: c.Precedent(m.Score),
	}
	f.Start, f.End = runeSpan(s, 0, len(s.Text))
	return f, true
}

// nationalScopes name the whole country, where a tie to a place is no
// locality (申报主体须为在中国境内注册的企业).
var nationalScopes = []string{"中华人民共和国境内", "中国境内", "我国境内", "中华人民共和国", "中国", "全国"}

// nationalScopeOnly reports whether the sentence names the whole country and
// no other place: it may read like a published case of local registration,
// but the concept that made the case wrong is not there.
func nationalScopeOnly(text string) bool {
	if !containsAny(text, nationalScopes) {
		return false
	}
	for _, n := range nationalScopes {
		text = strings.ReplaceAll(text, n, "，")
	}
	return len(places.Find(text)) == 0
}
