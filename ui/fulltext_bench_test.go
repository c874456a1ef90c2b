package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"beishen/storage"
)

// The second tier of / at 100,000 documents: a keystroke until the title
// hits are on screen (title-ms); the longest a text batch's message holds
// Update (update-µs) and the frame after it (render-µs), which is all the
// screen ever waits for; the longest batch read off the Update goroutine
// (batch-ms: how often the hits and the progress move); the whole scan
// (scan-ms). Targets: title-ms ≤ 50, update-µs ≤ 5000; the scan takes as
// long as inflating every current text does, and blocks nothing.
func BenchmarkTextSearch100k(b *testing.B) { benchTextSearch(b, db100k(b), "公共数据") }

// A word nearly every text holds: every batch is all hits, each with its
// excerpt and clause, the queue keeping the first searchLimit.
func BenchmarkTextSearchBroad100k(b *testing.B) { benchTextSearch(b, db100k(b), "应当") }

func benchTextSearch(b *testing.B, path, query string) {
	st, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	m := New(Options{Store: st, Today: testToday})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(loadSummaries(st, m.ctx)())
	m.Update(buildIndex(st)())
	var title, update, render, batch, scan time.Duration
	hits := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.queue.clearSearch()
		m.queue.searching = true
		m.queue.sin.Set(string([]rune(query)[:len([]rune(query))-1]))
		start := time.Now()
		last := string([]rune(query)[len([]rune(query))-1:])
		_, cmd := m.Update(keyMsg(last))
		_, next := m.Update(cmd())
		m.Render()
		title = max(title, time.Since(start))
		for next != nil {
			t0 := time.Now()
			msg := next()
			t1 := time.Now()
			_, next = m.Update(msg)
			t2 := time.Now()
			m.Render()
			batch, update, render = max(batch, t1.Sub(t0)), max(update, t2.Sub(t1)), max(render, time.Since(t2))
		}
		scan += time.Since(start)
		hits = m.queue.text.total
	}
	b.ReportMetric(float64(title.Microseconds())/1000, "title-ms")
	b.ReportMetric(float64(update.Microseconds()), "update-µs")
	b.ReportMetric(float64(render.Microseconds()), "render-µs")
	b.ReportMetric(float64(batch.Microseconds())/1000, "batch-ms")
	b.ReportMetric(float64(scan.Milliseconds())/float64(b.N), "scan-ms")
	b.ReportMetric(float64(hits), "text-hits")
}
