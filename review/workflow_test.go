package review

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// history builds events with increasing sequence numbers and times, as the
// store would, so Apply and Replay can be tested without a disk.
type history struct {
	id  uint64
	evs []Event
	t   time.Time
}

func newHistory(kind Kind, affects bool, findings ...Finding) *history {
	h := &history{id: 7, t: time.Date(2026, 11, 2, 9, 0, 0, 0, Zone)}
	h.add(Imported{Kind: kind, Meta: Meta{Title: "临江区测试办法", AffectsOperators: affects},
		Version: VersionRef{N: 1, Findings: findings}})
	return h
}

func (h *history) add(p Payload) Event {
	e := NewEvent(h.id, p)
	e.Seq = uint64(len(h.evs) + 1)
	h.t = h.t.Add(time.Hour)
	e.At = h.t
	h.evs = append(h.evs, e)
	return e
}

// try applies p to the replayed state and keeps it only if it passes.
func (h *history) try(t *testing.T, p Payload) (Document, error) {
	t.Helper()
	d, err := Replay(h.id, h.evs)
	if err != nil {
		t.Fatal(err)
	}
	e := h.add(p)
	if err := Apply(&d, e); err != nil {
		h.evs = h.evs[:len(h.evs)-1]
		return d, err
	}
	return d, nil
}

func (h *history) must(t *testing.T, p Payload) Document {
	t.Helper()
	d, err := h.try(t, p)
	if err != nil {
		t.Fatalf("%T: %v", p, err)
	}
	return d
}

func (h *history) materials(t *testing.T, kind Kind, affects bool) {
	for _, m := range RequiredMaterials(kind, affects) {
		h.must(t, MaterialsMarked{Material: m, Present: true})
	}
}

func (h *history) checkAll(t *testing.T, c Checklist, m Mark) {
	for _, it := range c.Items() {
		h.must(t, ChecklistMarked{Item: it.ID, Mark: m})
	}
}

func TestIntakeNeedsTheRequiredMaterials(t *testing.T) {
	h := newHistory(Draft, true)
	_, err := h.try(t, StageChanged{From: StageIntake, To: StageLegality})
	var g *GuardError
	if !errors.As(err, &g) {
		t.Fatalf("advance without materials: %v", err)
	}
	for _, want := range []string{"法律意见书", "起草说明", "制定依据", "征求意见情况", "公平竞争审查结论"} {
		if !strings.Contains(g.Message(ZH), want) {
			t.Errorf("refusal %q does not name %s", g.Message(ZH), want)
		}
	}
	if !strings.Contains(g.Message(EN), "Drafting explanation") {
		t.Errorf("English refusal: %q", g.Message(EN))
	}
	h.materials(t, Draft, true)
	if d := h.must(t, StageChanged{From: StageIntake, To: StageLegality}); d.Stage != StageLegality {
		t.Fatalf("stage = %s", d.Stage)
	}
}

func TestFairCompetitionCannotBeSkippedWhenOperatorsAreAffected(t *testing.T) {
	h := newHistory(Draft, true)
	h.materials(t, Draft, true)
	h.must(t, StageChanged{From: StageIntake, To: StageLegality})
	h.checkAll(t, LegalityChecklist, Conforms)
	_, err := h.try(t, StageChanged{From: StageLegality, To: StageDecision, Reason: "无关"})
	if err == nil || !strings.Contains(err.Error(), "必须进行公平竞争审查") {
		t.Fatalf("skip for an operator-affecting draft: %v", err)
	}
	d := h.must(t, StageChanged{From: StageLegality, To: StageFairCompetition})
	if f, _ := Forward(&d); f != StageDecision {
		t.Errorf("forward from FCR = %s", f)
	}
}

func TestExceptionNeedsGroundAlternativeAndTerm(t *testing.T) {
	h := newHistory(Draft, true)
	h.materials(t, Draft, true)
	h.must(t, StageChanged{From: StageIntake, To: StageLegality})
	h.checkAll(t, LegalityChecklist, Conforms)
	h.must(t, StageChanged{From: StageLegality, To: StageFairCompetition})
	h.checkAll(t, FairChecklist, Conforms) // FC7 符合: an exception is claimed
	h.must(t, ExceptionRecorded{Exception: Exception{Ground: "节约能源、保护环境"}})
	_, err := h.try(t, StageChanged{From: StageFairCompetition, To: StageDecision})
	if err == nil || !strings.Contains(err.Error(), "替代方案") || !strings.Contains(err.Error(), "期限") || strings.Contains(err.Error(), "例外理由") {
		t.Fatalf("exception with a ground only: %v", err)
	}
	h.must(t, ExceptionRecorded{Exception: Exception{Ground: "节约能源、保护环境", Alternative: "已比较补贴与标准两种方式", Term: "至2028年12月31日"}})
	if d := h.must(t, StageChanged{From: StageFairCompetition, To: StageDecision}); d.Stage != StageDecision {
		t.Fatal(d.Stage)
	}
}

