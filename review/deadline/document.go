package deadline

import "beishen/review"

// Due is the date a queue row is measured against.
type Due struct {
	Date    review.Date
	What    review.Label // what falls due: 审查期限, 有效期届满…
	Overdue bool
	Paused  bool // returned for supplement: the clock stands still
	// Tentative says Date rests on the provisional holiday calendar of a
	// year without an official arrangement (暂定): shown with TentativeMark.
	Tentative bool
	Err       error
}

// TentativeMark is what a screen, a command or an export writes after a
// provisional date.
var TentativeMark = review.Label{ZH: "暂定", EN: "provisional"}

// TentativeShort is the mark where a column is narrow.
var TentativeShort = review.Label{ZH: "暂定", EN: "prov."}

// TentativeNote explains the mark where there is room for it.
var TentativeNote = review.Label{
	ZH: "暂定：该年的节假日安排尚未录入设置，按《全国年节及纪念日放假办法》的法定节假日推算（不含调休）；录入正式安排后重算",
	EN: "provisional: that year's official holiday arrangement is not in the settings yet, so only the statutory holidays were counted (no make-up working days); recomputed once the arrangement is entered",
}

var (
	dueReview   = review.Label{ZH: "审查期限", EN: "review due"}
	dueValidity = review.Label{ZH: "有效期至", EN: "valid until"}
	dueIssuer   = review.Label{ZH: "制定机关期限", EN: "issuer due"}
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
		return Due{Date: due, What: dueReview, Overdue: today.After(due), Tentative: cal.TentativeFor(k.Start, k.Period, due)}
	case !d.IssuerDue.IsZero():
		// A filed document waiting on its issuer (暂缓登记, 书面审查意见,
		// 自行纠正, 责令改正) is due when the issuer's time runs out.
		return Due{Date: d.IssuerDue, What: dueIssuer, Overdue: today.After(d.IssuerDue), Tentative: d.IssuerDueProvisional}
	case d.Stage.InEffect():
		// An unfiled channel comes due long before the validity ends.
		if fc, ok, err := NextFiling(d, s, today); err != nil {
			return Due{What: dueFiling, Err: err}
		} else if ok {
			return Due{Date: fc.PendingDue, What: dueFiling, Overdue: fc.Overdue, Tentative: fc.PendingTentative}
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
