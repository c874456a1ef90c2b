package ui

import (
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review/search"
	"beishen/storage"
	"beishen/storage/gen"
)

// db100k is the shared generated database of 100,000 documents.
func db100k(b *testing.B) string { return gen.ForBench(b, 100_000) }

// firstFrame is start-up up to the first queue on screen: open the file,
// build the model, size it, run the Cmd that loads the queue (rows and
// whatever the screen derives from them off the Update goroutine), show
// it, render. The search index is left to the Cmd that message returns,
// which the program runs after this frame.
func firstFrame(b *testing.B, path string) (*Model, *storage.Store, string) {
	st, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	m := New(Options{Store: st, Today: testToday})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	msg := loadSummaries(st, m.ctx)()
	if s, ok := msg.(summariesMsg); !ok || s.err != nil {
		b.Fatalf("loading the queue: %#v", msg)
	}
	m.Update(msg)
	return m, st, m.Render()
}

// Start-up at 100,000 documents. Targets: ≤ 500 ms and ≤ 300 MB of heap
// once the first frame is up (heap-MB, measured after a GC with the model
// alive).
func BenchmarkStartup100k(b *testing.B) {
	path := db100k(b)
	b.ResetTimer()
	var heap uint64
	for i := 0; i < b.N; i++ {
		m, st, out := firstFrame(b, path)
		if !strings.Contains(ansi.Strip(out), "100000") {
			b.Fatalf("first frame does not count 100000 documents:\n%s", ansi.Strip(out))
		}
		if i == b.N-1 {
			heap = heapWith(b, m)
		}
		st.Close()
	}
	b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
}

// The search index loaded after the first frame, while the queue is
// already usable: from the snapshot beside the file (written by the first
// iteration if it was missing).
func BenchmarkIndex100k(b *testing.B) {
	path := db100k(b)
	m, st, _ := firstFrame(b, path)
	defer st.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		msg := buildIndex(st)()
		if ix, ok := msg.(indexMsg); !ok || ix.err != nil {
			b.Fatalf("index: %#v", msg)
		}
	}
	runtime.KeepAlive(m)
}

// The index built from the stored keys, as on the first launch or when
// the snapshot beside the file cannot be used (BenchmarkIndex100k loads
// the snapshot).
func BenchmarkIndexBuild100k(b *testing.B) {
	path := db100k(b)
	st, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs, err := st.SearchDocs()
		if err != nil {
			b.Fatal(err)
		}
		if ix := search.New(docs); ix.Len() != 100_000 {
			b.Fatalf("%d documents indexed", ix.Len())
		}
	}
}

// From launch until a search answers, as Init runs it: the queue and the
// index load side by side, then a query of two Han characters runs.
// Target: ≤ 1 s at 100,000 documents. heap-MB is the heap in use once
// both are up (the screen's resident memory, less the mapped file).
func BenchmarkSearchUsable100k(b *testing.B) {
	path := db100k(b)
	b.ResetTimer()
	var heap uint64
	for i := 0; i < b.N; i++ {
		st, err := storage.Open(path, storage.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		m := New(Options{Store: st, Today: testToday})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		ixc := make(chan tea.Msg, 1)
		go func() { ixc <- buildIndex(st)() }()
		m.Update(loadSummaries(st, m.ctx)())
		m.Render()
		ix, ok := (<-ixc).(indexMsg)
		if !ok || ix.err != nil {
			b.Fatalf("index: %#v", ix)
		}
		m.Update(ix)
		if res := m.queue.searcher.Search("管理", 50); res.Total == 0 {
			b.Fatal("no hit for 管理")
		}
		if i == b.N-1 {
			heap = heapWith(b, m)
		}
		st.Close()
	}
	b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
}

// heapWith is the heap in use, after a collection, with m alive.
func heapWith(b *testing.B, m *Model) uint64 {
	b.StopTimer()
	defer b.StartTimer()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	runtime.KeepAlive(m)
	return ms.HeapAlloc
}
