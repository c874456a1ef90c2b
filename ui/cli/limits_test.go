package cli

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beishen/review/intake"
)

// importRefused imports one hostile file next to a good one and checks what
// the user sees: the file named with the size message in Chinese, a
// non-zero exit, and only the good file stored.
func importRefused(t *testing.T, e testEnv, bad string) {
	t.Helper()
	good := write(t, filepath.Join(filepath.Dir(bad), "好文件.txt"), []byte(goodText))
	err := e.Import([]string{bad, good}, "")
	if !errors.Is(err, ErrReported) {
		t.Fatalf("import of an over-limit file returned %v, want a non-zero exit", err)
	}
	msg := e.errOut.String()
	if !strings.Contains(msg, filepath.Base(bad)) || !strings.Contains(msg, "文件过大") {
		t.Errorf("stderr does not name the file and the limit:\n%s", msg)
	}
	if !strings.Contains(e.out.String(), "导入 1，重复 0，失败 1") {
		t.Errorf("summary: %s", e.out.String())
	}
	st, err := e.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rows, _ := st.Summaries()
	if len(rows) != 1 || rows[0].Title == "" || strings.Contains(rows[0].Title, "超大") {
		t.Fatalf("stored %d documents (%+v), want only the good one", len(rows), rows)
	}
}

// A text file one byte over the limit (sparse, so the test writes nothing).
func TestImportOfATextOverTheSizeLimitStoresNothing(t *testing.T) {
	e := newEnv(t)
	bad := filepath.Join(t.TempDir(), "超大文件.txt")
	f, err := os.Create(bad)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(intake.MaxTextSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	importRefused(t, e, bad)
}

// A small .docx whose body unpacks past the limit (a zip bomb).
func TestImportOfADocxExpandingPastTheLimitStoresNothing(t *testing.T) {
	e := newEnv(t)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`))
	chunk := bytes.Repeat([]byte("第一条"), 1<<18)
	for n := 0; n <= intake.MaxDocumentXML; n += len(chunk) {
		w.Write(chunk)
	}
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	if buf.Len() > 2<<20 {
		t.Fatalf("the bomb is %d bytes; it should be small on disk", buf.Len())
	}
	bad := write(t, filepath.Join(t.TempDir(), "超大正文.docx"), buf.Bytes())
	importRefused(t, e, bad)
}
