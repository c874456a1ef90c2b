package export

import (
	"fmt"
	"strings"

	"beishen/review"
)

// Opinion is the content of an opinion letter: the 合法性审核意见书 of a
// document's current review, or its 公平竞争审查结论. The docx and markdown
// writers lay out the same content.
type Opinion struct {
	Checklist review.Checklist // LegalityChecklist: 合法性审核意见书; FairChecklist: 公平竞争审查结论
	Doc       review.Document
	Reviewer  string
	Date      review.Date // of the decision, or of the letter when none yet
}

// Title is the letter's name.
func (o Opinion) Title() string {
	if o.Checklist == review.FairChecklist {
		return "公平竞争审查结论"
	}
	return "合法性审核意见书"
}

// FileStem is the default file name without extension.
func (o Opinion) FileStem() string {
	return fmt.Sprintf("%s-%d-%s", o.Title(), o.Doc.ID, strings.ReplaceAll(o.Date.String(), "-", ""))
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
		if o.Checklist == review.FairChecklist && f.Category != review.FairCompetition {
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

// Checks are the items of the letter's checklist with the document's marks.
func (o Opinion) Checks() []CheckRow {
	items := o.Checklist.Items()
	out := make([]CheckRow, len(items))
	for i, it := range items {
		out[i] = CheckRow{it, o.Doc.Check(it.ID)}
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
// the text, and the legal basis.
func FindingText(f review.FindingState) (head, body string) {
	head = f.Title
	var parts []string
	if f.Clause != "" {
		parts = append(parts, "见"+f.Clause)
	}
	if f.Excerpt != "" {
		parts = append(parts, "原文“"+strings.Trim(f.Excerpt, "…")+"”")
	}
	if len(f.Basis) > 0 {
		parts = append(parts, "依据"+strings.Join(f.Basis, "、"))
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
	if o.Doc.Outcome == "" {
		return "尚未作出决定", ""
	}
	return o.Doc.Outcome.Label().ZH, o.Doc.OutcomeNote
}

// Extra are the paragraphs only the fair-competition conclusion carries:
// a skipped review's reason and an Art.12 exception.
func (o Opinion) Extra() []string {
	if o.Checklist != review.FairChecklist {
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
