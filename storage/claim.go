package storage

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"beishen/review"
	"beishen/storage/kv"
)

// bClaims holds, on a shared store, who has which document open for work:
// doc id → claimValue, each key tied to its holder's lease so that it
// vanishes when the holder's program ends or stops answering. The local
// file has no such bucket: one program, one reviewer.
var bClaims = []byte("claims")

// Claim is a reviewer working on a document.
type Claim struct {
	Doc   uint64    `json:"-"`
	Actor string    `json:"actor"`
	Since time.Time `json:"since"`
	// Session tells two programs of one reviewer apart.
	Session string `json:"session"`
}

// ClaimedError refuses an action on a document someone else is working on.
type ClaimedError struct{ Claim Claim }

func (e *ClaimedError) Error() string { return e.Message(review.ZH) }
func (e *ClaimedError) Message(lang review.Lang) string {
	at := e.Claim.Since.In(review.Zone).Format("15:04")
	if lang == review.EN {
		return fmt.Sprintf("%s is reviewing document #%d (since %s): you can read it but not act on it", e.Claim.Actor, e.Claim.Doc, at)
	}
	return fmt.Sprintf("%s 正在审查（%s 起）：文件 #%d 只能查看，不能操作", e.Claim.Actor, at, e.Claim.Doc)
}

// claims is this program's session and the documents it holds.
type claims struct {
	once    sync.Once
	session string
	mu      sync.Mutex
	held    map[uint64]bool
}

func (c *claims) id() string {
	c.once.Do(func() {
		b := make([]byte, 8)
		rand.Read(b)
		c.session = hex.EncodeToString(b)
	})
	return c.session
}

// Claim takes document id for work. On a shared store, someone else's
// claim refuses it with *ClaimedError; on the local file it always holds.
func (s *Store) Claim(id uint64) error {
	l, ok := s.db.(kv.Leaser)
	if !ok {
		return nil
	}
	raw, _ := json.Marshal(Claim{Actor: s.actor, Since: s.now(), Session: s.claims.id()})
	held, err := l.Hold(bClaims, itob(id), raw, func(cur []byte) bool {
		var c Claim
		return json.Unmarshal(cur, &c) == nil && c.Session == s.claims.id()
	})
	if err != nil {
		return err
	}
	if held != nil {
		c := decodeClaim(id, held)
		return &ClaimedError{Claim: c}
	}
	s.claims.mu.Lock()
	if s.claims.held == nil {
		s.claims.held = map[uint64]bool{}
	}
	s.claims.held[id] = true
	s.claims.mu.Unlock()
	return nil
}

// Release gives document id back.
func (s *Store) Release(id uint64) error {
	l, ok := s.db.(kv.Leaser)
	if !ok {
		return nil
	}
	s.claims.mu.Lock()
	mine := s.claims.held[id]
	delete(s.claims.held, id)
	s.claims.mu.Unlock()
	if !mine {
		return nil
	}
	return l.Drop(bClaims, itob(id))
}

// Claims lists who works on what now, for the queue; empty on the local
// file.
func (s *Store) Claims() (map[uint64]Claim, error) {
	out := map[uint64]Claim{}
	if _, ok := s.db.(kv.Leaser); !ok {
		return out, nil
	}
	err := s.view(func(tx kv.Tx) error {
		b := tx.Bucket(bClaims)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			out[btoi(k)] = decodeClaim(btoi(k), v)
			return nil
		})
	})
	return out, err
}

func decodeClaim(id uint64, raw []byte) Claim {
	var c Claim
	json.Unmarshal(raw, &c)
	c.Doc = id
	return c
}

// ClaimBinds says whether an action of type t waits for the document's
// claim. Assigning does not: it is the head's work on the queue, not work
// on the document, and a reviewer having a document open must not stop
// the head from giving it to someone else.
func ClaimBinds(t review.EventType) bool { return t != review.EvAssigned }

// checkClaim refuses an action on a document claimed by another session;
// the claim is read in the action's transaction, so a claim taken while
// the action commits makes the commit retry and then refuse.
func (s *Store) checkClaim(tx kv.Tx, doc uint64) error {
	b := tx.Bucket(bClaims)
	if b == nil || doc == 0 {
		return nil
	}
	raw := b.Get(itob(doc))
	if raw == nil {
		return nil
	}
	if c := decodeClaim(doc, raw); c.Session != s.claims.id() {
		return &ClaimedError{Claim: c}
	}
	return nil
}

// StaleError refuses an action taken on a state of the document that is no
// longer current: someone acted on it first. The action is not merged; the
// reviewer sees what happened and decides again.
type StaleError struct{ Latest review.Event }

func (e *StaleError) Error() string { return e.Message(review.ZH) }
func (e *StaleError) Message(lang review.Lang) string {
	ev := e.Latest
	at := ev.At.In(review.Zone).Format("15:04")
	if lang == review.EN {
		return fmt.Sprintf("%s acted on document #%d first (%s, at %s): your action was not recorded; look at the document again", ev.Actor, ev.Doc, ev.Type.Label().EN, at)
	}
	return fmt.Sprintf("%s 已先于你操作了文件 #%d（%s，%s）：你的操作未记录，请重新查看后再定", ev.Actor, ev.Doc, ev.Type.Label().ZH, at)
}

// DoSeen is Do for an action decided on the state whose latest event was
// seen (Document.LastSeq): if anyone has acted on the document since, it is
// refused with *StaleError. seen 0 acts on whatever is current.
func (s *Store) DoSeen(ev review.Event, seen uint64) (review.Event, review.Document, error) {
	var d review.Document
	err := s.update(func(tx kv.Tx) error {
		var err error
		if ev.Doc != 0 {
			if d, err = getDoc(tx, ev.Doc); err != nil {
				return err
			}
			if seen != 0 && d.LastSeq != seen {
				latest, err := eventAt(tx, d.LastSeq)
				if err != nil {
					return err
				}
				return &StaleError{Latest: latest}
			}
		}
		return s.commit(tx, &d, &ev)
	})
	return ev, d, writeError(err)
}
