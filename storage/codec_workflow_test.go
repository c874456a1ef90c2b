package storage

import (
	"path/filepath"
	"testing"

	"beishen/review"
)

// An event keeps the workflow version it was taken under through the
// compact record: without it the event's hash would no longer match and
// replay would judge it by the old rules.
func TestEventKeepsItsWorkflowVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := Open(path, Options{Actor: "张三", Now: clock()})
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Import(item("临江区公园管理办法", "sha-w"))
	if err == nil {
		err = res.Err
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Do(review.NewEvent(res.Doc.ID, review.Comment{Text: "请补充依据"})); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	evs, err := s.Events(res.Doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if e.Workflow != review.WorkflowVersion || e.ComputeHash() != e.Hash {
			t.Errorf("event #%d read back with workflow %d (hash ok: %v)", e.Seq, e.Workflow, e.ComputeHash() == e.Hash)
		}
	}
	if r, err := s.Verify(); err != nil || len(r.Problems) > 0 {
		t.Errorf("verify: %v %v", err, r.Problems)
	}
}
