package deadline

import (
	"time"

	"beishen/review"
)

// UnknownChannelError is a filing channel the settings have no period for.
type UnknownChannelError struct{ Channel Channel }

func (e *UnknownChannelError) Error() string { return e.Message(review.ZH) }

func (e *UnknownChannelError) Message(lang review.Lang) string {
	return review.Label{
		ZH: "未知的备案渠道：" + string(e.Channel),
		EN: "Unknown filing channel: " + string(e.Channel),
	}.In(lang)
}

// FilingDue is the last day to file a document published on published with
// channel ch ("自公布之日起三十日内报送备案": the publication day is not
// counted).
func FilingDue(published review.Date, ch Channel, s Settings) (review.Date, error) {
	cal, err := s.Calendar()
	if err != nil {
		return review.Date{}, err
	}
	due, _, err := filingDue(published, ch, s, cal)
	return due, err
}

// FilingDueOn is FilingDue on a calendar built once for many documents,
// and whether the date is provisional (暂定, Calendar.Tentative).
func FilingDueOn(published review.Date, ch Channel, s Settings, cal *Calendar) (review.Date, bool, error) {
	return filingDue(published, ch, s, cal)
}

func filingDue(published review.Date, ch Channel, s Settings, cal *Calendar) (review.Date, bool, error) {
	p, ok := s.Filing.Period(ch)
	if !ok {
		return review.Date{}, false, &UnknownChannelError{ch}
	}
	due, err := cal.Add(published, p)
	if err != nil {
		return review.Date{}, false, err
	}
	return due, cal.TentativeFor(published, p, due), nil
}

// ResubmissionDue is the last day to re-file after a 暂缓登记 notice
// received on noticed (北京条例第十二条: 10 days).
func ResubmissionDue(noticed review.Date, s Settings) (review.Date, error) {
	due, _, err := ResubmissionDueTentative(noticed, s)
	return due, err
}

// ResubmissionDueTentative is ResubmissionDue and whether the date rests
// on the provisional holiday calendar (暂定).
func ResubmissionDueTentative(noticed review.Date, s Settings) (review.Date, bool, error) {
	cal, err := s.Calendar()
	if err != nil {
		return review.Date{}, false, err
	}
	due, err := cal.Add(noticed, s.FilingResubmission)
	if err != nil {
		return review.Date{}, false, err
	}
	return due, cal.TentativeFor(noticed, s.FilingResubmission, due), nil
}

// LegalityDue is the end of the legality-review period for a draft
// submitted on submitted, with the clock stopped during pauses.
func LegalityDue(submitted review.Date, pauses []Interval, s Settings) (review.Date, error) {
	c, err := s.Calendar()
	if err != nil {
		return review.Date{}, err
	}
	return LegalityClock(submitted, pauses, s).Due(c)
}

// LegalityClock is the legality-review clock of a draft, for Remaining and
// Overdue.
func LegalityClock(submitted review.Date, pauses []Interval, s Settings) Clock {
	return Clock{Start: submitted, Period: s.LegalityReview, Pauses: pauses}
}

// CommentMinimumEnd is the earliest day public comment may close when it
// opened on start: 7 working days in general, 30 days for measures that
// affect operators (优化营商环境条例第六十二条). The opening day is not
// counted, which errs on the long side.
func CommentMinimumEnd(start review.Date, affectsOperators bool, s Settings) (review.Date, error) {
	if affectsOperators {
		return add(start, s.CommentOperators, s)
	}
	return add(start, s.CommentGeneral, s)
}

// EarliestEffective is the earliest effective date of a document published
// on published unless immediate effect is justified ("公布之日起30日以后施行";
// "以后" includes the day itself, so published + 30). An effective date may
// fall on a holiday, so there is no extension.
func EarliestEffective(published review.Date, s Settings) review.Date {
	return published.AddDays(s.EarliestEffective.N)
}

// ValidityEnd is the last day a document is in force when it takes effect
// on effective for the given number of years; years == 0 means the
// jurisdiction default (s.Validity, or s.ProvisionalValidity for 暂行/试行).
// The effective day is the first day in force, so the end is the day before
// the anniversary: 2024-03-01 + 2 years ends 2026-02-28, as documents print
// it ("自2024年3月1日起施行，有效期至2026年2月28日"). An anniversary that does
// not exist (29 February) is taken as 1 March, so 2024-02-29 + 2 years also
// ends 2026-02-28.
func ValidityEnd(effective review.Date, years int, provisional bool, s Settings) review.Date {
	if years == 0 {
		years = s.Validity
		if provisional {
			years = s.ProvisionalValidity
		}
	}
	return effective.AddYears(years).AddDays(-1)
}

// Lapsed reports whether a document whose validity ends on validityEnd has
// lapsed by today: it lapses on the day after (有效期满之日起自动失效). A zero
// validityEnd (no validity period) never lapses.
func Lapsed(validityEnd, today review.Date) bool {
	return !validityEnd.IsZero() && today.After(validityEnd)
}

// EvaluationOpens is the day the pre-expiry evaluation window opens:
// validityEnd − s.EvaluationMonths months ("有效期届满前6个月内进行评估"),
// clamped to the month's last day (2026-08-31 − 6 months = 2026-02-28).
func EvaluationOpens(validityEnd review.Date, s Settings) review.Date {
	return addMonths(validityEnd, -s.EvaluationMonths)
}

// CleanupDue is the next periodic cleanup after one completed on last:
// last + s.CleanupYears years, on the corresponding day or the month's last
// day when there is none (民法典第二百零二条).
func CleanupDue(last review.Date, s Settings) review.Date {
	return addMonths(last, 12*s.CleanupYears)
}

// add counts period p from start on the settings' calendar.
func add(start review.Date, p Period, s Settings) (review.Date, error) {
	c, err := s.Calendar()
	if err != nil {
		return review.Date{}, err
	}
	return c.Add(start, p)
}

// addMonths moves d by n months, keeping the day of the month or, when the
// target month is shorter, taking its last day (review.Date.AddMonths would
// roll 31 February into March).
func addMonths(d review.Date, n int) review.Date {
	first := review.NewDate(d.Year(), d.Month()+time.Month(n), 1)
	last := first.AddMonths(1).AddDays(-1).Day()
	return review.NewDate(first.Year(), first.Month(), min(d.Day(), last))
}
