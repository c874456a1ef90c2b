package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// docScreen is the document screen as a screen: the document shown, its
// size, and the keys that move through it (text, findings, checklist).
// The keys that act (answers, forms, the basis pane, leaving) go to the
// root, which owns the write queue, the dialogs and the claim
// (actions.go's docAction).
type docScreen struct {
	docView
	ctx           *Context
	keymap        KeyMap
	width, height int // the body's
}

// bodyH is the height of the text, less the line of another's claim.
func (v *docScreen) bodyH() int {
	h := v.height
	if v.claim != nil {
		h--
	}
	_, _, _, body := docLayout(v.width, h)
	return body
}

// Update takes the size, the wheel and the keys.
func (v *docScreen) Update(msg tea.Msg) (tea.Cmd, ask) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		v.width, v.height = msg.Width, msg.Height
	case scrollMsg:
		v.scroll(msg.n, v.bodyH())
	case tea.KeyPressMsg:
		return v.key(msg)
	}
	return nil, ask{}
}

// key moves through the document here; anything else is the root's.
func (v *docScreen) key(k tea.KeyPressMsg) (tea.Cmd, ask) {
	c, keys := v.ctx, v.keymap
	is := func(b key.Binding) bool { return key.Matches(k, b) }
	act := ask{root: func(m *Model) tea.Cmd { return m.docAction(k) }}
	if !v.loaded || v.basis != nil { // the basis pane has its own keys
		return nil, act
	}
	bodyH := v.bodyH()
	switch {
	case is(keys.Focus):
		if _, rows := v.checkRows(); rows != nil && v.focus == focusText {
			v.focus = focusChecklist
		} else {
			v.focus = focusText
		}
	case is(keys.NextFinding):
		if !v.jump(1, bodyH) {
			return nil, ask{status: c.T("已是最后一条发现", "no further finding")}
		}
	case is(keys.PrevFinding):
		if !v.jump(-1, bodyH) {
			return nil, ask{status: c.T("已是第一条发现", "no earlier finding")}
		}
	case is(keys.Down):
		if v.focus == focusChecklist {
			_, rows := v.checkRows()
			v.item = min(v.item+1, len(rows)-1)
		} else {
			v.scroll(1, bodyH)
		}
	case is(keys.Up):
		if v.focus == focusChecklist {
			v.item = max(v.item-1, 0)
		} else {
			v.scroll(-1, bodyH)
		}
	case is(keys.PageDown):
		v.scroll(bodyH, bodyH)
	case is(keys.PageUp):
		v.scroll(-bodyH, bodyH)
	default:
		return nil, act
	}
	return nil, ask{}
}

func (v *docScreen) Help() []key.Binding {
	if v.focus == focusChecklist {
		return v.keymap.ChecklistHelp()
	}
	return v.keymap.DocHelp()
}
