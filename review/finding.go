package review

import "fmt"

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
