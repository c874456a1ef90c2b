package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"beishen/review"
	"beishen/review/stats"
	"beishen/storage/kv"
)

// The tally bucket holds what the year's statistics read of the log, so
// that `stats --year` at a large office reads one year's few records
// instead of decoding the whole log: each event of a kind the figures
// count (stats.Counted) under year | seq, with its document, type, time
// and payload (no actor, no hashes), and each document with an undo or
// redo under undoneYear | doc (the figures replay those documents' whole
// history), and under factsYear | doc the facts the figures read that a
// queue row lacks (stats.Facts) of each document filed or with an
// exception recorded. putEvent and putDoc write it with the event
// and the state; Verify rebuilds it from the log and compares; schema
// 3 → 4 builds it for an existing file.

// The key prefixes of the documents with an undo or redo and of the
// documents' facts; the years of events are below them.
const (
	undoneYear = 0xFFFF
	factsYear  = 0xFFFE
)

// tallyEntry is the tally record event e derives, ok false when e leaves
// none. An undo or redo derives its document's entry, whose value is the
// first such event's seq (so the entry is the same whichever is met).
func tallyEntry(e review.Event) (key, val []byte, ok bool) {
	if e.Type == review.EvUndo || e.Type == review.EvRedo {
		key = binary.BigEndian.AppendUint16(nil, undoneYear)
		return binary.BigEndian.AppendUint64(key, e.Doc), itob(e.Seq), true
	}
	if !stats.Counted(e.Type) {
		return nil, nil, false
	}
	year := e.Day().Year()
	if year < 0 || year >= factsYear {
		return nil, nil, false
	}
	key = binary.BigEndian.AppendUint16(nil, uint16(year))
	key = binary.BigEndian.AppendUint64(key, e.Seq)
	val = binary.AppendUvarint(nil, e.Doc)
	val = appendString(val, string(e.Type))
	val = appendTime(val, e.At)
	return key, append(val, e.Data...), true
}

// putTally adds e's entry, if it has one; an undone document keeps the
// entry of its first undo or redo.
func putTally(tx kv.Tx, e review.Event) error {
	key, val, ok := tallyEntry(e)
	if !ok {
		return nil
	}
	b := tx.Bucket(bTally)
	kv.Fill(b, appendFill) // a year's keys arrive in order, like the log's
	if key[0] == undoneYear>>8 && key[1] == undoneYear&0xFF && b.Get(key) != nil {
		return nil
	}
	return b.Put(key, val)
}

// tallyDocEntry is the entry of document d's facts (stats.Facts), ok
// false when it has none worth keeping: neither filed nor with an
// exception recorded, or removed.
func tallyDocEntry(d *review.Document) (key, val []byte, ok bool) {
	key = binary.BigEndian.AppendUint16(nil, factsYear)
	key = binary.BigEndian.AppendUint64(key, d.ID)
	if d.Removed || d.Kind != review.Filed && !d.Exception.Used() {
		return key, nil, false
	}
	val = appendDate(appendString(nil, d.Meta.FiledVia), d.Meta.Signed)
	return key, appendBool(val, d.Exception.Used()), true
}

// putTallyDoc keeps d's facts, writing only when they change.
func putTallyDoc(tx kv.Tx, d *review.Document) error {
	b := tx.Bucket(bTally)
	key, val, ok := tallyDocEntry(d)
	old := b.Get(key)
	switch {
	case !ok && old != nil:
		return b.Delete(key)
	case !ok || bytes.Equal(old, val):
		return nil
	}
	return b.Put(key, val)
}

