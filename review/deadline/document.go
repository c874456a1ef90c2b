package deadline

import "beishen/review"

// Due is the date a queue row is measured against.
type Due struct {
	Date    review.Date
	What    review.Label // what falls due: 审查期限, 有效期届满…
	Overdue bool
	Paused  bool // returned for supplement: the clock stands still
	Err     error
}

var (
	dueReview   = review.Label{ZH: "审查期限", EN: "review due"}
	dueValidity = review.Label{ZH: "有效期至", EN: "valid until"}
)

// Pauses converts a document's pause record into the clock's intervals.
func Pauses(ps []review.Pause) []Interval {
	out := make([]Interval, len(ps))
	for i, p := range ps {
		out[i] = Interval{From: p.From, To: p.To}
	}
	return out
}

// DueOf says what is due on the document and whether it is late: the
// legality review period from receipt (pauses excluded) while under review
// or returned; once in force, the earliest pending filing deadline
// (FilingClocks), then the validity end. cal is passed in so that a
// queue of thousands builds its calendar once.
func DueOf(d review.Summary, s Settings, cal *Calendar, today review.Date) Due {
	switch {
	case d.Stage.UnderReview() || d.Stage == review.StageReturned:
		k := Clock{Start: d.Received, Period: s.LegalityReview, Pauses: Pauses(d.Pauses)}
		if d.Stage == review.StageReturned {
			return Due{What: dueReview, Paused: true}
		}
		due, err := k.Due(cal)
		if err != nil {
			return Due{What: dueReview, Err: err}
		}
		return Due{Date: due, What: dueReview, Overdue: today.After(due)}
	case d.Stage == review.StageInForce || d.Stage == review.StageCleanup:
		// An unfiled channel comes due long before the validity ends.
		if fc, ok, err := NextFiling(d, s, today); err != nil {
			return Due{What: dueFiling, Err: err}
		} else if ok {
			return Due{Date: fc.PendingDue, What: dueFiling, Overdue: fc.Overdue}
		}
		end := d.ValidityEnd
		if end.IsZero() && !d.Effective.IsZero() {
			end = ValidityEnd(d.Effective, d.ValidityYears, d.Provisional, s)
		}
		if end.IsZero() {
			return Due{}
		}
		return Due{Date: end, What: dueValidity, Overdue: Lapsed(end, today)}
	}
	return Due{}
}
