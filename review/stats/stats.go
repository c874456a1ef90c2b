// Package stats computes the year's figures of a legal office's annual
// report (法治政府建设情况报告): documents received, decisions and the
// correction rate, filings and their timeliness, fair-competition reviews,
// findings by rule, cleanup and lapses. It folds the log and the documents
// handed to it; rendering is in render.go.
package stats

import (
	"cmp"
	"math"
	"slices"

	"beishen/review"
	"beishen/review/deadline"
)

// Report is one year's figures. Rates are percentages rounded to two
// decimals, nil when there is nothing to divide by.
type Report struct {
	Year      int       `json:"year"`
	Received  Received  `json:"received"`
	Decisions Decisions `json:"decisions"`
	// CorrectionRate = (PassAmended + Return + Reject) / Decisions.Total.
	CorrectionRate *float64          `json:"correction_rate"`
	Filing         Filing            `json:"filing"`
	FilingReview   FilingReview      `json:"filing_review"`
	Fair           Fair              `json:"fair_competition"`
	Findings       []RuleFigures     `json:"findings"`
	Cleanup        CleanupFigures    `json:"cleanup"`
	Lapsed         int               `json:"lapsed"` // lapsed automatically at validity end
	Definitions    map[string]string `json:"definitions"`
}

// Received counts documents received in the year (Meta.Received) by kind.
type Received struct {
	Drafts int `json:"drafts"` // 送审稿
	Filed  int `json:"filed"`  // 备案件
	Total  int `json:"total"`
}

// Decisions counts decisions given in the year. A document decided twice
// (returned, then passed on resubmission) counts twice: the unit is the
// decision (件次), as each is a review opinion issued.
type Decisions struct {
	Total       int `json:"total"`
	Pass        int `json:"pass"`
	PassAmended int `json:"pass_amended"`
	Return      int `json:"return"`
	Reject      int `json:"reject"`
	Drafts      int `json:"drafts"` // decisions on 送审稿
	Filed       int `json:"filed"`  // decisions on 备案件
}

// Filing counts the filing records whose first submission fell in the year.
type Filing struct {
	Documents  int              `json:"documents"` // distinct documents filed
	Records    int              `json:"records"`   // one per document and channel
	OnTime     int              `json:"on_time"`
	Late       int              `json:"late"`
	OnTimeRate *float64         `json:"on_time_rate"`
	Unfiled    int              `json:"unfiled"` // required channels due in the year and not filed
	Channels   []ChannelFigures `json:"channels"`

	// Provisional counts the filings (on time or late) and the unfiled
	// channels above whose deadline rests on the provisional holiday
	// calendar of a year without an official arrangement (暂定): they may
	// change when the arrangement is entered in the settings.
	Provisional int `json:"provisional_deadlines"`
}

// ChannelFigures are one channel's filings.
type ChannelFigures struct {
	Channel       deadline.Channel `json:"channel"`
	Recipient     string           `json:"recipient"`
	Records       int              `json:"records"`
	OnTime        int              `json:"on_time"`
	Late          int              `json:"late"`
	Registered    int              `json:"registered"`
	NotRegistered int              `json:"not_registered"`
	Deferred      int              `json:"deferred"`
	Pending       int              `json:"pending"`
	Unfiled       int              `json:"unfiled"`
	Provisional   int              `json:"provisional_deadlines"`
}

// Fair counts the fair-competition reviews completed in the year.
type Fair struct {
	Reviewed   int `json:"reviewed"`   // documents that left the FCR stage for decision
	Exceptions int `json:"exceptions"` // of those, documents with an Art.12 exception
	Skipped    int `json:"skipped"`    // documents sent to decision without FCR (not affecting operators)
}

// RuleFigures are the reviewers' answers to one rule's findings.
type RuleFigures struct {
	Rule      string `json:"rule"`
	Confirmed int    `json:"confirmed"`
	Dismissed int    `json:"dismissed"`
}

// CleanupFigures count campaigns opened and outcomes given in the year.
type CleanupFigures struct {
	Campaigns   int `json:"campaigns"`
	Added       int `json:"added"`
	Decided     int `json:"decided"`
	KeepInForce int `json:"continue"`
	Amend       int `json:"amend"`
	Repeal      int `json:"repeal"`
	DeclareVoid int `json:"void"`
}

