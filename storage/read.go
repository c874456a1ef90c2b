package storage

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"beishen/review"
	"beishen/storage/kv"
)

// NotFoundError names a document the store does not hold.
type NotFoundError struct{ ID uint64 }

func (e *NotFoundError) Error() string { return e.Message(review.ZH) }
func (e *NotFoundError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("no document #%d", e.ID)
	}
	return fmt.Sprintf("没有编号为 %d 的文件", e.ID)
}

func getDoc(tx kv.Tx, id uint64) (review.Document, error) {
	raw := tx.Bucket(bDocs).Get(itob(id))
	if raw == nil {
		return review.Document{}, &NotFoundError{ID: id}
	}
	d, err := decodeDoc(tx, raw)
	if err != nil {
		return d, fmt.Errorf("文件 #%d 的记录已损坏: %w", id, err)
	}
	return d, nil
}

// Document returns the current state of document id.
func (s *Store) Document(id uint64) (review.Document, error) {
	var d review.Document
	err := s.view(func(tx kv.Tx) error {
		var err error
		d, err = getDoc(tx, id)
		return err
	})
	if err == nil && d.Removed {
		return d, &NotFoundError{ID: id}
	}
	return d, err
}

// DocumentLight returns the current state of document id without its
// findings and checklist (Findings and Checks are nil): a fraction of the
// cost of Document for a reader of many documents' metadata and review
// record.
func (s *Store) DocumentLight(id uint64) (review.Document, error) {
	var d review.Document
	err := s.view(func(tx kv.Tx) error {
		raw := tx.Bucket(bDocs).Get(itob(id))
		if raw == nil {
			return &NotFoundError{ID: id}
		}
		var err error
		if d, err = decodeDocLight(raw); err != nil {
			return fmt.Errorf("文件 #%d 的记录已损坏: %w", id, err)
		}
		return nil
	})
	if err == nil && d.Removed {
		return d, &NotFoundError{ID: id}
	}
	return d, err
}

