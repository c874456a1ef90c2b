package review

import (
	"maps"
	"slices"
)

// Clone returns a copy of d that shares nothing Apply changes: a refused
// or optimistic action on the copy never reaches the original.
func (d Document) Clone() Document {
	c := d
	c.Meta.LegalBases = slices.Clone(d.Meta.LegalBases)
	c.Meta.FromText = slices.Clone(d.Meta.FromText)
	c.Findings = slices.Clone(d.Findings)
	for i := range c.Findings {
		c.Findings[i].Basis = slices.Clone(d.Findings[i].Basis)
	}
	c.Checks = maps.Clone(d.Checks)
	c.Material = maps.Clone(d.Material)
	c.Filings = slices.Clone(d.Filings)
	c.Cleanups = slices.Clone(d.Cleanups)
	c.Pauses = slices.Clone(d.Pauses)
	if d.Deliberation != nil {
		x := *d.Deliberation
		c.Deliberation = &x
	}
	if d.Registration != nil {
		x := *d.Registration
		x.Missing = slices.Clone(x.Missing)
		c.Registration = &x
	}
	if d.Review != nil {
		x := *d.Review
		c.Review = &x
	}
	c.Suspended = slices.Clone(d.Suspended)
	if d.Consultation != nil {
		x := *d.Consultation
		c.Consultation = &x
	}
	if d.Rereview != nil {
		x := *d.Rereview
		x.Changed, x.Reopened = slices.Clone(x.Changed), slices.Clone(x.Reopened)
		c.Rereview = &x
	}
	return c
}
