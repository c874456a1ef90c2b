package ui

import (
	"fmt"
	"testing"
	"time"

	"beishen/review"
)

// bigQueue is a queue of n synthetic rows spread over the stages.
func bigQueue(n int) (*Context, queueScreen, []review.Summary) {
	c := newContext(Options{Today: testToday})
	c.Width, c.Height = 120, 40
	stages := []review.Stage{review.StageIntake, review.StageLegality, review.StageFairCompetition, review.StageDecision, review.StageInForce}
	rows := make([]review.Summary, n)
	for i := range rows {
		rows[i] = review.Summary{ID: uint64(i + 1), Kind: review.Draft, Title: fmt.Sprintf("关于第%d号事项的管理办法", i+1),
			Stage: stages[i%len(stages)], Received: testToday.AddDays(-(i % 300)), StageSince: testToday.AddDays(-(i % 40)),
			Updated: time.Unix(int64(i), 0)}
	}
	q := newQueue(c, Keys(c))
	q.setRows(rows, nil, c)
	return c, q, rows
}

// One recorded action: the row is replaced and moved in place.
func BenchmarkQueueUpsert100k(b *testing.B) {
	c, q, rows := bigQueue(100_000)
	b.ResetTimer()
	for i := range b.N {
		r := rows[(i*7919)%len(rows)]
		r.StageSince = r.StageSince.AddDays(1)
		q.upsert(r, c)
	}
}

// What every action cost before: all summaries handed to the queue again
// (the store read is extra).
func BenchmarkQueueSetRows100k(b *testing.B) {
	c, q, rows := bigQueue(100_000)
	b.ResetTimer()
	for range b.N {
		q.setRows(rows, nil, c)
	}
}

// One frame of the queue screen with its status line.
func BenchmarkQueueFrame100k(b *testing.B) {
	c, q, rows := bigQueue(100_000)
	q.loaded, q.width, q.height = true, c.Width, c.Height-2
	m := &Model{ctx: c, keys: Keys(c), queue: q}
	_ = rows
	b.ResetTimer()
	for range b.N {
		_ = m.Render()
	}
}

func TestUpsertKeepsOrderCountsAndCursor(t *testing.T) {
	c, q, rows := bigQueue(500)
	q.tab = 2 // legality review
	q.refresh(c)
	q.cursor = 10
	cur, _ := q.current()
	before := q.counts(queueTabs[2])
	moved := rows[q.visible[3]]
	moved.Stage = review.StageDecision
	q.upsert(moved, c)
	if got := q.counts(queueTabs[2]); got != before-1 {
		t.Errorf("legality tab counts %d after moving one row out, want %d", got, before-1)
	}
	if q.counts(queueTabs[4]) != 101 {
		t.Errorf("decision tab counts %d, want 101", q.counts(queueTabs[4]))
	}
	if id, _ := q.current(); id != cur {
		t.Errorf("cursor moved from #%d to #%d", cur, id)
	}
	for _, i := range q.visible {
		if q.rows[i].ID == moved.ID {
			t.Fatal("the moved row is still in the legality tab")
		}
	}
	// A changed due date puts the row where a full sort would.
	r := rows[q.visible[0]]
	r.StageSince = testToday
	q.upsert(r, c)
	got := append([]int(nil), q.visible...)
	q.keys = nil
	q.refresh(c)
	for k := range got {
		if got[k] != q.visible[k] {
			t.Fatalf("incremental order differs from a full sort at %d", k)
		}
	}
}

// Switching tabs (or clearing a search) filters the kept order, no sort.
func BenchmarkQueueTabSwitch100k(b *testing.B) {
	c, q, _ := bigQueue(100_000)
	b.ResetTimer()
	for i := range b.N {
		q.tab = i % len(queueTabs)
		q.refresh(c)
	}
}