// DocumentsLight is DocumentLight for many documents in one transaction,
// in the order of ids; a document not found or removed is skipped.
func (s *Store) DocumentsLight(ids []uint64, fn func(review.Document) error) error {
	return s.view(func(tx kv.Tx) error {
		docs := tx.Bucket(bDocs)
		for _, id := range ids {
			raw := docs.Get(itob(id))
			if raw == nil {
				continue
			}
			d, err := decodeDocLight(raw)
			if err != nil {
				return fmt.Errorf("文件 #%d 的记录已损坏: %w", id, err)
			}
			if d.Removed {
				continue
			}
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	})
}

// Summaries returns the queue row of every document, in ID order. It reads
// the compact rows bucket only, so start-up cost does not grow with texts.
func (s *Store) Summaries() ([]review.Summary, error) {
	var out []review.Summary
	err := s.view(func(tx kv.Tx) error {
		b := tx.Bucket(bRows)
		var keys, vals [][]byte // point into the mapped file, valid in this transaction
		b.ForEach(func(k, v []byte) error {
			keys, vals = append(keys, k), append(vals, v)
			return nil
		})
		out = make([]review.Summary, len(vals))
		// Decoding is most of the cost at 100,000 rows; share it among cores.
		workers := min(runtime.GOMAXPROCS(0), max(1, len(vals)/1000))
		errs := make([]error, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// The rows are read from the memory map: a damaged page must not fault here either.
				errs[w] = guard(s.path, func() error {
					for i := w * len(vals) / workers; i < (w+1)*len(vals)/workers; i++ {
						if err := decodeRow(vals[i], &out[i]); err != nil {
							return fmt.Errorf("文件 #%d 的队列记录已损坏: %w", btoi(keys[i]), err)
						}
					}
					return nil
				})
			}()
		}
		wg.Wait()
		// The rows are decoded into the heap: the file's pages they came
		// from leave the resident set (at 100,000 documents about a
		// hundred megabytes the screen held for nothing).
		releaseMapped(tx)
		return errors.Join(errs...)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// releaseRowsEvery is how many queue rows EachSummary reads between two
// releases of the mapped file. In a file written over years the rows'
// pages lie among the log's and the states', and each read maps its
// neighbours as well. At 100,000 freshly generated documents `list --json`
// held 219 MiB (4 KB pages) and 125 MiB (16 KB) without releases, 146 and
// 98 MiB releasing every 65,536 rows, 92 and 77 MiB every 8,192, with no
// loss of speed.
const releaseRowsEvery = 8192

// EachSummary calls fn with the queue row of every document, in ID order,
// one at a time inside one read transaction: a command that prints the
// queue holds one row, not 100,000. fn must not call back into the store.
func (s *Store) EachSummary(fn func(review.Summary) error) error {
	return s.db.View(func(tx kv.Tx) error {
		c := tx.Bucket(bRows).Cursor()
		var r review.Summary
		n := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if n++; n%releaseRowsEvery == 0 {
				releaseMapped(tx)
			}
			if err := decodeRow(v, &r); err != nil {
				return fmt.Errorf("文件 #%d 的队列记录已损坏: %w", btoi(k), err)
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	})
}

// Version returns version n of document id with its text.
func (s *Store) Version(id uint64, n int) (review.Version, error) {
	var v review.Version
	err := s.view(func(tx kv.Tx) error {
		k := pair(id, uint64(n))
		raw := tx.Bucket(bVersions).Get(k)
		if raw == nil {
			return fmt.Errorf("文件 #%d 没有第 %d 版", id, n)
		}
		var err error
		if v, _, err = decodeVersion(tx, raw); err != nil {
			return err
		}
		v.Text, err = unpackText(tx.Bucket(bTexts).Get(k))
		if err != nil {
			return err
		}
		return checkText(tx, id, n, []byte(v.Text))
	})
	return v, err
}

// Events returns the history of document id in log order.
func (s *Store) Events(id uint64) ([]review.Event, error) {
	var out []review.Event
	err := s.view(func(tx kv.Tx) error {
		var err error
		out, err = docEvents(tx, id)
		return err
	})
	return out, err
}

func docEvents(tx kv.Tx, id uint64) ([]review.Event, error) {
	return LogWalk{tx}.History(id, 0)
}

// EachEvent calls fn for every event from seq from on, in log order, inside
// one read transaction; fn must not call back into the store.
func (s *Store) EachEvent(from uint64, fn func(review.Event) error) error {
	return s.view(func(tx kv.Tx) error { return eachEvent(tx, from, nil, fn) })
}

// EachEventWhere is EachEvent for a reader that wants few of the events:
// want sees each event's sequence, document, type, time and actor (read
// without its data or hashes), and only the events it wants are read whole
// and passed to fn.
func (s *Store) EachEventWhere(want func(review.Event) bool, fn func(review.Event) error) error {
	return s.view(func(tx kv.Tx) error { return eachEvent(tx, 1, want, fn) })
}

// eachEvent streams the log from seq from; want, when set, sees each
// event's head first (peekEvent) and skips the events it does not want.
func eachEvent(tx kv.Tx, from uint64, want func(review.Event) bool, fn func(review.Event) error) error {
	c := tx.Bucket(bEvents).Cursor()
	n := 0
	for k, v := c.Seek(itob(from)); k != nil; k, v = c.Next() {
		if n++; n%releaseEvery == 0 {
			releaseMapped(tx)
		}
		if want != nil {
			h, err := peekEvent(btoi(k), v)
			if err != nil {
				return fmt.Errorf("事件 #%d 已损坏: %w", btoi(k), err)
			}
			if !want(h) {
				continue
			}
		}
		e, err := decodeEvent(tx, btoi(k), v)
		if err != nil {
			return fmt.Errorf("事件 #%d 已损坏: %w", btoi(k), err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// Count reports how many documents and events the store holds. It walks
// both buckets: for a cheap "has anything changed" use LastEvent.
func (s *Store) Count() (docs, events int, err error) {
	err = s.view(func(tx kv.Tx) error {
		docs = tx.Bucket(bRows).KeyN()
		events = tx.Bucket(bEvents).KeyN()
		return nil
	})
	return
}

// LastEvent is the sequence number of the newest event, 0 for an empty log:
// the log's length, since sequence numbers have no gaps. It reads one
// counter, unlike Count.
func (s *Store) LastEvent() (uint64, error) {
	var seq uint64
	err := s.view(func(tx kv.Tx) error {
		seq = tx.Bucket(bEvents).Sequence()
		return nil
	})
	return seq, err
}

// LogWalk is the log as one read transaction sees it, for a reader that
// streams it (exports): events one at a time, and any document's earlier
// history when the reader needs to rebuild that document's state.
type LogWalk struct{ tx kv.Tx }

// WalkLog calls fn with a view of the log inside one read transaction; fn
// must not call back into the store.
func (s *Store) WalkLog(fn func(LogWalk) error) error {
	return s.db.View(func(tx kv.Tx) error { return fn(LogWalk{tx}) })
}

// Each calls fn for every event in log order, or, when doc is not 0, for
// the events of document doc only (read through its index, so the cost is
// that document's history, not the log's).
func (w LogWalk) Each(doc uint64, fn func(review.Event) error) error {
	if doc == 0 {
		return eachEvent(w.tx, 1, nil, fn)
	}
	return eachDocEvent(w.tx, doc, 0, fn)
}

// EachWhere is Each for a reader that wants few of the events of the whole
// log: want sees each event's head (as EachEventWhere) and only the events
// it wants are read whole. With doc set, want is not asked.
func (w LogWalk) EachWhere(doc uint64, want func(review.Event) bool, fn func(review.Event) error) error {
	if doc == 0 {
		return eachEvent(w.tx, 1, want, fn)
	}
	return eachDocEvent(w.tx, doc, 0, fn)
}

// History returns document doc's events before sequence number before.
func (w LogWalk) History(doc, before uint64) ([]review.Event, error) {
	var out []review.Event
	err := eachDocEvent(w.tx, doc, before, func(e review.Event) error {
		out = append(out, e)
		return nil
	})
	return out, err
}

// eachDocEvent calls fn for document doc's events in log order, those
// before sequence number before when it is not 0.
func eachDocEvent(tx kv.Tx, doc, before uint64, fn func(review.Event) error) error {
	seqs, err := docSeqs(tx, doc, before)
	if err != nil {
		return fmt.Errorf("文件 #%d 的事件索引已损坏: %w", doc, err)
	}
	events := tx.Bucket(bEvents)
	for _, seq := range seqs {
		e, err := decodeEvent(tx, seq, events.Get(itob(seq)))
		if err != nil {
			return fmt.Errorf("事件 #%d 已损坏: %w", seq, err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// eventAt reads the event with sequence number seq.
func eventAt(tx kv.Tx, seq uint64) (review.Event, error) {
	raw := tx.Bucket(bEvents).Get(itob(seq))
	if raw == nil {
		return review.Event{}, fmt.Errorf("日志中没有第 %d 条事件", seq)
	}
	return decodeEvent(tx, seq, raw)
}
