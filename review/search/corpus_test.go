package search

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// The regulations' titles live in the shared corpus beside the checkout.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus", "bulk")

var (
	titlesOnce sync.Once
	titles     []string
	titlesErr  error

	synthMu    sync.Mutex
	synthCache = map[int][]Doc{}
)

func corpusTitles(tb testing.TB) []string {
	tb.Helper()
	titlesOnce.Do(func() {
		if _, err := os.Stat(corpusDir); err != nil {
			titlesErr = err
			return
		}
		titles, titlesErr = LoadTitles(corpusDir)
	})
	if titlesErr != nil {
		tb.Skipf("shared corpus not available at %s: %v", corpusDir, titlesErr)
	}
	if len(titles) < 100 {
		tb.Fatalf("only %d titles under %s", len(titles), corpusDir)
	}
	return titles
}

// synthetic returns n documents, shared between tests and benchmarks.
func synthetic(tb testing.TB, n int) []Doc {
	ts := corpusTitles(tb)
	synthMu.Lock()
	defer synthMu.Unlock()
	if d, ok := synthCache[n]; ok {
		return d
	}
	d := Synthetic(ts, n, 20240601)
	synthCache[n] = d
	return d
}

func displays(docs []Doc) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.Display
	}
	return out
}
