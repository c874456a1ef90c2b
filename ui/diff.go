package ui

import (
	"fmt"

	"beishen/review"
)

// renderDiff draws only what changed between versions.
func renderDiff(c *Context, oldN, newN int, ops []review.DiffOp, width int) []string {
	st := c.Styles
	var lines []string
	changed := 0
	add := func(prefix, text string, style func(...string) string) {
		for _, l := range wrapString(text, width-2) {
			lines = append(lines, style(prefix+" "+l))
			prefix = " "
		}
	}
	for _, op := range ops {
		switch op.Kind {
		case '-':
			changed++
			add("-", op.Old, st.Gone.Render)
		case '+':
			changed++
			add("+", op.New, st.Added.Render)
		case '~':
			changed++
			lines = append(lines, st.Bold.Render("~ "+op.Label+c.T("（修改）", " (changed)")))
			add("-", op.Old, st.Gone.Render)
			add("+", op.New, st.Added.Render)
		}
	}
	head := c.T("第 %d 版 → 第 %d 版：%d 处变化", "version %d → %d: %d changes")
	return append([]string{st.Title.Render(fmt.Sprintf(head, oldN, newN, changed)), ""}, lines...)
}
