package cli

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"beishen/review"
	"beishen/storage"
	"beishen/ui/jobs"
)

type testEnv struct {
	*Env
	out, errOut *bytes.Buffer
}

func newEnv(t *testing.T) testEnv {
	t.Helper()
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	now := time.Date(2026, 11, 27, 10, 0, 0, 0, review.Zone)
	e := &Env{Lang: review.ZH, DB: filepath.Join(t.TempDir(), "t.db"), Stdout: out, Stderr: errOut,
		SettingsPath: filepath.Join(t.TempDir(), "none.json"),
		Now:          func() time.Time { now = now.Add(time.Second); return now }}
	return testEnv{e, out, errOut}
}

func (e testEnv) reset() { e.out.Reset(); e.errOut.Reset() }

// demoFindings seeds the demo and returns document id's findings.
func demoFindings(t *testing.T, e testEnv, id uint64) []review.FindingState {
	t.Helper()
	seedDemo(t, e)
	st, err := e.Open()
	if err != nil {
		t.Fatal(err)
	}
	d, err := st.Document(id)
	st.Close()
	if err != nil || len(d.Findings) == 0 {
		t.Fatalf("demo #%d: %v, %d findings", id, err, len(d.Findings))
	}
	return d.Findings
}

func seedDemo(t *testing.T, e testEnv) {
	t.Helper()
	st, err := e.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := jobs.SeedDemo(st); err != nil {
		t.Fatal(err)
	}
}

const goodText = "临江区农贸市场管理办法\n\n第一条 为了规范农贸市场秩序，根据《中华人民共和国食品安全法》，制定本办法。\n第二条 本办法自2026年12月1日起施行，有效期5年。\n"

func write(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func truncatedDocx(t *testing.T) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>第一条</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	return buf.Bytes()[:buf.Len()/2]
}

// A folder with good files and broken ones: the good ones are stored, each
// broken one is named with its reason, and the command exits non-zero.
func TestImportFolderKeepsGoodFilesAndNamesEachBrokenOne(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a-办法.txt"), []byte(goodText))
	gbk, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(strings.Replace(goodText, "农贸市场", "菜市场", -1)))
	write(t, filepath.Join(dir, "b-旧电脑.txt"), gbk)
	write(t, filepath.Join(dir, "c-空文件.txt"), nil)
	write(t, filepath.Join(dir, "d-其实是图片.txt"), bytes.Repeat([]byte{0x89, 'P', 'N', 'G', 0, 1, 2, 0xff}, 200))
	write(t, filepath.Join(dir, "e-半截.docx"), truncatedDocx(t))

	err := e.Import([]string{dir}, "")
	if !errors.Is(err, ErrReported) {
		t.Fatalf("import with broken files returned %v, want a non-zero exit", err)
	}
	if !strings.Contains(e.out.String(), "导入 2，重复 0，失败 3") {
		t.Errorf("summary: %s", e.out.String())
	}
	for _, f := range []string{"c-空文件.txt", "d-其实是图片.txt", "e-半截.docx"} {
		if !strings.Contains(e.errOut.String(), f) {
			t.Errorf("stderr does not name %s:\n%s", f, e.errOut.String())
		}
	}
	if !strings.Contains(e.errOut.String(), "空") {
		t.Errorf("the empty file's reason is not given:\n%s", e.errOut.String())
	}
	st, _ := e.Open()
	defer st.Close()
	rows, _ := st.Summaries()
	if len(rows) != 2 {
		t.Fatalf("%d documents stored, want the 2 good ones", len(rows))
	}
	v, _ := st.Version(rows[1].ID, 1)
	if v.Encoding != "GB18030" || !strings.Contains(v.Text, "菜市场") {
		t.Errorf("GBK file stored as %s: %q", v.Encoding, v.Text[:30])
	}
}

func TestImportingTheSameFileTwiceIsReportedNotDuplicated(t *testing.T) {
	e := newEnv(t)
	f := write(t, filepath.Join(t.TempDir(), "办法.txt"), []byte(goodText))
	if err := e.Import([]string{f}, review.Filed); err != nil {
		t.Fatal(err, e.errOut)
	}
	e.reset()
	if err := e.Import([]string{f}, ""); err != nil {
		t.Fatalf("a duplicate is not a failure: %v", err)
	}
	if !strings.Contains(e.out.String(), "已导入过（文件 #1 第 1 版）") || !strings.Contains(e.out.String(), "重复 1") {
		t.Errorf("second import said: %s", e.out.String())
	}
}

