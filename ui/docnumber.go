package ui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// numberRunes picks the runes of a 文号 to show in w cells, as indexes into
// rs with -1 where the ellipsis goes. What tells two numbers of one issuer
// apart is the end (临政办规〔2026〕5号 and …9号), so a cut number keeps
// its year and serial and gives up the middle of the issuer's code:
//
//  1. the whole number when it fits;
//  2. the year without its century: 临政办规〔26〕5号;
//  3. the issuer's code cut, full year: 青川市…〔2026〕12号 (when at least
//     three characters of the code stay);
//  4. the code cut, short year: 临政…〔26〕5号;
//  5. otherwise the head and the end of the string around the ellipsis.
func numberRunes(rs []rune, w, ellW int) []int {
	widths := make([]int, len(rs))
	total := 0
	for i, r := range rs {
		widths[i] = runeWidth(r)
		total += widths[i]
	}
	seq := func(from, to int) []int {
		out := make([]int, 0, to-from)
		for i := from; i < to; i++ {
			out = append(out, i)
		}
		return out
	}
	width := func(idx []int) int {
		n := 0
		for _, i := range idx {
			if i < 0 {
				n += ellW
			} else {
				n += widths[i]
			}
		}
		return n
	}
	// head is as many of the first `to` runes as fit in budget cells.
	head := func(to, budget int) []int {
		var out []int
		for i := 0; i < to && widths[i] <= budget; i++ {
			budget -= widths[i]
			out = append(out, i)
		}
		return out
	}
	if total <= w {
		return seq(0, len(rs))
	}
	if open, close, ok := yearBrackets(rs); ok {
		full := seq(open, len(rs))
		short := append([]int{open}, seq(close-2, len(rs))...) // 〔26〕5号
		if c := append(seq(0, open), short...); width(c) <= w {
			return c
		}
		if h := head(open, w-ellW-width(full)); width(h) >= 6 {
			return append(append(h, -1), full...)
		}
		if h := head(open, w-ellW-width(short)); len(h) > 0 {
			return append(append(h, -1), short...)
		}
	}
	// No 〔year〕 to go by: keep the head and as much of the end as fits.
	budget := w - ellW
	if budget <= 0 {
		return head(len(rs), w)
	}
	h := head(len(rs), budget/2)
	var tail []int
	left := budget - width(h)
	for i := len(rs) - 1; i >= len(h) && widths[i] <= left; i-- {
		left -= widths[i]
		tail = append([]int{i}, tail...)
	}
	return append(append(h, -1), tail...)
}

// yearBrackets finds the bracketed four-digit year of a 文号: the indexes of
// the opening bracket and of the closing one.
func yearBrackets(rs []rune) (open, close int, ok bool) {
	const opens, closes = "〔[［(（", "〕]］)）"
	for i := len(rs) - 1; i >= 0; i-- {
		if !strings.ContainsRune(opens, rs[i]) {
			continue
		}
		j := i + 1
		for j < len(rs) && unicode.IsDigit(rs[j]) {
			j++
		}
		if j-i-1 == 4 && j < len(rs) && strings.ContainsRune(closes, rs[j]) {
			return i, j, true
		}
	}
	return 0, 0, false
}

// number renders a 文号 in w cells (see numberRunes); style draws each kept
// rune (for search highlights), nil draws them plain.
func number(s string, w int, ellipsis string, style func(i int, r rune) string) string {
	rs := []rune(s)
	ellW := ansi.StringWidth(ellipsis)
	var b strings.Builder
	for _, i := range numberRunes(rs, w, ellW) {
		switch {
		case i < 0:
			b.WriteString(ellipsis)
		case style != nil:
			b.WriteString(style(i, rs[i]))
		default:
			b.WriteRune(rs[i])
		}
	}
	return b.String()
}
