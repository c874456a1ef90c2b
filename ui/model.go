package ui

import (
	"context"
	"errors"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/storage"
)

type screen int

const (
	scrQueue screen = iota
	scrDoc
	scrStats
	scrExpiring
	scrCampaigns
	scrLaws
)

type overlayKind int

const (
	ovNone overlayKind = iota
	ovHelp
	ovLines // timeline, version diff, bulk refusals
)

// Minimum terminal size; below it a clear message replaces the layout.
const minWidth, minHeight = 80, 24

// Model is the program's one tea.Model. It only routes: the screens
// (queue, document, statistics, expiring, campaigns, laws) own their
// state, keys and size; the root keeps the window size, the global keys,
// the overlays and modals, the status line and message log, and which
// screen is on top.
type Model struct {
	ctx    *Context
	keys   KeyMap
	screen screen
	from   screen // where the document returns to
	queue  queueScreen
	doc    docScreen
	stats  *statsScreen
	exp    *expiringScreen
	camps  *campaignsScreen
	lawsv  *lawsScreen
	dlg    *dialog
	ff     *fieldForm
	form   *metaForm
	ov     overlayKind
	ovText []string
	ovTop  int

	status    string
	statusErr bool
	msgLog    []logEntry // every status message, for the message log (M)

	quitting bool // quit once the document's pending actions are stored

	watch     <-chan []storage.Change // the store's commits (live.go)
	stopWatch context.CancelFunc
	goneSince time.Time // the shared store has not answered since (reach.go)
}

// New builds the root model; Run starts it in the terminal.
func New(o Options) *Model {
	ctx := newContext(o)
	keys := Keys(ctx)
	m := &Model{ctx: ctx, keys: keys, queue: newQueue(ctx, keys), lawsv: newLawsScreen(ctx, keys)}
	m.doc = docScreen{ctx: ctx, keymap: keys, list: &m.queue.queueView}
	m.queue.write, m.queue.held = m.doc.write, m.doc.holds
	return m
}

// Run opens the review queue in the terminal until the user quits.
func Run(o Options, opts ...tea.ProgramOption) error {
	_, err := tea.NewProgram(New(o), opts...).Run()
	return err
}

// Init loads the queue, watches the store and asks the terminal for its
// background colour.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.queue.start(), m.subscribe(), tea.RequestBackgroundColor, m.pingLater())
}

// subscribe starts watching the store; the watch ends when the program
// quits (stopWatch).
func (m *Model) subscribe() tea.Cmd {
	ctx, cancel := context.WithCancel(context.Background())
	m.stopWatch = cancel
	m.watch = m.ctx.Store.Watch(ctx)
	return waitChanges(m.watch)
}

func (m *Model) setStatus(s string) {
	m.status, m.statusErr = s, false
	m.logMessage(s, false)
}
func (m *Model) setError(err error) {
	var same *review.UnchangedError
	m.status, m.statusErr = m.ctx.Err(err), !errors.As(err, &same) // nothing to record is no failure
	m.logMessage(m.status, m.statusErr)
}
func (m *Model) bodyHeight() int                          { return m.ctx.Height - 2 }
func (m *Model) tooSmall() bool                           { return m.ctx.Width < minWidth || m.ctx.Height < minHeight }
func (m *Model) is(k tea.KeyPressMsg, b key.Binding) bool { return key.Matches(k, b) }

// Update is the only place state changes: update routes the message and
// settle lays the screen out for the result, so that Render only draws.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	m.settle()
	return m, cmd
}

