package cli

import (
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"beishen/review"
	"beishen/review/cleanup"
	"beishen/storage/gen"
	"beishen/ui/jobs"
)

// The command line at 100,000 documents (1.2 million events), one
// benchmark for each command row of issue 15's table. The database is the
// shared one storage/gen caches; commands that write (exports record
// themselves in the log) run on a private copy. Each reports the peak
// heap in use (peak-heap-MB, sampled), the part of the resident memory
// the program controls.

func benchEnv(b *testing.B, db string) *Env {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, review.Zone)
	return &Env{Lang: review.ZH, DB: db, Stdout: io.Discard, Stderr: io.Discard,
		SettingsPath: filepath.Join(b.TempDir(), "none.json"), Now: func() time.Time { return now }}
}

// peakHeap samples the heap in use while run runs and reports its peak.
func peakHeap(b *testing.B, run func()) {
	runtime.GC()
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var max uint64
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > max {
				max = ms.HeapInuse
			}
			select {
			case <-done:
				peak <- max
				return
			case <-t.C:
			}
		}
	}()
	run()
	close(done)
	b.ReportMetric(float64(<-peak)/(1<<20), "peak-heap-MB")
}

func runCmd(b *testing.B, name string, f func() error) {
	b.Helper()
	b.ResetTimer()
	peakHeap(b, func() {
		for i := 0; i < b.N; i++ {
			if err := f(); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
		}
	})
}

// `list --json` (target ≤ 1 s, ≤ 100 MiB, streamed).
func BenchmarkListJSON100k(b *testing.B) {
	e := benchEnv(b, gen.ForBench(b, 100_000))
	runCmd(b, "list", func() error { return e.List(ListOptions{JSON: true}) })
}

// `verify` (target ≤ 3× a sha256sum of the file, bounded memory).
func BenchmarkVerify100k(b *testing.B) {
	e := benchEnv(b, gen.ForBench(b, 100_000))
	runCmd(b, "verify", e.Verify)
}

// `stats --year` (target ≤ 2 s).
func BenchmarkStatsYear100k(b *testing.B) {
	e := benchEnv(b, gen.ForBench(b, 100_000))
	runCmd(b, "stats", func() error { return e.Stats(2026, "md") })
}

func benchExport(b *testing.B, o LogExportOptions) {
	e := benchEnv(b, gen.PrivateCopy(b, gen.ForBench(b, 100_000)))
	o.File = filepath.Join(b.TempDir(), "log."+o.Format)
	runCmd(b, "export", func() error { return e.ExportLog(o) })
	if fi, err := os.Stat(o.File); err == nil {
		b.ReportMetric(float64(fi.Size())/(1<<20), "file-MB")
	}
}

// `export log --format csv`, the whole log (target: streamed, ≤ 300 MB).
func BenchmarkExportCSV100k(b *testing.B) { benchExport(b, LogExportOptions{Format: "csv"}) }

// `export log --format xlsx`, the whole log: past 1,048,576 rows it goes
// on to a second sheet.
func BenchmarkExportXLSX100k(b *testing.B) { benchExport(b, LogExportOptions{Format: "xlsx"}) }

// A filtered export: the decisions only (target: proportional to what is
// selected).
func BenchmarkExportFiltered100k(b *testing.B) {
	benchExport(b, LogExportOptions{Format: "csv", Types: []string{"decision"}})
}

// The yardstick of the verify row: reading and hashing the whole file.
func BenchmarkSHA256File100k(b *testing.B) {
	path := gen.ForBench(b, 100_000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

// `cleanup status` and `cleanup select` on a periodic campaign: the queue
// rows say which documents are in force, and only those are read (every
// state and text cost select 8 s and 1.2 GB, status 12 s and 1.2 GB).
func BenchmarkCleanup100k(b *testing.B) {
	e := benchEnv(b, gen.PrivateCopy(b, gen.ForBench(b, 100_000)))
	if err := e.OpenCampaign("2026年度定期清理", "periodic", "", ""); err != nil {
		b.Fatal(err)
	}
	st, err := e.Open()
	if err != nil {
		b.Fatal(err)
	}
	set, err := jobs.LoadCampaigns(st)
	st.Close()
	if err != nil || len(set.Campaigns) != 1 {
		b.Fatal(err, len(set.Campaigns))
	}
	id := set.Campaigns[0].ID
	b.Run("status", func(b *testing.B) { runCmd(b, "cleanup status", e.CampaignStatus) })
	b.Run("select", func(b *testing.B) {
		runCmd(b, "cleanup select", func() error { return e.CampaignSelect(id, cleanup.Filter{Issuer: "泉州"}, false) })
	})
}
