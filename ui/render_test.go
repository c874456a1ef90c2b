package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

var sizes = [][2]int{{80, 24}, {100, 30}, {120, 40}, {81, 25}, {99, 31}, {133, 41}}

// fits checks what a user would see break: a line wider than the terminal
// (it would wrap mid-row) or more lines than rows.
func fits(t *testing.T, name, out string, w, h int) {
	t.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		t.Errorf("%s %dx%d: %d lines", name, w, h, len(lines))
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("%s %dx%d: line %d is %d cells: %q", name, w, h, i, n, ansi.Strip(l))
		}
	}
}

func TestEveryScreenFitsEveryWindow(t *testing.T) {
	st, _ := demoStore(t)
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			m := loaded(t, st, w, h)
			out := m.Render()
			fits(t, "queue", out, w, h)
			plain := ansi.Strip(out)
			// All seven tabs stay visible, shortened if need be.
			if first := strings.SplitN(plain, "\n", 2)[0]; !strings.Contains(first, "全部 11") || !strings.Contains(first, "7 清理 0") {
				t.Errorf("queue tabs cut at %d columns: %q", w, first)
			}
			// Long titles end in an ellipsis instead of wrapping.
			if !strings.Contains(plain, "…") {
				t.Errorf("no truncated title at %d columns:\n%s", w, plain)
			}
			press(m, "?")
			fits(t, "help", m.Render(), w, h)
			if !strings.Contains(ansi.Strip(m.Render()), "全部按键") {
				t.Error("help overlay not shown")
			}
			press(m, "esc")
			run(m, m.openDoc(4))
			press(m, "n")
			out = m.Render()
			fits(t, "document", out, w, h)
			if !strings.Contains(ansi.Strip(out), "依据：") {
				t.Errorf("finding panel missing:\n%s", ansi.Strip(out))
			}
			press(m, "D")
			out = m.Render()
			fits(t, "decision", out, w, h)
			if !strings.Contains(ansi.Strip(out), "修改后通过") {
				t.Errorf("decision dialog missing:\n%s", ansi.Strip(out))
			}
		})
	}
}

func TestBelowMinimumSizeSaysSo(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 60, 20)
	out := ansi.Strip(m.Render())
	if !strings.Contains(out, "终端太小：至少需要 80×24，当前 60×20") {
		t.Errorf("no size notice:\n%s", out)
	}
	fits(t, "small", m.Render(), 60, 20)
}
