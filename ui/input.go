package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// input is a one-line text field measured in display cells, so Chinese
// typed through an IME keeps the cursor where it is drawn (the bubbles
// textinput real-cursor bug, stack-notes §3.2, does not arise).
type input struct {
	value []rune
	pos   int
}

func (in *input) Value() string { return string(in.value) }

func (in *input) Set(s string) { in.value, in.pos = []rune(s), len([]rune(s)) }

// Update edits the field; it reports whether the key was consumed.
func (in *input) Update(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		in.insert(strings.ReplaceAll(msg.Content, "\n", " "))
		return true
	case tea.KeyPressMsg:
		k := textKeys
		switch {
		case key.Matches(msg, k.DeleteBack):
			if in.pos > 0 {
				in.value = append(in.value[:in.pos-1], in.value[in.pos:]...)
				in.pos--
			}
		case key.Matches(msg, k.DeleteForward):
			if in.pos < len(in.value) {
				in.value = append(in.value[:in.pos], in.value[in.pos+1:]...)
			}
		case key.Matches(msg, k.Left):
			if in.pos > 0 {
				in.pos--
			}
		case key.Matches(msg, k.Right):
			if in.pos < len(in.value) {
				in.pos++
			}
		case key.Matches(msg, k.LineStart):
			in.pos = 0
		case key.Matches(msg, k.LineEnd):
			in.pos = len(in.value)
		case key.Matches(msg, k.DeleteToStart):
			in.value, in.pos = in.value[in.pos:], 0
		case key.Matches(msg, k.Space):
			in.insert(" ")
		default:
			if msg.Text == "" || msg.Mod&(tea.ModCtrl|tea.ModAlt) != 0 {
				return false
			}
			in.insert(msg.Text)
		}
		return true
	}
	return false
}

func (in *input) insert(s string) {
	r := []rune(s)
	v := make([]rune, 0, len(in.value)+len(r))
	v = append(v, in.value[:in.pos]...)
	v = append(v, r...)
	v = append(v, in.value[in.pos:]...)
	in.value, in.pos = v, in.pos+len(r)
}

// Render draws the field in width cells with a block cursor, scrolled so
// the cursor stays visible.
func (in *input) Render(width int, focused bool) string {
	if width < 2 {
		return ""
	}
	before := string(in.value[:in.pos])
	after := string(in.value[in.pos:])
	cur := " "
	if in.pos < len(in.value) {
		cur = string(in.value[in.pos])
		after = string(in.value[in.pos+1:])
	}
	// Scroll: drop leading cells until before+cursor fits.
	for ansi.StringWidth(before)+ansi.StringWidth(cur) > width && before != "" {
		_, size := firstRune(before)
		before = before[size:]
	}
	curS := cur
	if focused {
		curS = "\x1b[7m" + cur + "\x1b[27m"
	}
	out := before + curS + after
	return pad(out, width, "")
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			n := len(string(r))
			return r, n
		}
	}
	return 0, 0
}
