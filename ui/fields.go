package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// field is one row of a fieldForm: a choice among options, or a text field.
type field struct {
	label   string
	options []string // nil: a text field
	choice  int
	in      input
	hint    string // shown dim under the form while the row is current
}

func (f *field) value() string { return strings.TrimSpace(f.in.Value()) }

// fieldForm is the modal of the filing, cleanup and export dialogs: a few
// choices and text fields, tab between them, ←/→ or space to choose,
// enter to submit. submit returns a message to keep the form open with.
type fieldForm struct {
	title  string
	body   []string
	fields []field
	row    int
	err    string
	// changed runs after a choice changes (e.g. the export path follows
	// the format).
	changed func(f *fieldForm, row, old int)
	// submit turns the answers into the opening screen's Cmd and ask, or
	// says what is wrong with them.
	submit func(f *fieldForm) (tea.Cmd, ask, string)
}

// update handles a key; done closes the form, cmd and a are its result.
func (f *fieldForm) update(keys KeyMap, msg tea.Msg) (done bool, cmd tea.Cmd, a ask) {
	cur := &f.fields[f.row]
	is := func(k tea.KeyPressMsg, b key.Binding) bool { return key.Matches(k, b) }
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case is(k, keys.Back):
			return true, nil, ask{}
		case is(k, keys.Submit):
			cmd, a, problem := f.submit(f)
			if problem != "" {
				f.err = problem
				return false, nil, ask{}
			}
			return true, cmd, a
		case is(k, keys.NextField):
			f.row = (f.row + 1) % len(f.fields)
			return false, nil, ask{}
		case is(k, keys.PrevField):
			f.row = (f.row + len(f.fields) - 1) % len(f.fields)
			return false, nil, ask{}
		}
		if cur.options != nil {
			old := cur.choice
			switch {
			case is(k, keys.NextChoice):
				cur.choice = (cur.choice + 1) % len(cur.options)
			case is(k, keys.PrevChoice):
				cur.choice = (cur.choice + len(cur.options) - 1) % len(cur.options)
			default:
				return false, nil, ask{}
			}
			if f.changed != nil && old != cur.choice {
				f.changed(f, f.row, old)
			}
			f.err = ""
			return false, nil, ask{}
		}
	}
	if cur.options == nil && cur.in.Update(msg) {
		f.err = ""
	}
	return false, nil, ask{}
}

// Render draws the form at most width cells wide.
func (f *fieldForm) Render(c *Context, width int) string {
	st, th := c.Styles, c.Theme
	w := min(width-4, 76)
	inner := w - 4
	labW := 0
	for _, fd := range f.fields {
		labW = max(labW, ansi.StringWidth(fd.label)+1)
	}
	labW = min(labW, inner/3)
	lines := []string{st.DialogTitle.Render(trunc(f.title, inner, th.Ellipsis))}
	for _, b := range f.body {
		lines = append(lines, wrapString(b, inner)...)
	}
	lines = append(lines, "")
	for i, fd := range f.fields {
		mark := " "
		if i == f.row {
			mark = th.Pointer
		}
		head := mark + pad(fd.label, labW, th.Ellipsis)
		var val string
		if fd.options == nil {
			val = fd.in.Render(inner-labW-1, i == f.row)
		} else {
			val = choiceLine(c, fd.options, fd.choice, inner-labW-1)
		}
		lines = append(lines, pad(head+val, inner, th.Ellipsis))
	}
	lines = append(lines, "")
	if h := f.fields[f.row].hint; h != "" {
		for _, l := range wrapString(h, inner) {
			lines = append(lines, st.Dim.Render(l))
		}
	}
	lines = append(lines, st.Dim.Render(trunc(c.T("tab 下一项 · ←/→ 选择 · enter 提交 · esc 取消", "tab next field · ←/→ choose · enter submits · esc cancels"), inner, th.Ellipsis)))
	if f.err != "" {
		for _, l := range wrapString(f.err, inner) {
			lines = append(lines, st.Error.Render(l))
		}
	}
	for i, l := range lines {
		lines[i] = pad(l, inner, th.Ellipsis)
	}
	return st.Dialog.Width(w).Render(strings.Join(lines, "\n"))
}

// choiceLine draws a field's options in width cells, the chosen one marked
// with the pointer (visible without colour too) and always in view: when
// the options are wider than the form (English labels at 80 columns), the
// ones before it give way to an ellipsis.
func choiceLine(c *Context, options []string, choice, width int) string {
	st, th := c.Styles, c.Theme
	cells := func(j int) string {
		if j == choice {
			return th.Pointer + options[j]
		}
		return " " + options[j]
	}
	from := 0
	for from < choice {
		w := ansi.StringWidth(th.Ellipsis)
		if from == 0 {
			w = 0
		}
		for j := from; j <= choice; j++ {
			w += ansi.StringWidth(cells(j))
		}
		if w <= width {
			break
		}
		from++
	}
	var opts []string
	if from > 0 {
		opts = append(opts, st.Dim.Render(th.Ellipsis))
	}
	for j := from; j < len(options); j++ {
		if j == choice {
			opts = append(opts, st.Selected.Render(cells(j)))
		} else {
			opts = append(opts, st.Dim.Render(cells(j)))
		}
	}
	return strings.Join(opts, "")
}
