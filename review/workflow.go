package review

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// GuardError says why the workflow refused an action, naming every
// condition still missing, so the reviewer knows what to do next.
type GuardError struct {
	Action  Label
	Missing []Label
}

func (e *GuardError) Error() string { return e.Message(ZH) }

// Message is the refusal in the user's language.
func (e *GuardError) Message(lang Lang) string {
	parts := make([]string, len(e.Missing))
	for i, m := range e.Missing {
		parts[i] = m.In(lang)
	}
	if lang == EN {
		return fmt.Sprintf("cannot %s: %s", e.Action.In(lang), strings.Join(parts, "; "))
	}
	return fmt.Sprintf("无法%s：%s", e.Action.In(lang), strings.Join(parts, "；"))
}

func refuse(action Label, missing ...Label) error {
	if len(missing) == 0 {
		return nil
	}
	return &GuardError{Action: action, Missing: missing}
}

// lf formats a Label; a Label among args is rendered in the matching language.
func lf(zh, en string, args ...any) Label {
	in := func(lang Lang) []any {
		out := make([]any, len(args))
		for i, a := range args {
			if l, ok := a.(Label); ok {
				a = l.In(lang)
			}
			out[i] = a
		}
		return out
	}
	return Label{fmt.Sprintf(zh, in(ZH)...), fmt.Sprintf(en, in(EN)...)}
}

// Transition is one allowed stage move with its guard. Guards read the
// document only, so the table is tested without a terminal or a disk.
type Transition struct {
	From, To    Stage
	NeedsReason bool
	// Why says what the reason is to explain, where the move alone does
	// not tell the reviewer (a skipped review).
	Why   Label
	Guard func(d *Document, reason string) []Label
}

// skipFair is what a reason for skipping the fair-competition review
// explains: it is printed in the conclusion as the ground.
var skipFair = Label{"跳过公平竞争审查须说明文件为何不涉及经营者经济活动", "skipping the fair-competition review needs the reason the document does not affect operators"}

// transitions is the workflow of DESIGN.md "Stages" as data. Decisions
// move documents too, but through Decide's own table (decisionTargets).
var transitions = []Transition{
	{From: StageIntake, To: StageLegality, Guard: guardMaterials},
	{From: StageLegality, To: StageFairCompetition, Guard: guardChecklist(LegalityChecklist)},
	// Skipping the fair-competition review needs a recorded reason and a
	// document that does not affect operators (公平竞争审查条例 第二条).
	{From: StageLegality, To: StageDecision, NeedsReason: true, Why: skipFair, Guard: func(d *Document, reason string) []Label {
		m := guardChecklist(LegalityChecklist)(d, reason)
		if d.Meta.AffectsOperators {
			m = append(m, Label{"文件涉及经营者经济活动，必须进行公平竞争审查", "the document affects operators, so the fair-competition review cannot be skipped"})
		}
		return m
	}},
	{From: StageFairCompetition, To: StageDecision, Guard: guardFair},
	// Sending a document back a step for another look.
	{From: StageFairCompetition, To: StageLegality, NeedsReason: true},
	{From: StageDecision, To: StageLegality, NeedsReason: true},
	{From: StageDecision, To: StageFairCompetition, NeedsReason: true},
	// 退回补正 / 退回修改 at any stage before the decision: the clock pauses
	// until the drafting unit resubmits.
	{From: StageIntake, To: StageReturned, NeedsReason: true},
	{From: StageLegality, To: StageReturned, NeedsReason: true},
	{From: StageFairCompetition, To: StageReturned, NeedsReason: true},
	{From: StageDecision, To: StageReturned, NeedsReason: true},
	// Materials supplemented without a new text.
	{From: StageReturned, To: StageLegality, NeedsReason: true},
	// Periodic or event-driven cleanup (legal-rules.md §7).
	{From: StageInForce, To: StageCleanup, NeedsReason: true},
	{From: StageCleanup, To: StageInForce, NeedsReason: true},
	{From: StageCleanup, To: StageRepealed, NeedsReason: true},
	{From: StageCleanup, To: StageLapsed, NeedsReason: true},
	{From: StageInForce, To: StageLapsed, NeedsReason: true},
}

// ReasonAsked is what a move that needs a reason asks the reviewer for.
func ReasonAsked(t Transition) Label {
	if t.Why.ZH != "" {
		return t.Why
	}
	return Label{"需要填写理由", "a reason is required"}
}

// NextStages lists the stages the document may move to from where it is.
func NextStages(d *Document) []Transition {
	var out []Transition
	for _, t := range transitions {
		if t.From == d.Stage {
			out = append(out, t)
		}
	}
	return out
}

