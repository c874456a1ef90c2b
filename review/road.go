package review

import (
	"fmt"
	"slices"
	"strings"
)

// This file holds a draft's road around the decision (legal-rules.md §12):
// returning a submission, re-reviewing a new version, collective
// deliberation (集体审议) and publication (公布), and the dates those facts
// carry.

// VersionDiff is what a new version changed against the one before it,
// computed by the store from both texts when the version is added.
type VersionDiff struct {
	// Changed names the clauses changed, added or removed ("第五条"; the
	// text before the first article is "序言").
	Changed []string `json:"changed,omitempty"`
	// Rules are the rules with a finding, in either version, inside a
	// changed clause: the checklist items they bear on are judged again.
	Rules []string `json:"rules,omitempty"`
	// Carried maps a finding of the new version that sits in an unchanged
	// clause to the same finding of the old version, whose answer it keeps.
	Carried map[string]string `json:"carried,omitempty"`
}

// preamble labels the text before the first article in VersionDiff.Changed.
const preamble = "序言"

// CompareVersions computes the VersionDiff between two texts and their
// findings.
func CompareVersions(oldText, newText string, oldF, newF []Finding) VersionDiff {
	a, b := SplitClauses(oldText), SplitClauses(newText)
	ops := DiffClauses(a, b)
	sameA := make([]bool, len(a)) // old clause i survives unchanged
	sameB := make([]int, len(b))  // new clause j is old clause sameB[j], or -1
	for j := range sameB {
		sameB[j] = -1
	}
	var diff VersionDiff
	for _, op := range ops {
		if op.Kind == ' ' {
			sameA[op.A], sameB[op.B] = true, op.A
			continue
		}
		label := op.Label
		if label == "" {
			label = preamble
		}
		if !slices.Contains(diff.Changed, label) {
			diff.Changed = append(diff.Changed, label)
		}
	}
	addRule := func(r string) {
		if !slices.Contains(diff.Rules, r) {
			diff.Rules = append(diff.Rules, r)
		}
	}
	for _, f := range oldF {
		if i := clauseOf(a, f.Start); i < 0 || !sameA[i] {
			addRule(f.Rule)
		}
	}
	for _, f := range newF {
		j := clauseOf(b, f.Start)
		if j < 0 || sameB[j] < 0 {
			addRule(f.Rule)
			continue
		}
		for _, g := range oldF {
			if g.Rule == f.Rule && g.Excerpt == f.Excerpt && clauseOf(a, g.Start) == sameB[j] {
				if diff.Carried == nil {
					diff.Carried = map[string]string{}
				}
				diff.Carried[f.Key()] = g.Key()
				break
			}
		}
	}
	return diff
}

// Rereview is what the latest version sent back for review, shown on the
// document screen until the reviewer moves on.
type Rereview struct {
	From     int      `json:"from"`               // the version compared with
	Stage    Stage    `json:"stage"`              // where the review resumed
	Changed  []string `json:"changed,omitempty"`  // changed clauses
	Reopened []string `json:"reopened,omitempty"` // checklist items back at 未查
	Kept     int      `json:"kept"`               // marks carried over
	Answers  int      `json:"answers"`            // finding answers carried over
}

// procedural items judge the drafting procedure, not the words: a new text
// does not re-open them.
var procedural = []string{"FC1", "FC2"}

// reopens reports whether a new version with diff must have item it judged
// again: an item tied to rules when one of them found something in a
// changed clause; an item judged on the whole text (no rules) whenever any
// clause changed.
func reopens(it Item, diff VersionDiff) bool {
	if len(diff.Changed) == 0 || slices.Contains(procedural, it.ID) {
		return false
	}
	if len(it.Rules) == 0 {
		return true
	}
	for _, r := range diff.Rules {
		if it.BearsOn(r) {
			return true
		}
	}
	return false
}