// update keeps what is the root's and sends the rest to the screen whose
// message it is, or to every screen that cares.
func (m *Model) update(msg tea.Msg) tea.Cmd {
	c := m.ctx
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		c.Width, c.Height = msg.Width, msg.Height
		if m.ov == ovHelp { // the help is laid out for the width
			m.ovText = helpLines(c, m.keys, c.Width)
		}
		return m.broadcast(m.bodySize(), m.screens()...)
	case tea.BackgroundColorMsg:
		c.Theme = NewTheme(c.Theme.ASCII, msg.IsDark(), c.Theme.NoColor)
		c.Styles = NewStyles(c.Theme)
	case tea.MouseWheelMsg:
		n := 3
		if msg.Mouse().Button == tea.MouseWheelUp {
			n = -3
		}
		return m.scroll(n)
	case tea.KeyPressMsg, tea.PasteMsg:
		return m.key(msg)
	case changesMsg: // the queue, the document and the screen on top decide
		to := []screenModel{&m.doc, &m.queue}
		if docs, _ := msg.docs(); len(docs) > 0 {
			to = append(to, m.other())
		}
		return tea.Batch(waitChanges(m.watch), m.broadcast(msg, to...))
	case actedMsg, bulkMsg, undoMsg, versionMsg: // a write landed: the row, then the document, then the screen on top
		cmd := m.broadcast(msg, &m.queue, &m.doc, m.other())
		if m.quitting && !m.doc.writing {
			return tea.Batch(cmd, m.quit())
		}
		return cmd
	case pingDueMsg:
		return ping(c.Store)
	case pingMsg:
		return m.pinged(msg)
	case exportedMsg:
		return m.asked(nil, msg.said(c))
	case listsMsg:
		return m.asked(nil, msg.said(c))
	case docMsg, claimMsg, liveDocMsg, basisMsg, eventsMsg, diffMsg:
		return m.asked(m.doc.Update(msg))
	case summariesMsg, indexMsg, searchMsg, textBatchMsg, rowsMsg, importProgressMsg, importDoneMsg, actorsMsg:
		return m.asked(m.queue.Update(msg))
	case lawsLoadedMsg, lawsTextMsg, lawOpenMsg:
		return m.asked(m.lawsv.Update(msg))
	case statsMsg:
		if m.stats != nil {
			return m.asked(m.stats.Update(msg))
		}
	case expiringMsg:
		if m.exp != nil {
			return m.asked(m.exp.Update(msg))
		}
	case campaignsMsg, campaignWrittenMsg, proposalsMsg:
		if m.camps != nil {
			return m.asked(m.camps.Update(msg))
		}
	}
	return nil
}

// broadcast hands msg to each screen (nil: none) and carries out their
// asks in turn.
func (m *Model) broadcast(msg tea.Msg, to ...screenModel) tea.Cmd {
	var cmds []tea.Cmd
	for _, s := range to {
		if s != nil {
			cmds = append(cmds, m.asked(s.Update(msg)))
		}
	}
	return tea.Batch(cmds...)
}

func (m *Model) showLines(lines []string) {
	m.ov, m.ovText, m.ovTop = ovLines, lines, 0
}

func (m *Model) scroll(n int) tea.Cmd {
	if m.ov != ovNone {
		m.ovTop = max(0, min(m.ovTop+n, len(m.ovText)-1))
		return nil
	}
	return m.asked(m.top().Update(scrollMsg{n}))
}

// key routes a key press: the modal first, then a screen's text field,
// the overlay, the global keys, the screen on top.
func (m *Model) key(msg tea.Msg) tea.Cmd {
	k, isKey := msg.(tea.KeyPressMsg)
	if isKey && m.is(k, m.keys.ForceQuit) {
		return m.quit()
	}
	if m.tooSmall() {
		if isKey && m.is(k, m.keys.Quit) {
			return m.quit()
		}
		return nil
	}
	if cmd, ok := m.modal(msg); ok {
		return cmd
	}
	s := m.top()
	if s.Typing() {
		return m.asked(s.Update(msg))
	}
	if !isKey {
		return nil
	}
	if m.ov != ovNone {
		m.overlayKey(k)
		return nil
	}
	switch {
	case m.is(k, m.keys.Quit):
		if m.doc.writing {
			m.quitting = true // quit once the pending actions are stored
			m.setStatus(m.ctx.T("正在保存…", "saving…"))
			return nil
		}
		return m.quit()
	case m.is(k, m.keys.Help):
		m.ov, m.ovTop = ovHelp, 0
		m.ovText = helpLines(m.ctx, m.keys, m.ctx.Width)
		return nil
	case m.is(k, m.keys.Messages):
		m.showLines(messageLines(m.ctx, m.msgLog, m.ctx.Width))
		return nil
	}
	return m.asked(s.Update(k))
}

