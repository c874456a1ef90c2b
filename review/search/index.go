package search

import (
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Doc is one searchable document.
type Doc struct {
	ID uint64
	Entry
}

// Hit is one matching document.
type Hit struct {
	ID    uint64
	Score int
	// Positions are rune indexes into Display of the characters that
	// matched, ascending; ready for lipgloss.StyleRunes.
	Positions []int
	// ByInitials marks a document found only through pinyin initials.
	ByInitials bool
}

// Result is one page of hits, best first: every direct match before any
// initials-only match.
type Result struct {
	Hits []Hit
	// Total counts every matching document, Direct only those matched by
	// characters (the set plain fuzzy.Find would return).
	Total, Direct int
}

// Index answers fuzzy queries over documents.
//
// Concurrency: Search, Len and Searcher.Search may run from any number of
// goroutines at once; Add, Remove and New's result may be mutated at any
// time, because a mutation waits for running searches (RWMutex) and bumps a
// generation that invalidates every Searcher's cache.
type Index struct {
	mu   sync.RWMutex
	docs []docData
	// runes and inits hold every document's normalised text and initials
	// back to back: one allocation each, scanned in order.
	runes []rune
	inits []uint32
	// offs[o] : offs[o+1] is document o's span of runes and inits; offs
	// and ids are kept apart from docs so a scan touches little memory.
	offs []uint32
	ids  []uint64
	// meta holds per ordinal the OR of the document's initials (letters a–z,
	// a 26-bit prefilter for pinyin queries), latinBit and aliveBit.
	meta []uint32
	byID map[uint64]uint32
	// rune → slot in lists (bmp[r]-1 for the Basic Multilingual Plane,
	// where nearly every rune lives, the map beyond); lists[slot] are the
	// documents whose text contains the rune. letters[k] are those with a
	// rune read with the initial 'a'+k, and pairs[26*a+b] those with two
	// adjacent runes read with initials a and b: the bigrams that find
	// the candidates of an initials query such as gpjz.
	bmp     []int32
	slots   map[rune]int32
	lists   []posting
	letters [26]posting
	pairs   []posting
	live    int
	// ordered is true while ordinals ascend with IDs, which makes the
	// empty query a plain walk.
	ordered bool
	gen     uint64
}

const (
	aliveBit = 1 << 31
	// latinBit marks a document with ASCII letters: an initials match may
	// then cover a letter (class lower, not Han), so its score is taken
	// from the text rather than from postings.
	latinBit = 1 << 30
)

type docData struct {
	id      uint64
	display string
	orig    []int32
}

func (ix *Index) text(o uint32) ([]rune, []uint32) {
	lo, hi := ix.offs[o], ix.offs[o+1]
	return ix.runes[lo:hi:hi], ix.inits[lo:hi:hi]
}

// New builds an index; for a repeated ID the later document wins.
// Documents whose Prepared is missing or inconsistent are prepared here.
func New(docs []Doc) *Index {
	sortedDocs := slices.Clone(docs)
	slices.SortStableFunc(sortedDocs, func(a, b Doc) int {
		switch {
		case a.ID < b.ID:
			return -1
		case a.ID > b.ID:
			return 1
		}
		return 0
	})
	ix := &Index{
		byID:    make(map[uint64]uint32, len(docs)),
		slots:   make(map[rune]int32),
		pairs:   make([]posting, 26*26),
		ordered: true,
	}
	ix.docs = make([]docData, 0, len(docs))
	ix.meta = make([]uint32, 0, len(docs))
	ix.ids = make([]uint64, 0, len(docs))
	ix.offs = make([]uint32, 0, len(docs)+1)
	preps := make([]Prepared, len(sortedDocs))
	total := 0
	for i, d := range sortedDocs {
		preps[i] = d.Prepared
		if !preps[i].valid(d.Display) {
			preps[i] = Prepare(d.Display)
		}
		total += len(preps[i].Initials)
	}
	ix.runes = make([]rune, 0, total)
	ix.inits = make([]uint32, 0, total)
	// Two passes over the documents: count each posting's entries, then
	// fill lists allocated at their final size, which avoids regrowing
	// (and copying) millions of entries.
	for i, d := range sortedDocs {
		ix.store(d.ID, d.Display, preps[i])
	}
	// Rune postings and initials postings are disjoint: one goroutine each.
	var wg sync.WaitGroup
	wg.Go(func() {
		for o := range ix.docs {
			ix.postRunes(uint32(o), true)
		}
		for i := range ix.lists {
			ix.lists[i].reserve()
		}
		for o := range ix.docs {
			ix.postRunes(uint32(o), false)
		}
	})
	wg.Go(func() {
		for o := range ix.docs {
			ix.postInitials(uint32(o), true)
		}
		for i := range ix.letters {
			ix.letters[i].reserve()
		}
		for i := range ix.pairs {
			ix.pairs[i].reserve()
		}
		for o := range ix.docs {
			ix.postInitials(uint32(o), false)
		}
	})
	wg.Wait()
	return ix
}

// Len returns the number of documents.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.live
}

