package storage_test

import (
	"os"
	"testing"

	"beishen/review"
	"beishen/storage"
	"beishen/storage/gen"
)

// db100k is the shared generated database of 100,000 documents.
func db100k(b *testing.B) string { return gen.ForBench(b, 100_000) }

// copy100k is a private writable copy of the 100k database.
func copy100k(b *testing.B) *storage.Store {
	b.Helper()
	dst := gen.PrivateCopy(b, db100k(b))
	st, err := storage.Open(dst, storage.Options{Actor: "审查员"})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// Opening the database and reading every queue row: the store's share of
// start-up. file-MB is the size of the 100k database on disk.
func BenchmarkSummaries100k(b *testing.B) {
	path := db100k(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st, err := storage.Open(path, storage.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		rows, err := st.Summaries()
		if err != nil || len(rows) != 100_000 {
			b.Fatalf("%d rows, %v", len(rows), err)
		}
		st.Close()
	}
	if fi, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(fi.Size())/(1<<20), "file-MB")
		// What a document costs beyond its text (target ≤ 5.5 KB).
		b.StopTimer()
		st, err := storage.Open(path, storage.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		var text int64
		st.Texts(func(_ uint64, _ int, t string) error { text += int64(len(t)); return nil })
		b.ReportMetric(float64(fi.Size()-text)/100_000/1000, "KB/doc-beyond-text")
	}
}

// The search keys the screen builds its index from, read once after the
// first frame.
func BenchmarkSearchDocs100k(b *testing.B) {
	path := db100k(b)
	st, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if docs, err := st.SearchDocs(); err != nil || len(docs) != 100_000 {
			b.Fatalf("%d keys, %v", len(docs), err)
		}
	}
}

// One review action committed durably (fsync) in the 100k database: a
// reviewer's comment, the action with no guard to pass.
func BenchmarkDecision(b *testing.B) {
	st := copy100k(b)
	rows, err := st.Summaries()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := rows[(i*7919)%len(rows)].ID
		if _, _, err := st.Do(review.NewEvent(id, review.Comment{Text: "请补充制定依据。"})); err != nil {
			b.Fatal(err)
		}
	}
}

// A bulk action on 1,000 marked documents of the 100k database, one
// transaction.
func BenchmarkBulk1000(b *testing.B) {
	st := copy100k(b)
	rows, err := st.Summaries()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		evs := make([]review.Event, 1000)
		for j := range evs {
			id := rows[(i*1000+j)*37%len(rows)].ID
			evs[j] = review.NewEvent(id, review.Comment{Text: "批量：请对照清理目录复核。"})
		}
		out, err := st.DoAll(evs)
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range out {
			if o.Err != nil {
				b.Fatal(o.Err)
			}
		}
	}
}
