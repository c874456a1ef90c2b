package ui

import (
	"fmt"
	"regexp"
	"strings"
)

// clause is one unit of the version comparison: a 第X条 with its
// paragraphs, or a paragraph before the first article.
type clause struct{ label, text string }

var articleRe = regexp.MustCompile(`^\s*(第[一二三四五六七八九十百零〇两0-9]+条)`)

// splitClauses cuts a text into clauses at lines starting with 第X条.
func splitClauses(text string) []clause {
	var out []clause
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if m := articleRe.FindStringSubmatch(t); m != nil || len(out) == 0 || out[len(out)-1].label == "" {
			label := ""
			if m != nil {
				label = m[1]
			}
			out = append(out, clause{label, t})
			continue
		}
		out[len(out)-1].text += "\n" + t
	}
	return out
}

// diffOp is one line of the comparison.
type diffOp struct {
	kind     byte // ' ' same, '-' removed, '+' added, '~' changed
	label    string
	old, new string
}

// diffClauses compares two versions clause by clause: a longest common
// subsequence over the clause texts, with a removed and an added clause of
// the same label shown as one changed clause.
func diffClauses(a, b []clause) []diffOp {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i].text == b[j].text {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []diffOp
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i].text == b[j].text:
			ops = append(ops, diffOp{' ', a[i].label, a[i].text, b[j].text})
			i++
			j++
		case i < n && j < m && a[i].label != "" && a[i].label == b[j].label:
			ops = append(ops, diffOp{'~', a[i].label, a[i].text, b[j].text})
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			ops = append(ops, diffOp{'+', b[j].label, "", b[j].text})
			j++
		default:
			ops = append(ops, diffOp{'-', a[i].label, a[i].text, ""})
			i++
		}
	}
	return ops
}

// renderDiff draws only what changed between versions.
func renderDiff(c *Context, oldN, newN int, ops []diffOp, width int) []string {
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
		switch op.kind {
		case '-':
			changed++
			add("-", op.old, st.Gone.Render)
		case '+':
			changed++
			add("+", op.new, st.Added.Render)
		case '~':
			changed++
			lines = append(lines, st.Bold.Render("~ "+op.label+c.T("（修改）", " (changed)")))
			add("-", op.old, st.Gone.Render)
			add("+", op.new, st.Added.Render)
		}
	}
	head := c.T("第 %d 版 → 第 %d 版：%d 处变化", "version %d → %d: %d changes")
	return append([]string{st.Title.Render(fmt.Sprintf(head, oldN, newN, changed)), ""}, lines...)
}
