package review

import "strings"

// Material is one of the papers that must come with a document (DESIGN.md:
// the seed report names 法律意见书, 起草说明 and 制定依据 for drafts).
type Material string

const (
	LegalOpinion  Material = "legal_opinion"  // 法律意见书
	DraftingNote  Material = "drafting_note"  // 起草说明
	LegalBasis    Material = "legal_basis"    // 制定依据
	Consultation  Material = "consultation"   // 征求意见情况
	FCRConclusion Material = "fcr_conclusion" // 公平竞争审查结论
	Deliberation  Material = "deliberation"   // 集体审议材料
)

// Materials lists every material in the order forms show them.
var Materials = []Material{LegalOpinion, DraftingNote, LegalBasis, Consultation, FCRConclusion, Deliberation}

var materialLabels = map[Material]Label{
	LegalOpinion:  {"法律意见书", "Legal adviser's opinion"},
	DraftingNote:  {"起草说明", "Drafting explanation"},
	LegalBasis:    {"制定依据", "Legal basis"},
	Consultation:  {"征求意见情况", "Public consultation record"},
	FCRConclusion: {"公平竞争审查结论", "Fair-competition review conclusion"},
	Deliberation:  {"集体审议材料", "Collective deliberation record"},
}

func (m Material) Label() Label { return labelOr(materialLabels, m) }

// MaterialNames names materials as a list in each language: "起草说明、制定
// 依据", "Drafting explanation, Legal basis".
func MaterialNames(ms []Material) Label {
	var zh, en []string
	for _, m := range ms {
		zh, en = append(zh, m.Label().ZH), append(en, m.Label().EN)
	}
	return Label{strings.Join(zh, "、"), strings.Join(en, ", ")}
}

// RequiredMaterials says which materials the document must have before the
// legality review starts: drafts need what the 常务会议 needs (37号 §(三),
// the seed report), filed documents need the record of their collective
// deliberation; the fair-competition conclusion only when operators are
// affected (公平竞争审查条例 第十八条).
func RequiredMaterials(kind Kind, affectsOperators bool) []Material {
	var req []Material
	if kind == Draft {
		req = []Material{LegalOpinion, DraftingNote, LegalBasis, Consultation}
	} else {
		req = []Material{DraftingNote, LegalBasis, Deliberation}
	}
	if affectsOperators {
		req = append(req, FCRConclusion)
	}
	return req
}

// ParseMaterial accepts a code or its Chinese or English label.
func ParseMaterial(s string) (Material, bool) { return parseLabelled(Materials, s) }
