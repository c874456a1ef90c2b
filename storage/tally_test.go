package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
	"beishen/review/stats"
	"beishen/storage/kv"
)

// copyTestdata copies a committed database into a private temporary file.
func copyTestdata(t *testing.T, name string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// yearFromLog is what the statistics read of year from the log itself.
func yearFromLog(t *testing.T, s *Store, year int) (evs []review.Event, undone []uint64) {
	t.Helper()
	err := s.EachEvent(1, func(e review.Event) error {
		if (e.Type == review.EvUndo || e.Type == review.EvRedo) && !slices.Contains(undone, e.Doc) {
			undone = append(undone, e.Doc)
		}
		if stats.Counted(e.Type) && e.Day().Year() == year {
			e.Hash, e.Prev, e.Actor, e.Workflow = "", "", "", 0
			evs = append(evs, e)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(undone)
	return evs, undone
}

// testdata/schema3.db was built by the release before the tally (commit
// 03e822a): the demo, findings confirmed and dismissed, a dismissal
// undone. A read-only open leaves it as it is and has no tally (stats
// reads the log); a writer's open builds the tally, which holds exactly
// what the log gives for the year, verifies, and follows new work.
func TestTallyBuiltForASchema3File(t *testing.T) {
	path := copyTestdata(t, "schema3.db")
	before, _ := os.ReadFile(path)
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := ro.TallyYear(2026, func(review.Event) error { return nil }); ok || err != nil {
		t.Fatalf("a schema 3 file read-only: tally ok=%v %v", ok, err)
	}
	if r, err := ro.Verify(); err != nil || !r.OK() {
		t.Fatalf("schema 3 read-only verify: %v %v", err, r.Problems)
	}
	ro.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("a read-only open of a schema 3 file changed it")
	}

	s, err := Open(path, Options{Actor: "审查员"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v := s.schema(); v != SchemaVersion {
		t.Fatalf("schema %d after a writer's open", v)
	}
	same := func(when string) {
		t.Helper()
		want, wantUndone := yearFromLog(t, s, 2026)
		var got []review.Event
		undone, ok, err := s.TallyYear(2026, func(e review.Event) error { got = append(got, e); return nil })
		if !ok || err != nil {
			t.Fatalf("%s: tally ok=%v %v", when, ok, err)
		}
		if len(want) == 0 || len(wantUndone) == 0 {
			t.Fatalf("%s: the fixture should have counted events (%d) and an undo (%v)", when, len(want), wantUndone)
		}
		if a, b := mustMarshal(t, want), mustMarshal(t, got); !bytes.Equal(a, b) || !slices.Equal(undone, wantUndone) {
			t.Fatalf("%s: the tally differs from the log:\n%s\n%v\nwant\n%s\n%v", when, b, undone, a, wantUndone)
		}
		if r, err := s.Verify(); err != nil || !r.OK() {
			t.Fatalf("%s: verify %v %v", when, err, r.Problems)
		}
	}
	same("after migration")
	if _, _, err := s.Do(review.NewEvent(3, review.Comment{Text: "升级后的批注"})); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Undo(3); err != nil {
		t.Fatal(err)
	}
	same("after new work")
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A tally that says something the log does not (a changed outcome, an
// entry removed or added) is reported by verify.
func TestVerifyReportsATamperedTally(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tamper func(b *bolt.Bucket) error
		says   string
	}{
		{"changed", func(b *bolt.Bucket) error {
			k, v := b.Cursor().First()
			v = append([]byte(nil), v...)
			v[len(v)-2] ^= 1
			return b.Put(append([]byte(nil), k...), v)
		}, "统计摘要与日志不符"},
		{"removed", func(b *bolt.Bucket) error {
			k, _ := b.Cursor().First()
			return b.Delete(append([]byte(nil), k...))
		}, "统计摘要与日志不符"},
		{"facts changed", func(b *bolt.Bucket) error {
			k, v := b.Cursor().Seek([]byte{0xFF, 0xFE})
			v = append([]byte(nil), v...)
			v[len(v)-1] ^= 1 // the exception flag
			return b.Put(append([]byte(nil), k...), v)
		}, "例外情形）与日志不符"},
		{"facts added", func(b *bolt.Bucket) error {
			k, v := b.Cursor().Seek([]byte{0xFF, 0xFE})
			k = append([]byte(nil), k...)
			k[len(k)-1] = 1 // document 1, a draft without an exception
			return b.Put(k, append([]byte(nil), v...))
		}, "既非备案件也无例外情形"},
		{"added", func(b *bolt.Bucket) error {
			k := binary.BigEndian.AppendUint16(nil, 2026)
			return b.Put(binary.BigEndian.AppendUint64(k, 1<<40), []byte{1, 0})
		}, "统计摘要有"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := copyTestdata(t, "schema3.db")
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			db, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Update(func(tx *bolt.Tx) error { return tc.tamper(tx.Bucket(bTally)) }); err != nil {
				t.Fatal(err)
			}
			db.Close()
			s, err = Open(path, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			r, err := s.Verify()
			if err != nil {
				t.Fatal(err)
			}
			if r.OK() || !strings.Contains(fmt.Sprint(r.Problems), tc.says) {
				t.Fatalf("verify after the tally was %s: %v", tc.name, r.Problems)
			}
		})
	}
}

// A filed document's facts follow its state: stored at import, changed by
// an edit of its channel, back when the edit is undone, and verify agrees
// with the log at each step.
func TestTallyFactsFollowTheState(t *testing.T) {
	s, _ := openTemp(t)
	it := item("备案件", "f1")
	it.Kind = review.Filed
	it.Meta.FiledVia = "npc"
	it.Meta.Signed = review.MustDate("2026-03-02")
	res, err := s.Import(it)
	if err != nil {
		t.Fatal(err)
	}
	id := res.Doc.ID
	facts := func(when, via string) {
		t.Helper()
		var got []stats.Facts
		ok, err := s.DocFacts(func(doc uint64, f stats.Facts) error {
			if doc == id {
				got = append(got, f)
			}
			return nil
		})
		if !ok || err != nil {
			t.Fatalf("%s: facts ok=%v %v", when, ok, err)
		}
		want := []stats.Facts{{FiledVia: via, Signed: review.MustDate("2026-03-02")}}
		if !slices.Equal(got, want) {
			t.Fatalf("%s: facts %+v, want %+v", when, got, want)
		}
		if r, err := s.Verify(); err != nil || !r.OK() {
			t.Fatalf("%s: verify %v %v", when, err, r.Problems)
		}
	}
	facts("after import", "npc")
	m := res.Doc.Meta
	m.FiledVia = "government"
	if _, _, err := s.Do(review.NewEvent(id, review.MetadataEdited{Meta: m, Changed: []string{"filed_via"}})); err != nil {
		t.Fatal(err)
	}
	facts("after the edit", "government")
	if _, _, err := s.Undo(id); err != nil {
		t.Fatal(err)
	}
	facts("after the edit was undone", "npc")
}

// A shared store of schema 3 gets its tally in batches when a new program
// opens it: more entries than one etcd transaction holds (128 writes).
func TestSharedStoreBuildsItsTallyInBatches(t *testing.T) {
	c := cluster(t, 1)
	a := reviewer(t, c, "张三", SharedOptions{})
	var items []ImportItem
	for i := range 150 {
		it := item(fmt.Sprintf("备案件%d", i), fmt.Sprintf("sha%d", i))
		it.Kind, it.Meta.FiledVia = review.Filed, "npc"
		items = append(items, it)
	}
	if _, err := a.ImportBatch(items); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.Do(review.NewEvent(1, review.Comment{Text: "批注"})); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.Undo(1); err != nil {
		t.Fatal(err)
	}
	// Back to schema 3: no tally, a few keys a transaction.
	for {
		n := 0
		err := a.update(func(tx kv.Tx) error {
			n = 0
			cur := tx.Bucket(bTally).Cursor()
			var keys [][]byte
			for k, _ := cur.First(); k != nil && len(keys) < 100; k, _ = cur.Next() {
				keys = append(keys, append([]byte(nil), k...))
			}
			for _, k := range keys {
				if err := tx.Bucket(bTally).Delete(k); err != nil {
					return err
				}
			}
			n = len(keys)
			return tx.Bucket(bMeta).Put(kSchema, itob(3))
		})
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	if _, ok, _ := a.TallyYear(2026, func(review.Event) error { return nil }); ok {
		t.Fatal("the store should read as schema 3")
	}
	b := reviewer(t, c, "李四", SharedOptions{})
	if v := b.schema(); v != SchemaVersion {
		t.Fatalf("schema %d after a new program opened the shared store", v)
	}
	n := 0
	ok, err := b.DocFacts(func(uint64, stats.Facts) error { n++; return nil })
	if !ok || err != nil || n != 150 {
		t.Fatalf("facts of %d documents (ok=%v %v), want 150", n, ok, err)
	}
	undone, ok, err := b.TallyYear(2026, func(review.Event) error { return nil })
	if !ok || err != nil || !slices.Equal(undone, []uint64{1}) {
		t.Fatalf("undone %v (ok=%v %v)", undone, ok, err)
	}
	if r, err := b.Verify(); err != nil || !r.OK() {
		t.Fatalf("verify: %v %v", err, r.Problems)
	}
}
