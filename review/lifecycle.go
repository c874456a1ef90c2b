package review

import (
	"fmt"
	"strings"
)

// This file holds what happens to a document after issuance: its filing
// records, its lapse, and its cleanup history (legal-rules.md §6–§7, §12).

// FilingResult is the recipient's registration decision (B‑4, N‑7).
type FilingResult string

const (
	FilingPending    FilingResult = ""               // 已报送，待登记
	FilingRegistered FilingResult = "registered"     // 登记（予以备案登记）
	FilingRefused    FilingResult = "not_registered" // 不予登记
	FilingDeferred   FilingResult = "deferred"       // 暂缓登记：须在期限内补正重报
)

var filingResultLabels = map[FilingResult]Label{
	FilingPending:    {"待登记", "Awaiting registration"},
	FilingRegistered: {"登记", "Registered"},
	FilingRefused:    {"不予登记", "Not registered"},
	FilingDeferred:   {"暂缓登记", "Registration deferred"},
}

// FilingResults lists the results in the order a form offers them.
var FilingResults = []FilingResult{FilingPending, FilingRegistered, FilingRefused, FilingDeferred}

func (r FilingResult) Label() Label { return labelOr(filingResultLabels, r) }

// ParseFilingResult accepts a code or its Chinese or English label.
func ParseFilingResult(s string) (FilingResult, bool) {
	for _, r := range FilingResults {
		l := r.Label()
		if s == string(r) || s == l.ZH || s == l.EN {
			return r, true
		}
	}
	return "", false
}

// Filing is the record of one filing channel of an issued document.
type Filing struct {
	Channel   string `json:"channel"`
	Recipient string `json:"recipient,omitempty"`
	// FirstSubmitted is the first submission on this channel: timeliness is
	// judged by it, a re-filing after 暂缓登记 by ResubmitBy.
	FirstSubmitted Date         `json:"first_submitted"`
	Submitted      Date         `json:"submitted"`
	Result         FilingResult `json:"result,omitempty"`
	ResubmitBy     Date         `json:"resubmit_by"`
	Note           string       `json:"note,omitempty"`
	Recorded       Date         `json:"recorded"`
	// Noticed and ResubmitProvisional are as in FilingRecorded.
	Noticed             Date `json:"noticed,omitzero"`
	ResubmitProvisional bool `json:"resubmit_by_provisional,omitempty"`
}

// FilingOn returns the record of channel ch, if the document was filed there.
func (d *Document) FilingOn(ch string) (Filing, bool) {
	for _, f := range d.Filings {
		if f.Channel == ch {
			return f, true
		}
	}
	return Filing{}, false
}

// LapseReason is the reason of the stage change that `beishen tick` records
// for a document past its validity end (有效期满之日起自动失效, V‑2).
const LapseReason = "有效期届满自动失效"

// CleanupTrigger says why a cleanup campaign was opened (§7.1).
type CleanupTrigger string

const (
	TriggerPeriodic CleanupTrigger = "periodic" // 定期清理
	TriggerLaw      CleanupTrigger = "law"      // 上位法制定、修改、废止
	TriggerExpiry   CleanupTrigger = "expiry"   // 有效期届满前评估
)

var triggerLabels = map[CleanupTrigger]Label{
	TriggerPeriodic: {"定期清理", "Periodic cleanup"},
	TriggerLaw:      {"上位法变化", "Superior-law change"},
	TriggerExpiry:   {"有效期届满评估", "Pre-expiry evaluation"},
}

// CleanupTriggers lists the triggers.
var CleanupTriggers = []CleanupTrigger{TriggerPeriodic, TriggerLaw, TriggerExpiry}

func (t CleanupTrigger) Label() Label { return labelOr(triggerLabels, t) }

// ParseCleanupTrigger accepts a code or its Chinese or English label.
func ParseCleanupTrigger(s string) (CleanupTrigger, bool) {
	for _, t := range CleanupTriggers {
		l := t.Label()
		if s == string(t) || s == l.ZH || s == l.EN {
			return t, true
		}
	}
	return "", false
}

// CleanupOutcome is a campaign's conclusion on a document (§7.2).
type CleanupOutcome string