// Add inserts a document, or replaces the one with the same ID (an edit).
func (ix *Index) Add(d Doc) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.add(d)
	ix.gen++
	ix.maybeCompact()
}

// Remove deletes the document with the given ID and reports whether it
// was there.
func (ix *Index) Remove(id uint64) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	o, ok := ix.byID[id]
	if !ok {
		return false
	}
	ix.kill(o)
	ix.gen++
	ix.maybeCompact()
	return true
}

func (ix *Index) add(d Doc) {
	p := d.Prepared
	if !p.valid(d.Display) {
		p = Prepare(d.Display)
	}
	ix.post(ix.store(d.ID, d.Display, p))
}

// store appends a document's keys (replacing any document with its ID)
// and returns its ordinal; post then indexes it.
func (ix *Index) store(id uint64, display string, p Prepared) uint32 {
	if old, ok := ix.byID[id]; ok {
		ix.kill(old)
	}
	o := uint32(len(ix.docs))
	if n := len(ix.docs); n > 0 && ix.docs[n-1].id >= id {
		ix.ordered = false
	}
	for _, r := range p.Text {
		ix.runes = append(ix.runes, r)
	}
	ix.inits = append(ix.inits, p.Initials...)
	ix.docs = append(ix.docs, docData{id: id, display: display, orig: p.Orig})
	if len(ix.offs) == 0 {
		ix.offs = append(ix.offs, 0)
	}
	ix.offs = append(ix.offs, uint32(len(ix.runes)))
	ix.ids = append(ix.ids, id)
	var mask uint32
	for _, m := range p.Initials {
		mask |= m
	}
	mask |= aliveBit
	if strings.ContainsFunc(p.Text, func(r rune) bool { return 'a' <= r && r <= 'z' }) {
		mask |= latinBit
	}
	ix.meta = append(ix.meta, mask)
	ix.byID[id] = o
	ix.live++
	return o
}

// slotFor returns the posting slot of r, creating it.
func (ix *Index) slotFor(r rune) int32 {
	if r < 0x10000 {
		if ix.bmp == nil {
			ix.bmp = make([]int32, 0x10000)
		}
		if s := ix.bmp[r]; s != 0 {
			return s - 1
		}
	} else if s, ok := ix.slots[r]; ok {
		return s
	}
	s := int32(len(ix.lists))
	ix.lists = append(ix.lists, posting{hasLasts: true})
	if r < 0x10000 {
		ix.bmp[r] = s + 1
	} else {
		ix.slots[r] = s
	}
	return s
}

// slotOf returns the posting slot of r, if any document contains it.
func (ix *Index) slotOf(r rune) (int32, bool) {
	if r < 0x10000 {
		if ix.bmp == nil || ix.bmp[r] == 0 {
			return 0, false
		}
		return ix.bmp[r] - 1, true
	}
	s, ok := ix.slots[r]
	return s, ok
}