// Definitions of the rates, printed with the figures.
var (
	CorrectionRule = review.Label{
		ZH: "纠错率＝（修改后通过＋退回修改＋不予通过）÷作出审查决定件次",
		EN: "correction rate = (passed after amendment + returned + rejected) / decisions given",
	}
	OnTimeRule = review.Label{
		ZH: "报备及时率＝按时报送件次÷报送件次；每件文件每个备案渠道计一次，以首次报送日期对照自公布之日起的报备期限",
		EN: "on-time filing rate = filings on time / filings; one per document and channel, the first submission against the deadline from publication",
	}
)

// Compute folds the log and the documents into year's figures. events is
// the whole log (undo and redo are honoured); docs the current states.
func Compute(events []review.Event, docs []review.Document, year int, s deadline.Settings) (Report, error) {
	return compute(events, docs, year, s, func(d *review.Document) bool { return d.Exception.Used() })
}

// compute is Compute with the test of a recorded exception given.
func compute(events []review.Event, docs []review.Document, year int, s deadline.Settings, excepted func(*review.Document) bool) (Report, error) {
	r := Report{Year: year, Definitions: map[string]string{
		"correction_rate": CorrectionRule.ZH, "on_time_rate": OnTimeRule.ZH,
		"filing_review.correction_rate": FilingCorrectionRule.ZH}}
	r.FilingReview.receivedFiled(docs, year, s)
	byID := make(map[uint64]*review.Document, len(docs))
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	for _, d := range docs {
		if d.Meta.Received.Year() != year {
			continue
		}
		r.Received.Total++
		if d.Kind == review.Filed {
			r.Received.Filed++
		} else {
			r.Received.Drafts++
		}
	}
	eff, err := effective(events)
	if err != nil {
		return r, err
	}
	if err := r.fold(eff, byID, year, excepted); err != nil {
		return r, err
	}
	r.CorrectionRate = rate(r.Decisions.PassAmended+r.Decisions.Return+r.Decisions.Reject, r.Decisions.Total)
	r.FilingReview.total()
	if err := r.filings(docs, year, s); err != nil {
		return r, err
	}
	return r, nil
}

// NeedsState says whether ComputeRows reads row r's filing facts for year
// whatever the log holds (a filed document received in the year), so that
// a reader can fetch them ahead.
func NeedsState(r review.Summary, year int) bool {
	return r.Kind == review.Filed && r.Received.Year() == year
}

// fairReviewed says whether a stage change ends a fair-competition review.
func fairReviewed(p *review.StageChanged) bool {
	return p.From == review.StageFairCompetition && p.To == review.StageDecision
}

// Facts are what ComputeRows reads of a document beyond its queue row: a
// filed document's channel and 成文日期, and whether a fair-competition
// review recorded an exception (公平竞争审查条例 第十二条).
type Facts struct {
	FiledVia  string
	Signed    review.Date
	Exception bool
}

// ComputeRows is Compute over the queue rows instead of the full states,
// which a large office reads far faster: a row holds everything the
// figures use but the Facts, which facts supplies for the filed documents
// received in the year and the documents whose fair-competition review
// ended in it.
func ComputeRows(events []review.Event, rows []review.Summary, facts func(id uint64) (Facts, error), year int, s deadline.Settings) (Report, error) {
	docs := make([]review.Document, len(rows))
	at := make(map[uint64]int, len(rows))
	for i, r := range rows {
		docs[i] = review.Document{ID: r.ID, Kind: r.Kind, Stage: r.Stage, Outcome: r.Outcome, Version: r.Version,
			Filings: r.Filings, StageSince: r.StageSince, Pauses: r.Pauses, Updated: r.Updated,
			Meta: review.Meta{Title: r.Title, DocNumber: r.DocNumber, Issuer: r.Issuer, IssuerType: r.IssuerType,
				DraftingUnit: r.DraftingUnit, Received: r.Received, Published: r.Published, Effective: r.Effective,
				ValidityYears: r.ValidityYears, ValidityEnd: r.ValidityEnd, Provisional: r.Provisional,
				AffectsOperators: r.AffectsOperators}}
		at[r.ID] = i
		if NeedsState(r, year) {
			f, err := facts(r.ID)
			if err != nil {
				return Report{}, err
			}
			docs[i].Meta.FiledVia, docs[i].Meta.Signed = f.FiledVia, f.Signed
		}
	}
	excepted := map[uint64]bool{}
	for _, e := range events {
		if e.Type != review.EvStageChanged || e.Day().Year() != year {
			continue
		}
		p, err := e.Decode()
		if err != nil {
			return Report{}, err
		}
		if _, ok := at[e.Doc]; !ok || !fairReviewed(p.(*review.StageChanged)) || excepted[e.Doc] {
			continue
		}
		f, err := facts(e.Doc)
		if err != nil {
			return Report{}, err
		}
		excepted[e.Doc] = f.Exception
	}
	return compute(events, docs, year, s, func(d *review.Document) bool { return excepted[d.ID] })
}