// buildTally is the migration from schema 3 to 4: the tally of the log
// as it stands, from the events' heads, decoding only those that count.
func buildTally(tx kv.Tx) error {
	c := tx.Bucket(bEvents).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		h, err := peekEvent(btoi(k), v)
		if err != nil {
			return fmt.Errorf("事件 #%d 已损坏: %w", btoi(k), err)
		}
		if _, _, ok := tallyEntry(h); !ok {
			continue
		}
		e, err := decodeEvent(tx, btoi(k), v)
		if err != nil {
			return fmt.Errorf("事件 #%d 已损坏: %w", btoi(k), err)
		}
		if err := putTally(tx, e); err != nil {
			return err
		}
	}
	c = tx.Bucket(bDocs).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		d, err := decodeDocLight(v)
		if err != nil {
			return fmt.Errorf("文件 #%d 的记录已损坏: %w", btoi(k), err)
		}
		if err := putTallyDoc(tx, &d); err != nil {
			return err
		}
	}
	return nil
}

// buildTallyInBatches is buildTally for a back end that bounds a
// transaction (a shared store): the events, then the states, as many as a
// transaction holds at a time, and the schema raised once all are in.
// Until then readers of the figures read the log, and a writer that opens
// meanwhile builds the same entries again.
func (s *Store) buildTallyInBatches() error {
	for _, pass := range []struct {
		bucket []byte
		one    func(tx kv.Tx, k, v []byte) error
	}{
		{bEvents, func(tx kv.Tx, k, v []byte) error {
			h, err := peekEvent(btoi(k), v)
			if err != nil {
				return fmt.Errorf("事件 #%d 已损坏: %w", btoi(k), err)
			}
			if _, _, ok := tallyEntry(h); !ok {
				return nil
			}
			e, err := decodeEvent(tx, btoi(k), v)
			if err != nil {
				return fmt.Errorf("事件 #%d 已损坏: %w", btoi(k), err)
			}
			return putTally(tx, e)
		}},
		{bDocs, func(tx kv.Tx, k, v []byte) error {
			d, err := decodeDocLight(v)
			if err != nil {
				return fmt.Errorf("文件 #%d 的记录已损坏: %w", btoi(k), err)
			}
			return putTallyDoc(tx, &d)
		}},
	} {
		for from, done := uint64(0), false; !done; {
			var next uint64
			err := s.update(func(tx kv.Tx) error {
				next, done = from, false
				c := tx.Bucket(pass.bucket).Cursor()
				k, v := c.Seek(itob(from))
				for ; k != nil && (btoi(k) == from || !tx.Full()); k, v = c.Next() {
					if err := pass.one(tx, k, v); err != nil {
						return err
					}
					next = btoi(k) + 1
				}
				done = k == nil
				return nil
			})
			if err != nil {
				return fmt.Errorf("数据库升级到第 %d 版失败: %w", tallyFrom+1, err)
			}
			from = next
		}
	}
	return s.update(func(tx kv.Tx) error {
		meta := tx.Bucket(bMeta)
		if int(btoi(meta.Get(kSchema))) != tallyFrom {
			return nil
		}
		return meta.Put(kSchema, itob(tallyFrom+1))
	})
}

// TallyYear hands fn, in log order, the events of year that the figures
// count (stats.Counts: hashes, actor and workflow left out), and returns
// the documents with an undo or redo anywhere in the log. ok is false when
// the file has no tally (a read-only open of a file of schema 3, or a year
// the tally cannot key): the caller reads the log instead.
func (s *Store) TallyYear(year int, fn func(review.Event) error) (undone []uint64, ok bool, err error) {
	if year < 0 || year >= factsYear {
		return nil, false, nil
	}
	err = s.view(func(tx kv.Tx) error {
		b := tx.Bucket(bTally)
		if b == nil || int(btoi(tx.Bucket(bMeta).Get(kSchema))) < 4 {
			return nil
		}
		ok = true
		prefix := binary.BigEndian.AppendUint16(nil, uint16(year))
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			e, err := decodeTally(k, v)
			if err != nil {
				return err
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		prefix = binary.BigEndian.AppendUint16(nil, undoneYear)
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			undone = append(undone, btoi(k[2:]))
		}
		return nil
	})
	return undone, ok, err
}

