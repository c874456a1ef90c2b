package review

import (
	"strings"
	"unicode/utf8"
)

// This file compares two versions of a text clause by clause: the version
// screen shows the result, and a new version is re-reviewed by it.

// Clause is one unit of the comparison: a 第X条 with its paragraphs, or the
// paragraphs before the first article (Label ""). Start is its rune offset
// in the text, End the offset just past it.
type Clause struct {
	Label, Text string
	Start, End  int
}

// SplitClauses cuts a text into clauses. A text with articles is cut at
// the lines that open a 第X条; one numbered 一、 › （一） › 1. (a 若干意见,
// a 通知) at every numbered line, labelled as the findings are (“一、3.”):
// cut at articles only, such a text was one changed 序言 whatever changed.
// Paragraphs before the first label are clauses of their own (Label "").
func SplitClauses(text string) []Clause {
	lines := strings.SplitAfter(text, "\n")
	articles := false
	for _, line := range lines {
		var n Numbering
		if n.Observe(strings.TrimSpace(line)) == NumberArticle {
			articles = true
			break
		}
	}
	var out []Clause
	var num Numbering
	off := 0
	for _, line := range lines {
		start := off
		off += utf8.RuneCountInString(line)
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		kind := num.Observe(t)
		opens := kind == NumberArticle || !articles && kind != NumberNone
		if opens || len(out) == 0 || out[len(out)-1].Label == "" {
			label := ""
			switch {
			case articles:
				label = num.Article()
			case kind != NumberNone || len(out) > 0 && out[len(out)-1].Label != "":
				label = num.String()
			}
			out = append(out, Clause{Label: label, Text: t, Start: start, End: off})
			continue
		}
		out[len(out)-1].Text += "\n" + t
		out[len(out)-1].End = off
	}
	return out
}

// DiffOp is one step of a comparison: Kind ' ' same, '-' removed, '+'
// added, '~' changed. A and B index the clauses of the old and the new
// text (-1 where the step has none).
type DiffOp struct {
	Kind     byte
	Label    string
	Old, New string
	A, B     int
}

// DiffClauses compares two versions clause by clause: a longest common
// subsequence over the clause texts, with a removed and an added clause of
// the same label shown as one changed clause.
func DiffClauses(a, b []Clause) []DiffOp {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i].Text == b[j].Text {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []DiffOp
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i].Text == b[j].Text:
			ops = append(ops, DiffOp{' ', a[i].Label, a[i].Text, b[j].Text, i, j})
			i++
			j++
		case i < n && j < m && a[i].Label != "" && a[i].Label == b[j].Label:
			ops = append(ops, DiffOp{'~', a[i].Label, a[i].Text, b[j].Text, i, j})
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			ops = append(ops, DiffOp{'+', b[j].Label, "", b[j].Text, -1, j})
			j++
		default:
			ops = append(ops, DiffOp{'-', a[i].Label, a[i].Text, "", i, -1})
			i++
		}
	}
	return ops
}

// clauseOf returns the index of the clause holding rune offset off.
func clauseOf(cs []Clause, off int) int {
	for i, c := range cs {
		if off >= c.Start && off < c.End {
			return i
		}
	}
	return -1
}
