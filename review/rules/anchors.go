package rules

import (
	"cmp"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// wordScanner tells in one pass over a sentence which of the rule set's
// literal words occur in it; the engine then runs a rule's regular
// expressions only when the words each trigger needs are all there. Most
// sentences of a long text never reach a regexp.
//
// Every word is keyed by its first two runes (or its only rune). Walking the
// sentence rune by rune, a bitmap of those keys, small enough to stay in the
// first-level cache, rules out almost every position at once; the few that
// remain are confirmed by comparing the words filed under the key. Each
// rune costs a hash and a bit test, with no chain of table look-ups from one
// byte to the next as in an automaton.
type wordScanner struct {
	one, two keyIndex // words of one rune; longer words by their first two
	// info[id] holds what marking word id needs: its rules and where its
	// sets are, side by side so that the first meeting of a word reads one
	// cache line for them (separate arrays of masks, starts, set words and
	// set bits cost a line each).
	info  []wordInfo
	words []string
	// sets[info[id].setLo:info[id].setHi] are the words of bits of the
	// sets word id belongs to, with its bits there: the scan sets them
	// for the words it sees, so that asking whether a word of a set is in
	// the sentence costs a bit test, not a walk over the set's words (the
	// rules ask some 1,400 sets, a dozen words each, of every sentence).
	sets     []setBits
	setWords int // words of bits a sentence's sets take
}

// wordInfo is a word's rule mask and the range of its sets' bits.
type wordInfo struct {
	mask         uint64
	setLo, setHi int32
}

// setBits are the bits of a word's sets within one word of bits.
type setBits struct {
	word int32
	bits uint64
}

// indexSets gives every list of word ids a bit, in order, and files each
// word's bits by word. A word is in a few lists at most, so a sentence pays
// for its sets only at the words it holds.
func (s *wordScanner) indexSets(lists [][]int32) {
	s.setWords = (len(lists) + 63) / 64
	byWord := make([]map[int32]uint64, len(s.words))
	for i, ids := range lists {
		for _, id := range ids {
			if byWord[id] == nil {
				byWord[id] = map[int32]uint64{}
			}
			byWord[id][int32(i/64)] |= 1 << (i % 64)
		}
	}
	s.sets = s.sets[:0]
	for id, m := range byWord {
		s.info[id].setLo = int32(len(s.sets))
		for _, k := range slices.Sorted(maps.Keys(m)) {
			s.sets = append(s.sets, setBits{k, m[k]})
		}
		s.info[id].setHi = int32(len(s.sets))
	}
}

// keyIndex files word ids under a 16-bit key. A bitmap says which keys are
// used; a used key's rank among them (counted with the bitmap) numbers its
// bucket, and ids[start[b]:start[b+1]] are the words in bucket b, whose first
// runes are heads[…] and which are whole when short[…] (nothing after the
// runes of the key). Everything but the words themselves fits in a few
// kilobytes, so a look-up stays in cache.
//
// Within a bucket the words are ordered by their first two runes, then by
// their third (a word of two runes first), then by id: a look-up finds the
// words that share the sentence's third rune by halving instead of comparing
// every word of a crowded key (应当 heads 87 words, 不得 168, and the bulk
// corpus meets them tens of thousands of times).
type keyIndex struct {
	used  [1 << 16 / 64]uint64
	rank  [1 << 16 / 64]uint16 // used keys in the bitmap words before
	start []uint16
	ids   []int32
	heads []uint64
	short []bool
	third []rune // the word's third rune; -1 for a word of one or two runes
	// groupEnd[j] ends the run of words that share word j's first two
	// runes: a look-up steps over a crowded run instead of along it.
	groupEnd []uint16
}

func newKeyIndex(keys []uint32, ids []int32, words []string) keyIndex {
	var ix keyIndex
	for _, k := range keys {
		ix.used[k>>6] |= 1 << (k & 63)
	}
	n := 0
	for i, w := range ix.used {
		ix.rank[i] = uint16(n)
		n += bits.OnesCount64(w)
	}
	count := make([]int, n+1)
	for _, k := range keys {
		count[ix.bucket(k)+1]++
	}
	for b := 1; b < len(count); b++ {
		count[b] += count[b-1]
	}
	ix.start = make([]uint16, len(count))
	for b, c := range count {
		ix.start[b] = uint16(c)
	}
	ix.ids = make([]int32, len(ids))
	ix.heads = make([]uint64, len(ids))
	ix.short = make([]bool, len(ids))
	ix.third = make([]rune, len(ids))
	fill := append([]int(nil), count...)
	for i, k := range keys {
		w := words[ids[i]]
		a, n := utf8.DecodeRuneInString(w)
		b, m := utf8.DecodeRuneInString(w[n:])
		j := fill[ix.bucket(k)]
		ix.ids[j] = ids[i]
		ix.heads[j] = head(a, b)
		ix.short[j] = n+m == len(w)
		ix.third[j] = -1
		if !ix.short[j] && n != len(w) {
			ix.third[j], _ = utf8.DecodeRuneInString(w[n+m:])
		}
		fill[ix.bucket(k)]++
	}
	for b := 0; b+1 < len(ix.start); b++ {
		ix.sortBucket(int(ix.start[b]), int(ix.start[b+1]))
	}
	ix.groupEnd = make([]uint16, len(ids))
	for j := len(ids) - 1; j >= 0; j-- {
		if j+1 < len(ids) && ix.heads[j+1] == ix.heads[j] {
			ix.groupEnd[j] = ix.groupEnd[j+1]
		} else {
			ix.groupEnd[j] = uint16(j + 1)
		}
	}
	return ix
}

// sortBucket orders the words of ids[lo:hi] by head, third rune and id.
func (ix *keyIndex) sortBucket(lo, hi int) {
	order := make([]int, hi-lo)
	for i := range order {
		order[i] = lo + i
	}
	slices.SortFunc(order, func(x, y int) int {
		if c := cmp.Compare(ix.heads[x], ix.heads[y]); c != 0 {
			return c
		}
		if c := cmp.Compare(ix.third[x], ix.third[y]); c != 0 {
			return c
		}
		return cmp.Compare(ix.ids[x], ix.ids[y])
	})
	ids, heads, short, third := slices.Clone(ix.ids[lo:hi]), slices.Clone(ix.heads[lo:hi]), slices.Clone(ix.short[lo:hi]), slices.Clone(ix.third[lo:hi])
	for i, j := range order {
		ix.ids[lo+i], ix.heads[lo+i], ix.short[lo+i], ix.third[lo+i] = ids[j-lo], heads[j-lo], short[j-lo], third[j-lo]
	}
}

// bucket numbers a used key k.
func (ix *keyIndex) bucket(k uint32) int {
	w := ix.used[k>>6]
	return int(ix.rank[k>>6]) + bits.OnesCount64(w&(1<<(k&63)-1))
}

// head packs the first two runes of a word (b is RuneError for a word of one
// rune).
func head(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

func oneKey(r rune) uint32 { return uint32(r) & 0xffff }

func twoKey(a, b rune) uint32 { return (uint32(a)*0x9e3779b1 ^ uint32(b)*0x85ebca77) >> 16 }

// wordDict assigns ids to the literal words of the rule set.
type wordDict struct {
	ids   map[string]int32
	words []string
}

func (d *wordDict) id(w string) int32 {
	if d.ids == nil {
		d.ids = map[string]int32{}
	}
	if id, ok := d.ids[w]; ok {
		return id
	}
	id := int32(len(d.words))
	d.ids[w] = id
	d.words = append(d.words, w)
	return id
}

func (d *wordDict) idsOf(ws []string) []int32 {
	if ws == nil {
		return nil
	}
	out := make([]int32, len(ws))
	for i, w := range ws {
		out[i] = d.id(w)
	}
	return out
}

func newWordScanner(words []string, ruleMask []uint64) *wordScanner {
	if len(words) >= 1<<16 {
		panic("rules: too many literal words for the scanner")
	}
	s := &wordScanner{words: words, info: make([]wordInfo, len(words))}
	var oneKeys, twoKeys []uint32
	var oneIDs, twoIDs []int32
	for id, w := range words {
		s.info[id].mask = ruleMask[id]
		a, n := utf8.DecodeRuneInString(w)
		if n == len(w) {
			oneKeys, oneIDs = append(oneKeys, oneKey(a)), append(oneIDs, int32(id))
			continue
		}
		b, _ := utf8.DecodeRuneInString(w[n:])
		twoKeys, twoIDs = append(twoKeys, twoKey(a, b)), append(twoIDs, int32(id))
	}
	s.one = newKeyIndex(oneKeys, oneIDs, words)
	s.two = newKeyIndex(twoKeys, twoIDs, words)
	return s
}

// present records which words occur in the sentence being checked. A word
// is present when its stamp equals the current generation, so moving to the
// next sentence costs nothing.
type present struct {
	stamp []uint32
	gen   uint32
	// sets has the bit of every set a word of which was seen
	// (wordScanner.indexSets).
	sets []uint64
	// seen lists the words found, each once, in the order found: the
	// learned scorer sums their weights without asking every word.
	seen []int32
}

func newPresent(n int) *present { return &present{stamp: make([]uint32, n), gen: 0} }

func (p *present) has(id int32) bool { return p.stamp[id] == p.gen }

// inSet reports whether a word of the set with bit b was seen.
func (p *present) inSet(b int32) bool { return p.sets[b>>6]&(1<<(b&63)) != 0 }

func (p *present) any(ids []int32) bool {
	for _, id := range ids {
		if p.stamp[id] == p.gen {
			return true
		}
	}
	return false
}

// scan marks the words of text in p (a new generation) and returns the mask
// of rules whose words occur.
func (s *wordScanner) scan(text string, p *present) uint64 {
	p.gen++
	if p.gen == 0 { // wrapped: clear old stamps
		clear(p.stamp)
		p.gen = 1
	}
	if len(p.sets) != s.setWords {
		p.sets = make([]uint64, s.setWords)
	}
	clear(p.sets)
	p.seen = p.seen[:0]
	var mask uint64
	prev, prevAt := rune(-1), 0
	for i := 0; i < len(text); {
		// Three-byte runes (all of Chinese) are decoded inline; a wrong
		// decoding of broken text only costs a failed comparison below.
		var r rune
		n := 3
		if c := text[i]; c < utf8.RuneSelf {
			r, n = rune(c), 1
		} else if c&0xf0 == 0xe0 && i+2 < len(text) {
			r = rune(c&0x0f)<<12 | rune(text[i+1]&0x3f)<<6 | rune(text[i+2]&0x3f)
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if k := oneKey(r); s.one.used[k>>6]&(1<<(k&63)) != 0 {
			// A word of one rune is whole once its rune is: confirmed here,
			// without a call or a comparison of text (的, 、, 应 are met at
			// every few runes).
			ix, h := &s.one, head(r, utf8.RuneError)
			b := ix.bucket(k)
			for j := ix.start[b]; j < ix.start[b+1]; j++ {
				if ix.heads[j] == h {
					mask |= s.mark(ix.ids[j], p)
				}
			}
		}
		if prev >= 0 {
			if k := twoKey(prev, r); s.two.used[k>>6]&(1<<(k&63)) != 0 {
				mask |= s.confirmTwo(k, head(prev, r), text[prevAt:], i+n-prevAt, p)
			}
		}
		prev, prevAt = r, i
		i += n
	}
	return mask
}

// confirmTwo marks the words under key k that start with the runes h and
// with which at begins, at whose byte off the sentence's third rune starts.
// Only the word of the two runes and the words that go on with the
// sentence's third rune are compared; they are marked in the order of their
// ids, as a walk over the whole bucket would (present.seen keeps that order,
// and the learned scorer sums in it).
func (s *wordScanner) confirmTwo(k uint32, h uint64, at string, off int, p *present) uint64 {
	ix := &s.two
	b := ix.bucket(k)
	lo, hi := int(ix.start[b]), int(ix.start[b+1])
	for lo < hi && ix.heads[lo] != h {
		lo = int(ix.groupEnd[lo])
	}
	if lo == hi {
		return 0
	}
	end := int(ix.groupEnd[lo])
	var mask uint64
	short := int32(-1)
	if ix.third[lo] < 0 {
		short = ix.ids[lo]
		lo++
	}
	if lo < end && off < len(at) {
		t := decodeRune(at[off:])
		j := lo
		if end-lo > 8 {
			// (by hand: slices.BinarySearch is a call per look-up)
			for n := end; j < n; {
				m := int(uint(j+n) >> 1)
				if ix.third[m] < t {
					j = m + 1
				} else {
					n = m
				}
			}
		} else {
			// (a few words: walking them costs less than halving)
			for j < end && ix.third[j] < t {
				j++
			}
		}
		for ; j < end && ix.third[j] == t; j++ {
			id := ix.ids[j]
			if short >= 0 && short < id {
				mask |= s.mark(short, p)
				short = -1
			}
			if strings.HasPrefix(at, s.words[id]) {
				mask |= s.mark(id, p)
			}
		}
	}
	if short >= 0 {
		mask |= s.mark(short, p)
	}
	return mask
}

// decodeRune is utf8.DecodeRuneInString's rune, with a three-byte rune
// decoded inline as scan does: the scanner asks for the rune after every
// crowded key.
func decodeRune(s string) rune {
	if c := s[0]; c < utf8.RuneSelf {
		return rune(c)
	} else if c >= 0xe1 && c <= 0xef && c != 0xed && len(s) >= 3 && s[1]&0xc0 == 0x80 && s[2]&0xc0 == 0x80 {
		return rune(c&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// mark records that word id occurs and returns the rules it belongs to. A
// word met again in the sentence (的, 、, 应当 recur in most) has its sets
// set already: only the first meeting walks them.
func (s *wordScanner) mark(id int32, p *present) uint64 {
	w := &s.info[id]
	if p.stamp[id] == p.gen {
		return w.mask
	}
	p.seen = append(p.seen, id)
	p.stamp[id] = p.gen
	for _, b := range s.sets[w.setLo:w.setHi] {
		p.sets[b.word] |= b.bits
	}
	return w.mask
}
