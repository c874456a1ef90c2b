package review

import (
	"fmt"
	"strings"
)

// This file holds the road of a filed document (备案审查, legal-rules.md §6
// and §12 S8–S9): the office receives a document another body issued, checks
// whether to register it (登记审查), reviews it with the same checklists as
// a draft, and concludes the review with one of the filing-review outcomes
// instead of a draft's decision.

// Stages only filed documents reach.
const (
	StageDeferred      Stage = "deferred"          // 暂缓登记，待补正
	StageNotRegistered Stage = "not_registered"    // 不予登记
	StageCorrecting    Stage = "correcting"        // 待制定机关纠正
	StageAwaiting      Stage = "awaiting_response" // 待制定机关书面回复
	StageRevoked       Stage = "revoked"           // 已撤销
)

func init() {
	stageLabels[StageDeferred] = Label{"暂缓登记", "Registration deferred"}
	stageLabels[StageNotRegistered] = Label{"不予登记", "Not registered"}
	stageLabels[StageCorrecting] = Label{"待纠正", "Awaiting correction"}
	stageLabels[StageAwaiting] = Label{"待回复", "Awaiting response"}
	stageLabels[StageRevoked] = Label{"已撤销", "Revoked"}
	Stages = append(Stages, StageDeferred, StageCorrecting, StageAwaiting, StageNotRegistered, StageRevoked)
}

// Registration is the office's 登记审查 of a filed document (B‑4, N‑7):
// registered, it is reviewed; deferred, the filing body supplements it by
// Due; not registered (not a normative document), the file is closed with
// the reason.
type Registration struct {
	Result    FilingResult `json:"result"`
	Date      Date         `json:"date"`
	Reference string       `json:"reference,omitempty"` // the notice's number
	Missing   []Material   `json:"missing,omitempty"`   // what to supplement
	Due       Date         `json:"due"`                 // supplement by (deferred)
	Reason    string       `json:"reason,omitempty"`
	// DueProvisional: Due was computed on a provisional holiday calendar
	// (暂定); tick recomputes it once the year's arrangement is known.
	DueProvisional bool `json:"due_provisional,omitempty"`
}

// ReviewOutcome is how a filing review ends (S9).
type ReviewOutcome string

const (
	NoProblem      ReviewOutcome = "no_problem"      // 审查无问题，审查终止
	SelfCorrect    ReviewOutcome = "self_correct"    // 沟通后制定机关自行纠正
	WrittenOpinion ReviewOutcome = "written_opinion" // 书面审查意见
	OrderCorrect   ReviewOutcome = "order_correct"   // 责令改正
	Revoke         ReviewOutcome = "revoke"          // 建议撤销/撤销
	SuspendClause  ReviewOutcome = "suspend_clause"  // 停止执行（条款）
	IssuerRepealed ReviewOutcome = "repealed"        // 制定机关已废止
)

var reviewOutcomeLabels = map[ReviewOutcome]Label{
	NoProblem:      {"审查无问题", "No problem found"},
	SelfCorrect:    {"制定机关自行纠正", "Issuer corrects it"},
	WrittenOpinion: {"书面审查意见", "Written review opinion"},
	OrderCorrect:   {"责令改正", "Ordered to correct"},
	Revoke:         {"撤销", "Revoked"},
	SuspendClause:  {"停止执行条款", "Clause suspended"},
	IssuerRepealed: {"制定机关已废止", "Repealed by the issuer"},
}

// ReviewOutcomes lists the outcomes in the order a form offers them.
var ReviewOutcomes = []ReviewOutcome{NoProblem, SelfCorrect, WrittenOpinion, OrderCorrect, Revoke, SuspendClause, IssuerRepealed}

func (o ReviewOutcome) Label() Label { return labelOr(reviewOutcomeLabels, o) }

// ParseReviewOutcome accepts a code or its Chinese or English label.
func ParseReviewOutcome(s string) (ReviewOutcome, bool) { return parseLabelled(ReviewOutcomes, s) }