// In English one document is “1 document”: the import of one late filed
// text said “1 filed documents arrived late”, and list “1 documents”.
func TestEnglishCountsOneDocumentInTheSingular(t *testing.T) {
	e := newEnv(t)
	e.Lang = review.EN
	late := "临江区农贸市场管理办法\n\n第一条 为了规范农贸市场秩序，制定本办法。\n\n临江区人民政府\n2025年3月1日\n"
	f := write(t, filepath.Join(t.TempDir(), "办法.txt"), []byte(late))
	if err := e.Import([]string{f}, review.Filed); err != nil {
		t.Fatal(err, e.errOut)
	}
	if out := e.out.String(); !strings.Contains(out, "1 filed document arrived late") {
		t.Errorf("import said: %s", out)
	}
	e.reset()
	if err := e.List(ListOptions{}); err != nil {
		t.Fatal(err)
	}
	if out := e.out.String(); !strings.HasSuffix(out, "\n1 document\n") {
		t.Errorf("list said: %s", out)
	}
}

func TestImportOfAMissingPathSaysSo(t *testing.T) {
	e := newEnv(t)
	err := e.Import([]string{"/没有/这个/文件夹"}, "")
	if !errors.Is(err, ErrReported) || !strings.Contains(e.errOut.String(), "/没有/这个/文件夹") {
		t.Fatalf("err=%v stderr=%s", err, e.errOut)
	}
}

func TestDecideRefusalNamesTheMissingCondition(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	err := e.Decide(1, "pass", "")
	if !errors.Is(err, ErrReported) {
		t.Fatalf("decision in legality review accepted: %v", err)
	}
	if msg := e.errOut.String(); !strings.Contains(msg, "只有“待决定”阶段可以作出决定") || !strings.Contains(msg, "合法性审查清单尚有") {
		t.Errorf("refusal: %s", msg)
	}
	e.reset()
	e.Lang = review.EN
	e.Decide(4, "pass", "") // a filed document: it gets a review outcome
	if msg := e.errOut.String(); !strings.Contains(msg, "cannot decide") || !strings.Contains(msg, "review outcome") {
		t.Errorf("English refusal: %s", msg)
	}
	e.reset()
	if err := e.Decide(4, "卖萌", ""); err == nil || !strings.Contains(e.errOut.String(), "unknown outcome") {
		t.Errorf("unknown outcome: %v %s", err, e.errOut)
	}
}

// show --json of a decided document lists its events with actor, time,
// type and hash, ending with the filing review's outcome.
func TestShowJSONOfADecidedDocument(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	if err := e.Conclude(4, "书面审查意见", ConcludeOptions{Note: "删除第二十二条有效期五年的规定，改为二年"}); err != nil {
		t.Fatal(e.errOut)
	}
	e.reset()
	if err := e.Show(4, true, false); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Stage   string `json:"stage"`
		Outcome string `json:"outcome"`
		Events  []struct {
			Seq                   uint64
			Type, Actor, At, Hash string
			Prev                  string
		} `json:"events"`
		Materials []struct{ Present bool } `json:"required_materials"`
	}
	if err := json.Unmarshal(e.out.Bytes(), &got); err != nil {
		t.Fatal(err, e.out.String())
	}
	if got.Stage != "awaiting_response" {
		t.Errorf("stage %s", got.Stage)
	}
	last := got.Events[len(got.Events)-1]
	if last.Type != "filing_reviewed" || last.Actor == "" || len(last.Hash) != 64 || !strings.HasPrefix(last.At, "2026-11-27T") {
		t.Errorf("last event: %+v", last)
	}
	if got.Events[0].Type != "imported" || len(got.Materials) == 0 {
		t.Errorf("first event %+v, materials %+v", got.Events[0], got.Materials)
	}
}

func TestUndoFromTheCommandLine(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	if err := e.Comment(2, "请补充采购需求论证", "第五条"); err != nil {
		t.Fatal(e.errOut)
	}
	e.reset()
	if err := e.Undo(0, false); err != nil {
		t.Fatal(e.errOut)
	}
	if !strings.Contains(e.out.String(), "已撤销") || !strings.Contains(e.out.String(), "批注") {
		t.Errorf("undo said: %s", e.out.String())
	}
	st, _ := e.Open()
	defer st.Close()
	d, _ := st.Document(2)
	evs, _ := st.Events(2)
	if d.Comments != 0 || evs[len(evs)-1].Type != review.EvUndo {
		t.Fatalf("after undo: comments=%d last=%s", d.Comments, evs[len(evs)-1].Type)
	}
}

