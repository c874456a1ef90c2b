package storage

import (
	"encoding/binary"
	"os"
	"path/filepath"

	"beishen/review/search"
	"beishen/storage/kv"
)

// The screen's search index is kept beside the database file (PATH.search)
// with the sequence number and hash of the last event it reflects. A
// launch loads it and brings it up to date from the few documents the log
// touched since, instead of building it from 100,000 stored keys; a
// snapshot whose event is no longer in the log (another file, a restore)
// or that cannot be read is built afresh and written again. It is a cache:
// deleting it costs one build. The database file itself is never written.

var snapshotHead = []byte("beishen search index\n")

// snapshotCatchUp bounds the documents brought up to date one by one; past
// it a build is as quick.
const snapshotCatchUp = 20_000

// SearchIndex is the search index over every document in the queue.
func (s *Store) SearchIndex() (*search.Index, error) {
	if s.file == nil { // a shared store has no file to keep it beside
		docs, err := s.SearchDocs()
		return search.New(docs), err
	}
	path := s.path + ".search"
	if ix, ok := s.loadSnapshot(path); ok {
		return ix, nil
	}
	var seq uint64
	var hash string
	// The head is read before the keys: a document stored in between is
	// in the index but after the recorded event, and caught up again.
	if err := s.view(func(tx kv.Tx) error {
		seq, hash = lastEventHash(tx)
		return nil
	}); err != nil {
		return nil, err
	}
	docs, err := s.SearchDocs()
	if err != nil {
		return nil, err
	}
	ix := search.New(docs)
	body, err := ix.MarshalBinary()
	if err != nil {
		return ix, nil
	}
	writeSnapshot(path, seq, hash, body) // a cache: failing to write costs the next launch a build
	// The screen keeps the index in the form a later launch loads: one
	// block of memory. The index just built holds every document's strings
	// apart, about 30 MB more at 100,000 documents (the first launch's
	// screen measured 314 MiB, the next ones 284 MiB).
	if loaded, err := search.LoadIndex(body); err == nil {
		ix = loaded
	}
	return ix, nil
}

func lastEventHash(tx kv.Tx) (uint64, string) {
	k, v := tx.Bucket(bEvents).Cursor().Last()
	if k == nil {
		return 0, ""
	}
	return btoi(k), storedHash(v)
}

// loadSnapshot reads the snapshot at path and catches it up with the log.
func (s *Store) loadSnapshot(path string) (*search.Index, bool) {
	raw, err := os.ReadFile(path)
	if err != nil || len(raw) < len(snapshotHead)+9 || string(raw[:len(snapshotHead)]) != string(snapshotHead) {
		return nil, false
	}
	b := raw[len(snapshotHead):]
	seq := binary.LittleEndian.Uint64(b)
	n := int(b[8])
	if len(raw) < headLen(n) {
		return nil, false
	}
	hash, body := string(b[9:9+n]), raw[headLen(n):]
	var touched map[uint64]bool
	ok := true
	err = s.view(func(tx kv.Tx) error {
		events := tx.Bucket(bEvents)
		if seq != 0 && storedHash(events.Get(itob(seq))) != hash {
			ok = false
			return nil
		}
		touched = map[uint64]bool{}
		c := events.Cursor()
		for k, v := c.Seek(itob(seq + 1)); k != nil; k, v = c.Next() {
			e, err := peekEvent(btoi(k), v)
			if err != nil || len(touched) > snapshotCatchUp {
				ok = false
				return nil
			}
			if e.Doc != 0 {
				touched[e.Doc] = true
			}
		}
		return nil
	})
	if err != nil || !ok {
		return nil, false
	}
	ix, err := search.LoadIndex(body)
	if err != nil {
		return nil, false
	}
	if len(touched) == 0 {
		return ix, true
	}
	err = s.view(func(tx kv.Tx) error {
		rows, keys := tx.Bucket(bRows), tx.Bucket(bSearch)
		for id := range touched {
			k := itob(id)
			v := rows.Get(k)
			if v == nil {
				ix.Remove(id)
				continue
			}
			d, err := searchDoc(keys, k, v)
			if err != nil {
				return err
			}
			ix.Add(d)
		}
		return nil
	})
	return ix, err == nil
}

// headLen is the length of the file's head for a hash of n bytes, padded
// so that the index starts 8-byte aligned and loads in place.
func headLen(n int) int { return (len(snapshotHead) + 9 + n + 7) / 8 * 8 }

// writeSnapshot replaces the snapshot at path whole (a temporary file
// renamed over it), 0600 like the database.
func writeSnapshot(path string, seq uint64, hash string, body []byte) {
	if len(hash) > 255 {
		return
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return
	}
	head := append([]byte(nil), snapshotHead...)
	head = binary.LittleEndian.AppendUint64(head, seq)
	head = append(append(head, byte(len(hash))), hash...)
	head = append(head, make([]byte, headLen(len(hash))-len(head))...)
	_, err1 := f.Write(head)
	_, err2 := f.Write(body)
	err3 := f.Close()
	if err1 != nil || err2 != nil || err3 != nil || os.Rename(f.Name(), path) != nil {
		os.Remove(f.Name())
	}
}
