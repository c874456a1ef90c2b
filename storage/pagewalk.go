package storage

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"

	"beishen/review"
)

// This file is verify's check of the file's page structure: what bbolt's
// tx.Check checks (every page below the high-water mark reached once or
// free, none both, none freed twice, keys in order in every page and
// between a page and its parent), read with ordinary reads in one pass over
// the file. bbolt's check read the same pages through the memory map, twice
// each, and at 100k those page faults (with the ones they caused the other
// readers, whose pages had to be let go to keep memory bounded) cost a
// fifth of verify's time. It is also the walk bbolt's check cannot be
// trusted with on a damaged file: bbolt follows a damaged tree blindly (an
// overflow count of four billion pages took minutes and gigabytes; a child
// pointing back at its parent recurses until the stack overflows), and runs
// where a fault cannot be caught.

// walkPages checks the page tree of the file at path from the meta page of
// transaction txid. What bbolt would crash or hang on (a page outside the
// file, reached twice, of the wrong type, with elements beyond its end, a
// tree deeper than bbolt ever builds) is the damaged-file error; what
// bbolt's tx.Check reports is returned as problems, in its words. ok is
// false when the file's metas have moved on past txid (another window
// committed meanwhile) and nothing was walked.
func walkPages(path string, txid uint64) (ok bool, problems []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return false, nil, err
	}
	defer f.Close()
	head := make([]byte, pageHeaderSize+metaSize)
	var m metaPage
	found := false
	if _, err := f.ReadAt(head, 0); err == nil {
		if m0, ok0 := readMeta(head[pageHeaderSize:]); ok0 {
			if _, err := f.ReadAt(head, int64(m0.pageSize)); err == nil {
				m1, ok1 := readMeta(head[pageHeaderSize:])
				switch {
				case m0.tx == txid:
					m, found = m0, true
				case ok1 && m1.tx == txid:
					m, found = m1, true
				}
			}
		}
	}
	if !found {
		return false, nil, nil
	}
	w := &pageWalk{f: f, m: m, seen: make([]uint64, (m.highWater+63)/64)}
	w.readHeads()
	w.visit(0)
	w.visit(1)
	if err := w.readFreelist(); err != nil {
		return true, nil, err
	}
	if _, err := w.tree(m.root, 0, true, nil, nil); err != nil {
		return true, nil, err
	}
	if w.freed != nil {
		for id := range m.highWater {
			if !w.has(w.seen, id) && !w.has(w.freed, id) {
				w.problem("page %d: unreachable unfreed", id)
			}
		}
	}
	if w.more > 0 {
		w.problems = append(w.problems, fmt.Sprintf("… %d more", w.more))
	}
	return true, w.problems, nil
}

type pageWalk struct {
	f    *os.File
	m    metaPage
	seen []uint64 // one bit per page below the high-water mark
	// freed has one bit for each page the freelist names; nil when the
	// file keeps no freelist (bbolt then counts every page not reached as
	// free, and there is nothing to check).
	freed []uint64
	// heads holds what the walk needs of the header of each page below
	// read (flags, count, overflow: headSize bytes a page), read in one
	// pass over the file in large pieces: one read for each page, in tree
	// order, cost more than the rest of the walk (a system call is slow on
	// a virtual machine). A page whose header does not carry its own
	// number has flags 0, which the walk calls damaged.
	heads []byte
	read  uint64
	// sums says, for each branch or leaf page read in that pass, whether
	// its keys are in order and its elements within it, with its first
	// and last keys (in keys): the tree walk checks each page against its
	// parent without reading it again.
	sums     []pageSum
	keys     []byte
	problems []string
	more     int // problems past maxProblems
}

type pageSum struct {
	at          uint32 // the first key's offset in keys; the last key follows it
	first, last uint16 // their lengths
	state       uint8
	buckets     bool // a leaf with bucket elements
}

const (
	sumNone    = iota // not a branch or leaf page, or not read
	sumOrdered        // keys strictly increasing
	sumDisordered
	sumPast // an element runs past the page
)

const (
	headSize    = 8
	maxProblems = 100
)

func (w *pageWalk) problem(format string, args ...any) {
	if len(w.problems) < maxProblems {
		w.problems = append(w.problems, fmt.Sprintf(format, args...))
	} else {
		w.more++
	}
}

