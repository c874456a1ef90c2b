package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	"beishen/review"
	"beishen/storage/kv"
)

// A reviewer takes work out to a laptop (CheckOut: the office's whole log
// copied into a local file, marked with where it left the office) and
// brings it back (CheckIn: the actions taken on the laptop are taken again
// on the office's store, in order, by their own actors). A document someone
// acted on at the office meanwhile is not merged: its laptop actions are
// listed as conflicts and stay in the laptop file, which CheckIn only reads.

// kCheckout marks a laptop file: where its copy of the log left the office.
var kCheckout = []byte("checkout")

// checkinKey marks, in the office's meta, a laptop log already brought back
// (by the hash of its last event), so that it is not applied twice.
func checkinKey(head string) []byte { return []byte("checkin/" + head) }

// Checkout is where a laptop's copy left the office.
type Checkout struct {
	From string    `json:"from"` // the office's store
	Seq  uint64    `json:"seq"`  // the office's last event then
	At   time.Time `json:"at"`
	By   string    `json:"by"`
	Docs []uint64  `json:"docs,omitempty"` // the documents taken out to work on
}

// CheckOut copies the office's log and texts into a new local file at dest
// for work away from the network; docs are the documents the reviewer means
// to work on (for the record: every document travels, so the copy verifies
// as the office's log does).
func (s *Store) CheckOut(dest string, docs []uint64) (Checkout, error) {
	if _, err := os.Stat(dest); err == nil {
		return Checkout{}, &ExistsError{Path: dest}
	}
	evs, err := s.AllEvents()
	if err != nil {
		return Checkout{}, err
	}
	lap, err := Open(dest, Options{Actor: s.actor, Now: s.now})
	if err != nil {
		return Checkout{}, err
	}
	defer lap.Close()
	// Each text is read as its version passes, rather than every text
	// held at once: an office's texts can outweigh the memory.
	if _, err := lap.LoadLog(evs, func(doc uint64, n int) (string, bool) {
		v, err := s.Version(doc, n)
		return v.Text, err == nil
	}); err != nil {
		os.Remove(dest)
		return Checkout{}, err
	}
	co := Checkout{From: s.path, At: s.now(), By: s.actor, Docs: docs}
	if len(evs) > 0 {
		co.Seq = evs[len(evs)-1].Seq
	}
	raw, _ := json.Marshal(co)
	err = lap.update(func(tx kv.Tx) error { return tx.Bucket(bMeta).Put(kCheckout, raw) })
	return co, writeError(err)
}

// CheckinResult says what CheckIn did.
type CheckinResult struct {
	Checkout Checkout
	Applied  int        // laptop actions now in the office's log
	Docs     []uint64   // documents they changed
	Conflict []Conflict // laptop actions not taken, and why
}

// Conflict is one laptop action CheckIn did not take.
type Conflict struct {
	Event  review.Event // as the laptop logged it
	Reason review.Text
}

// NotCheckedOutError: the file was not made by CheckOut.
type NotCheckedOutError struct{ Path string }

func (e *NotCheckedOutError) Error() string { return e.Message(review.ZH) }
func (e *NotCheckedOutError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("%s was not taken out with checkout: there is nothing to bring back from it", e.Path)
	}
	return fmt.Sprintf("%s 不是用 checkout 带出的离线数据库，没有可带回的工作", e.Path)
}

// AlreadyCheckedInError: this laptop log was brought back before.
type AlreadyCheckedInError struct{ Path string }

func (e *AlreadyCheckedInError) Error() string { return e.Message(review.ZH) }
func (e *AlreadyCheckedInError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("the work in %s was already brought back; nothing was applied twice", e.Path)
	}
	return fmt.Sprintf("%s 中的工作已经带回过，未重复记录", e.Path)
}

// CheckIn takes the actions logged in the laptop file at path after its
// checkout again on this store. Per document: if nobody acted on it at the
// office since the checkout, its laptop actions are taken in order, in one
// transaction, each by its laptop actor; otherwise none are, and they are
// listed as conflicts. An action the workflow refuses on the office's state
// is listed too. Versions and imports made on the laptop are listed for
// importing again (their texts stay in the laptop file).
func (s *Store) CheckIn(path string) (CheckinResult, error) {
	var res CheckinResult
	lap, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		return res, err
	}
	defer lap.Close()
	var raw []byte
	lap.view(func(tx kv.Tx) error {
		raw = slices.Clone(tx.Bucket(bMeta).Get(kCheckout))
		return nil
	})
	if raw == nil || json.Unmarshal(raw, &res.Checkout) != nil {
		return res, &NotCheckedOutError{Path: path}
	}
	base := res.Checkout.Seq
	var work []review.Event
	last := map[uint64]uint64{} // doc → its last event at the checkout
	err = lap.EachEvent(1, func(e review.Event) error {
		if e.Seq <= base {
			last[e.Doc] = e.Seq
		} else {
			work = append(work, e)
		}
		return nil
	})
	if err != nil || len(work) == 0 {
		return res, err
	}
	head := work[len(work)-1].Hash
	done := false
	s.view(func(tx kv.Tx) error {
		done = tx.Bucket(bMeta).Get(checkinKey(head)) != nil
		return nil
	})
	if done {
		return res, &AlreadyCheckedInError{Path: path}
	}
	var order []uint64
	byDoc := map[uint64][]review.Event{}
	for _, e := range work {
		if _, ok := byDoc[e.Doc]; !ok {
			order = append(order, e.Doc)
		}
		byDoc[e.Doc] = append(byDoc[e.Doc], e)
	}
	seqs := map[uint64]uint64{} // laptop seq → office seq, for undo and redo
	for _, doc := range order {
		applied, conflicts, err := s.checkInDoc(doc, last[doc], byDoc[doc], seqs)
		if err != nil {
			return res, err
		}
		res.Applied += applied
		res.Conflict = append(res.Conflict, conflicts...)
		if applied > 0 {
			res.Docs = append(res.Docs, doc)
		}
	}
	err = s.update(func(tx kv.Tx) error { return tx.Bucket(bMeta).Put(checkinKey(head), []byte(path)) })
	return res, writeError(err)
}

