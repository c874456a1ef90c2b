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
	case m.screen == scrDoc && m.doc.claim != nil:
		body = c.Styles.Error.Render(trunc(claimBanner(c, *m.doc.claim), w, c.Theme.Ellipsis)) + "\n" + m.doc.Render(c, w, bodyH-1)
	case m.screen == scrDoc:
		body = m.doc.Render(c, w, bodyH)
	case m.active() != nil:
		body = m.active().Render()
	default:
		body = m.renderQueue(w, bodyH)
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

func (m *Model) renderQueue(w, h int) string {
	c := m.ctx
	if !m.loaded {
		return c.Styles.Dim.Render(c.T("正在读取队列…", "loading the queue…"))
	}
	if !m.searching && m.queue.query == "" {
		return m.queue.Render(c, w, h)
	}
	label := c.Styles.Key.Render("/ ") + c.T("搜索：", "search: ")
	count := m.searchCount()
	bar := label + m.sin.Render(w-ansi.StringWidth(label)-max(14, ansi.StringWidth(count)+1), m.searching)
	bar += c.Styles.Dim.Render(count)
	if preview, ok := m.textPreview(w); ok {
		return trunc(bar, w, c.Theme.Ellipsis) + "\n" + fit(m.queue.Render(c, w, h-2), w, h-2, c.Theme.Ellipsis) + "\n" + fit(preview, w, 1, c.Theme.Ellipsis)
	}
	return trunc(bar, w, c.Theme.Ellipsis) + "\n" + m.queue.Render(c, w, h-1)
}

func (m *Model) statusLine(w int) string {
	c := m.ctx
	st := c.Styles
	if m.imp != nil {
		barW := 20
		fill := 0
		if m.imp.total > 0 {
			fill = m.imp.done * barW / m.imp.total
		}
		bar := "[" + strings.Repeat("#", fill) + strings.Repeat("-", barW-fill) + "]"
		return trunc(st.Info.Render(fmt.Sprintf(c.T("导入 %d/%d %s %s", "importing %d/%d %s %s"), m.imp.done, m.imp.total, bar, m.imp.file)), w, c.Theme.Ellipsis)
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
	over := m.queue.overdue
	s := c.T(fmt.Sprintf("共 %d 件 · 逾期 %d 件 · ", len(m.queue.rows), over), fmt.Sprintf("%d documents · %d overdue · ", len(m.queue.rows), over))
	if n := m.queue.tentative; n > 0 {
		// The queue marks those dates "*" where the column is narrow.
		s += c.T(fmt.Sprintf("暂定期限(*) %d 件 · ", n), fmt.Sprintf("%d provisional (*) · ", n))
	}
	s += c.T(fmt.Sprintf("已标记 %d 件 · %s", len(m.queue.marks), c.L(sortLabels[m.queue.sort])),
		fmt.Sprintf("%d marked · %s", len(m.queue.marks), c.L(sortLabels[m.queue.sort])))
	if c.Store != nil {
		s += " · " + c.Store.Path()
	}
	if c.Unvouched { // first, where a narrow window still shows it
		s = c.T("未认证：操作人“"+c.Actor+"”取自设置 · ", "no authentication: \""+c.Actor+"\" is from the settings · ") + s
	}
	return trunc(st.Status.Render(s), w, c.Theme.Ellipsis)
}

func (m *Model) footer(w int) string {
	k := m.keys
	switch {
	case m.dlg != nil || m.form != nil || m.ff != nil:
		return ""
	case m.ov != ovNone:
		return footer(m.ctx, []key.Binding{k.Back, k.Down, k.Up, k.PageDown}, w)
	case m.searching:
		return footer(m.ctx, []key.Binding{k.Open, k.Back}, w)
	case m.screen == scrDoc:
		return footer(m.ctx, m.doc.Help(), w)
	case m.active() != nil:
		return footer(m.ctx, m.active().Help(), w)
	}
	return footer(m.ctx, k.QueueHelp(), w)
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
