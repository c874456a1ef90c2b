package storage

import (
	"bytes"
	"encoding/binary"

	"beishen/review"
	"beishen/review/search"
	"beishen/storage/kv"
)

// The search bucket keeps each document's prepared search key beside it, so
// that the pinyin lookup (the costly part, stack-notes §4.5) runs once when
// a document is stored or its metadata edited, never at start-up. A value is
// uvarint(len(display)) | display | Prepared.MarshalBinary().

// SearchFields is what a document is found by: title, 文号, issuer and
// drafting unit, in the order search.Join expects.
func SearchFields(s review.Summary) []string {
	return []string{s.Title, s.DocNumber, s.Issuer, s.DraftingUnit}
}

func putSearchKey(tx kv.Tx, sum review.Summary) error {
	b := tx.Bucket(bSearch)
	display := search.Join(SearchFields(sum)...)
	if old := b.Get(itob(sum.ID)); old != nil {
		if d, _, ok := splitSearchKey(old); ok && d == display {
			return nil // unchanged: most actions do not touch these fields
		}
	}
	p, err := search.Prepare(display).MarshalBinary()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.Write(binary.AppendUvarint(nil, uint64(len(display))))
	buf.WriteString(display)
	buf.Write(p)
	return b.Put(itob(sum.ID), buf.Bytes())
}

func splitSearchKey(v []byte) (display string, prepared []byte, ok bool) {
	n, k := binary.Uvarint(v)
	if k <= 0 || uint64(len(v)-k) < n {
		return "", nil, false
	}
	return string(v[k : k+int(n)]), v[k+int(n):], true
}

// SearchDocs returns the stored search key of every document in the queue,
// ready for search.New. A key written by an older build, or missing, is
// prepared again from the row so the index is always complete.
func (s *Store) SearchDocs() ([]search.Doc, error) {
	var out []search.Doc
	err := s.view(func(tx kv.Tx) error {
		keys := tx.Bucket(bSearch)
		rows := tx.Bucket(bRows)
		// The highest document ID bounds the count without walking the
		// bucket (bbolt's Stats does).
		out = make([]search.Doc, 0, tx.Bucket(bDocs).Sequence())
		err := rows.ForEach(func(k, v []byte) error {
			d, err := searchDoc(keys, k, v)
			out = append(out, d)
			return err
		})
		// The keys are copied out: their pages (and, in a file written
		// document by document, the pages around them) leave the
		// resident set, as after Summaries.
		releaseMapped(tx)
		return err
	})
	return out, err
}

// searchDoc is the search key of the document whose row is v under k.
func searchDoc(keys kv.Bucket, k, v []byte) (search.Doc, error) {
	id := btoi(k)
	if d, p, ok := splitSearchKey(keys.Get(k)); ok {
		var prep search.Prepared
		if prep.UnmarshalBinary(p) == nil {
			return search.Doc{ID: id, Entry: search.Entry{Display: d, Prepared: prep}}, nil
		}
	}
	var sum review.Summary
	if err := decodeRow(v, &sum); err != nil {
		return search.Doc{ID: id}, err
	}
	return search.Doc{ID: id, Entry: search.Key(SearchFields(sum)...)}, nil
}
