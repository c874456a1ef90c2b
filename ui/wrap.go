package ui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// span is a half-open range of rune offsets into a text: one display line.
type span struct{ start, end int }

// noStart may not begin a line, noEnd may not end one (避头尾).
const (
	noStart = "，。、；：？！）」』》〉”’…—,.;:?!)]}%·"
	noEnd   = "（「『《〈“‘([{"
)

// runeWidth is the display width of r as the renderer measures it; tabs and
// control characters are drawn as one space.
func runeWidth(r rune) int {
	if r < 0x20 || r == 0x7f {
		return 1
	}
	return ansi.StringWidth(string(r))
}

// displayRune is what is drawn for r.
func displayRune(r rune) string {
	if r < 0x20 || r == 0x7f {
		return " "
	}
	return string(r)
}

type token struct {
	start, end, width int
	space             bool
}

// tokens splits text[s:e] into break units: a Latin word (kept whole), a
// space, or one wide character (a break is allowed between any two).
func tokens(text []rune, s, e int) []token {
	var out []token
	for i := s; i < e; {
		r := text[i]
		w := runeWidth(r)
		switch {
		case unicode.IsSpace(r):
			out = append(out, token{i, i + 1, w, true})
			i++
		case w == 2 || strings.ContainsRune(noStart+noEnd, r):
			out = append(out, token{i, i + 1, w, false})
			i++
		default:
			j, tw := i, 0
			for j < e {
				rj := text[j]
				wj := runeWidth(rj)
				if unicode.IsSpace(rj) || wj == 2 || strings.ContainsRune(noStart+noEnd, rj) {
					break
				}
				tw += wj
				j++
			}
			out = append(out, token{i, j, tw, false})
			i = j
		}
	}
	return out
}

// wrapText breaks text into display lines of at most width cells: paragraphs
// at newlines, Chinese between any two characters, Latin words whole
// (split only when longer than a line), and no line starting with closing
// punctuation or ending with an opening one. x/ansi's wrappers treat a CJK
// run as one word (stack-notes §3.2), hence this helper.
func wrapText(text []rune, width int) []span {
	if width < 2 {
		width = 2
	}
	var lines []span
	ps := 0
	for ps <= len(text) {
		pe := ps
		for pe < len(text) && text[pe] != '\n' {
			pe++
		}
		lines = append(lines, wrapParagraph(text, ps, pe, width)...)
		ps = pe + 1
	}
	return lines
}

func wrapParagraph(text []rune, s, e, width int) []span {
	toks := tokens(text, s, e)
	if len(toks) == 0 {
		return []span{{s, s}}
	}
	var lines []span
	line := []token{}
	w := 0
	flush := func(keep []token) {
		if len(line) > 0 {
			lines = append(lines, span{line[0].start, line[len(line)-1].end})
		}
		line, w = keep, 0
		for _, t := range keep {
			w += t.width
		}
	}
	for _, t := range toks {
		if t.width > width { // a Latin word longer than a line: split by runes
			flush(nil)
			for i := t.start; i < t.end; {
				j, cw := i, 0
				for j < t.end && cw+runeWidth(text[j]) <= width {
					cw += runeWidth(text[j])
					j++
				}
				if j == i {
					j++
				}
				lines = append(lines, span{i, j})
				i = j
			}
			continue
		}
		if w+t.width <= width {
			line = append(line, t)
			w += t.width
			continue
		}
		if t.space { // a break at a space drops the space
			flush(nil)
			continue
		}
		// Move the break back while it would start a line with closing
		// punctuation or end one with an opening one.
		cut := len(line)
		first := func(k int) rune {
			if k < len(line) {
				return text[line[k].start]
			}
			return text[t.start]
		}
		for cut > 1 && (strings.ContainsRune(noStart, first(cut)) || strings.ContainsRune(noEnd, text[line[cut-1].end-1])) {
			cut--
		}
		carry := append([]token{}, line[cut:]...)
		line = line[:cut]
		flush(carry)
		for len(line) > 0 && line[0].space {
			w -= line[0].width
			line = line[1:]
		}
		if w+t.width > width { // the carried tokens did not leave room
			flush(nil)
		}
		line = append(line, t)
		w += t.width
	}
	flush(nil)
	return lines
}

// wrapString wraps plain text into lines of at most width cells.
func wrapString(s string, width int) []string {
	r := []rune(s)
	var out []string
	for _, sp := range wrapText(r, width) {
		out = append(out, strings.TrimRight(string(r[sp.start:sp.end]), " "))
	}
	return out
}

// trunc cuts s (which may hold ANSI styles) to width cells with the theme's
// ellipsis.
func trunc(s string, width int, ellipsis string) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	if ansi.StringWidth(ellipsis) >= width {
		ellipsis = ""
	}
	return ansi.Truncate(s, width, ellipsis)
}

// pad fills s with spaces to exactly width cells (truncating first).
func pad(s string, width int, ellipsis string) string {
	s = trunc(s, width, ellipsis)
	if n := width - ansi.StringWidth(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// fit makes a block exactly fit width×height: every line cut to width,
// at most height lines, missing lines blank. The last guard of every view.
func fit(block string, width, height int, ellipsis string) string {
	lines := strings.Split(block, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = pad(l, width, ellipsis)
	}
	return strings.Join(lines, "\n")
}

// follow is the first visible row of a window of rows lines that keeps
// cursor in view, moving offset no more than needed.
func follow(cursor, offset, rows int) int {
	if cursor < offset {
		return cursor
	}
	if cursor >= offset+rows {
		return cursor - rows + 1
	}
	return offset
}

// segment is a unit of a line that may carry a style (a date, a status, a
// coloured mark) and the separator it takes after another on the same
// line.
type segment struct{ sep, text string }

// fitSegments lays segments out in lines of at most width cells, breaking
// only between them: wrapString counts runes, and a style's escape codes
// would be cut. A segment that starts a line drops its separator; one
// wider than width is left for the panel to cut.
func fitSegments(segs []segment, width int) []string {
	var lines []string
	cur := ""
	for _, g := range segs {
		switch {
		case cur == "":
			cur = g.text
		case ansi.StringWidth(cur+g.sep+g.text) <= width:
			cur += g.sep + g.text
		default:
			lines = append(lines, cur)
			cur = g.text
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