// Counts reports whether event e can count in year's figures: the log-wide
// events and the kinds of action the figures fold, taken in that year. A
// reader of a large log hands Compute only these, plus the whole history
// of any document with an undo or redo (which may take back any event).
func Counts(e review.Event, year int) bool {
	if e.Doc == 0 {
		return true
	}
	return e.Day().Year() == year && Counted(e.Type)
}

// Counted reports whether the figures fold events of type t (a store that
// keeps a summary of them for the figures keys it on this).
func Counted(t review.EventType) bool {
	switch t {
	case review.EvDecision, review.EvStageChanged, review.EvFindingConfirm, review.EvFindingDismiss,
		review.EvCampaignOpened, review.EvCleanupAdded, review.EvCleanupOutcome,
		review.EvRegistration, review.EvFilingReviewed:
		return true
	}
	return false
}

// effective keeps, per document, the events undo has not taken back, and
// every log-wide event, in log order. Of a document without an undo or
// redo every event counts but its exports (review.Effective), so only the
// documents with one are replayed.
func effective(events []review.Event) ([]review.Event, error) {
	undoes := map[uint64]bool{}
	for _, e := range events {
		if e.Doc != 0 && (e.Type == review.EvUndo || e.Type == review.EvRedo) {
			undoes[e.Doc] = true
		}
	}
	perDoc := map[uint64][]review.Event{}
	out := make([]review.Event, 0, len(events))
	for _, e := range events {
		switch {
		case e.Doc == 0:
			out = append(out, e)
		case undoes[e.Doc]:
			perDoc[e.Doc] = append(perDoc[e.Doc], e)
		case e.Type != review.EvExport:
			out = append(out, e)
		}
	}
	for _, evs := range perDoc {
		eff, err := review.Effective(evs)
		if err != nil {
			return nil, err
		}
		out = append(out, eff...)
	}
	slices.SortFunc(out, func(a, b review.Event) int { return cmp.Compare(a.Seq, b.Seq) })
	return out, nil
}

func (r *Report) fold(events []review.Event, docs map[uint64]*review.Document, year int, excepted func(*review.Document) bool) error {
	type answerKey struct {
		doc uint64
		key string
	}
	answers := map[answerKey]*review.FindingAnswered{}
	fcr := map[uint64]bool{}
	skipped := map[uint64]bool{}
	for _, e := range events {
		if e.Day().Year() != year {
			continue
		}
		if !Counted(e.Type) {
			continue
		}
		p, err := e.Decode()
		if err != nil {
			return err
		}
		switch p := p.(type) {
		case *review.Decided:
			r.Decisions.Total++
			if d := docs[e.Doc]; d != nil && d.Kind == review.Filed {
				r.Decisions.Filed++
			} else {
				r.Decisions.Drafts++
			}
			switch p.Outcome {
			case review.Pass:
				r.Decisions.Pass++
			case review.PassAmended:
				r.Decisions.PassAmended++
			case review.Return:
				r.Decisions.Return++
			case review.Reject:
				r.Decisions.Reject++
			}
		case *review.StageChanged:
			switch {
			case fairReviewed(p):
				fcr[e.Doc] = true
			case p.From == review.StageLegality && p.To == review.StageDecision:
				skipped[e.Doc] = true
			case p.To == review.StageLapsed && p.Reason == review.LapseReason:
				r.Lapsed++
			}
		case *review.FindingAnswered:
			answers[answerKey{e.Doc, p.Key}] = p
		case *review.Registration, *review.FilingReviewed:
			r.FilingReview.event(p)
		case *review.CampaignOpened:
			r.Cleanup.Campaigns++
		case *review.CleanupAdded:
			r.Cleanup.Added++
		case *review.CleanupDecided:
			r.Cleanup.Decided++
			switch p.Outcome {
			case review.KeepInForce:
				r.Cleanup.KeepInForce++
			case review.Amend:
				r.Cleanup.Amend++
			case review.Repeal:
				r.Cleanup.Repeal++
			case review.DeclareVoid:
				r.Cleanup.DeclareVoid++
			}
		}
	}
	r.Fair.Reviewed = len(fcr)
	for id := range fcr {
		if d := docs[id]; d != nil && excepted(d) {
			r.Fair.Exceptions++
		}
		delete(skipped, id) // sent back and reviewed after all
	}
	r.Fair.Skipped = len(skipped)
	rules := map[string]*RuleFigures{}
	for _, a := range answers {
		f := rules[a.Rule]
		if f == nil {
			f = &RuleFigures{Rule: a.Rule}
			rules[a.Rule] = f
		}
		if a.Confirm {
			f.Confirmed++
		} else {
			f.Dismissed++
		}
	}
	r.Findings = []RuleFigures{}
	for _, f := range rules {
		r.Findings = append(r.Findings, *f)
	}
	slices.SortFunc(r.Findings, func(a, b RuleFigures) int { return cmp.Compare(a.Rule, b.Rule) })
	return nil
}