// DocFacts hands fn the facts (stats.Facts) of every document that is
// filed or has an exception recorded, from the tally; ok is false when the
// file has none (see TallyYear): the caller reads the states.
func (s *Store) DocFacts(fn func(id uint64, f stats.Facts) error) (ok bool, err error) {
	err = s.view(func(tx kv.Tx) error {
		b := tx.Bucket(bTally)
		if b == nil || int(btoi(tx.Bucket(bMeta).Get(kSchema))) < 4 {
			return nil
		}
		ok = true
		prefix := binary.BigEndian.AppendUint16(nil, factsYear)
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			r := rowReader{b: v, s: string(v)}
			f := stats.Facts{FiledVia: r.string(), Signed: r.date(), Exception: r.bool()}
			if r.bad || len(k) != 10 {
				return fmt.Errorf("统计摘要中文件 #%d 的记录已损坏", btoi(k[2:]))
			}
			if err := fn(btoi(k[2:]), f); err != nil {
				return err
			}
		}
		return nil
	})
	return ok, err
}

func decodeTally(k, v []byte) (review.Event, error) {
	if len(k) != 10 {
		return review.Event{}, fmt.Errorf("统计摘要记录已损坏")
	}
	r := rowReader{b: v, s: string(v)}
	e := review.Event{Seq: btoi(k[2:]), Doc: r.uvarint()}
	e.Type = review.EventType(r.string())
	e.At = r.time()
	if r.bad {
		return e, fmt.Errorf("统计摘要 #%d 已损坏", e.Seq)
	}
	e.Data = json.RawMessage(r.s[len(r.s)-len(r.b):]) // a copy: v is the mapped file
	return e, nil
}

// tallyCheck is Verify's side of the tally: each event's entry must be
// stored as the log derives it, and the bucket hold no other.
type tallyCheck struct {
	b    kv.Bucket
	want int
	seen map[uint64]bool // undone documents met
	// docs counts the documents' entries; doc runs where Verify compares
	// documents, event where it streams the log.
	docs int
}

// doc checks d's facts (d as the log replays it).
func (t *tallyCheck) doc(d *review.Document) []review.Text {
	key, val, ok := tallyDocEntry(d)
	if !ok {
		if t.b.Get(key) != nil {
			t.docs++ // counted here, reported here
			return []review.Text{{
				ZH: fmt.Sprintf("文件 #%d 在统计摘要中有记录，日志中它既非备案件也无例外情形", d.ID),
				EN: fmt.Sprintf("document #%d has a statistics summary record although its log makes it neither filed nor excepted", d.ID)}}
		}
		return nil
	}
	t.docs++
	if got := t.b.Get(key); !bytes.Equal(got, val) {
		return []review.Text{{
			ZH: fmt.Sprintf("文件 #%d 的统计摘要（备案渠道、成文日期、例外情形）与日志不符", d.ID),
			EN: fmt.Sprintf("document #%d: its statistics summary (filing channel, date signed, exception) differs from the log", d.ID)}}
	}
	return nil
}

func newTallyCheck(tx kv.Tx) *tallyCheck {
	b := tx.Bucket(bTally)
	if b == nil || int(btoi(tx.Bucket(bMeta).Get(kSchema))) < 4 {
		return nil // an older file read as it is: it has no tally yet
	}
	return &tallyCheck{b: b, seen: map[uint64]bool{}}
}

func (t *tallyCheck) event(v *verifier, e review.Event) {
	if t == nil {
		return
	}
	key, val, ok := tallyEntry(e)
	if !ok {
		return
	}
	if e.Type == review.EvUndo || e.Type == review.EvRedo {
		if t.seen[e.Doc] {
			return
		}
		t.seen[e.Doc] = true
	}
	t.want++
	if got := t.b.Get(key); !bytes.Equal(got, val) {
		v.problem("事件 #%d 的统计摘要与日志不符（年度统计会出错）", "event #%d: its statistics summary differs from the log (the year's figures would be wrong)", e.Seq)
	}
}

func (t *tallyCheck) end(v *verifier) {
	if t == nil {
		return
	}
	if n := t.b.KeyN(); n != t.want+t.docs {
		v.problem("统计摘要有 %d 条记录，日志只对应 %d 条", "the statistics summary holds %d records, the log accounts for %d", n, t.want+t.docs)
	}
}
