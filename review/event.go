package review

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// EventType names a kind of entry in the review log.
type EventType string

const (
	EvImported        EventType = "imported"
	EvVersionAdded    EventType = "version_added"
	EvMetadataEdited  EventType = "metadata_edited"
	EvMaterialsMarked EventType = "materials_marked"
	EvChecklistMarked EventType = "checklist_marked"
	EvFindingConfirm  EventType = "finding_confirmed"
	EvFindingDismiss  EventType = "finding_dismissed"
	EvComment         EventType = "comment"
	EvException       EventType = "exception_recorded"
	EvDecision        EventType = "decision"
	EvStageChanged    EventType = "stage_changed"
	EvPublished       EventType = "published"
	EvExport          EventType = "export"
	EvUndo            EventType = "undo"
	EvRedo            EventType = "redo"
	// Filing, lapse and cleanup (legal-rules.md §6–§7).
	EvFilingRecorded EventType = "filing_recorded"
	EvCampaignOpened EventType = "campaign_opened" // log-wide: Doc 0
	EvCampaignClosed EventType = "campaign_closed" // log-wide: Doc 0
	EvCleanupAdded   EventType = "cleanup_added"
	EvCleanupOutcome EventType = "cleanup_outcome"
	// The draft's road after the decision (legal-rules.md §12.2 S5).
	EvDeliberated EventType = "deliberated"
	// The road of a filed document (备案审查, §12.2 S8–S9).
	EvRegistration   EventType = "registration"
	EvFilingReviewed EventType = "filing_reviewed"
	EvLawsImported   EventType = "laws_imported" // log-wide: the law library was imported or updated

	// A deadline stored in the log, recomputed on the official holiday
	// arrangement (deadline_recomputed.go).
	EvDeadlineRecomputed EventType = "deadline_recomputed"

	// The head of section gives a document to a reviewer (issue 16).
	EvAssigned EventType = "assigned"
)

var eventLabels = map[EventType]Label{
	EvImported:        {"导入", "Imported"},
	EvVersionAdded:    {"新版本", "New version"},
	EvMetadataEdited:  {"修改信息", "Metadata edited"},
	EvMaterialsMarked: {"标记材料", "Materials marked"},
	EvChecklistMarked: {"清单勾选", "Checklist marked"},
	EvFindingConfirm:  {"确认问题", "Finding confirmed"},
	EvFindingDismiss:  {"排除问题", "Finding dismissed"},
	EvComment:         {"批注", "Comment"},
	EvException:       {"记录例外", "Exception recorded"},
	EvDecision:        {"作出决定", "Decision"},
	EvStageChanged:    {"阶段变更", "Stage changed"},
	EvPublished:       {"公布", "Published"},
	EvExport:          {"导出", "Export"},
	EvUndo:            {"撤销", "Undo"},
	EvRedo:            {"重做", "Redo"},
	EvFilingRecorded:  {"报送备案", "Filing recorded"},
	EvCampaignOpened:  {"启动清理", "Cleanup campaign opened"},
	EvCampaignClosed:  {"结束清理", "Cleanup campaign closed"},
	EvCleanupAdded:    {"纳入清理", "Added to cleanup"},
	EvCleanupOutcome:  {"清理结论", "Cleanup outcome"},
	EvDeliberated:     {"集体审议", "Collective deliberation"},
	EvRegistration:    {"登记审查", "Registration"},
	EvFilingReviewed:  {"审查结论", "Filing-review outcome"},
	EvLawsImported:    {"法规库更新", "Law library updated"},

	EvDeadlineRecomputed: {"期限重算", "Deadline recomputed"},
	EvAssigned:           {"分配", "Assigned"},
}

// EventTypes lists every event type (filters and exports use it).
func EventTypes() []EventType {
	return []EventType{EvImported, EvVersionAdded, EvMetadataEdited, EvMaterialsMarked, EvChecklistMarked,
		EvFindingConfirm, EvFindingDismiss, EvComment, EvException, EvDecision, EvStageChanged,
		EvPublished, EvExport, EvUndo, EvRedo,
		EvFilingRecorded, EvCampaignOpened, EvCampaignClosed, EvCleanupAdded, EvCleanupOutcome, EvDeliberated, EvRegistration, EvFilingReviewed, EvLawsImported,
		EvDeadlineRecomputed, EvAssigned}
}

func (t EventType) Label() Label { return labelOr(eventLabels, t) }

// Undoable says whether the reviewer can take the event back with undo.
// Exports happened in the world (a file was written); undo and redo are
// themselves the mechanism.
func (t EventType) Undoable() bool {
	switch t {
	case EvExport, EvUndo, EvRedo:
		return false
	}
	return true
}

// Zone is the time zone in which event times become calendar dates. It is
// fixed, not the machine's, so that replaying the log gives the same state
// on every machine; China has one time zone.
var Zone = time.FixedZone("CST", 8*3600)

