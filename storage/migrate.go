package storage

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"beishen/storage/kv"
)

// rewriteBatch is how many records one transaction of the rewrite puts:
// bbolt holds a transaction's pages in memory until it commits.
const rewriteBatch = 50_000

// rewrite converts a database of schema 2 or 4 into the current schema by
// copying it into a new file beside it, in key order and batch by batch (so
// leaf pages come out full, as `bbolt compact` would write them, and memory
// stays bounded), then renaming the copy over the original. Events keep
// their content as read back (their hashes are checked by Verify as
// before) in the current record layout; each version's findings go to the
// findings bucket once, and the version records and document states refer
// to them; each document's history becomes one list (docevents.go). The
// original is untouched until the rename, so a crash leaves the old file.
// old is closed; the returned database is the new file, opened with opt.
// On a current file the same copy compacts it (Compact); what names the
// work in the error.
func rewrite(path string, old *bolt.DB, opt *bolt.Options, what string) (*bolt.DB, error) {
	tmp := path + ".migrate"
	os.Remove(tmp)
	nu, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: opt.Timeout, FreelistType: opt.FreelistType, PageSize: opt.PageSize, NoFreelistSync: true})
	if err != nil {
		return nil, err
	}
	nu.NoSync = true // one fsync at the end; the original stays until then
	fail := func(err error) (*bolt.DB, error) {
		nu.Close()
		os.Remove(tmp)
		return nil, fmt.Errorf("%s失败（原文件未改动）: %w", what, err)
	}
	err = old.View(func(otx *bolt.Tx) error { return copyConverted(otx, nu) })
	if err != nil {
		return fail(err)
	}
	// bbolt grows a file 16 MB at a time; the copy ends at its last page.
	var used int64
	nu.View(func(tx *bolt.Tx) error { used = tx.Size(); return nil })
	if err := nu.Sync(); err != nil {
		return fail(err)
	}
	if err := nu.Close(); err != nil {
		return fail(err)
	}
	if err := truncateTo(tmp, used); err != nil {
		os.Remove(tmp)
		return nil, err
	}
	if err := old.Close(); err != nil {
		os.Remove(tmp)
		return nil, err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return nil, err
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return bolt.Open(path, 0o600, opt)
}

// batcher commits the new file's transaction every rewriteBatch puts.
type batcher struct {
	db *bolt.DB
	tx *bolt.Tx
	n  int
}

func (b *batcher) begin() error {
	var err error
	b.tx, err = b.db.Begin(true)
	return err
}

// step counts one put and commits when the batch is full.
func (b *batcher) step() error {
	b.n++
	if b.n%rewriteBatch != 0 {
		return nil
	}
	if err := b.tx.Commit(); err != nil {
		return err
	}
	return b.begin()
}

func (b *batcher) bucket(name []byte) *bolt.Bucket {
	bk := b.tx.Bucket(name)
	bk.FillPercent = rewriteFill
	return bk
}

// rewriteFill packs the rewritten file's pages full: every key arrives in
// order, so no page is split again by the copy, and a page that a later
// write splits is split then (bbolt's maximum is 1).
const rewriteFill = 1.0

