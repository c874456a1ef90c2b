package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// `assign` gives a document to a reviewer: the row says who, --json says it
// to a script; a reviewer (settings "role") is refused, naming who may.
func TestAssignAsHeadAndAsReviewer(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	if err := e.Assign(1, "李四", false); err != nil {
		t.Fatalf("assign: %v %s", err, e.errOut)
	}
	if !strings.Contains(e.out.String(), "已记录") || !strings.Contains(e.out.String(), "分配") {
		t.Fatalf("stdout %q", e.out)
	}
	e.reset()
	if err := e.Assign(2, "张三", true); err != nil {
		t.Fatalf("assign --json: %v %s", err, e.errOut)
	}
	var got struct {
		Doc      uint64 `json:"doc"`
		Assignee string `json:"assignee"`
	}
	if err := json.Unmarshal(e.out.Bytes(), &got); err != nil || got.Doc != 2 || got.Assignee != "张三" {
		t.Fatalf("json %q: %+v %v", e.out, got, err)
	}
	st, err := e.OpenRead()
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := st.Summaries()
	st.Close()
	for _, r := range rows {
		if r.ID == 1 && r.Assignee != "李四" {
			t.Errorf("row 1 assignee %q", r.Assignee)
		}
	}

	e.reset()
	e.SettingsPath = write(t, e.SettingsPath, []byte(`{"role": "reviewer"}`))
	e.settings = nil // a new command reads the settings again
	if err := e.Assign(3, "王五", false); err == nil {
		t.Fatal("a reviewer assigned a document")
	}
	if !strings.Contains(e.errOut.String(), "只有科长可以分配文件") {
		t.Fatalf("stderr %q", e.errOut)
	}
	e.reset()
	if err := e.Decide(1, "pass", ""); err == nil || !strings.Contains(e.errOut.String(), "只有科长可以作出决定") {
		t.Fatalf("a reviewer's decision: %v %q", err, e.errOut)
	}
}