// Event is one entry of the append-only review log. Prev and Hash chain the
// log: Hash is the SHA-256 of the event's canonical encoding, which includes
// Prev, the hash of the event before it.
type Event struct {
	Seq   uint64          `json:"seq"`
	Doc   uint64          `json:"doc"`
	Type  EventType       `json:"type"`
	At    time.Time       `json:"at"`
	Actor string          `json:"actor"`
	Data  json.RawMessage `json:"data"`
	// Workflow is the version of the workflow rules the action was taken
	// under (0: before versions were recorded). Apply judges each event by
	// its own rules, so a log written by an older release replays to the
	// state that release stored, while new actions follow today's rules.
	Workflow int    `json:"workflow,omitempty"`
	Prev     string `json:"prev"`
	Hash     string `json:"hash"`
}

// WorkflowVersion is the version of the rules Apply enforces on new
// actions. 2: the road after the decision (集体审议, 公布), re-review of new
// versions, checklist and findings kept consistent, dates checked. 3: every
// rule bears on a checklist item (bearsSince3). 4: a filed document is
// registered (予以登记) only with its materials complete. 5: a draft with a
// checklist item the reviewer marked 不符合 is not passed outright.
const WorkflowVersion = 5

// strict reports whether e was taken under the rules of WorkflowVersion 2.
func (e Event) strict() bool { return e.Workflow >= 2 }

// Day is the calendar day on which the event happened, in Zone.
func (e Event) Day() Date { return DateOf(e.At.In(Zone)) }

// Canonical is the byte string the hash covers: every field but Hash, in a
// fixed order, with the time in UTC to the nanosecond.
func (e Event) Canonical() []byte {
	// Workflow is omitted when zero, so events written before it existed
	// keep the encoding (and the hash) they were sealed with.
	c := struct {
		Seq      uint64          `json:"seq"`
		Doc      uint64          `json:"doc"`
		Type     EventType       `json:"type"`
		At       string          `json:"at"`
		Actor    string          `json:"actor"`
		Data     json.RawMessage `json:"data"`
		Workflow int             `json:"workflow,omitempty"`
		Prev     string          `json:"prev"`
	}{e.Seq, e.Doc, e.Type, e.At.UTC().Format(time.RFC3339Nano), e.Actor, e.Data, e.Workflow, e.Prev}
	if len(c.Data) == 0 {
		c.Data = json.RawMessage("null")
	}
	b, err := json.Marshal(c)
	if err != nil {
		// Data that is not valid JSON cannot be hashed canonically; hash
		// the raw bytes so that the chain check reports it as broken.
		return append([]byte(fmt.Sprintf("%d|%d|%s|%s|%s|", e.Seq, e.Doc, e.Type, c.At, e.Actor)), e.Data...)
	}
	return b
}

// ComputeHash returns the hex SHA-256 of the canonical encoding.
func (e Event) ComputeHash() string {
	sum := sha256.Sum256(e.Canonical())
	return hex.EncodeToString(sum[:])
}

// Seal sets Prev and Hash: the last step before the event is stored.
func (e *Event) Seal(prev string) {
	e.Prev = prev
	e.Hash = e.ComputeHash()
}

// Payload is the typed content of an event.
type Payload interface{ EventType() EventType }

// NewEvent builds an unsealed event for document doc; the store assigns
// Seq, At, Actor and the hashes.
func NewEvent(doc uint64, p Payload) Event {
	b, err := json.Marshal(p)
	if err != nil {
		panic(fmt.Sprintf("review: payload %T does not marshal: %v", p, err)) // a programming error
	}
	return Event{Doc: doc, Type: p.EventType(), Data: b}
}

// Decode reads the typed payload of e.
func (e Event) Decode() (Payload, error) {
	var p Payload
	switch e.Type {
	case EvImported:
		p = &Imported{}
	case EvVersionAdded:
		p = &VersionAdded{}
	case EvMetadataEdited:
		p = &MetadataEdited{}
	case EvMaterialsMarked:
		p = &MaterialsMarked{}
	case EvChecklistMarked:
		p = &ChecklistMarked{}
	case EvFindingConfirm, EvFindingDismiss:
		p = &FindingAnswered{Confirm: e.Type == EvFindingConfirm}
	case EvComment:
		p = &Comment{}
	case EvException:
		p = &ExceptionRecorded{}
	case EvDecision:
		p = &Decided{}
	case EvStageChanged:
		p = &StageChanged{}
	case EvPublished:
		p = &Published{}
	case EvExport:
		p = &Exported{}
	case EvUndo:
		p = &Undo{}
	case EvRedo:
		p = &Redo{}
	case EvFilingRecorded:
		p = &FilingRecorded{}
	case EvCampaignOpened:
		p = &CampaignOpened{}
	case EvCampaignClosed:
		p = &CampaignClosed{}
	case EvLawsImported:
		p = &LawsImported{}
	case EvCleanupAdded:
		p = &CleanupAdded{}
	case EvCleanupOutcome:
		p = &CleanupDecided{}
	case EvDeliberated:
		p = &Deliberated{}
	case EvRegistration:
		p = &Registration{}
	case EvFilingReviewed:
		p = &FilingReviewed{}
	case EvDeadlineRecomputed:
		p = &DeadlineRecomputed{}
	case EvAssigned:
		p = &Assigned{}
	default:
		return nil, fmt.Errorf("未知的事件类型 %q", e.Type)
	}
	if decodeCompact(e.Data, p) {
		return p, nil
	}
	if err := json.Unmarshal(e.Data, p); err != nil {
		return nil, fmt.Errorf("事件 #%d 内容无法解析: %w", e.Seq, err)
	}
	return p, nil
}

