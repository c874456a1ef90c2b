package storage

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"beishen/review"
)

// Compact rewrites a file grown by years of actions in key order: it comes
// out no larger, every event, document and text reads back the same, the
// log verifies, and the store goes on working on the new file. A shared
// store says it compacts itself.
func TestCompactKeepsEverythingAndGivesSpaceBack(t *testing.T) {
	s, path := openTemp(t)
	for i := range 300 {
		res, err := s.Import(item(fmt.Sprintf("临江区第%d号管理办法", i), fmt.Sprintf("sha-%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		for j := range 4 { // states that grow after their page filled
			if _, _, err := s.Do(review.NewEvent(res.Doc.ID, review.Comment{Text: fmt.Sprintf("第%d条批注：请补充制定依据和征求意见情况", j)})); err != nil {
				t.Fatal(err)
			}
		}
	}
	evsBefore, _ := s.AllEvents()
	d7, _ := s.Document(7)
	before, after, err := s.Compact()
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); after != fi.Size() || after > before {
		t.Fatalf("compacted %d → %d bytes (file %d)", before, after, fi.Size())
	}
	t.Logf("compacted %d → %d bytes", before, after)
	evsAfter, _ := s.AllEvents()
	if !slices.EqualFunc(evsBefore, evsAfter, func(a, b review.Event) bool { return a.Hash == b.Hash && a.Seq == b.Seq }) {
		t.Fatal("the log reads back differently after compaction")
	}
	if d, _ := s.Document(7); d.LastSeq != d7.LastSeq || d.Comments != d7.Comments {
		t.Fatalf("document 7 changed: %+v", d)
	}
	if r, err := s.Verify(); err != nil || !r.OK() {
		t.Fatalf("verify after compaction: %v %+v", err, r.Problems)
	}
	if _, _, err := s.Do(review.NewEvent(7, review.Comment{Text: "压缩后"})); err != nil {
		t.Fatalf("the store stopped working on the new file: %v", err)
	}
	if _, err := os.Stat(path + ".migrate"); !os.IsNotExist(err) {
		t.Errorf("the copy was left beside the file: %v", err)
	}
}
