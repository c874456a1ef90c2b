package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// textarea is a multi-line text field for the reviewer's written opinion:
// the text wraps at the dialog's width with the app's own CJK-aware wrapper
// (wrapText, 避头尾), the cursor is a drawn block measured in display
// cells (the bubbles real-cursor bug, stack-notes §3.2, does not arise),
// and pasted text keeps its line breaks. Enter is left to the dialog (it
// commits, as in every dialog); ctrl+j, alt+enter or shift+enter start a
// new line; up and down move between display lines.
type textarea struct {
	input
	width int // of the last render, for up and down
}

// Update edits the text; it reports whether the key was consumed.
func (t *textarea) Update(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		t.insert(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(msg.Content))
		return true
	case tea.KeyPressMsg:
		k := textKeys
		switch {
		case key.Matches(msg, k.NewLine):
			t.insert("\n")
			return true
		case key.Matches(msg, k.LineUp):
			t.vertical(-1)
			return true
		case key.Matches(msg, k.LineDown):
			t.vertical(1)
			return true
		case key.Matches(msg, k.LineStart):
			for t.pos > 0 && t.value[t.pos-1] != '\n' {
				t.pos--
			}
			return true
		case key.Matches(msg, k.LineEnd):
			for t.pos < len(t.value) && t.value[t.pos] != '\n' {
				t.pos++
			}
			return true
		}
	}
	return t.input.Update(msg)
}

// lines wraps the text for width cells, one cell kept for the cursor.
func (t *textarea) lines(width int) []span { return wrapText(t.value, max(width-1, 2)) }

// cursorLine is the display line holding the cursor.
func cursorLine(lines []span, pos int) int {
	at := 0
	for i, sp := range lines {
		if sp.start > pos {
			break
		}
		at = i
		if pos < sp.end || pos == sp.end && (i+1 == len(lines) || lines[i+1].start != pos) {
			return i
		}
	}
	return at
}

// vertical moves the cursor dir display lines, keeping its column.
func (t *textarea) vertical(dir int) {
	if t.width == 0 {
		return
	}
	ls := t.lines(t.width)
	i := cursorLine(ls, t.pos)
	j := i + dir
	if j < 0 || j >= len(ls) {
		return
	}
	col := ansi.StringWidth(string(t.value[ls[i].start:max(ls[i].start, min(t.pos, ls[i].end))]))
	p, w := ls[j].start, 0
	for p < ls[j].end && w+runeWidth(t.value[p]) <= col {
		w += runeWidth(t.value[p])
		p++
	}
	t.pos = p
}

// Render draws the text in width cells and rows lines (growing from min
// to rows as the text does), scrolled so the cursor stays in view.
func (t *textarea) Render(width, minRows, rows int, focused bool) []string {
	ls := t.lines(width)
	cur := cursorLine(ls, t.pos)
	n := min(max(len(ls), minRows), rows)
	top := follow(cur, max(0, cur-n+1), n)
	out := make([]string, 0, n)
	for i := top; i < top+n; i++ {
		if i >= len(ls) {
			out = append(out, pad("", width, ""))
			continue
		}
		sp := ls[i]
		var b strings.Builder
		for p := sp.start; p < sp.end; p++ {
			s := displayRune(t.value[p])
			if focused && i == cur && p == t.pos {
				s = "\x1b[7m" + s + "\x1b[27m"
			}
			b.WriteString(s)
		}
		if focused && i == cur && (t.pos >= sp.end || t.value[t.pos] == '\n') {
			b.WriteString("\x1b[7m \x1b[27m")
		}
		out = append(out, pad(b.String(), width, ""))
	}
	return out
}
