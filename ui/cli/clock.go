package cli

import (
	"beishen/review"
	"beishen/review/deadline"
)

// clockSet computes deadlines for many rows with one calendar.
type clockSet struct {
	set   deadline.Settings
	cal   *deadline.Calendar
	today review.Date
}

func (e *Env) clocks() (clockSet, error) {
	set, err := e.Settings()
	if err != nil {
		return clockSet{}, err
	}
	cal, err := set.Calendar()
	if err != nil {
		return clockSet{}, err
	}
	return clockSet{set: set, cal: cal, today: today(e.Now)}, nil
}

func (c clockSet) due(r review.Summary) deadline.Due {
	return deadline.DueOf(r, c.set, c.cal, c.today)
}
