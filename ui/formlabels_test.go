package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// In English at 80 columns the registration form of a filed document read
// “Reason or what to suppl…”: the label column is a third of the form, and
// that label alone overflowed it. Every label of the form is whole.
func TestRegistrationFormLabelsAreWholeInEnglishAt80(t *testing.T) {
	st, _ := demoStore(t)
	var intake uint64
	rows, _ := st.Summaries()
	for _, r := range rows {
		if r.Kind == review.Filed && r.Stage == review.StageIntake {
			intake = r.ID
			break
		}
	}
	if intake == 0 {
		t.Fatal("the demo has no filed document at intake")
	}
	m := New(Options{Store: st, Today: testToday, Lang: review.EN})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(m, loadSummaries(st, m.ctx))
	run(m, m.openDoc(intake))
	press(m, "D")
	out := ansi.Strip(m.Render())
	for _, want := range []string{"Result", "Date", "Supplement by", "Reason / to supplement"} {
		if !strings.Contains(out, want+" ") {
			t.Errorf("the registration form lacks the whole label %q:\n%s", want, out)
		}
	}
}
