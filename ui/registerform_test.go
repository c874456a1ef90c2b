package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// The registration form of a filed document with papers missing names them
// and proposes 暂缓登记 (予以登记 is refused until they come, workflow 4);
// chosen anyway, 予以登记 is refused inside the form, which stays open with
// the reason instead of closing on a status line. Found walking a real
// filed document in English at 80×24: enter on the default 予以登记 closed
// the form with "cannot decide the registration: materials missing…".
func TestRegistrationFormProposesTheDeferralWhilePapersAreMissing(t *testing.T) {
	st, _ := demoStore(t)
	var id uint64
	rows, _ := st.Summaries()
	for _, r := range rows {
		if r.Kind != review.Filed || r.Stage != review.StageIntake {
			continue
		}
		if d, _ := st.Document(r.ID); len(d.MissingMaterials()) > 0 {
			id = r.ID
			break
		}
	}
	if id == 0 {
		t.Fatal("the demo has no filed document at registration with papers missing")
	}
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(id))
	press(m, "D")
	out := ansi.Strip(m.Render())
	if m.ff == nil || !strings.Contains(out, "缺少材料：") || m.ff.fields[0].choice != 1 {
		t.Fatalf("the form must name the missing papers and propose 暂缓登记:\n%s", out)
	}
	press(m, "left", "enter") // 予以登记 after all
	if m.ff == nil || !strings.Contains(ansi.Strip(m.Render()), "材料") {
		t.Fatalf("a refused registration must keep the form open with the reason:\n%s", ansi.Strip(m.Render()))
	}
	if d, _ := st.Document(id); d.Stage != review.StageIntake {
		t.Fatalf("the refused registration moved the document to %s", d.Stage)
	}
	press(m, "right", "enter") // 暂缓登记
	d, _ := st.Document(id)
	if d.Stage != review.StageDeferred || len(d.Registration.Missing) == 0 {
		t.Fatalf("after the deferral: %s %+v", d.Stage, d.Registration)
	}
}
