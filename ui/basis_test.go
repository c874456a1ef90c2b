package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// `b` on a finding puts the article's words beside the draft, at the
// smallest and a common window; n follows the findings with the pane open;
// b closes it and the checklist is back.
func TestBasisPaneBesideTheDraft(t *testing.T) {
	st, _ := demoStore(t)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		w, h := sz[0], sz[1]
		m := loaded(t, st, w, h)
		run(m, m.openDoc(3))
		press(m, "n", "b")
		out := m.Render()
		fits(t, "basis", out, w, h)
		plain := ansi.Strip(out)
		for _, want := range []string{"依据条文", "《中华人民共和国行政处罚法》第十六条", "第十六条　除法律、法规、规章外"} {
			if !strings.Contains(plain, want) {
				t.Errorf("%dx%d: pane lacks %q:\n%s", w, h, want, plain)
			}
		}
		press(m, "n")
		if p := ansi.Strip(m.Render()); !strings.Contains(p, "《中华人民共和国行政许可法》第十七条") {
			t.Errorf("%dx%d: n with the pane open:\n%s", w, h, p)
		}
		press(m, "b", "tab", "j", "j", "b") // LC3 on the legality checklist
		if p := ansi.Strip(m.Render()); !strings.Contains(p, "依据条文 · LC3") || !strings.Contains(p, "第十六条") {
			t.Errorf("%dx%d: b on a checklist item:\n%s", w, h, p)
		}
		press(m, "b")
		if m.doc.basis != nil || strings.Contains(ansi.Strip(m.Render()), "依据条文 ·") {
			t.Errorf("%dx%d: b did not close the pane", w, h)
		}
	}
}

// Save and next keeps the basis pane on the finding shown: y (and x with
// its reason) move on to the next finding and the pane follows; it showed
// the basis of the finding just answered.
func TestBasisPaneFollowsSaveAndNext(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(3))
	press(m, "n", "b")
	first, cur := m.doc.basis.what, m.doc.cur
	press(m, "y")
	f, ok := m.doc.finding()
	if !ok || m.doc.cur != cur+1 || m.doc.basis == nil || !strings.HasPrefix(m.doc.basis.what, f.Rule) || m.doc.basis.what == first {
		t.Fatalf("after y: finding %d (%s), pane on %q (was %q)", m.doc.cur, f.Rule, m.doc.basis.what, first)
	}
	press(m, "x")
	for _, r := range "与上一条重复" {
		press(m, string(r))
	}
	press(m, "enter")
	f, _ = m.doc.finding()
	if m.doc.cur != cur+2 || !strings.HasPrefix(m.doc.basis.what, f.Rule) {
		t.Errorf("after x and its reason: finding %d (%s), pane on %q", m.doc.cur, f.Rule, m.doc.basis.what)
	}
	d, _ := st.Document(3)
	if got := d.Findings[m.doc.finds[cur+1]].Status; got != "dismissed" {
		t.Errorf("the dismissed finding is %q in the database", got)
	}
}
