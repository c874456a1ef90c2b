package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"beishen/review"
)

// A refusal too long for the status line says "M 看全文"; M shows it in
// full, wrapped, with its time in China time, newest first.
func TestMessageLogShowsCutMessagesInFull(t *testing.T) {
	for _, lang := range []review.Lang{review.ZH, review.EN} {
		st, _ := demoStore(t)
		m := New(Options{Store: st, Today: testToday, Lang: lang})
		m.ctx.Now = func() time.Time { return time.Date(2026, 11, 20, 1, 30, 5, 0, time.UTC) } // 09:30:05 in China
		tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24),
			teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
		wait := func(s ...string) { t.Helper(); waitScreen(t, tm, s...) }
		more, last := "M 看全文", "FC8）"
		if lang == review.EN {
			more, last = "M full text", "FC8)"
		}
		wait("2026-12-07")
		tm.Type("4") // 公平竞争审查: one document, its checklist untouched
		tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
		wait("FC0")
		tm.Type("a")
		wait(more)
		tm.Type("M")
		wait("09:30:05", last)
		tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
		tm.Type("q")
		final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
		out := strings.Join(messageLines(final.ctx, final.msgLog, 80), "\n")
		if !strings.Contains(ansi.Strip(out), "FC6") || len(final.msgLog) == 0 || !final.msgLog[len(final.msgLog)-1].err {
			t.Errorf("%s: the log lacks the refusal as an error:\n%s", lang, ansi.Strip(out))
		}
		st.Close()
	}
}
