package etcdkv_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"beishen/storage/etcdkv"
	"beishen/storage/etcdserve"
	"beishen/storage/kv"
)

func open(t *testing.T) *etcdkv.DB {
	t.Helper()
	c, err := etcdserve.Start(t.TempDir(), 1, etcdserve.Options{NoFsync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	cli, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	db := etcdkv.New(cli, etcdkv.Options{})
	db.Own()
	t.Cleanup(func() { db.Close() })
	return db
}

func key(i int) []byte { return fmt.Appendf(nil, "k%05d", i) }

// walk lists the bucket's keys forward and backward through a cursor.
func walk(b kv.Bucket) (fwd, back []string) {
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		fwd = append(fwd, string(k))
	}
	for k, _ := c.Last(); k != nil; k, _ = c.Prev() {
		back = append(back, string(k))
	}
	return
}

// A cursor in a write transaction sees the store at its revision merged
// with the transaction's own puts and deletes, across pages, both ways.
func TestCursorMergesPendingWritesAcrossPages(t *testing.T) {
	db := open(t)
	for start := 0; start < 1200; start += 200 { // even keys, 100 a transaction: more than two pages
		err := db.Update(func(tx kv.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("b"))
			if err != nil {
				return err
			}
			for i := start; i < start+200; i += 2 {
				if err := b.Put(key(i), []byte{1}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]bool{}
	for i := 0; i < 1200; i += 2 {
		want[string(key(i))] = true
	}
	err := db.Update(func(tx kv.Tx) error {
		b := tx.Bucket([]byte("b"))
		for i := 0; i < 1200; i += 13 { // delete some even keys, add odd ones, on every page
			if i%2 == 0 {
				b.Delete(key(i))
				delete(want, string(key(i)))
			} else {
				b.Put(key(i), []byte{2})
				want[string(key(i))] = true
			}
		}
		var sorted []string
		for k := range want {
			sorted = append(sorted, k)
		}
		slices.Sort(sorted)
		fwd, back := walk(b)
		if !slices.Equal(fwd, sorted) {
			t.Errorf("forward walk in the write: %d keys, want %d", len(fwd), len(sorted))
		}
		slices.Reverse(back)
		if !slices.Equal(back, sorted) {
			t.Errorf("backward walk in the write: %d keys, want %d", len(back), len(sorted))
		}
		if k, _ := b.Cursor().Seek(key(649)); string(k) != string(key(652)) { // 650 is deleted here, 651 never was
			t.Errorf("seek 649 → %s, want k00652", k)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx kv.Tx) error {
		fwd, _ := walk(tx.Bucket([]byte("b")))
		if len(fwd) != len(want) || tx.Bucket([]byte("b")).KeyN() != len(want) {
			t.Errorf("after commit: %d keys, KeyN %d, want %d", len(fwd), tx.Bucket([]byte("b")).KeyN(), len(want))
		}
		if tx.Bucket([]byte("none")) != nil {
			t.Error("a bucket never created exists")
		}
		return nil
	})
}

// Two writers incrementing one counter: every increment counts, because a
// transaction whose read was overtaken runs again.
func TestConflictingWritersRetry(t *testing.T) {
	db := open(t)
	db.Update(func(tx kv.Tx) error { _, err := tx.CreateBucketIfNotExists([]byte("c")); return err })
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				err := db.Update(func(tx kv.Tx) error {
					_, err := tx.Bucket([]byte("c")).NextSequence()
					return err
				})
				if err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	db.View(func(tx kv.Tx) error {
		if n := tx.Bucket([]byte("c")).Sequence(); n != 100 {
			t.Errorf("counter %d, want 100", n)
		}
		return nil
	})
}
