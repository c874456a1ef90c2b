package deadline

import "beishen/review"

// FiledLate says whether a filed document reached the office after its
// filing deadline: 公布日期 plus the period of the channel it came through
// (the government channel by default). Without a publication date the
// 成文日期 stands in for it: a 规范性文件 is issued (印发) on the day it is
// signed, and a late filing must not escape the flag for want of the
// second date. A document with neither cannot be judged and is not late.
func FiledLate(m review.Meta, s Settings) (late bool, due review.Date, err error) {
	late, due, _, err = FiledLateTentative(m, s)
	return late, due, err
}

// FiledLateTentative is FiledLate and whether the deadline rests on the
// provisional holiday calendar (暂定): derived from the facts each time it
// is shown, it follows a new arrangement in the settings by itself.
func FiledLateTentative(m review.Meta, s Settings) (late bool, due review.Date, tentative bool, err error) {
	start := m.Published
	if start.IsZero() {
		start = m.Signed
	}
	if start.IsZero() || m.Received.IsZero() {
		return false, review.Date{}, false, nil
	}
	ch := Channel(m.FiledVia)
	if ch == "" {
		ch = Government
	}
	cal, err := s.Calendar()
	if err != nil {
		return false, due, false, err
	}
	due, tentative, err = filingDue(start, ch, s, cal)
	if err != nil {
		return false, due, false, err
	}
	return m.Received.After(due), due, tentative, nil
}

// IssuerResponseDue is the last day for the issuer of a filed document to
// correct it or answer a written review opinion noticed on day (30 days
// from the notice: 法规规章备案审查条例第二十一条, 北京条例第二十九条).
func IssuerResponseDue(day review.Date, s Settings) (review.Date, error) {
	due, _, err := IssuerResponseDueTentative(day, s)
	return due, err
}

// IssuerResponseDueTentative is IssuerResponseDue and whether the date
// rests on the provisional holiday calendar (暂定).
func IssuerResponseDueTentative(day review.Date, s Settings) (review.Date, bool, error) {
	cal, err := s.Calendar()
	if err != nil {
		return review.Date{}, false, err
	}
	due, err := cal.Add(day, s.IssuerResponse)
	if err != nil {
		return review.Date{}, false, err
	}
	return due, cal.TentativeFor(day, s.IssuerResponse, due), nil
}

// RecomputeFiled lists the deadlines stored on a filed document's road
// that were computed on a provisional calendar (暂定) and that cal now
// computes on official arrangements only: the 补正 deadline of a 暂缓登记
// (from the registration day, the filing_resubmission period, as the
// screen and register compute it) and the issuer's deadline to correct or
// answer (from the outcome's day, the issuer_response period). One still
// provisional is left for a later run. `beishen tick` appends one event
// for each, as Recompute's.
func RecomputeFiled(d review.Document, s Settings, cal *Calendar) []review.DeadlineRecomputed {
	var out []review.DeadlineRecomputed
	again := func(name string, day, was review.Date, p Period) {
		due, err := cal.Add(day, p)
		if err != nil || cal.TentativeFor(day, p, due) {
			return
		}
		out = append(out, review.DeadlineRecomputed{Deadline: name, Was: was, Date: due})
	}
	if r := d.Registration; d.Stage == review.StageDeferred && r != nil && r.DueProvisional {
		again(review.DeadlineSupplement, r.Date, r.Due, s.FilingResubmission)
	}
	if r := d.Review; (d.Stage == review.StageCorrecting || d.Stage == review.StageAwaiting) && r != nil && r.DueProvisional {
		again(review.DeadlineIssuer, r.Date, r.Due, s.IssuerResponse)
	}
	return out
}

// ConsultationEnough says whether a public consultation ran long enough:
// at least the general period, or the longer one for measures that affect
// operators (legal-rules G37‑16: 7 working days; 30 days). due is the day
// the window had to reach.
func ConsultationEnough(w review.ConsultationWindow, affectsOperators bool, s Settings) (ok bool, due review.Date, err error) {
	p := s.CommentGeneral
	if affectsOperators {
		p = s.CommentOperators
	}
	if due, err = add(w.From, p, s); err != nil {
		return false, due, err
	}
	return !w.To.Before(due), due, nil
}
