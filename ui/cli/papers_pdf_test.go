package cli

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// office finds LibreOffice and pdftotext, or skips: machines without them
// (they are large) still run every other test. .ci/run installs them.
func office(t *testing.T) (soffice, pdftotext string) {
	t.Helper()
	for _, name := range []string{"libreoffice", "soffice"} {
		if p, err := exec.LookPath(name); err == nil {
			soffice = p
			break
		}
	}
	pdftotext, _ = exec.LookPath("pdftotext")
	if soffice == "" || pdftotext == "" {
		t.Skip("LibreOffice or pdftotext is not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-wqy-zenhei); the papers are not rendered to PDF")
	}
	if out, err := exec.Command("fc-list", ":lang=zh").Output(); err != nil || len(strings.TrimSpace(string(out))) == 0 {
		t.Skip("no Chinese font is installed (apt-get install fonts-wqy-zenhei); the papers cannot be rendered to PDF")
	}
	return soffice, pdftotext
}

// The papers of one demo draft and one demo filed document, written as
// docx, open in LibreOffice and print to PDF with their number,
// addressee, findings and sign-off on the page.
func TestPapersRenderToPDF(t *testing.T) {
	soffice, pdftotext := office(t)
	e := papersEnv(t)
	d2 := decideDraft2(t, e)
	dir := t.TempDir()
	type paper struct {
		doc  uint64
		kind string
		opt  PaperOptions
		want []string
	}
	confirmed := func(n int) []string {
		var out []string
		st, _ := e.Open()
		d, _ := st.Document(uint64(n))
		st.Close()
		for _, f := range d.Findings {
			out = append(out, f.Title, "见"+f.Clause)
		}
		return out
	}
	sign := []string{"承办人：李承办", "审核人：张审查", "负责人：王负责", "临江区司法局"}
	papers := []paper{
		{2, "opinion", PaperOptions{}, append([]string{"合法性审核意见书", "临司审〔2026〕1号", "临江区财政局：", "审查结论：修改后通过。", "删除第六条限定供应商所在地的规定。"}, confirmed(2)...)},
		{2, "fcr", PaperOptions{}, []string{"公平竞争审查结论", "临司审〔2026〕2号", "临江区财政局：", d2.Findings[0].Title}},
		{4, "registered", PaperOptions{Date: "2026-11-10", Reference: "临备〔2026〕17号"}, []string{"备案登记通知", "临司备审〔2026〕1号", "予以备案登记，登记编号为临备〔2026〕17号"}},
		{4, "deferred", PaperOptions{Date: "2026-11-08", Reason: "制定机关负责人签署的备案报告\n合法性审核意见"}, []string{"暂缓登记通知", "临司备审〔2026〕2号", "（一）制定机关负责人签署的备案报告", "请于2026年11月18日前补充报送"}},
		{4, "review_opinion", PaperOptions{Date: "2026-11-27"}, append([]string{"审查意见书", "临司备审〔2026〕3号", "于2026年12月27日前将处理意见书面回复本机关"}, confirmed(4)...)},
		{4, "correction", PaperOptions{Date: "2026-11-27", Due: "2026-12-15"}, []string{"纠错函", "临司备审〔2026〕4号", "于2026年12月15日前自行纠正"}},
		{4, "terminated", PaperOptions{Date: "2026-11-30", Reason: "制定机关已于2026年11月28日废止该文件。"}, []string{"审查终止通知", "临司备审〔2026〕5号", "制定机关已于2026年11月28日废止该文件。", "本件审查终止。"}},
	}
	var files []string
	for _, p := range papers {
		p.opt.Kind = p.kind
		p.opt.File = filepath.Join(dir, p.kind+".docx")
		if err := e.ExportPaper(p.doc, p.opt); err != nil {
			t.Fatalf("%s: %v %s", p.kind, err, e.errOut)
		}
		files = append(files, p.opt.File)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	// A profile of its own, so that a LibreOffice the reviewer has open
	// (or another test run) does not swallow the conversion.
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir}, files...)
	if out, err := exec.CommandContext(ctx, soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("libreoffice: %v\n%s", err, out)
	}
	for _, p := range papers {
		pdf := filepath.Join(dir, p.kind+".pdf")
		out, err := exec.CommandContext(ctx, pdftotext, "-layout", pdf, "-").Output()
		if err != nil {
			t.Fatalf("%s: pdftotext: %v", p.kind, err)
		}
		page := string(out)
		// pdftotext spaces Latin digits from Han characters and breaks lines
		// where the page does; compare without white space.
		flat := strings.Join(strings.Fields(page), "")
		for _, w := range append(p.want, sign...) {
			if !strings.Contains(flat, strings.Join(strings.Fields(w), "")) {
				t.Errorf("%s.pdf lacks %q", p.kind, w)
			}
		}
		if strings.Contains(flat, "root") {
			t.Errorf("%s.pdf names the operating-system user", p.kind)
		}
		if first, _, _ := strings.Cut(page, "\f"); os.Getenv("BEISHEN_SHOW_PAGES") != "" {
			t.Logf("%s.pdf, page 1:\n%s", p.kind, first)
		}
	}
}
