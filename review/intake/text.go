package intake

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
	pdfMagic = []byte("%PDF-")
)

// binaryKinds names common non-text formats by their first bytes, so a
// renamed file is refused with a hint at what it really is.
var binaryKinds = []struct {
	magic []byte
	kind  string
}{
	{zipMagic, "ZIP/.docx"},
	{oleMagic, "Office 97-2003 (.doc/.wps/.xls)"},
	{pdfMagic, "PDF"},
	{[]byte("\x89PNG"), "PNG"},
	{[]byte("\xFF\xD8\xFF"), "JPEG"},
	{[]byte("GIF8"), "GIF"},
	{[]byte("\x7FELF"), "ELF"},
	{[]byte("Rar!"), "RAR"},
	{[]byte("7z\xBC\xAF"), "7z"},
	{[]byte("\x1F\x8B"), "gzip"},
	{[]byte("{\\rtf"), "RTF"},
}

// kindHint is "（内容像是 PDF）" when data starts like a known format.
func kindHint(data []byte) string {
	for _, k := range binaryKinds {
		if bytes.HasPrefix(data, k.magic) {
			return "；内容像是 " + k.kind + " / looks like " + k.kind
		}
	}
	return ""
}

// readText decodes a plain-text file: BOM first, then valid UTF-8, then
// GB18030 (a superset of GBK and GB2312). Anything that decodes to control
// characters or replacement characters is refused rather than shown garbled.
func readText(name string, data []byte) (text, encoding string, err *Error) {
	if hint := kindHint(data); hint != "" {
		return "", "", fail(name, NotDocument, "不是纯文本"+hint)
	}
	text, encoding, code := DecodeText(data)
	if code != "" {
		detail := "不是纯文本 / not plain text" + kindHint(data)
		if code == Encoding {
			detail = ""
		}
		return "", "", fail(name, code, detail)
	}
	return text, encoding, nil
}

// DecodeText detects the encoding of a plain-text file and decodes it. The
// Code is "" on success, NotDocument for binary content and Encoding for
// text-like content in an encoding it cannot read.
func DecodeText(data []byte) (text, encoding string, code Code) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		body := data[3:]
		if !utf8.Valid(body) {
			return "", "", Encoding
		}
		text, encoding = string(body), "UTF-8 BOM"
	case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("\xFE\xFF")):
		endian, encoding := xunicode.LittleEndian, "UTF-16LE BOM"
		if data[0] == 0xFE {
			endian, encoding = xunicode.BigEndian, "UTF-16BE BOM"
		}
		dec := xunicode.UTF16(endian, xunicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", "", Encoding
		}
		text = string(out)
		if bad, total := oddRunes(text); bad > 0 && bad*100 > total {
			return "", "", NotDocument
		}
		return text, encoding, ""
	case utf8.Valid(data):
		text, encoding = string(data), "UTF-8"
	default:
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil {
			return "", "", NotDocument
		}
		text, encoding = string(out), "GB18030"
	}
	bad, total := oddRunes(text)
	switch {
	case bad == 0:
		return text, encoding, ""
	case encoding == "GB18030" && bad*100 < total && hanShare(text) > 0.2:
		// Mostly Chinese with a few undecodable bytes: an encoding problem
		// (Big5, a cut-off file), not a binary file.
		return "", "", Encoding
	case encoding != "GB18030" && bad*1000 < total:
		// A stray control character in otherwise clean UTF-8 is tolerated.
		return text, encoding, ""
	}
	return "", "", NotDocument
}

// oddRunes counts runes that do not belong in a document's text: control
// characters other than tab/newline/CR/form feed, U+FFFD, and private-use
// characters; total counts all runes.
func oddRunes(s string) (bad, total int) {
	for _, r := range s {
		total++
		switch {
		case r == '\t', r == '\n', r == '\r', r == '\f':
		case r == utf8.RuneError, unicode.IsControl(r), isPrivateUse(r):
			bad++
		}
	}
	return bad, total
}

// hanShare is the share of Han characters among non-space runes.
func hanShare(s string) float64 {
	han, n := 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		n++
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(han) / float64(n)
}

func isPrivateUse(r rune) bool {
	return r >= 0xE000 && r <= 0xF8FF || r >= 0xF0000
}
