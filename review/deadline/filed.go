package deadline

import "beishen/review"

// FiledLate says whether a filed document reached the office after its
// filing deadline: 公布日期 plus the period of the channel it came through
// (the government channel by default). Without a publication date the
// 成文日期 stands in for it: a 规范性文件 is issued (印发) on the day it is
// signed, and a late filing must not escape the flag for want of the
// second date. A document with neither cannot be judged and is not late.
func FiledLate(m review.Meta, s Settings) (late bool, due review.Date, err error) {
	start := m.Published
	if start.IsZero() {
		start = m.Signed
	}
	if start.IsZero() || m.Received.IsZero() {
		return false, review.Date{}, nil
	}
	ch := Channel(m.FiledVia)
	if ch == "" {
		ch = Government
	}
	due, err = FilingDue(start, ch, s)
	if err != nil {
		return false, due, err
	}
	return m.Received.After(due), due, nil
}

// IssuerResponseDue is the last day for the issuer of a filed document to
// correct it or answer a written review opinion noticed on day (30 days
// from the notice: 法规规章备案审查条例第二十一条, 北京条例第二十九条).
func IssuerResponseDue(day review.Date, s Settings) (review.Date, error) {
	return add(day, s.IssuerResponse, s)
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
