package search

import (
	"encoding/binary"
	"errors"
	"math"
	"unsafe"
)

// An Index written out whole and read back, so that a screen can load the
// index it built last time instead of building it again: at 100,000
// documents a build is about two seconds of CPU, a load a few tens of
// milliseconds. The layout is this build's memory layout, little-endian,
// behind a magic and a format number; anything else is refused and the
// caller builds afresh.

var snapshotMagic = []byte("BSIX\x02")

// ErrSnapshot means the bytes are not a snapshot this build wrote.
var ErrSnapshot = errors.New("search: not a snapshot of this format")

// MarshalBinary writes the index as it is, tombstones included.
func (ix *Index) MarshalBinary() ([]byte, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	w := snapWriter{b: append([]byte(nil), snapshotMagic...)}
	w.u64(uint64(ix.live))
	w.u64(ix.gen)
	w.bool(ix.ordered)
	w.u64(uint64(len(ix.docs)))
	for _, d := range ix.docs {
		w.u64(d.id)
		w.u64(uint64(len(d.display)))
		w.b = append(w.b, d.display...)
		w.bool(d.orig != nil)
		w.u32s(int32sAsU32(d.orig))
	}
	w.u32s(int32sAsU32(ix.runes))
	w.u32s(ix.inits)
	w.u32s(ix.offs)
	w.u64s(ix.ids)
	w.u32s(ix.meta)
	w.u32s(int32sAsU32(ix.bmp))
	w.u64(uint64(len(ix.slots)))
	for r, s := range ix.slots {
		w.u32(uint32(r))
		w.u32(uint32(s))
	}
	w.u64(uint64(len(ix.lists)))
	for i := range ix.lists {
		w.posting(&ix.lists[i])
	}
	for i := range ix.letters {
		w.posting(&ix.letters[i])
	}
	w.u64(uint64(len(ix.pairs)))
	for i := range ix.pairs {
		w.posting(&ix.pairs[i])
	}
	return w.b, nil
}

// LoadIndex reads an index MarshalBinary wrote. On a little-endian
// machine, with b aligned to 8 bytes (a fresh buffer is), the index's
// arrays are b itself rather than copies, which makes loading a read of
// the file: b belongs to the index afterwards.
func LoadIndex(b []byte) (*Index, error) {
	if len(b) < len(snapshotMagic) || string(b[:len(snapshotMagic)]) != string(snapshotMagic) {
		return nil, ErrSnapshot
	}
	r := snapReader{all: b, b: b[len(snapshotMagic):]}
	ix := &Index{}
	ix.live = int(r.u64())
	ix.gen = r.u64()
	ix.ordered = r.bool()
	n := r.count(17)
	ix.docs = make([]docData, n)
	ix.byID = make(map[uint64]uint32, n)
	for i := range ix.docs {
		d := &ix.docs[i]
		d.id = r.u64()
		// The display strings stay in b too: nothing writes over them.
		if disp := r.bytes(r.count(1)); len(disp) > 0 {
			d.display = unsafe.String(unsafe.SliceData(disp), len(disp))
		}
		hasOrig := r.bool()
		d.orig = u32sAsInt32(r.u32s())
		if !hasOrig {
			d.orig = nil
		}
	}
	ix.runes = u32sAsInt32(r.u32s())
	ix.inits = r.u32s()
	ix.offs = r.u32s()
	ix.ids = r.u64s()
	ix.meta = r.u32s()
	ix.bmp = u32sAsInt32(r.u32s())
	if len(ix.bmp) == 0 {
		ix.bmp = nil
	}
	ns := r.count(8)
	ix.slots = make(map[rune]int32, ns)
	for range ns {
		k := rune(r.u32())
		ix.slots[k] = int32(r.u32())
	}
	ix.lists = make([]posting, r.count(8))
	for i := range ix.lists {
		r.posting(&ix.lists[i])
	}
	for i := range ix.letters {
		r.posting(&ix.letters[i])
	}
	ix.pairs = make([]posting, r.count(8))
	for i := range ix.pairs {
		r.posting(&ix.pairs[i])
	}
	if r.bad || len(r.b) != 0 || len(ix.ids) != len(ix.docs) || len(ix.meta) != len(ix.docs) ||
		(len(ix.docs) > 0 && len(ix.offs) != len(ix.docs)+1) || len(ix.runes) != len(ix.inits) || len(ix.pairs) != 26*26 {
		return nil, ErrSnapshot
	}
	for o, d := range ix.docs {
		if ix.meta[o]&aliveBit != 0 {
			ix.byID[d.id] = uint32(o)
		}
	}
	if len(ix.byID) != ix.live {
		return nil, ErrSnapshot
	}
	return ix, nil
}

