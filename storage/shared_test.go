package storage

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"beishen/review"
	"beishen/storage/etcdkv"
	"beishen/storage/etcdserve"
)

// cluster starts n embedded etcd members for one test.
func cluster(t testing.TB, n int) *etcdserve.Cluster {
	t.Helper()
	c, err := etcdserve.Start(t.TempDir(), n, etcdserve.Options{NoFsync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// reviewer opens the shared store as one reviewer's program would.
func reviewer(t testing.TB, c *etcdserve.Cluster, name string, so SharedOptions) *Store {
	t.Helper()
	s, err := OpenShared(c.URL(), Options{Actor: name, Now: clock()}, so)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Two reviewers on one etcd share one log: what one imports and does, the
// other reads, and the chain verifies.
func TestSharedStoreIsOneLogForTwoReviewers(t *testing.T) {
	c := cluster(t, 1)
	a := reviewer(t, c, "张三", SharedOptions{})
	b := reviewer(t, c, "李四", SharedOptions{})
	if _, err := a.Import(item("办法", "aa")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := b.Do(review.NewEvent(1, review.Comment{Text: "李四的批注"})); err != nil {
		t.Fatal(err)
	}
	d, err := a.Document(1)
	if err != nil || d.Comments != 1 || d.LastSeq != 2 {
		t.Fatalf("张三 reads %+v, %v", d, err)
	}
	evs, _ := a.Events(1)
	if len(evs) != 2 || evs[1].Actor != "李四" || evs[1].Prev != evs[0].Hash {
		t.Fatalf("events %+v", evs)
	}
	rows, err := b.Summaries()
	if err != nil || len(rows) != 1 || rows[0].Title != "办法" {
		t.Fatalf("rows %+v %v", rows, err)
	}
	r, err := a.Verify()
	if err != nil || !r.OK() {
		t.Fatalf("verify: %+v %v", r, err)
	}
	if _, _, err := a.Undo(1); err != nil {
		t.Fatalf("undo of 李四's comment: %v", err)
	}
	if d, _ := b.Document(1); d.Comments != 0 {
		t.Fatalf("after undo 李四 reads %d comments", d.Comments)
	}
}

// Someone else's claim makes a document read-only; the claim ends when its
// holder's program ends.
func TestClaimRefusesOthersUntilReleased(t *testing.T) {
	c := cluster(t, 1)
	a := reviewer(t, c, "张三", SharedOptions{})
	b := reviewer(t, c, "李四", SharedOptions{})
	a.Import(item("办法", "aa"))
	if err := a.Claim(1); err != nil {
		t.Fatal(err)
	}
	var ce *ClaimedError
	if err := b.Claim(1); !errors.As(err, &ce) || !strings.Contains(err.Error(), "张三 正在审查") {
		t.Fatalf("李四's claim: %v", err)
	}
	if _, _, err := b.Do(review.NewEvent(1, review.Comment{Text: "越过认领"})); !errors.As(err, &ce) {
		t.Fatalf("李四 acts on 张三's document: %v", err)
	}
	if _, _, err := a.Do(review.NewEvent(1, review.Comment{Text: "认领人的批注"})); err != nil {
		t.Fatalf("the holder acts: %v", err)
	}
	cl, _ := b.Claims()
	if cl[1].Actor != "张三" {
		t.Fatalf("claims %+v", cl)
	}
	a.Close() // the program ends: its lease is revoked
	if err := b.Claim(1); err != nil {
		t.Fatalf("after 张三 left: %v", err)
	}
	if _, _, err := b.Do(review.NewEvent(1, review.Comment{Text: "接手"})); err != nil {
		t.Fatal(err)
	}
}

// A killed program's claim lasts only as long as its lease.
func TestClaimOfAKilledProgramExpiresWithItsLease(t *testing.T) {
	c := cluster(t, 1)
	a := reviewer(t, c, "张三", SharedOptions{Options: etcdkv.Options{LeaseTTL: 2}})
	b := reviewer(t, c, "李四", SharedOptions{})
	a.Import(item("办法", "aa"))
	if err := a.Claim(1); err != nil {
		t.Fatal(err)
	}
	a.db.(*etcdkv.DB).Abandon() // as a kill -9 would: no revoke, no keep-alive
	var ce *ClaimedError
	if err := b.Claim(1); !errors.As(err, &ce) {
		t.Fatalf("right after the kill: %v", err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for b.Claim(1) != nil {
		if time.Now().After(deadline) {
			t.Fatal("the claim outlived its lease")
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// When the cluster stops answering, an action says so in the user's
// language, and nothing is half-written.
func TestAnActionWhenTheClusterIsGoneSaysSo(t *testing.T) {
	c := cluster(t, 1)
	a := reviewer(t, c, "张三", SharedOptions{Options: etcdkv.Options{Timeout: time.Second}})
	a.Import(item("办法", "aa"))
	c.Stop(0)
	_, _, err := a.Do(review.NewEvent(1, review.Comment{Text: "断网时的批注"}))
	var ue *UnreachableError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "无法连接共享库") {
		t.Fatalf("action with the cluster gone: %v", err)
	}
	// Walking the office road, the screen advised switching to a local
	// file (--db), which mid-session is another, empty log: it says to
	// wait for the cluster instead.
	if strings.Contains(err.Error(), "--db") || !strings.Contains(err.Error(), "待集群恢复后再试") {
		t.Fatalf("what to do with the cluster gone mid-session: %v", err)
	}
	if err := c.Restart(0, true); err != nil {
		t.Fatal(err)
	}
	// The restarted member takes a moment to lead again.
	var n int
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if _, n, err = a.Count(); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil || n != 1 {
		t.Fatalf("after the cluster is back: %d events, %v (want only the import)", n, err)
	}
}

// A screen's watch outlives the loss of the cluster's leader: an action
// taken after a new leader is elected still reaches it.
func TestWatchOutlivesALeaderKill(t *testing.T) {
	c := cluster(t, 3)
	a := reviewer(t, c, "张三", SharedOptions{})
	b := reviewer(t, c, "李四", SharedOptions{})
	a.Import(item("办法", "aa"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := a.Watch(ctx)
	c.Stop(c.Leader())
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, _, err := b.Do(review.NewEvent(1, review.Comment{Text: "新领导选出后"})); err == nil {
			break
		} else if time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	for {
		select {
		case cs := <-ch:
			for _, c := range cs {
				if c.Type == review.EvComment && c.Actor == "李四" {
					return
				}
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the watch did not report the action after the leader was killed")
		}
	}
}

// Undo on the office's store is an action like any other. Walking the
// office road, 李四 pressed u in the queue and took back a checklist tick
// on a document 张三 had open (the last action in the whole office's log,
// not his own), and a reviewer's u took back the head's assignment.
func TestUndoOnTheSharedStoreRespectsClaimsRolesAndWhoseActionItIs(t *testing.T) {
	c := cluster(t, 1)
	open := func(name string, role review.Role) *Store {
		s, err := OpenShared(c.URL(), Options{Actor: name, Role: role, Now: clock()}, SharedOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	head := open("王主任", review.RoleHead)
	a := open("张三", review.RoleReviewer)
	b := open("李四", review.RoleReviewer)
	for _, title := range []string{"甲办法", "乙办法"} {
		if _, err := head.Import(item(title, title)); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := b.Do(review.NewEvent(2, review.Comment{Text: "李四的批注"})); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.Do(review.NewEvent(1, review.Comment{Text: "张三的批注"})); err != nil {
		t.Fatal(err)
	}
	if err := a.Claim(1); err != nil {
		t.Fatal(err)
	}
	// The queue's u (no document named) takes back 李四's own comment on
	// #2, not 张三's on #1, the office's last action.
	ev, d, err := b.Undo(0)
	if err != nil || ev.Doc != 2 || d.Comments != 0 {
		t.Fatalf("李四's u in the queue: event %+v, %d comments on #%d, %v", ev, d.Comments, d.ID, err)
	}
	// Naming #1, which 张三 has open, is refused with who holds it.
	var ce *ClaimedError
	if _, _, err := b.Undo(1); !errors.As(err, &ce) || !strings.Contains(err.Error(), "张三 正在审查") {
		t.Fatalf("李四 undoes on 张三's open document: %v", err)
	}
	if _, _, err := b.Redo(1); !errors.As(err, &ce) {
		t.Fatalf("李四 redoes on 张三's open document: %v", err)
	}
	if d, _ := a.Document(1); d.Comments != 1 {
		t.Fatalf("张三's comment is gone: %d", d.Comments)
	}
	// 李四 comments on #2 again, then 张三 comments there after him: 李四's
	// u in the queue does not take back 张三's comment.
	b.Do(review.NewEvent(2, review.Comment{Text: "李四又批注"}))
	a.Do(review.NewEvent(2, review.Comment{Text: "张三随后批注"}))
	var se *StaleError
	if _, _, err := b.Undo(0); !errors.As(err, &se) || !strings.Contains(err.Error(), "张三 已先于你操作了文件 #2") {
		t.Fatalf("李四's u after 张三 acted on #2: %v", err)
	}
	// The head's assignment is the head's to take back.
	if _, _, err := head.Do(review.NewEvent(2, review.Assigned{To: "李四"})); err != nil {
		t.Fatal(err)
	}
	var re *review.RoleError
	if _, _, err := b.Undo(2); !errors.As(err, &re) || !strings.Contains(err.Error(), "只有科长可以撤销“分配”") {
		t.Fatalf("李四 undoes the head's assignment: %v", err)
	}
	if _, _, err := head.Undo(2); err != nil {
		t.Fatalf("the head undoes the assignment: %v", err)
	}
}

// A reviewer quitting while the cluster is gone is let go at once: walking
// the office road with the cluster stopped, q left a blank terminal for
// about 25 s (the claim's release waited a request's 10 s, the lease's
// revoke its 15 s TTL) before the shell came back. The lease ends the
// claim anyway; the program does not wait on it.
func TestQuittingWithTheClusterGoneDoesNotHang(t *testing.T) {
	c := cluster(t, 1)
	a, err := OpenShared(c.URL(), Options{Actor: "张三", Now: clock()}, SharedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a.Import(item("办法", "aa"))
	if err := a.Claim(1); err != nil {
		t.Fatal(err)
	}
	c.Stop(0)
	done := make(chan struct{})
	go func() {
		a.Release(1) // what the screen does on q, then the program's Close
		a.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(8 * time.Second): // before: 25 s; now 2 s + 2 s
		t.Fatal("quitting waits on the gone cluster")
	}
}

// The head gives a document to a reviewer while someone has it open:
// walking the office road, 王主任 pressed A on a row 李明 had open and was
// refused with "李明 正在审查…只能查看，不能操作", with no way to reassign
// the work short of asking 李明 to close it. Assigning is queue work, not
// work on the document; the claim still keeps everything else.
func TestTheHeadAssignsADocumentSomeoneHasOpen(t *testing.T) {
	c := cluster(t, 1)
	head, err := OpenShared(c.URL(), Options{Actor: "王主任", Role: review.RoleHead, Now: clock()}, SharedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { head.Close() })
	li := reviewer(t, c, "李明", SharedOptions{})
	head.Import(item("办法", "aa"))
	if err := li.Claim(1); err != nil {
		t.Fatal(err)
	}
	if _, d, err := head.Do(review.NewEvent(1, review.Assigned{To: "张伟"})); err != nil || d.Assignee != "张伟" {
		t.Fatalf("the head assigns 李明's open document: %q, %v", d.Assignee, err)
	}
	if _, _, err := head.Undo(1); err != nil {
		t.Fatalf("the head takes the assignment back: %v", err)
	}
	var ce *ClaimedError
	if _, _, err := head.Do(review.NewEvent(1, review.Comment{Text: "越过认领"})); !errors.As(err, &ce) {
		t.Fatalf("the head comments on 李明's open document: %v", err)
	}
}
