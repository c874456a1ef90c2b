package search

import (
	"slices"
	"testing"

	"github.com/sahilm/fuzzy"
)

// The direct matches must be exactly what plain fuzzy.Find returns over the
// display strings, keystroke by keystroke, whether answered from scratch,
// by narrowing the previous query, or from the cache after a backspace.
var equalityQueries = []string{
	"公平竞争审查", "〔2023〕", "湖政规", "管理办法", "人民政府办公室", "实施细则",
	"（试行）", "2023", "市场监督", "关于印发", "办法 湖", "条例实施", "gpjz", "zd", "南浔gpjz",
}

func TestDirectMatchesEqualPlainFuzzy(t *testing.T) {
	docs := synthetic(t, 20000)
	data := displays(docs)
	ix := New(docs)
	s := NewSearcher(ix)
	fuzzySets := map[string][]uint64{} // typing and erasing repeat queries
	check := func(how, q string, res Result) {
		t.Helper()
		var got []uint64
		for _, h := range res.Hits {
			if !h.ByInitials {
				got = append(got, h.ID)
			}
		}
		want, ok := fuzzySets[q]
		if !ok {
			for _, m := range fuzzy.FindNoSort(q, data) {
				want = append(want, docs[m.Index].ID)
			}
			slices.Sort(want)
			fuzzySets[q] = want
		}
		slices.Sort(got)
		if !slices.Equal(got, want) || res.Direct != len(want) {
			t.Errorf("%s %q: %d direct hits (Direct=%d), fuzzy.Find has %d", how, q, len(got), res.Direct, len(want))
		}
	}
	for _, query := range equalityQueries {
		runes := []rune(query)
		for n := 1; n <= len(runes); n++ { // typing
			q := string(runes[:n])
			check("typed", q, s.Search(q, 0))
		}
		for n := len(runes) - 1; n >= 1; n-- { // backspacing
			q := string(runes[:n])
			check("erased", q, s.Search(q, 0))
		}
		check("fresh", query, ix.Search(query, 0))
	}
}

func TestNarrowingMatchesFreshSearchWithLimit(t *testing.T) {
	docs := synthetic(t, 20000)
	ix := New(docs)
	s := NewSearcher(ix)
	for _, query := range equalityQueries {
		runes := []rune(query)
		for n := 1; n <= len(runes); n++ {
			q := string(runes[:n])
			narrowed, fresh := s.Search(q, 20), ix.Search(q, 20)
			if !slices.Equal(ids(narrowed), ids(fresh)) || narrowed.Total != fresh.Total {
				t.Errorf("%q: Searcher %v (Total %d), Index %v (Total %d)", q, ids(narrowed), narrowed.Total, ids(fresh), fresh.Total)
			}
		}
	}
}

func TestSyntheticIsDistinctAndDeterministic(t *testing.T) {
	ts := corpusTitles(t)
	a, b := Synthetic(ts, 3000, 7), Synthetic(ts, 3000, 7)
	seen := map[string]bool{}
	for i := range a {
		if a[i].Display != b[i].Display {
			t.Fatalf("entry %d differs between runs: %q vs %q", i, a[i].Display, b[i].Display)
		}
		if seen[a[i].Display] {
			t.Fatalf("duplicate entry %q", a[i].Display)
		}
		seen[a[i].Display] = true
	}
}
