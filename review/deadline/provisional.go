package deadline

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/6tail/lunar-go/calendar"

	"beishen/review"
)

// This file holds the provisional calendar: the rest days of a year whose
// official arrangement (国务院办公厅关于部分节假日安排的通知) has not been
// published or entered in the settings yet. A deadline reaching into such a
// year is still computed, from the statutory holidays alone, and is shown as
// 暂定 (provisional) until the official arrangement replaces it.
//
// The statutory holidays are those of 《全国年节及纪念日放假办法》 as revised
// by 国务院令第795号 (2024-11-10, in force 2025-01-01), 第二条:
//
//	元旦   1 day   1月1日
//	春节   4 days  农历除夕、正月初一至初三
//	清明节 1 day   农历清明当日 (the 清明 solar term)
//	劳动节 2 days  5月1日、2日
//	端午节 1 day   农历端午当日 (五月初五)
//	中秋节 1 day   农历中秋当日 (八月十五)
//	国庆节 3 days  10月1日至3日
//
// and its 第六条: "全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补
// 假。部分公民放假的假日，如果适逢星期六、星期日，则不补假。" (cited from the
// published text; the 办法 is not in the shared archive, legal-rules.md).
// The article does not say which working day; the provisional calendar
// takes the first working day after the lost day (补假 in date order, each
// on the first Monday–Friday that is neither a holiday nor already a
// make-up day), as the arrangements before 调休 did. A day on which two
// statutory holidays fall together (中秋 on 10月1日–3日, as in 2028) is
// counted as lost for one of them and made up the same way, as the 2020
// and 2023 notices gave 国庆 and 中秋 their full days when they met.
//
// Make-up working days (调休上班, a weekend made a working day to join
// holidays into a longer break, 第七条) are set by each year's notice and
// cannot be foreseen: the provisional calendar has none. So it counts a few
// more working days than the official one in some weeks and fewer in
// others; the official arrangement, once entered, replaces it wholesale.
//
// Years before 2025 followed the old 办法 (春节 3 days, 劳动节 1 day) and
// were all published, so a missing year before 2025 is not guessed; nor is
// a year past provisionalLast.

const (
	provisionalFirst = 2025 // the 2024 revision is in force from 2025-01-01
	provisionalLast  = 2100 // far enough for any deadline, well inside lunar-go's tables
)

// Holiday is one statutory holiday of a year, with the days it rests on.
type Holiday struct {
	Name review.Label
	// Days are the statutory days (农历除夕 … 初三 for 春节); MadeUp are the
	// working days given instead of those that fell on a weekend or on
	// another holiday (补假).
	Days   []review.Date
	MadeUp []review.Date
}

// ProvisionalError reports a year that has neither an official arrangement
// nor a provisional calendar: before 2025 or past 2100.
type ProvisionalError struct{ Year int }

func (e *ProvisionalError) Error() string { return e.Message(review.ZH) }

func (e *ProvisionalError) Message(lang review.Lang) string {
	return review.Label{
		ZH: fmt.Sprintf("%d 年无法按《全国年节及纪念日放假办法》推算节假日（仅适用于 %d–%d 年）", e.Year, provisionalFirst, provisionalLast),
		EN: fmt.Sprintf("The statutory holidays of %d cannot be computed (only %d–%d)", e.Year, provisionalFirst, provisionalLast),
	}.In(lang)
}