// addVersion folds a new version. Under workflow 2 a document already past
// the start of the legality review goes back to it: the new text is
// reviewed again, checklist items whose clauses changed return to 未查,
// the others are kept as carried over, and answers to findings on
// unchanged clauses are kept.
func (d *Document) addVersion(p *VersionAdded, e Event, day Date) error {
	if p.Version.N != d.Version+1 {
		return fmt.Errorf("版本号应为 %d，实为 %d", d.Version+1, p.Version.N)
	}
	if !e.strict() || p.Diff == nil {
		d.setVersion(p.Version)
		d.Outcome, d.OutcomeNote, d.DecidedAt = "", "", Date{}
		if d.Stage == StageReturned {
			d.resume(day, StageLegality)
		}
		return nil
	}
	if d.Stage == StageCleanup {
		return refuse(EvVersionAdded.Label(), Label{"文件正在清理中：请先作出清理结论（修改），再导入修改后的文本",
			"the document is under cleanup: conclude it (amend) before importing the amended text"})
	}
	prev, old := d.Version, d.Findings
	d.setVersion(p.Version)
	rr := &Rereview{From: prev, Changed: p.Diff.Changed}
	for newKey, oldKey := range p.Diff.Carried {
		f, ok := d.Finding(newKey)
		if !ok {
			continue
		}
		for _, g := range old {
			if g.Key() == oldKey && g.Status != FindingOpen {
				f.Status, f.Reason = g.Status, g.Reason
				rr.Answers++
			}
		}
	}
	for _, c := range []Checklist{LegalityChecklist, FairChecklist} {
		for _, it := range c.Items() {
			e, ok := d.Checks[it.ID]
			if !ok || e.Mark == Unchecked {
				continue
			}
			if reopens(it, *p.Diff) {
				d.Checks[it.ID] = ChecklistEntry{Changed: true, Note: e.Note}
				rr.Reopened = append(rr.Reopened, it.ID)
				continue
			}
			if e.From == 0 {
				e.From = prev
			}
			d.Checks[it.ID] = e
			rr.Kept++
		}
	}
	d.Outcome, d.OutcomeNote, d.DecidedAt = "", "", Date{}
	switch d.Stage {
	case StageDeferred:
		// A supplemented filing goes back to its registration check.
		d.Stage, d.StageSince = StageIntake, day
	case StageReturned:
		// Back to 登记 while required materials are still missing; with
		// them all in, straight to the legality review.
		to := StageLegality
		if len(d.MissingMaterials()) > 0 {
			to = StageIntake
		}
		d.resume(day, to)
	case StageIntake, StageLegality:
	default: // past the legality review: review again
		d.Stage, d.StageSince = StageLegality, day
	}
	rr.Stage = d.Stage
	d.Rereview = rr
	return nil
}

// MeetingKind is the body that deliberates a draft (37号 §(六)).
type MeetingKind string

const (
	StandingMeeting MeetingKind = "standing" // 常务会议
	PlenaryMeeting  MeetingKind = "plenary"  // 全体会议
	OfficeMeeting   MeetingKind = "office"   // 办公会议（部门）
)

var meetingLabels = map[MeetingKind]Label{
	StandingMeeting: {"常务会议", "Executive meeting"},
	PlenaryMeeting:  {"全体会议", "Plenary meeting"},
	OfficeMeeting:   {"办公会议", "Office meeting"},
}

// MeetingKinds lists the meetings in the order a form offers them.
var MeetingKinds = []MeetingKind{StandingMeeting, PlenaryMeeting, OfficeMeeting}

func (k MeetingKind) Label() Label { return labelOr(meetingLabels, k) }

// ParseMeetingKind accepts a code or its Chinese or English label.
func ParseMeetingKind(s string) (MeetingKind, bool) { return parseLabelled(MeetingKinds, s) }

// DeliberationResult is the meeting's conclusion (§12.2 S5).
type DeliberationResult string

const (
	DeliberationPass   DeliberationResult = "pass"   // 通过
	DeliberationRevise DeliberationResult = "revise" // 修改后再议
	DeliberationReject DeliberationResult = "reject" // 不通过
)

var deliberationLabels = map[DeliberationResult]Label{
	DeliberationPass:   {"通过", "Approved"},
	DeliberationRevise: {"修改后再议", "Revise and deliberate again"},
	DeliberationReject: {"不通过", "Not approved"},
}

// DeliberationResults lists the results in the order a form offers them.
var DeliberationResults = []DeliberationResult{DeliberationPass, DeliberationRevise, DeliberationReject}

