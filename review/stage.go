package review

// Stage is where a document stands in the review workflow (DESIGN.md
// "Stages"). Returned drafts wait in StageReturned with their clock paused
// until the drafting unit resubmits a new version.
type Stage string

const (
	StageIntake          Stage = "intake"           // 登记
	StageLegality        Stage = "legality"         // 合法性审查
	StageFairCompetition Stage = "fair_competition" // 公平竞争审查
	StageDecision        Stage = "decision"         // 待决定
	StageReturned        Stage = "returned"         // 退回修改/补正，等待重新报送
	StageDeliberation    Stage = "deliberation"     // 审核通过，待集体审议
	StageApproved        Stage = "approved"         // 集体审议通过，待公布
	StageInForce         Stage = "in_force"         // 已生效
	StageCleanup         Stage = "cleanup"          // 清理中
	StageRejected        Stage = "rejected"         // 不予通过
	StageRepealed        Stage = "repealed"         // 已废止
	StageLapsed          Stage = "lapsed"           // 已失效
)

var stageLabels = map[Stage]Label{
	StageIntake:          {"登记", "Intake"},
	StageLegality:        {"合法性审查", "Legality review"},
	StageFairCompetition: {"公平竞争审查", "Fair-competition review"},
	StageDecision:        {"待决定", "Decision"},
	StageReturned:        {"退回修改", "Returned"},
	StageDeliberation:    {"待集体审议", "Awaiting deliberation"},
	StageApproved:        {"待公布", "Awaiting publication"},
	StageInForce:         {"已生效", "In force"},
	StageCleanup:         {"清理", "Cleanup"},
	StageRejected:        {"不予通过", "Rejected"},
	StageRepealed:        {"已废止", "Repealed"},
	StageLapsed:          {"已失效", "Lapsed"},
}

// Stages lists every stage in workflow order.
var Stages = []Stage{StageIntake, StageLegality, StageFairCompetition, StageDecision,
	StageReturned, StageDeliberation, StageApproved, StageInForce, StageCleanup, StageRejected, StageRepealed, StageLapsed}

func (s Stage) Label() Label { return labelOr(stageLabels, s) }

// LabelOn names the stage on day today. A document published with a later
// 施行日期 is in force for the workflow (its filing clocks run from the
// publication) but does not bind anyone yet: it reads 已公布待施行 until then.
func (s Stage) LabelOn(effective, today Date) Label {
	if s == StageInForce && !effective.IsZero() && effective.After(today) {
		return Label{"已公布待施行", "Published, not yet in effect"}
	}
	return s.Label()
}

// shortEN names a stage in English within the twelve cells of a queue's
// stage column, where the full names ran together: the four “Awaiting …”
// stages all read “Awaiting ...”. Chinese names fit as they are.
var shortEN = map[Stage]string{
	StageLegality:        "Legality",
	StageFairCompetition: "Fair comp.",
	StageDeliberation:    "Deliberation",
	StageApproved:        "To publish",
	StageDeferred:        "Deferred",
	StageNotRegistered:   "Unregistered",
	StageCorrecting:      "To correct",
	StageAwaiting:        "To answer",
}

// ShortLabelOn is LabelOn for a narrow column: the same Chinese, a short
// English name (Published for 已公布待施行).
func (s Stage) ShortLabelOn(effective, today Date) Label {
	l := s.LabelOn(effective, today)
	if l.ZH == "已公布待施行" {
		return Label{l.ZH, "Published"}
	}
	if en, ok := shortEN[s]; ok {
		l.EN = en
	}
	return l
}

// Valid reports whether s is a known stage (input from the command line).
func (s Stage) Valid() bool { _, ok := stageLabels[s]; return ok }

// UnderReview is true while the office's clock runs on the document.
func (s Stage) UnderReview() bool {
	switch s {
	case StageIntake, StageLegality, StageFairCompetition, StageDecision:
		return true
	}
	return false
}

// InEffect is true while a document is in force (cleanup included): the
// stages in which its validity runs out and a tick lapses it.
func (s Stage) InEffect() bool { return s == StageInForce || s == StageCleanup }

// Closed stages accept no further review actions.
func (s Stage) Closed() bool {
	switch s {
	case StageRejected, StageRepealed, StageLapsed, StageNotRegistered, StageRevoked:
		return true
	}
	return false
}

// ParseStage accepts a stage code or its Chinese or English label.
func ParseStage(s string) (Stage, bool) {
	for _, st := range Stages {
		l := st.Label()
		if s == string(st) || s == l.ZH || s == l.EN {
			return st, true
		}
	}
	return "", false
}
