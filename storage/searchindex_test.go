package storage

import (
	"os"
	"testing"

	"beishen/review"
)

// hitIDs are the documents a query finds.
func hitIDs(t *testing.T, s *Store, q string) map[uint64]bool {
	t.Helper()
	ix, err := s.SearchIndex()
	if err != nil {
		t.Fatal(err)
	}
	out := map[uint64]bool{}
	for _, h := range ix.Search(q, 0).Hits {
		out[h.ID] = true
	}
	return out
}

// The index kept beside the file is caught up with what the log did since
// it was written, and one that cannot be read is built again.
func TestSearchIndexKeptBesideTheFileFollowsTheLog(t *testing.T) {
	s, path := openTemp(t)
	a, err := s.Import(item("关于促进制造业发展的若干政策", "aa"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(item("临江区养老服务补贴办法", "bb")); err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(t, s, "制造业"); !got[a.Doc.ID] || len(got) != 1 {
		t.Fatalf("制造业 finds %v", got)
	}
	if _, err := os.Stat(path + ".search"); err != nil {
		t.Fatalf("no index beside the file: %v", err)
	}
	// Renamed after the index was written: the next launch must not find
	// it by its old title.
	m := a.Doc.Meta
	m.Title = "关于促进数字经济发展的若干政策"
	if _, _, err := s.Do(review.NewEvent(a.Doc.ID, review.MetadataEdited{Meta: m, Changed: []string{"title"}})); err != nil {
		t.Fatal(err)
	}
	c, err := s.Import(item("临江区制造业技术改造专项资金管理办法", "cc"))
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(t, s, "制造业"); got[a.Doc.ID] || !got[c.Doc.ID] || len(got) != 1 {
		t.Errorf("after a rename and an import 制造业 finds %v, want only #%d", got, c.Doc.ID)
	}
	if got := hitIDs(t, s, "数字经济"); !got[a.Doc.ID] {
		t.Errorf("数字经济 does not find the renamed document: %v", got)
	}
	if err := os.WriteFile(path+".search", []byte("beishen search index\nnonsense"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(t, s, "养老"); len(got) != 1 {
		t.Errorf("with a damaged index file 养老 finds %v", got)
	}
}