// post enters document o in the postings of its runes, initials and
// initial bigrams.
func (ix *Index) post(o uint32) {
	ix.postRunes(o, false)
	ix.postInitials(o, false)
}

// postRunes enters document o in the postings of its runes; with counting
// set it only counts the entries (New's first pass). It touches only lists,
// bmp and slots, so it may run beside postInitials.
func (ix *Index) postRunes(o uint32, counting bool) {
	text, _ := ix.text(o)
	prev := charWhite
	for i, r := range text {
		post := &ix.lists[ix.slotFor(r)]
		if counting {
			post.count(o)
		} else {
			post.add(o, i, prev) // repeated rune: second and last position only
		}
		prev = classOf(r)
	}
}

// postInitials enters document o in the postings of its initials and
// initial bigrams (letters and pairs only).
func (ix *Index) postInitials(o uint32, counting bool) {
	text, inits := ix.text(o)
	var seenLetters uint32
	prev, before := charWhite, charWhite // classes of text[i-1] and text[i-2]
	for i, m := range inits {
		if fresh := m &^ seenLetters; fresh != 0 {
			seenLetters |= fresh
			for f := fresh; f != 0; f &= f - 1 {
				k := bits.TrailingZeros32(f)
				if counting {
					ix.letters[k].count(o)
				} else {
					ix.letters[k].add(o, i, prev)
				}
			}
		}
		if i > 0 && m != 0 && inits[i-1] != 0 {
			for a := inits[i-1]; a != 0; a &= a - 1 {
				row := ix.pairs[26*bits.TrailingZeros32(a):]
				for b := m; b != 0; b &= b - 1 {
					pair := &row[bits.TrailingZeros32(b)]
					if counting {
						pair.count(o)
					} else {
						pair.add(o, i-1, before)
					}
				}
			}
		}
		before, prev = prev, classOf(text[i])
	}
}

// kill leaves a tombstone: postings keep the ordinal until compaction,
// and searches skip it.
func (ix *Index) kill(o uint32) {
	ix.meta[o] &^= aliveBit
	delete(ix.byID, ix.docs[o].id)
	ix.docs[o] = docData{id: ix.docs[o].id}
	ix.live--
}

// maybeCompact rebuilds once a quarter of the ordinals are tombstones.
func (ix *Index) maybeCompact() {
	dead := len(ix.docs) - ix.live
	if dead < 64 || dead*4 < len(ix.docs) {
		return
	}
	old, oldMeta, oldRunes, oldInits, oldOffs := ix.docs, ix.meta, ix.runes, ix.inits, ix.offs
	ix.runes, ix.inits, ix.offs, ix.ids = nil, nil, nil, nil
	ix.docs = make([]docData, 0, ix.live)
	ix.meta = make([]uint32, 0, ix.live)
	ix.byID = make(map[uint64]uint32, ix.live)
	ix.bmp = nil
	ix.slots = make(map[rune]int32, len(ix.slots))
	ix.lists = nil
	ix.letters = [26]posting{}
	ix.pairs = make([]posting, 26*26)
	ix.live = 0
	ix.ordered = true
	for o, d := range old {
		if oldMeta[o]&aliveBit != 0 {
			p := Prepared{
				Text:     string(oldRunes[oldOffs[o]:oldOffs[o+1]]),
				Initials: oldInits[oldOffs[o]:oldOffs[o+1]],
				Orig:     d.orig,
			}
			ix.add(Doc{ID: d.id, Entry: Entry{Display: d.display, Prepared: p}})
		}
	}
}