const (
	KeepInForce CleanupOutcome = "continue" // 继续有效
	Amend       CleanupOutcome = "amend"    // 修改
	Repeal      CleanupOutcome = "repeal"   // 废止
	DeclareVoid CleanupOutcome = "void"     // 宣布失效
)

var cleanupOutcomeLabels = map[CleanupOutcome]Label{
	KeepInForce: {"继续有效", "Remains in force"},
	Amend:       {"修改", "To be amended"},
	Repeal:      {"废止", "Repealed"},
	DeclareVoid: {"宣布失效", "Declared void"},
}

// CleanupOutcomes lists the outcomes in the order notices publish them.
var CleanupOutcomes = []CleanupOutcome{KeepInForce, Amend, Repeal, DeclareVoid}

func (o CleanupOutcome) Label() Label { return labelOr(cleanupOutcomeLabels, o) }

// ParseCleanupOutcome accepts a code or its Chinese or English label.
func ParseCleanupOutcome(s string) (CleanupOutcome, bool) {
	for _, o := range CleanupOutcomes {
		l := o.Label()
		if s == string(o) || s == l.ZH || s == l.EN {
			return o, true
		}
	}
	return "", false
}

// cleanupTargets is where each outcome leaves the document: amendment
// happens through a new draft, so the document stays in force meanwhile.
var cleanupTargets = map[CleanupOutcome]Stage{
	KeepInForce: StageInForce,
	Amend:       StageInForce,
	Repeal:      StageRepealed,
	DeclareVoid: StageLapsed,
}

// CleanupEntry is one campaign a document went through.
type CleanupEntry struct {
	Campaign uint64         `json:"campaign"`
	Name     string         `json:"name"`
	Reason   string         `json:"reason,omitempty"`
	Added    Date           `json:"added"`
	Outcome  CleanupOutcome `json:"outcome,omitempty"`
	Why      string         `json:"why,omitempty"` // the reason given with the outcome
	Decided  Date           `json:"decided"`
}

// CleanupIn returns the document's entry for campaign id.
func (d *Document) CleanupIn(id uint64) (CleanupEntry, bool) {
	for _, c := range d.Cleanups {
		if c.Campaign == id {
			return c, true
		}
	}
	return CleanupEntry{}, false
}

func (d *Document) recordFiling(p *FilingRecorded, e Event, day Date) error {
	action := EvFilingRecorded.Label()
	var m []Label
	if !d.Stage.InEffect() {
		m = append(m, lf("只有已公布生效的文件可以报送备案，当前阶段为“%s”", "only issued documents in force can be filed; the stage is %q", d.Stage.Label()))
	}
	if d.Meta.Published.IsZero() {
		m = append(m, Label{"缺少公布日期", "the publication date is missing"})
	}
	if strings.TrimSpace(p.Channel) == "" {
		m = append(m, Label{"缺少备案渠道", "the filing channel is missing"})
	}
	if p.Submitted.IsZero() {
		m = append(m, Label{"缺少报送日期", "the submission date is missing"})
	} else if !d.Meta.Published.IsZero() && p.Submitted.Before(d.Meta.Published) {
		m = append(m, Label{"报送日期早于公布日期", "the submission date is before publication"})
	} else if e.strict() && p.Submitted.After(day) {
		m = append(m, d.factDate(Label{"报送日期", "the submission date"}, p.Submitted, day)...)
	}
	if !p.Noticed.IsZero() && p.Noticed.Before(p.Submitted) {
		m = append(m, Label{"暂缓登记通知日期早于报送日期", "the deferral notice date is before the submission"})
	} else if e.strict() && p.Noticed.After(day) {
		m = append(m, d.factDate(Label{"暂缓登记通知日期", "the deferral notice date"}, p.Noticed, day)...)
	}
	if _, ok := filingResultLabels[p.Result]; !ok {
		m = append(m, lf("未知的登记结果“%s”", "unknown registration result %q", string(p.Result)))
	}
	if err := refuse(action, m...); err != nil {
		return err
	}
	f := Filing{Channel: p.Channel, Recipient: p.Recipient, FirstSubmitted: p.Submitted, Submitted: p.Submitted,
		Result: p.Result, ResubmitBy: p.ResubmitBy, Note: p.Note, Recorded: day,
		Noticed: p.Noticed, ResubmitProvisional: p.ResubmitProvisional}
	for i := range d.Filings {
		if d.Filings[i].Channel == p.Channel {
			if first := d.Filings[i].FirstSubmitted; !first.IsZero() && first.Before(f.FirstSubmitted) {
				f.FirstSubmitted = first
			}
			d.Filings[i] = f
			return nil
		}
	}
	d.Filings = append(d.Filings, f)
	return nil
}

