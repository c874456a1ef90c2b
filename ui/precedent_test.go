package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/rules"
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

// A long rule title gives way before the finding's place and state: at 80
// columns in English, L19's title ran past the line's end and took "n/m"
// and "Open" with it.
func TestFindingHeadKeepsItsPlaceAndState(t *testing.T) {
	st, _ := demoStore(t)
	text := "临江区网约车管理办法\n一、网约车驾驶员须取得本市户籍。\n"
	id := importChecked(t, st, text, rules.Check(text)).Doc.ID
	for _, lang := range []review.Lang{review.EN, review.ZH} {
		m := loadedIn(t, st, 80, 24, lang)
		run(m, m.openDoc(id))
		seen := false
		for range 6 {
			press(m, "n")
			for _, line := range strings.Split(ansi.Strip(m.Render()), "\n") {
				if !strings.Contains(line, "L19 ") {
					continue
				}
				seen = true
				if !strings.Contains(line, "/") || !strings.Contains(line, "待处理") && !strings.Contains(line, "Open") {
					t.Errorf("%s: the finding's place or state is cut: %q", lang, line)
				}
			}
		}
		if !seen {
			t.Errorf("%s: no L19 finding shown:\n%s", lang, ansi.Strip(m.Render()))
		}
	}
}
