package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The finding panel shows the published case nearest to the finding under
// the cursor: the case, what was wrong and who published it.
func TestDocumentPanelShowsTheNearestPrecedent(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(1))
	found := false
	for range 12 {
		press(m, "n")
		out := ansi.Strip(m.Render())
		if strings.Contains(out, "相似的已纠正案例") {
			found = true
			if !strings.Contains(out, "发布：") || !strings.Contains(out, "依据：") {
				t.Errorf("precedent without its publisher, or the basis pushed out:\n%s", out)
			}
			fits(t, "document", m.Render(), 100, 30)
			break
		}
	}
	if !found {
		t.Errorf("no finding of document 1 shows a precedent:\n%s", ansi.Strip(m.Render()))
	}
}
