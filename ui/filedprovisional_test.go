package ui

import (
	"path/filepath"
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

// In February 2027, with no official 2027 holiday arrangement in the
// settings, a filed document's deadlines that fall in 2027 are marked 暂定
// on its screen: the filing deadline it missed, the 补正 deadline of a
// 暂缓登记 and the issuer's response clock of a 书面审查意见, both recorded
// by keys. Once the arrangement is entered, the recompute tick appends
// (deadline.RecomputeFiled) moves the stored ones and the mark goes.
func TestFiledDeadlinesOnAProvisionalCalendarAreMarked(t *testing.T) {
	now := time.Date(2027, 2, 20, 9, 0, 0, 0, review.Zone)
	st, err := storage.Open(filepath.Join(t.TempDir(), "demo.db"), storage.Options{Actor: "审查员",
		Now: func() time.Time { now = now.Add(time.Second); return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := jobs.SeedDemo(st); err != nil {
		t.Fatal(err)
	}
	today := review.MustDate("2027-02-20")
	late, err := st.Import(storage.ImportItem{Kind: review.Filed,
		Meta: review.Meta{Title: "青川市跨年报备通知", Issuer: "青川市城市管理局", Published: review.MustDate("2026-12-31"), Received: review.MustDate("2027-02-15")},
		Version: storage.NewVersion{FileName: "跨年.txt", Format: "txt", Encoding: "UTF-8", SHA256: "sha-late",
			Text: "青川市跨年报备通知\n第一条 为了测试，制定本通知。\n", RulesVersion: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	screen := func(s deadline.Settings) *Model {
		m := New(Options{Store: st, Today: today, Settings: s})
		m.ctx.Now = func() time.Time { return now } // the day the facts are recorded on
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		run(m, loadSummaries(st, m.ctx))
		return m
	}
	open := func(s deadline.Settings, id uint64) string {
		m := screen(s)
		run(m, m.openDoc(id))
		return ansi.Strip(m.Render())
	}
	s := deadline.Defaults()
	_, due, tentative, _ := deadline.FiledLateTentative(late.Doc.Meta, s)
	if !tentative {
		t.Fatalf("the filing deadline %s should rest on the provisional 2027", due)
	}
	if out := open(s, late.Doc.ID); !strings.Contains(out, "迟报：应于 "+due.String()+" 暂定") {
		t.Errorf("the missed filing deadline is not marked:\n%s", out)
	}

	// 书面审查意见 on the demo's registered document 4, by keys.
	m := screen(s)
	run(m, m.openDoc(4))
	press(m, "D", "enter")
	d4, _ := st.Document(4)
	if d4.Stage != review.StageAwaiting || !d4.Review.DueProvisional {
		t.Fatalf("after the outcome: %s %+v; want awaiting, a provisional clock\n%s", d4.Stage, d4.Review, ansi.Strip(m.Render()))
	}
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "回复期限 "+d4.Review.Due.String()+" 暂定") {
		t.Errorf("the issuer's clock is not marked:\n%s", out)
	}
	// 暂缓登记 of a filed document at intake, by keys.
	var intake uint64
	rows, _ := st.Summaries()
	for _, r := range rows {
		if r.Kind == review.Filed && r.Stage == review.StageIntake && r.ID != late.Doc.ID {
			intake = r.ID
			break
		}
	}
	run(m, m.openDoc(intake))
	press(m, "D")
	if m.ff != nil && m.ff.fields[0].choice != 1 { // proposed when papers are missing
		press(m, "right")
	}
	press(m, "enter")
	dd, _ := st.Document(intake)
	if dd.Stage != review.StageDeferred || !dd.Registration.DueProvisional {
		t.Fatalf("after the deferral: %s %+v (%s); want deferred, a provisional deadline", dd.Stage, dd.Registration, m.status)
	}
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "补正期限 "+dd.Registration.Due.String()+" 暂定") {
		t.Errorf("the supplement deadline is not marked:\n%s", out)
	}

	// A made-up 2027 arrangement that makes both stored days rest days.
	official := deadline.Defaults()
	official.CalendarYears = map[int]deadline.Year{2027: {
		Holidays: []review.Date{d4.Review.Due, dd.Registration.Due}}}
	cal, err := official.Calendar()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []review.Document{d4, dd} {
		ps := deadline.RecomputeFiled(d, official, cal)
		if len(ps) != 1 {
			t.Fatalf("#%d: %d deadlines to recompute, want 1", d.ID, len(ps))
		}
		if _, _, err := st.Do(review.NewEvent(d.ID, ps[0])); err != nil {
			t.Fatal(err)
		}
	}
	d4, _ = st.Document(4)
	if out := open(official, 4); d4.Review.DueProvisional || !strings.Contains(out, "回复期限 "+d4.Review.Due.String()) ||
		strings.Contains(out, "暂定") {
		t.Errorf("after the recompute the clock %s should be final:\n%s", d4.Review.Due, out)
	}
	dd, _ = st.Document(intake)
	if out := open(official, intake); !strings.Contains(out, "补正期限 "+dd.Registration.Due.String()) || strings.Contains(out, "暂定") {
		t.Errorf("after the recompute the supplement deadline %s should be final:\n%s", dd.Registration.Due, out)
	}
	if out := open(official, late.Doc.ID); strings.Contains(out, "暂定") {
		t.Errorf("the filing deadline follows the settings by itself:\n%s", out)
	}
}
