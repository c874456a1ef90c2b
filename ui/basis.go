package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"beishen/review/laws"
	"beishen/review/rules"
)

// basisPane shows the words of the current finding's or checklist item's
// legal basis beside the draft (the `b` key), in place of the checklist.
type basisPane struct {
	what   string // what the basis is for: "F04 …" or "FC4 …"
	quotes []laws.Quote
	cited  int // the first cited quotes are the draft's own citation (C01–C03)
	loaded bool
	top    int
	lines  []string
	width  int
}

type basisMsg struct {
	doc    uint64
	quotes []laws.Quote
	cited  int
}

// basisRefs are the citations to read for the document screen's selection:
// a citation finding's own citation first, then the basis.
func (v *docView) basisRefs() (what string, cited []string, bases []string, ok bool) {
	if v.focus == focusChecklist {
		r, ok := v.checkRow()
		if !ok || r.item == nil {
			return "", nil, nil, false
		}
		return r.item.ID + " " + r.item.Label.ZH, nil, []string{r.item.Basis}, true
	}
	f, ok := v.finding()
	if !ok {
		return "", nil, nil, false
	}
	bases = f.Basis
	if r, ok := rules.RuleByID(f.Rule); ok && len(bases) == 0 {
		bases = r.Basis
	}
	if strings.HasPrefix(f.Rule, "C0") {
		cited = []string{f.Excerpt}
	}
	return f.Rule + " " + f.Title, cited, bases, true
}

// openBasis opens the pane for the selection and reads the library in a
// command; with no finding selected it goes to the first.
func (v *docScreen) openBasis() (tea.Cmd, ask) {
	c := v.ctx
	if v.focus == focusText {
		if f, a := v.shownFinding(v.bodyH()); f == nil {
			return nil, a
		}
	}
	what, cited, bases, ok := v.basisRefs()
	if !ok {
		return nil, ask{status: c.T("请先选中一条发现或清单项", "select a finding or a checklist item first")}
	}
	v.basis = &basisPane{what: what}
	// The law in force when the document was published; a draft's is today's.
	day := v.doc.Meta.Published
	id := v.id
	return func() tea.Msg {
		src := laws.Default().Src
		var qs []laws.Quote
		for _, s := range cited {
			qs = append(qs, laws.QuoteBasis(src, s, day)...)
		}
		n := len(qs)
		for _, b := range bases {
			qs = append(qs, laws.QuoteBasis(src, b, day)...)
		}
		return basisMsg{doc: id, quotes: qs, cited: n}
	}, ask{}
}

func (v *docView) setBasis(msg basisMsg) {
	if v.basis == nil || msg.doc != v.id {
		return
	}
	v.basis.quotes, v.basis.cited, v.basis.loaded, v.basis.width = msg.quotes, msg.cited, true, 0
}

// basisKey handles the keys while the pane is open: scroll, close, and n/N
// follow the findings with the pane open. done is false for keys the
// document screen should handle as usual.
func (v *docScreen) basisKey(k tea.KeyPressMsg) (tea.Cmd, ask, bool) {
	p, keys := v.basis, v.keymap
	is := func(b key.Binding) bool { return key.Matches(k, b) }
	h := v.bodyH()
	switch {
	case is(keys.Back), is(keys.Basis):
		v.basis = nil
	case is(keys.Down):
		p.top = min(p.top+1, max(0, len(p.lines)-1))
	case is(keys.Up):
		p.top = max(p.top-1, 0)
	case is(keys.PageDown):
		p.top = min(p.top+h-2, max(0, len(p.lines)-1))
	case is(keys.PageUp):
		p.top = max(p.top-h+2, 0)
	case is(keys.NextFinding), is(keys.PrevFinding):
		dir := 1
		if is(keys.PrevFinding) {
			dir = -1
		}
		if v.focus == focusText && v.jump(dir, h) {
			cmd, a := v.openBasis()
			return cmd, a, true
		}
	default:
		return nil, ask{}, false
	}
	return nil, ask{}, true
}

// render draws the pane in width×height.
func (p *basisPane) render(c *Context, width, height int) string {
	st, th := c.Styles, c.Theme
	lines := p.lines
	if p.width != width { // not laid out for this width yet
		lines = p.layout(c, width)
	}
	head := []string{
		st.Title.Render(trunc(c.T("依据条文 · ", "Basis · ")+p.what, width, th.Ellipsis)),
		st.Dim.Render(trunc(c.T("b/esc 关闭 · j/k 滚动 · n/N 下/上一条", "b/esc closes · j/k scroll · n/N next/prev"), width, th.Ellipsis)),
	}
	if !p.loaded {
		return strings.Join(append(head, st.Dim.Render(c.T("正在读取法规库…", "reading the library…"))), "\n")
	}
	body := lines[min(p.top, len(lines)):]
	if n := height - len(head); len(body) > n {
		body = body[:max(0, n)]
	}
	return strings.Join(append(head, body...), "\n")
}

func (p *basisPane) layout(c *Context, width int) []string {
	st := c.Styles
	var out []string
	if len(p.quotes) == 0 {
		return wrapString(c.T("该依据不是法律法规条文（如规范性文件或工作制度），法规库中无原文。",
			"This basis is not a statutory provision (a policy document or practice); the library has no text of it."), width)
	}
	for i, q := range p.quotes {
		if i == 0 && p.cited > 0 {
			out = append(out, st.Header.Render(c.T("草稿所引：", "The draft cites:")))
		} else if i == p.cited {
			if i > 0 {
				out = append(out, "")
			}
			out = append(out, st.Header.Render(c.T("依据：", "Basis:")))
		} else {
			out = append(out, "")
		}
		for _, l := range wrapString(q.Cite, width) {
			out = append(out, st.Bold.Render(l))
		}
		meta := ""
		if !q.Version.IsZero() {
			meta = q.Version.ChineseString() + c.T("版", " version")
		}
		if q.Chapter != "" {
			meta += " · " + q.Chapter
		}
		if meta != "" {
			for _, l := range wrapString(meta, width) {
				out = append(out, st.Dim.Render(l))
			}
		}
		if q.Missing.ZH != "" {
			for _, l := range wrapString(c.L(q.Missing), width) {
				out = append(out, st.Medium.Render(l))
			}
		}
		if q.Words != "" { // the article; for a whole law, its history
			words := q.Words
			if q.Label != "" {
				words = q.Label + "　" + words
			}
			for _, para := range strings.Split(words, "\n") {
				out = append(out, wrapString(para, width)...)
			}
		}
	}
	return out
}