// readHeads fills heads and sums for the pages the file holds below the
// high-water mark; a page past what could be read is read on its own,
// which reports why.
func (w *pageWalk) readHeads() {
	ps := uint64(w.m.pageSize)
	per := max(1, walkPiece/ps) // pages a piece
	w.sums = make([]pageSum, w.m.highWater)
	// The two halves of the file are read at once: nothing else runs
	// while the walk does, and it was a twentieth of a 100k verify.
	mid := min(w.m.highWater, (w.m.highWater/2+per-1)/per*per)
	var second heads
	other := goGuarded(func() { second = w.readPart(mid, w.m.highWater, per) })
	first := w.readPart(0, mid, per)
	other.wait()
	w.heads, w.keys = first.heads, first.keys
	if uint64(len(first.heads))/headSize == mid {
		off := uint32(len(w.keys))
		for id := mid; id < mid+uint64(len(second.heads))/headSize; id++ {
			w.sums[id].at += off
		}
		w.heads = append(w.heads, second.heads...)
		w.keys = append(w.keys, second.keys...)
	} else {
		clear(w.sums[mid:]) // past what could be read: read on its own when reached
	}
	w.read = uint64(len(w.heads)) / headSize
}

// walkPiece is how much of the file one read takes: at 100k a quarter of
// a megabyte walked as fast as four (90 ms against 100), and the buffers
// are fresh memory to fault in.
var walkPiece uint64 = 256 << 10

// heads is what readPart read: a header for each page from the first on,
// as far as the file could be read, and the summaries' keys.
type heads struct{ heads, keys []byte }

// readPart reads the pages from id to end, per at a time.
func (w *pageWalk) readPart(from, end, per uint64) heads {
	ps := uint64(w.m.pageSize)
	buf := make([]byte, per*ps)
	out := heads{heads: make([]byte, 0, (end-from)*headSize)}
	le := binary.LittleEndian
	for at := from; at < end; at += per {
		want := min(per, end-at) * ps
		n, _ := w.f.ReadAt(buf[:want], int64(at*ps))
		got := buf[:n]
		for i := range uint64(n) / ps {
			id := at + i
			h := got[i*ps:]
			flags, count, overflow := le.Uint16(h[8:]), int(le.Uint16(h[10:])), uint64(le.Uint32(h[12:]))
			if le.Uint64(h) != id {
				flags = 0
			}
			out.heads = le.AppendUint16(out.heads, flags)
			out.heads = append(out.heads, h[10:16]...) // count, overflow
			if (flags != branchPage && flags != leafPage) || id+overflow >= w.m.highWater {
				continue
			}
			if end := (i + overflow + 1) * ps; end <= uint64(len(got)) {
				w.sums[id] = summary(&out.keys, got[i*ps:end], flags, count)
			} else if p, err := w.page(id, overflow); err == nil {
				w.sums[id] = summary(&out.keys, p, flags, count)
			}
		}
		if uint64(n) < want {
			break
		}
	}
	return out
}

// summarize reads page id's keys (p is the page with its overflow).
func (w *pageWalk) summarize(id uint64, p []byte, flags uint16, count int) {
	w.sums[id] = summary(&w.keys, p, flags, count)
}

// summary sums up a page's keys, its first and last going to keys.
func summary(keys *[]byte, p []byte, flags uint16, count int) pageSum {
	le := binary.LittleEndian
	s := pageSum{state: sumOrdered}
	var first, prev []byte
	for i := range count {
		e := uint64(pageHeaderSize + 16*i)
		if e+16 > uint64(len(p)) {
			s.state = sumPast
			break
		}
		var start, end uint64
		if flags == leafPage {
			start = e + uint64(le.Uint32(p[e+4:]))
			end = start + uint64(le.Uint32(p[e+8:]))
			if end+uint64(le.Uint32(p[e+12:])) > uint64(len(p)) {
				end = ^uint64(0)
			}
			if le.Uint32(p[e:])&0x01 != 0 {
				s.buckets = true
			}
		} else {
			start = e + uint64(le.Uint32(p[e:]))
			end = start + uint64(le.Uint32(p[e+4:]))
		}
		if end > uint64(len(p)) || end-start > 0xFFFF {
			s.state = sumPast
			break
		}
		k := p[start:end]
		if i == 0 {
			first = k
		} else if bytes.Compare(prev, k) >= 0 {
			s.state = sumDisordered
		}
		prev = k
	}
	if s.state != sumPast && count > 0 {
		s.at, s.first, s.last = uint32(len(*keys)), uint16(len(first)), uint16(len(prev))
		*keys = append(append(*keys, first...), prev...)
	}
	return s
}

