package rules

import (
	"sort"
	"strings"

	"beishen/review"
)

// Check runs the sentence rules over text and returns the findings sorted by
// their start offset. It needs no metadata; see CheckDocument for the
// document-level checks.
func Check(text string) []review.Finding {
	return checkSentences(text, Split(text), statuteTitle(firstLine(text)))
}

func checkSentences(text string, sents []Sentence, statute bool) []review.Finding {
	var out []review.Finding
	var exceptions map[string]bool // article → Art.12 exception stated, computed lazily
	for _, s := range sents {
		mask := scanner.scan(s.Text)
		if mask == 0 {
			continue
		}
		var cites *citations
		for i, r := range sentenceRules {
			if mask&(1<<uint(i)) == 0 {
				continue
			}
			f, ok := r.apply(s, &cites)
			if !ok {
				continue
			}
			if statute && r.statuteLowers {
				f.Severity = review.Low
				f.Reason += "（本文件为法律法规，可在权限内设定，请核对上位法）"
			}
			if r.Category == review.FairCompetition {
				if exceptions == nil {
					exceptions = articleExceptions(sents)
				}
				if exceptions[s.Article] {
					f.Severity = review.Low
					f.Reason += "（所在条款已写明第十二条例外的理由、替代方案评估和期限）"
				}
			}
			out = append(out, f)
		}
	}
	sortFindings(out)
	return out
}

// apply runs one rule on one sentence.
func (r *sentenceRule) apply(s Sentence, cites **citations) (review.Finding, bool) {
	if s.UnderBan && r.Category == review.FairCompetition {
		return review.Finding{}, false
	}
	b0, b1 := -1, -1
	for _, t := range r.triggers {
		// Look past matches that sit inside a prohibition: the same words may
		// recur later in the sentence as an actual requirement.
		for _, loc := range t.FindAllStringIndex(s.Text, 4) {
			if loc[1] == loc[0] {
				continue
			}
			if bannedBefore(s.Text, loc[0]) {
				continue
			}
			if r.Category == review.FairCompetition && describedAsWrong(s.Text, loc[0]) {
				continue
			}
			if b0 < 0 || loc[0] < b0 {
				b0, b1 = loc[0], loc[1]
			}
			break
		}
	}
	if b0 < 0 {
		return review.Finding{}, false
	}
	if s.UnderBan && r.Category == review.Legality {
		return review.Finding{}, false
	}
	for _, q := range r.requires {
		if !q.MatchString(s.Text) {
			return review.Finding{}, false
		}
	}
	for _, q := range r.suppress {
		if q.MatchString(s.Text) {
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
	f.Start, f.End = runeSpan(s, b0, b1)
	f.Excerpt = s.Text[b0:b1]
	if r.cite != citeIgnore {
		if *cites == nil {
			c := readCitations(s.Text)
			*cites = &c
		}
		c := *cites
		switch {
		case c.proper && r.cite == citeSuppress:
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

// articleExceptions tells, per article label, whether the article states all
// three conditions of the Art.12 exception. Sentences outside any article
// are grouped under "".
func articleExceptions(sents []Sentence) map[string]bool {
	texts := map[string]*strings.Builder{}
	for _, s := range sents {
		b := texts[s.Article]
		if b == nil {
			b = &strings.Builder{}
			texts[s.Article] = b
		}
		b.WriteString(s.Text)
	}
	out := make(map[string]bool, len(texts))
	for a, b := range texts {
		out[a] = exception12(b.String())
	}
	return out
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
