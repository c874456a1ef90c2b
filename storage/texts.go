package storage

import (
	"bytes"
	"compress/flate"
	"io"
	"sync"
)

// Texts, document states, version records and findings are stored
// deflated since schema 3: Chinese in UTF-8 takes three bytes a character
// and JSON repeats its keys, and all of them deflate to less than half. A
// deflated record starts with packMark, bytes with which neither UTF-8 text
// nor JSON starts; a record without it is stored as it is (schema 2 and
// earlier, or a short record deflate would not shrink).
var packMark = []byte{0xFF, 'z'}

// packMin is the shortest record worth deflating.
const packMin = 128

var (
	// Deflate's default level: a tenth smaller than its fastest for these
	// records (texts, states, findings of the 100k benchmark), and still
	// a few tens of microseconds a record, which an action or an import
	// does not notice.
	deflaters = sync.Pool{New: func() any {
		w, _ := flate.NewWriter(nil, flate.DefaultCompression)
		return w
	}}
	inflaters = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}
)

// pack is the stored form of a record.
func pack(b []byte) []byte {
	if len(b) < packMin {
		return b
	}
	var buf bytes.Buffer
	buf.Grow(len(b)/2 + 64)
	buf.Write(packMark)
	w := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(b); err != nil || w.Close() != nil || buf.Len() >= len(b) {
		return b
	}
	return buf.Bytes()
}

// unpack reads a stored record. The result may alias raw (valid only in
// its transaction) when the record was stored as it is.
func unpack(raw []byte) ([]byte, error) {
	if !bytes.HasPrefix(raw, packMark) {
		return raw, nil
	}
	r := inflaters.Get().(io.ReadCloser)
	defer inflaters.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(raw[len(packMark):]), nil); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.Grow(len(raw) * 3)
	if _, err := io.Copy(&out, r); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func packText(text string) []byte { return pack([]byte(text)) }

func unpackText(raw []byte) (string, error) {
	b, err := unpack(raw)
	return string(b), err
}
