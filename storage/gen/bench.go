package gen

import "testing"

// ForBench returns the cached database of n documents for a benchmark, and
// skips the benchmark when the corpus is not beside the repository: every
// benchmark package wants exactly this.
func ForBench(tb testing.TB, n int) string {
	tb.Helper()
	root, ok := Corpus()
	if !ok {
		tb.Skip("shared/corpus/bulk not found beside the repository; skipped")
	}
	path, err := Cached(n, root)
	if err != nil {
		tb.Fatal(err)
	}
	return path
}
