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
	"beishen/storage"
)

// space moves on after every mark, 不适用 → 未查 included; marking the last
// item never lands on (or opens) the exception fields below it; the footer
// follows the focus; all in Chinese at 80×24 and English at 120×40.
func TestChecklistSpaceMovesOnAndNeverOpensAPrompt(t *testing.T) {
	for _, tc := range []struct {
		lang       review.Lang
		w, h       int
		cycle, fnd string
	}{{review.ZH, 80, 24, "清单标记", "确认发现"}, {review.EN, 120, 40, "cycle mark", "confirm finding"}} {
		st, path := demoStore(t)
		const doc = 2 // at 公平竞争审查, checklist untouched
		if _, _, err := st.Do(review.NewEvent(doc, review.ChecklistMarked{Item: "FC3", Mark: review.NotApplicable})); err != nil {
			t.Fatal(err)
		}
		tm := teatest.NewTestModel(t, New(Options{Store: st, Today: testToday, Lang: tc.lang}),
			teatest.WithInitialTermSize(tc.w, tc.h),
			teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
		wait := func(s string) { t.Helper(); waitScreen(t, tm, s) }
		key := func(code rune, text string) { tm.Send(tea.KeyPressMsg{Code: code, Text: text}) }
		space := func(n int) {
			for range n {
				key(tea.KeySpace, " ")
			}
		}
		wait("2026-12-07")
		tm.Type("4")
		key(tea.KeyEnter, "")
		wait("FC8")
		key(tea.KeyTab, "")
		wait(tc.cycle)
		tm.Type("jjj") // FC3, 不适用
		space(2)       // FC3 → 未查 and on; FC4 → 符合 and on
		space(4)       // FC5…FC8 符合; the cursor stays on FC8
		space(2)       // FC8 → 不符合 → 不适用, still no prompt
		tm.Type("q")   // quits: no prompt swallowed it
		final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
		if final.dlg != nil {
			t.Fatalf("%s: a mark opened a prompt: %q", tc.lang, final.dlg.title)
		}
		foot := ansi.Strip(final.footer(tc.w))
		if !strings.Contains(foot, tc.cycle) || strings.Contains(foot, tc.fnd) {
			t.Errorf("%s: checklist footer %q", tc.lang, foot)
		}
		final.doc.focus = focusText
		if foot := ansi.Strip(final.footer(tc.w)); !strings.Contains(foot, tc.fnd) {
			t.Errorf("%s: text footer %q", tc.lang, foot)
		}
		st.Close()
		st2, err := storage.Open(path, storage.Options{})
		if err != nil {
			t.Fatal(err)
		}
		d, _ := st2.Document(doc)
		want := map[string]review.Mark{"FC0": review.Unchecked, "FC3": review.Unchecked, "FC4": review.Conforms,
			"FC5": review.Conforms, "FC7": review.Conforms, "FC8": review.NotApplicable}
		for id, m := range want {
			if got := d.Check(id).Mark; got != m {
				t.Errorf("%s: %s is %q, want %q", tc.lang, id, got, m)
			}
		}
		if d.Exception.Used() {
			t.Errorf("%s: an exception was recorded: %+v", tc.lang, d.Exception)
		}
		st2.Close()
	}
}

// The help overlay's document column lists a, D and c (built from FullHelp).
func TestHelpDocumentColumnListsAdvanceDecideComment(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 120, 40)
	doc := m.keys.FullHelp()[2]
	for _, b := range []string{"a", "D", "c"} {
		found := false
		for _, k := range doc {
			found = found || k.Help().Key == b
		}
		if !found {
			t.Errorf("the 文件 group lacks %s", b)
		}
	}
	press(m, "?")
	out := ansi.Strip(m.Render())
	for _, want := range []string{"推进到下一阶段", "作出决定", "批注", "消息记录"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
}
