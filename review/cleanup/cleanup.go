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
	"beishen/review/laws"
)

// LawChange is a change of superior law that obliges cleanup: Law took
// effect on Effective and repealed the laws in Repealed and revised those
// in Amended (short names, without 中华人民共和国).
type LawChange struct {
	Law       string
	Effective review.Date
	Repealed  []string
	Amended   []string
}

// LibraryUpdate is the Law of a change that an import of the law library
// brought (beishen laws import), rather than one act.
const LibraryUpdate = "法规库更新"

// CivilCode is the 民法典 change (民法典第一千二百六十条, C‑6): from
// 2021-01-01 it repealed nine laws. It comes from the law library's list of
// repealed laws, as every known change does.
var CivilCode, _ = ChangeNamed("民法典")

// KnownChanges are the law changes the library's list of repealed laws
// names: one per repealing act, with the laws it repealed.
func KnownChanges() []LawChange {
	var out []LawChange
	idx := map[string]int{}
	for _, c := range laws.EmbeddedChanges() {
		if c.Kind != laws.Repealed || c.By == "" {
			continue
		}
		by := laws.ShortName(c.By)
		i, ok := idx[by]
		if !ok {
			i = len(out)
			idx[by] = i
			out = append(out, LawChange{Law: by, Effective: c.Date})
		}
		if !slices.Contains(out[i].Repealed, c.Law) {
			out[i].Repealed = append(out[i].Repealed, c.Law)
		}
	}
	return out
}

// ChangeNamed finds a known change by its law's name (with or without
// 中华人民共和国 and book-title marks).
func ChangeNamed(name string) (LawChange, bool) {
	n := shortName(name)
	for _, c := range KnownChanges() {
		if c.Law == n {
			return c, true
		}
	}
	return LawChange{}, false
}

// FromLibrary is the change the latest import of the law library brought,
// if it changed, dropped or newly repealed any law: laws the collection no
// longer has and laws a repeal clause names count as repealed, laws with a
// new or different version as amended.
func FromLibrary(events []review.Event) (LawChange, bool) {
	for i := len(events) - 1; i >= 0; i-- {
		e := events[i]
		if e.Type != review.EvLawsImported {
			continue
		}
		p, err := e.Decode()
		if err != nil {
			return LawChange{}, false
		}
		li := p.(*review.LawsImported)
		if len(li.Affected()) == 0 {
			continue
		}
		ch := LawChange{Law: LibraryUpdate, Effective: e.Day(), Amended: li.Changed}
		for _, l := range [][]string{li.Gone, li.Repealed} {
			for _, n := range l {
				if !slices.Contains(ch.Repealed, n) {
					ch.Repealed = append(ch.Repealed, n)
				}
			}
		}
		return ch, true
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
	// Articles are the cited articles of those laws: 《合同法》第五十二条.
	Articles []string `json:"articles,omitempty"`
	Reason   string   `json:"reason"`
}

// Filter selects documents for a campaign. Zero fields do not filter.
type Filter struct {
	Issuer string      // 制定机关 contains this
	From   review.Date // published (or effective) on or after
	To     review.Date // published (or effective) on or before
	Cites  []string    // cites at least one of these laws (short names)
}

// reason says why a document met f, for the campaign's 纳入理由:
// "制定机关含“教育局”，公布于2020-01-01以后" (no preamble: the member list's
// column is narrow, and the campaign already says it selects).
// A filter that cites laws gives its own reason (Select).
func (f Filter) reason() string {
	var parts []string
	if f.Issuer != "" {
		parts = append(parts, issuerContains+"“"+f.Issuer+"”")
	}
	switch {
	case !f.From.IsZero() && !f.To.IsZero():
		parts = append(parts, publishedIn+f.From.String()+"至"+f.To.String())
	case !f.From.IsZero():
		parts = append(parts, publishedIn+f.From.String()+"以后")
	case !f.To.IsZero():
		parts = append(parts, publishedIn+f.To.String()+"以前")
	}
	if len(parts) == 0 {
		return everyInForce
	}
	return strings.Join(parts, "，")
}

// Select returns the in-force documents that match f, in ID order. texts
// holds the current version's text of each document.
func Select(docs []review.Document, texts map[uint64]string, f Filter) []Proposal {
	var out []Proposal
	why := f.reason()
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
		p := Proposal{Doc: d.ID, Title: d.Meta.Title, Number: d.Meta.DocNumber, Issuer: d.Meta.Issuer, Reason: why}
		if len(f.Cites) > 0 {
			p.Cites = Cited(texts[d.ID], d.Meta.LegalBases, f.Cites)
			if len(p.Cites) == 0 {
				continue
			}
			p.Reason = citesRepealed + quoted(p.Cites)
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Proposal) int { return int(a.Doc) - int(b.Doc) })
	return out
}

// Propose lists the in-force documents whose current text or legal bases
// cite a law that change repealed or amended, naming the cited articles:
// the documents a cleanup opened by that change takes up.
func Propose(docs []review.Document, texts map[uint64]string, change LawChange) []Proposal {
	all := append(slices.Clone(change.Repealed), change.Amended...)
	out := Select(docs, texts, Filter{Cites: all})
	for i := range out {
		p := &out[i]
		var rep, am []string
		for _, l := range p.Cites {
			if slices.Contains(change.Repealed, l) {
				rep = append(rep, l)
			} else {
				am = append(am, l)
			}
		}
		var parts []string
		if len(rep) > 0 {
			what := citesRepealed
			if change.Law == LibraryUpdate {
				what = citesDropped // the collection drops a law once repealed
			}
			parts = append(parts, what+quoted(rep))
		}
		if len(am) > 0 {
			parts = append(parts, citesAmended+quoted(am))
		}
		p.Articles = CitedArticles(texts[p.Doc], p.Cites)
		p.Reason = "《" + change.Law + "》施行后，" + strings.Join(parts, "，")
		if change.Law == LibraryUpdate {
			p.Reason = LibraryUpdate + "（" + change.Effective.String() + "）：" + strings.Join(parts, "，")
		}
		if len(p.Articles) > 0 {
			p.Reason += "（" + strings.Join(p.Articles, "、") + "）"
		}
	}
	return out
}

// CitedArticles names the articles of the laws that text cites:
// 《中华人民共和国合同法》第五十二条 → 《合同法》第五十二条.
func CitedArticles(text string, ls []string) []string {
	var out []string
	for _, c := range laws.Cite(text) {
		if !slices.Contains(ls, c.Name) {
			continue
		}
		for _, r := range c.Refs {
			a := "《" + c.Name + "》" + r.String()
			if !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
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
