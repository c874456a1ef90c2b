package review

// metaedit.go: what a reviewer's edit of a document's metadata records.

import (
	"slices"
	"strconv"
	"strings"
)

// Edit is the MetadataEdited event that takes m to next, and whether
// anything changed. A new issuer name brings its type along unless the
// reviewer chose the type; the fields edited leave FromText (what was
// changed is no longer what the text said). The screen's form and the meta
// command both record through it.
func (m Meta) Edit(next Meta) (MetadataEdited, bool) {
	var changed []string
	diff := func(field string, differs bool) {
		if differs {
			changed = append(changed, field)
		}
	}
	diff(MetaTitle, m.Title != next.Title)
	diff(MetaDocNumber, m.DocNumber != next.DocNumber)
	diff(MetaIssuer, m.Issuer != next.Issuer)
	diff(MetaDraftingUnit, m.DraftingUnit != next.DraftingUnit)
	diff(MetaValidityYears, m.ValidityYears != next.ValidityYears)
	diff(MetaValidityEnd, !m.ValidityEnd.Equal(next.ValidityEnd))
	diff(MetaAffectsOperators, m.AffectsOperators != next.AffectsOperators)
	if m.Issuer != next.Issuer && m.IssuerType == next.IssuerType && (m.IssuerType == IssuerUnknown || m.Read(MetaIssuerType)) {
		next.IssuerType = InferIssuerType(next.Issuer)
	}
	diff(MetaIssuerType, m.IssuerType != next.IssuerType)
	diff(MetaFiledVia, m.FiledVia != next.FiledVia)
	diff(MetaPublished, !m.Published.Equal(next.Published))
	if len(changed) == 0 {
		return MetadataEdited{}, false
	}
	next.FromText = slices.DeleteFunc(slices.Clone(m.FromText), func(x string) bool { return slices.Contains(changed, x) })
	return MetadataEdited{Meta: next, Changed: changed}, true
}

// ParseValidity reads a validity as typed: years ("5", "5年") or an end
// date ("2030-12-31"); empty clears both (the default applies).
func ParseValidity(s string) (years int, end Date, ok bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "年"))
	if s == "" {
		return 0, Date{}, true
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n, Date{}, n > 0 && n <= 50
	}
	if d, err := ParseDate(s); err == nil {
		return 0, d, true
	}
	return 0, Date{}, false
}
