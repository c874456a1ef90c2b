package storage_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"beishen/review"
	"beishen/review/export"
	"beishen/storage"
	"beishen/ui/jobs"
)

func tick(start time.Time) func() time.Time {
	t := start
	return func() time.Time { t = t.Add(time.Minute); return t }
}

// seeded is a demo database with document 4 decided.
func seeded(t *testing.T, path string, start time.Time) *storage.Store {
	t.Helper()
	st, err := storage.Open(path, storage.Options{Actor: "张审查", Now: tick(start)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := jobs.SeedDemo(st); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Do(review.NewEvent(4, review.FilingReviewed{Outcome: review.SelfCorrect, Date: st.Today(), Due: st.Today().AddDays(30), Plan: "删除限定本地企业的条款"})); err != nil {
		t.Fatal(err)
	}
	return st
}

func allEvents(t *testing.T, st *storage.Store) []review.Event {
	t.Helper()
	var evs []review.Event
	if err := st.EachEvent(1, func(e review.Event) error { evs = append(evs, e); return nil }); err != nil {
		t.Fatal(err)
	}
	return evs
}

// handOver is `export log --format jsonl --with-texts` read back.
func handOver(t *testing.T, st *storage.Store) export.Log {
	t.Helper()
	var texts []export.TextLine
	st.Texts(func(doc uint64, n int, text string) error {
		texts = append(texts, export.NewTextLine(doc, n, text))
		return nil
	})
	var buf bytes.Buffer
	if err := export.WriteJSONL(&buf, slices.Values(allEvents(t, st)), slices.Values(texts)); err != nil {
		t.Fatal(err)
	}
	log, err := export.ReadLog(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return log
}

func text(log export.Log) func(uint64, int) (string, bool) {
	return func(doc uint64, n int) (string, bool) {
		s, ok := log.Texts[export.VersionKey{Doc: doc, N: n}]
		return s, ok
	}
}

func TestLoadLogHandsTheWholeReviewToAnotherDatabase(t *testing.T) {
	dir := t.TempDir()
	a := seeded(t, filepath.Join(dir, "a.db"), time.Date(2026, 11, 20, 9, 0, 0, 0, review.Zone))
	b, err := storage.Open(filepath.Join(dir, "b.db"), storage.Options{Actor: "李同事"})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	res, err := b.LoadLog(handOver(t, a).Events, text(handOver(t, a)))
	if err != nil {
		t.Fatal(err)
	}
	ea, eb := allEvents(t, a), allEvents(t, b)
	if res.Added != len(ea) || res.MissingTexts != 0 || len(eb) != len(ea) {
		t.Fatalf("result %+v; %d events in a, %d in b", res, len(ea), len(eb))
	}
	for i := range ea {
		if ea[i].Hash != eb[i].Hash || ea[i].Seq != eb[i].Seq {
			t.Fatalf("event %d: %s/#%d in a, %s/#%d in b", i, ea[i].Hash, ea[i].Seq, eb[i].Hash, eb[i].Seq)
		}
	}
	if r, err := b.Verify(); err != nil || !r.OK() {
		t.Fatalf("b does not verify: %v %v", r.Problems, err)
	}
	da, _ := a.Document(4)
	db, err := b.Document(4)
	ja, _ := json.Marshal(da)
	jb, _ := json.Marshal(db)
	if err != nil || !bytes.Equal(ja, jb) {
		t.Fatalf("document 4 differs:\n%s\n%s", ja, jb)
	}
	va, _ := a.Version(6, 1)
	vb, err := b.Version(6, 1)
	if err != nil || vb.Text != va.Text || vb.Text == "" || vb.SHA256 != va.SHA256 {
		t.Fatalf("version text of document 6 did not come over (%v)", err)
	}
	// The colleague imports a new file: it gets a fresh ID after the handed-over ones.
	sa, _ := a.Summaries()
	sb, _ := b.Summaries()
	if len(sa) != len(sb) {
		t.Fatalf("%d queue rows in a, %d in b", len(sa), len(sb))
	}

	// Later the reviewer works on and hands over again: only the new events are appended.
	if _, _, err := a.Do(review.NewEvent(1, review.Comment{Text: "请起草单位补充说明"})); err != nil {
		t.Fatal(err)
	}
	res, err = b.LoadLog(handOver(t, a).Events, text(handOver(t, a)))
	if err != nil || res.Added != 1 || res.Skipped != len(ea) {
		t.Fatalf("second hand-over: %+v %v", res, err)
	}
	if r, _ := b.Verify(); !r.OK() {
		t.Fatalf("b after the second hand-over: %v", r.Problems)
	}
}

func TestLoadLogRefusesADatabaseWithAnotherLog(t *testing.T) {
	dir := t.TempDir()
	a := seeded(t, filepath.Join(dir, "a.db"), time.Date(2026, 11, 20, 9, 0, 0, 0, review.Zone))
	c := seeded(t, filepath.Join(dir, "c.db"), time.Date(2026, 11, 21, 9, 0, 0, 0, review.Zone))
	before := len(allEvents(t, c))
	_, err := c.LoadLog(handOver(t, a).Events, text(handOver(t, a)))
	var pe *storage.PrefixError
	if !errors.As(err, &pe) || pe.Line != 1 {
		t.Fatalf("got %v, want a PrefixError at event 1", err)
	}
	if after := len(allEvents(t, c)); after != before {
		t.Fatalf("refused load changed the log: %d → %d events", before, after)
	}
}