// Forward is the stage the "advance" action moves to: the first transition
// that needs no reason, or, for a document that does not affect operators,
// the skip of the fair-competition review.
func Forward(d *Document) (Stage, bool) {
	if d.Stage == StageLegality && !d.Meta.AffectsOperators {
		return StageDecision, true
	}
	for _, t := range NextStages(d) {
		if !t.NeedsReason {
			return t.To, true
		}
	}
	return "", false
}

func findTransition(from, to Stage) (Transition, bool) {
	for _, t := range transitions {
		if t.From == from && t.To == to {
			return t, true
		}
	}
	return Transition{}, false
}

func guardMaterials(d *Document, _ string) []Label {
	var m []Label
	if strings.TrimSpace(d.Meta.Title) == "" {
		m = append(m, Label{"缺少文件标题", "the title is missing"})
	}
	if miss := d.MissingMaterials(); len(miss) > 0 {
		names := MaterialNames(miss)
		m = append(m, Label{"缺少材料：" + names.ZH + "（可退回补正）",
			"missing materials: " + names.EN + " (return for supplement)"})
	}
	return m
}

func guardChecklist(c Checklist) func(*Document, string) []Label {
	return func(d *Document, _ string) []Label {
		var ids []string
		for _, it := range c.Items() {
			// An item a confirmed finding bears on is answered (不符合), as
			// the screen and the letters show it; this only ever accepts
			// more than before, so older logs replay as they were taken.
			if d.ItemMark(it) == Unchecked {
				ids = append(ids, it.ID)
			}
		}
		if len(ids) == 0 {
			return nil
		}
		return []Label{lf("%s尚有 %d 项未查（%s）", "%s has %d unchecked items (%s)",
			c.Label(), len(ids), strings.Join(ids, "、"))}
	}
}

func guardFair(d *Document, reason string) []Label {
	m := guardChecklist(FairChecklist)(d, reason)
	// An exception is claimed once any of its fields is filled; marking
	// FC7 符合 alone only says the requirement holds (trivially so when no
	// exception is used).
	if d.Exception.Used() {
		for _, x := range d.Exception.Missing() {
			m = append(m, Label{"适用例外缺少" + x.ZH + "（《公平竞争审查条例》第十二条）",
				"the exception lacks the " + x.EN + " (Fair Competition Review Regulation Art.12)"})
		}
	}
	return m
}

// decisionTargets says where each outcome sends a document of each kind.
// A passed draft waits for collective deliberation (workflow 2; before it,
// for publication); a passed filed document is in force.
var decisionTargets = map[Outcome]map[Kind]Stage{
	Pass:        {Draft: StageApproved, Filed: StageInForce},
	PassAmended: {Draft: StageApproved, Filed: StageInForce},
	Return:      {Draft: StageReturned, Filed: StageReturned},
	Reject:      {Draft: StageRejected, Filed: StageRejected},
}

// DecisionGuard lists what is still missing before outcome o can be given
// under workflow version wf. The decision dialog shows it before the
// reviewer commits.
func DecisionGuard(d *Document, o Outcome, note string, wf int) []Label {
	var m []Label
	if d.Stage != StageDecision {
		m = append(m, lf("文件处于“%s”阶段，只有“待决定”阶段可以作出决定", "the document is at stage %q; only documents awaiting decision can be decided",
			d.Stage.Label()))
	}
	m = append(m, guardChecklist(LegalityChecklist)(d, note)...)
	if d.FCRSkipReason == "" {
		m = append(m, guardFair(d, note)...)
	}
	h, md, l := d.OpenFindings()
	if n := h + md + l; n > 0 {
		m = append(m, lf("尚有 %d 条自动发现未确认或排除", "%d automatic findings are neither confirmed nor dismissed", n))
	}
	if confirmed := d.ConfirmedCount(); o == Pass && confirmed > 0 {
		m = append(m, lf("已确认问题 %d 条，不能直接通过，请选择“修改后通过”或“退回修改”",
			"%d findings are confirmed; choose pass after amendment or return instead of pass", confirmed))
	}
	if failed := d.FailedByReviewer(); o == Pass && wf >= 5 && len(failed) > 0 {
		// A problem the checks missed is marked on its item (不符合 with a
		// note): it weighs as a confirmed finding does (workflow 5).
		ids := make([]string, len(failed))
		for i, it := range failed {
			ids[i] = it.ID
		}
		m = append(m, lf("清单 %s 标为不符合，不能直接通过，请选择“修改后通过”或“退回修改”",
			"checklist %s is marked fails; choose pass after amendment or return instead of pass", strings.Join(ids, "、")))
	}
	if o != Pass && strings.TrimSpace(note) == "" {
		m = append(m, lf("“%s”需要填写审查意见", "%q needs the reviewer's opinion", o.Label()))
	}
	if _, ok := decisionTargets[o]; !ok {
		m = append(m, lf("未知的决定“%s”", "unknown outcome %q", string(o)))
	}
	return m
}