func (r DeliberationResult) Label() Label { return labelOr(deliberationLabels, r) }

// ParseDeliberationResult accepts a code or its Chinese or English label.
func ParseDeliberationResult(s string) (DeliberationResult, bool) {
	return parseLabelled(DeliberationResults, s)
}

func parseLabelled[T interface {
	~string
	Label() Label
}](xs []T, s string) (T, bool) {
	for _, x := range xs {
		l := x.Label()
		if s == string(x) || s == l.ZH || s == l.EN {
			return x, true
		}
	}
	var zero T
	return zero, false
}

// Deliberated records the collective deliberation of an approved draft:
// passed, it waits for publication; to be revised, it goes back to the
// drafting unit and is reviewed again; not passed, the draft is withdrawn.
type Deliberated struct {
	Meeting MeetingKind        `json:"meeting"`
	Session string             `json:"session,omitempty"` // e.g. 第12次常务会议
	Date    Date               `json:"date"`
	Result  DeliberationResult `json:"result"`
	Note    string             `json:"note,omitempty"`
}

func (d *Document) deliberate(p *Deliberated, e Event, day Date) error {
	action := Label{"记录集体审议", "record the deliberation"}
	var m []Label
	if d.Stage != StageDeliberation {
		m = append(m, lf("只有合法性审核通过、待集体审议的送审稿可以记录集体审议，当前阶段为“%s”",
			"only drafts that passed the legality review and await deliberation can be deliberated; the stage is %q", d.Stage.Label()))
	}
	if _, ok := meetingLabels[p.Meeting]; !ok {
		m = append(m, lf("未知的会议“%s”", "unknown meeting %q", string(p.Meeting)))
	}
	if _, ok := deliberationLabels[p.Result]; !ok {
		m = append(m, lf("未知的审议结果“%s”", "unknown deliberation result %q", string(p.Result)))
	}
	m = append(m, d.factDate(Label{"审议日期", "the meeting date"}, p.Date, day)...)
	if p.Result != DeliberationPass && strings.TrimSpace(p.Note) == "" {
		m = append(m, lf("“%s”需要写明审议意见", "%q needs the meeting's opinion", p.Result.Label()))
	}
	if err := refuse(action, m...); err != nil {
		return err
	}
	rec := *p
	d.Deliberation = &rec
	switch p.Result {
	case DeliberationPass:
		d.Stage, d.StageSince = StageApproved, day
	case DeliberationRevise:
		d.ReturnedFrom = StageLegality
		d.pause(day)
		d.Stage, d.StageSince = StageReturned, day
	case DeliberationReject:
		d.Stage, d.StageSince = StageRejected, day
	}
	return nil
}

// publish records the issuance of a deliberated draft (§12.3: publication
// needs the legality opinion, the deliberation's approval and the
// fair-competition conclusion, which the stages before it guarantee).
func (d *Document) publish(p *Published, e Event, day Date) error {
	action := Label{"登记公布", "record the publication"}
	if !e.strict() {
		if d.Stage != StageApproved {
			return refuse(action, lf("只有已通过的送审稿可以登记公布，当前阶段为“%s”", "only approved drafts can be published; the stage is %q",
				d.Stage.Label()))
		}
		d.Meta.DocNumber, d.Meta.Published, d.Meta.Effective = p.DocNumber, p.Published, p.Effective
		d.Meta.ValidityYears, d.Meta.ValidityEnd = p.ValidityYears, p.ValidityEnd
		d.Stage, d.StageSince = StageInForce, day
		return nil
	}
	var m []Label
	if d.Stage != StageApproved {
		m = append(m, lf("只有集体审议通过、待公布的送审稿可以登记公布，当前阶段为“%s”",
			"only drafts approved by the collective deliberation can be published; the stage is %q", d.Stage.Label()))
	}
	if strings.TrimSpace(p.DocNumber) == "" {
		m = append(m, Label{"缺少文号", "the document number is missing"})
	}
	m = append(m, d.factDate(Label{"公布日期", "the publication date"}, p.Published, day)...)
	if d.Deliberation != nil && !p.Published.IsZero() && p.Published.Before(d.Deliberation.Date) {
		m = append(m, lf("公布日期早于集体审议日期 %s", "the publication date is before the deliberation of %s", d.Deliberation.Date.String()))
	}
	if !p.Effective.IsZero() && !p.Published.IsZero() && p.Effective.Before(p.Published) {
		m = append(m, Label{"施行日期早于公布日期", "the effective date is before publication"})
	}
	if p.ValidityYears < 0 {
		m = append(m, Label{"有效期年数不能为负", "the validity in years cannot be negative"})
	}
	if !p.ValidityEnd.IsZero() && !p.Published.IsZero() && !p.ValidityEnd.After(p.Published) {
		m = append(m, Label{"有效期截止日期不晚于公布日期", "the validity ends on or before publication"})
	}
	if err := refuse(action, m...); err != nil {
		return err
	}
	eff := p.Effective
	if eff.IsZero() {
		eff = p.Published
	}
	end := p.ValidityEnd
	if end.IsZero() && p.ValidityYears > 0 {
		end = eff.AddYears(p.ValidityYears).AddDays(-1)
	}
	d.Meta.DocNumber, d.Meta.Published, d.Meta.Effective = p.DocNumber, p.Published, eff
	d.Meta.ValidityYears, d.Meta.ValidityEnd = p.ValidityYears, end
	d.Filings = nil // a (re)published text is filed anew on every channel
	d.Rereview = nil
	d.Stage, d.StageSince = StageInForce, day
	return nil
}

