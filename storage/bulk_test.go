package storage

import (
	"fmt"
	"testing"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
)

// committedTxs is bbolt's id of the last committed write transaction: it
// grows by one per commit, so a difference counts transactions (and so
// fsyncs) between two reads.
func (s *Store) committedTxs(t testing.TB) int {
	t.Helper()
	var id int
	if err := s.file.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil }); err != nil {
		t.Fatal(err)
	}
	return id
}

// A bulk action on 1,000 marked documents is one transaction: one commit
// for all of them, every event in the log afterwards, the chain intact.
func TestBulkActionOn1000DocumentsIsOneTransaction(t *testing.T) {
	s, _ := openTemp(t)
	items := make([]ImportItem, 1000)
	for i := range items {
		items[i] = item(fmt.Sprintf("文件%d", i), fmt.Sprintf("sha-%d", i))
	}
	res, err := s.ImportBatch(items)
	if err != nil {
		t.Fatal(err)
	}
	_, before, _ := s.Count()
	evs := make([]review.Event, len(res))
	for i, r := range res {
		evs[i] = review.NewEvent(r.Doc.ID, review.MaterialsMarked{Material: review.LegalOpinion, Present: true})
	}

	tx0 := s.committedTxs(t)
	out, err := s.DoAll(evs)
	if err != nil {
		t.Fatal(err)
	}
	if n := s.committedTxs(t) - tx0; n != 1 {
		t.Errorf("bulk action on 1,000 documents took %d transactions, want 1", n)
	}
	for _, o := range out {
		if o.Err != nil {
			t.Fatalf("#%d refused: %v", o.Event.Doc, o.Err)
		}
		if !o.Doc.Material[review.LegalOpinion] {
			t.Fatalf("#%d not marked in the returned state", o.Doc.ID)
		}
	}
	_, after, _ := s.Count()
	if after-before != 1000 {
		t.Errorf("%d events added, want 1000", after-before)
	}
	d, _ := s.Document(res[999].Doc.ID)
	if !d.Material[review.LegalOpinion] {
		t.Error("the last document is not marked after reopening its state")
	}
	if r, err := s.Verify(); err != nil || !r.OK() {
		t.Fatalf("chain after the bulk action: %v %v", err, r.Problems)
	}
}
