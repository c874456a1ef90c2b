package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/storage"
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
	tm.Type("q")
	tm.FinalModel(t)
}
