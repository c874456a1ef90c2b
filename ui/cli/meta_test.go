package cli

import (
	"slices"
	"strings"
	"testing"

	"beishen/review"
)

// meta is the m form for scripts: only the flags given change (an empty
// one clears), a new issuer brings its type, a filed document's 公布日期
// moves its filing clock; bad values are refused naming what is allowed,
// and nothing is stored for them.
func TestMetaEditsOnlyTheFieldsGiven(t *testing.T) {
	r := newRoad(t)
	r.at("2026-12-03")
	id := r.importKind(review.Filed, review.Meta{Title: "物业通知", Issuer: "青川市住房和城乡建设局", Signed: review.MustDate("2026-10-01"),
		DocNumber: "青住建规〔2026〕4号", AffectsOperators: true}, filedText)
	given := func(flags ...string) func(string) bool {
		return func(f string) bool { return slices.Contains(flags, f) }
	}
	before := r.doc(id).Meta

	out := r.ok(r.e.Meta(id, MetaOptions{Given: given()}))
	for _, want := range []string{"--number", "青住建规〔2026〕4号", "--published"} {
		if !strings.Contains(out, want) {
			t.Errorf("meta with no flag must print the fields, lacks %q:\n%s", want, out)
		}
	}
	if msg := r.refused(r.e.Meta(id, MetaOptions{IssuerType: "bureau", Given: given("issuer-type")})); !strings.Contains(msg, "department=工作部门") {
		t.Errorf("an unknown issuer type: %q", msg)
	}
	if msg := r.refused(r.e.Meta(id, MetaOptions{Validity: "五年", Given: given("validity")})); !strings.Contains(msg, "--validity") {
		t.Errorf("a validity that is neither years nor a date: %q", msg)
	}
	r.ok(r.e.Meta(id, MetaOptions{Published: "2026-10-20", Validity: "3", Issuer: "青川市人民政府", Given: given("published", "validity", "issuer")}))
	d := r.doc(id)
	if d.Meta.Published != review.MustDate("2026-10-20") || d.Meta.ValidityYears != 3 || d.Meta.Issuer != "青川市人民政府" ||
		d.Meta.IssuerType != review.IssuerGovernment || d.Meta.DocNumber != before.DocNumber || d.Meta.Title != before.Title {
		t.Fatalf("after meta: %+v", d.Meta)
	}
	if out := r.ok(r.e.Show(id, false, false)); !strings.Contains(out, "公布日期：2026-10-20") {
		t.Errorf("show after meta --published:\n%s", out)
	}
	if out := r.ok(r.e.Meta(id, MetaOptions{Validity: "3", Given: given("validity")})); !strings.Contains(out, "无需记录") {
		t.Errorf("an edit that changes nothing: %q", out)
	}
	draft := r.importMeta(review.Meta{Title: "草案"}, "第一条 为了测试，制定本办法。\n")
	if msg := r.refused(r.e.Meta(draft, MetaOptions{Published: "2026-10-20", Given: given("published")})); !strings.Contains(msg, "publish") {
		t.Errorf("a draft's publication date set by meta: %q", msg)
	}
}