// Version returns the text an imported or version_added event brought.
func (e Event) Version() (VersionRef, bool) {
	if e.Type != EvImported && e.Type != EvVersionAdded {
		return VersionRef{}, false
	}
	p, err := e.Decode()
	if err != nil {
		return VersionRef{}, false
	}
	switch p := p.(type) {
	case *Imported:
		return p.Version, true
	case *VersionAdded:
		return p.Version, true
	}
	return VersionRef{}, false
}

// VersionRef describes a submitted text inside an event; the text itself is
// stored beside the log and bound to it by TextSHA256.
type VersionRef struct {
	N            int       `json:"n"`
	FileName     string    `json:"file_name"`
	Format       string    `json:"format"`
	Encoding     string    `json:"encoding"`
	SHA256       string    `json:"sha256"`
	TextSHA256   string    `json:"text_sha256"`
	Size         int64     `json:"size"`
	RulesVersion string    `json:"rules_version"`
	Findings     []Finding `json:"findings"`
}

// Imported starts a document's history.
type Imported struct {
	Kind    Kind       `json:"kind"`
	Meta    Meta       `json:"meta"`
	Version VersionRef `json:"version"`
}

// VersionAdded records a resubmitted or corrected text. The store compares
// it with the previous text when it is added, so that replaying the log
// re-reviews exactly what changed without the texts at hand.
type VersionAdded struct {
	Version VersionRef   `json:"version"`
	Note    string       `json:"note,omitempty"`
	Diff    *VersionDiff `json:"diff,omitempty"`
}

// MetadataEdited replaces the document's metadata; Changed names the fields
// the reviewer touched, for the timeline.
type MetadataEdited struct {
	Meta    Meta     `json:"meta"`
	Changed []string `json:"changed,omitempty"`
}

// MaterialsMarked records whether a required paper is present.
type MaterialsMarked struct {
	Material Material `json:"material"`
	Present  bool     `json:"present"`
	// The public consultation's window and the number of opinions it
	// drew, when the material is the consultation record (征求意见情况).
	Consultation *ConsultationWindow `json:"consultation,omitempty"`
}

// ChecklistMarked records the reviewer's mark on a checklist item.
type ChecklistMarked struct {
	Item string `json:"item"`
	Mark Mark   `json:"mark"`
	Note string `json:"note,omitempty"`
}

// FindingAnswered confirms or dismisses a finding of the current version.
type FindingAnswered struct {
	Key     string `json:"key"`
	Rule    string `json:"rule"`
	Reason  string `json:"reason,omitempty"`
	Confirm bool   `json:"-"`
}

// Comment is a reviewer's note, anchored to a clause when Anchor is set.
type Comment struct {
	Text    string `json:"text"`
	Anchor  string `json:"anchor,omitempty"`
	Version int    `json:"version,omitempty"`
}

// Assigned gives the document to reviewer To; By is who assigned it (the
// head of section), kept beside the event's actor for the readable log.
type Assigned struct {
	To string `json:"to"`
	By string `json:"by,omitempty"`
}

// ExceptionRecorded records the Art.12 exception fields.
type ExceptionRecorded struct {
	Exception Exception `json:"exception"`
}

// Decided is the reviewer's decision.
type Decided struct {
	Outcome Outcome `json:"outcome"`
	Note    string  `json:"note,omitempty"`
}

// StageChanged moves a document between stages; Reason is required for
// moves backwards, returns and skipping the fair-competition review.
type StageChanged struct {
	From   Stage  `json:"from"`
	To     Stage  `json:"to"`
	Reason string `json:"reason,omitempty"`
}

// Published records the issuance of an approved draft.
type Published struct {
	DocNumber     string `json:"doc_number"`
	Published     Date   `json:"published"`
	Effective     Date   `json:"effective"`
	ValidityYears int    `json:"validity_years,omitempty"`
	ValidityEnd   Date   `json:"validity_end"`
}

