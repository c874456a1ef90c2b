package cli

import (
	"os"
	"strings"
	"testing"

	"beishen/review"
)

// compact rewrites the file and says what it gave back; the log still
// verifies and the document reads the same. A file open in another window
// is refused with the locked-file message, and left as it was.
func TestCompactSaysWhatItGaveBack(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-02")
	for _, n := range []string{"一", "二", "三"} {
		r.importMeta(review.Meta{Title: "临江区第" + n + "号管理办法"}, "第一条 为了测试第"+n+"号，制定本办法。\n")
	}
	before := r.doc(2)
	out := r.ok(r.e.Compact())
	if !strings.Contains(out, "已压缩") || !strings.Contains(out, "MB →") {
		t.Fatalf("compact said %q", out)
	}
	if out := r.ok(r.e.Verify()); !strings.Contains(out, "校验通过") {
		t.Fatalf("verify after compact: %q", out)
	}
	if d := r.doc(2); d.LastSeq != before.LastSeq || d.Meta.Title != before.Meta.Title {
		t.Fatalf("document 2 after compact: %+v", d)
	}
	held, err := r.e.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	fi, _ := os.Stat(r.e.DB)
	if msg := r.refused(r.e.Compact()); !strings.Contains(msg, "另一个窗口") {
		t.Errorf("compact of a file open elsewhere: %q", msg)
	}
	if after, _ := os.Stat(r.e.DB); after.Size() != fi.Size() || !after.ModTime().Equal(fi.ModTime()) {
		t.Error("a refused compact changed the file")
	}
}
