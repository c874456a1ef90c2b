package deadline

import (
	"errors"
	"fmt"

	"beishen/review"
)

// Interval is one pause of a review clock, bounded by two log events: From
// is the day the document was returned for supplement (退回补正 / 暂缓), To
// the day it came back (zero while it is still out). The days counted out
// are From < d <= To: the day of return still counts (the reviewer held the
// document that day) and the day of resubmission does not, just as the day
// of first submission does not.
type Interval struct {
	From review.Date `json:"from"`
	To   review.Date `json:"to,omitzero"`
}

// Open reports whether the document is still out.
func (iv Interval) Open() bool { return iv.To.IsZero() }

// holds reports whether day number n is counted out by the pause.
func (iv Interval) holds(n int) bool {
	return n > dayNum(iv.From) && (iv.Open() || n <= dayNum(iv.To))
}

// Clock is a review period that stops while the document is returned and
// resumes on resubmission: a period of N working days (or days) from Start,
// counted outside the pauses.
type Clock struct {
	Start  review.Date `json:"start"`
	Period Period      `json:"period"`
	Pauses []Interval  `json:"pauses,omitempty"`
}

// PausedError says a clock has no due date because the document is still
// returned to the drafter.
type PausedError struct{ Since review.Date }

func (e *PausedError) Error() string { return e.Message(review.ZH) }

func (e *PausedError) Message(lang review.Lang) string {
	return review.Label{
		ZH: fmt.Sprintf("自%s退回补正，期限中止，重新报送后继续计算", e.Since.ChineseString()),
		EN: fmt.Sprintf("Returned for supplement on %s: the period is paused until the document is resubmitted", e.Since),
	}.In(lang)
}

// IntervalError reports a pause that ends before it starts or has no start.
type IntervalError struct{ Interval Interval }

func (e *IntervalError) Error() string { return e.Message(review.ZH) }

func (e *IntervalError) Message(lang review.Lang) string {
	return review.Label{
		ZH: fmt.Sprintf("中止区间无效：%s 至 %s", e.Interval.From, e.Interval.To),
		EN: fmt.Sprintf("Invalid pause: %s to %s", e.Interval.From, e.Interval.To),
	}.In(lang)
}

func (k Clock) check() error {
	for _, p := range k.Pauses {
		if p.From.IsZero() || (!p.Open() && p.To.Before(p.From)) {
			return &IntervalError{p}
		}
	}
	return nil
}

// counts reports whether day d uses up one unit of the period, and the open
// pause that stops the clock on d, if any.
func (k Clock) counts(c *Calendar, d int) (bool, *Interval, error) {
	for i, p := range k.Pauses {
		if p.holds(d) {
			if p.Open() {
				return false, &k.Pauses[i], nil
			}
			return false, nil, nil
		}
	}
	if k.Period.Unit != WorkingDays {
		return true, nil, nil
	}
	ok, err := c.workday(d)
	return ok, nil, err
}

// Due is the last day of the period. For a calendar-day period it moves off
// a rest day when c.ExtendRestDayEnd is on. It is a *PausedError when the
// document is out before the period has run.
func (k Clock) Due(c *Calendar) (review.Date, error) {
	if err := k.check(); err != nil {
		return review.Date{}, err
	}
	d := dayNum(k.Start)
	for n := 0; n < k.Period.N; {
		d++
		ok, open, err := k.counts(c, d)
		if err != nil {
			return review.Date{}, err
		}
		if open != nil {
			return review.Date{}, &PausedError{Since: open.From}
		}
		if ok {
			n++
		}
	}
	if k.Period.Unit != WorkingDays && c.ExtendRestDayEnd {
		return c.workdayOnOrAfter(dayDate(d))
	}
	return dayDate(d), nil
}

// Remaining is the number of counted days (working days for a working-day
// period) left after today up to and including the due day: 0 on the due
// day, negative once overdue (at least -1, so an overdue clock never reads
// 0). While the document is out, it is what was left when it was returned.
func (k Clock) Remaining(c *Calendar, today review.Date) (int, error) {
	due, err := k.Due(c)
	if _, paused := errors.AsType[*PausedError](err); paused {
		used, err := k.between(c, k.Start, today)
		return k.Period.N - used, err
	}
	if err != nil {
		return 0, err
	}
	if !today.After(due) {
		return k.between(c, today, due)
	}
	late, err := k.between(c, due, today)
	return -max(late, 1), err
}

// Overdue reports whether today is past the due day. A clock that is paused
// before running out is not overdue.
func (k Clock) Overdue(c *Calendar, today review.Date) (bool, error) {
	due, err := k.Due(c)
	if _, paused := errors.AsType[*PausedError](err); paused {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return today.After(due), nil
}

// between counts the days a < d <= b that use up the period.
func (k Clock) between(c *Calendar, a, b review.Date) (int, error) {
	n := 0
	for d, end := dayNum(a)+1, dayNum(b); d <= end; d++ {
		ok, _, err := k.counts(c, d)
		if err != nil {
			return 0, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}
