package storage

import (
	"bytes"
	"compress/flate"
	"io"
	"strings"
	"sync"
)

// Texts are stored deflated since schema 3: Chinese in UTF-8 takes three
// bytes a character and deflates to less than half, and a text is read
// only when its document opens. A deflated record starts with textMark,
// bytes no UTF-8 text starts with; a record without it is the text itself
// (schema 2 and earlier, or a text deflate would not shrink).
var textMark = []byte{0xFF, 'z'}

var deflaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// packText is the stored form of a text.
func packText(text string) []byte {
	if len(text) < 256 {
		return []byte(text)
	}
	var buf bytes.Buffer
	buf.Grow(len(text)/2 + 64)
	buf.Write(textMark)
	w := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(w)
	w.Reset(&buf)
	if _, err := io.WriteString(w, text); err != nil || w.Close() != nil || buf.Len() >= len(text) {
		return []byte(text)
	}
	return buf.Bytes()
}

// unpackText reads a stored text.
func unpackText(raw []byte) (string, error) {
	if !bytes.HasPrefix(raw, textMark) {
		return string(raw), nil
	}
	var b strings.Builder
	b.Grow(len(raw) * 3)
	r := flate.NewReader(bytes.NewReader(raw[len(textMark):]))
	defer r.Close()
	if _, err := io.Copy(&b, r); err != nil {
		return "", err
	}
	return b.String(), nil
}
