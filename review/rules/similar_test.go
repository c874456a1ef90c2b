package rules

import (
	"strings"
	"testing"

	"beishen/review"
	"beishen/review/precedent"
)

// sourceOf names the published list a case comes from: the similarity
// findings are measured with the case's whole source held out of the
// library, as if the sentence came from a list the library does not have.
func sourceOf(c *precedent.Case) string {
	switch {
	case c.Paraphrase:
		return c.Publisher
	case strings.HasPrefix(c.ID, "X-"):
		return c.ID[:strings.LastIndex(c.ID, "-")]
	}
	return c.ID
}

// TestSimilarityHeldOut measures what the similarity findings add: on each
// published case (its own source held out of the library) that no rule
// reports, does a sentence close to another source's case get reported; and
// on texts that prohibit the practices and on the national regulations, how
// many similarity findings appear.
func TestSimilarityHeldOut(t *testing.T) {
	defer func() { precedentSkip = nil }()
	// [0] verbatim clauses, [1] bulletins' descriptions
	var added, missed, wrong [2]int
	for i := range precedent.All() {
		c := &precedent.All()[i]
		k := 0
		if c.Paraphrase {
			k = 1
		}
		src := sourceOf(c)
		precedentSkip = func(o *precedent.Case) bool { return sourceOf(o) == src }
		ruled, similar := false, false
		for _, f := range Check(c.Text) {
			switch {
			case f.Rule == "S01" || f.Rule == "S02":
				if f.Category == c.Category {
					similar = true
				} else {
					wrong[k]++
				}
			case f.Category == c.Category:
				ruled = true
			}
		}
		if !ruled {
			missed[k]++
			if similar {
				added[k]++
			}
		}
	}
	precedentSkip = nil
	for k, kind := range []string{"verbatim clauses", "bulletin descriptions"} {
		t.Logf("%s no rule reports: %d; the similarity finding reports %d of them (%d findings of another category)", kind, missed[k], added[k], wrong[k])
	}

	negatives := readCorpusDir(t, "corpus/dev/negatives")
	for name, text := range negatives {
		for _, f := range Check(text) {
			if f.Rule == "S01" || f.Rule == "S02" {
				t.Errorf("%s: similarity finding on a text that prohibits the practice: %q (%s)", name, f.Excerpt, f.Precedent.ID)
			}
		}
	}
}

func TestSimilarityNoiseOnRegulations(t *testing.T) {
	n, chars := countOnBulk(t, func(f review.Finding) bool { return f.Rule == "S01" || f.Rule == "S02" })
	perK := float64(n) * 1000 / float64(chars)
	t.Logf("corpus/bulk: %d similarity findings, %.4f per 1,000 characters", n, perK)
	if perK > 0.01 {
		t.Errorf("similarity findings on national regulations: %.4f per 1,000 characters, want at most 0.01", perK)
	}
}

// A sentence that repeats a published violation with another place and
// number is reported and names the case, and the case is the one a
// reviewer reads with it.
func TestSimilarFindingNamesTheCase(t *testing.T) {
	var c *precedent.Case
	for i := range precedent.All() {
		if x := &precedent.All()[i]; !x.Paraphrase && x.Category == review.FairCompetition && len([]rune(x.Text)) > 30 {
			c = x
			break
		}
	}
	if c == nil {
		t.Fatal("no verbatim case in the library")
	}
	for _, f := range Check(c.Text) {
		p := NearestPrecedent(c.Text, f)
		if p == nil || p.ID != c.ID || p.Similarity < 0.99 {
			t.Errorf("finding %s on case %s's own text: nearest precedent %+v", f.Rule, c.ID, p)
		}
	}
}

// A sentence that names the whole country is not like a case of local
// registration, however close its words (set 1's clean look-alike B-CL-091).
func TestSimilarityLeavesTheWholeCountry(t *testing.T) {
	for _, s := range []string{
		"申报主体须为在中国境内注册、具有独立法人资格的企业。",
		"参加投标的供应商应当是在中华人民共和国境内依法注册、具有独立承担民事责任能力的法人。",
	} {
		for _, f := range Check(s) {
			if f.Category == review.FairCompetition {
				t.Errorf("%s %q on %q: the whole country is no locality", f.Rule, f.Excerpt, s)
			}
		}
	}
}

// A sentence that leaves the choice with the buyer is not like a case of a
// designation, however close its words.
func TestSimilarityLeavesAnOpenChoice(t *testing.T) {
	for _, s := range []string{
		"机动车安全技术检验由依法取得资质的检验机构承担，车主可自主选择。",
		"学生校服由家长按照自愿原则购买，学校统一组织时应当公开征求意见。",
	} {
		for _, f := range Check(s) {
			if f.Category == review.FairCompetition {
				t.Errorf("%s %q on %q: an open choice restricts no one", f.Rule, f.Excerpt, s)
			}
		}
	}
}