// Search returns the best limit hits for query (limit <= 0: all of them).
//
// A document matches directly when the normalised query runes occur in
// order in its normalised text: the same set fuzzy.Find(query, displays)
// returns, except that full-width/half-width and other NFKC variants also
// match each other. When the query contains ASCII letters it also matches
// documents where each run of letters stands for as many adjacent
// characters read with those pinyin initials (any reading of a polyphone)
// and every other rune matches literally, in order: "gpjz" finds 公平竞争
// but not 公…平…竞…争 apart, "南浔gpjz" finds 南浔区公平竞争…
// Those extra documents come after all direct ones, marked ByInitials.
// The empty query returns every document in ID order.
func (ix *Index) Search(query string, limit int) Result {
	p := newPattern(query)
	res, _, _ := ix.search(&p, nil, false, 0, limit)
	return res
}

// matchSets are the ordinals a query matched, ascending: what a Searcher
// remembers to narrow the next, longer query.
type matchSets struct {
	direct []uint32
	// ends[i] is where the greedy match of the query's runes ends in
	// document direct[i] (0: not recorded): a query typed on from here
	// resumes the scan there instead of reading the text again.
	ends     []uint16
	runes    int      // query length in runes
	initials []uint32 // initials-only matches; nil when the query has no ASCII letter
}

// resume is what a prefix query left for the next keystroke: its greedy
// match ends, aligned with the candidates, and its length in runes.
type resume struct {
	ends  []uint16
	runes int
}

// search runs p. base, when its generation is current, holds the matches
// of a query that is a subsequence of p: p can only match a subset of its
// direct matches. When that query is also a prefix of p (the user typed on)
// p's initials matches are a subset of all its matches; a letter deleted
// from the middle of a run would not be (gpjz matches 公平竞争, gjz need not).
func (ix *Index) search(p *pattern, base *matchSets, basePrefix bool, baseGen uint64, limit int) (Result, matchSets, uint64) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	limit = max(limit, 0)
	if base != nil && baseGen != ix.gen {
		base = nil
	}
	if len(p.runes) == 0 {
		return ix.all(limit), matchSets{}, ix.gen
	}

	var cands []uint32
	var from *resume
	if base != nil {
		cands = base.direct
		var ends []uint16
		if basePrefix && base.ends != nil {
			ends = base.ends
		}
		// A rune much rarer than the earlier matches (场 after 市) cuts
		// the candidates before the scan.
		if rare := ix.rarest(p.runes); rare != nil && len(rare)*4 < len(cands) {
			cands, ends = narrow(rare, cands, ends)
		}
		if ends != nil {
			from = &resume{ends: ends, runes: base.runes}
		}
	} else {
		cands = ix.candidates(p.runes)
	}
	directTop := topK{k: limit}
	direct, ends := ix.scan(p, false, cands, from, nil, &directTop)

	var initials []uint32
	initialsTop := topK{} // k == 0: keep all
	switch {
	case limit > 0 && len(direct) >= limit:
		initialsTop.k = -1 // the page is full: count, do not rank
	case limit > 0:
		initialsTop.k = limit - len(direct)
	}
	if p.letters != 0 {
		loose := ix.looseCandidates(p)
		if base != nil && basePrefix && len(loose) > 0 {
			loose = union(intersect(loose, base.direct), intersect(loose, base.initials))
		}
		initials, _ = ix.scan(p, true, loose, nil, direct, &initialsTop)
		if initials == nil {
			initials = []uint32{}
		}
	}

	res := Result{Total: len(direct) + len(initials), Direct: len(direct)}
	for _, r := range directTop.sorted() {
		res.Hits = append(res.Hits, ix.hit(p, r, false))
	}
	if initialsTop.k >= 0 {
		for _, r := range initialsTop.sorted() {
			res.Hits = append(res.Hits, ix.hit(p, r, true))
		}
	}
	return res, matchSets{direct: direct, ends: ends, runes: len(p.runes), initials: initials}, ix.gen
}

// parallelScan is the candidate count above which scan splits the work
// across cores: a first keystroke like 公 or 〔 touches every document.
const parallelScan = 16384

