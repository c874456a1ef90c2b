package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"beishen/review"
)

// It is December 2026 and the holiday calendar ends with 2026:
// `filing 5 --channel npc --submitted 2026-12-20 --result deferred
// --noticed 2026-12-28` records the deferral, with a re-filing deadline
// computed on the provisional 2027 calendar and marked 暂定 in the message,
// in `show` and in `list`; once a 2027 arrangement is in the settings,
// `tick` records the recomputed date as an event.
func TestFilingDeferredInto2027IsRecordedWithAProvisionalDeadline(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	now := time.Date(2026, 12, 29, 10, 0, 0, 0, review.Zone)
	e.Now = func() time.Time { now = now.Add(time.Second); return now }
	e.reset()

	err := e.RecordFiling(5, FilingOptions{Channel: "npc", Submitted: "2026-12-20", Result: "deferred", Noticed: "2026-12-28"})
	if err != nil {
		t.Fatalf("filing refused: %v\n%s", err, e.errOut)
	}
	if out := e.out.String(); !strings.Contains(out, "已记录") || !strings.Contains(out, "补正重报期限：2027-01-07") || !strings.Contains(out, "暂定") {
		t.Errorf("filing said:\n%s", out)
	}
	last := lastEvent(t, e, 5)
	p, err := last.Decode()
	if err != nil {
		t.Fatal(err)
	}
	fr, ok := p.(*review.FilingRecorded)
	if !ok || fr.Result != review.FilingDeferred || fr.Submitted != review.MustDate("2026-12-20") ||
		fr.Noticed != review.MustDate("2026-12-28") || fr.ResubmitBy != review.MustDate("2027-01-07") || !fr.ResubmitProvisional {
		t.Fatalf("last event %s %+v; want the deferral, noticed 2026-12-28, re-file by 2027-01-07 provisional", last.Type, p)
	}

	e.reset()
	if err := e.Show(5, false, false); err != nil {
		t.Fatal(err)
	}
	if out := e.out.String(); !strings.Contains(out, "应于 2027-01-07 前报送（暂定）") || !strings.Contains(out, "暂定：") {
		t.Errorf("show does not mark the provisional deadline:\n%s", out)
	}
	// With the government channel registered, the queue's due date is the
	// npc re-filing, marked.
	if err := e.RecordFiling(5, FilingOptions{Channel: "government", Submitted: "2026-12-21", Result: "registered"}); err != nil {
		t.Fatal(err, e.errOut)
	}
	e.reset()
	if err := e.List(ListOptions{}); err != nil {
		t.Fatal(err)
	}
	if out := e.out.String(); !strings.Contains(out, "2027-01-07 暂定") || !strings.Contains(out, "暂定：") {
		t.Errorf("list does not mark the provisional deadline:\n%s", out)
	}

	// Nothing to recompute while 2027 is still provisional.
	e.reset()
	if err := e.Tick("2026-12-29"); err != nil {
		t.Fatal(err, e.errOut)
	}
	if lastEvent(t, e, 5).Type != review.EvFilingRecorded {
		t.Fatal("tick recorded something while 2027 is still provisional")
	}

	// A made-up 2027 arrangement in which 01-07 is a rest day.
	e.SettingsPath = filepath.Join(t.TempDir(), "settings.json")
	e.settings = nil
	if err := os.WriteFile(e.SettingsPath, []byte(`{"calendar_years": {"2027": {"holidays": ["2027-01-01", "2027-01-07"], "workdays": []}}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	e.reset()
	if err := e.Tick("2026-12-30"); err != nil {
		t.Fatal(err, e.errOut)
	}
	if out := e.out.String(); !strings.Contains(out, "2027-01-07 → 2027-01-08") {
		t.Errorf("tick said:\n%s", out)
	}
	last = lastEvent(t, e, 5)
	p, _ = last.Decode()
	rc, ok := p.(*review.DeadlineRecomputed)
	if !ok || rc.Channel != "npc" || rc.Was != review.MustDate("2027-01-07") || rc.Date != review.MustDate("2027-01-08") || rc.Provisional {
		t.Fatalf("last event %s %+v; want the recomputed re-filing deadline 2027-01-08", last.Type, p)
	}
	st, _ := e.Open()
	d, _ := st.Document(5)
	st.Close()
	if f, _ := d.FilingOn("npc"); f.ResubmitBy != review.MustDate("2027-01-08") || f.ResubmitProvisional {
		t.Errorf("folded filing %+v; want re-file by 2027-01-08, final", f)
	}
	e.reset()
	if err := e.Show(5, false, false); err != nil {
		t.Fatal(err)
	}
	// The clock is final now; the log keeps what was recorded then (暂定).
	out := e.out.String()
	clock := ""
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "应于 2027-01-08 前报送") {
			clock = l
		}
	}
	if clock == "" || strings.Contains(clock, "暂定") {
		t.Errorf("show after the official arrangement:\n%s", out)
	}
	// A second tick has nothing more to do.
	e.reset()
	if err := e.Tick("2026-12-30"); err != nil {
		t.Fatal(err)
	}
	if lastEvent(t, e, 5).Seq != last.Seq {
		t.Error("a second tick recorded again")
	}
}

func lastEvent(t *testing.T, e testEnv, id uint64) review.Event {
	t.Helper()
	st, err := e.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	evs, err := st.Events(id)
	if err != nil || len(evs) == 0 {
		t.Fatalf("events of #%d: %v", id, err)
	}
	return evs[len(evs)-1]
}

// A deferral notice cannot arrive before the submission.
func TestFilingNoticeBeforeSubmissionIsRefused(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	e.reset()
	err := e.RecordFiling(5, FilingOptions{Channel: "npc", Submitted: "2026-11-26", Result: "deferred", Noticed: "2026-11-25"})
	if err == nil || !strings.Contains(e.errOut.String(), "暂缓登记通知日期早于报送日期") {
		t.Errorf("notice before submission: %v\n%s", err, e.errOut)
	}
	if lastEvent(t, e, 5).Type == review.EvFilingRecorded {
		t.Error("the refused filing was recorded")
	}
}
