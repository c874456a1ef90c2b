package review

import (
	"slices"
	"time"
)

// Kind says how a document reached the office: a draft sent for review
// before issuance (送审稿) or an issued document filed for record (备案件).
type Kind string

const (
	Draft Kind = "draft" // 送审稿
	Filed Kind = "filed" // 备案件
)

var kindLabels = map[Kind]Label{
	Draft: {"送审稿", "Draft"},
	Filed: {"备案件", "Filed"},
}

func (k Kind) Label() Label { return labelOr(kindLabels, k) }

// ParseKind accepts draft/filed or their Chinese labels.
func ParseKind(s string) (Kind, bool) {
	for _, k := range []Kind{Draft, Filed} {
		l := k.Label()
		if s == string(k) || s == l.ZH || s == l.EN {
			return k, true
		}
	}
	return "", false
}

// IssuerType is the legal form of the issuing body; it decides competence
// (legal-rules.md D4) and the filing channel.
type IssuerType string

const (
	IssuerUnknown    IssuerType = ""
	IssuerGovernment IssuerType = "government" // 人民政府
	IssuerOffice     IssuerType = "office"     // 政府办公厅（室）
	IssuerDepartment IssuerType = "department" // 工作部门
	IssuerAgency     IssuerType = "agency"     // 派出机关
	IssuerAuthorized IssuerType = "authorized" // 法律法规授权组织
)

// IssuerTypes lists the choices a metadata form offers.
var IssuerTypes = []IssuerType{IssuerUnknown, IssuerGovernment, IssuerOffice, IssuerDepartment, IssuerAgency, IssuerAuthorized}

var issuerTypeLabels = map[IssuerType]Label{
	IssuerUnknown:    {"未填", "Unknown"},
	IssuerGovernment: {"人民政府", "People's government"},
	IssuerOffice:     {"政府办公厅（室）", "Government general office"},
	IssuerDepartment: {"工作部门", "Government department"},
	IssuerAgency:     {"派出机关", "Dispatched agency"},
	IssuerAuthorized: {"授权组织", "Authorised organisation"},
}

func (t IssuerType) Label() Label { return labelOr(issuerTypeLabels, t) }

// Meta is the editable description of a document, read from its text on
// import and corrected by the reviewer.
type Meta struct {
	Title            string     `json:"title"`
	DocNumber        string     `json:"doc_number,omitempty"` // 文号
	Issuer           string     `json:"issuer,omitempty"`     // 制定机关
	IssuerType       IssuerType `json:"issuer_type,omitempty"`
	DraftingUnit     string     `json:"drafting_unit,omitempty"` // 起草单位
	Received         Date       `json:"received"`
	Signed           Date       `json:"signed"`    // 成文日期
	Published        Date       `json:"published"` // 公布日期
	Effective        Date       `json:"effective"` // 施行日期
	ValidityYears    int        `json:"validity_years,omitempty"`
	ValidityEnd      Date       `json:"validity_end"`
	Provisional      bool       `json:"provisional,omitempty"` // 暂行/试行
	AffectsOperators bool       `json:"affects_operators"`
	LegalBases       []string   `json:"legal_bases,omitempty"`
	// FiledVia is the channel a filed document reached the office through
	// (deadline.Channel: npc or government); its deadline from 公布日期
	// says whether it was filed late.
	FiledVia string `json:"filed_via,omitempty"`
	// FromText names the fields that import read from the text itself
	// (MetaTitle, MetaValidityEnd…); any other value was typed in, or is a
	// default. A field the reviewer edits leaves the list.
	FromText []string `json:"from_text,omitempty"`
}

// The names of Meta's fields in FromText and MetadataEdited.Changed.
const (
	MetaTitle            = "title"
	MetaDocNumber        = "doc_number"
	MetaIssuer           = "issuer"
	MetaIssuerType       = "issuer_type"
	MetaSigned           = "signed"
	MetaPublished        = "published"
	MetaDraftingUnit     = "drafting_unit"
	MetaAffectsOperators = "affects_operators"
	MetaEffective        = "effective"
	MetaValidityYears    = "validity_years"
	MetaValidityEnd      = "validity_end"
	MetaProvisional      = "provisional"
	MetaFiledVia         = "filed_via"
)

