package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// The metadata form of a filed document offers the channel it came
// through (the choice import --channel sets); a draft's form has no such
// row. Choosing by keys records it in the database.
func TestMetaFormSetsTheChannelOfAFiledDocument(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(3)) // filed by 青川市市场监督管理局, a department
	press(m, "m")
	if row := formRow(t, m, "备案渠道"); !strings.Contains(row, "本级人民政府 （默认）") {
		t.Errorf("unset channel row %q", row)
	}
	fits(t, "meta form of a filed document", m.Render(), 80, 24)
	for range fFiledVia {
		press(m, "down")
	}
	press(m, "enter")
	if row := formRow(t, m, "备案渠道"); !strings.Contains(row, "本级人大常委会 （录入）") {
		t.Errorf("chosen channel row %q", row)
	}
	press(m, "S")
	d, err := st.Document(3)
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.FiledVia != "npc" {
		t.Fatalf("stored channel %q, want npc", d.Meta.FiledVia)
	}
	evs, _ := st.Events(3)
	p, _ := evs[len(evs)-1].Decode()
	if e, ok := p.(*review.MetadataEdited); !ok || !slices.Equal(e.Changed, []string{review.MetaFiledVia}) {
		t.Errorf("last event %+v, want the metadata edit naming filed_via", p)
	}
	// Back to the government channel: the choice cycles.
	press(m, "m")
	for range fFiledVia {
		press(m, "down")
	}
	press(m, "enter", "S")
	if d, _ := st.Document(3); d.Meta.FiledVia != "government" {
		t.Errorf("stored channel %q, want government", d.Meta.FiledVia)
	}

	// A draft has no channel row, and moving down skips it.
	run(m, m.openDoc(1))
	press(m, "m")
	if strings.Contains(ansi.Strip(m.Render()), "备案渠道") {
		t.Error("a draft's form offers a filing channel")
	}
	for range fFiledVia {
		press(m, "down")
	}
	if m.form.row != fMaterials {
		t.Errorf("down from the issuer type lands on row %d, want the first material", m.form.row)
	}
}
