package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// In the checklist, 1/2/3/0 mark an item directly (no cycling past a mark
// to reach another), and Y marks every item still 未查 符合 after a
// confirmation that names them, once no finding is open. Found walking a
// draft: with space alone, correcting one mark took three presses and
// moved the cursor each time.
func TestChecklistMarksDirectlyAndTheRestAtOnce(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(3)) // a filed document in the legality review, 3 open findings
	press(m, "tab", "Y")
	if p := ansi.Strip(m.Render()); !strings.Contains(p, "条发现未处理") {
		t.Fatalf("Y with open findings must say so:\n%s", p)
	}
	press(m, "tab", "n", "y", "y", "y", "tab") // confirm the three, back to the checklist
	press(m, "2", "3", "1")                    // LC1 不符合, LC2 不适用, LC3 符合
	press(m, "k", "0")                         // LC3 back to 未查
	d, _ := st.Document(3)
	for id, want := range map[string]review.Mark{"LC1": review.Nonconforming, "LC2": review.NotApplicable, "LC3": review.Unchecked} {
		if got := d.Check(id).Mark; got != want {
			t.Errorf("%s = %q, want %q", id, got, want)
		}
	}
	press(m, "Y")
	if p := ansi.Strip(m.Render()); !strings.Contains(p, "项未查项标为“符合”") || !strings.Contains(p, "LC3") {
		t.Fatalf("Y must ask first, naming the items:\n%s", p)
	}
	press(m, "y")
	d, _ = st.Document(3)
	for _, it := range review.LegalityItems {
		got := d.ItemMark(it)
		switch {
		case it.ID == "LC1" && got != review.Nonconforming, it.ID == "LC2" && got != review.NotApplicable:
			t.Errorf("%s was marked before and is now %q", it.ID, got)
		case got == review.Unchecked:
			t.Errorf("%s is still 未查 after Y", it.ID)
		case len(d.Confirmed(it)) > 0 && got != review.Nonconforming:
			t.Errorf("%s bears a confirmed finding and is %q", it.ID, got)
		}
	}
	// u takes the whole of Y back: LC3 and the others are 未查 again, the
	// marks set one by one before it stay.
	press(m, "u")
	d, _ = st.Document(3)
	for id, want := range map[string]review.Mark{"LC1": review.Nonconforming, "LC2": review.NotApplicable, "LC3": review.Unchecked, "LC18": review.Unchecked} {
		if got := d.Check(id).Mark; got != want {
			t.Errorf("after u, %s = %q, want %q (status %q)", id, got, want, m.status)
		}
	}
}
