package storage

import (
	"encoding/json"
	"fmt"
	"reflect"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
)

// Report is the result of Verify.
type Report struct {
	Events    int
	Documents int
	Head      string // hash of the last event
	// Broken names the first event whose stored bytes do not match the
	// chain; zero when the chain is whole.
	Broken   uint64
	Problems []review.Text // every problem found, first one first, in both languages
	// MissingTexts counts versions stored without their text (a log handed
	// over without texts): not a problem, but said.
	MissingTexts int
}

// problem records one problem in both languages.
func (r *Report) problem(zh, en string) {
	r.Problems = append(r.Problems, review.Text{ZH: zh, EN: en})
}

// OK reports whether nothing was wrong.
func (r Report) OK() bool { return len(r.Problems) == 0 }

// Verify recomputes the hash chain over the whole log, replays every
// document's history against its stored state, and runs bbolt's own
// consistency check. It reads only, in one transaction.
func (s *Store) Verify() (Report, error) {
	var r Report
	err := s.view(func(tx *bolt.Tx) error {
		if _, err := walkPages(s.path, uint64(tx.ID())); err != nil {
			return withPath(err, s.path)
		}
		s.verifyChain(tx, &r)
		s.verifyDocs(tx, &r)
		verifyTexts(tx, &r)
		for err := range tx.Check() {
			r.problem(fmt.Sprintf("数据库结构检查: %v", err), fmt.Sprintf("database structure check: %v", err))
		}
		return nil
	})
	return r, err
}

func (s *Store) verifyChain(tx *bolt.Tx, r *Report) {
	prev := ""
	var want uint64 = 1
	c := tx.Bucket(bEvents).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		seq := btoi(k)
		r.Events++
		fail := func(zh, en string) {
			if r.Broken == 0 {
				r.Broken = seq
			}
			r.problem(fmt.Sprintf("事件 #%d: %s", seq, zh), fmt.Sprintf("event #%d: %s", seq, en))
		}
		if seq != want {
			fail(fmt.Sprintf("序号不连续，应为 #%d（事件被删除或插入）", want), fmt.Sprintf("the sequence jumps, #%d expected (an event was deleted or inserted)", want))
		}
		want = seq + 1
		var e review.Event
		if err := json.Unmarshal(v, &e); err != nil {
			fail(fmt.Sprintf("内容无法解析，已被改动: %v", err), fmt.Sprintf("cannot be read, it was altered: %v", err))
			prev = ""
			continue
		}
		switch {
		case e.Seq != seq:
			fail(fmt.Sprintf("记录的序号 #%d 与位置不符", e.Seq), fmt.Sprintf("its recorded number #%d does not match its place", e.Seq))
		case e.Prev != prev:
			fail("前一事件哈希不符，链条在此断开", "the previous event's hash does not match: the chain breaks here")
		case e.ComputeHash() != e.Hash:
			fail("内容与哈希不符，事件已被改动", "its content does not match its hash: the event was altered")
		}
		prev = e.Hash
	}
	if head := string(tx.Bucket(bMeta).Get(kHead)); head != prev {
		r.problem("链尾哈希与最后一个事件不符（末尾事件被删除）", "the head hash does not match the last event (events at the end were deleted)")
	}
	r.Head = prev
}

// verifyDocs replays each document's events and compares the result with
// the materialised state, which catches a state edited behind the log.
func (s *Store) verifyDocs(tx *bolt.Tx, r *Report) {
	tx.Bucket(bDocs).ForEach(func(k, v []byte) error {
		id := btoi(k)
		r.Documents++
		var stored review.Document
		if err := json.Unmarshal(v, &stored); err != nil {
			r.problem(fmt.Sprintf("文件 #%d 的状态记录无法解析: %v", id, err), fmt.Sprintf("document #%d: its state record cannot be read: %v", id, err))
			return nil
		}
		hist, err := docEvents(tx, id)
		var replayed review.Document
		if err == nil {
			replayed, err = review.Replay(id, hist)
		}
		if err != nil {
			r.problem(fmt.Sprintf("文件 #%d: %s", id, review.Message(err, review.ZH)), fmt.Sprintf("document #%d: %s", id, review.Message(err, review.EN)))
			return nil
		}
		if !sameJSON(stored, replayed) {
			r.problem(fmt.Sprintf("文件 #%d 的当前状态与审查日志重放结果不一致", id), fmt.Sprintf("document #%d: its current state differs from the replay of the review log", id))
		}
		return nil
	})
}

// sameJSON compares through JSON, the form in which states are stored, so
// that nil and empty maps or times in different zones compare equal.
func sameJSON(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	var x, y any
	json.Unmarshal(ja, &x)
	json.Unmarshal(jb, &y)
	return reflect.DeepEqual(x, y)
}
