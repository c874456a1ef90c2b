package search

import (
	"strings"
	"sync"
)

// Searcher serves a user typing into one search box. It remembers the
// match sets of recent queries: a query that extends an earlier one (more
// generally, of which an earlier query is a subsequence: 公 → 公平 → 公平竞)
// only re-checks the earlier matches, and a query seen before (after a
// backspace) is answered from the cache. Safe for concurrent use; results
// are shared with the cache, so treat them as read-only.
type Searcher struct {
	ix   *Index
	size int

	mu      sync.Mutex
	entries []cached // least recently used first
}

type cached struct {
	query string // normalised
	gen   uint64
	sets  matchSets
	limit int
	res   Result
}

// defaultCacheSize covers a long query typed and erased again.
const defaultCacheSize = 32

// NewSearcher returns a Searcher over ix.
func NewSearcher(ix *Index) *Searcher {
	return &Searcher{ix: ix, size: defaultCacheSize}
}

// Search is Index.Search, narrowed by earlier queries where it can be.
func (s *Searcher) Search(query string, limit int) Result {
	p := newPattern(query)
	if len(p.runes) == 0 {
		res, _, _ := s.ix.search(&p, nil, false, 0, limit)
		return res
	}
	key := string(p.runes)
	gen := s.ix.generation()

	s.mu.Lock()
	var base *cached
	for i := len(s.entries) - 1; i >= 0; i-- {
		e := &s.entries[i]
		if e.gen != gen {
			continue
		}
		if e.query == key {
			if e.limit == limit {
				res := e.res
				s.touch(i)
				s.mu.Unlock()
				return res
			}
			base = e
			break
		}
		if (base == nil || len(e.query) > len(base.query)) && isSubsequence(e.query, key) {
			base = e
		}
	}
	var baseSets *matchSets
	var baseGen uint64
	basePrefix := false
	if base != nil {
		sets := base.sets
		baseSets, baseGen = &sets, base.gen
		basePrefix = strings.HasPrefix(key, base.query)
	}
	s.mu.Unlock()

	res, sets, gen := s.ix.search(&p, baseSets, basePrefix, baseGen, limit)

	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.entries {
		if s.entries[i].query == key {
			s.entries = append(s.entries[:i], s.entries[i+1:]...)
			break
		}
	}
	if len(s.entries) >= s.size {
		s.entries = append(s.entries[:0], s.entries[1:]...)
	}
	s.entries = append(s.entries, cached{query: key, gen: gen, sets: sets, limit: limit, res: res})
	return res
}

// touch moves entry i to the most recently used end.
func (s *Searcher) touch(i int) {
	e := s.entries[i]
	copy(s.entries[i:], s.entries[i+1:])
	s.entries[len(s.entries)-1] = e
}

// isSubsequence reports whether the runes of a occur in order in b: then
// every document matching b also matches a.
func isSubsequence(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	k := 0
	for _, r := range rb {
		if k < len(ra) && ra[k] == r {
			k++
		}
	}
	return k == len(ra)
}

func (ix *Index) generation() uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.gen
}