// Apply folds event e into d after checking the workflow's guards. It is the
// only function that changes a document, used both when an action is taken
// and when the log is replayed, so the two can never disagree.
func Apply(d *Document, e Event) error { return apply(d, e, false) }

// ApplySharing is Apply for a caller that hands e.Data over: the
// document's strings may be slices of its bytes, which must then never
// change. A replay of a whole log (verify) decodes each event into a
// buffer of its own, and copying every payload again was a seventh of
// what it allocated.
func ApplySharing(d *Document, e Event) error { return apply(d, e, true) }

func apply(d *Document, e Event, shared bool) error {
	p, err := e.decode(shared)
	if err != nil {
		return err
	}
	if e.Doc == 0 {
		// Log-wide events (exports, cleanup campaigns) belong to no document.
		if !logWide(e.Type) {
			return fmt.Errorf("事件“%s”必须属于一个文件", e.Type.Label().ZH)
		}
		if err := checkCampaign(p); err != nil {
			return err
		}
		d.LastSeq = e.Seq
		return nil
	}
	if logWide(e.Type) && e.Type != EvExport {
		return fmt.Errorf("事件“%s”不属于单个文件", e.Type.Label().ZH)
	}
	if e.Type != EvImported && d.Kind == "" {
		return fmt.Errorf("文件 #%d 不存在", e.Doc)
	}
	if d.Stage.Closed() && e.Type != EvComment && e.Type != EvExport {
		return refuse(e.Type.Label(), lf("文件已%s，不再接受审查操作", "the document is %s and accepts no further review actions",
			d.Stage.Label()))
	}
	day := e.Day()
	switch p := p.(type) {
	case *Imported:
		*d = Document{ID: e.Doc, Kind: p.Kind, Meta: p.Meta, Stage: StageIntake, StageSince: day,
			Created: e.At, Material: map[Material]bool{}, Checks: map[string]ChecklistEntry{}}
		if d.Meta.Received.IsZero() {
			d.Meta.Received = day
		}
		d.setVersion(p.Version)
	case *VersionAdded:
		if err := d.addVersion(p, e, day); err != nil {
			return err
		}
	case *MetadataEdited:
		if strings.TrimSpace(p.Meta.Title) == "" {
			return refuse(e.Type.Label(), Label{"标题不能为空", "the title cannot be empty"})
		}
		d.Meta = p.Meta
	case *MaterialsMarked:
		if !slices.Contains(Materials, p.Material) {
			return fmt.Errorf("未知的材料 %q", p.Material)
		}
		if d.Material == nil {
			d.Material = map[Material]bool{}
		}
		if c := p.Consultation; c != nil {
			if err := d.consulted(p, day); err != nil {
				return err
			}
		}
		d.Material[p.Material] = p.Present
	case *ChecklistMarked:
		_, it, ok := ItemByID(p.Item)
		if !ok {
			return fmt.Errorf("未知的清单项 %q", p.Item)
		}
		if _, ok := ParseMark(string(p.Mark)); !ok {
			return fmt.Errorf("未知的标记 %q", p.Mark)
		}
		if d.Checks == nil {
			d.Checks = map[string]ChecklistEntry{}
		}
		if !e.strict() {
			d.Checks[p.Item] = ChecklistEntry{Mark: p.Mark, Note: p.Note}
			break
		}
		// The refusal's words are formatted only for a refusal: a replay
		// of a long log applies hundreds of thousands of marks.
		if m := d.markGuard(it, p.Mark, e.Workflow); len(m) > 0 {
			return refuse(lf("将 %s 标为“%s”", "mark %s as %q", p.Item, p.Mark.Label()), m...)
		}
		d.marked(p, e.Workflow)
	case *FindingAnswered:
		f, ok := d.Finding(p.Key)
		if !ok {
			return fmt.Errorf("当前版本没有发现 %s", p.Key)
		}
		if !p.Confirm && strings.TrimSpace(p.Reason) == "" {
			return refuse(e.Type.Label(), Label{"排除发现需要填写理由", "dismissing a finding needs a reason"})
		}
		was := f.Status == FindingConfirmed
		f.Status, f.Reason = FindingDismissed, p.Reason
		if p.Confirm {
			f.Status = FindingConfirmed
		}
		if e.strict() {
			d.answered(f, was, e.Workflow)
		}
	case *Comment:
		if strings.TrimSpace(p.Text) == "" {
			return refuse(e.Type.Label(), Label{"批注内容为空", "the comment is empty"})
		}
		d.Comments++
	case *ExceptionRecorded:
		d.Exception = p.Exception
	case *Assigned:
		// Any stage before the end: Closed stages were refused above.
		if strings.TrimSpace(p.To) == "" {
			return refuse(e.Type.Label(), Label{"没有填写分配给谁", "assigned to nobody"})
		}
		d.Assignee = strings.TrimSpace(p.To)
	case *Decided:
		if d.Kind == Filed && e.strict() {
			return refuse(lf("作出“%s”决定", "decide %q", p.Outcome.Label()),
				Label{"备案件不作审核决定：请作出审查结论（审查无问题、自行纠正、书面审查意见、责令改正、撤销）",
					"a filed document gets a review outcome (no problem, self-correction, written opinion, order to correct, revocation), not a decision"})
		}
		if m := DecisionGuard(d, p.Outcome, p.Note, e.Workflow); len(m) > 0 {
			return refuse(lf("作出“%s”决定", "decide %q", p.Outcome.Label()), m...)
		}
		d.Outcome, d.OutcomeNote, d.DecidedAt = p.Outcome, p.Note, day
		to := decisionTargets[p.Outcome][d.Kind]
		if to == StageApproved && e.strict() {
			to = StageDeliberation
		}
		if to == StageReturned {
			if e.strict() {
				d.ReturnedFrom = StageDecision
			}
			d.pause(day)
		}
		d.Rereview = nil
		d.Stage, d.StageSince = to, day
	case *DeadlineRecomputed:
		if err := d.recomputeDeadline(p); err != nil {
			return err
		}
	case *StageChanged:
		if err := d.move(p, day, e.strict()); err != nil {
			return err
		}
	case *Published:
		if err := d.publish(p, e, day); err != nil {
			return err
		}
	case *Deliberated:
		if err := d.deliberate(p, e, day); err != nil {
			return err
		}
	case *Registration:
		if err := d.register(p, day, e.Workflow); err != nil {
			return err
		}
	case *FilingReviewed:
		if err := d.concludeReview(p, day); err != nil {
			return err
		}
	case *FilingRecorded:
		if err := d.recordFiling(p, e, day); err != nil {
			return err
		}
	case *CleanupAdded:
		if err := d.addToCleanup(p, day); err != nil {
			return err
		}
	case *CleanupDecided:
		if err := d.decideCleanup(p, day); err != nil {
			return err
		}
	case *Exported, *Undo, *Redo, *CampaignOpened, *CampaignClosed:
		// Exports change no document; undo and redo are folded by Replay.
	}
	d.Updated, d.LastSeq = e.At, e.Seq
	return nil
}

