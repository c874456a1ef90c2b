package review

import (
	"slices"
	"strings"
)

// Checklist names one of the two review checklists of legal-rules.md §9.
type Checklist string

const (
	LegalityChecklist Checklist = "legality"
	FairChecklist     Checklist = "fair_competition"
)

// Mark is the reviewer's verdict on one checklist item.
type Mark string

const (
	Unchecked     Mark = ""     // 未查
	Conforms      Mark = "pass" // 符合
	Nonconforming Mark = "fail" // 不符合
	NotApplicable Mark = "na"   // 不适用
)

// Marks is the cycle order of the checklist key.
var Marks = []Mark{Unchecked, Conforms, Nonconforming, NotApplicable}

var markLabels = map[Mark]Label{
	Unchecked:     {"未查", "Unchecked"},
	Conforms:      {"符合", "Conforms"},
	Nonconforming: {"不符合", "Fails"},
	NotApplicable: {"不适用", "N/A"},
}

func (m Mark) Label() Label { return labelOr(markLabels, m) }

// Next is the mark after m in the cycle 未查 → 符合 → 不符合 → 不适用 → 未查.
func (m Mark) Next() Mark {
	for i, x := range Marks {
		if x == m {
			return Marks[(i+1)%len(Marks)]
		}
	}
	return Conforms
}

// ParseMark accepts a code or its Chinese or English label.
func ParseMark(s string) (Mark, bool) {
	for _, m := range Marks {
		l := m.Label()
		if s == string(m) || s == l.ZH || s == l.EN || (m == Unchecked && s == "unchecked") {
			return m, true
		}
	}
	return "", false
}

// Item is one check a reviewer marks. Rules are the finding rule IDs (or
// prefixes) that bear on it, so the screen can show which findings matter.
type Item struct {
	ID    string
	Label Label
	Basis string
	Rules []string
}

// LegalityItems is the legality checklist of legal-rules.md §9.1.
var LegalityItems = []Item{
	{"LC1", Label{"制定主体适格（非内设机构、议事协调机构）", "Issuer is competent (not an internal or ad-hoc body)"}, "国办发〔2018〕37号", []string{"M01"}},
	{"LC2", Label{"未超越法定职权", "Within statutory powers"}, "《立法法》第九十一条", nil},
	{"LC3", Label{"未设定行政处罚", "Sets no administrative penalty"}, "《行政处罚法》第十六条", []string{"L01"}},
	{"LC4", Label{"未设定行政许可，未增加许可条件", "Sets no licence and adds no licence condition"}, "《行政许可法》第十七条", []string{"L02", "L03", "F03"}},
	{"LC5", Label{"未设定行政强制措施，未限制人身自由", "Sets no coercive measure; no restriction of personal freedom"}, "《行政强制法》第十条", []string{"L04", "L05", "L09"}},
	{"LC6", Label{"无法定依据不收费、不收保证金", "No fees or deposits without statutory basis"}, "国办发〔2018〕37号", []string{"L06"}},
	{"LC7", Label{"不违规要求提供证明材料", "No certificate demands outside the published list"}, "国办发〔2018〕37号", []string{"L07"}},
	{"LC8", Label{"无依据不减损权利、不增加义务", "Reduces no rights and adds no obligations without basis"}, "《优化营商环境条例》第六十四条", []string{"L08"}},
	{"LC9", Label{"不侵犯公民基本权利", "Infringes no basic rights"}, "《宪法》第二章", []string{"L10"}},
	{"LC10", Label{"与上位法不抵触", "Consistent with higher law"}, "《立法法》第一百零七条", nil},
	{"LC11", Label{"不溯及既往", "Not retroactive"}, "《立法法》第一百零四条", []string{"M02"}},
	{"LC12", Label{"措施适当、合理", "Proportionate and reasonable"}, "备案审查适当性标准", nil},
	{"LC13", Label{"制定程序完备", "Drafting procedure complete"}, "国办发〔2018〕37号 §(三)", []string{"M05", "M07", "M08"}},
	{"LC14", Label{"引用的上位法现行有效", "Cited higher law is in force"}, "清理规则", []string{"C01", "C02", "C03"}},
	{"LC15", Label{"非照抄照搬上级文件", "Not a copy of a higher-level document"}, "国办发〔2018〕37号", []string{"M09"}},
	{"LC16", Label{"施行日期与过渡期合理", "Effective date and transition reasonable"}, "地方规定", []string{"M03"}},
	{"LC17", Label{"载明有效期", "Validity period stated"}, "地方规定", []string{"M04"}},
	{"LC18", Label{"符合中央政策和改革方向", "Consistent with central policy"}, "备案审查政治性标准", nil},
}

// exceptionItem is the item of 公平竞争审查条例 第十二条's exceptions.
const exceptionItem = "FC7"

