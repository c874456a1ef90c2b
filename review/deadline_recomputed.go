package review

// DeadlineResubmission is the deadline DeadlineRecomputed names for the
// resubmission period after 暂缓登记 (FilingRecorded.ResubmitBy).
const DeadlineResubmission = "resubmission"

// The stored deadlines of a filed document's road DeadlineRecomputed can
// name: the 补正 deadline of a 暂缓登记 (Registration.Due) and the issuer's
// deadline to correct or answer (FilingReviewed.Due).
const (
	DeadlineSupplement = "supplement"
	DeadlineIssuer     = "issuer_response"
)

// DeadlineRecomputed records that a deadline stored in the log was computed
// again: one computed on the provisional holiday calendar (暂定), or not
// computable when the fact was recorded, now that the official arrangement
// of its year is in the settings. `beishen tick` appends it; deadlines that
// are derived at display time from facts (the filing and review clocks)
// need no such event, they follow the settings by themselves.
type DeadlineRecomputed struct {
	Deadline string `json:"deadline"` // DeadlineResubmission, DeadlineSupplement, DeadlineIssuer
	Channel  string `json:"channel"`  // the filing channel whose ResubmitBy it is (DeadlineResubmission)
	Was      Date   `json:"was"`      // the stored date; zero if none could be computed
	Date     Date   `json:"date"`     // the recomputed date
	// Provisional is true if the new date still rests on a provisional year.
	Provisional bool `json:"provisional,omitempty"`
}

func (DeadlineRecomputed) EventType() EventType { return EvDeadlineRecomputed }

// Label names the recomputed deadline.
func (p DeadlineRecomputed) Label() Label {
	switch p.Deadline {
	case DeadlineResubmission:
		return Label{"补正重报期限", "re-filing deadline"}
	case DeadlineSupplement:
		return Label{"补正期限", "supplement deadline"}
	case DeadlineIssuer:
		return Label{"纠正或回复期限", "issuer's deadline"}
	}
	return Label{p.Deadline, p.Deadline}
}

func (d *Document) recomputeDeadline(p *DeadlineRecomputed) error {
	action := EvDeadlineRecomputed.Label()
	if p.Date.IsZero() {
		return refuse(action, Label{"缺少重算后的日期", "the recomputed date is missing"})
	}
	switch p.Deadline {
	case DeadlineResubmission:
	case DeadlineSupplement:
		if d.Stage != StageDeferred || d.Registration == nil {
			return refuse(action, lf("文件处于“%s”，没有待补正的期限", "the document is at %q: no supplement is awaited", d.Stage.Label()))
		}
		return recomputed(action, &d.Registration.Due, &d.Registration.DueProvisional, p)
	case DeadlineIssuer:
		if (d.Stage != StageCorrecting && d.Stage != StageAwaiting) || d.Review == nil {
			return refuse(action, lf("文件处于“%s”，没有待制定机关纠正或回复的期限", "the document is at %q: no correction or answer is awaited", d.Stage.Label()))
		}
		return recomputed(action, &d.Review.Due, &d.Review.DueProvisional, p)
	default:
		return refuse(action, lf("未知的期限“%s”", "unknown deadline %q", p.Deadline))
	}
	for i := range d.Filings {
		f := &d.Filings[i]
		if f.Channel != p.Channel {
			continue
		}
		if f.Result != FilingDeferred {
			return refuse(action, lf("该渠道的登记结果为“%s”，没有补正重报期限", "the channel's result is %q: there is no re-filing deadline", f.Result.Label()))
		}
		if f.ResubmitBy.Equal(p.Date) && f.ResubmitProvisional == p.Provisional {
			return refuse(action, lf("补正重报期限已是 %s，无需重算", "the re-filing deadline is already %s", p.Date.String()))
		}
		f.ResubmitBy, f.ResubmitProvisional = p.Date, p.Provisional
		return nil
	}
	return refuse(action, lf("文件没有向“%s”报送备案的记录", "the document has no filing on channel %q", p.Channel))
}

// recomputed stores p's date in a stored deadline and its flag.
func recomputed(action Label, due *Date, provisional *bool, p *DeadlineRecomputed) error {
	if due.Equal(p.Date) && *provisional == p.Provisional {
		return refuse(action, lf("%s已是 %s，无需重算", "the %s is already %s", p.Label(), p.Date.String()))
	}
	*due, *provisional = p.Date, p.Provisional
	return nil
}
