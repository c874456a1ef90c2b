package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"

	"beishen/review"
	"beishen/storage"
	"beishen/storage/etcdkv"
	"beishen/storage/etcdserve"
	"beishen/ui/jobs"
)

// office starts a one-member etcd with the demo documents and opens it for
// two reviewers, as two programs on two machines would.
func office(t *testing.T) (zhang, li *storage.Store) {
	t.Helper()
	c, err := etcdserve.Start(t.TempDir(), 1, etcdserve.Options{NoFsync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	open := func(name string) *storage.Store {
		now := time.Date(2026, 11, 20, 12, 4, 0, 0, review.Zone)
		s, err := storage.OpenShared(c.URL(), storage.Options{Actor: name, Now: func() time.Time { return now }}, storage.SharedOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	zhang, li = open("张三"), open("李四")
	if err := jobs.SeedDemo(li); err != nil {
		t.Fatal(err)
	}
	return zhang, li
}

// On the office's shared store, what the second reviewer does shows on the
// first one's queue without a key pressed: the claim marker while 李四
// works on a document, the read-only banner when 张三 opens it, and the
// comment in the status line once 李四 has let go and 张三 may act.
func TestSecondReviewerOnTheSharedStoreShowsOnTheQueue(t *testing.T) {
	zhang, li := office(t)
	tm, _ := onScreen(t, zhang)
	wait := func(s ...string) { t.Helper(); waitScreen(t, tm, s...) }
	wait("临江区", "未认证：操作人“张三”取自设置")
	if err := li.Claim(3); err != nil {
		t.Fatal(err)
	}
	wait("〔李四 审查中〕")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) // the first row, #3 by due date
	wait("#3 ", "李四 正在审查（12:04 起）")
	tm.Type("c")
	wait("只能查看，不能操作")
	if _, _, err := li.Do(review.NewEvent(3, review.Comment{Text: "李四的批注"})); err != nil {
		t.Fatal(err)
	}
	wait("李四 批注")
	if err := li.Release(3); err != nil {
		t.Fatal(err)
	}
	wait("李四 已结束审查：现在可以操作此文件")
	tm.Type("c") // the banner has gone with the claim: the comment form opens
	wait("enter 提交")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.Type("q")
	tm.FinalModel(t)
}

// In the queue, what another reviewer does to any document is said in the
// status line, with the document's number.
func TestOthersActionsAreAnnouncedInTheQueue(t *testing.T) {
	zhang, li := office(t)
	tm, _ := onScreen(t, zhang)
	wait := func(s ...string) { t.Helper(); waitScreen(t, tm, s...) }
	wait("临江区")
	if _, _, err := li.Do(review.NewEvent(5, review.Comment{Text: "李四的批注"})); err != nil {
		t.Fatal(err)
	}
	wait("李四 批注（#5）")
	// An assignment says to whom (it said only “李四 分配（#6）”).
	if _, _, err := li.Do(review.NewEvent(6, review.Assigned{To: "张三", By: "李四"})); err != nil {
		t.Fatal(err)
	}
	wait("李四 把 #6 分配给 张三")
	tm.Type("q")
	tm.FinalModel(t)
}

// A comment typed while the office's store is unreachable is not lost:
// walking the office road with the cluster stopped, 李四 typed a comment,
// pressed enter, and after the timeout the status line said the store was
// unreachable while the dialog and his words were gone. Now the dialog
// opens again with the words and why they were not recorded; enter
// retries once the cluster is back.
func TestACommentTypedWhileTheStoreIsGoneIsKeptForARetry(t *testing.T) {
	c, st := fragileOffice(t)
	m := loaded(t, st, 100, 30)
	id, _ := m.queue.current()
	press(m, "enter", "c")
	typeText(m, "请补充制定依据")
	c.Stop(0)
	press(m, "enter")
	if m.dlg == nil || m.dlg.in.Value() != "请补充制定依据" {
		t.Fatalf("the typed comment is gone:\n%s", m.Render())
	}
	if s := m.Render(); !strings.Contains(s, "未记录：无法连接共享库") {
		t.Fatalf("the dialog does not say why:\n%s", s)
	}
	if err := c.Restart(0, true); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if _, _, err := st.Count(); err == nil || time.Now().After(deadline) {
			break
		}
	}
	press(m, "enter")
	if d, _ := st.Document(id); d.Comments != 1 || m.dlg != nil {
		t.Fatalf("after the retry: %d comments, dialog %v", d.Comments, m.dlg != nil)
	}
}

// fragileOffice is a one-member etcd with the demo documents, opened by
// 李四 with a one-second timeout, for tests that stop the cluster.
func fragileOffice(t *testing.T) (*etcdserve.Cluster, *storage.Store) {
	t.Helper()
	c, err := etcdserve.Start(t.TempDir(), 1, etcdserve.Options{NoFsync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	st, err := storage.OpenShared(c.URL(), storage.Options{Actor: "李四"}, storage.SharedOptions{Options: etcdkv.Options{Timeout: time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := jobs.SeedDemo(st); err != nil {
		t.Fatal(err)
	}
	return c, st
}

// An idle screen says when the office's store stops answering, and when
// it is back. Walking the office road with the cluster stopped, the queue
// looked as it always did — the status line still named the store — and
// the reviewer learned of it only from an action refused after the
// timeout.
func TestTheScreenSaysWhenTheSharedStoreStopsAnswering(t *testing.T) {
	c, st := fragileOffice(t)
	m := loaded(t, st, 80, 24)
	c.Stop(0)
	m.Update(pingMsg{err: st.Ping()}) // what the program's ask every few seconds brings
	press(m, "j")                     // a key clears the message; the line stays
	if s := m.Render(); !strings.Contains(s, "共享库无应答（") {
		t.Fatalf("the cluster is gone and the screen does not say so:\n%s", s)
	}
	if err := c.Restart(0, true); err != nil {
		t.Fatal(err)
	}
	var back error
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if back = st.Ping(); back == nil || time.Now().After(deadline) {
			break
		}
	}
	m.Update(pingMsg{err: back})
	if s := m.Render(); !strings.Contains(s, "共享库已恢复连接") {
		t.Fatalf("the cluster is back and the screen does not say so:\n%s", s)
	}
	press(m, "j")
	if s := m.Render(); strings.Contains(s, "共享库无应答") {
		t.Fatalf("the gone line outlives the cluster's return:\n%s", s)
	}
}

// Back from an absence longer than the claim's lease, the open document is
// claimed again; if a colleague took it meanwhile, the screen says so. (A
// reviewer whose network was away for 20 s kept working on a document the
// office no longer saw as theirs.)
func TestBackFromAnAbsenceTheOpenDocumentIsClaimedAgain(t *testing.T) {
	zhang, li := office(t)
	m := New(Options{Store: zhang, Today: testToday})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, loadSummaries(zhang, m.ctx))
	press(m, "enter")
	id := m.doc.id
	// The absence outlasts the lease: the cluster ends it, with the claim.
	endLeases := func() {
		t.Helper()
		cli, err := clientv3.New(clientv3.Config{Endpoints: strings.Split(strings.TrimPrefix(zhang.Path(), "etcd://"), ","), Logger: zap.NewNop()})
		if err != nil {
			t.Fatal(err)
		}
		defer cli.Close()
		ls, err := cli.Leases(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls.Leases {
			cli.Revoke(context.Background(), l.ID)
		}
		if cl, _ := li.Claims(); len(cl) != 0 {
			t.Fatalf("claims after the leases ended: %+v", cl)
		}
	}
	endLeases()
	run(m, m.reach(errors.New("gone")))
	run(m, m.reach(nil))
	if cl, _ := li.Claims(); cl[id].Actor != "张三" {
		t.Fatalf("back from the absence, 张三's open document #%d is not claimed: %+v", id, cl)
	}
	// Again, and this time 李四 takes the document meanwhile.
	endLeases()
	if err := li.Claim(id); err != nil {
		t.Fatal(err)
	}
	run(m, m.reach(errors.New("gone")))
	run(m, m.reach(nil))
	if s := m.Render(); !strings.Contains(s, "李四 正在审查") {
		t.Fatalf("李四 took the document meanwhile and 张三's screen does not say so:\n%s", s)
	}
}
