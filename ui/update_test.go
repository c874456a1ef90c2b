package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

func TestMarksThenOneConfirmationAppliesToAll(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	press(m, "2") // 登记 tab: four documents at intake
	if n := len(m.queue.visible); n != 4 {
		t.Fatalf("intake tab shows %d rows, want 4", n)
	}
	ids := []uint64{}
	for range 2 {
		id, _ := m.queue.current()
		ids = append(ids, id)
		press(m, "space")
	}
	press(m, "c")
	if m.dlg == nil || !strings.Contains(m.dlg.title, "2 件文件") {
		t.Fatalf("bulk comment dialog should name 2 documents, got %+v", m.dlg)
	}
	for _, r := range "请补充起草说明" {
		press(m, string(r))
	}
	press(m, "enter")
	if m.dlg != nil {
		t.Fatal("dialog still open after enter")
	}
	for _, id := range ids {
		evs, _ := st.Events(id)
		last := evs[len(evs)-1]
		p, _ := last.Decode()
		if c, ok := p.(*review.Comment); !ok || c.Text != "请补充起草说明" {
			t.Errorf("doc %d: last event %s %+v, want the bulk comment", id, last.Type, p)
		}
	}
	if len(m.queue.marks) != 0 {
		t.Errorf("marks not cleared after the action: %v", m.queue.marks)
	}
	// Bulk advance: intake documents with materials missing are refused,
	// each named in the report.
	press(m, "space", "space", "a")
	if m.dlg == nil || m.dlg.kind != dlgConfirm {
		t.Fatalf("advance should ask one confirmation, got %+v", m.dlg)
	}
	press(m, "y")
	if m.ov != ovLines || !strings.Contains(strings.Join(m.ovText, "\n"), "缺少材料") {
		t.Fatalf("refusals not reported per document: %q", m.ovText)
	}
}

func TestUndoTakesBackTheLastActionAndSaysWhat(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(1))
	press(m, "n", "y")
	d, _ := st.Document(1)
	if _, ok := firstConfirmed(d); !ok {
		t.Fatal("y did not confirm the finding")
	}
	press(m, "u")
	if !strings.Contains(m.status, "已撤销：确认问题") {
		t.Errorf("status %q should say what was undone", m.status)
	}
	d, _ = st.Document(1)
	if _, ok := firstConfirmed(d); ok {
		t.Error("the confirmation is still in effect after undo")
	}
	press(m, "ctrl+r")
	d, _ = st.Document(1)
	if _, ok := firstConfirmed(d); !ok || !strings.Contains(m.status, "已重做") {
		t.Errorf("redo did not put the confirmation back (status %q)", m.status)
	}
}

func firstConfirmed(d review.Document) (review.FindingState, bool) {
	for _, f := range d.Findings {
		if f.Status == review.FindingConfirmed {
			return f, true
		}
	}
	return review.FindingState{}, false
}

func TestStaleSearchResultsAreDropped(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	press(m, "/")
	m.queue.sin.Set("")
	// Two keystrokes: the Cmds are captured but not run yet.
	_, first := m.Update(keyMsg("养"))
	_, second := m.Update(keyMsg("老"))
	fresh, stale := second(), first()
	m.Update(fresh)
	m.Update(stale) // arrives late: must not replace the newer results
	if m.queue.query != "养老" {
		t.Fatalf("query on screen %q, want 养老", m.queue.query)
	}
	if len(m.queue.visible) != 1 || !strings.Contains(m.queue.rows[m.queue.visible[0]].Title, "养老") {
		t.Errorf("visible rows %v are not the results of 养老", m.queue.visible)
	}
	// Pinyin initials find the same document.
	press(m, "esc", "/")
	for _, r := range "ylfw" {
		press(m, string(r))
	}
	if len(m.queue.visible) == 0 || !strings.Contains(m.queue.rows[m.queue.visible[0]].Title, "养老服务") {
		t.Errorf("ylfw should find 养老服务…; got %d rows", len(m.queue.visible))
	}
	out := ansi.Strip(m.Render())
	if !strings.Contains(out, "养老服务补贴管理办法") {
		t.Errorf("search results not drawn:\n%s", out)
	}
}

func TestDecisionDialogListsMissingConditionsAndRefusesToCommit(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(1)) // in legality review: cannot be decided
	press(m, "D")
	out := ansi.Strip(m.Render())
	if !strings.Contains(out, "只有“待决定”阶段可以作出决定") {
		t.Fatalf("decision dialog does not show the guard:\n%s", out)
	}
	press(m, "enter")
	if m.dlg == nil {
		t.Fatal("the dialog committed although conditions are missing")
	}
	evs, _ := st.Events(1)
	if evs[len(evs)-1].Type == review.EvDecision {
		t.Fatal("a decision was recorded")
	}
}

func TestVersionDiffShowsChangedClauses(t *testing.T) {
	old := "总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本区。\n第三条 本办法自公布之日起施行。"
	cur := "总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本区行政区域。\n第三条 本办法自公布之日起施行。\n第四条 有效期五年。"
	ops := review.DiffClauses(review.SplitClauses(old), review.SplitClauses(cur))
	var kinds []string
	for _, op := range ops {
		kinds = append(kinds, string(op.Kind)+op.Label)
	}
	got := strings.Join(kinds, ",")
	want := " , 第一条,~第二条, 第三条,+第四条"
	if got != want {
		t.Errorf("diff ops %q, want %q", got, want)
	}
}

func TestWrapKeepsLatinWordsAndPunctuationRules(t *testing.T) {
	lines := wrapString("根据 Article 12 的规定，甲方应当在本市注册。", 10)
	for _, l := range lines {
		if ansi.StringWidth(l) > 10 {
			t.Errorf("line %q wider than 10", l)
		}
		if strings.HasPrefix(l, "，") || strings.HasPrefix(l, "。") {
			t.Errorf("line %q starts with closing punctuation", l)
		}
		if strings.Contains(l, "Artic") && !strings.Contains(l, "Article") {
			t.Errorf("Latin word split: %q", l)
		}
	}
}
