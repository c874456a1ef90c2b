package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beishen/review"
)

// papersEnv is a demo database with the office's settings: the reviewing
// body, the number patterns, the sign-off names and the reviewer's name.
func papersEnv(t *testing.T) testEnv {
	t.Helper()
	e := newEnv(t)
	dir := t.TempDir()
	e.SettingsPath = filepath.Join(dir, "settings.json")
	os.WriteFile(e.SettingsPath, []byte(`{"reviewer": "张审查", "papers": {"body": "临江区司法局",
		"opinion_number": "临司审〔{year}〕{n}号", "filing_number": "临司备审〔{year}〕{n}号",
		"handler": "李承办", "head": "王负责"}}`), 0o600)
	seedDemo(t, e)
	return e
}

// decideDraft2 walks demo draft #2 (政府采购, in fair-competition review)
// to a decision: every finding confirmed, the checklist marked, and the
// opinion written over several lines.
func decideDraft2(t *testing.T, e testEnv) review.Document {
	t.Helper()
	st, err := e.Open()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := st.Document(2)
	st.Close()
	for _, f := range d.Findings {
		if err := e.Finding(2, f.Key(), "confirm", ""); err != nil {
			t.Fatalf("confirm %s: %s", f.Rule, e.errOut)
		}
	}
	st, _ = e.Open()
	d, _ = st.Document(2)
	st.Close()
	for _, it := range review.FairItems {
		mark := "pass"
		if d.ItemMark(it) == review.Nonconforming {
			continue
		}
		if it.ID == "FC7" {
			mark = "na"
		}
		if err := e.Checklist(2, it.ID, mark, ""); err != nil {
			t.Fatalf("mark %s: %s", it.ID, e.errOut)
		}
	}
	if err := e.Advance(2, ""); err != nil {
		t.Fatalf("advance: %s", e.errOut)
	}
	if err := e.Decide(2, "pass_amended", "一、删除第六条限定供应商所在地的规定。\n二、其余条款经审查未发现问题，修改后可以提请审议。"); err != nil {
		t.Fatalf("decide: %s", e.errOut)
	}
	st, _ = e.Open()
	d, _ = st.Document(2)
	st.Close()
	return d
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The opinion letter carries its number, counted per year in the log and
// kept when the same letter is exported again, the drafting unit as
// addressee, the reviewing body and the sign-off from the settings; the
// reviewer is the actor's name, not the operating-system user.
func TestOpinionLetterIsNumberedAddressedAndSigned(t *testing.T) {
	e := papersEnv(t)
	d := decideDraft2(t, e)
	dir := t.TempDir()
	first := filepath.Join(dir, "a.md")
	if err := e.ExportOpinion(2, first, false, false); err != nil {
		t.Fatalf("%v %s", err, e.errOut)
	}
	md := readFile(t, first)
	for _, want := range []string{"临江区司法局", "# 合法性审核意见书", "临司审〔2026〕1号", "临江区财政局：",
		"审查结论：**修改后通过**", "一、删除第六条限定供应商所在地的规定。\n\n二、其余条款",
		"承办人：李承办", "审核人：张审查", "负责人：王负责"} {
		if !strings.Contains(md, want) {
			t.Errorf("letter lacks %q:\n%s", want, md)
		}
	}
	for _, f := range d.Findings {
		if f.Clause != "" && !strings.Contains(md, "见"+f.Clause) {
			t.Errorf("letter lacks the clause of %s (%s)", f.Rule, f.Clause)
		}
	}
	if strings.Contains(md, "root") {
		t.Error("the letter names the operating-system user")
	}
	// The fair-competition conclusion is the next letter of the series;
	// the opinion exported again keeps its number.
	if err := e.ExportOpinion(2, filepath.Join(dir, "b.md"), true, false); err != nil {
		t.Fatal(e.errOut)
	}
	if md := readFile(t, filepath.Join(dir, "b.md")); !strings.Contains(md, "临司审〔2026〕2号") || !strings.Contains(md, "# 公平竞争审查结论") {
		t.Errorf("conclusion:\n%s", md)
	}
	again := filepath.Join(dir, "a.docx")
	if err := e.ExportOpinion(2, again, false, false); err != nil {
		t.Fatal(e.errOut)
	}
	if !strings.Contains(e.out.String(), "临司审〔2026〕1号") {
		t.Errorf("re-export: %s", e.out)
	}
	e.reset()
	if err := e.VerifyExport(again); err != nil || !strings.Contains(e.out.String(), "文件 #2 的合法性审核意见书（临司审〔2026〕1号）") {
		t.Fatalf("verify: %s %s", e.out, e.errOut)
	}
}

// The office's own template in the settings folder replaces the built-in
// one; a broken template writes nothing.
func TestOfficeTemplateInTheSettingsFolder(t *testing.T) {
	e := papersEnv(t)
	tdir := filepath.Join(filepath.Dir(e.SettingsPath), "templates")
	os.MkdirAll(tdir, 0o700)
	os.WriteFile(filepath.Join(tdir, "registered.tmpl"), []byte("% {{.Body}}\n# 备案登记告知书\n:: {{.Number}}\n< {{.Addressee}}：\n. 已登记{{.DocRef}}。\n> {{.DateCN}}\n"), 0o600)
	out := filepath.Join(t.TempDir(), "r.md")
	if err := e.ExportPaper(4, PaperOptions{Kind: "registered", File: out, Date: "2026-11-20"}); err != nil {
		t.Fatal(e.errOut)
	}
	if md := readFile(t, out); !strings.Contains(md, "# 备案登记告知书") || !strings.Contains(md, "临司备审〔2026〕1号") || !strings.Contains(md, "2026年11月20日") {
		t.Errorf("office template not used:\n%s", md)
	}
	os.WriteFile(filepath.Join(tdir, "registered.tmpl"), []byte("{{.Nope}}"), 0o600)
	bad := filepath.Join(t.TempDir(), "bad.md")
	if err := e.ExportPaper(4, PaperOptions{Kind: "registered", File: bad}); err == nil || !strings.Contains(e.errOut.String(), "模板有误") {
		t.Fatalf("a broken template: %v %s", err, e.errOut)
	}
	if _, err := os.Stat(bad); err == nil {
		t.Error("a broken template wrote a file")
	}
}

// The filing-review papers go to the issuer with what the office decided,
// and only with filed documents.
func TestFilingPapersGoToTheIssuer(t *testing.T) {
	e := papersEnv(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "d.md")
	if err := e.ExportPaper(4, PaperOptions{Kind: "暂缓登记通知", File: file, Date: "2026-11-10", Reason: "制定说明\n合法性审核意见"}); err != nil {
		t.Fatal(e.errOut)
	}
	md := readFile(t, file)
	for _, want := range []string{"# 暂缓登记通知", "临司备审〔2026〕1号", "（一）制定说明", "（二）合法性审核意见", "请于2026年11月20日前补充报送"} {
		if !strings.Contains(md, want) {
			t.Errorf("deferred notice lacks %q:\n%s", want, md)
		}
	}
	if err := e.Conclude(4, "written_opinion", ConcludeOptions{Note: "请制定机关对第八条作出说明。"}); err != nil {
		t.Fatal(e.errOut)
	}
	file = filepath.Join(dir, "o.md")
	if err := e.ExportPaper(4, PaperOptions{Kind: "review_opinion", File: file}); err != nil {
		t.Fatal(e.errOut)
	}
	md = readFile(t, file)
	for _, want := range []string{"# 审查意见书", "临司备审〔2026〕2号", "存在以下问题", "（一）", "依据", "请制定机关对第八条作出说明。", "前将处理意见书面回复本机关", "审核人：张审查"} {
		if !strings.Contains(md, want) {
			t.Errorf("review opinion lacks %q:\n%s", want, md)
		}
	}
	// An outcome recorded with its letter's number gives the letter that
	// number, not the next of the series.
	if err := e.Conclude(4, "order_correct", ConcludeOptions{Reference: "临司备纠〔2026〕7号", Note: "第八条违法设定罚款。"}); err != nil {
		t.Fatal(e.errOut)
	}
	file = filepath.Join(dir, "c.md")
	if err := e.ExportPaper(4, PaperOptions{Kind: "correction", File: file}); err != nil {
		t.Fatal(e.errOut)
	}
	if md = readFile(t, file); !strings.Contains(md, "临司备纠〔2026〕7号") || strings.Contains(md, "临司备审〔2026〕3号") {
		t.Errorf("the correction letter does not carry the recorded number:\n%s", md)
	}
	if err := e.ExportPaper(2, PaperOptions{Kind: "correction", File: filepath.Join(dir, "x.md")}); err == nil || !strings.Contains(e.errOut.String(), "只发给报送备案的文件") {
		t.Fatalf("a correction letter for a draft: %v %s", err, e.errOut)
	}
}