// scan keeps the candidates that match, skipping tombstones and the
// ordinals in exclude (both ascending), and feeds their scores to top
// (unless top.k < 0). Direct matching also returns where each greedy match
// ends, and resumes from a prefix query's ends when given.
func (ix *Index) scan(p *pattern, loose bool, cands []uint32, from *resume, exclude []uint32, top *topK) ([]uint32, []uint16) {
	shards := min(runtime.GOMAXPROCS(0), 8, len(cands)/parallelScan)
	if shards <= 1 {
		return ix.scanPart(p, loose, cands, from, exclude, top)
	}
	type part struct {
		out  []uint32
		ends []uint16
		top  topK
	}
	parts := make([]part, shards)
	size := (len(cands) + shards - 1) / shards
	var wg sync.WaitGroup
	for i := range parts {
		lo, hi := min(i*size, len(cands)), min((i+1)*size, len(cands))
		c := cands[lo:hi]
		if len(c) == 0 {
			continue
		}
		x := exclude
		if len(x) > 0 {
			lo, _ := slices.BinarySearch(x, c[0])
			hi, _ := slices.BinarySearch(x, c[len(c)-1]+1)
			x = x[lo:hi]
		}
		var f *resume
		if from != nil {
			f = &resume{ends: from.ends[lo:hi], runes: from.runes}
		}
		pt := &parts[i]
		pt.top.k = top.k
		wg.Go(func() { pt.out, pt.ends = ix.scanPart(p, loose, c, f, x, &pt.top) })
	}
	wg.Wait()
	n := 0
	for _, pt := range parts {
		n += len(pt.out)
	}
	out := make([]uint32, 0, n)
	var ends []uint16
	if !loose {
		ends = make([]uint16, 0, n)
	}
	for _, pt := range parts {
		out = append(out, pt.out...)
		ends = append(ends, pt.ends...)
		for _, r := range pt.top.heap {
			top.push(r)
		}
	}
	return out, ends
}

