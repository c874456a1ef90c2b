package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// A filed document's 公布日期 can be set in the metadata form (m): the
// filing clock runs from it (the signing date standing in while it is
// empty), and the issuer's filing report states it when the text does not.
// Walking a real filed document there was no way to enter it.
func TestMetadataFormSetsAFiledDocumentsPublicationDate(t *testing.T) {
	st, _ := demoStore(t)
	var id uint64
	rows, _ := st.Summaries()
	for _, r := range rows {
		if r.Kind == review.Filed && !r.Stage.Closed() {
			id = r.ID
			break
		}
	}
	if id == 0 {
		t.Fatal("the demo has no open filed document")
	}
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(id))
	press(m, "m")
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "公布日期") {
		t.Fatalf("the form of a filed document has no 公布日期:\n%s", out)
	}
	for range 8 { // title … filed via, then 公布日期
		press(m, "j")
	}
	press(m, "enter", "ctrl+u")
	typeText(m, "2026-02-30")
	press(m, "enter")
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "不是有效的年数或日期") {
		t.Fatalf("a date that does not exist must be refused in place:\n%s", out)
	}
	press(m, "ctrl+u")
	typeText(m, "2026-10-09")
	press(m, "enter", "S")
	d, _ := st.Document(id)
	if d.Meta.Published != review.MustDate("2026-10-09") {
		t.Fatalf("公布日期 %q after the form (status %q)", d.Meta.Published, m.status)
	}
	// A draft's form has no such row: its publication is recorded by a.
	var draft uint64
	for _, r := range rows {
		if r.Kind == review.Draft {
			draft = r.ID
			break
		}
	}
	run(m, m.openDoc(draft))
	press(m, "m")
	if out := ansi.Strip(m.Render()); strings.Contains(out, "公布日期") {
		t.Errorf("a draft's form offers 公布日期:\n%s", out)
	}
}