// Exported records a file written from the log, with its hash, so that the
// file can later be proved unaltered.
type Exported struct {
	What    string            `json:"what"` // "log" or "opinion"
	Format  string            `json:"format"`
	File    string            `json:"file"`
	SHA256  string            `json:"sha256"`
	Size    int64             `json:"size"`
	Filters map[string]string `json:"filters,omitempty"`
}

// Undo takes back the event Target by compensation; nothing is deleted.
type Undo struct {
	Target uint64    `json:"target"`
	Type   EventType `json:"type"`
}

// Redo re-applies an undone event.
type Redo struct {
	Target uint64    `json:"target"`
	Type   EventType `json:"type"`
}

// FilingRecorded is the filing of an issued document with one channel
// (本级人大常委会 or 上一级人民政府) and the registration result. Recording the
// same channel again (re-filing after 暂缓登记) replaces its record.
type FilingRecorded struct {
	Channel    string       `json:"channel"` // deadline.Channel: "npc" or "government"
	Recipient  string       `json:"recipient,omitempty"`
	Submitted  Date         `json:"submitted"`
	Result     FilingResult `json:"result,omitempty"`
	ResubmitBy Date         `json:"resubmit_by"` // after 暂缓登记
	Note       string       `json:"note,omitempty"`

	// Noticed is the day the 暂缓登记 notice arrived, from which the
	// resubmission period runs. ResubmitProvisional says ResubmitBy was
	// computed on the provisional holiday calendar (暂定); a zero ResubmitBy
	// with a Noticed day, that it could not be computed. `beishen tick`
	// recomputes both once the official arrangement is in the settings
	// (DeadlineRecomputed).
	Noticed             Date `json:"noticed,omitzero"`
	ResubmitProvisional bool `json:"resubmit_by_provisional,omitempty"`
}

// CampaignOpened starts a cleanup campaign. It belongs to no document
// (Doc 0); its Seq is the campaign's ID.
type CampaignOpened struct {
	Name     string         `json:"name"`
	Trigger  CleanupTrigger `json:"trigger"`
	Law      string         `json:"law,omitempty"`      // the superior law that changed, e.g. 民法典
	LawDate  Date           `json:"law_date"`           // when the change took effect
	Repealed []string       `json:"repealed,omitempty"` // laws it repealed, short names
	Amended  []string       `json:"amended,omitempty"`  // laws revised (articles renumbered or changed), short names
	Note     string         `json:"note,omitempty"`
}

// CampaignClosed ends campaign Campaign (the Seq of its opening event).
type CampaignClosed struct {
	Campaign uint64 `json:"campaign"`
	Note     string `json:"note,omitempty"`
}

// CleanupAdded puts an in-force document under campaign Campaign.
type CleanupAdded struct {
	Campaign uint64 `json:"campaign"`
	Name     string `json:"name"`
	Reason   string `json:"reason,omitempty"` // why it was selected, e.g. "引用《合同法》"
}

// CleanupDecided is the campaign's conclusion on one document.
type CleanupDecided struct {
	Campaign uint64         `json:"campaign"`
	Outcome  CleanupOutcome `json:"outcome"`
	Reason   string         `json:"reason,omitempty"`
}

func (Imported) EventType() EventType          { return EvImported }
func (Deliberated) EventType() EventType       { return EvDeliberated }
func (FilingRecorded) EventType() EventType    { return EvFilingRecorded }
func (CampaignOpened) EventType() EventType    { return EvCampaignOpened }
func (CampaignClosed) EventType() EventType    { return EvCampaignClosed }
func (CleanupAdded) EventType() EventType      { return EvCleanupAdded }
func (CleanupDecided) EventType() EventType    { return EvCleanupOutcome }
func (VersionAdded) EventType() EventType      { return EvVersionAdded }
func (MetadataEdited) EventType() EventType    { return EvMetadataEdited }
func (MaterialsMarked) EventType() EventType   { return EvMaterialsMarked }
func (ChecklistMarked) EventType() EventType   { return EvChecklistMarked }
func (ExceptionRecorded) EventType() EventType { return EvException }
func (Comment) EventType() EventType           { return EvComment }
func (Assigned) EventType() EventType          { return EvAssigned }
func (Decided) EventType() EventType           { return EvDecision }
func (StageChanged) EventType() EventType      { return EvStageChanged }
func (Published) EventType() EventType         { return EvPublished }
func (Exported) EventType() EventType          { return EvExport }
func (Undo) EventType() EventType              { return EvUndo }
func (Redo) EventType() EventType              { return EvRedo }
func (f FindingAnswered) EventType() EventType {
	if f.Confirm {
		return EvFindingConfirm
	}
	return EvFindingDismiss
}
