package stats

import (
	"beishen/review"
	"beishen/review/deadline"
)

// FilingReview are the year's figures of the documents other bodies filed
// with the office (备案审查), as the annual report gives them: received,
// late, registered, reviewed and corrected, with the channel they came by.
type FilingReview struct {
	Received      int `json:"received"` // filed documents received in the year
	Late          int `json:"late"`     // of those, filed after their deadline
	Registered    int `json:"registered"`
	Deferred      int `json:"deferred"`
	NotRegistered int `json:"not_registered"`
	// Reviewed counts the reviews concluded in the year (件次): found
	// without problem, or with a problem the issuer is asked to correct.
	Reviewed  int `json:"reviewed"`
	NoProblem int `json:"no_problem"`
	// Corrected counts the outcomes that correct a document: self-correction,
	// written opinion, order to correct, revocation.
	Corrected      int              `json:"corrected"`
	SelfCorrected  int              `json:"self_corrected"`
	WrittenOpinion int              `json:"written_opinion"`
	Ordered        int              `json:"ordered"`
	Revoked        int              `json:"revoked"`
	Suspended      int              `json:"suspended"` // clauses stopped (停止执行)
	CorrectionRate *float64         `json:"correction_rate"`
	Channels       []FiledByChannel `json:"channels"`
}

// FiledByChannel are the filed documents received through one channel.
type FiledByChannel struct {
	Channel  deadline.Channel `json:"channel"`
	Received int              `json:"received"`
	Late     int              `json:"late"`
}

// FilingCorrectionRule defines the filing review's correction rate.
var FilingCorrectionRule = review.Label{
	ZH: "备案审查纠错率＝（自行纠正＋书面审查意见＋责令改正＋撤销）÷审查办结件次",
	EN: "filing-review correction rate = (self-corrections + written opinions + orders + revocations) / reviews concluded",
}

// receivedFiled counts the filed documents received in the year, late
// ones and by channel.
func (f *FilingReview) receivedFiled(docs []docRow, year int, s deadline.Settings) {
	by := map[deadline.Channel]*FiledByChannel{}
	for i := range docs {
		d := &docs[i]
		if d.Kind != review.Filed || d.Received.Year() != year {
			continue
		}
		ch := deadline.Channel(d.FiledVia)
		if ch == "" {
			ch = deadline.Government
		}
		c := by[ch]
		if c == nil {
			c = &FiledByChannel{Channel: ch}
			by[ch] = c
		}
		f.Received++
		c.Received++
		if late, _, err := deadline.FiledLate(d.meta(), s); err == nil && late {
			f.Late++
			c.Late++
		}
	}
	for _, ch := range deadline.Channels {
		if c := by[ch]; c != nil {
			f.Channels = append(f.Channels, *c)
		}
	}
}

// event folds one registration or filing-review outcome of the year.
func (f *FilingReview) event(p review.Payload) {
	switch p := p.(type) {
	case *review.Registration:
		switch p.Result {
		case review.FilingRegistered:
			f.Registered++
		case review.FilingDeferred:
			f.Deferred++
		case review.FilingRefused:
			f.NotRegistered++
		}
	case *review.FilingReviewed:
		switch p.Outcome {
		case review.NoProblem:
			f.Reviewed++
			f.NoProblem++
		case review.SelfCorrect:
			f.Reviewed++
			f.SelfCorrected++
		case review.WrittenOpinion:
			f.Reviewed++
			f.WrittenOpinion++
		case review.OrderCorrect:
			f.Reviewed++
			f.Ordered++
		case review.Revoke:
			f.Reviewed++
			f.Revoked++
		case review.SuspendClause:
			f.Suspended++
		}
	}
}

// total derives the corrected count and the rate once every event is in.
func (f *FilingReview) total() {
	f.Corrected = f.SelfCorrected + f.WrittenOpinion + f.Ordered + f.Revoked
	f.CorrectionRate = rate(f.Corrected, f.Reviewed)
}
