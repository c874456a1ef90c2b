package ui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
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
			// Document 4 is filed: D opens its review outcome, not a draft's decision.
			if !strings.Contains(ansi.Strip(out), "审查无问题") {
				t.Errorf("review outcome dialog missing:\n%s", ansi.Strip(out))
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

// At 100×30 the help overlay lays the keys out in three columns and shows
// every one of them without scrolling, in both languages.
func TestHelpFitsAHundredByThirtyWithoutScrolling(t *testing.T) {
	st, _ := demoStore(t)
	for _, lang := range []review.Lang{review.ZH, review.EN} {
		m := New(Options{Store: st, Today: testToday, Lang: lang})
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		run(m, loadSummaries(st, m.ctx))
		press(m, "?")
		out := ansi.Strip(m.Render())
		fits(t, "help", m.Render(), 100, 30)
		if n := len(helpLines(m.ctx, m.keys, 100)); n > m.bodyHeight() {
			t.Errorf("%s: help is %d lines, the window shows %d", lang, n, m.bodyHeight())
		}
		for _, b := range []key.Binding{m.keys.Up, m.keys.Import, m.keys.Diff, m.keys.Filing, m.keys.CloseCampaign} {
			if !strings.Contains(out, b.Help().Desc) {
				t.Errorf("%s: help lacks %q:\n%s", lang, b.Help().Desc, out)
			}
		}
		// Three groups side by side on the first row of columns.
		if row := strings.Split(out, "\n")[2]; !strings.Contains(row, m.ctx.groupTitles()[2]) {
			t.Errorf("%s: not three columns: %q", lang, row)
		}
	}
}
