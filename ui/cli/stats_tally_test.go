package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"beishen/review/stats"
	"beishen/storage"
	"beishen/storage/gen"
	"beishen/ui/jobs"
)

// statsJSON is `stats --year` as JSON, read from the tally or the log.
func statsJSON(t *testing.T, e *Env, year int, fromLog bool) []byte {
	t.Helper()
	set, err := e.Settings()
	if err != nil {
		t.Fatal(err)
	}
	st, err := e.OpenRead()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := jobs.YearReport(st, year, set, fromLog)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := stats.WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The demo database of the release before the tally (storage/testdata/
// schema3.db: findings answered, one answer undone) gives, read-only, the
// figures that release printed; once a writer has opened it, the figures
// from the tally are the same bytes, and the same as from the log.
func TestStatsFromTheTallyAreTheFiguresOfTheLog(t *testing.T) {
	want, err := os.ReadFile("../../storage/testdata/schema3-stats2026.json")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../../storage/testdata/schema3.db")
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t)
	if err := os.WriteFile(e.DB, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := e.Stats(2026, "json"); err != nil {
		t.Fatal(err)
	}
	if got := e.out.Bytes(); !bytes.Equal(got, want) {
		t.Fatalf("schema 3 read-only:\n%s\nwant\n%s", got, want)
	}
	st, err := storage.Open(e.DB, storage.Options{}) // a writer: builds the tally
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	e.reset()
	if err := e.Stats(2026, "json"); err != nil {
		t.Fatal(err)
	}
	if got := e.out.Bytes(); !bytes.Equal(got, want) {
		t.Fatalf("from the tally:\n%s\nwant\n%s", got, want)
	}
	if got := statsJSON(t, e.Env, 2026, true); !bytes.Equal(got, want) {
		t.Fatalf("from the log:\n%s\nwant\n%s", got, want)
	}
}

// The same at 100,000 documents, when the benchmarks' database is built
// (storage/gen; this test does not build it).
func TestStatsFromTheTallyAt100k(t *testing.T) {
	path, ok := gen.Built(100_000)
	if !ok || testing.Short() {
		t.Skip("the 100,000-document database is not built (go test -bench StatsYear100k ./ui/cli builds it)")
	}
	e := newEnv(t)
	e.DB = path
	e.SettingsPath = filepath.Join(t.TempDir(), "none.json")
	tally, log := statsJSON(t, e.Env, 2026, false), statsJSON(t, e.Env, 2026, true)
	if !bytes.Equal(tally, log) {
		t.Fatalf("from the tally:\n%s\nfrom the log:\n%s", tally, log)
	}
}