func (ix *Index) scanPart(p *pattern, loose bool, cands []uint32, resumed *resume, exclude []uint32, top *topK) ([]uint32, []uint16) {
	posts, repeats := ix.runePostings(p, loose)
	if posts == nil {
		return nil, nil
	}
	n := len(p.runes)
	js := make([]int, len(posts))
	fs := make([]int, len(posts))
	var ends []uint16
	var which []int // direct: which[k] indexes the posting of query rune k
	if !loose {
		ends = make([]uint16, 0, len(cands))
		which = make([]int, n)
		for k, r := range p.runes {
			slot, _ := ix.slotOf(r)
			which[k] = slices.Index(posts, &ix.lists[slot])
		}
	}
	// reachable reports whether query runes k0… can occur in order from
	// position at on, judged by their first and last positions alone.
	reachable := func(at, k0 int) bool {
		for k := k0; k < n; k++ {
			j := which[k]
			at = max(at, fs[j])
			if posts[j].lastPos(js[j]) < at {
				return false
			}
			at++
		}
		return true
	}
	contig := p.contiguousScores(loose)
	bestContig := slices.Max(contig[:])
	// An initials query's first run cannot start before the first pair of
	// characters read with its first two letters; a query that is one run
	// (gpjz) is matched exactly there or later, and its window is the run.
	var pairPost *posting
	jp := 0
	oneRun := loose && len(p.segs) == 1 && p.segs[0].letters
	if first := p.segs[0]; loose && first.letters && first.hi-first.lo >= 2 && !oneRun {
		pairPost = ix.pair(p, first.lo)
	}
	out := make([]uint32, 0, len(cands))
	x := 0
	for ci, o := range cands {
		if ix.meta[o]&aliveBit == 0 {
			continue
		}
		if exclude != nil {
			for x < len(exclude) && exclude[x] < o {
				x++
			}
			if x < len(exclude) && exclude[x] == o {
				continue
			}
		}
		// Where each query rune first occurs, from the postings: if the
		// first occurrences ascend they are the greedy match, and if they
		// are adjacent the score follows without reading the text. With a
		// repeated rune they only say where a match can start.
		present, ascending, adjacent, prev0 := true, !repeats, !repeats, charWhite
		for k, post := range posts {
			js[k] = post.seek(js[k], o)
			if js[k] >= len(post.ords) || post.ords[js[k]] != o {
				present = false
				break
			}
			pos, prev, exact := post.first(js[k])
			fs[k] = pos
			if k == 0 {
				prev0 = prev
			} else if pos <= fs[k-1] || !exact {
				ascending, adjacent = false, false
			} else if pos != fs[k-1]+1 {
				adjacent = false
			}
			if !exact {
				ascending, adjacent = false, false
			}
		}
		if !present {
			continue // lacks a query rune
		}
		size := int32(ix.offs[o+1] - ix.offs[o])
		if adjacent && (!loose || ix.meta[o]&latinBit == 0) {
			out = append(out, o)
			if !loose {
				ends = append(ends, endOf(fs[n-1]+1))
			}
			if top.k >= 0 {
				top.push(ranked{score: int32(contig[prev0]), start: int32(fs[0]), size: size, ord: o, id: ix.ids[o]})
			}
			continue
		}
		from := fs[0]
		// No window beats an unbroken run from the same start (nor can one
		// start earlier than the first query rune), so when even that would
		// not make the page the score is not worth computing.
		bound := ranked{score: int32(bestContig), start: int32(from), size: size, id: ix.ids[o]}
		if ascending && !loose && (top.k < 0 || top.full() && better(top.heap[0], bound)) {
			out = append(out, o) // known to match, not worth ranking
			ends = append(ends, endOf(fs[n-1]+1))
			continue
		}
		if pairPost != nil {
			jp = pairPost.seek(jp, o)
			if jp >= len(pairPost.ords) || pairPost.ords[jp] != o {
				continue
			}
			if pos, _, exact := pairPost.first(jp); exact {
				from = max(from, pos)
			}
		}
		text, inits := ix.text(o)
		if resumed != nil && resumed.ends[ci] != 0 && !ascending {
			// Typed on: the greedy match of the longer query continues
			// where the shorter one's ended.
			at := int(resumed.ends[ci])
			if !reachable(at, resumed.runes) {
				continue
			}
			// Place the new runes from their postings while they can.
			k, ok := resumed.runes, true
			for ; k < n; k++ {
				j := which[k]
				pos, found, known := posts[j].next(js[j], at)
				if !known {
					break
				}
				if !found {
					ok = false
					break
				}
				at = pos + 1
			}
			if !ok {
				continue
			}
			e := at
			if k < n {
				if e, ok = p.extend(text, at, k); !ok {
					continue
				}
			}
			out = append(out, o)
			ends = append(ends, endOf(e))
			if top.k < 0 || top.full() && better(top.heap[0], bound) {
				continue
			}
			text, inits = text[:e], inits[:e]
		}
		var s, e int
		if oneRun {
			var ok bool
			if s, e, ok = p.forwardLoose(text, inits, from, nil); !ok {
				continue
			}
			out = append(out, o)
			if top.k >= 0 {
				top.push(ranked{score: int32(p.runScore(text, inits, s, e, &contig)), start: int32(s), size: size, ord: o, id: ix.ids[o]})
			}
			continue
		}
		switch {
		case ascending && !loose:
			// Known to match (in order, letters need not be adjacent):
			// the greedy match ends at the last first occurrence.
			e = fs[n-1] + 1
			s = p.shrink(text, from, e) - from
			e -= from
			out = append(out, o)
			ends = append(ends, endOf(e+from))
		case resumed != nil && resumed.ends[ci] != 0:
			// Matched above; the greedy match ends at len(text).
			e = len(text)
			s = p.shrink(text, from, e) - from
			e -= from
		default:
			if !loose && !reachable(from+1, 1) {
				continue
			}
			var ok bool
			if s, e, ok = p.window(text[from:], inits[from:], loose); !ok {
				continue
			}
			out = append(out, o)
			if !loose {
				ends = append(ends, endOf(e+from))
			}
			if top.k < 0 {
				continue
			}
		}
		s, e = s+from, e+from
		if bound.start = int32(s); top.full() && better(top.heap[0], bound) {
			continue
		}
		sc := p.score(text, inits, loose, s, e, nil)
		top.push(ranked{score: int32(sc), start: int32(s), size: size, ord: o, id: ix.ids[o]})
	}
	return out, ends
}

