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
