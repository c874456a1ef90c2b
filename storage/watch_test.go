package storage

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"beishen/review"
)

// A screen that watches the store hears of an action taken from another
// goroutine of the same program (a command-line job, a bulk action).
func TestWatchTellsOfACommittedAction(t *testing.T) {
	s, _ := openTemp(t)
	s.Import(item("办法", "aa"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := s.Watch(ctx)
	if _, _, err := s.Do(review.NewEvent(1, review.Comment{Text: "请补充依据"})); err != nil {
		t.Fatal(err)
	}
	select {
	case cs := <-ch:
		if len(cs) != 1 || cs[0].Doc != 1 || cs[0].Type != review.EvComment || cs[0].Actor != "张三" {
			t.Fatalf("changes %+v", cs)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no change reported")
	}
	// An assignment says to whom, so that a screen can say it.
	if _, _, err := s.Do(review.NewEvent(1, review.Assigned{To: "李四", By: "张三"})); err != nil {
		t.Fatal(err)
	}
	select {
	case cs := <-ch:
		if len(cs) != 1 || cs[0].Type != review.EvAssigned || cs[0].To != "李四" {
			t.Fatalf("changes %+v, want the assignment to 李四", cs)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no change reported")
	}
	// A refused action reports nothing.
	s.Do(review.NewEvent(1, review.StageChanged{From: review.StageIntake, To: review.StageLegality}))
	select {
	case cs := <-ch:
		t.Fatalf("a refused action was reported: %+v", cs)
	default:
	}
	cancel()
	for range ch { // closed once ctx ends
	}
}

// An action decided on a state someone has acted on since is refused, with
// who did what; nothing is logged.
func TestDoSeenRefusesAStaleAction(t *testing.T) {
	s, _ := openTemp(t)
	res, _ := s.Import(item("办法", "aa"))
	seen := res.Doc.LastSeq
	if _, _, err := s.Do(review.NewEvent(1, review.Comment{Text: "先到的批注"})); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.DoSeen(review.NewEvent(1, review.Comment{Text: "后到的批注"}), seen)
	var stale *StaleError
	if !errors.As(err, &stale) || !strings.Contains(err.Error(), "张三 已先于你操作了文件 #1") {
		t.Fatalf("stale action: %v", err)
	}
	if _, n, _ := s.Count(); n != 2 {
		t.Fatalf("%d events, want 2 (import and the first comment)", n)
	}
	d, _ := s.Document(1)
	if _, _, err := s.DoSeen(review.NewEvent(1, review.Comment{Text: "看过之后"}), d.LastSeq); err != nil {
		t.Fatalf("an action on the current state: %v", err)
	}
}