func (r *Report) filings(docs []review.Document, year int, s deadline.Settings) error {
	cal, err := s.Calendar()
	if err != nil {
		return err
	}
	chans := map[deadline.Channel]*ChannelFigures{}
	channel := func(ch deadline.Channel) *ChannelFigures {
		if chans[ch] == nil {
			chans[ch] = &ChannelFigures{Channel: ch, Recipient: ch.Label().ZH}
		}
		return chans[ch]
	}
	for _, ch := range deadline.Channels {
		channel(ch)
	}
	for i := range docs {
		d := &docs[i]
		if d.Meta.Published.IsZero() {
			continue
		}
		filed := false
		for _, f := range d.Filings {
			if f.FirstSubmitted.Year() != year {
				continue
			}
			ch := deadline.Channel(f.Channel)
			due, tentative, err := deadline.FilingDueOn(d.Meta.Published, ch, s, cal)
			if err != nil {
				return err
			}
			c := channel(ch)
			if tentative {
				c.Provisional++
			}
			if f.Recipient != "" {
				c.Recipient = f.Recipient
			}
			c.Records++
			filed = true
			if f.FirstSubmitted.After(due) {
				c.Late++
			} else {
				c.OnTime++
			}
			switch f.Result {
			case review.FilingRegistered:
				c.Registered++
			case review.FilingRefused:
				c.NotRegistered++
			case review.FilingDeferred:
				c.Deferred++
			default:
				c.Pending++
			}
		}
		if filed {
			r.Filing.Documents++
		}
		if !d.Stage.InEffect() {
			continue
		}
		for _, ch := range deadline.RequiredChannels(d.Kind, d.Meta.IssuerType) {
			if _, ok := d.FilingOn(string(ch)); ok {
				continue
			}
			due, tentative, err := deadline.FilingDueOn(d.Meta.Published, ch, s, cal)
			if err != nil {
				return err
			}
			if due.Year() == year {
				channel(ch).Unfiled++
				if tentative {
					channel(ch).Provisional++
				}
			}
		}
	}
	for _, c := range chans {
		r.Filing.Records += c.Records
		r.Filing.OnTime += c.OnTime
		r.Filing.Late += c.Late
		r.Filing.Unfiled += c.Unfiled
		r.Filing.Provisional += c.Provisional
		r.Filing.Channels = append(r.Filing.Channels, *c)
	}
	order := func(ch deadline.Channel) int {
		if i := slices.Index(deadline.Channels, ch); i >= 0 {
			return i
		}
		return len(deadline.Channels)
	}
	slices.SortFunc(r.Filing.Channels, func(a, b ChannelFigures) int {
		return cmp.Or(cmp.Compare(order(a.Channel), order(b.Channel)), cmp.Compare(a.Channel, b.Channel))
	})
	r.Filing.OnTimeRate = rate(r.Filing.OnTime, r.Filing.Records)
	return nil
}

func rate(n, of int) *float64 {
	if of == 0 {
		return nil
	}
	v := math.Round(float64(n)*10000/float64(of)) / 100
	return &v
}