// endOf records a greedy match end for resuming; 0 when it does not fit.
func endOf(e int) uint16 {
	if e > math.MaxUint16 {
		return 0
	}
	return uint16(e)
}

// runePostings returns the postings of what each query rune matches, one
// per distinct posting in query order; repeats reports that some query runes
// share one (their first occurrences say nothing about the second one), and
// the list is nil when a rune occurs nowhere.
func (ix *Index) runePostings(p *pattern, loose bool) (posts []*posting, repeats bool) {
	if run := p.segs[0]; loose && len(p.segs) == 1 && run.letters && run.hi-run.lo >= 2 {
		// One run of initials: its letter pairs, whose first positions
		// are adjacent exactly when the run matches at the first pair.
		for k := run.lo; k+1 < run.hi; k++ {
			post := ix.pair(p, k)
			if slices.Contains(posts, post) {
				repeats = true
				continue
			}
			posts = append(posts, post)
		}
		return posts, repeats
	}
	for k, r := range p.runes {
		var post *posting
		if loose && p.bits[k] != 0 {
			post = &ix.letters[bitIndex(p.bits[k])]
		} else if slot, ok := ix.slotOf(r); ok {
			post = &ix.lists[slot]
		} else {
			return nil, false
		}
		if slices.Contains(posts, post) {
			repeats = true
			continue
		}
		posts = append(posts, post)
	}
	return posts, repeats
}

// candidates intersects the postings of the query's distinct runes,
// rarest first. The result may be a posting list itself: never modify it.
func (ix *Index) candidates(runes []rune) []uint32 {
	var lists [][]uint32
	seen := make(map[rune]bool, len(runes))
	for _, r := range runes {
		if seen[r] {
			continue
		}
		seen[r] = true
		slot, ok := ix.slotOf(r)
		if !ok {
			return nil
		}
		lists = append(lists, ix.lists[slot].ords)
	}
	if len(lists) == 0 {
		return nil
	}
	sort.Slice(lists, func(i, j int) bool { return len(lists[i]) < len(lists[j]) })
	out := lists[0]
	for _, l := range lists[1:] {
		out = intersect(out, l)
		if len(out) == 0 {
			return nil
		}
	}
	return out
}

// pair returns the posting of the initial bigram of query letters k, k+1.
func (ix *Index) pair(p *pattern, k int) *posting {
	return &ix.pairs[26*bitIndex(p.bits[k])+bitIndex(p.bits[k+1])]
}

// rarest returns the shortest posting list among the runes; nil when a
// rune occurs nowhere (the scan then finds nothing anyway).
func (ix *Index) rarest(runes []rune) []uint32 {
	var out []uint32
	for k, r := range runes {
		slot, ok := ix.slotOf(r)
		if !ok {
			return nil
		}
		if l := ix.lists[slot].ords; k == 0 || len(l) < len(out) {
			out = l
		}
	}
	return out
}

// narrow keeps the ordinals of cands (and the aligned ends, if any) that
// are also in the shorter list small.
func narrow(small, cands []uint32, ends []uint16) ([]uint32, []uint16) {
	out := make([]uint32, 0, len(small))
	var outEnds []uint16
	if ends != nil {
		outEnds = make([]uint16, 0, len(small))
	}
	j := 0
	for _, v := range small {
		step, hi := 1, j
		for hi < len(cands) && cands[hi] < v {
			j = hi
			hi += step
			step *= 2
		}
		k, _ := slices.BinarySearch(cands[j:min(hi, len(cands))], v)
		if j += k; j >= len(cands) {
			break
		}
		if cands[j] == v {
			out = append(out, v)
			if ends != nil {
				outEnds = append(outEnds, ends[j])
			}
			j++
		}
	}
	return out, outEnds
}