func TestDecisionGuardsNameWhatIsMissing(t *testing.T) {
	f := Finding{Rule: "F09", Category: FairCompetition, Severity: High, Start: 1, End: 5}
	h := newHistory(Draft, false, f)
	h.materials(t, Draft, false)
	h.must(t, StageChanged{From: StageIntake, To: StageLegality})
	_, err := h.try(t, Decided{Outcome: Pass})
	if err == nil || !strings.Contains(err.Error(), "只有“待决定”阶段") {
		t.Fatalf("decide in legality review: %v", err)
	}
	h.checkAll(t, LegalityChecklist, Conforms)
	h.must(t, StageChanged{From: StageLegality, To: StageDecision, Reason: "仅涉及行政机关内部"})
	_, err = h.try(t, Decided{Outcome: Pass})
	if err == nil || !strings.Contains(err.Error(), "1 条自动发现未确认或排除") {
		t.Fatalf("decide with an open finding: %v", err)
	}
	h.must(t, FindingAnswered{Key: f.Key(), Rule: "F09", Confirm: true})
	_, err = h.try(t, Decided{Outcome: Pass})
	if err == nil || !strings.Contains(err.Error(), "不能直接通过") {
		t.Fatalf("pass with a confirmed finding: %v", err)
	}
	_, err = h.try(t, Decided{Outcome: PassAmended})
	if err == nil || !strings.Contains(err.Error(), "需要填写审查意见") {
		t.Fatalf("pass after amendment without an opinion: %v", err)
	}
	d := h.must(t, Decided{Outcome: PassAmended, Note: "删除第五条按纳税额奖励的内容后通过"})
	if d.Stage != StageApproved || d.Outcome != PassAmended {
		t.Fatalf("after decision: %s %s", d.Stage, d.Outcome)
	}
}

// A problem the checks did not find is marked by the reviewer on its item
// (LC10 不符合, "第三十六条全域禁燃超出上位法授权", as in the walk of a
// real 条例): since workflow 5 it stops an outright pass as a confirmed
// finding does, naming the item; a log of workflow 4, which took the pass,
// replays as it was.
func TestAFailedChecklistItemStopsAnOutrightPassSinceWorkflow5(t *testing.T) {
	for _, wf := range []int{4, WorkflowVersion} {
		h := newHistory(Draft, false)
		h.materials(t, Draft, false)
		h.must(t, StageChanged{From: StageIntake, To: StageLegality})
		h.checkAll(t, LegalityChecklist, Conforms)
		h.must(t, ChecklistMarked{Item: "LC10", Mark: Nonconforming, Note: "第三十六条全域禁燃超出上位法授权"})
		d := h.must(t, StageChanged{From: StageLegality, To: StageDecision, Reason: "仅涉及行政机关内部"})
		if got := d.FailedByReviewer(); len(got) != 1 || got[0].ID != "LC10" {
			t.Fatalf("failed by the reviewer: %v", got)
		}
		e := h.add(Decided{Outcome: Pass})
		e.Workflow = wf
		err := Apply(&d, e)
		switch {
		case wf < 5 && (err != nil || d.Outcome != Pass):
			t.Errorf("workflow %d: %v, %s; an older log must replay", wf, err, d.Outcome)
		case wf >= 5 && (err == nil || !strings.Contains(err.Error(), "清单 LC10 标为不符合，不能直接通过")):
			t.Errorf("workflow %d: passed outright with LC10 failed: %v", wf, err)
		}
	}
	h := newHistory(Draft, false)
	h.materials(t, Draft, false)
	h.must(t, StageChanged{From: StageIntake, To: StageLegality})
	h.checkAll(t, LegalityChecklist, Conforms)
	h.must(t, ChecklistMarked{Item: "LC10", Mark: Nonconforming, Note: "第三十六条"})
	h.must(t, StageChanged{From: StageLegality, To: StageDecision, Reason: "仅涉及行政机关内部"})
	if d := h.must(t, Decided{Outcome: Return, Note: "删改第三十六条后重新报送"}); d.Stage != StageReturned {
		t.Fatalf("returned: %s", d.Stage)
	}
}

