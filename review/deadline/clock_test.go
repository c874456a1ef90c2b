package deadline

import (
	"errors"
	"testing"

	"beishen/review"
)

func legality(start string, pauses ...Interval) Clock {
	return Clock{Start: d(start), Period: Period{15, WorkingDays}, Pauses: pauses}
}

func TestClockWithoutPausesIsTheCalendarPeriod(t *testing.T) {
	c := Embedded()
	for _, p := range []Period{{15, WorkingDays}, {30, CalendarDays}, {7, WorkingDays}} {
		for start := d("2025-01-01"); start.Before(d("2025-12-01")); start = start.AddDays(11) {
			got, err := Clock{Start: start, Period: p}.Due(c)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := c.Add(start, p)
			if got != want {
				t.Fatalf("Clock{%s, %v}.Due = %s, Calendar.Add = %s", start, p, got, want)
			}
		}
	}
}

func TestPausedClockShiftsByThePausedWorkingDays(t *testing.T) {
	c := Embedded()
	// 15 working days from Monday 2025-03-03 end on 2025-03-24.
	plain, err := legality("2025-03-03").Due(c)
	if err != nil || plain != d("2025-03-24") {
		t.Fatalf("unpaused due = %s, %v; want 2025-03-24", plain, err)
	}
	// Returned Friday 03-07, resubmitted Friday 03-14: 03-10…03-14 are out,
	// 5 working days, so the due date moves 5 working days to 03-31.
	pause := Interval{From: d("2025-03-07"), To: d("2025-03-14")}
	if n, _ := c.WorkdaysBetween(pause.From, pause.To); n != 5 {
		t.Fatalf("pause holds %d working days, want 5", n)
	}
	got, err := legality("2025-03-03", pause).Due(c)
	if err != nil || got != d("2025-03-31") {
		t.Errorf("paused due = %s, %v; want 2025-03-31", got, err)
	}

	// The same holds for pauses of other lengths, across Qingming 2025.
	for _, p := range []Interval{
		{From: d("2025-04-02"), To: d("2025-04-08")}, // 04-03, 04-07, 04-08 count out; 04-04..06 were off anyway
		{From: d("2025-03-25"), To: d("2025-03-25")}, // returned and resubmitted the same day
		{From: d("2025-03-26"), To: d("2025-04-01")},
	} {
		k := legality("2025-03-24", p)
		plain, _ := legality("2025-03-24").Due(c)
		paused, _ := c.WorkdaysBetween(p.From, p.To)
		want, _ := c.AddWorkdays(plain, paused)
		if got, err := k.Due(c); err != nil || got != want {
			t.Errorf("pause %s–%s: due = %s, %v; want %s (%d working days later than %s)", p.From, p.To, got, err, want, paused, plain)
		}
	}
	if got, _ := legality("2025-03-24", Interval{From: d("2025-04-02"), To: d("2025-04-08")}).Due(c); got != d("2025-04-18") {
		t.Errorf("due across Qingming with a pause = %s, want 2025-04-18", got)
	}
}

func TestCalendarDayClockPausesAndExtends(t *testing.T) {
	c := Embedded()
	k := Clock{Start: d("2025-08-27"), Period: Period{30, CalendarDays},
		Pauses: []Interval{{From: d("2025-09-01"), To: d("2025-09-06")}}} // 5 days out
	// 08-27 + 30 = 09-26; + 5 paused days = 10-01 (National Day) → 10-09.
	if got, err := k.Due(c); err != nil || got != d("2025-10-09") {
		t.Errorf("due = %s, %v; want 2025-10-09", got, err)
	}
}

func TestOpenPauseStopsTheClock(t *testing.T) {
	c := Embedded()
	k := legality("2025-03-03", Interval{From: d("2025-03-07")})
	_, err := k.Due(c)
	pe, ok := errors.AsType[*PausedError](err)
	if !ok || pe.Since != d("2025-03-07") {
		t.Fatalf("Due with an open pause: error = %v, want PausedError since 2025-03-07", err)
	}
	if got, want := pe.Message(review.ZH), "自2025年3月7日退回补正，期限中止，重新报送后继续计算"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	// 03-04..03-07 used 4 of 15; that stays frozen however long it is out.
	for _, today := range []string{"2025-03-07", "2025-03-20", "2025-06-30"} {
		if n, err := k.Remaining(c, d(today)); err != nil || n != 11 {
			t.Errorf("Remaining(%s) = %d, %v; want 11", today, n, err)
		}
		if late, _ := k.Overdue(c, d(today)); late {
			t.Errorf("Overdue(%s) while returned", today)
		}
	}
	// Returned after the period had already run out: still overdue.
	late := legality("2025-03-03", Interval{From: d("2025-03-26")})
	if over, err := late.Overdue(c, d("2025-04-10")); err != nil || !over {
		t.Errorf("clock that ran out before the return: Overdue = %v, %v; want true", over, err)
	}
}

func TestRemainingAndOverdue(t *testing.T) {
	c := Embedded()
	k := legality("2025-03-03", Interval{From: d("2025-03-07"), To: d("2025-03-14")}) // due 03-31
	cases := []struct {
		today   string
		left    int
		overdue bool
	}{
		{"2025-03-03", 15, false},
		{"2025-03-10", 11, false}, // inside the pause: 4 used
		{"2025-03-28", 1, false},
		{"2025-03-29", 1, false}, // Saturday: Monday is the last day
		{"2025-03-31", 0, false},
		{"2025-04-01", -1, true},
		{"2025-04-06", -3, true}, // 04-01..04-03 late; 04-04..06 Qingming
	}
	for _, tc := range cases {
		left, err := k.Remaining(c, d(tc.today))
		if err != nil || left != tc.left {
			t.Errorf("Remaining(%s) = %d, %v; want %d", tc.today, left, err, tc.left)
		}
		if over, _ := k.Overdue(c, d(tc.today)); over != tc.overdue {
			t.Errorf("Overdue(%s) = %v, want %v", tc.today, over, tc.overdue)
		}
	}
	// Due on Friday 03-21; on Saturday no working day has passed, but it is late.
	fri := Clock{Start: d("2025-03-03"), Period: Period{14, WorkingDays}}
	if left, _ := fri.Remaining(c, d("2025-03-22")); left != -1 {
		t.Errorf("Remaining on the Saturday after the due Friday = %d, want -1", left)
	}
	if over, _ := fri.Overdue(c, d("2025-03-22")); !over {
		t.Error("not overdue on the Saturday after the due Friday")
	}
}

func TestClockErrors(t *testing.T) {
	c := Embedded()
	_, err := legality("2025-03-03", Interval{From: d("2025-03-10"), To: d("2025-03-07")}).Due(c)
	if _, ok := errors.AsType[*IntervalError](err); !ok {
		t.Errorf("pause ending before it starts: error = %v, want IntervalError", err)
	}
	_, err = legality("2100-12-20").Due(c)
	if ym, ok := errors.AsType[*YearMissingError](err); !ok || ym.Year != 2101 {
		t.Errorf("clock running into 2101: error = %v, want YearMissingError{2101}", err)
	}
	if _, err := legality("2100-12-20").Remaining(c, d("2100-12-24")); err == nil {
		t.Error("Remaining into 2101 gave no error")
	}
}

func BenchmarkPausedClockRemaining(b *testing.B) {
	c := Embedded()
	k := legality("2025-03-03", Interval{From: d("2025-03-07"), To: d("2025-03-14")})
	for b.Loop() {
		if _, err := k.Remaining(c, d("2025-03-20")); err != nil {
			b.Fatal(err)
		}
	}
}
