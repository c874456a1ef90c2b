package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beishen/review"
)

func decideDoc4(t *testing.T, e testEnv) {
	t.Helper()
	if err := e.Decide(4, "pass_amended", "删除限定本地企业的条款后通过。"); err != nil {
		t.Fatalf("decide: %v %s", err, e.errOut)
	}
}

func TestVerifyExportProvesAnUntouchedFileAndRejectsAChangedOne(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	decideDoc4(t, e)
	dir := t.TempDir()
	for _, f := range []string{"csv", "xlsx", "jsonl", "md"} {
		e.reset()
		file := filepath.Join(dir, "log."+f)
		if err := e.ExportLog(LogExportOptions{Format: f, File: file, Stage: "decision"}); err != nil {
			t.Fatalf("%s: %v %s", f, err, e.errOut)
		}
		fi, err := os.Stat(file)
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Fatalf("%s written with %v (%v)", f, fi.Mode().Perm(), err)
		}
		e.reset()
		if err := e.VerifyExport(file); err != nil {
			t.Fatalf("%s: untouched export did not verify: %s", f, e.errOut)
		}
		for _, want := range []string{"一致", "2026-11-27 10:", "阶段：待决定", file} {
			if !strings.Contains(e.out.String(), want) {
				t.Errorf("%s: verify output lacks %q:\n%s", f, want, e.out)
			}
		}
		data, _ := os.ReadFile(file)
		data[len(data)/2] ^= 1
		os.WriteFile(file, data, 0o600)
		e.reset()
		if err := e.VerifyExport(file); !errors.Is(err, ErrReported) {
			t.Fatalf("%s: a changed file passed", f)
		}
		if got := strings.TrimSpace(e.errOut.String()); got != "未找到：该文件与审查日志记录的任何导出都不一致（可能已被修改）" {
			t.Fatalf("%s: message %q", f, got)
		}
	}
	e.reset()
	opinion := filepath.Join(dir, "意见书.docx")
	if err := e.ExportOpinion(4, opinion, false, false); err != nil {
		t.Fatalf("opinion: %s", e.errOut)
	}
	e.reset()
	if err := e.VerifyExport(opinion); err != nil || !strings.Contains(e.out.String(), "文件 #4 的意见书") {
		t.Fatalf("opinion did not verify: %s %s", e.out, e.errOut)
	}
}

func TestImportLogHandsOverAndRefusesAChangedLine(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	decideDoc4(t, e)
	file := filepath.Join(t.TempDir(), "handover.jsonl")
	if err := e.ExportLog(LogExportOptions{Format: "jsonl", File: file, WithTexts: true}); err != nil {
		t.Fatal(e.errOut)
	}
	data, _ := os.ReadFile(file)
	lines := strings.Split(string(data), "\n")
	n := 0
	for i, l := range lines {
		if strings.Contains(l, `"type":"decision"`) {
			lines[i] = strings.Replace(l, "pass_amended", "pass", 1)
			n = i + 1
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte(strings.Join(lines, "\n")), 0o600)

	colleague := newEnv(t)
	if err := colleague.ImportLog(bad); err == nil {
		t.Fatal("a changed line was imported")
	}
	want := fmt.Sprintf("第 %d 行", n) + "：哈希不符，该事件已被改动；未导入任何内容"
	if got := strings.TrimSpace(colleague.errOut.String()); got != want {
		t.Fatalf("message %q, want %q", got, want)
	}
	colleague.reset()
	if err := colleague.ImportLog(file); err != nil {
		t.Fatal(colleague.errOut)
	}
	colleague.reset()
	if err := colleague.Verify(); err != nil {
		t.Fatalf("colleague's database does not verify: %s", colleague.errOut)
	}
	st, _ := colleague.Open()
	d, err := st.Document(4)
	v, _ := st.Version(4, 1)
	st.Close()
	if err != nil || d.Outcome != review.PassAmended || v.Text == "" {
		t.Fatalf("document 4 on the colleague's machine: %v %q, text %d bytes", err, d.Outcome, len(v.Text))
	}
}

func TestRestoreAsksFirstAndCanBeCancelled(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	backup := filepath.Join(t.TempDir(), "b.db")
	if err := e.Backup(backup); err != nil {
		t.Fatal(e.errOut)
	}
	decideDoc4(t, e)
	e.reset()
	if err := e.Restore(backup, false, strings.NewReader("n\n")); err != nil {
		t.Fatal(e.errOut)
	}
	if !strings.Contains(e.out.String(), "将用备份覆盖当前数据库 "+e.DB+"（当前 ") || !strings.Contains(e.out.String(), "已取消") {
		t.Fatalf("prompt:\n%s", e.out)
	}
	e.reset()
	if err := e.Restore(backup, false, strings.NewReader("y\n")); err != nil {
		t.Fatal(e.errOut)
	}
	st, _ := e.Open()
	d, _ := st.Document(4)
	st.Close()
	if d.Outcome != "" {
		t.Fatal("restore did not bring back the undecided document 4")
	}
	if !strings.Contains(e.out.String(), "恢复前的数据库已备份到") {
		t.Fatalf("output:\n%s", e.out)
	}
}
