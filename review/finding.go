package review

import (
	"fmt"
	"strings"
)

// Category groups findings the way review opinions are written: legality
// (合法性), fair competition (公平竞争) and procedure (程序).
type Category string

const (
	Legality        Category = "legality"
	FairCompetition Category = "fair_competition"
	Procedure       Category = "procedure"
)

var categoryLabels = map[Category]Label{
	Legality:        {"合法性", "Legality"},
	FairCompetition: {"公平竞争", "Fair competition"},
	Procedure:       {"程序", "Procedure"},
}

func (c Category) Label() Label { return labelOr(categoryLabels, c) }

// Severity orders findings for the reviewer's attention.
type Severity string

const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

var severityLabels = map[Severity]Label{
	High:   {"高", "High"},
	Medium: {"中", "Medium"},
	Low:    {"低", "Low"},
}

func (s Severity) Label() Label { return labelOr(severityLabels, s) }

// Rank is 0 for high, 1 for medium, 2 for low: the sort order of a queue.
func (s Severity) Rank() int {
	switch s {
	case High:
		return 0
	case Medium:
		return 1
	}
	return 2
}

// Finding is one automatic check's pointer at a span of text. It is a prompt
// for the reviewer, never a verdict: the reviewer confirms or dismisses it.
type Finding struct {
	Rule     string   `json:"rule"`
	Category Category `json:"category"`
	Severity Severity `json:"severity"`
	Title    string   `json:"title"`
	Basis    []string `json:"basis"`
	Line     int      `json:"line"`
	// Start and End are rune offsets into the extracted text.
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Excerpt string `json:"excerpt"`
	Reason  string `json:"reason,omitempty"`
	// Clause is the label of the clause the finding sits in (第三条, （二）), if any.
	Clause string `json:"clause,omitempty"`
	// Precedent is the published case nearest to the finding's sentence, if
	// one is close enough to be worth reading.
	Precedent *Precedent `json:"precedent,omitempty"`
}

// Precedent is a published case of a measure found unlawful or unfair: who
// issued the measure, in which document, what was wrong with it, and who
// published the finding.
type Precedent struct {
	ID        string `json:"id"`
	Issuer    string `json:"issuer,omitempty"`
	Document  string `json:"document,omitempty"`
	Text      string `json:"text"`
	Wrong     string `json:"wrong,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Source    string `json:"source,omitempty"`
	// Similarity is the cosine of the two texts' character bigrams, 0…1.
	Similarity float64 `json:"similarity"`
}

// Lines renders the precedent for a reader in lang: the case and its
// wording, then who published it and what was wrong. The screen, show and
// check print these.
func (p *Precedent) Lines(lang Lang) []string {
	if p == nil {
		return nil
	}
	who := p.Issuer
	if p.Document != "" {
		who = strings.TrimSpace(who + "《" + strings.Trim(p.Document, "《》") + "》")
	}
	l := []string{
		fmt.Sprintf(Label{"相似的已纠正案例（%s，相似度 %.0f%%）：%s", "Nearest published case (%s, similarity %.0f%%): %s"}.In(lang), p.ID, 100*p.Similarity, who),
		Label{"原文：", "Text: "}.In(lang) + clipRunes(p.Text, 120),
	}
	if p.Publisher != "" {
		l = append(l, Label{"发布：", "Published by: "}.In(lang)+p.Publisher)
	}
	if p.Wrong != "" {
		l = append(l, Label{"问题：", "What was wrong: "}.In(lang)+p.Wrong)
	}
	return l
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// Key identifies a finding within one version's text; confirm and dismiss
// events refer to it.
func (f Finding) Key() string { return fmt.Sprintf("%s@%d-%d", f.Rule, f.Start, f.End) }

func labelOr[K ~string](m map[K]Label, k K) Label {
	if l, ok := m[k]; ok {
		return l
	}
	return Label{string(k), string(k)}
}
