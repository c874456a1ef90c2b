package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// screenModel is a page of the program that owns its state, keys and
// size (statistics, expiring…): the root model sends it the window size
// (its body's), the keys when it is on top, and the messages of its own
// Cmds, and draws it with Render, which changes nothing.
type screenModel interface {
	// Update handles a message meant for the screen; the ask says what
	// the root should do beyond the Cmd (go back, open a document, put a
	// message in the status line), decided in the same Update so that
	// the next key already sees it.
	Update(msg tea.Msg) (tea.Cmd, ask)
	Render() string
	Help() []key.Binding
	// Typing says a text field of the screen has the keys, before the
	// global ones (q is a letter then).
	Typing() bool
}

// ask is what a screen wants of the root.
type ask struct {
	back   bool   // return to the queue
	open   uint64 // open this document
	status string
	err    error
	// root is what only the root does: open a dialog or form over the
	// screen (their answers come back to it), the search, another screen.
	root func(m *Model) tea.Cmd
}

// asked carries out a screen's ask.
func (m *Model) asked(cmd tea.Cmd, a ask) tea.Cmd {
	switch {
	case a.err != nil:
		m.setError(a.err)
	case a.status != "":
		m.setStatus(a.status)
	}
	if a.back {
		m.screen = scrQueue
	}
	if a.root != nil {
		cmd = tea.Batch(cmd, a.root(m))
	}
	if a.open != 0 {
		return tea.Batch(cmd, m.openDoc(a.open))
	}
	return cmd
}

// bodySize is the window size a screen gets: less the status line and the
// footer.
func (m *Model) bodySize() tea.WindowSizeMsg {
	return tea.WindowSizeMsg{Width: m.ctx.Width, Height: m.bodyHeight()}
}

// scrollMsg scrolls a screen by n lines (the mouse wheel).
type scrollMsg struct{ n int }

// listKey turns the movement keys into a step for a list's move: every
// list moves the same way. page is the rows of a page; it reports whether
// k was a movement key.
func listKey(keys KeyMap, k tea.KeyPressMsg, page int, move func(int)) bool {
	const far = 1 << 30 // clamped to the first or last row
	switch {
	case key.Matches(k, keys.Down):
		move(1)
	case key.Matches(k, keys.Up):
		move(-1)
	case key.Matches(k, keys.PageDown):
		move(page)
	case key.Matches(k, keys.PageUp):
		move(-page)
	case key.Matches(k, keys.Top):
		move(-far)
	case key.Matches(k, keys.Bottom):
		move(far)
	default:
		return false
	}
	return true
}
