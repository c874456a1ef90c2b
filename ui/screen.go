package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// screenModel is a page of the program that owns its state, keys and
// size (queue, document, statistics, expiring…): the root model sends it
// the window size (its body's), the keys when it is on top, the messages
// of its own Cmds and those that concern every screen (a write landed, a
// change from the watch), and draws it with Render, which changes nothing.
type screenModel interface {
	// Update handles a message meant for the screen; the ask says what
	// the root should do beyond the Cmd (go back, open a document, put a
	// message in the status line, show a dialog), decided in the same
	// Update so that the next key already sees it.
	Update(msg tea.Msg) (tea.Cmd, ask)
	Render() string
	Help() []key.Binding
	// Typing says a text field of the screen has the keys, before the
	// global ones (q is a letter then).
	Typing() bool
}

// settler is a screen that lays itself out for the window after every
// Update (settle.go), so that its Render only draws.
type settler interface{ settle() }

// ask is what a screen wants of the root: the only way a screen reaches
// the root.
type ask struct {
	back   bool   // leave the screen: the document to where it was opened from, the others to the queue
	home   bool   // return to the queue
	open   uint64 // open this document
	to     screen // open this screen (statistics, expiring, campaigns, laws)
	status string
	err    error
	failed bool     // the status reports a failure (a bulk action's refusals)
	lines  []string // show these lines over the screen (timeline, diff, refusals)
	// A modal over the screen; its answer goes back to the screen that
	// opened it through its submit.
	dlg  *dialog
	ff   *fieldForm
	form *metaForm
}

// asked carries out a screen's ask.
func (m *Model) asked(cmd tea.Cmd, a ask) tea.Cmd {
	switch {
	case a.err != nil:
		m.setError(a.err)
	case a.status != "":
		m.setStatus(a.status)
	}
	if a.failed {
		m.markError()
	}
	if a.lines != nil {
		m.showLines(a.lines)
	}
	switch {
	case a.dlg != nil:
		m.dlg = a.dlg
	case a.ff != nil:
		m.ff = a.ff
	case a.form != nil:
		m.form = a.form
	}
	switch {
	case a.home:
		m.show(scrQueue)
	case a.back:
		cmd = tea.Batch(cmd, m.back())
	}
	if a.to != scrQueue {
		cmd = tea.Batch(cmd, m.goTo(a.to))
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

// shownMsg tells a screen it is on top again after the document it opened
// was closed.
type shownMsg struct{}

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

// undoKey undoes or redoes the last action on document id (0: the last
// anywhere); every screen takes u and ctrl+r the same way.
func undoKey(keys KeyMap, st Store, k tea.KeyPressMsg, id uint64) (tea.Cmd, bool) {
	switch {
	case key.Matches(k, keys.Redo):
		return undoCmd(st, id, true), true
	case key.Matches(k, keys.Undo):
		return undoCmd(st, id, false), true
	}
	return nil, false
}