// FairItems is the fair-competition checklist of legal-rules.md §9.2, with
// the four standards of 公平竞争审查条例 Art.8–11 as separate items.
var FairItems = []Item{
	{"FC0", Label{"属于审查范围（涉及经营者经济活动）", "In scope (affects operators)"}, "《公平竞争审查条例》第二条", nil},
	{"FC1", Label{"审查主体正确", "Correct reviewer"}, "《公平竞争审查条例》第十三条", nil},
	{"FC2", Label{"听取利害关系人意见", "Interested parties heard"}, "《公平竞争审查条例》第十六条", nil},
	{"FC3", Label{"不限制市场准入和退出", "No barriers to market entry or exit"}, "《公平竞争审查条例》第八条", []string{"F01", "F02", "F03", "F13"}},
	{"FC4", Label{"不限制商品要素自由流动", "No restriction of the free flow of goods and factors"}, "《公平竞争审查条例》第九条", []string{"F04", "F05", "F06", "F07", "F08"}},
	{"FC5", Label{"不影响生产经营成本", "No selective cost advantages"}, "《公平竞争审查条例》第十条", []string{"F09", "F10"}},
	{"FC6", Label{"不影响生产经营行为", "No interference in business conduct"}, "《公平竞争审查条例》第十一条", []string{"F11", "F12"}},
	{"FC7", Label{"适用例外的，载明理由、替代方案和期限", "Exception: ground, alternative and term stated"}, "《公平竞争审查条例》第十二条", []string{"M06", "M12"}},
	{"FC8", Label{"出台前形成书面审查结论", "Written conclusion before issuance"}, "《公平竞争审查条例》第十七条、第十八条", []string{"M05"}},
}

// Items returns the items of checklist c.
func (c Checklist) Items() []Item {
	if c == FairChecklist {
		return FairItems
	}
	return LegalityItems
}

// Label names the checklist.
func (c Checklist) Label() Label {
	if c == FairChecklist {
		return Label{"公平竞争审查清单", "Fair-competition checklist"}
	}
	return Label{"合法性审查清单", "Legality checklist"}
}

// ItemByID finds a checklist item in either checklist.
func ItemByID(id string) (Checklist, Item, bool) {
	for _, c := range []Checklist{LegalityChecklist, FairChecklist} {
		for _, it := range c.Items() {
			if it.ID == id {
				return c, it, true
			}
		}
	}
	return "", Item{}, false
}

// BearsOn reports whether a finding of rule id matters for the item under
// today's workflow.
func (it Item) BearsOn(rule string) bool { return it.bearsOnUnder(rule, WorkflowVersion) }

// bearsOnUnder is BearsOn for an action taken under workflow wf.
func (it Item) bearsOnUnder(rule string, wf int) bool {
	// The screen asks this for every item and finding it draws: no copy.
	matches := func(rs []string) bool {
		return slices.ContainsFunc(rs, func(r string) bool { return strings.HasPrefix(rule, r) })
	}
	return matches(it.Rules) || wf >= 3 && matches(bearsSince3[it.ID])
}

// bearsSince3 adds to the items, for actions taken under workflow 3 and
// later, the rules written after the checklists were, each by the article
// of its basis: a confirmed F16 (条例第八条) marks FC3 不符合, an L15 (a
// measure reducing rights) LC8. Older actions replay by the table they were
// taken under, so an older log verifies to the state its release stored.
// The similarity findings S01/S02 and the learned scorer's S03 bear on none:
// they name a published case or a combination of words, not a standard, and
// the reviewer marks the item the case concerns.
var bearsSince3 = map[string][]string{
	"LC2":  {"L14"},               // 政务处分 are set by law only
	"LC4":  {"L16", "L17", "L18"}, // a licence, filing or proof added or kept: 《行政许可法》第十六条、第十七条
	"LC5":  {"L11"},               // forced relocation is coercion
	"LC8":  {"L09", "L15", "L22"}, // 《优化营商环境条例》第六十四条, 国办发〔2018〕37号
	"LC9":  {"L19", "L20", "L21"}, // marriage and health status, admission without examination, correspondence: 《宪法》第二章
	"LC10": {"L12"},               // loosens what a higher law forbids
	"LC11": {"L13"},
	"FC3":  {"F16", "F17", "F20", "F21", "F22", "F23", "F24", "F25", "F30", "F31", "F33", "F34", "F35", "F36", "F38", "F39", "F40"}, // 条例第八条 (F25: a stated barrier to entry)
	"FC4":  {"F15", "F19", "F28", "F32"},                                                                                            // 条例第九条
	"FC5":  {"F14", "F18", "F26", "F29", "F37"},                                                                                     // 条例第十条
	"FC6":  {"F27"},                                                                                                                 // 条例第十一条
}

// ChecklistFor is the checklist a reviewer works through in stage s.
func ChecklistFor(s Stage) (Checklist, bool) {
	switch s {
	case StageLegality:
		return LegalityChecklist, true
	case StageFairCompetition:
		return FairChecklist, true
	}
	return "", false
}