// Read reports whether import read field from the text.
func (m Meta) Read(field string) bool { return slices.Contains(m.FromText, field) }

// Reread takes into m what a resubmitted text says (from, read by import):
// each field import read from the new text replaces m's value where m's
// came from the old text or was empty; what the reviewer typed stays.
// Changed names the fields whose value changed: the draft's title loses its
// （征求意见稿）, and a 施行日期 the revised text now states is taken up.
func (m Meta) Reread(from Meta) (Meta, []string) {
	r := rereading{from: from, was: m, out: m}
	r.out.FromText = slices.Clone(m.FromText)
	reread(&r, MetaTitle, &r.out.Title, from.Title)
	reread(&r, MetaDocNumber, &r.out.DocNumber, from.DocNumber)
	reread(&r, MetaIssuer, &r.out.Issuer, from.Issuer)
	reread(&r, MetaIssuerType, &r.out.IssuerType, from.IssuerType)
	reread(&r, MetaSigned, &r.out.Signed, from.Signed)
	reread(&r, MetaEffective, &r.out.Effective, from.Effective)
	reread(&r, MetaValidityYears, &r.out.ValidityYears, from.ValidityYears)
	reread(&r, MetaValidityEnd, &r.out.ValidityEnd, from.ValidityEnd)
	reread(&r, MetaProvisional, &r.out.Provisional, from.Provisional)
	return r.out, r.changed
}

type rereading struct {
	from, was, out Meta
	changed        []string
}

// reread takes field name's value src from the new text into *dst.
func reread[T comparable](r *rereading, name string, dst *T, src T) {
	var zero T
	if !r.from.Read(name) || !r.was.Read(name) && *dst != zero {
		return
	}
	if *dst != src {
		*dst = src
		r.changed = append(r.changed, name)
	}
	if !slices.Contains(r.out.FromText, name) {
		r.out.FromText = append(r.out.FromText, name)
	}
}

// ChecklistEntry is one marked item with the reviewer's note.
type ChecklistEntry struct {
	Mark Mark   `json:"mark"`
	Note string `json:"note,omitempty"`
	// From is the version the mark was given on, when a later version
	// carried it over unchanged ("沿用第 1 版"); zero for a mark given on
	// the current version.
	From int `json:"from,omitempty"`
	// Changed is set when a new version changed what the item judges: the
	// mark went back to 未查 and the reviewer must look again.
	Changed bool `json:"changed,omitempty"`
}

// FindingStatus is the reviewer's answer to a finding.
type FindingStatus string

const (
	FindingOpen      FindingStatus = ""
	FindingConfirmed FindingStatus = "confirmed"
	FindingDismissed FindingStatus = "dismissed"
)

var findingStatusLabels = map[FindingStatus]Label{
	FindingOpen:      {"待处理", "Open"},
	FindingConfirmed: {"已确认", "Confirmed"},
	FindingDismissed: {"已排除", "Dismissed"},
}

func (s FindingStatus) Label() Label { return labelOr(findingStatusLabels, s) }

// FindingState is a finding of the current version with the reviewer's answer.
type FindingState struct {
	Finding
	Status FindingStatus `json:"status,omitempty"`
	Reason string        `json:"status_reason,omitempty"`
}

// Exception records a use of 公平竞争审查条例 第十二条: a measure with
// restrictive effect is allowed only with a ground, the reasoning that no
// less restrictive alternative exists, and a term.
type Exception struct {
	Ground      string `json:"ground,omitempty"`
	Alternative string `json:"alternative,omitempty"`
	Term        string `json:"term,omitempty"`
}

// Used reports whether the reviewer recorded an exception at all.
func (e Exception) Used() bool { return e.Ground != "" || e.Alternative != "" || e.Term != "" }

// Missing lists the parts of the exception still empty.
func (e Exception) Missing() []Label {
	var m []Label
	if e.Ground == "" {
		m = append(m, Label{"例外理由", "exception ground"})
	}
	if e.Alternative == "" {
		m = append(m, Label{"无更小限制替代方案的说明", "no less-restrictive alternative reasoning"})
	}
	if e.Term == "" {
		m = append(m, Label{"实施期限或终止条件", "term or end condition"})
	}
	return m
}

