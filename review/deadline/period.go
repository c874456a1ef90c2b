package deadline

import (
	"fmt"

	"beishen/review"
)

// Unit says how a period's days are counted.
type Unit string

const (
	CalendarDays Unit = "calendar" // every day; a last day on a rest day moves to the next working day
	WorkingDays  Unit = "working"  // working days of the holiday calendar
)

func (u Unit) Valid() bool { return u == CalendarDays || u == WorkingDays }

// Period is a length of time in days or working days, as the settings file
// writes it: {"days": 15, "unit": "working"}.
type Period struct {
	N    int  `json:"days"`
	Unit Unit `json:"unit"`
}

// Label is the period as a reviewer writes it: "15个工作日", "30日".
func (p Period) Label() review.Label {
	if p.Unit == WorkingDays {
		return review.Label{ZH: fmt.Sprintf("%d个工作日", p.N), EN: review.Plural(p.N, "working day")}
	}
	return review.Label{ZH: fmt.Sprintf("%d日", p.N), EN: review.Plural(p.N, "day")}
}
