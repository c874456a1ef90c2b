package review

import (
	"fmt"
	"time"
)

// Date is a calendar day with no clock or zone: the dates printed on official
// documents and counted by deadlines. The zero Date means "not known".
type Date struct{ t time.Time }

// NewDate returns the day y-m-d (normalised, so day 32 rolls over).
func NewDate(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date { return NewDate(t.Date()) }

// ParseDate reads "2006-01-02"; the empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("日期格式应为 YYYY-MM-DD：%q", s)
	}
	return Date{t}, nil
}

// MustDate is ParseDate for literals in tests and tables.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func (d Date) IsZero() bool          { return d.t.IsZero() }
func (d Date) Year() int             { return d.t.Year() }
func (d Date) Month() time.Month     { return d.t.Month() }
func (d Date) Day() int              { return d.t.Day() }
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }
func (d Date) AddDays(n int) Date    { return Date{d.t.AddDate(0, 0, n)} }
func (d Date) AddMonths(n int) Date  { return Date{d.t.AddDate(0, n, 0)} }
func (d Date) AddYears(n int) Date   { return Date{d.t.AddDate(n, 0, 0)} }
func (d Date) Before(o Date) bool    { return d.t.Before(o.t) }
func (d Date) After(o Date) bool     { return d.t.After(o.t) }
func (d Date) Equal(o Date) bool     { return d.t.Equal(o.t) }
func (d Date) Time() time.Time       { return d.t }
func (d Date) DaysUntil(o Date) int  { return int(o.t.Sub(d.t).Hours() / 24) }
func (d Date) Compare(o Date) int    { return d.t.Compare(o.t) }
func (d Date) ChineseString() string {
	return fmt.Sprintf("%d年%d月%d日", d.Year(), d.Month(), d.Day())
}
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// String is "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	*d = v
	return err
}
