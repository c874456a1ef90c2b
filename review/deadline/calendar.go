// Package deadline holds the working-day calendar, the jurisdiction settings
// and the arithmetic that turns a date and a period into a due date.
//
// Counting conventions (one for the whole package):
//   - The start day is not counted: a period of n days or n working days
//     starting on day S ends on the n-th (working) day after S
//     (民法典第二百零一条 "开始的当日不计入，自下一日开始计算";
//     民事诉讼法第八十五条 "期间开始的时和日，不计算在期间内").
//   - Working days exclude weekends and official holidays but include the
//     weekend days made working days (调休上班) (行政许可法第八十二条
//     "期限以工作日计算，不含法定节假日").
//   - A calendar-day period whose last day is a rest day ends on the next
//     working day (民法典第二百零三条; 民事诉讼法第八十五条 "期间届满的最后一日
//     是法定休假日的，以法定休假日后的第一日为期间届满的日期"). This is on by
//     default and switched off with the setting extend_rest_day_end.
//
// The statute articles above are cited from their published text; they are
// not in the shared archive (/work/shared/domain/legal-rules.md).
package deadline

import (
	"encoding/json"
	"fmt"
	"maps"
	"sync"
	"time"

	_ "embed"

	"beishen/review"
)

// holidaysJSON is a copy of /work/shared/domain/holidays-cn.json: the State
// Council (国务院办公厅) holiday notices for 2020–2026, read in archived
// reprints and cross-checked against NateScarlet/holiday-cn (commit d4e53bf,
// 2026-08-07) and vsme/chinese-days; per-year sources are in the file's
// source_notes and the method in /work/shared/domain/holidays-cn.md. 2027 was
// not published at the time and is deliberately absent.
//
//go:embed holidays-cn.json
var holidaysJSON []byte

// Year is one calendar year's official arrangement: the rest days inside
// each notice's 放假 range and the weekend days made working days. Dates are
// grouped by their own calendar year (2022-12-31 from the 2023 notice sits
// under 2022).
type Year struct {
	Holidays []review.Date `json:"holidays"`
	Workdays []review.Date `json:"workdays"`
}

// Calendar answers "is this a working day" for the years it covers and
// refuses to guess for the others.
type Calendar struct {
	years map[int]bool
	rest  map[int]bool // dayKey → official holiday
	work  map[int]bool // dayKey → make-up working day (调休上班)
	// first and day are the answers laid out as a table, one byte per day
	// from 1 January of the first covered year: a queue of 100,000
	// documents asks them millions of times at start-up, and a table
	// lookup by day number is far cheaper than date arithmetic and maps.
	first int
	day   []uint8
	// ExtendRestDayEnd moves the last day of a calendar-day period that falls
	// on a rest day to the next working day (民法典第二百零三条).
	ExtendRestDayEnd bool
}

// YearMissingError reports a date in a year the calendar has neither an
// official arrangement nor a provisional calendar for (before 2025, when
// the old 放假办法 applied, or past 2100). Counting such a year as plain
// Monday–Friday would put deadlines inside the Spring Festival, so the
// caller must ask the user.
type YearMissingError struct{ Year int }

func (e *YearMissingError) Error() string { return e.Message(review.ZH) }

func (e *YearMissingError) Message(lang review.Lang) string {
	return review.Label{
		ZH: fmt.Sprintf("节假日安排缺少 %d 年：请在设置中补充", e.Year),
		EN: fmt.Sprintf("The holiday calendar has no arrangement for %d: add it in the settings", e.Year),
	}.In(lang)
}

var embedded = sync.OnceValues(func() (*Calendar, error) {
	var f struct {
		Years map[int]Year `json:"years"`
	}
	if err := json.Unmarshal(holidaysJSON, &f); err != nil {
		return nil, fmt.Errorf("内置节假日文件损坏：%w", err)
	}
	c := &Calendar{years: map[int]bool{}, rest: map[int]bool{}, work: map[int]bool{}}
	return c.WithYears(f.Years)
})

// Embedded returns the calendar built into the program (2020–2026), with
// the rest-day extension on.
func Embedded() *Calendar {
	c, err := embedded()
	if err != nil {
		panic(err) // the embedded file is checked by the tests
	}
	cp := *c
	cp.ExtendRestDayEnd = true
	return &cp
}

