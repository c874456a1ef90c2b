package ui

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/storage"
	"beishen/ui/jobs"
)

// On 2026-12-20 a draft received that day has a 30-working-day review
// period reaching into 2027, which has no official holiday arrangement:
// the queue marks its due date 暂定 (or "*" where the column is narrow,
// explained on the status line), and the document screen marks a
// provisional re-filing deadline.
func TestQueueAndDocumentMarkProvisionalDeadlines(t *testing.T) {
	// The store's clock is fixed: the facts recorded below are dated
	// 2026-12-20 and 2026-12-28, and a fact cannot be dated after today.
	now := time.Date(2026, 12, 29, 9, 0, 0, 0, review.Zone)
	st, err := storage.Open(filepath.Join(t.TempDir(), "demo.db"), storage.Options{Actor: "审查员",
		Now: func() time.Time { now = now.Add(time.Second); return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := jobs.SeedDemo(st); err != nil {
		t.Fatal(err)
	}
	today := review.MustDate("2026-12-20")
	res, err := st.Import(storage.ImportItem{Kind: review.Draft,
		Meta: review.Meta{Title: "临江区跨年审查办法", Issuer: "临江区人民政府", Received: today},
		Version: storage.NewVersion{FileName: "跨年.txt", Format: "txt", Encoding: "UTF-8", SHA256: "sha-2027",
			Text: "临江区跨年审查办法\n第一条 为了测试，制定本办法。\n", RulesVersion: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	s := deadline.Defaults()
	s.LegalityReview = deadline.Period{N: 30, Unit: deadline.WorkingDays}

	// A made-up 2027 arrangement (01-04 a rest day): the date moves and is
	// no longer provisional.
	official, err := deadline.ParseSettings([]byte(`{"legality_review": {"days": 30, "unit": "working"},
		"calendar_years": {"2027": {"holidays": ["2027-01-01", "2027-01-04"], "workdays": []}}}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w    int
		set  deadline.Settings
		want string
	}{{80, s, "2027-02-01*"}, {120, s, "2027-02-01 暂定"}, {120, official, "2027-02-02  "}} {
		m := New(Options{Store: st, Today: today, Settings: tc.set})
		m.Update(tea.WindowSizeMsg{Width: tc.w, Height: 30})
		run(m, loadSummaries(st, m.ctx))
		out := ansi.Strip(m.Render())
		line := ""
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, "跨年") {
				line = l
			}
		}
		if !strings.Contains(line, tc.want) {
			t.Errorf("at %d columns the row of #%d does not show %q:\n%s", tc.w, res.Doc.ID, tc.want, out)
		}
		if tc.set.CalendarYears == nil && !regexp.MustCompile(`逾期 \d+ 件 · 暂定期限\(\*\) \d+ 件`).MatchString(out) {
			t.Errorf("at %d columns the status line does not count the provisional date:\n%s", tc.w, out)
		}
	}

	// A deferral noticed 2026-12-28: re-file by 2027-01-07, provisional.
	if _, _, err := st.Do(review.NewEvent(5, review.FilingRecorded{Channel: "npc", Submitted: review.MustDate("2026-12-20"),
		Result: review.FilingDeferred, Noticed: review.MustDate("2026-12-28"), ResubmitBy: review.MustDate("2027-01-07"), ResubmitProvisional: true})); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Store: st, Today: today, Settings: s})
	d, _ := st.Document(5)
	out := ansi.Strip(strings.Join(lifecycleLines(m.ctx, d, 60), "\n"))
	if !strings.Contains(out, "重报期限 2027-01-07（暂定）") || !strings.Contains(out, "暂定：") {
		t.Errorf("document panel does not mark the provisional re-filing deadline:\n%s", out)
	}
}
