package review

import (
	"slices"
	"testing"
)

// An edit records the fields changed; a new issuer name brings its type
// when the type was unknown or read from the text, not when the reviewer
// chose it; the fields edited are no longer "from the text".
func TestEditRecordsWhatChangedAndInfersTheIssuerType(t *testing.T) {
	m := Meta{Title: "临江区老旧小区改造办法", FromText: []string{MetaTitle}}
	if _, ok := m.Edit(m); ok {
		t.Error("an edit that changes nothing records something")
	}
	next := m
	next.Issuer, next.Title = "临江区人民政府", "临江区城镇老旧小区改造办法"
	ed, ok := m.Edit(next)
	if !ok || ed.Meta.IssuerType == IssuerUnknown || !slices.Equal(ed.Changed, []string{MetaTitle, MetaIssuer, MetaIssuerType}) ||
		len(ed.Meta.FromText) != 0 {
		t.Errorf("unknown type: %+v", ed)
	}
	chosen := Meta{IssuerType: IssuerDepartment}
	next = chosen
	next.Issuer = "临江区人民政府"
	if ed, _ := chosen.Edit(next); ed.Meta.IssuerType != IssuerDepartment || !slices.Equal(ed.Changed, []string{MetaIssuer}) {
		t.Errorf("a chosen type was changed: %+v", ed)
	}
	pub := Meta{Signed: MustDate("2026-03-01")}
	next = pub
	next.Published = MustDate("2026-03-05")
	if ed, _ := pub.Edit(next); !slices.Equal(ed.Changed, []string{MetaPublished}) {
		t.Errorf("a publication date: %+v", ed)
	}
}

func TestParseValidityReadsYearsOrAnEndDate(t *testing.T) {
	for in, want := range map[string]struct {
		years int
		end   string
		ok    bool
	}{"5": {5, "", true}, "3年": {3, "", true}, "2030-12-31": {0, "2030-12-31", true}, "": {0, "", true},
		"0": {0, "", false}, "五年": {0, "", false}, "2030-02-30": {0, "", false}} {
		y, end, ok := ParseValidity(in)
		if y != want.years || end.String() != want.end || ok != want.ok {
			t.Errorf("ParseValidity(%q) = %d %q %v, want %+v", in, y, end, ok, want)
		}
	}
}