// StatutoryHolidays are the holidays of year by the 2024 放假办法, with the
// make-up days of 第六条, in the order of the 办法.
func StatutoryHolidays(year int) (hs []Holiday, err error) {
	if year < provisionalFirst || year > provisionalLast {
		return nil, &ProvisionalError{Year: year}
	}
	defer func() {
		if recover() != nil { // lunar-go panics outside its tables
			hs, err = nil, &ProvisionalError{Year: year}
		}
	}()
	lunarDay := func(m, d int) review.Date {
		s := calendar.NewLunarFromYmd(year, m, d).GetSolar()
		return review.NewDate(s.GetYear(), time.Month(s.GetMonth()), s.GetDay())
	}
	run := func(first review.Date, n int) []review.Date {
		out := make([]review.Date, n)
		for i := range out {
			out[i] = first.AddDays(i)
		}
		return out
	}
	newYear := lunarDay(1, 1) // 正月初一
	qm := calendar.NewLunarFromSolar(calendar.NewSolarFromYmd(year, 4, 20)).GetJieQiTable()["清明"]
	if qm == nil || qm.GetYear() != year {
		return nil, &ProvisionalError{Year: year}
	}
	hs = []Holiday{
		{Name: review.Label{ZH: "元旦", EN: "New Year's Day"}, Days: []review.Date{review.NewDate(year, time.January, 1)}},
		{Name: review.Label{ZH: "春节", EN: "Spring Festival"}, Days: run(newYear.AddDays(-1), 4)},
		{Name: review.Label{ZH: "清明节", EN: "Qingming"}, Days: []review.Date{review.NewDate(year, time.Month(qm.GetMonth()), qm.GetDay())}},
		{Name: review.Label{ZH: "劳动节", EN: "Labour Day"}, Days: run(review.NewDate(year, time.May, 1), 2)},
		{Name: review.Label{ZH: "端午节", EN: "Dragon Boat Festival"}, Days: []review.Date{lunarDay(5, 5)}},
		{Name: review.Label{ZH: "中秋节", EN: "Mid-Autumn Festival"}, Days: []review.Date{lunarDay(8, 15)}},
		{Name: review.Label{ZH: "国庆节", EN: "National Day"}, Days: run(review.NewDate(year, time.October, 1), 3)},
	}
	// 补假: walk the statutory days in date order; a day on a weekend, or
	// already taken by an earlier holiday, is made up on the first
	// Monday–Friday after it that is not a holiday or a make-up day.
	type ref struct {
		h int
		d review.Date
	}
	var all []ref
	rest := map[int]bool{} // dayKey → resting
	for i, h := range hs {
		for _, d := range h.Days {
			all = append(all, ref{i, d})
		}
	}
	slices.SortStableFunc(all, func(a, b ref) int { return a.d.Compare(b.d) })
	statutory := map[int]bool{}
	for _, r := range all {
		statutory[dayKey(r.d)] = true
	}
	for _, r := range all {
		wd := r.d.Weekday()
		lost := wd == time.Saturday || wd == time.Sunday || rest[dayKey(r.d)]
		rest[dayKey(r.d)] = true
		if !lost {
			continue
		}
		m := r.d.AddDays(1)
		for {
			wd := m.Weekday()
			if wd != time.Saturday && wd != time.Sunday && !statutory[dayKey(m)] && !rest[dayKey(m)] {
				break
			}
			m = m.AddDays(1)
		}
		rest[dayKey(m)] = true
		hs[r.h].MadeUp = append(hs[r.h].MadeUp, m)
	}
	return hs, nil
}

// ProvisionalYear is year's provisional arrangement: the statutory holidays
// and their make-up days, and no make-up working days.
func ProvisionalYear(year int) (Year, error) {
	var y Year
	hs, err := StatutoryHolidays(year)
	for _, h := range hs {
		y.Holidays = append(y.Holidays, h.Days...)
		y.Holidays = append(y.Holidays, h.MadeUp...)
	}
	slices.SortFunc(y.Holidays, review.Date.Compare)
	y.Holidays = slices.Compact(y.Holidays)
	return y, err
}

// provisionalDays caches each provisional year as a day table (one flag
// byte per day from 1 January, as Calendar.day): the lunar computation is
// done once per year per process, and calendars share the result.
var provisionalDays sync.Map // int → []uint8, nil when the year cannot be computed

func provisionalTable(year int) []uint8 {
	if v, ok := provisionalDays.Load(year); ok {
		return v.([]uint8)
	}
	var t []uint8
	if y, err := ProvisionalYear(year); err == nil {
		rest := map[int]bool{}
		for _, d := range y.Holidays {
			rest[dayKey(d)] = true
		}
		first := review.NewDate(year, time.January, 1)
		t = make([]uint8, first.DaysUntil(review.NewDate(year+1, time.January, 1)))
		for i := range t {
			d := first.AddDays(i)
			f := dayCovered | dayProvisional
			if wd := d.Weekday(); !rest[dayKey(d)] && wd != time.Saturday && wd != time.Sunday {
				f |= dayWorking
			}
			t[i] = f
		}
	}
	v, _ := provisionalDays.LoadOrStore(year, t)
	return v.([]uint8)
}
