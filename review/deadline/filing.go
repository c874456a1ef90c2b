package deadline

import (
	"cmp"
	"slices"

	"beishen/review"
)

// This file holds the clocks of an issued document: one filing clock per
// channel from the publication date, the validity end, the pre-expiry
// evaluation window (即将到期) and the lapse check.

var dueFiling = review.Label{ZH: "报备期限", EN: "filing due"}

// RequiredChannels are the channels an issued document of the office must
// be filed with: a government's or its office's document with the
// same-level NPC standing committee and the government one level up; a
// department's with the government only (§6.1). Documents filed with the
// office by others (备案件) are not the office's to file.
func RequiredChannels(kind review.Kind, issuer review.IssuerType) []Channel {
	if kind != review.Draft {
		return nil
	}
	switch issuer {
	case review.IssuerGovernment, review.IssuerOffice, review.IssuerUnknown:
		return []Channel{NPC, Government}
	}
	return []Channel{Government}
}

// FilingClock is the state of one channel of an issued document.
type FilingClock struct {
	Channel Channel
	Due     review.Date // publication + the channel's period
	Record  review.Filing
	Filed   bool // a record exists
	// OnTime is judged by the first submission: a re-filing after 暂缓登记
	// does not make a timely filing late.
	OnTime bool
	// Pending is true while the office still has to act: not filed yet, or
	// deferred (暂缓登记) and waiting to be re-filed by ResubmitBy.
	Pending bool
	// PendingDue is the day the pending action is due: Due, or the
	// resubmission deadline after 暂缓登记.
	PendingDue review.Date
	Overdue    bool
	// Tentative and PendingTentative say Due and PendingDue rest on the
	// provisional holiday calendar (暂定): they may move when the official
	// arrangement of their year is entered in the settings.
	Tentative        bool
	PendingTentative bool
	// Err is why Due (or, after 暂缓登记, PendingDue) could not be
	// computed; the clock is still listed with the record it has.
	Err error `json:"-"`
}

// FilingClocks returns the filing clock of every required channel of row,
// plus any channel recorded beyond them, in channel order. A document not
// yet published has none. A date that cannot be computed leaves the clock's
// Err set; the error returned is only that of building the calendar.
func FilingClocks(row review.Summary, s Settings, today review.Date) ([]FilingClock, error) {
	if row.Published.IsZero() {
		return nil, nil
	}
	cal, err := s.Calendar()
	if err != nil {
		return nil, err
	}
	chans := RequiredChannels(row.Kind, row.IssuerType)
	for _, f := range row.Filings {
		if !slices.Contains(chans, Channel(f.Channel)) {
			chans = append(chans, Channel(f.Channel))
		}
	}
	var out []FilingClock
	for _, ch := range chans {
		fc := FilingClock{Channel: ch}
		fc.Due, fc.Tentative, fc.Err = filingDue(row.Published, ch, s, cal)
		fc.PendingDue, fc.PendingTentative = fc.Due, fc.Tentative
		for _, f := range row.Filings {
			if Channel(f.Channel) == ch {
				fc.Record, fc.Filed = f, true
			}
		}
		switch {
		case !fc.Filed:
			fc.Pending = true
		case fc.Record.Result == review.FilingDeferred:
			by, tentative, err := resubmitBy(fc.Record, s, cal)
			if err != nil && fc.Err == nil {
				fc.Err = err
			}
			fc.Pending = !by.IsZero() || err != nil
			fc.PendingDue, fc.PendingTentative = by, tentative
		}
		fc.OnTime = fc.Filed && !fc.Due.IsZero() && !fc.Record.FirstSubmitted.After(fc.Due)
		fc.Overdue = fc.Pending && !fc.PendingDue.IsZero() && today.After(fc.PendingDue)
		out = append(out, fc)
	}
	return out, nil
}

// resubmitBy is the re-filing deadline of a deferred filing: derived from
// the notice day on the current calendar when the record has it (so it
// follows the settings), else the date stored when it was recorded.
func resubmitBy(f review.Filing, s Settings, cal *Calendar) (review.Date, bool, error) {
	if f.Noticed.IsZero() {
		return f.ResubmitBy, f.ResubmitProvisional, nil
	}
	by, err := cal.Add(f.Noticed, s.FilingResubmission)
	if err != nil {
		return f.ResubmitBy, f.ResubmitProvisional, err
	}
	return by, cal.TentativeFor(f.Noticed, s.FilingResubmission, by), nil
}

