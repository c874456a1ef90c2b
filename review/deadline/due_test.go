package deadline

import (
	"errors"
	"testing"
)

func TestFilingDue(t *testing.T) {
	s := Defaults()
	// 30 days from 2025-09-01 is 10-01, National Day: the deadline moves to
	// the first working day after the break.
	if got, err := FilingDue(d("2025-09-01"), NPC, s); err != nil || got != d("2025-10-09") {
		t.Errorf("NPC filing due = %s, %v; want 2025-10-09", got, err)
	}
	s.Filing.Government = Period{15, WorkingDays}
	if got, err := FilingDue(d("2025-09-26"), Government, s); err != nil || got != d("2025-10-23") {
		t.Errorf("government filing due (15 working days) = %s, %v; want 2025-10-23", got, err)
	}
	s.Filing.Government = Period{3, WorkingDays} // the 3-working-day local variant
	if got, err := FilingDue(d("2025-09-26"), Government, s); err != nil || got != d("2025-09-30") {
		t.Errorf("government filing due (3 working days) = %s, %v; want 2025-09-30 (09-28 is a make-up Sunday)", got, err)
	}
	if _, err := FilingDue(d("2025-09-26"), Channel("county"), s); err == nil {
		t.Error("unknown channel gave no error")
	} else if _, ok := errors.AsType[*UnknownChannelError](err); !ok {
		t.Errorf("unknown channel: error = %v", err)
	}
	// 2026-12-10 + 30 = 2027-01-09, a Saturday: the provisional 2027
	// calendar moves it to Monday.
	if got, err := FilingDue(d("2026-12-10"), NPC, Defaults()); err != nil || got != d("2027-01-11") {
		t.Errorf("filing due in 2027 = %s, %v; want 2027-01-11 (provisional)", got, err)
	}
	if _, err := FilingDue(d("2100-12-10"), NPC, Defaults()); err == nil {
		t.Error("filing due in 2101 gave no error")
	}
}

func TestResubmissionAndLegalityDue(t *testing.T) {
	s := Defaults()
	// 09-25 + 10 = 10-05, inside the National Day break → 10-09.
	if got, tentative, err := ResubmissionDueTentative(d("2025-09-25"), s); err != nil || got != d("2025-10-09") || tentative {
		t.Errorf("ResubmissionDue = %s, %v, %v; want 2025-10-09, not provisional", got, tentative, err)
	}
	got, err := LegalityDue(d("2025-03-03"), []Interval{{From: d("2025-03-07"), To: d("2025-03-14")}}, s)
	if err != nil || got != d("2025-03-31") {
		t.Errorf("LegalityDue = %s, %v; want 2025-03-31", got, err)
	}
	if got, _ := LegalityDue(d("2025-03-03"), nil, s); got != d("2025-03-24") {
		t.Errorf("LegalityDue without pauses = %s, want 2025-03-24", got)
	}
}

func TestCommentMinimumEnd(t *testing.T) {
	s := Defaults()
	// 09-28 (make-up Sunday), 09-29, 09-30, 10-09, 10-10, 10-11 (make-up Saturday), 10-13.
	if got, err := CommentMinimumEnd(d("2025-09-26"), false, s); err != nil || got != d("2025-10-13") {
		t.Errorf("general comment end = %s, %v; want 2025-10-13", got, err)
	}
	if got, err := CommentMinimumEnd(d("2025-03-03"), true, s); err != nil || got != d("2025-04-02") {
		t.Errorf("operator comment end = %s, %v; want 2025-04-02", got, err)
	}
}

func TestValidityAndLapse(t *testing.T) {
	s := Defaults()
	cases := []struct {
		effective   string
		years       int
		provisional bool
		end         string
		why         string
	}{
		{"2024-03-01", 0, true, "2026-02-28", "暂行 default 2 years"},
		{"2024-03-01", 0, false, "2029-02-28", "default 5 years"},
		{"2024-03-01", 3, true, "2027-02-28", "stated years win over the default"},
		{"2023-03-01", 1, false, "2024-02-29", "the day before the anniversary in a leap year"},
		{"2024-02-29", 2, false, "2026-02-28", "no 29 February in 2026"},
		{"2025-01-01", 5, false, "2029-12-31", "whole calendar years"},
	}
	for _, tc := range cases {
		if got := ValidityEnd(d(tc.effective), tc.years, tc.provisional, s); got != d(tc.end) {
			t.Errorf("ValidityEnd(%s, %d, %v) = %s, want %s (%s)", tc.effective, tc.years, tc.provisional, got, tc.end, tc.why)
		}
	}
	end := ValidityEnd(d("2024-03-01"), 0, true, s)
	if Lapsed(end, d("2026-02-28")) {
		t.Error("a 暂行办法 effective 2024-03-01 lapsed on its last day 2026-02-28")
	}
	if !Lapsed(end, d("2026-03-01")) {
		t.Error("a 暂行办法 effective 2024-03-01 not lapsed on 2026-03-01")
	}
	if Lapsed(d(""), d("2099-01-01")) {
		t.Error("a document without a validity period lapsed")
	}
}

func TestEvaluationCleanupAndEffective(t *testing.T) {
	s := Defaults()
	for end, want := range map[string]string{
		"2026-02-28": "2025-08-28",
		"2026-08-31": "2026-02-28", // no 31 February
		"2029-12-31": "2029-06-30",
	} {
		if got := EvaluationOpens(d(end), s); got != d(want) {
			t.Errorf("EvaluationOpens(%s) = %s, want %s", end, got, want)
		}
	}
	for last, want := range map[string]string{
		"2024-06-30": "2026-06-30",
		"2024-02-29": "2026-02-28",
	} {
		if got := CleanupDue(d(last), s); got != d(want) {
			t.Errorf("CleanupDue(%s) = %s, want %s", last, got, want)
		}
	}
	// An effective date may be a holiday: no extension.
	if got := EarliestEffective(d("2025-09-01"), s); got != d("2025-10-01") {
		t.Errorf("EarliestEffective(2025-09-01) = %s, want 2025-10-01", got)
	}
	s.EvaluationMonths, s.CleanupYears = 3, 1
	if got := EvaluationOpens(d("2026-02-28"), s); got != d("2025-11-28") {
		t.Errorf("EvaluationOpens with 3 months = %s, want 2025-11-28", got)
	}
	if got := CleanupDue(d("2024-06-30"), s); got != d("2025-06-30") {
		t.Errorf("CleanupDue every year = %s, want 2025-06-30", got)
	}
}
