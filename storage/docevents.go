package storage

import (
	"bytes"
	"encoding/binary"
	"slices"

	"beishen/storage/kv"
)

// The docevents bucket says which events are a document's. Since schema 5
// a document has one key, its ID, whose value lists its events' sequence
// numbers as uvarint differences: a key per event cost 32 bytes of page
// for each of a million events, the list costs one or two. Keys of the
// older layout (doc id | seq, no value) are still read, so a store of an
// older schema that is written without being rewritten (a shared one, or
// one opened read-only) keeps one history.

// addDocEvent appends seq to document doc's list.
func addDocEvent(tx kv.Tx, doc, seq uint64) error {
	b := tx.Bucket(bDocEvents)
	k := itob(doc)
	old := b.Get(k)
	last := uint64(0)
	for r := old; len(r) > 0; {
		d, n := binary.Uvarint(r)
		if n <= 0 {
			return errRecord
		}
		last, r = last+d, r[n:]
	}
	if seq <= last {
		return errRecord // the log only grows
	}
	v := make([]byte, len(old), len(old)+binary.MaxVarintLen64)
	copy(v, old)
	return b.Put(k, binary.AppendUvarint(v, seq-last))
}

// docSeqs lists document doc's events in log order, those before sequence
// number before when it is not 0.
func docSeqs(tx kv.Tx, doc, before uint64) ([]uint64, error) {
	return docSeqsIn(tx.Bucket(bDocEvents), doc, before)
}

// docSeqsIn is docSeqs in the docevents bucket b, for a reader that holds
// it (a read-only transaction looks a bucket up again on every call).
func docSeqsIn(b kv.Bucket, doc, before uint64) ([]uint64, error) {
	prefix := itob(doc)
	var out []uint64
	c := b.Cursor()
	sorted := true
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		switch len(k) {
		case 8:
			if out == nil {
				out = make([]uint64, 0, len(v)) // a uvarint a sequence number
			}
			seq := uint64(0)
			for r := v; len(r) > 0; {
				d, n := binary.Uvarint(r)
				if n <= 0 {
					return nil, errRecord
				}
				seq, r = seq+d, r[n:]
				out = append(out, seq)
			}
		case 16:
			_, seq := unpair(k)
			sorted = sorted && (len(out) == 0 || out[len(out)-1] < seq)
			out = append(out, seq)
		}
	}
	if !sorted {
		slices.Sort(out) // a list after keys of the older layout: both are in order
	}
	if before != 0 {
		i, _ := slices.BinarySearch(out, before)
		out = out[:i]
	}
	return out, nil
}