// NextFiling is the earliest pending filing clock of row, if any.
func NextFiling(row review.Summary, s Settings, today review.Date) (FilingClock, bool, error) {
	clocks, err := FilingClocks(row, s, today)
	if err != nil {
		return FilingClock{}, false, err
	}
	var best FilingClock
	found := false
	var undated error
	for _, c := range clocks {
		if c.Pending && c.PendingDue.IsZero() && c.Err != nil && undated == nil {
			undated = c.Err
		}
		if c.Pending && !c.PendingDue.IsZero() && (!found || c.PendingDue.Before(best.PendingDue)) {
			best, found = c, true
		}
	}
	if !found && undated != nil {
		return best, false, undated
	}
	return best, found, nil
}

// Recompute lists the re-filing deadlines stored in row's filings that the
// calendar cal now computes on official arrangements only: deferred
// filings whose ResubmitBy was recorded as provisional (暂定) or could not
// be computed, and whose notice day is known. A deadline that cannot be
// computed yet, or only provisionally again, is left for a later run,
// except that a missing one is filled in, provisionally if need be.
// `beishen tick` appends one event for each.
func Recompute(row review.Summary, s Settings, cal *Calendar) []review.DeadlineRecomputed {
	var out []review.DeadlineRecomputed
	for _, f := range row.Filings {
		if f.Result != review.FilingDeferred || f.Noticed.IsZero() || !(f.ResubmitProvisional || f.ResubmitBy.IsZero()) {
			continue
		}
		by, err := cal.Add(f.Noticed, s.FilingResubmission)
		if err != nil {
			continue
		}
		tentative := cal.TentativeFor(f.Noticed, s.FilingResubmission, by)
		if tentative && !f.ResubmitBy.IsZero() {
			continue
		}
		out = append(out, review.DeadlineRecomputed{Deadline: review.DeadlineResubmission, Channel: f.Channel,
			Was: f.ResubmitBy, Date: by, Provisional: tentative})
	}
	return out
}

// ValidityOf is the last day row is in force: its recorded end, or the end
// computed from its effective date and the jurisdiction's default validity.
// Zero when neither is known.
func ValidityOf(row review.Summary, s Settings) review.Date {
	if !row.ValidityEnd.IsZero() {
		return row.ValidityEnd
	}
	if row.Effective.IsZero() {
		return review.Date{}
	}
	return ValidityEnd(row.Effective, row.ValidityYears, row.Provisional, s)
}

// Expiring is the 即将到期 list: documents in force (or under cleanup)
// whose validity ends within the evaluation window (s.EvaluationMonths
// months) from today, earliest end first. Documents already past their end
// are left to Lapsing.
func Expiring(rows []review.Summary, s Settings, today review.Date) []review.Summary {
	var out []review.Summary
	for _, r := range rows {
		if !r.Stage.InEffect() {
			continue
		}
		end := ValidityOf(r, s)
		if end.IsZero() || Lapsed(end, today) || today.Before(EvaluationOpens(end, s)) {
			continue
		}
		out = append(out, r)
	}
	sortByValidity(out, s)
	return out
}

// Lapsing lists the documents in force that have passed their validity end
// by today: `beishen tick` records their lapse.
func Lapsing(rows []review.Summary, s Settings, today review.Date) []review.Summary {
	var out []review.Summary
	for _, r := range rows {
		if r.Stage == review.StageInForce && Lapsed(ValidityOf(r, s), today) {
			out = append(out, r)
		}
	}
	sortByValidity(out, s)
	return out
}

func sortByValidity(rows []review.Summary, s Settings) {
	slices.SortStableFunc(rows, func(a, b review.Summary) int {
		return cmp.Or(ValidityOf(a, s).Compare(ValidityOf(b, s)), cmp.Compare(a.ID, b.ID))
	})
}

// CompareDue orders queue rows by their due date: overdue and earliest
// first, paused clocks after dated ones, rows with nothing due last. The
// screen sorts with it: slices.SortFunc(rows, func(a, b) int { return
// deadline.CompareDue(dues[a.ID], dues[b.ID]) }).
func CompareDue(a, b Due) int {
	rank := func(d Due) int {
		switch {
		case !d.Date.IsZero():
			return 0
		case d.Paused:
			return 1
		}
		return 2
	}
	if c := cmp.Compare(rank(a), rank(b)); c != 0 {
		return c
	}
	return a.Date.Compare(b.Date)
}