// WithYears returns a copy of c in which each given year's arrangement
// replaces (or adds) that year. It rejects a date outside its year, a
// make-up working day that is not a Saturday or Sunday, and a date listed as
// both.
func (c *Calendar) WithYears(years map[int]Year) (*Calendar, error) {
	out := &Calendar{
		years:            maps.Clone(c.years),
		rest:             maps.Clone(c.rest),
		work:             maps.Clone(c.work),
		ExtendRestDayEnd: c.ExtendRestDayEnd,
	}
	for y, arr := range years {
		for k := range out.rest {
			if k/10000 == y {
				delete(out.rest, k)
			}
		}
		for k := range out.work {
			if k/10000 == y {
				delete(out.work, k)
			}
		}
		out.years[y] = true
		for _, d := range arr.Holidays {
			if d.Year() != y {
				return nil, yearError(y, "holidays", d, review.Label{ZH: "日期不在该年内", EN: "date is not in that year"})
			}
			out.rest[dayKey(d)] = true
		}
		for _, d := range arr.Workdays {
			if d.Year() != y {
				return nil, yearError(y, "workdays", d, review.Label{ZH: "日期不在该年内", EN: "date is not in that year"})
			}
			if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
				return nil, yearError(y, "workdays", d, review.Label{ZH: "调休上班日应为周六或周日", EN: "a make-up working day must be a Saturday or Sunday"})
			}
			if out.rest[dayKey(d)] {
				return nil, yearError(y, "workdays", d, review.Label{ZH: "同一天既是假日又是上班日", EN: "the same day is listed as holiday and working day"})
			}
			out.work[dayKey(d)] = true
		}
	}
	out.layout()
	return out, nil
}

const (
	dayCovered uint8 = 1 << iota
	dayWorking
	dayProvisional // computed from the statutory holidays (provisional.go)
)

// provisionalAhead is how many years after the last official one the day
// table lays out provisionally; later years are looked up year by year.
const provisionalAhead = 3

// layout builds the day table from the maps.
func (c *Calendar) layout() {
	if len(c.years) == 0 {
		c.first, c.day = 0, nil
		return
	}
	lo, hi := 1<<30, -1
	for y := range c.years {
		lo, hi = min(lo, y), max(hi, y)
	}
	hi += provisionalAhead
	c.first = dayNum(review.NewDate(lo, time.January, 1))
	last := dayNum(review.NewDate(hi, time.December, 31))
	c.day = make([]uint8, last-c.first+1)
	for i := range c.day {
		d := dayDate(c.first + i)
		if !c.years[d.Year()] {
			if t := provisionalTable(d.Year()); t != nil {
				c.day[i] = t[d.Time().YearDay()-1]
			}
			continue
		}
		f := dayCovered
		k := dayKey(d)
		wd := d.Weekday()
		if c.work[k] || (!c.rest[k] && wd != time.Saturday && wd != time.Sunday) {
			f |= dayWorking
		}
		c.day[i] = f
	}
}

// dayNum numbers days from 1970-01-01; Dates are UTC midnights.
func dayNum(d review.Date) int { return int(d.Time().Unix() / 86400) }

func dayDate(n int) review.Date { return review.DateOf(time.Unix(int64(n)*86400, 0).UTC()) }

// flags are day n's answers: from the table, or for a year outside it
// from the provisional calendar; 0 when neither has the year.
func (c *Calendar) flags(n int) uint8 {
	if i := n - c.first; i >= 0 && i < len(c.day) {
		return c.day[i]
	}
	d := dayDate(n)
	if c.years[d.Year()] {
		return 0 // cannot happen: the table spans every official year
	}
	if t := provisionalTable(d.Year()); t != nil {
		return t[d.Time().YearDay()-1]
	}
	return 0
}

// workday answers IsWorkday for day number n.
func (c *Calendar) workday(n int) (bool, error) {
	f := c.flags(n)
	if f&dayCovered == 0 {
		return false, &YearMissingError{Year: dayDate(n).Year()}
	}
	return f&dayWorking != 0, nil
}

func yearError(y int, list string, d review.Date, problem review.Label) *SettingsError {
	return &SettingsError{
		Key: fmt.Sprintf("calendar_years.%d.%s", y, list),
		Problem: review.Label{
			ZH: fmt.Sprintf("%s：%s", d, problem.ZH),
			EN: fmt.Sprintf("%s: %s", d, problem.EN),
		},
	}
}

