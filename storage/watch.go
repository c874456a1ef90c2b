package storage

import (
	"context"
	"sync"
	"time"

	"beishen/review"
	"beishen/storage/kv"
)

// Change is one event committed to the log, as a screen that did not take
// it needs to hear of it: another reviewer's action on a shared store, or
// this program's own from another goroutine.
type Change struct {
	Seq   uint64
	Doc   uint64
	Type  review.EventType // "" when only a claim on Doc changed
	Actor string
	At    time.Time
	// To is an assignment's assignee, so that a watcher can say to whom
	// without reading the event.
	To string
}

// assignee is what Change.To holds for ev: the assignee of an assignment.
func assignee(ev review.Event) string {
	if ev.Type != review.EvAssigned {
		return ""
	}
	if p, err := ev.Decode(); err == nil {
		return p.(*review.Assigned).To
	}
	return ""
}

// hub fans committed changes out to the watchers of this process.
type hub struct {
	mu   sync.Mutex
	subs map[chan []Change]struct{}
}

func (h *hub) publish(cs []Change) {
	if len(cs) == 0 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- cs:
		default:
			// A watcher that has not read the last batch yet is busy
			// reloading; it reloads again on the next one. Never block
			// a commit on a screen.
		}
	}
}

func (h *hub) subscribe(ctx context.Context) <-chan []Change {
	ch := make(chan []Change, 16)
	h.mu.Lock()
	if h.subs == nil {
		h.subs = map[chan []Change]struct{}{}
	}
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	go func() {
		<-ctx.Done()
		h.mu.Lock()
		delete(h.subs, ch)
		close(ch)
		h.mu.Unlock()
	}()
	return ch
}

// Watch delivers, in batches, the changes committed after it is called,
// until ctx ends (the channel is then closed). On the local file these are
// this process's own commits; on a shared store, everyone's.
func (s *Store) Watch(ctx context.Context) <-chan []Change {
	if w, ok := s.db.(kv.Watcher); ok {
		out := s.hub.subscribe(ctx)
		s.watchOnce.Do(func() { go s.follow(w) })
		return out
	}
	return s.hub.subscribe(ctx)
}

// logged is the transaction of one update, collecting the events it
// persists so that they are published once it commits.
type logged struct {
	kv.Tx
	changes *[]Change
}

func note(tx kv.Tx, ev review.Event) {
	if l, ok := tx.(logged); ok {
		*l.changes = append(*l.changes, Change{Seq: ev.Seq, Doc: ev.Doc, Type: ev.Type, Actor: ev.Actor, At: ev.At, To: assignee(ev)})
	}
}

// follow turns a shared store's watch into Changes for this process's
// watchers, for as long as the store is open.
func (s *Store) follow(w kv.Watcher) {
	for puts := range w.Watch(s.ctx, bEvents, bClaims) {
		var cs []Change
		for _, p := range puts {
			switch p.Bucket {
			case string(bEvents):
				if e, err := peekEvent(btoi(p.Key), p.Value); err == nil {
					ch := Change{Seq: e.Seq, Doc: e.Doc, Type: e.Type, Actor: e.Actor, At: e.At}
					if e.Type == review.EvAssigned { // rare: read whole for its assignee
						s.view(func(tx kv.Tx) error {
							if full, err := decodeEvent(tx, e.Seq, p.Value); err == nil {
								ch.To = assignee(full)
							}
							return nil
						})
					}
					cs = append(cs, ch)
				}
			case string(bClaims):
				c := decodeClaim(btoi(p.Key), p.Value)
				cs = append(cs, Change{Doc: c.Doc, Actor: c.Actor, At: c.Since})
			}
		}
		s.hub.publish(cs)
	}
}
