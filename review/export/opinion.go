package export

import (
	"fmt"
	"strings"

	"beishen/review"
	"beishen/review/laws"
)

// Opinion is the content of a paper the office sends: the 合法性审核意见书
// of a document's current review, its 公平竞争审查结论, or one of the
// filing-review papers (Kind). A template (paper.go) lays the content out;
// the docx and markdown writers render the same laid-out paper.
type Opinion struct {
	Kind      PaperKind        // empty: PaperOpinion, or PaperFair with FairChecklist
	Checklist review.Checklist // LegalityChecklist: 合法性审核意见书; FairChecklist: 公平竞争审查结论
	Doc       review.Document
	Reviewer  string      // 审核人: the settings' checker, or the reviewer who decided
	Date      review.Date // of the decision, or of the letter when none yet
	// Library quotes the words of each basis from the law library; nil
	// writes the citations only (the office's setting basis_cite_only).
	Library laws.Source

	Number    string       // the letter number, e.g. 临司审〔2026〕3号
	Body      string       // the reviewing body (审查机关)
	Addressee string       // 主送: the drafting unit, or the issuer of a filed document
	Handler   string       // 承办人
	Head      string       // 负责人
	Filing    FilingReview // the filing-review outcome a filed document's paper reports
	// Template is the office's own template for this paper (text/template
	// over this struct, in the markup of paper.go); empty: the built-in one.
	Template string
}

// Title is the letter's name.
func (o Opinion) Title() string { return o.PaperKind().Title() }

// PaperKind is the paper this is.
func (o Opinion) PaperKind() PaperKind {
	if o.Kind != "" {
		return o.Kind
	}
	if o.Checklist == review.FairChecklist {
		return PaperFair
	}
	return PaperOpinion
}

// FileStem is the default file name without extension.
func (o Opinion) FileStem() string {
	day := o.Date.String()
	if o.Date.IsZero() {
		day = "00000000"
	}
	return fmt.Sprintf("%s-%d-%s", o.Title(), o.Doc.ID, strings.ReplaceAll(day, "-", ""))
}

// Findings are the confirmed findings the letter states: all of them in
// the legality opinion, which carries the overall decision; only the
// fair-competition ones in the fair-competition conclusion.
func (o Opinion) Findings() []review.FindingState {
	var out []review.FindingState
	for _, f := range o.Doc.Findings {
		if f.Status != review.FindingConfirmed {
			continue
		}
		if o.PaperKind() == PaperFair && f.Category != review.FairCompetition {
			continue
		}
		out = append(out, f)
	}
	return out
}

// CheckRow is one checklist item with the reviewer's mark.
type CheckRow struct {
	Item  review.Item
	Entry review.ChecklistEntry
}

// Checks are the items of the letter's checklist with the document's marks,
// derived through ItemMark: an item with a confirmed finding reads 不符合,
// naming the finding, even where an older log recorded another mark.
func (o Opinion) Checks() []CheckRow {
	items := o.Checklist.Items()
	out := make([]CheckRow, len(items))
	for i, it := range items {
		e := o.Doc.Check(it.ID)
		if mark := o.Doc.ItemMark(it); mark != e.Mark {
			var names []string
			for _, f := range o.Doc.Confirmed(it) {
				names = append(names, f.Rule+" "+f.Title)
			}
			e = review.ChecklistEntry{Mark: mark, Note: "见已确认问题 " + strings.Join(names, "；")}
		}
		out[i] = CheckRow{it, e}
	}
	return out
}

// Fields are the identifying lines under the title, label and value.
func (o Opinion) Fields() [][2]string {
	m := o.Doc.Meta
	number := m.DocNumber
	if number == "" {
		number = "（未编文号）"
	}
	f := [][2]string{
		{"审查对象", "《" + m.Title + "》"},
		{"文号", number},
		{"文件类型", o.Doc.Kind.Label().ZH},
	}
	if m.Issuer != "" {
		f = append(f, [2]string{"制定机关", m.Issuer})
	}
	if m.DraftingUnit != "" {
		f = append(f, [2]string{"起草单位", m.DraftingUnit})
	}
	if !m.Received.IsZero() {
		f = append(f, [2]string{"收文日期", m.Received.ChineseString()})
	}
	return f
}

// FindingText is one confirmed finding as the letter words it: what, where,
// the text, and the legal basis, quoted from lib when lib is not nil.
func FindingText(f review.FindingState, lib laws.Source, day review.Date) (head, body string) {
	head = f.Title
	var parts []string
	if f.Clause != "" {
		parts = append(parts, "见"+f.Clause)
	}
	if f.Excerpt != "" {
		parts = append(parts, "原文“"+strings.Trim(f.Excerpt, "…")+"”")
	}
	if len(f.Basis) > 0 {
		parts = append(parts, "依据"+strings.Join(BasisText(f.Basis, lib, day), "、"))
	}
	if f.Reason != "" {
		parts = append(parts, f.Reason)
	}
	if f.Finding.Reason != "" && f.Finding.Reason != f.Reason {
		parts = append(parts, f.Finding.Reason)
	}
	if p := f.Precedent; p != nil {
		c := "参见已纠正案例：" + p.Issuer
		if p.Document != "" {
			c += "《" + strings.Trim(p.Document, "《》") + "》"
		}
		if p.Wrong != "" {
			c += "，问题为" + strings.TrimRight(p.Wrong, "。")
		}
		if p.Publisher != "" {
			c += "（" + p.Publisher + "）"
		}
		parts = append(parts, c)
	}
	return head, strings.Join(parts, "；") + "。"
}

// Decision is the decision paragraph: the outcome and the reviewer's opinion.
func (o Opinion) Decision() (outcome, note string) {
	if r := o.Doc.Review; r != nil && o.Doc.Kind == review.Filed {
		note = r.Note
		if r.Plan != "" {
			note = strings.TrimSpace(note + "\n" + r.Plan)
		}
		return r.Outcome.Label().ZH, note
	}
	if o.Doc.Outcome == "" {
		return "尚未作出决定", ""
	}
	return o.Doc.Outcome.Label().ZH, o.Doc.OutcomeNote
}

// Extra are the paragraphs only the fair-competition conclusion carries:
// a skipped review's reason and an Art.12 exception.
func (o Opinion) Extra() []string {
	if o.PaperKind() != PaperFair {
		return nil
	}
	var out []string
	if o.Doc.FCRSkipReason != "" {
		out = append(out, "经审查，该文件不涉及经营者经济活动，未进行公平竞争审查。理由："+o.Doc.FCRSkipReason)
	}
	if x := o.Doc.Exception; x.Used() {
		out = append(out, "适用《公平竞争审查条例》第十二条例外规定。理由："+x.Ground+"；无更小限制替代方案的说明："+x.Alternative+"；实施期限："+x.Term+"。")
	}
	return out
}

// BasisText writes each basis as a citation followed by the words it
// points at (from lib, in the version in force on day); a basis the
// library cannot quote in full, and every basis when lib is nil, stays a
// bare citation.
func BasisText(bases []string, lib laws.Source, day review.Date) []string {
	out := make([]string, len(bases))
	for i, b := range bases {
		out[i] = b
		if lib == nil {
			continue
		}
		qs := laws.QuoteBasis(lib, b, day)
		if len(qs) == 0 {
			continue
		}
		var parts []string
		for _, q := range qs {
			if !q.Found() || q.Missing.ZH != "" {
				parts = nil
				break
			}
			parts = append(parts, laws.Cited(q, true))
		}
		if parts != nil {
			out[i] = strings.Join(parts, "；")
		}
	}
	return out
}
