package storage

import (
	"encoding/json"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
)

// Verify walks the chain on the stored hashes' bytes: each way a record
// can say its prev (linked to the record before, stored, or a JSON record
// of an older schema in between) is followed, and each break is named.
func TestVerifyFollowsTheChainThroughEveryRecordForm(t *testing.T) {
	build := func(t *testing.T) string {
		s, path := openTemp(t)
		s.Import(item("甲", "c1"))
		for _, text := range []string{"一", "二", "三"} {
			if _, _, err := s.Do(review.NewEvent(1, review.Comment{Text: text})); err != nil {
				t.Fatal(err)
			}
		}
		s.Import(item("乙", "c2")) // #5
		s.Close()
		return path
	}
	alter := func(t *testing.T, path string, fn func(b *bolt.Bucket)) Report {
		db, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		db.Update(func(tx *bolt.Tx) error { fn(tx.Bucket(bEvents)); return nil })
		db.Close()
		return verifyFile(t, path)
	}
	has := func(r Report, zh string) bool {
		for _, p := range r.Problems {
			if strings.Contains(p.ZH, zh) {
				return true
			}
		}
		return false
	}
	// event reads a comment (no findings to look up) with its own hash.
	event := func(t *testing.T, b *bolt.Bucket, seq uint64) review.Event {
		var h storedLinks
		e, err := decodeBinaryEvent(nil, nil, seq, b.Get(itob(seq)), nil, &h)
		if err != nil {
			t.Fatal(err)
		}
		e.Hash = link{sum: h.hash, set: true}.String()
		return e
	}

	t.Run("untouched", func(t *testing.T) {
		if r := alter(t, build(t), func(*bolt.Bucket) {}); !r.OK() || r.Events != 5 {
			t.Fatalf("%+v", r)
		}
	})
	t.Run("a stored hash changed", func(t *testing.T) {
		r := alter(t, build(t), func(b *bolt.Bucket) {
			v := append([]byte(nil), b.Get(itob(3))...)
			v[5] ^= 1
			b.Put(itob(3), v)
		})
		// #4 is linked to the hash stored for #3, which its own hash covers.
		if r.Broken != 3 || len(r.Problems) != 2 || !has(r, "事件 #3: 内容与哈希不符") || !has(r, "事件 #4: 内容与哈希不符") {
			t.Fatalf("broken %d: %v", r.Broken, r.Problems)
		}
	})
	t.Run("an event deleted", func(t *testing.T) {
		r := alter(t, build(t), func(b *bolt.Bucket) { b.Delete(itob(3)) })
		if r.Broken != 4 || !has(r, "事件 #4: 序号不连续，应为 #3") || !has(r, "事件 #4: 前一事件哈希不符") {
			t.Fatalf("broken %d: %v", r.Broken, r.Problems)
		}
	})
	t.Run("the last event deleted", func(t *testing.T) {
		r := alter(t, build(t), func(b *bolt.Bucket) { b.Delete(itob(5)) })
		if r.Broken != 0 || !has(r, "链尾哈希与最后一个事件不符") {
			t.Fatalf("broken %d: %v", r.Broken, r.Problems)
		}
	})
	t.Run("an older schema's JSON record in between", func(t *testing.T) {
		r := alter(t, build(t), func(b *bolt.Bucket) {
			e := event(t, b, 3)
			e.Prev = link{sum: [32]byte(b.Get(itob(2))[2:34]), set: true}.String()
			raw, _ := json.Marshal(e)
			b.Put(itob(3), raw)
		})
		if !r.OK() || r.Events != 5 {
			t.Fatalf("%+v", r)
		}
	})
	t.Run("a stored prev that is not the hash before", func(t *testing.T) {
		r := alter(t, build(t), func(b *bolt.Bucket) {
			e := event(t, b, 3)
			e.Prev = strings.Repeat("ab", 32)
			rec, _, err := encodeEvent(e, "")
			if err != nil || rec[1]&flagPrev == 0 {
				t.Fatalf("%v %x", err, rec[:2])
			}
			b.Put(itob(3), rec)
		})
		if r.Broken != 3 || !has(r, "事件 #3: 前一事件哈希不符") {
			t.Fatalf("broken %d: %v", r.Broken, r.Problems)
		}
	})
}
