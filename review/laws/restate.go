package laws

import (
	"slices"
	"sort"
	"sync"
	"unicode"
)

// A sentence that repeats an article of a law nearly word for word restates
// the measure the law sets; it sets none of its own. Restated finds such an
// article in the embedded library by the four-character runs the two share.

// restateGram is the length, in characters, of the runs compared.
const restateGram = 4

// restateMinGrams is the fewest runs a sentence needs to be compared: a
// short phrase (责令停业、关闭) is in many articles and restates none.
const restateMinGrams = 12

// restateShare is the share of a sentence's runs one article must hold: a
// copy with a word changed (逾期 for 到期) no longer restates the article,
// it rewrites it.
const restateShare = 0.9

// restateIndex holds, sorted, one entry per distinct run of each article:
// the run's hash in the high 44 bits and the article's number in the low 20.
type restateIndex struct {
	entries []uint64
	// starts[b] is the first entry whose run hash has b as its top
	// restateBucketBits bits: a lookup reads a few neighbouring entries
	// instead of searching the whole index.
	starts []int32
	cites  []string // by article number: 《中华人民共和国环境保护法》第六十条
}

const (
	restateArticleBits = 20
	restateHashBits    = 64 - restateArticleBits
	restateBucketBits  = 16
)

// bucket is the top restateBucketBits bits of a run hash.
func bucket(h uint64) uint64 { return h >> (restateHashBits - restateBucketBits) }

// postings returns the range of entries for run hash g.
//
// Both ends are found by halving: a bucket is a dozen entries, but a run
// every law has (人民政府, 有关部门) holds thousands, which walking them
// entry by entry took 2% of the checks' time.
func (ix *restateIndex) postings(g uint64) (int, int) {
	b := bucket(g)
	lo, hi := int(ix.starts[b]), int(ix.starts[b+1])
	es := ix.entries[lo:hi]
	from := sort.Search(len(es), func(i int) bool { return es[i]>>restateArticleBits >= g })
	to := from + sort.Search(len(es)-from, func(i int) bool { return es[from+i]>>restateArticleBits > g })
	return lo + from, lo + to
}

var embeddedRestate = sync.OnceValue(func() *restateIndex { return newRestateIndex(Embedded().Laws()) })

func newRestateIndex(ls []*Law) *restateIndex {
	// One pass sizes the buffers (a run per character at most), so that
	// the build copies nothing while it grows.
	size := 0
	for _, l := range ls {
		for _, a := range l.Articles {
			for _, p := range a.Paras {
				size += len(p) / 3
			}
		}
	}
	raw := make([]uint64, 0, size)
	var rs []rune
	var hs []uint64
	ix := &restateIndex{}
	for _, l := range ls {
		for _, a := range l.Articles {
			n := uint64(len(ix.cites))
			if n >= 1<<restateArticleBits {
				break
			}
			ix.cites = append(ix.cites, "《"+l.Title+"》"+a.Label)
			rs = rs[:0]
			for _, p := range a.Paras {
				rs = appendRunes(rs, p)
			}
			hs = appendHashes(hs[:0], rs)
			slices.Sort(hs)
			for _, h := range slices.Compact(hs) {
				raw = append(raw, h<<restateArticleBits|n)
			}
		}
	}
	// A counting sort by bucket, then each bucket (a dozen entries) sorted
	// on its own: several times faster than sorting the whole index, which
	// is built while the first finding waits.
	ix.starts = make([]int32, 1<<restateBucketBits+1)
	for _, e := range raw {
		ix.starts[bucket(e>>restateArticleBits)+1]++
	}
	for b := 1; b < len(ix.starts); b++ {
		ix.starts[b] += ix.starts[b-1]
	}
	ix.entries = make([]uint64, len(raw))
	next := slices.Clone(ix.starts[:len(ix.starts)-1])
	for _, e := range raw {
		b := bucket(e >> restateArticleBits)
		ix.entries[next[b]] = e
		next[b]++
	}
	for b := 0; b+1 < len(ix.starts); b++ {
		slices.Sort(ix.entries[ix.starts[b]:ix.starts[b+1]])
	}
	return ix
}

// runHashes returns the hashes (44 bits) of the runs of restateGram Han
// characters or digits of s, skipping punctuation and spaces.
func runHashes(s string) []uint64 {
	return appendHashes(nil, appendRunes(nil, s))
}

// appendRunes appends the Han characters and digits of s to rs.
func appendRunes(rs []rune, s string) []rune {
	for _, r := range s {
		if r >= 0x3400 && unicode.Is(unicode.Han, r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	return rs
}

// appendHashes appends the hashes of the runs of restateGram runes of rs.
func appendHashes(out []uint64, rs []rune) []uint64 {
	for i := 0; i+restateGram <= len(rs); i++ {
		h := uint64(14695981039346656037)
		for _, r := range rs[i : i+restateGram] {
			h ^= uint64(r)
			h *= 1099511628211
		}
		out = append(out, h>>restateArticleBits) // restateHashBits bits
	}
	return out
}

// Restated returns the article of an embedded law that sentence repeats
// nearly word for word (nine in ten of its runs of four characters), if
// any: "饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处…罚款" is 《道路交通
// 安全法》第九十一条's.
func Restated(sentence string) (string, bool) {
	gs := runHashes(sentence)
	slices.Sort(gs)
	gs = slices.Compact(gs)
	n := len(gs)
	if n < restateMinGrams {
		return "", false
	}
	ix := embeddedRestate()
	type posting struct{ lo, hi int }
	ps := make([]posting, n)
	for i, g := range gs {
		lo, hi := ix.postings(g)
		ps[i] = posting{lo, hi}
	}
	need := int(restateShare*float64(n) + 0.999)
	// An article holding need of the n runs holds one of any n-need+1 of
	// them: the rarest are enough to name the candidates.
	rare := slices.Clone(ps)
	slices.SortFunc(rare, func(a, b posting) int { return (a.hi - a.lo) - (b.hi - b.lo) })
	var cands []uint64
	for _, p := range rare[:n-need+1] {
		for _, e := range ix.entries[p.lo:p.hi] {
			cands = append(cands, e&(1<<restateArticleBits-1))
		}
		if len(cands) > 64 { // words every law uses: no article stands out
			return "", false
		}
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	for _, a := range cands {
		held := 0
		for i, g := range gs {
			if _, ok := slices.BinarySearch(ix.entries[ps[i].lo:ps[i].hi], g<<restateArticleBits|a); ok {
				held++
			}
		}
		if held >= need {
			return ix.cites[a], true
		}
	}
	return "", false
}