// looseCandidates are the documents that contain the query's literal
// runes, for each single letter a rune read with it, and for each pair of
// adjacent letters in a run two adjacent runes read with them: a superset
// of the initials matches. The result may be a posting list: read-only.
func (ix *Index) looseCandidates(p *pattern) []uint32 {
	var lists [][]uint32
	for _, s := range p.segs {
		switch {
		case !s.letters:
			slot, ok := ix.slotOf(p.runes[s.lo])
			if !ok {
				return nil
			}
			lists = append(lists, ix.lists[slot].ords)
		case s.hi-s.lo == 1:
			lists = append(lists, ix.letters[bitIndex(p.bits[s.lo])].ords)
		default:
			if ix.pairs == nil {
				return nil
			}
			for k := s.lo; k+1 < s.hi; k++ {
				lists = append(lists, ix.pair(p, k).ords)
			}
		}
	}
	slices.SortFunc(lists, func(a, b []uint32) int { return len(a) - len(b) })
	out := lists[0]
	for _, l := range lists[1:] {
		if len(out) == 0 {
			return nil
		}
		out = intersect(out, l)
	}
	return out
}

// all answers the empty query: every document by ascending ID.
func (ix *Index) all(limit int) Result {
	res := Result{Total: ix.live, Direct: ix.live}
	n := ix.live
	if limit > 0 && limit < n {
		n = limit
	}
	res.Hits = make([]Hit, 0, n)
	if ix.ordered {
		for o := range ix.docs {
			if len(res.Hits) == n {
				break
			}
			if ix.meta[o]&aliveBit != 0 {
				res.Hits = append(res.Hits, Hit{ID: ix.docs[o].id})
			}
		}
		return res
	}
	top := topK{k: limit}
	for o := range ix.docs {
		if ix.meta[o]&aliveBit != 0 {
			// Equal scores, starts and sizes: better() falls through to the ID.
			top.push(ranked{ord: uint32(o), id: ix.docs[o].id})
		}
	}
	for _, r := range top.sorted() {
		res.Hits = append(res.Hits, Hit{ID: r.id})
	}
	return res
}

// hit recomputes the winning match with positions, mapped to Display.
func (ix *Index) hit(p *pattern, r ranked, loose bool) Hit {
	d := &ix.docs[r.ord]
	text, inits := ix.text(r.ord)
	s, e, _ := p.window(text, inits, loose)
	pos := make([]int, 0, len(p.runes))
	p.score(text, inits, loose, s, e, &pos)
	if d.orig != nil {
		mapped := pos[:0]
		for _, i := range pos {
			o := int(d.orig[i])
			if n := len(mapped); n > 0 && mapped[n-1] == o {
				continue
			}
			mapped = append(mapped, o)
		}
		pos = mapped
	}
	return Hit{ID: r.id, Score: int(r.score), Positions: pos, ByInitials: loose}
}

// intersect returns the ordinals in both ascending lists, galloping
// through the longer one.
func intersect(small, large []uint32) []uint32 {
	out := make([]uint32, 0, len(small))
	j := 0
	for _, v := range small {
		// Gallop: double the step until past v, then binary search.
		step := 1
		hi := j
		for hi < len(large) && large[hi] < v {
			j = hi
			hi += step
			step *= 2
		}
		if hi > len(large) {
			hi = len(large)
		}
		k, _ := slices.BinarySearch(large[j:hi], v)
		j += k
		if j >= len(large) {
			break
		}
		if large[j] == v {
			out = append(out, v)
			j++
		}
	}
	return out
}

// union merges two ascending, disjoint lists.
func union(a, b []uint32) []uint32 {
	out := make([]uint32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] < b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
