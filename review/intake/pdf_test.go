package intake

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"beishen/review"
)

// A real CJK PDF with a text layer (cairo, embedded subset font, ToUnicode)
// comes out as its Chinese text, and its metadata is read from it.
func TestReadPDFWithTextLayer(t *testing.T) {
	r, err := ReadFile("testdata/notice-cjk.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"南浔区关于加强市场监管的若干规定（试行）",
		"第二条 本规定自2023年5月1日起施行，有效期3年。",
		"南浔区人民政府办公室\n2023年3月31日",
	} {
		if !strings.Contains(r.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, r.Text)
		}
	}
	if r.Format != PDF || r.Encoding != "UTF-8" {
		t.Errorf("format/encoding = %s/%s", r.Format, r.Encoding)
	}
	m := r.Meta
	if m.DocNumber != "南政办规〔2023〕5号" || !m.Provisional || m.ValidityYears != 3 ||
		m.EffectiveDate != review.MustDate("2023-05-01") || m.SignedDate != review.MustDate("2023-03-31") ||
		m.Issuer != "南浔区人民政府办公室" {
		t.Errorf("meta = %+v", m)
	}
}

// scannedPDF is a one-page PDF whose only content is an image (what a
// scanner produces): no text objects at all.
func scannedPDF() []byte {
	content := "q 500 0 0 700 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q\n"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// A scanned PDF (image only) is refused with the OCR advice, in both languages.
func TestReadScannedPDF(t *testing.T) {
	_, err := Read("扫描件.pdf", scannedPDF())
	if CodeOf(err) != Scanned {
		t.Fatalf("err = %v, want Scanned", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "扫描件，无文字层，需先 OCR") || !strings.Contains(msg, "扫描件.pdf") {
		t.Errorf("message = %q", msg)
	}
	if msg := err.(*Error).Message(review.EN); !strings.Contains(msg, "run OCR first") {
		t.Errorf("English message = %q", msg)
	}
}

// A file called .pdf that is really text, and a PDF cut off after its
// header, are refused, not passed to the user as empty text.
func TestReadBrokenPDF(t *testing.T) {
	if _, err := Read("a.pdf", []byte("这不是PDF")); CodeOf(err) != NotDocument {
		t.Errorf("text renamed .pdf: err = %v", err)
	}
	data, err := os.ReadFile("testdata/notice-cjk.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read("cut.pdf", data[:200]); err == nil {
		t.Errorf("truncated PDF read without error")
	} else if c := CodeOf(err); c != Corrupt && c != Scanned {
		t.Errorf("truncated PDF: err = %v", err)
	}
}
