package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// A reviewer registered (予以登记) a supplemented filed document whose
// materials were all still recorded as missing: the form took it, show
// kept listing ✗起草说明 ✗制定依据…, and the 备案登记通知 told the issuer
// “报送材料齐全”. The form now refuses, naming what is missing and what to
// do; once the materials are marked received (m), the registration goes.
func TestRegisteringWithMaterialsMissingIsRefusedOnScreen(t *testing.T) {
	st, _ := demoStore(t)
	var id uint64
	rows, _ := st.Summaries()
	for _, r := range rows {
		if d, _ := st.Document(r.ID); r.Kind == review.Filed && r.Stage == review.StageIntake && len(d.MissingMaterials()) > 0 {
			id = r.ID
			break
		}
	}
	if id == 0 {
		t.Fatal("the demo has no filed document at intake with materials missing")
	}
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(id))
	press(m, "D", "left", "enter") // 予以登记, past the proposed deferral
	out := ansi.Strip(m.Render())
	if d, _ := st.Document(id); d.Stage != review.StageIntake || !strings.Contains(out, "无法登记审查：材料尚缺：起草说明") {
		t.Fatalf("registered with materials missing: %s\n%s", d.Stage, out)
	}
	d, _ := st.Document(id)
	var evs []review.Event
	for _, mat := range d.MissingMaterials() {
		evs = append(evs, review.NewEvent(id, review.MaterialsMarked{Material: mat, Present: true}))
	}
	if _, err := st.DoAll(evs); err != nil {
		t.Fatal(err)
	}
	run(m, m.openDoc(id))
	press(m, "D", "enter")
	if d, _ := st.Document(id); d.Stage != review.StageLegality {
		t.Errorf("with the materials received: %s\n%s", d.Stage, ansi.Strip(m.Render()))
	}
}