// Covers reports whether the calendar has the official arrangement for year.
func (c *Calendar) Covers(year int) bool { return c.years[year] }

// Provisional reports whether the calendar answers for year from the
// statutory holidays alone (provisional.go): the year has no official
// arrangement but lies in 2025–2100.
func (c *Calendar) Provisional(year int) bool {
	return !c.years[year] && provisionalTable(year) != nil
}

// TentativeFor reports whether end, the last day of period p from start,
// depends on a provisional year. A working-day period depends on every day
// it counts (Tentative); a calendar-day period only on the rest days its
// end was moved across (none when ExtendRestDayEnd is off), which lie
// after the last working day before end.
func (c *Calendar) TentativeFor(start review.Date, p Period, end review.Date) bool {
	if p.Unit == WorkingDays {
		return c.Tentative(start, end)
	}
	if !c.ExtendRestDayEnd || end.IsZero() {
		return false
	}
	n := dayNum(end)
	w := n - 1
	for ; w > n-60; w-- { // no run of rest days is that long
		if ok, err := c.workday(w); err != nil || ok {
			break
		}
	}
	return c.Tentative(dayDate(w), end)
}

// Tentative reports whether a date counted from start to end (start not
// counted, as everywhere in this package) depends on a provisional year:
// such a date is shown as 暂定 and may move when the official arrangement
// is entered. A calendar-day period whose end is moved off a rest day
// depends on the days up to the moved end, so end is the date returned.
func (c *Calendar) Tentative(start, end review.Date) bool {
	if start.IsZero() || end.IsZero() || start.Equal(end) {
		return false
	}
	a, b := start.AddDays(1).Year(), end.Year()
	if end.Before(start) { // counted back: the days end … start-1
		a, b = end.Year(), start.AddDays(-1).Year()
	}
	for y := a; y <= b; y++ {
		if c.Provisional(y) {
			return true
		}
	}
	return false
}

// IsWorkday reports whether d is a working day: Monday–Friday unless an
// official holiday, and Saturday/Sunday only when made a working day.
func (c *Calendar) IsWorkday(d review.Date) (bool, error) { return c.workday(dayNum(d)) }

// AddWorkdays returns the n-th working day after start (start itself is not
// counted, whether or not it is a working day). A negative n counts back to
// the |n|-th working day before start; n == 0 returns start.
func (c *Calendar) AddWorkdays(start review.Date, n int) (review.Date, error) {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	d := dayNum(start)
	for n > 0 {
		d += step
		ok, err := c.workday(d)
		if err != nil {
			return review.Date{}, err
		}
		if ok {
			n--
		}
	}
	return dayDate(d), nil
}

// AddDays returns start + n calendar days; when ExtendRestDayEnd is on and
// that day is a rest day, the first working day after it.
func (c *Calendar) AddDays(start review.Date, n int) (review.Date, error) {
	end := start.AddDays(n)
	if !c.ExtendRestDayEnd {
		return end, nil
	}
	return c.workdayOnOrAfter(end)
}

// Add returns the last day of period p starting on start.
func (c *Calendar) Add(start review.Date, p Period) (review.Date, error) {
	if p.Unit == WorkingDays {
		return c.AddWorkdays(start, p.N)
	}
	return c.AddDays(start, p.N)
}

// WorkdaysBetween counts the working days d with a < d <= b, so that
// WorkdaysBetween(a, AddWorkdays(a, n)) == n. It is negative when b is
// before a.
func (c *Calendar) WorkdaysBetween(a, b review.Date) (int, error) {
	if b.Before(a) {
		n, err := c.WorkdaysBetween(b, a)
		return -n, err
	}
	n := 0
	for d, end := dayNum(a)+1, dayNum(b); d <= end; d++ {
		ok, err := c.workday(d)
		if err != nil {
			return 0, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}

func (c *Calendar) workdayOnOrAfter(d review.Date) (review.Date, error) {
	for {
		ok, err := c.IsWorkday(d)
		if err != nil {
			return review.Date{}, err
		}
		if ok {
			return d, nil
		}
		d = d.AddDays(1)
	}
}

// dayKey is yyyymmdd: a map key free of time.Time's location and monotonic
// clock.
func dayKey(d review.Date) int { return d.Year()*10000 + int(d.Month())*100 + d.Day() }