func copyConverted(otx *bolt.Tx, nu *bolt.DB) error {
	b := &batcher{db: nu}
	if err := b.begin(); err != nil {
		return err
	}
	defer func() {
		if b.tx != nil {
			b.tx.Rollback()
		}
	}()
	for _, name := range allBuckets {
		if _, err := b.tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	// Events first: their findings go to the findings bucket, which the
	// versions and states then refer to.
	type ver struct {
		doc uint64
		n   int
	}
	brought := map[ver]uint64{} // version → the latest event that brought it
	c := otx.Bucket(bEvents).Cursor()
	before, last := "", uint64(0)
	for k, v := c.First(); k != nil; k, v = c.Next() {
		e, err := decodeEvent(kv.WrapBolt(otx), btoi(k), v)
		if err != nil {
			return fmt.Errorf("事件 #%d 已损坏: %w", btoi(k), err)
		}
		if btoi(k) != last+1 {
			before = "" // a gap: the record before is not the event before
		}
		if err := putEvent(kv.WrapBolt(b.tx), e, before); err != nil {
			return err
		}
		before, last = e.Hash, btoi(k)
		if ref, ok := e.Version(); ok && b.tx.Bucket(bFindings).Get(itob(e.Seq)) != nil {
			brought[ver{e.Doc, ref.N}] = e.Seq
		}
		if err := b.step(); err != nil {
			return err
		}
	}
	if err := b.tx.Bucket(bEvents).SetSequence(otx.Bucket(bEvents).Sequence()); err != nil {
		return err
	}
	c = otx.Bucket(bVersions).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		rec, _, err := decodeVersion(kv.WrapBolt(otx), v)
		if err != nil {
			return fmt.Errorf("版本记录已损坏: %w", err)
		}
		raw, err := encodeVersion(kv.WrapBolt(b.tx), rec, brought[ver{rec.Doc, rec.N}])
		if err != nil {
			return err
		}
		if err := b.bucket(bVersions).Put(k, raw); err != nil {
			return err
		}
		if err := b.step(); err != nil {
			return err
		}
	}
	// A file of schema 4 has its tally, copied below in order; an older
	// one gets the documents' part of it here.
	hasTally := btoi(otx.Bucket(bMeta).Get(kSchema)) >= tallyFrom+1
	c = otx.Bucket(bDocs).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		d, err := decodeDoc(kv.WrapBolt(otx), v)
		if err != nil {
			return fmt.Errorf("文件 #%d 的记录已损坏: %w", btoi(k), err)
		}
		raw, err := encodeDoc(kv.WrapBolt(b.tx), &d, brought[ver{d.ID, d.Version}], nil)
		if err != nil {
			return err
		}
		if err := b.bucket(bDocs).Put(k, raw); err != nil {
			return err
		}
		if !hasTally {
			if err := putTallyDoc(kv.WrapBolt(b.tx), &d); err != nil {
				return err
			}
		}
		if err := b.step(); err != nil {
			return err
		}
	}
	if err := b.tx.Bucket(bDocs).SetSequence(otx.Bucket(bDocs).Sequence()); err != nil {
		return err
	}
	// Every other bucket (the meta, queue rows, texts, indexes, and any a
	// later part of the program added) is copied as it is.
	err := otx.ForEach(func(name []byte, ob *bolt.Bucket) error {
		switch string(name) {
		case string(bEvents), string(bVersions), string(bDocs), string(bFindings):
			return nil
		case string(bTexts):
			return copyTexts(b, ob)
		case string(bDocEvents):
			return copyDocEvents(b, ob)
		}
		if _, err := b.tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
		key := append([]byte(nil), name...)
		return copyBucket(b, ob, func() *bolt.Bucket { return b.bucket(key) })
	})
	if err != nil {
		return err
	}
	if err := b.tx.Bucket(bMeta).Put(kSchema, itob(SchemaVersion)); err != nil {
		return err
	}
	err = b.tx.Commit()
	b.tx = nil
	return err
}

// copyBucket copies ob's keys, nested buckets and sequence into the bucket
// cur returns (again after each batch commit, as handles do not outlive
// their transaction).
func copyBucket(b *batcher, ob *bolt.Bucket, cur func() *bolt.Bucket) error {
	c := ob.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if v == nil {
			if inner := ob.Bucket(k); inner != nil {
				key := append([]byte(nil), k...)
				if _, err := cur().CreateBucketIfNotExists(key); err != nil {
					return err
				}
				sub := func() *bolt.Bucket {
					nb := cur().Bucket(key)
					nb.FillPercent = rewriteFill
					return nb
				}
				if err := copyBucket(b, inner, sub); err != nil {
					return err
				}
				continue
			}
		}
		if err := cur().Put(k, v); err != nil {
			return err
		}
		if err := b.step(); err != nil {
			return err
		}
	}
	return cur().SetSequence(ob.Sequence())
}

// copyTexts copies the texts deflated (texts.go).
func copyTexts(b *batcher, ob *bolt.Bucket) error {
	c := ob.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		t, err := unpackText(v)
		if err != nil {
			return err
		}
		if err := b.bucket(bTexts).Put(k, packText(t)); err != nil {
			return err
		}
		if err := b.step(); err != nil {
			return err
		}
	}
	return nil
}

// copyDocEvents writes each document's history as one list: the keys come
// in document order, each document's in log order (docevents.go).
func copyDocEvents(b *batcher, ob *bolt.Bucket) error {
	var doc uint64
	var list []byte
	var last uint64
	flush := func() error {
		if list == nil {
			return nil
		}
		if err := b.bucket(bDocEvents).Put(itob(doc), list); err != nil {
			return err
		}
		list = nil
		return b.step()
	}
	c := ob.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) != 8 && len(k) != 16 {
			continue
		}
		id := btoi(k[:8])
		if id != doc || list == nil {
			if err := flush(); err != nil {
				return err
			}
			seqs, err := docSeqs(kv.WrapBolt(ob.Tx()), id, 0)
			if err != nil {
				return fmt.Errorf("文件 #%d 的事件索引已损坏: %w", id, err)
			}
			doc, last, list = id, 0, []byte{}
			for _, seq := range seqs {
				list = binary.AppendUvarint(list, seq-last)
				last = seq
			}
		}
	}
	return flush()
}

// truncateTo cuts the file at path to size bytes, durably, when it is
// longer.
func truncateTo(path string, size int64) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || fi.Size() <= size {
		return err
	}
	if err := f.Truncate(size); err != nil {
		return err
	}
	return f.Sync()
}
