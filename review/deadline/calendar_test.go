package deadline

import (
	"encoding/json"
	"errors"
	"testing"

	"beishen/review"
)

var d = review.MustDate

// A mis-parsed holiday file shows up as an implausible number of working
// days in some year (China has about 246–251).
func TestWorkdaysPerYearArePlausible(t *testing.T) {
	var f struct {
		Years map[int]json.RawMessage `json:"years"`
	}
	if err := json.Unmarshal(holidaysJSON, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Years) < 7 {
		t.Fatalf("holiday file has %d years, want 2020–2026 at least", len(f.Years))
	}
	c := Embedded()
	for y := range f.Years {
		n := 0
		for day := review.NewDate(y, 1, 1); day.Year() == y; day = day.AddDays(1) {
			ok, err := c.IsWorkday(day)
			if err != nil {
				t.Fatalf("%d: %v", y, err)
			}
			if ok {
				n++
			}
		}
		if n < 240 || n > 255 {
			t.Errorf("%d has %d working days, want 240–255", y, n)
		}
	}
}

func TestIsWorkday(t *testing.T) {
	c := Embedded()
	cases := []struct {
		day  string
		want bool
		why  string
	}{
		{"2025-09-26", true, "ordinary Friday"},
		{"2025-09-27", false, "ordinary Saturday"},
		{"2025-09-28", true, "make-up Sunday before National Day 2025"},
		{"2025-10-01", false, "National Day"},
		{"2025-10-08", false, "last day of the 2025 National Day break (a Wednesday)"},
		{"2025-10-11", true, "make-up Saturday after National Day 2025"},
		{"2025-10-12", false, "ordinary Sunday"},
		{"2024-02-04", true, "make-up Sunday before Spring Festival 2024"},
		{"2024-02-09", true, "Friday before the 2024 Spring Festival break"},
		{"2024-02-12", false, "Spring Festival 2024 (Monday)"},
		{"2024-02-17", false, "last day of Spring Festival 2024 (Saturday)"},
		{"2024-02-18", true, "make-up Sunday after Spring Festival 2024"},
		{"2022-12-31", false, "2023 New Year break starting in 2022"},
		{"2020-02-01", false, "Saturday absorbed by the 2020 extension"},
		{"2020-02-03", true, "work resumed after the 2020 extension"},
	}
	for _, tc := range cases {
		got, err := c.IsWorkday(d(tc.day))
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("IsWorkday(%s) = %v, want %v (%s)", tc.day, got, tc.want, tc.why)
		}
	}
}

func TestAddWorkdaysAcrossHolidays(t *testing.T) {
	c := Embedded()
	cases := []struct {
		start string
		n     int
		want  string
		why   string
	}{
		// 9/28 Sun(1) 9/29(2) 9/30(3) | 10/1–10/8 off | 10/9(4) 10/10(5)
		// 10/11 Sat(6) 10/13–17(7–11) 10/20–23(12–15)
		{"2025-09-26", 15, "2025-10-23", "15 working days across National Day 2025"},
		{"2025-09-26", 1, "2025-09-28", "the make-up Sunday is the first working day"},
		{"2025-10-10", 1, "2025-10-11", "a make-up Saturday counts"},
		{"2025-09-30", 1, "2025-10-09", "the whole break is skipped"},
		{"2024-02-08", 2, "2024-02-18", "2/9, then the make-up Sunday after Spring Festival"},
		{"2024-02-02", 1, "2024-02-04", "the make-up Sunday before Spring Festival"},
		{"2025-10-04", 0, "2025-10-04", "zero days is the start"},
		{"2025-10-09", -1, "2025-09-30", "counting back skips the break"},
		{"2025-09-29", -1, "2025-09-28", "counting back lands on the make-up Sunday"},
	}
	for _, tc := range cases {
		got, err := c.AddWorkdays(d(tc.start), tc.n)
		if err != nil {
			t.Fatal(err)
		}
		if got != d(tc.want) {
			t.Errorf("AddWorkdays(%s, %d) = %s, want %s (%s)", tc.start, tc.n, got, tc.want, tc.why)
		}
	}
}

func TestWorkdaysBetweenUndoesAddWorkdays(t *testing.T) {
	c := Embedded()
	for start := d("2020-01-01"); start.Before(d("2026-11-01")); start = start.AddDays(17) {
		for _, n := range []int{1, 5, 15, 30} {
			end, err := c.AddWorkdays(start, n)
			if err != nil {
				t.Fatal(err)
			}
			got, err := c.WorkdaysBetween(start, end)
			if err != nil {
				t.Fatal(err)
			}
			if got != n {
				t.Fatalf("WorkdaysBetween(%s, %s) = %d, want %d", start, end, got, n)
			}
			if back, _ := c.WorkdaysBetween(end, start); back != -n {
				t.Fatalf("WorkdaysBetween(%s, %s) = %d, want %d", end, start, back, -n)
			}
		}
	}
}

