package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/deadline"
)

// A on the queue opens the assign form; tab completes a name seen in the
// log; enter stores the assignment, and w's 我的 then shows the rows given
// to the store's actor, 未分配 the others.
func TestAssignFromTheQueueAndFilterMine(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	total := len(m.queue.visible)
	id, _ := m.queue.current()
	press(m, "A")
	if m.dlg == nil || !strings.Contains(m.dlg.title, "分配文件 #") {
		t.Fatalf("no assign form: %+v", m.dlg)
	}
	typeText(m, "审")
	press(m, "tab")
	if got := m.dlg.in.Value(); got != "审查员" {
		t.Fatalf("tab completed %q, want the actor of the log 审查员", got)
	}
	press(m, "enter")
	d, _ := st.Document(id)
	if d.Assignee != "审查员" {
		t.Fatalf("assignee %q after enter", d.Assignee)
	}
	press(m, "w")
	if len(m.queue.visible) != 1 || !strings.Contains(m.Render(), "我的") {
		t.Fatalf("我的 shows %d rows:\n%s", len(m.queue.visible), m.Render())
	}
	press(m, "w")
	if len(m.queue.visible) != total-1 || !strings.Contains(m.status, "未分配") {
		t.Fatalf("未分配 shows %d rows of %d (%q)", len(m.queue.visible), total, m.status)
	}
	press(m, "w")
	if len(m.queue.visible) != total {
		t.Fatalf("全部 shows %d rows of %d", len(m.queue.visible), total)
	}
	press(m, "enter")
	if s := m.Render(); !strings.Contains(s, "分配给 审查员") {
		t.Fatalf("the document does not say whose it is:\n%s", s)
	}
}

// A reviewer (settings "role") is told that only the head assigns or
// decides; nothing is stored.
func TestReviewerMayNotAssignOrDecide(t *testing.T) {
	st, _ := roadStore(t)
	set := deadline.Defaults()
	set.Role = review.RoleReviewer
	m := New(Options{Store: st, Today: testToday, Settings: set})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, loadSummaries(st, m.ctx))
	// The footer does not offer the head's decision (walking the office
	// road, a reviewer read "D 作出决定" under the queue).
	if s := m.Render(); strings.Contains(s, "作出决定") {
		t.Fatalf("the queue's footer offers a reviewer the decision:\n%s", s)
	}
	_, before, _ := st.Count()
	press(m, "A")
	if m.dlg != nil || !strings.Contains(m.status, "只有科长可以分配文件") {
		t.Fatalf("assign as reviewer: dialog %v, status %q", m.dlg != nil, m.status)
	}
	press(m, "enter", "D")
	if m.dlg != nil || !strings.Contains(m.status, "只有科长可以作出决定") {
		t.Fatalf("decide as reviewer: dialog %v, status %q", m.dlg != nil, m.status)
	}
	if _, after, _ := st.Count(); after != before {
		t.Fatalf("%d events, %d before", after, before)
	}
}

// Once a document is assigned, the queue shows to whom in its own column
// (at 100 columns and up; at 80 the title needs the room), and 承办人 is
// "-" on the rows nobody has. A queue where nothing is assigned has no
// such column.
func TestQueueShowsTheAssigneeOnceDocumentsAreAssigned(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	if strings.Contains(m.Render(), "承办人") {
		t.Fatalf("an assignee column with nothing assigned:\n%s", m.Render())
	}
	id, _ := m.queue.current()
	press(m, "A")
	typeText(m, "李审查")
	press(m, "enter")
	if d, _ := st.Document(id); d.Assignee != "李审查" {
		t.Fatalf("assignee %q", d.Assignee)
	}
	for _, w := range []int{100, 140} {
		m.Update(tea.WindowSizeMsg{Width: w, Height: 30})
		out := ansi.Strip(m.Render())
		fits(t, "queue", m.Render(), w, 30)
		if !strings.Contains(out, "承办人") {
			t.Fatalf("%d columns: no assignee column:\n%s", w, out)
		}
		var named, dash bool
		for _, line := range strings.Split(out, "\n") {
			named = named || strings.Contains(line, "李审查")
			dash = dash || strings.Contains(line, " - ")
		}
		if !named || !dash {
			t.Errorf("%d columns: the assigned row must name 李审查 and the others show -:\n%s", w, out)
		}
		if w == 140 && !strings.Contains(out, "起草单位") {
			t.Errorf("140 columns keep the drafting unit beside the assignee:\n%s", out)
		}
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if out := ansi.Strip(m.Render()); strings.Contains(out, "承办人") {
		t.Errorf("80 columns have no room for the assignee:\n%s", out)
	}
}
