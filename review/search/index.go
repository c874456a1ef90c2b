package search

import (
	"runtime"
	"slices"
	"sort"
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
	// a 26-bit prefilter for pinyin queries) and aliveBit.
	meta []uint32
	byID map[uint64]uint32
	// rune → slot in lists; lists[slot] are the documents whose text
	// contains the rune. letters[k] are those with a rune read with the
	// initial 'a'+k.
	slots   map[rune]int32
	lists   []posting
	letters [26]posting
	live    int
	// ordered is true while ordinals ascend with IDs, which makes the
	// empty query a plain walk.
	ordered bool
	gen     uint64
}

const aliveBit = 1 << 31

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
		slots:   make(map[rune]int32, 4096),
		ordered: true,
	}
	ix.docs = make([]docData, 0, len(docs))
	ix.meta = make([]uint32, 0, len(docs))
	for _, d := range sortedDocs {
		ix.add(d)
	}
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
	if old, ok := ix.byID[d.ID]; ok {
		ix.kill(old)
	}
	o := uint32(len(ix.docs))
	if n := len(ix.docs); n > 0 && ix.docs[n-1].id >= d.ID {
		ix.ordered = false
	}
	off := uint32(len(ix.runes))
	for _, r := range p.Text {
		ix.runes = append(ix.runes, r)
	}
	ix.inits = append(ix.inits, p.Initials...)
	text := ix.runes[off:]
	ix.docs = append(ix.docs, docData{id: d.ID, display: d.Display, orig: p.Orig})
	if len(ix.offs) == 0 {
		ix.offs = append(ix.offs, 0)
	}
	ix.offs = append(ix.offs, uint32(len(ix.runes)))
	ix.ids = append(ix.ids, d.ID)
	var mask uint32
	for _, m := range p.Initials {
		mask |= m
	}
	ix.meta = append(ix.meta, mask&^aliveBit|aliveBit)
	ix.byID[d.ID] = o
	ix.live++
	var seenLetters uint32
	prev := charWhite
	for i, r := range text {
		slot, ok := ix.slots[r]
		if !ok {
			slot = int32(len(ix.lists))
			ix.slots[r] = slot
			ix.lists = append(ix.lists, posting{})
		}
		ix.lists[slot].add(o, i, prev) // no-op for a repeated rune
		if fresh := p.Initials[i] &^ seenLetters; fresh != 0 {
			seenLetters |= fresh
			for k := range ix.letters {
				if fresh&(1<<k) != 0 {
					ix.letters[k].add(o, i, prev)
				}
			}
		}
		prev = classOf(r)
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
	ix.slots = make(map[rune]int32, len(ix.slots))
	ix.lists = nil
	ix.letters = [26]posting{}
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
// documents where each letter stands for a character read with that pinyin
// initial (any reading of a polyphone) and every other rune matches
// literally, in order: "gpjz" finds 公平竞争, "南浔gpjz" finds 南浔区公平竞争…
// Those extra documents come after all direct ones, marked ByInitials.
// The empty query returns every document in ID order.
func (ix *Index) Search(query string, limit int) Result {
	p := newPattern(query)
	res, _, _ := ix.search(&p, nil, 0, limit)
	return res
}

// matchSets are the ordinals a query matched, ascending: what a Searcher
// remembers to narrow the next, longer query.
type matchSets struct {
	direct   []uint32
	initials []uint32 // initials-only matches; nil when the query has no ASCII letter
}

// search runs p. base, when its generation is current, holds the matches
// of a query that is a subsequence of p: p can only match a subset of them.
func (ix *Index) search(p *pattern, base *matchSets, baseGen uint64, limit int) (Result, matchSets, uint64) {
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
	if base != nil {
		cands = base.direct
	} else {
		cands = ix.candidates(p.runes)
	}
	directTop := topK{k: limit}
	direct := ix.scan(p, false, cands, nil, &directTop)

	var initials []uint32
	initialsTop := topK{} // k == 0: keep all
	switch {
	case limit > 0 && len(direct) >= limit:
		initialsTop.k = -1 // the page is full: count, do not rank
	case limit > 0:
		initialsTop.k = limit - len(direct)
	}
	if p.letters != 0 {
		var loose []uint32
		if base != nil {
			loose = union(base.direct, base.initials)
		} else {
			loose = ix.looseCandidates(p)
		}
		initials = ix.scan(p, true, loose, direct, &initialsTop)
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
	return res, matchSets{direct: direct, initials: initials}, ix.gen
}

// parallelScan is the candidate count above which scan splits the work
// across cores: a first keystroke like 公 or 〔 touches every document.
const parallelScan = 16384

// scan keeps the candidates that match, skipping tombstones and the
// ordinals in exclude (both ascending), and feeds their scores to top
// (unless top.k < 0).
func (ix *Index) scan(p *pattern, loose bool, cands, exclude []uint32, top *topK) []uint32 {
	shards := min(runtime.GOMAXPROCS(0), 8, len(cands)/parallelScan)
	if shards <= 1 {
		return ix.scanPart(p, loose, cands, exclude, top)
	}
	type part struct {
		out []uint32
		top topK
	}
	parts := make([]part, shards)
	size := (len(cands) + shards - 1) / shards
	var wg sync.WaitGroup
	for i := range parts {
		c := cands[min(i*size, len(cands)):min((i+1)*size, len(cands))]
		if len(c) == 0 {
			continue
		}
		x := exclude
		if len(x) > 0 {
			lo, _ := slices.BinarySearch(x, c[0])
			hi, _ := slices.BinarySearch(x, c[len(c)-1]+1)
			x = x[lo:hi]
		}
		pt := &parts[i]
		pt.top.k = top.k
		wg.Go(func() { pt.out = ix.scanPart(p, loose, c, x, &pt.top) })
	}
	wg.Wait()
	n := 0
	for _, pt := range parts {
		n += len(pt.out)
	}
	out := make([]uint32, 0, n)
	for _, pt := range parts {
		out = append(out, pt.out...)
		for _, r := range pt.top.heap {
			top.push(r)
		}
	}
	return out
}

func (ix *Index) scanPart(p *pattern, loose bool, cands, exclude []uint32, top *topK) []uint32 {
	posts := ix.runePostings(p, loose)
	if posts == nil {
		return nil
	}
	n := len(p.runes)
	js := make([]int, len(posts))
	fs := make([]int, len(posts))
	contig := p.contiguousScores(loose)
	bestContig := slices.Max(contig[:])
	var out []uint32
	x := 0
	for _, o := range cands {
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
		// are adjacent the score follows without reading the text.
		present, ascending, adjacent, prev0 := true, true, true, charWhite
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
		if len(posts) == n && adjacent {
			out = append(out, o)
			if top.k >= 0 {
				top.push(ranked{score: int32(contig[prev0]), start: int32(fs[0]), size: size, ord: o, id: ix.ids[o]})
			}
			continue
		}
		from := fs[0]
		if len(posts) == n && ascending {
			// Known to match. No window can start before the first query
			// rune or beat an unbroken run there, so when even that would
			// not make the page, the text need not be read.
			out = append(out, o)
			best := ranked{score: int32(bestContig), start: int32(from), size: size, id: ix.ids[o]}
			if top.k < 0 || top.full() && better(top.heap[0], best) {
				continue
			}
			text, inits := ix.text(o)
			text, inits = text[:fs[n-1]+1], inits[:fs[n-1]+1]
			s, e, _ := p.window(text[from:], inits[from:], loose)
			s, e = s+from, e+from
			sc := p.score(text, inits, loose, s, e, nil)
			top.push(ranked{score: int32(sc), start: int32(s), size: size, ord: o, id: ix.ids[o]})
			continue
		}
		text, inits := ix.text(o)
		s, e, ok := p.window(text[from:], inits[from:], loose)
		if !ok {
			continue
		}
		out = append(out, o)
		if top.k < 0 {
			continue
		}
		s, e = s+from, e+from
		sc := p.score(text, inits, loose, s, e, nil)
		top.push(ranked{score: int32(sc), start: int32(s), size: size, ord: o, id: ix.ids[o]})
	}
	return out
}

// runePostings returns the postings of what each query rune matches, or
// just the first rune's when a rune repeats (first occurrences then say
// nothing about the second one); nil when a rune occurs nowhere.
func (ix *Index) runePostings(p *pattern, loose bool) []*posting {
	var posts []*posting
	for k, r := range p.runes {
		var post *posting
		if loose && p.bits[k] != 0 {
			post = &ix.letters[bitIndex(p.bits[k])]
		} else if slot, ok := ix.slots[r]; ok {
			post = &ix.lists[slot]
		} else {
			return nil
		}
		if slices.Contains(posts, post) {
			return posts[:1]
		}
		posts = append(posts, post)
	}
	return posts
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
		slot, ok := ix.slots[r]
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

// looseCandidates are the documents that contain the query's non-letter
// runes and all its letters among their initials.
func (ix *Index) looseCandidates(p *pattern) []uint32 {
	var literal []rune
	for k, r := range p.runes {
		if p.bits[k] == 0 {
			literal = append(literal, r)
		}
	}
	var out []uint32
	if len(literal) > 0 {
		for _, o := range ix.candidates(literal) {
			if ix.meta[o]&p.letters == p.letters {
				out = append(out, o)
			}
		}
		return out
	}
	want := p.letters | aliveBit
	for o, m := range ix.meta {
		if m&want == want {
			out = append(out, uint32(o))
		}
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