func TestAddDaysEndingOnARestDayExtends(t *testing.T) {
	c := Embedded()
	cases := []struct {
		start, want string
		why         string
	}{
		{"2025-09-01", "2025-10-09", "day 30 is National Day: extends past the break"},
		{"2025-08-29", "2025-09-28", "day 30 is a make-up Sunday: a working day, no extension"},
		{"2025-09-05", "2025-10-09", "day 30 is 10-05 inside the break"},
		{"2025-09-12", "2025-10-13", "day 30 is an ordinary Sunday (10-12): moves to Monday"},
		{"2025-03-03", "2025-04-02", "day 30 is a Wednesday: unchanged"},
	}
	for _, tc := range cases {
		got, err := c.AddDays(d(tc.start), 30)
		if err != nil {
			t.Fatal(err)
		}
		if got != d(tc.want) {
			t.Errorf("AddDays(%s, 30) = %s, want %s (%s)", tc.start, got, tc.want, tc.why)
		}
	}
	c.ExtendRestDayEnd = false
	if got, _ := c.AddDays(d("2025-09-01"), 30); got != d("2025-10-01") {
		t.Errorf("with the extension off, AddDays(2025-09-01, 30) = %s, want 2025-10-01", got)
	}
}

func TestMissingYearIsAnError(t *testing.T) {
	c := Embedded()
	// 2019 is before the 2024 放假办法 and has no provisional calendar;
	// 2101 is past the provisional range.
	_, err := c.IsWorkday(d("2019-12-31"))
	ym, ok := errors.AsType[*YearMissingError](err)
	if !ok || ym.Year != 2019 {
		t.Fatalf("IsWorkday(2019-12-31) error = %v, want YearMissingError{2019}", err)
	}
	if got, want := err.Error(), "节假日安排缺少 2019 年：请在设置中补充"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	if got, want := ym.Message(review.EN), "The holiday calendar has no arrangement for 2019: add it in the settings"; got != want {
		t.Errorf("English message = %q, want %q", got, want)
	}
	if _, err := c.AddWorkdays(d("2100-12-25"), 10); !errors.As(err, &ym) || ym.Year != 2101 {
		t.Errorf("AddWorkdays into 2101: error = %v, want YearMissingError{2101}", err)
	}
	if _, err := c.AddDays(d("2100-12-10"), 30); !errors.As(err, &ym) {
		t.Errorf("AddDays into 2101: error = %v, want YearMissingError", err)
	}
}

// A year without an official arrangement from 2025 on is answered by the
// provisional calendar, and says so.
func TestMissingYearIsProvisional(t *testing.T) {
	c := Embedded()
	if c.Covers(2027) || !c.Provisional(2027) || c.Provisional(2026) || c.Provisional(2019) {
		t.Fatalf("Covers(2027) = %v, Provisional(2027, 2026, 2019) = %v, %v, %v; want false, true, false, false",
			c.Covers(2027), c.Provisional(2027), c.Provisional(2026), c.Provisional(2019))
	}
	for day, want := range map[string]bool{
		"2027-01-01": false, "2027-01-04": true, "2027-02-05": false, "2027-02-10": false, "2027-02-11": true,
		"2027-02-20": false, // a Saturday: the provisional calendar has no make-up working days
		"2032-02-11": false, // 2032-02-11 is 春节 (初一), looked up past the day table
		"2032-02-16": true,
	} {
		if got, err := c.IsWorkday(d(day)); err != nil || got != want {
			t.Errorf("IsWorkday(%s) = %v, %v; want %v", day, got, err, want)
		}
	}
	if !c.Tentative(d("2026-12-20"), d("2027-01-05")) || c.Tentative(d("2026-11-20"), d("2026-12-20")) ||
		c.Tentative(d("2026-12-31"), d("2026-12-31")) {
		t.Error("Tentative should be true exactly when a day after the start lies in a provisional year")
	}
}

func TestWithYearsAddsAndValidates(t *testing.T) {
	// A made-up 2027 arrangement, only to exercise the mechanism.
	c, err := Embedded().WithYears(map[int]Year{2027: {
		Holidays: []review.Date{d("2027-01-01")},
		Workdays: []review.Date{d("2027-01-09")},
	}})
	if err != nil {
		t.Fatal(err)
	}
	for day, want := range map[string]bool{"2027-01-01": false, "2027-01-04": true, "2027-01-09": true, "2027-01-10": false} {
		if got, err := c.IsWorkday(d(day)); err != nil || got != want {
			t.Errorf("IsWorkday(%s) = %v, %v; want %v", day, got, err, want)
		}
	}
	if Embedded().Covers(2027) || !Embedded().Provisional(2027) || c.Provisional(2027) {
		t.Error("WithYears changed the embedded calendar, or left 2027 provisional in the new one")
	}

	// Replacing a year drops its old dates.
	c, err = Embedded().WithYears(map[int]Year{2025: {}})
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := c.IsWorkday(d("2025-10-08")); !ok {
		t.Error("replaced 2025 still has 2025-10-08 as a holiday")
	}

	bad := []struct {
		year Year
		key  string
	}{
		{Year{Workdays: []review.Date{d("2027-01-06")}}, "calendar_years.2027.workdays"}, // a Wednesday
		{Year{Holidays: []review.Date{d("2028-01-01")}}, "calendar_years.2027.holidays"},
		{Year{Holidays: []review.Date{d("2027-01-09")}, Workdays: []review.Date{d("2027-01-09")}}, "calendar_years.2027.workdays"},
	}
	for _, tc := range bad {
		_, err := Embedded().WithYears(map[int]Year{2027: tc.year})
		se, ok := errors.AsType[*SettingsError](err)
		if !ok || se.Key != tc.key {
			t.Errorf("WithYears(%+v) error = %v, want a SettingsError on %s", tc.year, err, tc.key)
		}
	}
}

func BenchmarkAddWorkdays(b *testing.B) {
	c := Embedded()
	for b.Loop() {
		if _, err := c.AddWorkdays(d("2025-09-26"), 15); err != nil {
			b.Fatal(err)
		}
	}
}
