package review

import (
	"slices"
	"testing"
)

// A resubmitted text replaces what the old text said and fills what was
// empty; a value the reviewer typed stays whatever the new text says.
func TestRereadKeepsWhatTheReviewerTyped(t *testing.T) {
	old := Meta{Title: "某县办法（征求意见稿）", Issuer: "某县人民政府", DocNumber: "某府发〔2026〕1号",
		FromText: []string{MetaTitle}} // issuer and number were typed
	read := Meta{Title: "某县办法", Issuer: "某县人民政府办公室", DocNumber: "某府发〔2026〕2号", Effective: MustDate("2027-01-01"),
		FromText: []string{MetaTitle, MetaIssuer, MetaDocNumber, MetaEffective}}
	got, changed := old.Reread(read)
	if got.Title != "某县办法" || got.Effective != MustDate("2027-01-01") {
		t.Errorf("title %q effective %s: the text's own words must be taken", got.Title, got.Effective)
	}
	if got.Issuer != "某县人民政府" || got.DocNumber != "某府发〔2026〕1号" {
		t.Errorf("issuer %q number %q: typed values must stay", got.Issuer, got.DocNumber)
	}
	if !slices.Equal(changed, []string{MetaTitle, MetaEffective}) || !got.Read(MetaEffective) || got.Read(MetaIssuer) {
		t.Errorf("changed %v, from text %v", changed, got.FromText)
	}
	if slices.Contains(old.FromText, MetaEffective) {
		t.Error("Reread changed the receiver's FromText")
	}
}

// A document published with a later 施行日期 reads 已公布待施行 until that
// day, and 已生效 from it; other stages keep their names.
func TestStageLabelBeforeTheEffectiveDate(t *testing.T) {
	eff := MustDate("2027-02-01")
	if got := StageInForce.LabelOn(eff, MustDate("2026-12-03")).ZH; got != "已公布待施行" {
		t.Errorf("before 施行: %s", got)
	}
	if got := StageInForce.LabelOn(eff, eff).ZH; got != "已生效" {
		t.Errorf("on the day: %s", got)
	}
	if got := StageCleanup.LabelOn(eff, MustDate("2026-12-03")).ZH; got != StageCleanup.Label().ZH {
		t.Errorf("another stage: %s", got)
	}
}