// page reads page id and its overflow.
func (w *pageWalk) page(id, overflow uint64) ([]byte, error) {
	ps := uint64(w.m.pageSize)
	p := make([]byte, (overflow+1)*ps)
	_, err := w.f.ReadAt(p, int64(id*ps))
	return p, err
}

// head is page id's header: flags, count and overflow.
func (w *pageWalk) head(id uint64) (uint16, int, uint64, error) {
	le := binary.LittleEndian
	if id < w.read {
		h := w.heads[id*headSize:]
		return le.Uint16(h), int(le.Uint16(h[2:])), uint64(le.Uint32(h[4:])), nil
	}
	h := make([]byte, pageHeaderSize)
	if _, err := w.f.ReadAt(h, int64(id*uint64(w.m.pageSize))); err != nil {
		return 0, 0, 0, err
	}
	flags := le.Uint16(h[8:])
	if le.Uint64(h) != id {
		flags = 0
	}
	return flags, int(le.Uint16(h[10:])), uint64(le.Uint32(h[12:])), nil
}

// readFreelist reads the freelist of the meta page into freed, and counts
// its pages as reached; a page freed twice is a problem.
func (w *pageWalk) readFreelist() error {
	id := w.m.freelist
	if id == noFreelist {
		return nil
	}
	const freelistPage = 0x10
	_, count, overflow, err := w.head(id)
	if err != nil || id < 2 || id+overflow >= w.m.highWater {
		return w.bad("freelist page %d: outside the file", id)
	}
	p, err := w.page(id, overflow)
	if err != nil || binary.LittleEndian.Uint16(p[8:]) != freelistPage || binary.LittleEndian.Uint64(p) != id {
		return w.bad("freelist page %d: header damaged", id)
	}
	for i := id; i <= id+overflow; i++ {
		w.visit(i)
	}
	ids := p[pageHeaderSize:]
	n := uint64(count)
	if count == 0xFFFF {
		n, ids = binary.LittleEndian.Uint64(ids), ids[8:]
	}
	if n > uint64(len(ids))/8 {
		return w.bad("freelist page %d: %d pages do not fit", id, n)
	}
	w.freed = make([]uint64, len(w.seen))
	for i := range n {
		free := binary.LittleEndian.Uint64(ids[8*i:])
		if free >= w.m.highWater {
			continue // bbolt's check looks no further than the high-water mark
		}
		if w.has(w.freed, free) {
			w.problem("page %d: already freed", free)
		}
		w.freed[free/64] |= 1 << (free % 64)
	}
	return nil
}

func (w *pageWalk) has(bits []uint64, id uint64) bool { return bits[id/64]&(1<<(id%64)) != 0 }

// visit marks page id and reports whether it had been reached before.
func (w *pageWalk) visit(id uint64) (again bool) {
	word, bit := id/64, uint64(1)<<(id%64)
	again = w.seen[word]&bit != 0
	w.seen[word] |= bit
	return again
}

const (
	branchPage = 0x01
	leafPage   = 0x02
	maxTree    = 64 // a B+tree of 4 KiB pages is a handful of levels deep
)

func (w *pageWalk) bad(format string, args ...any) error {
	zh := fmt.Sprintf(format, args...)
	return damaged(review.Text{ZH: "页结构已损坏：" + zh, EN: "the page structure is damaged: " + zh})
}

