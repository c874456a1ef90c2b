package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"beishen/review"
)

// An action taken elsewhere on the store (another goroutine here, another
// reviewer on a shared store) shows on the queue without a key pressed.
func TestQueueShowsAnActionTakenElsewhere(t *testing.T) {
	st, _ := roadStore(t)
	tm, wait := onScreen(t, st)
	wait("待决定")
	go func() {
		if _, _, err := st.Do(review.NewEvent(1, review.Decided{Outcome: review.Pass})); err != nil {
			t.Error(err)
		}
	}()
	wait("待集体审议")
	tm.Type("q")
	tm.FinalModel(t)
}

// The open document follows an action taken elsewhere, in place, and the
// status line says who did what.
func TestOpenDocumentFollowsAnActionTakenElsewhere(t *testing.T) {
	st, _ := roadStore(t)
	tm, wait := onScreen(t, st)
	wait("临江区公园管理办法")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	wait("第一条")
	go func() {
		if _, _, err := st.Do(review.NewEvent(1, review.Comment{Text: "请补充制定依据"})); err != nil {
			t.Error(err)
		}
	}()
	wait("审查员 批注")
	tm.Type("q")
	tm.FinalModel(t)
}

// An action keyed on a document that changed since it was shown is refused
// with who acted first, and the document is shown as it now is; a comment's
// words stay in its dialog, to send again or let go.
func TestActionOnAStaleDocumentIsRefused(t *testing.T) {
	st, _ := roadStore(t)
	m := loaded(t, st, 100, 30)
	press(m, "enter")
	if !m.doc.loaded {
		t.Fatal("document not open")
	}
	// Someone acts before this screen hears of it.
	if _, _, err := st.Do(review.NewEvent(1, review.Comment{Text: "先到的批注"})); err != nil {
		t.Fatal(err)
	}
	press(m, "c")
	typeText(m, "后到的批注")
	press(m, "enter")
	if m.dlg == nil || !strings.Contains(m.dlg.err, "已先于你操作了文件 #1") || m.dlg.in.Value() != "后到的批注" {
		t.Fatalf("want the stale refusal over the kept words:\n%s", m.Render())
	}
	press(m, "esc")
	evs, _ := st.Events(1)
	last, _ := evs[len(evs)-1].Decode()
	if c, ok := last.(*review.Comment); !ok || c.Text != "先到的批注" {
		t.Fatalf("last event %+v: the stale comment was recorded", last)
	}
}

// A document someone else holds on the office's shared store opens read
// only: the queue marks it, a banner says who, an action key says so
// instead of acting, and leaving it does not touch the other's claim.
func TestDocumentHeldByAnotherIsReadOnly(t *testing.T) {
	zhang, li := office(t)
	if err := li.Claim(3); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Store: zhang, Today: testToday})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, tea.Batch(loadSummaries(zhang, m.ctx), loadRows(zhang, nil)))
	if s := m.Render(); !strings.Contains(s, "〔李四 审查中〕") {
		t.Fatalf("the queue does not mark the held row:\n%s", s)
	}
	press(m, "enter") // the first row, #3 by due date
	if s := m.Render(); !strings.Contains(s, "李四 正在审查（12:04 起）") || !strings.Contains(s, "对方关闭后这里会提示") {
		t.Fatalf("no banner saying who holds the document and what comes next:\n%s", s)
	}
	// Its footer offers reading, not the actions it refuses.
	if s := m.Render(); strings.Contains(s, "确认发现") || strings.Contains(s, "排除发现") {
		t.Fatalf("the footer of a held document offers its refused actions:\n%s", s)
	}
	_, before, _ := zhang.Count()
	press(m, "c")
	if m.dlg != nil {
		t.Fatal("the comment dialog opened on a held document")
	}
	if !strings.Contains(m.status, "李四 正在审查（12:04 起）：文件 #3 只能查看，不能操作") {
		t.Fatalf("status %q", m.status)
	}
	if _, after, _ := zhang.Count(); after != before {
		t.Fatalf("%d events after the refused key, %d before", after, before)
	}
	// The head gives it to someone else all the same (walking the office
	// road, A was refused with the claim and the work could not move).
	press(m, "A")
	if m.dlg == nil {
		t.Fatalf("A on a held document: status %q", m.status)
	}
	typeText(m, "王五")
	press(m, "enter")
	if d, _ := zhang.Document(3); d.Assignee != "王五" {
		t.Fatalf("assignee %q, status %q", d.Assignee, m.status)
	}
	press(m, "esc")
	if cl, _ := zhang.Claims(); cl[3].Actor != "李四" {
		t.Fatalf("leaving a held document changed the claim: %+v", cl)
	}
}

// Leaving a document this program holds lets it go: the other reviewer
// sees the claim while it is open and not after.
func TestLeavingADocumentReleasesIt(t *testing.T) {
	zhang, li := office(t)
	m := New(Options{Store: zhang, Today: testToday})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, loadSummaries(zhang, m.ctx))
	press(m, "enter")
	id := m.doc.id
	if cl, _ := li.Claims(); !m.doc.holding || cl[id].Actor != "张三" {
		t.Fatalf("doc %d holding %v, claims seen by 李四 %+v", id, m.doc.holding, cl)
	}
	press(m, "esc")
	if cl, _ := li.Claims(); len(cl) != 0 {
		t.Fatalf("claims after leaving: %+v", cl)
	}
}

// The 即将到期 list follows the store: a validity end moved into the
// window elsewhere puts the document on the open list without a key.
func TestExpiringListFollowsAnEditElsewhere(t *testing.T) {
	st, _ := demoStore(t)
	tm := teatest.NewTestModel(t, New(Options{Store: st, Today: review.MustDate("2026-12-01")}),
		teatest.WithInitialTermSize(100, 30))
	t.Cleanup(func() { _ = tm.Quit() })
	waitScreen(t, tm, "临江区")
	tm.Type("E")
	waitScreen(t, tm, "即将到期")
	d5, _ := st.Document(5)
	meta := d5.Meta
	meta.ValidityEnd = review.MustDate("2027-03-31")
	go func() {
		if _, _, err := st.Do(review.NewEvent(5, review.MetadataEdited{Meta: meta, Changed: []string{"validity_end"}})); err != nil {
			t.Error(err)
		}
	}()
	waitScreen(t, tm, "2027-03-31")
	tm.Type("q")
	tm.FinalModel(t)
}

// The claim marker, the banner, the assignee filter and the assign form
// line up at 80×24 and wider, in Chinese and in English.
func TestClaimsAndAssignmentFitEveryWindow(t *testing.T) {
	zhang, li := office(t)
	if err := li.Claim(3); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []review.Lang{review.ZH, review.EN} {
		for _, sz := range [][2]int{{80, 24}, {100, 30}, {140, 40}} {
			m := New(Options{Store: zhang, Today: testToday, Lang: lang})
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			run(m, tea.Batch(loadSummaries(zhang, m.ctx), loadRows(zhang, nil)))
			name := fmt.Sprintf("%s %dx%d", lang, sz[0], sz[1])
			press(m, "w")
			fits(t, name+" 我的", m.Render(), sz[0], sz[1])
			press(m, "w", "w", "A")
			fits(t, name+" assign", m.Render(), sz[0], sz[1])
			press(m, "esc", "enter")
			out := m.Render()
			fits(t, name+" held", out, sz[0], sz[1])
			if !strings.Contains(out, "李四") {
				t.Errorf("%s: no banner:\n%s", name, out)
			}
			press(m, "esc")
		}
	}
}
