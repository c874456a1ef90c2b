package storage

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"beishen/review"
)

// A reviewer takes the office's work to a laptop, acts on two documents
// offline, and brings it back: the document nobody touched meanwhile takes
// the laptop's actions by their author; the one a colleague acted on is
// listed as a conflict naming the colleague, and the laptop file keeps it.
func TestCheckOutAndBackListsWhatConflicts(t *testing.T) {
	c := cluster(t, 1)
	office := reviewer(t, c, "李四", SharedOptions{})
	office.Import(item("甲办法", "aa"))
	office.Import(item("乙办法", "bb"))
	lapPath := filepath.Join(t.TempDir(), "laptop.db")
	co, err := office.CheckOut(lapPath, []uint64{1, 2})
	if err != nil || co.Seq != 2 {
		t.Fatalf("checkout: %+v %v", co, err)
	}
	lap, err := Open(lapPath, Options{Actor: "张三", Now: clock()})
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []uint64{1, 2} {
		if _, _, err := lap.Do(review.NewEvent(doc, review.Comment{Text: "离线批注"})); err != nil {
			t.Fatal(err)
		}
	}
	lap.Do(review.NewEvent(1, review.Comment{Text: "第二条离线批注"}))
	lap.Undo(1) // takes back the second one
	if r, err := lap.Verify(); err != nil || !r.OK() {
		t.Fatalf("the laptop copy does not verify: %v %+v", err, r.Problems)
	}
	lap.Close()
	if _, _, err := office.Do(review.NewEvent(2, review.Comment{Text: "办公室里先批注"})); err != nil {
		t.Fatal(err)
	}

	res, err := office.CheckIn(lapPath)
	if err != nil {
		t.Fatal(err)
	}
	if res.Applied != 3 || len(res.Docs) != 1 || res.Docs[0] != 1 {
		t.Fatalf("applied %d on %v, want 3 actions on #1", res.Applied, res.Docs)
	}
	if len(res.Conflict) != 1 || res.Conflict[0].Event.Doc != 2 || !strings.Contains(res.Conflict[0].Reason.ZH, "李四 已先于你操作了文件 #2") {
		t.Fatalf("conflicts %+v", res.Conflict)
	}
	d, _ := office.Document(1)
	if d.Comments != 1 {
		t.Fatalf("#1 has %d comments at the office, want 1 (the undone one taken back)", d.Comments)
	}
	evs, _ := office.Events(1)
	if a := evs[len(evs)-1]; a.Actor != "张三" || a.Type != review.EvUndo {
		t.Fatalf("last event of #1: %+v", a)
	}
	if r, err := office.Verify(); err != nil || !r.OK() {
		t.Fatalf("office after check-in: %v %+v", err, r.Problems)
	}
	var again *AlreadyCheckedInError
	if _, err := office.CheckIn(lapPath); !errors.As(err, &again) {
		t.Fatalf("second check-in: %v", err)
	}
	// Nothing lost: the laptop still holds the conflicting comment.
	lap, _ = Open(lapPath, Options{ReadOnly: true})
	defer lap.Close()
	if d, _ := lap.Document(2); d.Comments != 1 {
		t.Fatalf("laptop #2 has %d comments", d.Comments)
	}
}