func TestReturnPausesTheClockAndResubmissionResumesIt(t *testing.T) {
	h := newHistory(Draft, false)
	h.materials(t, Draft, false)
	h.must(t, StageChanged{From: StageIntake, To: StageLegality})
	if _, err := h.try(t, StageChanged{From: StageLegality, To: StageReturned}); err == nil {
		t.Fatal("a return without a reason was accepted")
	}
	d := h.must(t, StageChanged{From: StageLegality, To: StageReturned, Reason: "缺少测算依据"})
	if len(d.Pauses) != 1 || !d.Pauses[0].To.IsZero() {
		t.Fatalf("pauses after return: %+v", d.Pauses)
	}
	h.t = h.t.Add(72 * time.Hour)
	d = h.must(t, VersionAdded{Version: VersionRef{N: 2}})
	if d.Stage != StageLegality || d.Version != 2 || d.Pauses[0].To.IsZero() {
		t.Fatalf("after resubmission: stage=%s version=%d pauses=%+v", d.Stage, d.Version, d.Pauses)
	}
	if d.Pauses[0].From.DaysUntil(d.Pauses[0].To) != 3 {
		t.Errorf("pause = %+v, want 3 days", d.Pauses[0])
	}
}

func TestDismissNeedsAReason(t *testing.T) {
	f := Finding{Rule: "L01", Category: Legality, Severity: High, Start: 0, End: 4}
	h := newHistory(Filed, false, f)
	if _, err := h.try(t, FindingAnswered{Key: f.Key(), Rule: "L01"}); err == nil {
		t.Fatal("dismiss without a reason was accepted")
	}
	d := h.must(t, FindingAnswered{Key: f.Key(), Rule: "L01", Reason: "引用了《食品安全法》第一百二十四条"})
	if d.Findings[0].Status != FindingDismissed {
		t.Fatal(d.Findings[0].Status)
	}
}

func TestUndoRestoresThePreviousStateAndRedoPutsItBack(t *testing.T) {
	h := newHistory(Draft, false)
	before, _ := Replay(h.id, h.evs)
	mark := h.add(ChecklistMarked{Item: "LC3", Mark: Nonconforming, Note: "第八条设定罚款"})
	if tgt, ok := UndoTarget(h.evs); !ok || tgt.Seq != mark.Seq {
		t.Fatalf("undo target = %v %v", tgt.Seq, ok)
	}
	h.add(Undo{Target: mark.Seq, Type: mark.Type})
	d, err := Replay(h.id, h.evs)
	if err != nil || len(d.Checks) != len(before.Checks) {
		t.Fatalf("after undo: %+v %v", d.Checks, err)
	}
	if tgt, ok := RedoTarget(h.evs); !ok || tgt.Seq != mark.Seq {
		t.Fatalf("redo target = %v %v", tgt.Seq, ok)
	}
	h.add(Redo{Target: mark.Seq, Type: mark.Type})
	d, _ = Replay(h.id, h.evs)
	if d.Check("LC3").Mark != Nonconforming {
		t.Fatalf("after redo: %+v", d.Checks)
	}
	// A new action ends the redo chain.
	h.add(Undo{Target: mark.Seq, Type: mark.Type})
	h.add(Comment{Text: "另议"})
	if _, ok := RedoTarget(h.evs); ok {
		t.Fatal("redo offered after a new action")
	}
}

func TestClosedDocumentsAcceptOnlyComments(t *testing.T) {
	h := newHistory(Draft, false)
	h.materials(t, Draft, false)
	h.must(t, StageChanged{From: StageIntake, To: StageLegality})
	h.checkAll(t, LegalityChecklist, Nonconforming)
	h.must(t, StageChanged{From: StageLegality, To: StageDecision, Reason: "不涉及经营者"})
	h.must(t, Decided{Outcome: Reject, Note: "设定行政处罚，超越权限"})
	if _, err := h.try(t, ChecklistMarked{Item: "LC1", Mark: Conforms}); err == nil {
		t.Fatal("a rejected document accepted a checklist mark")
	}
	h.must(t, Comment{Text: "已通知起草单位"})
}

func TestHashChainCoversEveryField(t *testing.T) {
	e := NewEvent(3, Comment{Text: "请补充"})
	e.Seq, e.At, e.Actor = 9, time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC), "李四"
	e.Seal("abc")
	if e.ComputeHash() != e.Hash {
		t.Fatal("sealed hash does not recompute")
	}
	for name, mutate := range map[string]func(*Event){
		"seq":   func(x *Event) { x.Seq++ },
		"doc":   func(x *Event) { x.Doc++ },
		"actor": func(x *Event) { x.Actor = "王五" },
		"time":  func(x *Event) { x.At = x.At.Add(time.Nanosecond) },
		"data":  func(x *Event) { x.Data = []byte(`{"text":"请补正"}`) },
		"prev":  func(x *Event) { x.Prev = "abd" },
	} {
		x := e
		mutate(&x)
		if x.ComputeHash() == e.Hash {
			t.Errorf("changing %s does not change the hash", name)
		}
	}
}

