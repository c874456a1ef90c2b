package intake

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"beishen/review"
)

const sample = "关于加强市场监管的通知\r\n各单位：  \r\n第一条 为规范市场秩序，制定本通知。\r\n"

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// Plain text in every encoding Windows tools save: the text comes out the
// same, normalised ("\n", no trailing spaces), and the encoding is named.
func TestReadTextEncodings(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(sample)
	if err != nil {
		t.Fatal(err)
	}
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(sample)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(sample)
	want := "关于加强市场监管的通知\n各单位：\n第一条 为规范市场秩序，制定本通知。\n"
	for _, c := range []struct {
		name, data, enc string
	}{
		{"utf8.txt", sample, "UTF-8"},
		{"bom.txt", "\xEF\xBB\xBF" + sample, "UTF-8 BOM"},
		{"gbk.txt", gbk, "GB18030"},
		{"u16le.txt", u16le, "UTF-16LE BOM"},
		{"u16be.md", u16be, "UTF-16BE BOM"},
	} {
		r, err := Read(c.name, []byte(c.data))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if r.Text != want || r.Encoding != c.enc {
			t.Errorf("%s: text %q encoding %s; want %q %s", c.name, r.Text, r.Encoding, want, c.enc)
		}
		if r.Meta.Title != "关于加强市场监管的通知" {
			t.Errorf("%s: title %q", c.name, r.Meta.Title)
		}
		if r.Size != int64(len(c.data)) || len(r.SHA256) != 64 {
			t.Errorf("%s: size %d sha %q", c.name, r.Size, r.SHA256)
		}
	}
}

// The same bytes give the same SHA-256 (duplicate detection); other bytes
// with the same text do not.
func TestReadHashIsOfOriginalBytes(t *testing.T) {
	a, _ := Read("a.txt", []byte(sample))
	b, _ := Read("b.txt", []byte(sample))
	c, _ := Read("c.txt", []byte("\xEF\xBB\xBF"+sample))
	if a.SHA256 != b.SHA256 || a.SHA256 == c.SHA256 {
		t.Errorf("hashes: %s %s %s", a.SHA256, b.SHA256, c.SHA256)
	}
}

// Files that cannot be read say why and what to do, in both languages.
func TestReadRefusals(t *testing.T) {
	dir := t.TempDir()
	png := append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 100)...)
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i/13)
	}
	for _, c := range []struct {
		tried string
		name  string
		data  []byte
		code  Code
		zh    string
	}{
		{"an empty file", "空.txt", nil, Empty, "文件是空的"},
		{"a file with only whitespace", "空白.txt", []byte(" \r\n\t\n"), Empty, "文件是空的"},
		{"a PNG renamed .txt", "图片.txt", png, NotDocument, "不是文档"},
		{"random binary renamed .txt", "乱码.txt", random, NotDocument, "不是文档"},
		{"a .docx renamed .txt", "改名.txt", buildDocx(t, para(run("正文")), nil), NotDocument, "扩展名是否被改动"},
		{"an extension we do not read", "表格.xlsx", []byte("x"), Unsupported, "不支持的文件类型"},
	} {
		p := writeFile(t, dir, c.name, c.data)
		_, err := ReadFile(p)
		if CodeOf(err) != c.code {
			t.Errorf("%s: err = %v, want %s", c.tried, err, c.code)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, c.zh) || !strings.Contains(msg, p) {
			t.Errorf("%s: message %q lacks %q or the path", c.tried, msg, c.zh)
		}
		if en := err.(*Error).Message(review.EN); en == err.Error() || !strings.Contains(en, p) {
			t.Errorf("%s: English message %q", c.tried, en)
		}
	}
}

// A path that does not exist.
func TestReadFileNotFound(t *testing.T) {
	p := filepath.Join(t.TempDir(), "没有这个文件.docx")
	_, err := ReadFile(p)
	if CodeOf(err) != NotFound {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "不存在") || !strings.Contains(err.(*Error).Message(review.EN), "not found") {
		t.Errorf("message = %q", err)
	}
}

// GBK text with a few bytes that are not GBK (a file cut in the middle of a
// character, or Big5) is an encoding problem, not "binary".
func TestReadTextUndecodable(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(strings.Repeat("第一条 为规范市场秩序，制定本规定。\n", 50))
	data := []byte(gbk)
	data[100] = 0xFF // not a lead byte in GB18030
	_, err := Read("坏编码.txt", data)
	if CodeOf(err) != Encoding || !strings.Contains(err.Error(), "另存为 UTF-8") {
		t.Fatalf("err = %v, want Encoding with advice", err)
	}
}

