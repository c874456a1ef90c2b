package deadline

import (
	"testing"

	"beishen/review"
)

// madeUp2027 is a made-up official 2027 arrangement, only to exercise the
// mechanism (the real one was not published when this was written): 元旦
// joined to the weekend and the Monday after, so that one working day of
// the provisional calendar (Mon 01-04) becomes a rest day.
const madeUp2027 = `{"calendar_years": {"2027": {"holidays": ["2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04"], "workdays": []}}}`

// On 2026-12-20 (fixed clock) a 30-working-day period reaches into 2027,
// which has no official arrangement: it is computed on the statutory
// holidays alone, marked provisional, and moves once 2027 is entered in
// the settings.
func TestProvisionalDeadlineFrom20261220(t *testing.T) {
	today := d("2026-12-20")
	s := Defaults()
	s.LegalityReview = Period{30, WorkingDays}
	row := review.Summary{ID: 5, Kind: review.Draft, Stage: review.StageLegality, Received: today}

	// Provisional: 12-21…12-31 give 9 working days; 2027-01-01 (元旦, a
	// Friday) rests; 01-04…01-29 give 20 more; Mon 02-01 is the 30th.
	due := DueOf(row, s, mustCal(t, s), today)
	if due.Err != nil || due.Date != d("2027-02-01") || !due.Tentative {
		t.Fatalf("DueOf = %+v; want 2027-02-01, provisional", due)
	}
	// The same clock with no year past 2026 in doubt is not provisional.
	if due := DueOf(review.Summary{Kind: review.Draft, Stage: review.StageLegality, Received: d("2026-10-20")}, s, mustCal(t, s), today); due.Tentative {
		t.Errorf("a clock ending in 2026 is marked provisional: %+v", due)
	}

	// The official arrangement replaces the provisional year.
	official, err := ParseSettings([]byte(madeUp2027))
	if err != nil {
		t.Fatal(err)
	}
	official.LegalityReview = s.LegalityReview
	due = DueOf(row, official, mustCal(t, official), today)
	if due.Err != nil || due.Date != d("2027-02-02") || due.Tentative {
		t.Errorf("with the 2027 arrangement, DueOf = %+v; want 2027-02-02, not provisional", due)
	}
}

// A deferred filing's re-filing deadline is derived from the notice day on
// the current calendar; Recompute lists the stored ones that were
// provisional once the official year is known.
func TestResubmissionProvisionalAndRecompute(t *testing.T) {
	s := Defaults()
	// 2026-12-28 + 10 days = 2027-01-07, a Thursday.
	by, tentative, err := ResubmissionDueTentative(d("2026-12-28"), s)
	if err != nil || by != d("2027-01-07") || !tentative {
		t.Fatalf("ResubmissionDue = %s, %v, %v; want 2027-01-07, provisional", by, tentative, err)
	}
	f := review.Filing{Channel: "npc", FirstSubmitted: d("2026-12-20"), Submitted: d("2026-12-20"), Result: review.FilingDeferred,
		ResubmitBy: by, ResubmitProvisional: true, Noticed: d("2026-12-28")}
	row := issued("2026-12-01", f)
	clocks, err := FilingClocks(row, s, d("2026-12-29"))
	if err != nil {
		t.Fatal(err)
	}
	if c := clocks[0]; !c.Pending || c.PendingDue != by || !c.PendingTentative {
		t.Errorf("npc clock = %+v; want pending to 2027-01-07, provisional", c)
	}
	if len(Recompute(row, s, mustCal(t, s))) != 0 {
		t.Error("Recompute proposed a change while 2027 is still provisional")
	}

	// With 2027 in the settings: 10 days end on Thu 01-07 all the same,
	// but the date is now final, and the tick records it.
	official, err := ParseSettings([]byte(`{"filing_resubmission": {"days": 5, "unit": "working"},` + madeUp2027[1:]))
	if err != nil {
		t.Fatal(err)
	}
	// 5 working days from Mon 12-28: 12-29, 12-30, 12-31, (01-01…01-04 rest), 01-05, 01-06.
	got := Recompute(row, official, mustCal(t, official))
	want := review.DeadlineRecomputed{Deadline: review.DeadlineResubmission, Channel: "npc", Was: d("2027-01-07"), Date: d("2027-01-06")}
	if len(got) != 1 || got[0] != want {
		t.Errorf("Recompute = %+v; want [%+v]", got, want)
	}
	clocks, _ = FilingClocks(row, official, d("2026-12-29"))
	if c := clocks[0]; c.PendingDue != d("2027-01-06") || c.PendingTentative {
		t.Errorf("npc clock with 2027 official = %+v; want 2027-01-06, final", c)
	}

	// A deadline that could not be computed is filled in, even provisionally.
	row.Filings[0].ResubmitBy, row.Filings[0].ResubmitProvisional = review.Date{}, false
	got = Recompute(row, s, mustCal(t, s))
	if len(got) != 1 || got[0].Date != by || !got[0].Provisional || !got[0].Was.IsZero() {
		t.Errorf("Recompute of a missing deadline = %+v; want 2027-01-07 provisional", got)
	}
}

// A clock whose date cannot be computed (a 2019 publication: before the
// embedded calendar and before the 2024 放假办法) keeps its record and says
// why, instead of failing the whole list.
func TestFilingClockThatCannotBeComputedKeepsItsRecord(t *testing.T) {
	s := Defaults()
	row := issued("2019-05-01", review.Filing{Channel: "npc", FirstSubmitted: d("2019-05-20"), Submitted: d("2019-05-20"), Result: review.FilingRegistered})
	clocks, err := FilingClocks(row, s, d("2026-12-20"))
	if err != nil || len(clocks) != 2 {
		t.Fatalf("FilingClocks = %+v, %v; want both channels listed", clocks, err)
	}
	if c := clocks[0]; !c.Filed || c.Err == nil || !c.Due.IsZero() || c.OnTime {
		t.Errorf("npc clock %+v; want the record kept, no due date, the error given", c)
	}
	if due := DueOf(row, s, mustCal(t, s), d("2026-12-20")); due.Err == nil {
		t.Errorf("DueOf = %+v; want the error of the unfiled government channel", due)
	}
}

// A calendar-day period ending in a provisional year depends on it only
// through the rest-day extension.
func TestCalendarDayPeriodIsTentativeOnlyThroughTheExtension(t *testing.T) {
	c := Embedded()
	p := Period{30, CalendarDays}
	// 2026-12-10 + 30 = Sat 2027-01-09 → Mon 01-11: moved across provisional rest days.
	if end, _ := c.Add(d("2026-12-10"), p); end != d("2027-01-11") || !c.TentativeFor(d("2026-12-10"), p, end) {
		t.Errorf("2026-12-10 + 30 days = %s, tentative %v; want 2027-01-11, tentative", end, c.TentativeFor(d("2026-12-10"), p, end))
	}
	c.ExtendRestDayEnd = false
	if end, _ := c.Add(d("2026-12-10"), p); end != d("2027-01-09") || c.TentativeFor(d("2026-12-10"), p, end) {
		t.Errorf("without the extension: %s, tentative %v; want 2027-01-09, not tentative", end, c.TentativeFor(d("2026-12-10"), p, end))
	}
}
