package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"beishen/review"
	"beishen/storage/etcdserve"
)

// The commands work on the office's shared store as on a file: two
// reviewers' programs, one log. A file operation is refused with the
// reason, and checkout/checkin round-trips a laptop's work.
func TestCommandsOnTheSharedStore(t *testing.T) {
	c, err := etcdserve.Start(t.TempDir(), 1, etcdserve.Options{NoFsync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	a, b := newEnv(t), newEnv(t)
	a.Store, b.Store = c.URL(), c.URL()
	seedDemo(t, a)
	if err := b.Comment(2, "第二位审查员的批注", ""); err != nil {
		t.Fatal(b.errOut.String())
	}
	a.reset()
	if err := a.List(ListOptions{Query: "政府采购", JSON: true}); err != nil || !strings.Contains(a.out.String(), "临江区政府采购负面清单") {
		t.Fatalf("list on the shared store: %v %s%s", err, a.out, a.errOut)
	}
	a.reset()
	if err := a.Verify(); err != nil || !strings.Contains(a.out.String(), "校验通过") {
		t.Fatalf("verify: %v %s%s", err, a.out, a.errOut)
	}
	a.reset()
	if err := a.Backup(filepath.Join(t.TempDir(), "x.db"), false); err == nil || !strings.Contains(a.errOut.String(), "共享库由集群自己备份") {
		t.Fatalf("backup of a shared store: %v %q", err, a.errOut)
	}

	lap := filepath.Join(t.TempDir(), "laptop.db")
	if err := a.CheckOut(lap, []uint64{3}); err != nil {
		t.Fatal(a.errOut.String())
	}
	off := newEnv(t)
	off.DB = lap
	if err := off.Comment(3, "离线批注", ""); err != nil {
		t.Fatal(off.errOut.String())
	}
	if err := off.Comment(2, "离线时也批注了 2", ""); err != nil {
		t.Fatal(off.errOut.String())
	}
	if err := off.Finding(2, "F01-1", "confirm", ""); err != nil {
		t.Fatal(off.errOut.String())
	}
	if err := b.Comment(2, "办公室里又批注了 2", ""); err != nil {
		t.Fatal(b.errOut.String())
	}
	a.reset()
	if err := a.CheckIn(lap); err != nil {
		t.Fatal(a.errOut.String())
	}
	got := a.out.String()
	// Each conflict says what the laptop's action was (walking the laptop
	// road, a confirmed finding was listed as a bare "L02").
	for _, want := range []string{"已带回 1 项操作（1 个文件）", "2 项操作未带回", "批注：离线时也批注了 2", "确认问题：F01-1「指定或限定交易对象」第十条", lap + ".conflicts.jsonl"} {
		if !strings.Contains(got, want) {
			t.Errorf("checkin output lacks %q:\n%s", want, got)
		}
	}
}

// In English, checkin's conflicts read as English: walking the laptop road
// with --lang en, each line ended "offline note（document #6）：李明 acted…",
// the Chinese brackets and colon around English words.
func TestCheckinConflictsInEnglish(t *testing.T) {
	c, err := etcdserve.Start(t.TempDir(), 1, etcdserve.Options{NoFsync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	a, b := newEnv(t), newEnv(t)
	a.Store, b.Store = c.URL(), c.URL()
	a.Lang = review.EN
	seedDemo(t, a)
	lap := filepath.Join(t.TempDir(), "laptop.db")
	if err := a.CheckOut(lap, []uint64{2}); err != nil {
		t.Fatal(a.errOut.String())
	}
	off := newEnv(t)
	off.DB = lap
	if err := off.Comment(2, "offline note", ""); err != nil {
		t.Fatal(off.errOut.String())
	}
	if err := b.Comment(2, "office note", ""); err != nil {
		t.Fatal(b.errOut.String())
	}
	a.reset()
	if err := a.CheckIn(lap); err != nil {
		t.Fatal(a.errOut.String())
	}
	got := a.out.String()
	if !strings.Contains(got, "Comment: offline note (document #2): ") || strings.ContainsAny(got, "（）：") {
		t.Fatalf("checkin in English:\n%s", got)
	}
}
