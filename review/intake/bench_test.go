package intake

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadBulk reads the 684 administrative regulations (about 11 MB
// of Markdown) the way `beishen import` would: Collect, then ReadFile each,
// metadata included.
func BenchmarkReadBulk(b *testing.B) {
	dir := filepath.Join(sharedDir(b), "corpus/bulk/行政法规")
	files, errs := Collect([]string{dir})
	if len(errs) > 0 || len(files) < 600 {
		b.Fatalf("collected %d files, errors %v", len(files), errs)
	}
	var total int64
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		total += st.Size()
	}
	b.SetBytes(total)
	b.ResetTimer()
	for b.Loop() {
		for _, f := range files {
			if _, err := ReadFile(f); err != nil && CodeOf(err) != Empty {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadDocx measures extraction of a numbered .docx of 2,000 clauses.
func BenchmarkReadDocx(b *testing.B) {
	var body []byte
	for i := 0; i < 2000; i++ {
		body = append(body, numbered(1, 1, "为了规范行政规范性文件的制定和监督管理工作，根据有关法律法规，制定本办法。")...)
	}
	data := buildDocx(b, string(body), map[string]string{"word/numbering.xml": numberingXML})
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("bench.docx", data); err != nil {
			b.Fatal(err)
		}
	}
}