// FilingReviewed is one outcome of a filing review, with its date and the
// reference of the letter that carried it. Due is the issuer's deadline: to
// correct (自行纠正, 责令改正) or to answer (书面审查意见).
type FilingReviewed struct {
	Outcome   ReviewOutcome `json:"outcome"`
	Date      Date          `json:"date"`
	Reference string        `json:"reference,omitempty"`
	Due       Date          `json:"due"`
	Plan      string        `json:"plan,omitempty"`   // the issuer's correction plan
	Clause    string        `json:"clause,omitempty"` // the clause suspended
	Note      string        `json:"note,omitempty"`
	// DueProvisional: Due was computed on a provisional holiday calendar
	// (暂定); tick recomputes it once the year's arrangement is known.
	DueProvisional bool `json:"due_provisional,omitempty"`
}

func (Registration) EventType() EventType   { return EvRegistration }
func (FilingReviewed) EventType() EventType { return EvFilingReviewed }

// reviewTargets is where each outcome leaves the document; "" keeps it.
// A document found without problem stays in force: the review terminates
// (审查终止), the document lives on, and may later lapse or be cleaned up.
var reviewTargets = map[ReviewOutcome]Stage{
	NoProblem:      StageInForce,
	SelfCorrect:    StageCorrecting,
	WrittenOpinion: StageAwaiting,
	OrderCorrect:   StageCorrecting,
	Revoke:         StageRevoked,
	SuspendClause:  "",
	IssuerRepealed: StageRepealed,
}

func (d *Document) register(p *Registration, day Date, wf int) error {
	action := Label{"登记审查", "decide the registration"}
	var m []Label
	if d.Kind != Filed {
		m = append(m, Label{"只有备案件需要登记审查", "only filed documents are registered"})
	}
	if d.Stage != StageIntake && d.Stage != StageDeferred {
		m = append(m, lf("文件处于“%s”，登记审查已经作出", "the document is at %q: registration was decided", d.Stage.Label()))
	}
	m = append(m, d.factDate(Label{"登记日期", "the registration date"}, p.Date, day)...)
	switch p.Result {
	case FilingRegistered:
		// 予以登记 says the materials are complete (the 备案登记通知 prints
		// “报送材料齐全”): since workflow 4 the record must agree.
		if miss := d.MissingMaterials(); wf >= 4 && len(miss) > 0 {
			names := MaterialNames(miss)
			m = append(m, Label{"材料尚缺：" + names.ZH + "（收到的用 m 或 materials 标记，否则暂缓登记）",
				"materials missing: " + names.EN + "; mark those received (m or materials), or defer the registration"})
		}
	case FilingDeferred:
		if len(p.Missing) == 0 && strings.TrimSpace(p.Reason) == "" {
			m = append(m, Label{"暂缓登记需要写明补正的材料或事项", "a deferral must say what to supplement"})
		}
		if p.Due.IsZero() {
			m = append(m, Label{"暂缓登记需要补正期限", "a deferral needs the supplement deadline"})
		}
	case FilingRefused:
		if strings.TrimSpace(p.Reason) == "" {
			m = append(m, Label{"不予登记需要写明理由（如不属于行政规范性文件）", "not registering needs the reason (e.g. not a normative document)"})
		}
	default:
		m = append(m, lf("未知的登记结果“%s”", "unknown registration result %q", string(p.Result)))
	}
	if err := refuse(action, m...); err != nil {
		return err
	}
	rec := *p
	d.Registration = &rec
	d.Stage, d.StageSince = registrationTargets[p.Result], day
	return nil
}

// registrationTargets is where each registration result leaves a filed
// document: registered, its review begins.
var registrationTargets = map[FilingResult]Stage{
	FilingRegistered: StageLegality,
	FilingDeferred:   StageDeferred,
	FilingRefused:    StageNotRegistered,
}