func TestListFiltersByStageAndPrintsJSONLines(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	if err := e.List(ListOptions{Stage: "合法性审查", JSON: true}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(e.out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d legality documents, want 3 (demo 1, 3, 8):\n%s", len(lines), e.out)
	}
	var r listRow
	json.Unmarshal([]byte(lines[0]), &r)
	if r.ID != 1 || r.Stage != review.StageLegality || r.Due.IsZero() || !r.Overdue {
		t.Errorf("first row: %+v", r)
	}
	e.reset()
	if err := e.List(ListOptions{Stage: "nonsense"}); err == nil || !strings.Contains(e.errOut.String(), "未知的阶段") {
		t.Errorf("unknown stage: %v %s", err, e.errOut)
	}
	e.reset()
	e.List(ListOptions{Overdue: true})
	if !strings.Contains(e.out.String(), "先进制造业") || strings.Contains(e.out.String(), "养老服务") {
		t.Errorf("overdue list:\n%s", e.out)
	}
}

func TestVerifyNamesTheFirstBrokenEventAndExitsNonZero(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	if err := e.Verify(); err != nil || !strings.Contains(e.out.String(), "校验通过") {
		t.Fatalf("fresh demo: %v %s %s", err, e.out, e.errOut)
	}
	tamper(t, e.DB, 3)
	e.reset()
	if err := e.Verify(); !errors.Is(err, ErrReported) || !strings.Contains(e.errOut.String(), "第一个损坏的事件是 #3") {
		t.Fatalf("tampered: %v %s", err, e.errOut)
	}
}

func TestAnotherWindowHoldingTheDatabase(t *testing.T) {
	e := newEnv(t)
	st, err := e.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	if err := e.List(ListOptions{}); !errors.Is(err, ErrReported) {
		t.Fatalf("list while open elsewhere: %v", err)
	}
	if !strings.Contains(e.errOut.String(), "数据库已被另一个窗口打开") || time.Since(start) > 2*time.Second {
		t.Errorf("after %v: %s", time.Since(start), e.errOut)
	}
}

func TestBackupWritesAVerifiableCopy(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	dir := t.TempDir()
	if err := e.Backup(dir, false); err != nil {
		t.Fatal(e.errOut)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "beishen-*.db"))
	if len(files) != 1 {
		t.Fatalf("backup files: %v", files)
	}
	b, err := storage.Open(files[0], storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if r, _ := b.Verify(); !r.OK() {
		t.Fatal(r.Problems)
	}
}

// A returned draft comes back as version 2: the checks run on the new text,
// it re-enters the legality review, and the pause on its clock closes.
func TestResubmissionBecomesTheNextVersion(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	f := write(t, filepath.Join(t.TempDir(), "招商引资实施细则-修改稿.txt"),
		[]byte("临江区招商引资优惠政策实施细则（修改稿）\n\n第一条 为优化营商环境，依据《优化营商环境条例》，制定本细则。\n第二条 对符合条件的企业，按其缴纳税款的50%给予奖励。\n"))
	if err := e.AddVersion(9, f, "已删除迁出限制条款"); err != nil {
		t.Fatal(e.errOut)
	}
	if !strings.Contains(e.out.String(), "第 2 版") || !strings.Contains(e.out.String(), "合法性审查") {
		t.Errorf("said: %s", e.out)
	}
	st, _ := e.Open()
	d, _ := st.Document(9)
	st.Close()
	if d.Version != 2 || d.Stage != review.StageLegality || len(d.Pauses) != 1 || d.Pauses[0].To.IsZero() {
		t.Fatalf("after resubmission: version %d stage %s pauses %+v", d.Version, d.Stage, d.Pauses)
	}
	found := false
	for _, f := range d.Findings {
		found = found || f.Rule == "F09"
	}
	// The line names all the version's findings and those open (it gave
	// the open ones as if they were all).
	if want := fmt.Sprintf("自动发现 %d 条，待处理 ", len(d.Findings)); !strings.Contains(e.out.String(), want) {
		t.Errorf("said %s, want %q", e.out, want)
	}
	if !found {
		t.Errorf("the tax-linked reward in version 2 was not found: %+v", d.Findings)
	}
	e.reset()
	if err := e.AddVersion(9, f, ""); err == nil || !strings.Contains(e.errOut.String(), "已导入过") {
		t.Errorf("the same text again: %v %s", err, e.errOut)
	}
}
