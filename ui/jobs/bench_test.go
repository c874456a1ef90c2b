package jobs

import (
	"context"
	"os"
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
	var ratio float64
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
		var text int64
		st.Texts(func(_ uint64, _ int, t string) error { text += int64(len(t)); return nil })
		st.Close()
		if fi, err := os.Stat(st.Path()); err == nil && text > 0 {
			ratio = float64(fi.Size()) / float64(text)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(ratio, "file/text") // the database's size over the texts' (target ≤ 1.5)
}
