package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the screen; terminal modes are declared on the View.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = m.ctx.T("备审", "beishen")
	return v
}

// Render is the screen as a string of exactly the window's size.
func (m *Model) Render() string {
	c := m.ctx
	w, h := c.Width, c.Height
	if w == 0 || h == 0 {
		return ""
	}
	if m.tooSmall() {
		return tooSmall(c, w, h)
	}
	bodyH := h - 2
	var body string
	switch {
	case m.ov == ovHelp:
		top := min(m.ovTop, max(0, len(m.ovText)-bodyH))
		body = strings.Join(m.ovText[top:min(len(m.ovText), top+bodyH)], "\n")
	case m.ov == ovLines:
		end := min(len(m.ovText), m.ovTop+bodyH)
		body = strings.Join(m.ovText[min(m.ovTop, end):end], "\n")
	default:
		body = m.top().Render()
	}
	body = fit(body, w, bodyH, c.Theme.Ellipsis)
	switch {
	case m.ff != nil:
		body = overlay(body, m.ff.Render(c, w), w, bodyH)
	case m.dlg != nil:
		body = overlay(body, m.dlg.Render(c, w), w, bodyH)
	case m.form != nil:
		body = overlay(body, m.form.Render(c, w), w, bodyH)
	}
	return fit(body+"\n"+m.statusLine(w)+"\n"+m.footer(w), w, h, c.Theme.Ellipsis)
}

func (m *Model) statusLine(w int) string {
	c := m.ctx
	st := c.Styles
	if line, ok := m.queue.importing(w); ok {
		return line
	}
	if !m.goneSince.IsZero() && !m.statusErr {
		return m.goneLine(w)
	}
	if m.status != "" {
		style := st.Info
		if m.statusErr {
			style = st.Error
		}
		// A message cut here says where to read the rest.
		if ansi.StringWidth(m.status) > w {
			more := st.Dim.Render(" " + m.keys.Messages.Help().Key + c.T(" 看全文", " full text"))
			return trunc(style.Render(m.status), w-ansi.StringWidth(more), c.Theme.Ellipsis) + more
		}
		return trunc(style.Render(m.status), w, c.Theme.Ellipsis)
	}
	return m.queue.summary(w)
}

func (m *Model) footer(w int) string {
	k := m.keys
	switch {
	case m.dlg != nil || m.form != nil || m.ff != nil:
		return ""
	case m.ov != ovNone:
		return footer(m.ctx, []key.Binding{k.Back, k.Down, k.Up, k.PageDown}, w)
	}
	return footer(m.ctx, m.top().Help(), w)
}

// tooSmall is the centred notice shown below the minimum size.
func tooSmall(c *Context, w, h int) string {
	msg := c.T(fmt.Sprintf("终端太小：至少需要 %d×%d，当前 %d×%d", minWidth, minHeight, w, h),
		fmt.Sprintf("terminal too small: needs at least %d×%d, now %d×%d", minWidth, minHeight, w, h))
	lines := wrapString(msg, w)
	top := max(0, (h-len(lines))/2)
	out := make([]string, 0, h)
	for i := 0; i < top; i++ {
		out = append(out, "")
	}
	for _, l := range lines {
		out = append(out, strings.Repeat(" ", max(0, (w-ansi.StringWidth(l))/2))+l)
	}
	return fit(strings.Join(out, "\n"), w, h, "")
}
