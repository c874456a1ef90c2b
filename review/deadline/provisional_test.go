package deadline

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"beishen/review"
)

// statutoryDays flattens StatutoryHolidays to name → its statutory days.
func statutoryDays(t *testing.T, year int) map[string][]string {
	t.Helper()
	hs, err := StatutoryHolidays(year)
	if err != nil {
		t.Fatalf("StatutoryHolidays(%d): %v", year, err)
	}
	out := map[string][]string{}
	for _, h := range hs {
		for _, d := range h.Days {
			out[h.Name.ZH] = append(out[h.Name.ZH], d.String())
		}
	}
	return out
}

// The lunar dates for 2027 and 2028, as published in the almanacs (and by
// the State Council's notices for 2025 and 2026 below): 春节 2027 is
// 2027-02-06 (除夕 02-05), 2028 is 01-26 (除夕 01-25); 清明 2027-04-05 and
// 2028-04-04; 端午 2027-06-09 and 2028-05-28; 中秋 2027-09-15 and
// 2028-10-03 (on 国庆's third day).
func TestStatutoryHolidaysLunarDates(t *testing.T) {
	want := map[int]map[string][]string{
		2027: {
			"元旦": {"2027-01-01"}, "春节": {"2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"},
			"清明节": {"2027-04-05"}, "劳动节": {"2027-05-01", "2027-05-02"}, "端午节": {"2027-06-09"},
			"中秋节": {"2027-09-15"}, "国庆节": {"2027-10-01", "2027-10-02", "2027-10-03"},
		},
		2028: {
			"元旦": {"2028-01-01"}, "春节": {"2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28"},
			"清明节": {"2028-04-04"}, "劳动节": {"2028-05-01", "2028-05-02"}, "端午节": {"2028-05-28"},
			"中秋节": {"2028-10-03"}, "国庆节": {"2028-10-01", "2028-10-02", "2028-10-03"},
		},
	}
	for year, w := range want {
		got := statutoryDays(t, year)
		for name, days := range w {
			if !slices.Equal(got[name], days) {
				t.Errorf("%d %s = %v, want %v", year, name, got[name], days)
			}
		}
	}
}

// Cross-check against the official arrangements of 2025 and 2026 in the
// embedded file: every statutory day computed from the lunar calendar is a
// rest day there.
func TestStatutoryHolidaysInsideOfficialArrangements(t *testing.T) {
	var f struct {
		Years map[int]Year `json:"years"`
	}
	if err := json.Unmarshal(holidaysJSON, &f); err != nil {
		t.Fatal(err)
	}
	for _, year := range []int{2025, 2026} {
		rest := map[review.Date]bool{}
		for _, d := range f.Years[year].Holidays {
			rest[d] = true
		}
		for name, days := range statutoryDays(t, year) {
			for _, s := range days {
				if !rest[d(s)] {
					t.Errorf("%d %s %s is not a rest day in the official arrangement", year, name, s)
				}
			}
		}
	}
	// The lunar days themselves, as the notices name them.
	for year, w := range map[int]map[string]string{
		2025: {"春节": "2025-01-28", "清明节": "2025-04-04", "端午节": "2025-05-31", "中秋节": "2025-10-06"},
		2026: {"春节": "2026-02-16", "清明节": "2026-04-05", "端午节": "2026-06-19", "中秋节": "2026-09-25"},
	} {
		got := statutoryDays(t, year)
		for name, first := range w {
			if got[name][0] != first {
				t.Errorf("%d %s starts %s, want %s", year, name, got[name][0], first)
			}
		}
	}
}

// 补假 (第六条): a statutory day on a Saturday or Sunday, or on another
// holiday, is made up on the first free Monday–Friday after it.
func TestStatutoryHolidaysMakeUp(t *testing.T) {
	made := func(year int) map[string][]string {
		hs, err := StatutoryHolidays(year)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]string{}
		for _, h := range hs {
			for _, d := range h.MadeUp {
				out[h.Name.ZH] = append(out[h.Name.ZH], d.String())
			}
		}
		return out
	}
	got := made(2027)
	want := map[string][]string{
		"春节":  {"2027-02-09", "2027-02-10"}, // 初一 Sat, 初二 Sun
		"劳动节": {"2027-05-03", "2027-05-04"}, // Sat, Sun
		"国庆节": {"2027-10-04", "2027-10-05"}, // 10-02 Sat, 10-03 Sun
	}
	for name, w := range want {
		if !slices.Equal(got[name], w) {
			t.Errorf("2027 %s made up on %v, want %v", name, got[name], w)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("2027 %s made up on %v, want none", name, got[name])
		}
	}
	// 2028: 元旦 Sat → Mon 01-03; 端午 Sun 05-28 → Mon 05-29; 国庆 10-01
	// Sun → Wed 10-04, and its 10-03, already 中秋, → Thu 10-05.
	got = made(2028)
	for name, w := range map[string][]string{
		"元旦": {"2028-01-03"}, "端午节": {"2028-05-29"}, "国庆节": {"2028-10-04", "2028-10-05"}, "中秋节": nil,
	} {
		if !slices.Equal(got[name], w) {
			t.Errorf("2028 %s made up on %v, want %v", name, got[name], w)
		}
	}
}

func TestStatutoryHolidaysOutOfRange(t *testing.T) {
	for _, y := range []int{2019, 2024, 2101} {
		if _, err := StatutoryHolidays(y); !errors.As(err, new(*ProvisionalError)) {
			t.Errorf("StatutoryHolidays(%d) error = %v, want ProvisionalError", y, err)
		}
	}
}