// factDate checks the date of something that has happened: it must be
// given, not after the day it is recorded, and not before the document
// was received.
func (d *Document) factDate(what Label, date, today Date) []Label {
	switch {
	case date.IsZero():
		return []Label{lf("缺少%s", "%s is missing", what)}
	case date.After(today):
		return []Label{lf("%s %s 晚于今天（%s）：尚未发生的事不能登记", "%s %s is after today (%s): what has not happened cannot be recorded",
			what, date.String(), today.String())}
	case !d.Meta.Received.IsZero() && date.Before(d.Meta.Received):
		return []Label{lf("%s %s 早于收文日期 %s", "%s %s is before the date received, %s", what, date.String(), d.Meta.Received.String())}
	}
	return nil
}

// MissingMaterials lists the required materials the document lacks: the
// reason a return for supplement (退回补正) names by default.
func (d *Document) MissingMaterials() []Material {
	var out []Material
	for _, mat := range RequiredMaterials(d.Kind, d.Meta.AffectsOperators) {
		if !d.Material[mat] {
			out = append(out, mat)
		}
	}
	return out
}

// ReturnReason is the default reason of a return: the missing materials,
// or empty when nothing is missing and the reviewer must say why.
func ReturnReason(d *Document, lang Lang) string {
	miss := d.MissingMaterials()
	if len(miss) == 0 {
		return ""
	}
	names := MaterialNames(miss)
	if lang == EN {
		return "return for supplement: missing " + names.EN
	}
	return "退回补正：缺少" + names.ZH
}

// Returnable reports whether a return (退回) is allowed at the document's
// stage: any stage before the decision.
func Returnable(s Stage) bool {
	_, ok := findTransition(s, StageReturned)
	return ok
}

// Say tells the reviewer what a new version sent back for review. A long
// list of changed clauses is cut after six: the version screen (v) has all.
func (rr *Rereview) Say(lang Lang) string {
	if rr == nil {
		return ""
	}
	shown := rr.Changed
	if len(shown) > 6 {
		shown = append(slices.Clone(shown[:6]), fmt.Sprintf("…（%d）", len(rr.Changed)))
	}
	changed := JoinClauses(shown)
	// A version that comes back before any checklist was marked (a filed
	// document supplemented at 登记) has nothing to carry over: the counts
	// and an empty （） said nothing to the reviewer.
	nothing := len(rr.Reopened) == 0 && rr.Kept == 0 && rr.Answers == 0
	if lang == EN {
		changed = strings.Join(shown, ", ")
		if changed == "" {
			changed = "none"
		}
		s := fmt.Sprintf("back to %s: clauses changed since version %d: %s", rr.Stage.Label().EN, rr.From, changed)
		if nothing {
			return s
		}
		s += fmt.Sprintf("; %d checklist items to check again", len(rr.Reopened))
		if len(rr.Reopened) > 0 {
			s += " (" + strings.Join(rr.Reopened, ", ") + ")"
		}
		return s + fmt.Sprintf(", %d marks carried over, %d finding answers kept", rr.Kept, rr.Answers)
	}
	if changed == "" {
		changed = "无"
	}
	s := fmt.Sprintf("回到“%s”：与第 %d 版相比修改了 %s", rr.Stage.Label().ZH, rr.From, changed)
	if nothing {
		return s
	}
	s += fmt.Sprintf("；清单 %d 项需重新审查", len(rr.Reopened))
	if len(rr.Reopened) > 0 {
		s += "（" + strings.Join(rr.Reopened, "、") + "）"
	}
	return s + fmt.Sprintf("，%d 项沿用原标记，%d 条发现沿用原处理", rr.Kept, rr.Answers)
}