// A 50 MB text file is read (the limit is 64 MiB); one over 64 MiB is
// refused with the limit named.
func TestReadLargeText(t *testing.T) {
	dir := t.TempDir()
	line := []byte("第一条 为了规范行政规范性文件的制定和监督管理工作，根据有关法律法规，结合本市实际，制定本办法。\n")
	big := bytes.Repeat(line, 50_000_000/len(line))
	p := writeFile(t, dir, "大文件.txt", big)
	r, err := ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if r.Size != int64(len(big)) || !strings.HasPrefix(r.Text, string(line)) || len(r.Text) != len(big) {
		t.Errorf("size %d, text %d bytes", r.Size, len(r.Text))
	}
	f, err := os.Create(filepath.Join(dir, "太大.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(MaxTextSize + 1) // sparse: no need to write 64 MiB
	f.Close()
	_, err = ReadFile(f.Name())
	if CodeOf(err) != TooLarge || !strings.Contains(err.Error(), "64 MiB") {
		t.Fatalf("err = %v, want TooLarge naming 64 MiB", err)
	}
}

// Without LibreOffice, .doc and .wps files are refused with the advice to
// save them as .docx; a .docx merely renamed .doc is still read.
func TestReadLegacyWithoutSoffice(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	ole := append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 1000)...)
	for _, name := range []string{"旧文件.doc", "旧文件.WPS"} {
		_, err := Read(name, ole)
		if CodeOf(err) != NeedsConversion {
			t.Fatalf("%s: err = %v", name, err)
		}
		if !strings.Contains(err.Error(), "请用 Word 或 WPS 另存为 .docx 后再导入") ||
			!strings.Contains(err.(*Error).Message(review.EN), "save it as .docx") {
			t.Errorf("%s: message %q", name, err)
		}
	}
	r, err := Read("其实是新格式.doc", buildDocx(t, para(run("第一条 正文。")), nil))
	if err != nil || r.Text != "第一条 正文。\n" || r.Format != DOC {
		t.Errorf("renamed docx: %v %+v", err, r)
	}
	if _, err := Read("文本.doc", []byte("纯文本")); CodeOf(err) != NotDocument {
		t.Errorf("text renamed .doc: err = %v", err)
	}
}

// A folder with good files, a broken one, hidden files, Word lock files and
// unsupported files, plus a missing path: Collect lists the candidates in
// a stable order and ReadFile then reports only the broken one.
func TestCollectAndReadFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/二.docx", buildDocx(t, para(run("第二份通知")), nil))
	writeFile(t, dir, "a.txt", []byte("第一份通知"))
	writeFile(t, dir, "b/坏.DOCX", []byte("PK\x03\x04 truncated"))
	writeFile(t, dir, "b/c/三.md", []byte("# 第三份通知\n"))
	writeFile(t, dir, "~$二.docx", []byte("lock"))
	writeFile(t, dir, ".hidden.txt", []byte("隐藏"))
	writeFile(t, dir, ".git/x.txt", []byte("隐藏目录"))
	writeFile(t, dir, "表.xlsx", []byte("x"))
	missing := filepath.Join(dir, "不存在")
	files, errs := Collect([]string{dir, missing})
	want := []string{
		filepath.Join(dir, "a.txt"),
		filepath.Join(dir, "b/c/三.md"),
		filepath.Join(dir, "b/二.docx"),
		filepath.Join(dir, "b/坏.DOCX"),
	}
	if strings.Join(files, "|") != strings.Join(want, "|") {
		t.Errorf("files = %q\nwant %q", files, want)
	}
	if len(errs) != 1 || CodeOf(errs[0]) != NotFound || !strings.Contains(errs[0].Error(), missing) {
		t.Errorf("errs = %v", errs)
	}
	var read, broken []string
	for _, f := range files {
		r, err := ReadFile(f)
		if err != nil {
			broken = append(broken, filepath.Base(f)+":"+string(CodeOf(err)))
			continue
		}
		read = append(read, strings.TrimSpace(r.Meta.Title))
	}
	if strings.Join(read, "|") != "第一份通知|第三份通知|第二份通知" || strings.Join(broken, "|") != "坏.DOCX:corrupt" {
		t.Errorf("read %q, broken %q", read, broken)
	}
	// An explicitly named unsupported file is reported rather than dropped.
	if _, errs := Collect([]string{filepath.Join(dir, "表.xlsx")}); len(errs) != 1 || CodeOf(errs[0]) != Unsupported {
		t.Errorf("explicit .xlsx: %v", errs)
	}
}

// With a converter on PATH, a .doc is converted to .docx in a temporary
// folder and read from there. The fake soffice here stands in for
// LibreOffice: it checks the arguments we pass and writes the .docx that a
// real conversion would.
func TestReadLegacyWithSoffice(t *testing.T) {
	bin := t.TempDir()
	converted := writeFile(t, t.TempDir(), "converted.docx", buildDocx(t, para(run("第一条 旧格式文件的正文。")), nil))
	script := `#!/bin/sh
out=""; in=""; headless=no
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) out="$2"; shift ;;
    --headless) headless=yes ;;
    -env:*|--norestore|--convert-to|docx) ;;
    *) in="$1" ;;
  esac
  shift
done
[ "$headless" = yes ] && [ -f "$in" ] || exit 3
mkdir -p "$out" && cp "` + converted + `" "$out/$(basename "${in%.*}").docx"
`
	writeFile(t, bin, "soffice", []byte(script))
	os.Chmod(filepath.Join(bin, "soffice"), 0o755)
	t.Setenv("PATH", bin+string(os.PathListSeparator)+"/usr/bin:/bin")
	ole := append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 1000)...)
	r, err := Read("旧文件.wps", ole)
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "第一条 旧格式文件的正文。\n" || r.Format != WPS {
		t.Errorf("got %q as %s", r.Text, r.Format)
	}
	// A converter that produces nothing: the user is told to convert by hand.
	writeFile(t, bin, "soffice", []byte("#!/bin/sh\nexit 1\n"))
	if _, err := Read("坏.doc", ole); CodeOf(err) != ConversionFailed || !strings.Contains(err.Error(), "另存为 .docx") {
		t.Errorf("failed conversion: err = %v", err)
	}
}