// Pause is an interval during which the review clock stood still: the
// document was returned for supplement and not yet resubmitted. To is zero
// while the pause lasts.
type Pause struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// Document is the materialised state of one document: the fold of its
// events. The store keeps it next to the log so that a queue of 100,000
// documents loads without replaying anything.
type Document struct {
	ID      uint64 `json:"id"`
	Kind    Kind   `json:"kind"`
	Meta    Meta   `json:"meta"`
	Stage   Stage  `json:"stage"`
	Removed bool   `json:"removed,omitempty"` // an undone import

	Version  int                       `json:"version"` // current version number, 1-based
	Findings []FindingState            `json:"findings,omitempty"`
	Checks   map[string]ChecklistEntry `json:"checks,omitempty"`
	Material map[Material]bool         `json:"materials,omitempty"`

	FCRSkipReason string    `json:"fcr_skip_reason,omitempty"`
	Exception     Exception `json:"exception"`
	Outcome       Outcome   `json:"outcome,omitempty"`
	OutcomeNote   string    `json:"outcome_note,omitempty"`
	DecidedAt     Date      `json:"decided_at"`
	Comments      int       `json:"comments,omitempty"`

	// Filings holds one record per filing channel once the document is
	// issued; Cleanups the campaigns it went through.
	Filings  []Filing       `json:"filings,omitempty"`
	Cleanups []CleanupEntry `json:"cleanups,omitempty"`

	// Consultation is the public consultation's window, as the drafting
	// unit reported it with its record (征求意见情况).
	Consultation *ConsultationWindow `json:"consultation,omitempty"`
	// ReturnedFrom is the stage a returned document left, for the record.
	ReturnedFrom Stage `json:"returned_from,omitempty"`
	// Deliberation is the latest collective deliberation (集体审议).
	Deliberation *Deliberated `json:"deliberation,omitempty"`
	// Rereview says what the latest version sent back for review, for the
	// screen's notice; nil when the version needed no re-review.
	Rereview *Rereview `json:"rereview,omitempty"`
	// A filed document's registration, latest review outcome and the
	// clauses suspended (停止执行) on the way.
	Registration *Registration    `json:"registration,omitempty"`
	Review       *FilingReviewed  `json:"review,omitempty"`
	Suspended    []FilingReviewed `json:"suspended,omitempty"`

	// StageSince is when the current stage began; deadlines count from it.
	StageSince Date    `json:"stage_since"`
	Pauses     []Pause `json:"pauses,omitempty"`

	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	LastSeq uint64    `json:"last_seq"`
	// Assignee is the reviewer the head of section gave the document to.
	Assignee string `json:"assignee,omitempty"`
}

// OpenFindings counts findings not yet confirmed or dismissed, by severity.
func (d *Document) OpenFindings() (high, medium, low int) {
	for _, f := range d.Findings {
		if f.Status != FindingOpen {
			continue
		}
		switch f.Severity {
		case High:
			high++
		case Medium:
			medium++
		default:
			low++
		}
	}
	return
}

// Finding returns the current finding with key k.
func (d *Document) Finding(k string) (*FindingState, bool) {
	for i := range d.Findings {
		if d.Findings[i].Key() == k {
			return &d.Findings[i], true
		}
	}
	return nil, false
}

// Check returns the reviewer's entry for checklist item id.
func (d *Document) Check(id string) ChecklistEntry { return d.Checks[id] }

// Version is one submitted text of a document. A draft returned for
// revision comes back as a new version; the screen shows the difference.
type Version struct {
	Doc          uint64    `json:"doc"`
	N            int       `json:"n"`
	FileName     string    `json:"file_name"`
	Format       string    `json:"format"`
	Encoding     string    `json:"encoding"`
	SHA256       string    `json:"sha256"`
	Size         int64     `json:"size"`
	Imported     time.Time `json:"imported"`
	RulesVersion string    `json:"rules_version"`
	Findings     []Finding `json:"findings"`
	Text         string    `json:"text"`
}