// Stuck says why the advance action has nowhere to go from d's stage, and
// what moves the document on instead.
func Stuck(d *Document) Text {
	switch d.Stage {
	case StageReturned:
		return Text{"已退回：等待起草单位重新报送，导入新版本（I 或 import --version-of）后继续审查",
			"returned: waiting for the drafting unit; importing the resubmitted text (I or import --version-of) resumes the review"}
	case StageDeliberation:
		return Text{"待集体审议：记录审议结果（a 或 deliberate）", "awaiting deliberation: record it (a or deliberate)"}
	case StageApproved:
		return Text{"待公布：登记文号和公布日期（a 或 publish）", "awaiting publication: record the number and date (a or publish)"}
	case StageInForce:
		return Text{"已生效：报送备案用 f（或 filing），清理在清理批次（K）中进行", "in force: record filings with f (or filing); cleanups run in campaigns (K)"}
	case StageDeferred, StageCorrecting, StageAwaiting:
		return Text{"等待制定机关：补正或纠正后的文本用 I 导入，结论用 D 记录", "waiting for the issuer: import its supplemented or corrected text with I; record outcomes with D"}
	}
	switch {
	case d.Kind == Filed && d.Stage == StageIntake:
		return Text{"登记审查：用 D（或 register）予以登记、暂缓登记或不予登记", "registration: register, defer or refuse it with D (or register)"}
	case d.Kind == Filed && d.Stage == StageDecision:
		return Text{"待结论：用 D（或 conclude）作出审查结论", "awaiting the outcome: record it with D (or conclude)"}
	}
	l := d.Stage.Label()
	return Text{"“" + l.ZH + "”阶段没有可推进的下一阶段", "no next stage from " + l.EN}
}

// ConsultationWindow is a public consultation (征求意见, 37号 §(四); legal-rules
// G37‑16): when it ran and how many opinions it drew. The drafting unit's
// own step (S2), recorded with its material.
type ConsultationWindow struct {
	From     Date `json:"from"`
	To       Date `json:"to"`
	Opinions int  `json:"opinions"`
}

// consulted records the consultation's window with its material.
func (d *Document) consulted(p *MaterialsMarked, day Date) error {
	c := p.Consultation
	var m []Label
	if p.Material != Consultation {
		m = append(m, Label{"征求意见的起止日期只能随“征求意见情况”登记", "the consultation window goes with the consultation record"})
	}
	if c.From.IsZero() || c.To.IsZero() {
		m = append(m, Label{"征求意见需要起止日期", "the consultation needs its start and end"})
	} else if c.To.Before(c.From) {
		m = append(m, Label{"征求意见的截止日期早于开始日期", "the consultation ends before it starts"})
	} else if c.To.After(day) {
		m = append(m, lf("征求意见截止日期 %s 晚于今天：尚未结束的征求意见不能登记为已完成", "the consultation ends on %s, after today: it cannot be recorded as done", c.To.String()))
	}
	if c.Opinions < 0 {
		m = append(m, Label{"意见条数不能为负", "the number of opinions cannot be negative"})
	}
	if err := refuse(Label{"登记征求意见情况", "record the consultation"}, m...); err != nil {
		return err
	}
	x := *c
	d.Consultation = &x
	return nil
}
