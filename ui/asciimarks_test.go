package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// With --ascii a filed document missing every material showed
// “[x] 起草说明 [x] 制定依据…”, which in plain text reads as ticked: the
// reviewer took the materials for received. A missing material and a
// failed checklist item are “[!]” there, never “[x]”.
func TestASCIIMarksDoNotReadMissingAsTicked(t *testing.T) {
	st, _ := demoStore(t)
	m := New(Options{Store: st, Today: testToday, ASCII: true})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(m, loadSummaries(st, m.ctx))
	run(m, m.openDoc(7)) // filed, at intake, its materials not received
	out := ansi.Strip(m.Render())
	if strings.Contains(out, "[x]") || !strings.Contains(out, "[!] 起草说明") {
		t.Errorf("a missing material in ascii:\n%s", out)
	}
}
