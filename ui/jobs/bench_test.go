package jobs

import (
	"context"
	"path/filepath"
	"testing"

	"beishen/storage"
	"beishen/storage/gen"
)

// Import of the bulk corpus (716 regulations, about 12 MB of Markdown) into
// a fresh database per iteration: reading, checks and storing, reported in
// documents per second.
func BenchmarkImportBulk(b *testing.B) {
	root, ok := gen.Corpus()
	if !ok {
		b.Skip("shared/corpus/bulk not found beside the repository; skipped")
	}
	var docs int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := storage.Open(filepath.Join(b.TempDir(), "bulk.db"), storage.Options{Actor: "审查员"})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		rep, err := Import(context.Background(), st, []string{root}, ImportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Imported) == 0 {
			b.Fatalf("nothing imported: %d failed, %d duplicates", len(rep.Failed), len(rep.Duplicates))
		}
		docs += len(rep.Imported)
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
