package intake

import (
	"testing"
	"unicode/utf8"
)

// FuzzReadDocx: whatever bytes arrive as a .docx, Read returns text or an
// *Error, never panics, and text is valid UTF-8 with "\n" line endings.
func FuzzReadDocx(f *testing.F) {
	f.Add(buildDocx(f, para(run("第一条 正文。")), nil))
	f.Add(buildDocx(f, numbered(1, 1, "条文")+numbered(1, 2, "项"), map[string]string{
		"word/numbering.xml": numberingXML, "word/styles.xml": stylesXML,
	}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Read("fuzz.docx", data)
		checkResult(t, r, err)
	})
}

// FuzzDecodeText: any bytes as a .txt decode or are refused with a code.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("\xFF\xFE\x00"))
	f.Add([]byte("\xEF\xBB\xBF\xB5\xDA"))
	f.Add([]byte{0xB5, 0xDA, 0xD2, 0xBB, 0xCC, 0xF5})
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, code := DecodeText(data)
		if code == "" && (enc == "" || !utf8.ValidString(text)) {
			t.Fatalf("decoded %q as %q", text, enc)
		}
		r, err := Read("fuzz.txt", data)
		checkResult(t, r, err)
	})
}

// FuzzExtractMeta: any text yields metadata without panicking, and dates
// found are real calendar days.
func FuzzExtractMeta(f *testing.F) {
	f.Add("南政办规[2023]5号\n关于X的通知\n\n某局\n二〇二三年二月三十日\n本办法自2023年5月1日起施行，有效期为五年。")
	f.Add("# 条例\n\n2019年3月1日 施行\n<!-- INFO END -->")
	f.Fuzz(func(t *testing.T, text string) {
		m := ExtractMeta(text)
		for _, d := range []interface{ String() string }{m.SignedDate, m.EffectiveDate, m.ValidityEnd} {
			if s := d.String(); s != "" && len(s) != 10 {
				t.Fatalf("odd date %q", s)
			}
		}
	})
}

func checkResult(t *testing.T, r *Result, err error) {
	t.Helper()
	if err != nil {
		if CodeOf(err) == "" {
			t.Fatalf("error without a code: %v", err)
		}
		return
	}
	if !utf8.ValidString(r.Text) {
		t.Fatalf("invalid UTF-8 text")
	}
	for _, c := range r.Text {
		if c == '\r' {
			t.Fatalf("CR left in text")
		}
	}
}