// modal gives msg to the form or dialog on screen, if there is one; its
// answer goes to the screen that opened it through the ask.
func (m *Model) modal(msg tea.Msg) (tea.Cmd, bool) {
	var done bool
	var cmd tea.Cmd
	var a ask
	switch {
	case m.ff != nil:
		if done, cmd, a = m.ff.update(m.keys, msg); done {
			m.ff = nil
		}
	case m.dlg != nil:
		if done, cmd, a = m.dlg.update(m.keys, m.ctx, msg); done {
			m.dlg = nil
		}
	case m.form != nil:
		save, cancel := m.form.update(m.keys, msg)
		if save {
			cmd, a = m.form.saved(m.ctx)
		}
		if save || cancel {
			m.form = nil
		}
	default:
		return nil, false
	}
	return m.asked(cmd, a), true
}

// overlayKey scrolls or closes the help, the message log or the lines.
func (m *Model) overlayKey(k tea.KeyPressMsg) {
	switch {
	case m.is(k, m.keys.CloseLayer):
		m.ov = ovNone
	case m.is(k, m.keys.Down):
		m.scroll(1)
	case m.is(k, m.keys.Up):
		m.scroll(-1)
	case m.is(k, m.keys.PageDown):
		m.scroll(m.bodyHeight())
	case m.is(k, m.keys.PageUp):
		m.scroll(-m.bodyHeight())
	}
}

// show puts screen s on top.
func (m *Model) show(s screen) {
	m.screen = s
	m.doc.onTop = s == scrDoc
}

// openDoc shows document id (the document screen claims it).
func (m *Model) openDoc(id uint64) tea.Cmd {
	if m.screen != scrDoc {
		m.from = m.screen
	}
	m.show(scrDoc)
	return m.doc.open(id)
}

// back leaves the screen on top: the document for where it was opened
// from, which is told it is on top again; the others for the queue.
func (m *Model) back() tea.Cmd {
	if m.screen != scrDoc {
		m.show(scrQueue)
		return nil
	}
	m.show(m.from)
	return m.asked(m.top().Update(shownMsg{}))
}

// quit ends the program: the watch stops and the open document is let go
// (its claim would otherwise last until the lease expires).
func (m *Model) quit() tea.Cmd {
	if m.stopWatch != nil {
		m.stopWatch()
	}
	if release := m.doc.letGo(); release != nil {
		return tea.Sequence(release, tea.Quit)
	}
	return tea.Quit
}

// goTo opens another screen from the queue.
func (m *Model) goTo(to screen) tea.Cmd {
	c := m.ctx
	var cmd tea.Cmd
	switch to {
	case scrStats:
		m.stats, cmd = newStatsScreen(c, m.keys, m.bodySize())
	case scrExpiring:
		m.exp, cmd = newExpiringScreen(c, m.keys, m.bodySize())
	case scrCampaigns:
		m.camps, cmd = newCampaignsScreen(c, m.keys, m.bodySize(), m.doc.write)
	case scrLaws:
		cmd = m.lawsv.open()
	}
	m.show(to)
	return cmd
}

// top is the screen on top.
func (m *Model) top() screenModel {
	switch m.screen {
	case scrDoc:
		return &m.doc
	case scrStats:
		return m.stats
	case scrExpiring:
		return m.exp
	case scrCampaigns:
		return m.camps
	case scrLaws:
		return m.lawsv
	}
	return &m.queue
}

// other is the screen on top when it is neither the queue nor the
// document (which hear of every write themselves), else nil.
func (m *Model) other() screenModel {
	if m.screen == scrQueue || m.screen == scrDoc {
		return nil
	}
	return m.top()
}

// screens are the screens open, to be told of the window size.
func (m *Model) screens() []screenModel {
	out := []screenModel{&m.queue, &m.doc}
	if m.stats != nil {
		out = append(out, m.stats)
	}
	if m.exp != nil {
		out = append(out, m.exp)
	}
	if m.camps != nil {
		out = append(out, m.camps)
	}
	return append(out, m.lawsv)
}
