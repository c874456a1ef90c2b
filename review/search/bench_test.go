package search

import (
	"testing"
	"time"

	"github.com/sahilm/fuzzy"
)

// What a reviewer types: a topic, its pinyin initials, a 文号 fragment.
var keystrokeQueries = []string{"公平竞争审查", "gpjz", "〔2023〕"}

// keystrokes returns the successive contents of the search box.
func keystrokes(query string) []string {
	runes := []rune(query)
	out := make([]string, len(runes))
	for n := range runes {
		out[n] = string(runes[:n+1])
	}
	return out
}

// visibleRows is the page a list view asks for.
const visibleRows = 50

func BenchmarkSearchKeystroke100k(b *testing.B) {
	ix := New(synthetic(b, 100000))
	for _, query := range keystrokeQueries {
		b.Run(query, func(b *testing.B) {
			keys := keystrokes(query)
			var worst time.Duration
			for b.Loop() {
				s := NewSearcher(ix) // a fresh box: no help from earlier iterations
				for _, q := range keys {
					start := time.Now()
					s.Search(q, visibleRows)
					worst = max(worst, time.Since(start))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/keystroke")
			b.ReportMetric(float64(worst.Nanoseconds()), "worst-ns/keystroke")
		})
	}
}

func BenchmarkSearchPlainFuzzy100k(b *testing.B) {
	data := displays(synthetic(b, 100000))
	for _, query := range keystrokeQueries {
		b.Run(query, func(b *testing.B) {
			keys := keystrokes(query)
			for b.Loop() {
				for _, q := range keys {
					fuzzy.Find(q, data)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/keystroke")
		})
	}
}

func BenchmarkBuildIndex100k(b *testing.B) {
	docs := synthetic(b, 100000)
	for b.Loop() {
		New(docs)
	}
}

// BenchmarkPrepare is the per-document cost at import, with the per-rune
// pinyin cache warm (the steady state of a running import).
func BenchmarkPrepare(b *testing.B) {
	docs := synthetic(b, 10000)
	i := 0
	for b.Loop() {
		Prepare(docs[i%len(docs)].Display)
		i++
	}
}

// BenchmarkPrepareUncachedPinyin asks go-pinyin for every rune, as the
// first documents of an import do.
func BenchmarkPrepareUncachedPinyin(b *testing.B) {
	docs := synthetic(b, 10000)
	i := 0
	for b.Loop() {
		for _, r := range docs[i%len(docs)].Prepared.Text {
			lookupInitials(r)
		}
		i++
	}
}