// outcomeAt says whether outcome o can be given to a filed document at
// stage s, and if not, why (legal-rules §12, S9).
func outcomeAt(o ReviewOutcome, s Stage) (Label, bool) {
	switch o {
	case NoProblem, SelfCorrect, WrittenOpinion:
		if s != StageDecision {
			return lf("审查清单完成、进入“待决定”后才能作出此结论，当前阶段为“%s”",
				"this outcome needs the checklists done and the document awaiting the conclusion; the stage is %q", s.Label()), false
		}
	case OrderCorrect, Revoke:
		if s != StageDecision && s != StageCorrecting && s != StageAwaiting {
			return lf("审查后或制定机关未按期纠正、回复时才能作出此结论，当前阶段为“%s”",
				"this outcome follows the review or an issuer that did not correct or answer; the stage is %q", s.Label()), false
		}
	case SuspendClause:
		if s.Closed() || s == StageIntake || s == StageDeferred {
			return lf("登记后、审查终结前才能停止执行条款，当前阶段为“%s”", "a clause is suspended between registration and the end of the review; the stage is %q", s.Label()), false
		}
	case IssuerRepealed:
		if s != StageCorrecting && s != StageAwaiting {
			return lf("只有待纠正、待回复的文件可以登记制定机关已废止，当前阶段为“%s”",
				"only documents awaiting correction or an answer can be recorded as repealed; the stage is %q", s.Label()), false
		}
	}
	return Label{}, true
}

// ReviewOutcomesNow are the outcomes the document's stage allows, in the
// order a form offers them: waiting on the issuer, the review is not
// concluded again (its corrected text comes in as a new version), but the
// issuer may be ordered, revoked, stopped at a clause or found to repeal.
func (d *Document) ReviewOutcomesNow() []ReviewOutcome {
	var out []ReviewOutcome
	for _, o := range ReviewOutcomes {
		if _, ok := outcomeAt(o, d.Stage); ok {
			out = append(out, o)
		}
	}
	return out
}

func (d *Document) concludeReview(p *FilingReviewed, day Date) error {
	action := lf("作出审查结论“%s”", "conclude the review as %q", p.Outcome.Label())
	to, known := reviewTargets[p.Outcome]
	var m []Label
	if d.Kind != Filed {
		m = append(m, Label{"送审稿请作出审核决定（D）", "drafts get a decision (D)"})
	}
	if !known {
		m = append(m, lf("未知的审查结论“%s”", "unknown review outcome %q", string(p.Outcome)))
	}
	m = append(m, d.factDate(Label{"结论日期", "the date"}, p.Date, day)...)
	if why, ok := outcomeAt(p.Outcome, d.Stage); !ok && known {
		m = append(m, why)
	}
	switch p.Outcome {
	case NoProblem, SelfCorrect, WrittenOpinion:
		h, md, l := d.OpenFindings()
		if h+md+l > 0 {
			m = append(m, lf("尚有 %d 条自动发现未确认或排除", "%d automatic findings are neither confirmed nor dismissed", h+md+l))
		}
	case SuspendClause:
		if strings.TrimSpace(p.Clause) == "" {
			m = append(m, Label{"停止执行需要写明条款", "a suspension names the clause"})
		}
	}
	switch p.Outcome {
	case NoProblem:
		if n := d.ConfirmedCount(); n > 0 {
			m = append(m, lf("已确认问题 %d 条，不能作出“审查无问题”结论", "%d findings are confirmed: the review cannot find no problem", n))
		}
	case SelfCorrect:
		if strings.TrimSpace(p.Plan) == "" {
			m = append(m, Label{"自行纠正需要制定机关的纠正方案", "self-correction needs the issuer's plan"})
		}
		fallthrough
	case WrittenOpinion, OrderCorrect:
		if p.Due.IsZero() {
			m = append(m, Label{"需要制定机关纠正或回复的期限", "the issuer's deadline is missing"})
		} else if !p.Date.IsZero() && p.Due.Before(p.Date) {
			m = append(m, Label{"期限早于结论日期", "the deadline is before the outcome"})
		}
		if p.Outcome != SelfCorrect && d.ConfirmedCount() == 0 {
			m = append(m, Label{"没有已确认的问题，不能要求纠正", "no finding is confirmed: there is nothing to correct"})
		}
	case Revoke:
		if strings.TrimSpace(p.Note) == "" {
			m = append(m, Label{"撤销需要写明理由", "a revocation needs its reason"})
		}
	}
	if err := refuse(action, m...); err != nil {
		return err
	}
	if p.Outcome == SuspendClause {
		d.Suspended = append(d.Suspended, *p)
		return nil
	}
	rec := *p
	d.Review = &rec
	d.Stage, d.StageSince = to, day
	return nil
}

