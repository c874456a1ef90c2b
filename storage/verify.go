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
	Problems []string // every problem found, first one first
}

// OK reports whether nothing was wrong.
func (r Report) OK() bool { return len(r.Problems) == 0 }

// Verify recomputes the hash chain over the whole log, replays every
// document's history against its stored state, and runs bbolt's own
// consistency check. It reads only, in one transaction.
func (s *Store) Verify() (Report, error) {
	var r Report
	err := s.db.View(func(tx *bolt.Tx) error {
		s.verifyChain(tx, &r)
		s.verifyDocs(tx, &r)
		for err := range tx.Check() {
			r.Problems = append(r.Problems, fmt.Sprintf("数据库结构检查: %v", err))
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
		fail := func(format string, args ...any) {
			if r.Broken == 0 {
				r.Broken = seq
			}
			r.Problems = append(r.Problems, fmt.Sprintf("事件 #%d: ", seq)+fmt.Sprintf(format, args...))
		}
		if seq != want {
			fail("序号不连续，应为 #%d（事件被删除或插入）", want)
		}
		want = seq + 1
		var e review.Event
		if err := json.Unmarshal(v, &e); err != nil {
			fail("内容无法解析，已被改动: %v", err)
			prev = ""
			continue
		}
		switch {
		case e.Seq != seq:
			fail("记录的序号 #%d 与位置不符", e.Seq)
		case e.Prev != prev:
			fail("前一事件哈希不符，链条在此断开")
		case e.ComputeHash() != e.Hash:
			fail("内容与哈希不符，事件已被改动")
		}
		prev = e.Hash
	}
	if head := string(tx.Bucket(bMeta).Get(kHead)); head != prev {
		r.Problems = append(r.Problems, "链尾哈希与最后一个事件不符（末尾事件被删除）")
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
			r.Problems = append(r.Problems, fmt.Sprintf("文件 #%d 的状态记录无法解析: %v", id, err))
			return nil
		}
		hist, err := docEvents(tx, id)
		if err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("文件 #%d: %v", id, err))
			return nil
		}
		replayed, err := review.Replay(id, hist)
		if err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("文件 #%d: %v", id, err))
			return nil
		}
		if !sameState(stored, replayed) {
			r.Problems = append(r.Problems, fmt.Sprintf("文件 #%d 的当前状态与审查日志重放结果不一致", id))
		}
		return nil
	})
}

// sameState compares through JSON, the form in which states are stored, so
// that nil and empty maps or times in different zones compare equal.
func sameState(a, b review.Document) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	var x, y any
	json.Unmarshal(ja, &x)
	json.Unmarshal(jb, &y)
	return reflect.DeepEqual(x, y)
}
