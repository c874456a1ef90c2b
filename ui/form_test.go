package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/intake"
	"beishen/storage"
)

// formRow is the metadata form's line that holds label.
func formRow(t *testing.T, m *Model, label string) string {
	t.Helper()
	for _, l := range strings.Split(ansi.Strip(m.Render()), "\n") {
		if strings.Contains(l, label) {
			return l
		}
	}
	t.Fatalf("the form has no %q row:\n%s", label, ansi.Strip(m.Render()))
	return ""
}

// The demo's 先进制造业 text says 有效期至2029年12月31日: the form shows that
// date marked as read from the text, not "有效期（年） 0". A text that
// states no validity shows the default as a default; a date typed in is
// recorded and shown as typed in.
func TestMetaFormSaysWhatTheTextStatedAndWhatIsADefault(t *testing.T) {
	st, _ := demoStore(t)
	d1, _ := st.Document(1)
	if !d1.Meta.Read(review.MetaValidityEnd) || !d1.Meta.Read(review.MetaTitle) || d1.Meta.Read(review.MetaValidityYears) {
		t.Fatalf("import recorded FromText %v", d1.Meta.FromText)
	}
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(1))
	press(m, "m")
	if row := formRow(t, m, "有效期"); !strings.Contains(row, "至 2029-12-31 （文本）") {
		t.Errorf("validity row %q", row)
	}
	if row := formRow(t, m, "标题"); !strings.Contains(row, "（文本）") {
		t.Errorf("title row %q", row)
	}
	if row := formRow(t, m, "起草单位"); !strings.Contains(row, "（录入）") {
		t.Errorf("drafting unit row %q", row)
	}
	press(m, "esc")

	// A text without a validity clause.
	text := "临江区停车场管理办法\n\n第一条 为规范停车场管理，制定本办法。\n第二条 本办法自2027年1月1日起施行。\n"
	meta := intake.ExtractMeta(text).Editable()
	res, err := st.Import(storage.ImportItem{Kind: review.Draft, Meta: meta,
		Version: storage.NewVersion{FileName: "p.txt", Format: "txt", Encoding: "UTF-8", SHA256: "sha-p", Text: text, RulesVersion: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	id := res.Doc.ID
	run(m, loadSummaries(st, m.ctx))
	run(m, m.openDoc(id))
	press(m, "m")
	if row := formRow(t, m, "有效期"); !strings.Contains(row, "未载明，按 5 年 （默认）") {
		t.Errorf("default validity row %q", row)
	}
	// An issuer type nobody set says 未填 once (it said “未填（未填）”).
	if row := formRow(t, m, "制定机关类型"); strings.Count(row, "未填") != 1 {
		t.Errorf("issuer type row %q", row)
	}
	for range fValidity {
		press(m, "down")
	}
	press(m, "enter")
	typeText(m, "2030-12-31")
	press(m, "enter", "S")
	d, _ := st.Document(id)
	if !d.Meta.ValidityEnd.Equal(review.MustDate("2030-12-31")) || d.Meta.ValidityYears != 0 || d.Meta.Read(review.MetaValidityEnd) {
		t.Fatalf("after typing 2030-12-31: end %s years %d from text %v", d.Meta.ValidityEnd, d.Meta.ValidityYears, d.Meta.FromText)
	}
	if !slices.Contains(d.Meta.FromText, review.MetaTitle) {
		t.Errorf("the title no longer counts as read from the text: %v", d.Meta.FromText)
	}
	press(m, "m")
	if row := formRow(t, m, "有效期"); !strings.Contains(row, "至 2030-12-31 （录入）") {
		t.Errorf("typed validity row %q", row)
	}
	// English.
	m.ctx.Lang = review.EN
	if row := formRow(t, m, "Validity"); !strings.Contains(row, "until 2030-12-31 (entered)") {
		t.Errorf("English validity row %q", row)
	}
}
