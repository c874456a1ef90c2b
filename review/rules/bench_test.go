package rules

import (
	"beishen/review"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// sharedDir is the shared corpus, next to the repository (../shared from the
// repo root).
const sharedDir = "../../../shared"

func readCorpusDir(tb testing.TB, rel string) map[string]string {
	tb.Helper()
	dir := filepath.Join(sharedDir, rel)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("corpus not available (%s): %v", dir, err)
	}
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[p] = string(b)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// countOnBulk checks every file of corpus/bulk and counts the findings
// keep selects, and the characters read.
func countOnBulk(tb testing.TB, keep func(review.Finding) bool) (n, chars int) {
	tb.Helper()
	for _, text := range readCorpusDir(tb, "corpus/bulk") {
		chars += len([]rune(text))
		for _, f := range Check(text) {
			if keep(f) {
				n++
			}
		}
	}
	return n, chars
}

// BenchmarkCheckBulk measures Check over every file of corpus/bulk (both
// sub-folders); issue 12 holds it to at least 30 MB/s on one core (GOMAXPROCS=1).
func BenchmarkCheckBulk(b *testing.B) {
	files := readCorpusDir(b, "corpus/bulk")
	texts := make([]string, 0, len(files))
	total := 0
	for _, t := range files {
		texts = append(texts, t)
		total += len(t)
	}
	b.SetBytes(int64(total))
	// One pass first: the law library, the precedent library and the
	// restatement index are built once per process, on first use, and are
	// not the checks' throughput: a process checking many files pays them
	// once.
	for _, t := range texts {
		Check(t)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Check(t)
		}
	}
}

// BenchmarkCheckBulkParallel is the same work spread over all cores, one
// file at a time per goroutine, as a multi-file check or import would run.
func BenchmarkCheckBulkParallel(b *testing.B) {
	files := readCorpusDir(b, "corpus/bulk")
	texts := make([]string, 0, len(files))
	total := 0
	for _, t := range files {
		texts = append(texts, t)
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		next := make(chan string)
		done := make(chan struct{})
		workers := runtime.GOMAXPROCS(0)
		for range workers {
			go func() {
				for t := range next {
					Check(t)
				}
				done <- struct{}{}
			}()
		}
		for _, t := range texts {
			next <- t
		}
		close(next)
		for range workers {
			<-done
		}
	}
}
