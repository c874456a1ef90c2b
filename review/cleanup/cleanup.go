// Package cleanup holds the cleanup campaigns of legal-rules.md §7: which
// in-force documents a superior-law change touches, the selection filter,
// a campaign's progress and the lists an office publishes at its end
// (继续有效目录, 废止目录, 失效目录). It reads documents and texts handed to
// it and touches no disk.
package cleanup

import (
	"regexp"
	"slices"
	"strings"

	"beishen/review"
)

// LawChange is a change of superior law that obliges cleanup: Law took
// effect on Effective and repealed the laws in Repealed (short names,
// without 中华人民共和国).
type LawChange struct {
	Law       string
	Effective review.Date
	Repealed  []string
}

// CivilCode is the 民法典 change (民法典第一千二百六十条, C‑6): from
// 2021-01-01 it repealed nine laws. The same names are rule P01's anchors
// in review/rules.
var CivilCode = LawChange{
	Law:       "民法典",
	Effective: review.MustDate("2021-01-01"),
	Repealed:  []string{"婚姻法", "继承法", "民法通则", "收养法", "担保法", "合同法", "物权法", "侵权责任法", "民法总则"},
}

// KnownChanges are the law changes the tool knows by name.
var KnownChanges = []LawChange{CivilCode}

// ChangeNamed finds a known change by its law's name (with or without
// 中华人民共和国 and book-title marks).
func ChangeNamed(name string) (LawChange, bool) {
	n := shortName(name)
	for _, c := range KnownChanges {
		if c.Law == n {
			return c, true
		}
	}
	return LawChange{}, false
}

// shortName strips book-title marks, anything after them (article numbers)
// and the 中华人民共和国 prefix: "《中华人民共和国合同法》第五十二条" → "合同法".
func shortName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "《")
	if i := strings.Index(s, "》"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimPrefix(s, "中华人民共和国")
}

// citePattern matches a citation of law in a text: only inside book-title
// marks, so that 《劳动合同法》 is not taken for 《合同法》.
func citePattern(law string) *regexp.Regexp {
	return regexp.MustCompile(`《(?:中华人民共和国)?` + regexp.QuoteMeta(law) + `》`)
}

// Cited returns the laws among laws that the text or the legal bases cite,
// in the order of laws.
func Cited(text string, bases []string, laws []string) []string {
	var out []string
	for _, law := range laws {
		hit := citePattern(law).MatchString(text)
		for _, b := range bases {
			if shortName(b) == law {
				hit = true
			}
		}
		if hit {
			out = append(out, law)
		}
	}
	return out
}

// Proposal is a document a campaign should take up, and why.
type Proposal struct {
	Doc    uint64   `json:"doc"`
	Title  string   `json:"title"`
	Number string   `json:"doc_number,omitempty"`
	Issuer string   `json:"issuer,omitempty"`
	Cites  []string `json:"cites,omitempty"`
	Reason string   `json:"reason"`
}

// Filter selects documents for a campaign. Zero fields do not filter.
type Filter struct {
	Issuer string      // 制定机关 contains this
	From   review.Date // published (or effective) on or after
	To     review.Date // published (or effective) on or before
	Cites  []string    // cites at least one of these laws (short names)
}

// Select returns the in-force documents that match f, in ID order. texts
// holds the current version's text of each document.
func Select(docs []review.Document, texts map[uint64]string, f Filter) []Proposal {
	var out []Proposal
	for _, d := range docs {
		if d.Stage != review.StageInForce {
			continue
		}
		if f.Issuer != "" && !strings.Contains(d.Meta.Issuer, f.Issuer) {
			continue
		}
		day := d.Meta.Published
		if day.IsZero() {
			day = d.Meta.Effective
		}
		if (!f.From.IsZero() && (day.IsZero() || day.Before(f.From))) || (!f.To.IsZero() && (day.IsZero() || day.After(f.To))) {
			continue
		}
		p := Proposal{Doc: d.ID, Title: d.Meta.Title, Number: d.Meta.DocNumber, Issuer: d.Meta.Issuer}
		if len(f.Cites) > 0 {
			p.Cites = Cited(texts[d.ID], d.Meta.LegalBases, f.Cites)
			if len(p.Cites) == 0 {
				continue
			}
			p.Reason = "引用已废止的" + quoted(p.Cites)
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Proposal) int { return int(a.Doc) - int(b.Doc) })
	return out
}

// Propose lists the in-force documents whose current text or legal bases
// cite a law that change repealed: the documents a cleanup opened by that
// change takes up.
func Propose(docs []review.Document, texts map[uint64]string, change LawChange) []Proposal {
	out := Select(docs, texts, Filter{Cites: change.Repealed})
	for i := range out {
		out[i].Reason = "《" + change.Law + "》施行后，" + out[i].Reason
	}
	return out
}

func quoted(laws []string) string {
	var b strings.Builder
	for _, l := range laws {
		b.WriteString("《" + l + "》")
	}
	return b.String()
}