func (d *Document) setVersion(v VersionRef) {
	d.Version = v.N
	d.Findings = make([]FindingState, len(v.Findings))
	for i, f := range v.Findings {
		d.Findings[i] = FindingState{Finding: f}
	}
}

func (d *Document) move(p *StageChanged, day Date, strict bool) error {
	action := lf("转入“%s”", "move to %q", p.To.Label())
	if p.From != d.Stage {
		return refuse(action, lf("文件当前处于“%s”，不是“%s”", "the document is at %q, not %q",
			d.Stage.Label(), p.From.Label()))
	}
	t, ok := findTransition(d.Stage, p.To)
	if !ok {
		return refuse(action, lf("不能从“%s”直接转入“%s”", "cannot move from %q to %q",
			d.Stage.Label(), p.To.Label()))
	}
	var m []Label
	if t.NeedsReason && strings.TrimSpace(p.Reason) == "" {
		m = append(m, ReasonAsked(t))
	}
	if t.Guard != nil {
		m = append(m, t.Guard(d, p.Reason)...)
	}
	if d.Kind == Filed && d.Stage == StageIntake && p.To != StageReturned && strict {
		m = append(m, Label{"备案件须先作出登记审查结论（予以登记后进入审查）", "a filed document is registered first (registration starts the review)"})
	}
	if err := refuse(action, m...); err != nil {
		return err
	}
	if d.Stage == StageLegality && p.To == StageDecision {
		d.FCRSkipReason = p.Reason
	}
	switch {
	case p.To == StageReturned:
		if strict {
			d.ReturnedFrom = d.Stage
		}
		d.pause(day)
		d.Stage, d.StageSince = p.To, day
	case d.Stage == StageReturned:
		d.resume(day, p.To)
	default:
		d.Stage, d.StageSince = p.To, day
	}
	return nil
}