// ConfirmedCount is how many of the document's findings are confirmed.
func (d *Document) ConfirmedCount() int {
	n := 0
	for _, f := range d.Findings {
		if f.Status == FindingConfirmed {
			n++
		}
	}
	return n
}

// FiledOpen reports whether a filed document still waits on someone: the
// filing body (deferred, correcting, awaiting a response) or the office.
func (d *Document) FiledOpen() bool {
	return d.Kind == Filed && !d.Stage.Closed() && d.Stage != StageInForce
}

// Issuer's clock: the deadline the filing body must meet now, if any.
func (d *Document) IssuerDue() (Date, Label, bool) {
	switch {
	case d.Stage == StageDeferred && d.Registration != nil:
		return d.Registration.Due, Label{"补正期限", "Supplement by"}, true
	case (d.Stage == StageCorrecting || d.Stage == StageAwaiting) && d.Review != nil:
		if d.Stage == StageAwaiting {
			return d.Review.Due, Label{"回复期限", "Answer by"}, true
		}
		return d.Review.Due, Label{"纠正期限", "Correct by"}, true
	}
	return Date{}, Label{}, false
}

// FilingLines are the registration and the review outcome as one line
// each, for a view that shows the issuer's clock (IssuerDue) on a line of
// its own: the record that set the running clock leaves its date to that
// line instead of saying it twice.
func (d *Document) FilingLines(lang Lang) (registration, outcome string) {
	_, _, running := d.IssuerDue()
	if r := d.Registration; r != nil {
		registration = r.say(lang, !(running && d.Stage == StageDeferred))
	}
	if r := d.Review; r != nil {
		outcome = r.say(lang, !(running && d.Stage != StageDeferred))
	}
	return registration, outcome
}

// IssuerDueProvisional says the date IssuerDue gives was computed on a
// provisional holiday calendar (暂定).
func (d *Document) IssuerDueProvisional() bool {
	switch {
	case d.Stage == StageDeferred && d.Registration != nil:
		return d.Registration.DueProvisional
	case (d.Stage == StageCorrecting || d.Stage == StageAwaiting) && d.Review != nil:
		return d.Review.DueProvisional
	}
	return false
}

// Say is a filing review's outcome as one line.
func (p *FilingReviewed) Say(lang Lang) string { return p.say(lang, true) }

func (p *FilingReviewed) say(lang Lang, due bool) string {
	s := p.Outcome.Label().In(lang) + " " + p.Date.String()
	if p.Reference != "" {
		s += " " + p.Reference
	}
	if due && !p.Due.IsZero() {
		s += fmt.Sprintf(Label{"，期限 %s", ", due %s"}.In(lang), p.Due) + provisionalMark(p.DueProvisional, lang)
	}
	for _, x := range []string{p.Clause, p.Plan, p.Note} {
		if x != "" {
			s += Label{"；", "; "}.In(lang) + x
		}
	}
	return s
}

// Say is a registration as one line: the result, its date, what to
// supplement and by when, the reason.
func (p *Registration) Say(lang Lang) string { return p.say(lang, true) }

func (p *Registration) say(lang Lang, due bool) string {
	s := p.Result.Label().In(lang) + " " + p.Date.String()
	if p.Reference != "" {
		s += " " + p.Reference
	}
	if len(p.Missing) > 0 {
		s += Label{"；补正：", "; supplement: "}.In(lang) + MaterialNames(p.Missing).In(lang)
	}
	if due && !p.Due.IsZero() {
		s += fmt.Sprintf(Label{"，期限 %s", ", by %s"}.In(lang), p.Due) + provisionalMark(p.DueProvisional, lang)
	}
	if p.Reason != "" {
		s += Label{"；", "; "}.In(lang) + p.Reason
	}
	return s
}

// provisionalMark follows a date computed on a provisional calendar: the
// mark deadline.TentativeMark gives, here where deadline cannot be seen.
func provisionalMark(provisional bool, lang Lang) string {
	if !provisional {
		return ""
	}
	return Label{"（暂定）", " (provisional)"}.In(lang)
}
