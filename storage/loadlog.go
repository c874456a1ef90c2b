package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"beishen/review"
	"beishen/storage/kv"
)

// LoadResult says what LoadLog did.
type LoadResult struct {
	Skipped      int // events the database already held (the common prefix)
	Added        int // events appended
	Documents    int // documents whose state was rebuilt
	MissingTexts int // versions stored without their text (a log exported without texts)
}

// PrefixError means the database holds a different log than the file: it is
// neither empty nor a prefix of the file.
type PrefixError struct {
	Line int // the first event (1-based, = the line of a jsonl log) that differs
}

func (e *PrefixError) Error() string { return e.Message(review.ZH) }
func (e *PrefixError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("the database holds a different review log (from event %d on); only an empty database or one whose log the file continues can take it; nothing was imported", e.Line)
	}
	return fmt.Sprintf("数据库中已有的审查日志与文件不一致（自第 %d 个事件起）；只能导入到空数据库或日志为该文件前段的数据库；未导入任何内容", e.Line)
}

// LoadLog appends a log handed over from another database: events keep
// their sequence numbers and hashes. The database must be empty or hold
// exactly the first events of the file; the rest are appended, the
// versions they bring are stored with their texts (text returns them;
// a missing one is stored empty and counted), and every touched document's
// state is rebuilt by review.Replay, all in one transaction. The caller has
// checked each event's hash and the chain (export.ReadLog); LoadLog checks
// the chain again against the database's head.
func (s *Store) LoadLog(events []review.Event, text func(doc uint64, n int) (string, bool)) (LoadResult, error) {
	var res LoadResult
	err := s.update(func(tx kv.Tx) error {
		res = LoadResult{}
		b := tx.Bucket(bEvents)
		c := b.Cursor()
		i := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if i >= len(events) {
				return &PrefixError{Line: i + 1}
			}
			e, err := decodeEvent(tx, btoi(k), v)
			if err != nil || e.Hash != events[i].Hash {
				return &PrefixError{Line: i + 1}
			}
			i++
		}
		res.Skipped = i
		head := string(tx.Bucket(bMeta).Get(kHead))
		touched := map[uint64]bool{}
		var maxDoc uint64
		for _, ev := range events[i:] {
			if ev.Seq != b.Sequence()+1 || ev.Prev != head || ev.ComputeHash() != ev.Hash {
				return fmt.Errorf("事件 #%d 与数据库的链尾接不上或已被改动；未导入任何内容", ev.Seq)
			}
			if err := putEvent(tx, ev, head); err != nil {
				return err
			}
			head = ev.Hash
			res.Added++
			if ev.Doc == 0 {
				continue
			}
			touched[ev.Doc] = true
			maxDoc = max(maxDoc, ev.Doc)
			if err := addDocEvent(tx, ev.Doc, ev.Seq); err != nil {
				return err
			}
			if ref, ok := ev.Version(); ok {
				t, found := text(ev.Doc, ref.N)
				if !found {
					res.MissingTexts++
				} else if sha(t) != ref.TextSHA256 {
					return fmt.Errorf("文件 #%d 第 %d 版的正文与日志记录的哈希不符；未导入任何内容", ev.Doc, ref.N)
				}
				v := NewVersion{FileName: ref.FileName, Format: ref.Format, Encoding: ref.Encoding, SHA256: ref.SHA256,
					Size: ref.Size, Text: t, Findings: ref.Findings, RulesVersion: ref.RulesVersion}
				if err := putVersion(tx, ev.Doc, ref, v, ev); err != nil {
					return err
				}
			}
		}
		if err := tx.Bucket(bMeta).Put(kHead, []byte(head)); err != nil {
			return err
		}
		docs := tx.Bucket(bDocs)
		if maxDoc > docs.Sequence() {
			if err := docs.SetSequence(maxDoc); err != nil {
				return err
			}
		}
		for id := range touched {
			hist, err := docEvents(tx, id)
			if err != nil {
				return err
			}
			d, err := review.Replay(id, hist)
			if err != nil {
				return fmt.Errorf("文件 #%d: %w；未导入任何内容", id, err)
			}
			if err := putDoc(tx, &d, 0, nil); err != nil {
				return err
			}
		}
		res.Documents = len(touched)
		return nil
	})
	return res, writeError(err)
}

// Texts returns the text of every stored version, for a hand-over export.
func (s *Store) Texts(fn func(doc uint64, n int, text string) error) error {
	return s.view(func(tx kv.Tx) error { return LogWalk{tx}.Texts(fn) })
}

// Texts calls fn with the text of every stored version.
func (w LogWalk) Texts(fn func(doc uint64, n int, text string) error) error {
	return w.tx.Bucket(bTexts).ForEach(func(k, v []byte) error {
		if len(k) != 16 {
			return nil
		}
		doc, n := unpair(k)
		t, err := unpackText(v)
		if err != nil {
			return fmt.Errorf("文件 #%d 第 %d 版的正文已损坏: %w", doc, n, err)
		}
		if err := checkText(w.tx, doc, int(n), []byte(t)); err != nil {
			return err // a hand-over never carries an altered text under a fresh hash
		}
		return fn(doc, int(n), t)
	})
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