// tree walks the pages under id, whose keys are to be at least lo and
// below hi (nil: no bound), and returns the greatest key under it, as
// bbolt's check does; buckets says whether its leaves hold buckets whose
// trees are walked too (the root tree's do; any other leaf that holds
// one says so in its summary).
func (w *pageWalk) tree(id uint64, depth int, buckets bool, lo, hi []byte) ([]byte, error) {
	ps := uint64(w.m.pageSize)
	switch {
	case depth > maxTree:
		return nil, w.bad("page %d: tree deeper than %d", id, maxTree)
	case id < 2 || id >= w.m.highWater:
		return nil, w.bad("page %d: outside the file (%d pages)", id, w.m.highWater)
	}
	flags, count, overflow, err := w.head(id)
	if err != nil {
		return nil, w.bad("page %d: %v", id, err)
	}
	le := binary.LittleEndian
	if id+overflow >= w.m.highWater || (flags != branchPage && flags != leafPage) {
		return nil, w.bad("page %d: header damaged", id)
	}
	if w.freed != nil && w.has(w.freed, id) {
		w.problem("page %d: reachable freed", id)
	}
	for i := id; i <= id+overflow; i++ {
		if w.visit(i) {
			return nil, w.bad("page %d: reached twice", i)
		}
	}
	size := (overflow + 1) * ps
	if uint64(pageHeaderSize+16*count) > size {
		return nil, w.bad("page %d: %d elements do not fit", id, count)
	}
	s := w.sums[id]
	if s.state == sumNone {
		p, err := w.page(id, overflow)
		if err != nil {
			return nil, w.bad("page %d: %v", id, err)
		}
		w.summarize(id, p, flags, count)
		s = w.sums[id]
	}
	if s.state == sumPast {
		return nil, w.bad("page %d: an element runs past the page", id)
	}
	if flags == leafPage {
		if err := w.leafOrder(id, s, count, lo, hi); err != nil || (!buckets && !s.buckets) || count == 0 {
			return w.lastKey(s, count), err
		}
	}
	p, err := w.page(id, overflow)
	if err != nil {
		return nil, w.bad("page %d: %v", id, err)
	}
	if flags == branchPage {
		least, top := lo, []byte(nil)
		for i := range count {
			e := p[pageHeaderSize+16*i:]
			at := uint64(pageHeaderSize+16*i) + uint64(le.Uint32(e))
			key := p[at : at+uint64(le.Uint32(e[4:]))]
			child := le.Uint64(e[8:])
			switch {
			case i == 0 && least != nil && bytes.Compare(least, key) > 0:
				w.problem("the first key on branch page(%d) needs to be >= the key in the ancestor", id)
			case i > 0 && bytes.Compare(least, key) >= 0:
				w.problem("key[%d] on branch page(%d) needs to be > than previous element", i, id)
			}
			if hi != nil && bytes.Compare(key, hi) >= 0 {
				w.problem("key[%d] on branch page(%d) needs to be < than key of the next element in ancestor", i, id)
			}
			next := hi
			if i < count-1 {
				n := p[pageHeaderSize+16*(i+1):]
				nat := uint64(pageHeaderSize+16*(i+1)) + uint64(le.Uint32(n))
				next = p[nat : nat+uint64(le.Uint32(n[4:]))]
			}
			if top, err = w.tree(child, depth+1, buckets, key, next); err != nil {
				return nil, err
			}
			least = top
		}
		return top, nil
	}
	for i := range count {
		// A leaf element: flags, pos (from the element), key size, value size.
		e := p[pageHeaderSize+16*i:]
		if le.Uint32(e)&0x01 == 0 {
			continue
		}
		at := uint64(pageHeaderSize+16*i) + uint64(le.Uint32(e[4:]))
		end := at + uint64(le.Uint32(e[8:])) + uint64(le.Uint32(e[12:]))
		v := p[at+uint64(le.Uint32(e[8:])) : end]
		if len(v) < 16 {
			return nil, w.bad("page %d: bucket %d damaged", id, i)
		}
		if root := le.Uint64(v); root != 0 { // 0: an inline bucket, inside the value
			if _, err := w.tree(root, 0, false, nil, nil); err != nil {
				return nil, err
			}
		}
	}
	return w.lastKey(s, count), nil
}

// leafOrder checks a leaf's keys against the bounds its parent sets.
func (w *pageWalk) leafOrder(id uint64, s pageSum, count int, lo, hi []byte) error {
	if s.state == sumDisordered {
		w.problem("keys on leaf page(%d) need to be in increasing order", id)
	}
	if count == 0 {
		return nil
	}
	first := w.keys[s.at : s.at+uint32(s.first)]
	last := w.keys[s.at+uint32(s.first) : s.at+uint32(s.first)+uint32(s.last)]
	if lo != nil && bytes.Compare(lo, first) > 0 {
		w.problem("the first key on leaf page(%d) needs to be >= the key in the ancestor", id)
	}
	if hi != nil && bytes.Compare(last, hi) >= 0 {
		w.problem("a key on leaf page(%d) needs to be < than key of the next element in ancestor", id)
	}
	return nil
}

// lastKey is the greatest key of a leaf, nil for an empty one (as bbolt's
// check has it).
func (w *pageWalk) lastKey(s pageSum, count int) []byte {
	if count == 0 {
		return nil
	}
	return w.keys[s.at+uint32(s.first) : s.at+uint32(s.first)+uint32(s.last)]
}
