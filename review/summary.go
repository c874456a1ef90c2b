package review

import "time"

// Summary is what the queue needs of a document: small enough that 100,000
// of them load at start-up without the texts or the findings.
type Summary struct {
	ID               uint64     `json:"id"`
	Kind             Kind       `json:"kind"`
	Title            string     `json:"title"`
	DocNumber        string     `json:"doc_number,omitempty"`
	Issuer           string     `json:"issuer,omitempty"`
	DraftingUnit     string     `json:"drafting_unit,omitempty"`
	Stage            Stage      `json:"stage"`
	Received         Date       `json:"received"`
	StageSince       Date       `json:"stage_since"`
	Pauses           []Pause    `json:"pauses,omitempty"`
	Published        Date       `json:"published"`
	Effective        Date       `json:"effective"`
	ValidityYears    int        `json:"validity_years,omitempty"`
	ValidityEnd      Date       `json:"validity_end"`
	Provisional      bool       `json:"provisional,omitempty"`
	AffectsOperators bool       `json:"affects_operators,omitempty"`
	High             int        `json:"high,omitempty"`
	Medium           int        `json:"medium,omitempty"`
	Low              int        `json:"low,omitempty"`
	Outcome          Outcome    `json:"outcome,omitempty"`
	IssuerType       IssuerType `json:"issuer_type,omitempty"`
	Filings          []Filing   `json:"filings,omitempty"` // the filing clocks need them
	Version          int        `json:"version"`
	Updated          time.Time  `json:"updated"`
	Assignee         string     `json:"assignee,omitempty"`
	// IssuerDue is the day a filed document's issuer must supplement,
	// answer or correct by (Document.IssuerDue), while the office waits
	// on it: the queue's due date at those stages.
	IssuerDue            Date `json:"issuer_due,omitzero"`
	IssuerDueProvisional bool `json:"issuer_due_provisional,omitempty"`
}

// Summarize derives the queue row of d.
func Summarize(d *Document) Summary {
	h, m, l := d.OpenFindings()
	s := Summary{
		ID: d.ID, Kind: d.Kind, Title: d.Meta.Title, DocNumber: d.Meta.DocNumber,
		Issuer: d.Meta.Issuer, DraftingUnit: d.Meta.DraftingUnit, Stage: d.Stage,
		Received: d.Meta.Received, StageSince: d.StageSince, Pauses: d.Pauses,
		Published: d.Meta.Published, Effective: d.Meta.Effective,
		ValidityYears: d.Meta.ValidityYears, ValidityEnd: d.Meta.ValidityEnd,
		Provisional: d.Meta.Provisional, AffectsOperators: d.Meta.AffectsOperators,
		High: h, Medium: m, Low: l, Outcome: d.Outcome, IssuerType: d.Meta.IssuerType, Filings: d.Filings, Version: d.Version, Updated: d.Updated,
		Assignee: d.Assignee,
	}
	if due, _, ok := d.IssuerDue(); ok {
		s.IssuerDue, s.IssuerDueProvisional = due, d.IssuerDueProvisional()
	}
	return s
}