func (d *Document) addToCleanup(p *CleanupAdded, day Date) error {
	action := EvCleanupAdded.Label()
	var m []Label
	if p.Campaign == 0 {
		m = append(m, Label{"缺少清理批次", "the campaign is missing"})
	}
	if d.Stage != StageInForce {
		m = append(m, lf("只有已生效的文件可以纳入清理，当前阶段为“%s”", "only documents in force can be added to a cleanup; the stage is %q", d.Stage.Label()))
	}
	if _, ok := d.CleanupIn(p.Campaign); ok && p.Campaign != 0 {
		m = append(m, lf("文件已在清理批次 #%d 中", "the document is already in campaign #%d", p.Campaign))
	}
	if err := refuse(action, m...); err != nil {
		return err
	}
	d.Cleanups = append(d.Cleanups, CleanupEntry{Campaign: p.Campaign, Name: p.Name, Reason: p.Reason, Added: day})
	d.Stage, d.StageSince = StageCleanup, day
	return nil
}

func (d *Document) decideCleanup(p *CleanupDecided, day Date) error {
	action := lf("作出清理结论“%s”", "conclude cleanup as %q", p.Outcome.Label())
	to, known := cleanupTargets[p.Outcome]
	var m []Label
	if !known {
		m = append(m, lf("未知的清理结论“%s”", "unknown cleanup outcome %q", string(p.Outcome)))
	}
	i := -1
	for j, c := range d.Cleanups {
		if c.Campaign == p.Campaign {
			i = j
		}
	}
	switch {
	case i < 0:
		m = append(m, lf("文件不在清理批次 #%d 中", "the document is not in campaign #%d", p.Campaign))
	case d.Stage != StageCleanup || d.Cleanups[i].Outcome != "":
		m = append(m, lf("文件在清理批次 #%d 中已有结论", "the document already has an outcome in campaign #%d", p.Campaign))
	}
	if p.Outcome != KeepInForce && strings.TrimSpace(p.Reason) == "" {
		m = append(m, Label{"修改、废止、宣布失效需要填写理由", "amend, repeal and declare void need a reason"})
	}
	if err := refuse(action, m...); err != nil {
		return err
	}
	d.Cleanups[i].Outcome, d.Cleanups[i].Why, d.Cleanups[i].Decided = p.Outcome, p.Reason, day
	d.Stage, d.StageSince = to, day
	return nil
}

// logWide lists the events that belong to the log as a whole (Doc 0).
func logWide(t EventType) bool {
	switch t {
	case EvExport, EvCampaignOpened, EvCampaignClosed, EvLawsImported:
		return true
	}
	return false
}

func checkCampaign(p Payload) error {
	switch p := p.(type) {
	case *CampaignOpened:
		var m []Label
		if strings.TrimSpace(p.Name) == "" {
			m = append(m, Label{"缺少清理名称", "the campaign name is missing"})
		}
		if _, ok := triggerLabels[p.Trigger]; !ok {
			m = append(m, lf("未知的清理起因“%s”", "unknown cleanup trigger %q", string(p.Trigger)))
		}
		if p.Trigger == TriggerLaw && strings.TrimSpace(p.Law) == "" {
			m = append(m, Label{"上位法变化引起的清理需要写明法律名称", "a superior-law cleanup needs the law's name"})
		}
		return refuse(EvCampaignOpened.Label(), m...)
	case *CampaignClosed:
		if p.Campaign == 0 {
			return fmt.Errorf("结束清理需要指明清理批次")
		}
	}
	return nil
}