// pause stops the review clock: a returned document is the drafting unit's
// to move, not the office's (legal-rules.md §11.2).
func (d *Document) pause(day Date) {
	d.Pauses = append(d.Pauses, Pause{From: day})
}

// resume closes the open pause and re-enters the review at stage to.
func (d *Document) resume(day Date, to Stage) {
	if n := len(d.Pauses); n > 0 && d.Pauses[n-1].To.IsZero() {
		d.Pauses[n-1].To = day
	}
	d.Stage, d.StageSince = to, day
}

// Effective returns the events of one document that still count: undone
// events are left out and redone ones put back. Undo works on a stack: only
// the latest effective event can be undone, and only the latest undo redone,
// so replaying the rest gives exactly the state before the undone action.
func Effective(events []Event) ([]Event, error) {
	var eff []Event
	var undone []Event
	for _, e := range events {
		switch e.Type {
		case EvUndo:
			p, err := e.Decode()
			if err != nil {
				return nil, err
			}
			t := p.(*Undo).Target
			if len(eff) == 0 || eff[len(eff)-1].Seq != t {
				return nil, fmt.Errorf("撤销 #%d 的目标 #%d 不是最近的操作", e.Seq, t)
			}
			undone = append(undone, eff[len(eff)-1])
			eff = eff[:len(eff)-1]
		case EvRedo:
			p, err := e.Decode()
			if err != nil {
				return nil, err
			}
			t := p.(*Redo).Target
			if len(undone) == 0 || undone[len(undone)-1].Seq != t {
				return nil, fmt.Errorf("重做 #%d 的目标 #%d 不是最近撤销的操作", e.Seq, t)
			}
			eff = append(eff, undone[len(undone)-1])
			undone = undone[:len(undone)-1]
		case EvExport:
			// Exports are not part of a document's state.
		default:
			eff = append(eff, e)
			undone = nil // a new action ends the redo chain
		}
	}
	return eff, nil
}

// Probe is d after actions not yet stored, judged as the store will judge
// them: stamped at at under the current workflow. d is left as it was. A
// screen shows an action by it before the store answers, and an action of
// several steps is refused whole before any is stored.
func Probe(d Document, at time.Time, evs ...Event) (Document, error) {
	d = d.Clone()
	for _, e := range evs {
		e.At, e.Workflow = at, WorkflowVersion
		if err := Apply(&d, e); err != nil {
			return d, err
		}
	}
	return d, nil
}

// Replay folds a document's whole history, undo and redo included.
// A document whose import was undone comes back Removed.
func Replay(id uint64, events []Event) (Document, error) {
	eff, err := Effective(events)
	if err != nil {
		return Document{}, err
	}
	var d Document
	for _, e := range eff {
		if err := Apply(&d, e); err != nil {
			return Document{}, fmt.Errorf("重放事件 #%d（%s）失败：%w", e.Seq, e.Type.Label().ZH, err)
		}
	}
	if len(eff) == 0 {
		d = Document{ID: id, Removed: true}
	}
	if n := len(events); n > 0 {
		d.Updated, d.LastSeq = events[n-1].At, events[n-1].Seq
	}
	return d, nil
}

// UndoTarget returns the event that undo would take back in this history,
// and RedoTarget the one redo would put back.
func UndoTarget(events []Event) (Event, bool) {
	eff, err := Effective(events)
	// The import is where a document's history starts: undo stops there
	// (issue 14), it never removes the document.
	if err != nil || len(eff) == 0 || eff[len(eff)-1].Type == EvImported {
		return Event{}, false
	}
	return eff[len(eff)-1], true
}

// RedoTarget is the most recently undone event, if nothing happened since.
func RedoTarget(events []Event) (Event, bool) {
	var undone []Event
	var eff []Event
	for _, e := range events {
		switch e.Type {
		case EvUndo:
			if len(eff) > 0 {
				undone = append(undone, eff[len(eff)-1])
				eff = eff[:len(eff)-1]
			}
		case EvRedo:
			if len(undone) > 0 {
				eff = append(eff, undone[len(undone)-1])
				undone = undone[:len(undone)-1]
			}
		case EvExport:
		default:
			eff = append(eff, e)
			undone = nil
		}
	}
	if len(undone) == 0 {
		return Event{}, false
	}
	return undone[len(undone)-1], true
}
