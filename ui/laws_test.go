package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// B opens the 法规 screen: pinyin initials find a title, enter reads it,
// ] goes to the next chapter, / jumps to an article, and article text is
// searched too; every view fits 80×24 and 120×40.
func TestLawsScreen(t *testing.T) {
	st, _ := demoStore(t)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		w, h := sz[0], sz[1]
		m := loaded(t, st, w, h)
		press(m, "B", "/")
		typeText(m, "gpjzsc")
		out := ansi.Strip(m.Render())
		fits(t, "laws list", m.Render(), w, h)
		if !strings.Contains(out, "> 《公平竞争审查条例》") {
			t.Fatalf("%dx%d: initials did not find the title:\n%s", w, h, out)
		}
		// enter on the search line opens the first hit, as in the queue
		press(m, "enter", "]")
		out = ansi.Strip(m.Render())
		fits(t, "law reader", m.Render(), w, h)
		if !strings.Contains(out, "第二章 审查标准") || !strings.Contains(out, "第八条") {
			t.Errorf("%dx%d: ] did not reach the second chapter:\n%s", w, h, out)
		}
		press(m, "/")
		typeText(m, "18")
		press(m, "enter")
		if lines := strings.Split(ansi.Strip(m.Render()), "\n"); !strings.HasPrefix(strings.TrimSpace(lines[1]), "第十八条") {
			t.Errorf("%dx%d: / 18 did not jump:\n%s", w, h, strings.Join(lines[:3], "\n"))
		}
		press(m, "esc", "/")
		for range "gpjzsc" {
			press(m, "backspace")
		}
		typeText(m, "不得设定行政处罚")
		if out := ansi.Strip(m.Render()); !strings.Contains(out, "《行政处罚法》第十六条") {
			t.Errorf("%dx%d: article text not searched:\n%s", w, h, out)
		}
		press(m, "enter") // the hit opens at its article
		if lines := strings.Split(ansi.Strip(m.Render()), "\n"); !strings.HasPrefix(strings.TrimSpace(lines[1]), "第十六条") {
			t.Errorf("%dx%d: enter on a text hit did not open at the article:\n%s", w, h, strings.Join(lines[:3], "\n"))
		}
		press(m, "esc", "esc", "esc")
		if m.screen != scrQueue {
			t.Errorf("%dx%d: esc esc did not return to the queue", w, h)
		}
	}
}