// snapWriter lays out arrays 8-byte aligned from the start of the
// snapshot, so a reader can take them in place.
type snapWriter struct{ b []byte }

func (w *snapWriter) align() {
	for len(w.b)%8 != 0 {
		w.b = append(w.b, 0)
	}
}

func (w *snapWriter) u32(v uint32) { w.b = binary.LittleEndian.AppendUint32(w.b, v) }
func (w *snapWriter) u64(v uint64) { w.b = binary.LittleEndian.AppendUint64(w.b, v) }
func (w *snapWriter) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}
func (w *snapWriter) u16s(s []uint16) {
	w.u64(uint64(len(s)))
	w.align()
	for _, v := range s {
		w.b = binary.LittleEndian.AppendUint16(w.b, v)
	}
}
func (w *snapWriter) u32s(s []uint32) {
	w.u64(uint64(len(s)))
	w.align()
	for _, v := range s {
		w.u32(v)
	}
}
func (w *snapWriter) u64s(s []uint64) {
	w.u64(uint64(len(s)))
	w.align()
	for _, v := range s {
		w.u64(v)
	}
}
func (w *snapWriter) posting(p *posting) {
	w.u32s(p.ords)
	w.u16s(p.firsts)
	w.u16s(p.lasts)
	w.u16s(p.seconds)
	w.bool(p.hasLasts)
	w.u32(p.last)
	w.u64(uint64(p.want))
}

// snapReader reads what snapWriter wrote; bad is set, and zeros returned,
// once anything runs past the end.
type snapReader struct {
	all, b []byte
	bad    bool
}

func (r *snapReader) bytes(n int) []byte {
	if r.bad || n < 0 || n > len(r.b) {
		r.bad = true
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}
func (r *snapReader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}
func (r *snapReader) u64() uint64 {
	if b := r.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}
func (r *snapReader) bool() bool {
	b := r.bytes(1)
	return b != nil && b[0] == 1
}

// count reads a length whose elements take at least size bytes each,
// refusing one the rest of the input cannot hold.
func (r *snapReader) count(size int) int {
	n := r.u64()
	if r.bad || n > uint64(len(r.b)/size) || n > math.MaxInt32 {
		if n != 0 {
			r.bad = true
		}
		return 0
	}
	return int(n)
}

// skipPad passes the padding the writer put before an array.
func (r *snapReader) skipPad() {
	if pad := (len(r.all) - len(r.b)) % 8; pad != 0 {
		r.bytes(8 - pad)
	}
}

func (r *snapReader) u16s() []uint16 {
	n := r.count(2)
	r.skipPad()
	b := r.bytes(2 * n)
	if b == nil {
		return nil
	}
	if inPlace(b, 2) {
		return unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(b))), n)
	}
	out := make([]uint16, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return out
}
func (r *snapReader) u32s() []uint32 {
	n := r.count(4)
	r.skipPad()
	b := r.bytes(4 * n)
	if b == nil {
		return nil
	}
	if inPlace(b, 4) {
		return unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(b))), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}
func (r *snapReader) u64s() []uint64 {
	n := r.count(8)
	r.skipPad()
	b := r.bytes(8 * n)
	if b == nil {
		return nil
	}
	if inPlace(b, 8) {
		return unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(b))), n)
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}

// littleEndian is whether this machine lays integers out as the snapshot
// does.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// inPlace says whether the array in b can be used where it lies.
func inPlace(b []byte, size uintptr) bool {
	return littleEndian && len(b) > 0 && uintptr(unsafe.Pointer(unsafe.SliceData(b)))%size == 0
}

func (r *snapReader) posting(p *posting) {
	p.ords = r.u32s()
	p.firsts = r.u16s()
	p.lasts = r.u16s()
	p.seconds = r.u16s()
	p.hasLasts = r.bool()
	p.last = r.u32()
	p.want = int(r.u64())
}

// The index keeps runes and ordinals as int32; on disk they are the same
// 32 bits.
func int32sAsU32(s []int32) []uint32 {
	if s == nil {
		return nil
	}
	return unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(s))), len(s))
}

func u32sAsInt32(s []uint32) []int32 {
	if s == nil {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(unsafe.SliceData(s))), len(s))
}
