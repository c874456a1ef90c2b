package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"beishen/review"
)

// A 书面审查意见 concluded on 2026-12-29 gives the issuer until 2027-01-28,
// on the provisional 2027 calendar: conclude, show and the log say 暂定.
// Once a 2027 arrangement is in the settings, tick records the recomputed
// clock as a deadline_recomputed event, which the readable log names, and
// show drops the mark; a second tick has nothing to do.
func TestTickRecomputesAFiledDocumentsProvisionalClock(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	now := time.Date(2026, 12, 29, 10, 0, 0, 0, review.Zone)
	e.Now = func() time.Time { now = now.Add(time.Second); return now }
	e.reset()
	if err := e.Conclude(4, "written_opinion", ConcludeOptions{Reference: "青司备〔2026〕9号"}); err != nil {
		t.Fatal(err, e.errOut)
	}
	p, _ := lastEvent(t, e, 4).Decode()
	if r, ok := p.(*review.FilingReviewed); !ok || r.Due != review.MustDate("2027-01-28") || !r.DueProvisional {
		t.Fatalf("last event %+v; want the opinion with a provisional clock 2027-01-28", p)
	}
	e.reset()
	if err := e.Show(4, false, false); err != nil {
		t.Fatal(err)
	}
	if out := e.out.String(); !strings.Contains(out, "回复期限 2027-01-28（暂定）") {
		t.Errorf("show does not mark the provisional clock:\n%s", out)
	}

	e.SettingsPath = filepath.Join(t.TempDir(), "settings.json")
	e.settings = nil
	if err := os.WriteFile(e.SettingsPath, []byte(`{"calendar_years": {"2027": {"holidays": ["2027-01-01", "2027-01-28"], "workdays": []}}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	e.reset()
	if err := e.Tick("2026-12-30"); err != nil {
		t.Fatal(err, e.errOut)
	}
	if out := e.out.String(); !strings.Contains(out, "#4") || !strings.Contains(out, "纠正或回复期限 2027-01-28 → 2027-01-29") {
		t.Errorf("tick said:\n%s", out)
	}
	last := lastEvent(t, e, 4)
	p, _ = last.Decode()
	if rc, ok := p.(*review.DeadlineRecomputed); !ok || rc.Deadline != review.DeadlineIssuer || rc.Was != review.MustDate("2027-01-28") ||
		rc.Date != review.MustDate("2027-01-29") || rc.Provisional {
		t.Fatalf("last event %s %+v; want the issuer's clock recomputed to 2027-01-29", last.Type, p)
	}
	e.reset()
	if err := e.Show(4, false, false); err != nil {
		t.Fatal(err)
	}
	if out := e.out.String(); !strings.Contains(out, "回复期限 2027-01-29") || strings.Contains(out, "回复期限 2027-01-29（暂定）") {
		t.Errorf("show after the recompute:\n%s", out)
	}
	file := filepath.Join(t.TempDir(), "log.md")
	if err := e.ExportLog(LogExportOptions{Format: "md", File: file}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(file); !strings.Contains(string(b), "纠正或回复期限 2027-01-28 → 2027-01-29") {
		t.Errorf("the readable log does not name the recompute:\n%s", b)
	}
	e.reset()
	if err := e.Tick("2026-12-30"); err != nil {
		t.Fatal(err)
	}
	if lastEvent(t, e, 4).Seq != last.Seq {
		t.Error("a second tick recorded again")
	}
}
