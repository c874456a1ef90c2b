package export

import (
	"fmt"
	"io"
	"strings"

	"beishen/review/safe"
)

// WriteOpinionMarkdown writes the opinion letter as markdown.
func WriteOpinionMarkdown(w io.Writer, o Opinion) (err error) {
	sw := safe.NewWriter(w) // the one output sanitiser (review/safe)
	defer sw.Finish(&err)
	w = sw
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", o.Title())
	for _, f := range o.Fields() {
		fmt.Fprintf(&b, "- %s：%s\n", f[0], f[1])
	}
	b.WriteString("\n## 一、审查发现的问题\n\n")
	fs := o.Findings()
	if len(fs) == 0 {
		b.WriteString("经审查，未发现需要修改的问题。\n")
	}
	for i, f := range fs {
		head, body := FindingText(f)
		fmt.Fprintf(&b, "%d. **%s**。%s\n", i+1, head, body)
	}
	fmt.Fprintf(&b, "\n## 二、%s\n\n", o.Checklist.Label().ZH)
	b.WriteString("| 序号 | 审查事项 | 依据 | 结论 | 说明 |\n|---|---|---|---|---|\n")
	for _, c := range o.Checks() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", c.Item.ID, mdCell(c.Item.Label.ZH), mdCell(c.Item.Basis),
			c.Entry.Mark.Label().ZH, mdCell(c.Entry.Note))
	}
	b.WriteString("\n## 三、审查意见\n\n")
	for _, p := range o.Extra() {
		b.WriteString(p + "\n\n")
	}
	outcome, note := o.Decision()
	fmt.Fprintf(&b, "审查结论：**%s**。\n\n", outcome)
	if note != "" {
		b.WriteString(note + "\n\n")
	}
	fmt.Fprintf(&b, "审核人：%s\n\n%s\n", o.Reviewer, o.Date.ChineseString())
	_, err = io.WriteString(w, b.String())
	return err
}
