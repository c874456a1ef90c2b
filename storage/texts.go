package storage

import (
	"bytes"
	"compress/flate"
	"io"
	"sync"
	"time"

	"github.com/klauspost/compress/zstd"
)

// Texts, document states, version records and findings are stored
// compressed since schema 3: Chinese in UTF-8 takes three bytes a character
// and JSON repeats its keys, and all of them shrink to less than half. A
// compressed record starts with a mark, bytes with which neither UTF-8
// text nor JSON starts: zstdMark (schema 5 on) or packMark (deflate, schema
// 3 and 4, still read); a record without one is stored as it is (schema 2
// and earlier, or a short record compression would not shrink).
//
// zstd (github.com/klauspost/compress, BSD-3-Clause) rather than deflate:
// on the 100k benchmark's records it reads back 2.5 times as fast
// (verify reads every text, state and findings record once) for 7% more
// bytes than deflate's default level.
var (
	packMark = []byte{0xFF, 'z'}
	zstdMark = []byte{0xFF, 's'}
)

// packMin is the shortest record worth compressing.
const packMin = 128

var (
	inflaters = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}
	// One encoder and one decoder serve every goroutine: their EncodeAll
	// and DecodeAll may run concurrently. No checksum: every record is
	// checked against the log by Verify (texts by their hash, states by
	// replay, findings by their event's hash).
	zenc, _ = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderCRC(false),
		zstd.WithLowerEncoderMem(true), zstd.WithEncoderConcurrency(2))
	zdec, _ = zstd.NewReader(nil, zstd.WithDecoderConcurrency(2), zstd.IgnoreChecksum(true),
		zstd.WithDecoderMaxMemory(1<<28)) // a damaged length asks for no more
)

// pack is the stored form of a record.
func pack(b []byte) []byte {
	if len(b) < packMin {
		return b
	}
	out := zenc.EncodeAll(b, append(make([]byte, 0, len(b)/2+64), zstdMark...))
	if len(out) >= len(b) {
		return b
	}
	return out
}

// unpack reads a stored record. The result may alias raw (valid only in
// its transaction) when the record was stored as it is.
func unpack(raw []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(raw, zstdMark):
		return zdec.DecodeAll(raw[len(zstdMark):], make([]byte, 0, 4*len(raw)))
	case !bytes.HasPrefix(raw, packMark):
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

// recordReader is what one goroutine that reads many records (verify's
// reading and comparing sides) keeps between them: a zstd decoder of its
// own, which decodes a small record a quarter faster than the shared one
// handed between goroutines; a buffer to decode into; and the actors'
// names and the zones met, so that an event costs no copy of either. Its
// methods take a nil receiver, which reads as unpack does.
type recordReader struct {
	z      *zstd.Decoder
	buf    []byte
	names  map[string]string
	zoneAt int
	zone   *time.Location
}

func newRecordReader() *recordReader {
	z, _ := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.IgnoreChecksum(true), zstd.WithDecoderMaxMemory(1<<28))
	return &recordReader{z: z, names: map[string]string{}}
}

func (r *recordReader) close() {
	if r != nil {
		r.z.Close()
	}
}

// unpackTemp is unpack into the reader's buffer: the result is valid until
// the next call.
func (r *recordReader) unpackTemp(raw []byte) ([]byte, error) {
	if r == nil || !bytes.HasPrefix(raw, zstdMark) {
		return unpack(raw)
	}
	b, err := r.z.DecodeAll(raw[len(zstdMark):], r.buf[:0])
	if cap(b) <= 1<<20 {
		r.buf = b[:0]
	}
	return b, err
}

// unpack is unpack with the reader's decoder, into a buffer of its own
// of the record's size (a guess of four times the stored size allocated
// 130 MB more than the states of 100,000 documents hold).
func (r *recordReader) unpack(raw []byte) ([]byte, error) {
	if r == nil || !bytes.HasPrefix(raw, zstdMark) {
		return unpack(raw)
	}
	b, err := r.unpackTemp(raw)
	if err != nil {
		return nil, err
	}
	return append(make([]byte, 0, len(b)), b...), nil
}

// name is b as a string, the same string for the same bytes.
func (r *recordReader) name(b []byte) string {
	if s, ok := r.names[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(r.names) < 4096 {
		r.names[s] = s
	}
	return s
}

// fixedZone is time.FixedZone("", off), made once for the offsets met
// one after another.
func (r *recordReader) fixedZone(off int) *time.Location {
	if r.zone == nil || r.zoneAt != off {
		r.zone, r.zoneAt = time.FixedZone("", off), off
	}
	return r.zone
}

func packText(text string) []byte { return pack([]byte(text)) }

func unpackText(raw []byte) (string, error) {
	b, err := unpack(raw)
	return string(b), err
}
