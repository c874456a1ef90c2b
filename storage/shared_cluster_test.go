package storage

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"beishen/review"
)

// Ten reviewers act at once on a three-member cluster whose leader is
// killed twice during the run. Every action a reviewer was told is recorded
// is in the log, exactly once; the chain verifies; and of the reviewers who
// all tried to claim one document, only one acted on it.
// BEISHEN_ETCD_ACTIONS sets the actions per client: 60 by default, so that
// CI stays short; the 10 × 500 is BEISHEN_ETCD_ACTIONS=500.
func TestTenClientsThroughTwoLeaderKills(t *testing.T) {
	if testing.Short() {
		t.Skip("a three-member cluster under load")
	}
	perClient := 60
	if n, err := strconv.Atoi(os.Getenv("BEISHEN_ETCD_ACTIONS")); err == nil {
		perClient = n
	}
	const clients = 10
	c := cluster(t, 3)
	first := reviewer(t, c, "组长", SharedOptions{})
	for i := 0; i <= clients; i++ { // one document each, and #11 for all to claim
		if _, err := first.Import(item(fmt.Sprintf("办法%d", i), fmt.Sprintf("h%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	var acked sync.Map // comment text → true, once the store said it was recorded
	var done atomic.Int64
	var sharedActors sync.Map
	var wg sync.WaitGroup
	for i := 1; i <= clients; i++ {
		st := reviewer(t, c, fmt.Sprintf("审查员%d", i), SharedOptions{})
		wg.Add(1)
		go func() {
			defer wg.Done()
			if st.Claim(clients+1) == nil {
				if _, _, err := st.Do(review.NewEvent(clients+1, review.Comment{Text: st.actor + " 认领后批注"})); err == nil {
					sharedActors.Store(st.actor, true)
				}
			}
			for n := 0; n < perClient; n++ {
				for attempt := 0; ; attempt++ {
					text := fmt.Sprintf("%s-%d-%d", st.actor, n, attempt)
					_, _, err := st.Do(review.NewEvent(uint64(i), review.Comment{Text: text}))
					if err == nil {
						acked.Store(text, true)
						done.Add(1)
						break
					}
					// Not acknowledged (no leader, a timeout): the action may or
					// may not be in; try again under a new text.
					if attempt > 50 {
						t.Errorf("%s: action %d failed 50 times: %v", st.actor, n, err)
						return
					}
					time.Sleep(100 * time.Millisecond)
				}
			}
		}()
	}
	total := int64(clients * perClient)
	kills := 0
	for _, at := range []int64{total / 3, 2 * total / 3} {
		for done.Load() < at {
			time.Sleep(20 * time.Millisecond)
		}
		l := c.Leader()
		if l < 0 {
			continue
		}
		c.Stop(l)
		kills++
		time.Sleep(2 * time.Second)
		if err := c.Restart(l, true); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	if kills != 2 {
		t.Fatalf("killed the leader %d times, want 2", kills)
	}
	n := 0
	seen := map[string]int{}
	err := first.EachEvent(1, func(e review.Event) error {
		if e.Type == review.EvComment {
			p, err := e.Decode()
			if err != nil {
				return err
			}
			seen[p.(*review.Comment).Text]++
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	acked.Range(func(k, _ any) bool {
		if seen[k.(string)] != 1 {
			t.Errorf("acknowledged action %q is in the log %d times", k, seen[k.(string)])
		}
		return true
	})
	count := 0
	sharedActors.Range(func(_, _ any) bool { count++; return true })
	if count != 1 {
		t.Errorf("%d reviewers acted on the claimed document, want 1", count)
	}
	r, err := first.Verify()
	if err != nil || !r.OK() {
		t.Fatalf("verify after the run: %v %+v", err, r.Problems)
	}
	t.Logf("%d events, %d acknowledged actions, 2 leader kills", n, done.Load())
}
