package search

import (
	"testing"
	"time"

	"github.com/sahilm/fuzzy"
)

// What a reviewer types: a topic, its pinyin initials, a 文号 fragment
// (the repeated 2 defeats first-position shortcuts), an issuer.
var keystrokeQueries = []string{"公平竞争审查", "gpjz", "〔2023〕", "市场监督"}

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

// BenchmarkSearchKeystroke100k reports the mean and worst time per
// keystroke, and x-vs-fuzzy: how many times faster than plain fuzzy.Find
// over the same strings and keystrokes, timed once in the same run
// (before the measured loop) so that machine load affects both alike.
func BenchmarkSearchKeystroke100k(b *testing.B) {
	docs := synthetic(b, 100000)
	data := displays(docs)
	ix := New(docs)
	for _, query := range keystrokeQueries {
		b.Run(query, func(b *testing.B) {
			keys := keystrokes(query)
			start := time.Now()
			for _, q := range keys {
				fuzzy.Find(q, data)
			}
			fuzzyPerKey := float64(time.Since(start).Nanoseconds()) / float64(len(keys))
			var worst time.Duration
			for b.Loop() {
				s := NewSearcher(ix) // a fresh box: no help from earlier iterations
				for _, q := range keys {
					start := time.Now()
					s.Search(q, visibleRows)
					worst = max(worst, time.Since(start))
				}
			}
			perKey := float64(b.Elapsed().Nanoseconds()) / float64(b.N*len(keys))
			b.ReportMetric(perKey, "ns/keystroke")
			b.ReportMetric(float64(worst.Nanoseconds()), "worst-ns/keystroke")
			b.ReportMetric(fuzzyPerKey/perKey, "x-vs-fuzzy")
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