// checkInDoc takes one document's laptop actions, all or none.
func (s *Store) checkInDoc(doc, base uint64, evs []review.Event, seqs map[uint64]uint64) (int, []Conflict, error) {
	conflict := func(reason review.Text) []Conflict {
		out := make([]Conflict, len(evs))
		for i, e := range evs {
			out[i] = Conflict{Event: e, Reason: reason}
		}
		return out
	}
	if doc == 0 {
		return 0, conflict(review.Text{ZH: "不属于某个文件的操作（如清理批次）请在联网后重新操作", EN: "an action on no document (a cleanup campaign): take it again online"}), nil
	}
	for _, e := range evs {
		if _, ok := e.Version(); ok {
			return 0, conflict(review.Text{ZH: "离线导入的文本或新版本请在联网后重新导入（文本保存在离线数据库中）", EN: "a text or version imported offline: import it again online (the laptop file keeps it)"}), nil
		}
	}
	applied := 0
	var refused []Conflict
	local := map[uint64]uint64{}
	err := s.update(func(tx kv.Tx) error {
		applied, refused = 0, nil
		clear(local)
		d, err := getDoc(tx, doc)
		if err != nil {
			return err
		}
		if d.LastSeq != base {
			latest, err := eventAt(tx, d.LastSeq)
			if err != nil {
				return err
			}
			stale := &StaleError{Latest: latest}
			refused = conflict(review.Text{ZH: stale.Message(review.ZH), EN: stale.Message(review.EN)})
			return nil
		}
		for _, e := range evs {
			ev := review.Event{Doc: doc, Type: e.Type, Data: e.Data}
			take := s.commitAs
			if e.Type == review.EvUndo || e.Type == review.EvRedo {
				if ev.Data, err = retarget(e, seqs, local); err != nil {
					return err
				}
				take = s.redoAs
			}
			err := take(tx, &d, &ev, e.Actor)
			var same *review.UnchangedError
			if errors.As(err, &same) {
				continue // the office is already so: nothing to take
			}
			if err != nil {
				refused = conflict(review.Text{ZH: "办公室的状态不接受此操作：" + review.Message(err, review.ZH), EN: "the office's state refuses it: " + review.Message(err, review.EN)})
				return errRollback
			}
			local[e.Seq] = ev.Seq
			applied++
		}
		return nil
	})
	if err == errRollback {
		return 0, refused, nil
	}
	if err != nil {
		return 0, nil, writeError(err)
	}
	if applied == 0 {
		return 0, refused, nil
	}
	for k, v := range local {
		seqs[k] = v
	}
	return applied, nil, nil
}

var errRollback = review.Text{ZH: "回滚", EN: "rolled back"}

// retarget points a laptop undo or redo at the office's copy of its target.
func retarget(e review.Event, seqs, local map[uint64]uint64) (json.RawMessage, error) {
	p, err := e.Decode()
	if err != nil {
		return nil, err
	}
	remap := func(t uint64) uint64 {
		if n, ok := local[t]; ok {
			return n
		}
		if n, ok := seqs[t]; ok {
			return n
		}
		return t // taken before the checkout: the same event at the office
	}
	switch u := p.(type) {
	case *review.Undo:
		u.Target = remap(u.Target)
		return json.Marshal(u)
	case *review.Redo:
		u.Target = remap(u.Target)
		return json.Marshal(u)
	}
	return e.Data, nil
}

// redoAs takes a laptop undo or redo by its actor, judged on the office's
// history as compensate judges one.
func (s *Store) redoAs(tx kv.Tx, d *review.Document, ev *review.Event, actor string) error {
	hist, err := docEvents(tx, d.ID)
	if err != nil {
		return err
	}
	return s.appendReplayed(tx, d.ID, hist, d, ev, actor)
}