func TestEveryUserVisibleEnumHasBothLabels(t *testing.T) {
	check := func(what string, l Label) {
		if l.ZH == "" || l.EN == "" || l.ZH == l.EN {
			t.Errorf("%s: label %+v", what, l)
		}
	}
	for _, s := range Stages {
		check(string(s), s.Label())
	}
	for _, o := range Outcomes {
		check(string(o), o.Label())
	}
	for _, m := range Materials {
		check(string(m), m.Label())
	}
	for _, et := range EventTypes() {
		check(string(et), et.Label())
	}
	for _, m := range Marks {
		check("mark "+string(m), m.Label())
	}
	for _, it := range append(append([]Item{}, LegalityItems...), FairItems...) {
		check(it.ID, it.Label)
	}
	check("draft", Draft.Label())
	check("filed", Filed.Label())
}

// A reviewer advancing a document that does not affect operators from
// 合法性审查 was refused with “需要填写理由” (and asked on screen for a
// reason to move to 待决定): nothing said the move skips the
// fair-competition review, nor that the reason is the ground the
// conclusion prints. The refusal now says what the reason explains.
func TestSkippingTheFairReviewSaysWhatTheReasonIsFor(t *testing.T) {
	h := newHistory(Draft, false)
	h.materials(t, Draft, false)
	h.must(t, StageChanged{From: StageIntake, To: StageLegality})
	h.checkAll(t, LegalityChecklist, Conforms)
	_, err := h.try(t, StageChanged{From: StageLegality, To: StageDecision})
	if err == nil || !strings.Contains(err.Error(), "跳过公平竞争审查须说明文件为何不涉及经营者经济活动") {
		t.Fatalf("skip without a reason: %v", err)
	}
	// A move whose reason needs no explaining keeps the plain words.
	h.must(t, StageChanged{From: StageLegality, To: StageDecision, Reason: "仅涉及行政机关内部管理"})
	if _, err := h.try(t, StageChanged{From: StageDecision, To: StageLegality}); err == nil || !strings.Contains(err.Error(), "需要填写理由") {
		t.Fatalf("back to legality without a reason: %v", err)
	}
}

// 予以登记 says the filed materials are complete: since workflow 4 it is
// refused while the record lists some missing, naming them; a log written
// under workflow 3, which took it, replays as it was.
func TestRegisteringNeedsTheMaterialsSinceWorkflow4(t *testing.T) {
	for _, wf := range []int{3, WorkflowVersion} {
		h := newHistory(Filed, false)
		d, err := Replay(h.id, h.evs)
		if err != nil {
			t.Fatal(err)
		}
		e := h.add(Registration{Result: FilingRegistered, Date: MustDate("2026-11-02")})
		e.Workflow = wf
		err = Apply(&d, e)
		switch {
		case wf < 4 && (err != nil || d.Stage != StageLegality):
			t.Errorf("workflow %d: %v, %s; an older log must replay", wf, err, d.Stage)
		case wf >= 4 && (err == nil || !strings.Contains(err.Error(), "材料尚缺：起草说明、制定依据、集体审议材料")):
			t.Errorf("workflow %d: registered with materials missing: %v", wf, err)
		}
	}
}

// Probe judges actions not yet stored as the store will (stamped, under
// the current workflow), several at once, leaving the document as it was;
// a refusal of any refuses the probe.
func TestProbeJudgesActionsWithoutChangingTheDocument(t *testing.T) {
	d := Document{ID: 1, Kind: Draft, Stage: StageLegality}
	at := time.Date(2026, 12, 3, 9, 0, 0, 0, Zone)
	got, err := Probe(d, at, NewEvent(1, Comment{Text: "一"}), NewEvent(1, ChecklistMarked{Item: "LC1", Mark: Conforms}))
	if err != nil || got.Check("LC1").Mark != Conforms || d.Checks["LC1"].Mark != "" {
		t.Fatalf("probe: %v, LC1 %q in the probe and %q in the document", err, got.Check("LC1").Mark, d.Checks["LC1"].Mark)
	}
	if _, err := Probe(d, at, NewEvent(1, Comment{Text: "二"}), NewEvent(1, ChecklistMarked{Item: "LC99", Mark: Conforms})); err == nil {
		t.Error("a probe with an unknown item was accepted")
	}
}
