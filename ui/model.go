package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/review/search"
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

// Model is the program's one tea.Model; views are plain components.
type Model struct {
	ctx    *Context
	keys   KeyMap
	screen screen
	queue  queueScreen
	doc    docScreen
	from   screen // where esc from the document returns to
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

	searching bool
	sin       input
	seq       int
	resultSeq int  // the seq of the results on screen
	openNext  bool // enter came before the results: open the best hit then
	searcher  *search.Searcher
	ix        *search.Index
	indexing  bool     // the one-time index build is running
	text      textScan // the query's second tier, in the texts (fulltext.go)

	status    string
	statusErr bool
	msgLog    []logEntry // every status message, for the message log (M)
	imp       *importState
	loaded    bool

	writeQ   []review.Event // actions waiting for the store, in key order
	writing  bool
	quitting bool

	watch     <-chan []storage.Change // the store's commits (live.go)
	stopWatch context.CancelFunc
}

type importState struct {
	done, total int
	file        string
	ch          chan tea.Msg
}

// New builds the root model; Run starts it in the terminal.
func New(o Options) *Model {
	ctx := newContext(o)
	q := newQueue()
	keys := Keys(ctx)
	q.me, q.ctx, q.keymap = ctx.Actor, ctx, keys
	return &Model{ctx: ctx, keys: keys, queue: q, doc: docScreen{ctx: ctx, keymap: keys}, lawsv: newLawsScreen(ctx, keys)}
}

// Run opens the review queue in the terminal until the user quits.
func Run(o Options, opts ...tea.ProgramOption) error {
	_, err := tea.NewProgram(New(o), opts...).Run()
	return err
}

// Init loads the queue, builds the search index beside it (not after the
// first frame, so search is ready about when the queue is), and asks the
// terminal for its background colour.
func (m *Model) Init() tea.Cmd {
	m.indexing = true
	return tea.Batch(loadSummaries(m.ctx.Store, m.ctx), loadRows(m.ctx.Store, nil), buildIndex(m.ctx.Store),
		m.subscribe(), tea.RequestBackgroundColor)
}

// docHeight is the document screen's height, less the line that says who
// else holds it.
func (m *Model) docHeight() int {
	if m.doc.claim != nil {
		return m.bodyHeight() - 1
	}
	return m.bodyHeight()
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
func (m *Model) docBodyHeight() int                       { _, _, _, h := docLayout(m.ctx.Width, m.docHeight()); return h }
func (m *Model) is(k tea.KeyPressMsg, b key.Binding) bool { return key.Matches(k, b) }

// Update is the only place state changes: update handles the message and
// settle lays the screen out for the result, so that Render only draws.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := m.update(msg)
	m.settle()
	return m, cmd
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	c := m.ctx
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		c.Width, c.Height = msg.Width, msg.Height
		if m.ov == ovHelp { // the help is laid out for the width
			m.ovText = helpLines(c, m.keys, c.Width)
		}
		var cmds []tea.Cmd
		for _, s := range m.screens() {
			cmd, _ := s.Update(m.bodySize())
			cmds = append(cmds, cmd)
		}
		m.queue.Update(m.bodySize())
		m.doc.Update(m.bodySize())
		return m, tea.Batch(cmds...)
	case tea.BackgroundColorMsg:
		c.Theme = NewTheme(c.Theme.ASCII, msg.IsDark(), c.Theme.NoColor)
		c.Styles = NewStyles(c.Theme)
	case summariesMsg:
		if msg.err != nil {
			m.setError(msg.err)
			return m, nil
		}
		m.loaded = true
		m.queue.setRows(msg.rows, msg.dues, c)
		if m.ix == nil && !m.indexing {
			m.indexing = true
			return m, buildIndex(c.Store)
		}
		return m, nil
	case indexMsg:
		m.indexing = false
		if msg.err != nil {
			m.setError(msg.err)
			return m, nil
		}
		m.ix, m.searcher = msg.ix, msg.s
		if q := m.sin.Value(); q != "" {
			m.seq++
			return m, runSearch(m.searcher, m.seq, q)
		}
	case searchMsg:
		if msg.seq != m.seq { // a newer keystroke is on its way
			return m, nil
		}
		m.resultSeq = msg.seq
		m.queue.query, m.queue.hits, m.queue.total = msg.query, msg.res.Hits, msg.res.Total
		m.queue.cursor = 0
		m.queue.refresh(c)
		scan := m.startTextScan(msg.query)
		if m.openNext {
			m.openNext = false
			if id, ok := m.queue.current(); ok {
				return m, tea.Batch(m.openDoc(id), scan)
			}
		}
		return m, scan
	case textBatchMsg:
		return m, m.textBatch(msg)
	case docMsg:
		if msg.id != m.doc.id || m.screen != scrDoc {
			return m, nil
		}
		if msg.err != nil {
			m.screen = scrQueue
			m.setError(msg.err)
			return m, m.letGo()
		}
		m.doc.set(msg.doc, msg.ver)
		m.doc.seen = msg.doc.LastSeq
	case changesMsg:
		return m, m.changed(msg)
	case rowsMsg:
		m.rowsLoaded(msg)
	case liveDocMsg:
		m.liveDoc(msg)
	case claimMsg:
		return m, m.claimed(msg)
	case actorsMsg:
		m.assignForm(msg)
	case actedMsg:
		return m, m.acted(msg)
	case basisMsg:
		m.doc.setBasis(msg)
	case lawsLoadedMsg, lawsTextMsg, lawOpenMsg:
		return m, m.asked(m.lawsv.Update(msg))
	case statsMsg:
		if m.stats != nil {
			return m, m.asked(m.stats.Update(msg))
		}
	case expiringMsg:
		if m.exp != nil {
			return m, m.asked(m.exp.Update(msg))
		}
	case exportedMsg:
		m.exported(msg)
	case campaignsMsg, campaignWrittenMsg:
		if m.camps != nil {
			return m, m.asked(m.camps.Update(msg))
		}
	case proposalsMsg:
		m.proposed(msg)
	case listsMsg:
		m.listsExported(msg)
	case bulkMsg:
		return m, m.bulkDone(msg)
	case versionMsg:
		if msg.err != nil {
			m.setError(msg.err)
			return m, nil
		}
		d := msg.doc
		m.rowChanged(d)
		h, md, l := d.OpenFindings()
		m.setStatus(fmt.Sprintf(c.T("已导入第 %d 版：%s，自动发现 %d 条", "version %d imported: %s, %d findings"),
			d.Version, c.L(d.Stage.Label()), h+md+l))
		if d.Rereview != nil {
			m.setStatus(fmt.Sprintf(c.T("已导入第 %d 版：", "version %d imported: "), d.Version) + d.Rereview.Say(c.Lang))
		}
		if m.screen == scrDoc && d.ID == m.doc.id {
			return m, loadDoc(c.Store, d.ID)
		}
	case undoMsg:
		if msg.err != nil {
			m.setError(msg.err)
			return m, nil
		}
		var what review.EventType
		if p, err := msg.ev.Decode(); err == nil {
			switch p := p.(type) {
			case *review.Undo:
				what = p.Type
			case *review.Redo:
				what = p.Type
			}
		}
		verb := c.T("已撤销：", "undone: ")
		if msg.redo {
			verb = c.T("已重做：", "redone: ")
		}
		m.setStatus(verb + c.L(what.Label()) + fmt.Sprintf(" (#%d)", msg.ev.Doc))
		m.rowChanged(msg.doc) // undo and redo touch one document
		if m.screen == scrDoc && msg.doc.ID == m.doc.id {
			if msg.doc.Version != m.doc.ver.N {
				return m, loadDoc(c.Store, m.doc.id)
			}
			m.doc.update(msg.doc)
			m.doc.seen = msg.doc.LastSeq
		}
		return m, nil
	case eventsMsg:
		if msg.err != nil {
			m.setError(msg.err)
			return m, nil
		}
		head := c.Styles.Title.Render(c.T("操作记录（esc 关闭）", "Timeline (esc closes)"))
		m.showLines(append([]string{head, ""}, renderTimeline(c, msg.events, c.Width)...))
	case diffMsg:
		if msg.err != nil {
			m.setError(msg.err)
			return m, nil
		}
		ops := review.DiffClauses(review.SplitClauses(msg.old.Text), review.SplitClauses(msg.cur.Text))
		m.showLines(renderDiff(c, msg.old.N, msg.cur.N, ops, c.Width))
	case importProgressMsg:
		if m.imp != nil {
			m.imp.done, m.imp.total, m.imp.file = msg.done, msg.total, msg.file
			return m, waitImport(m.imp.ch)
		}
	case importDoneMsg:
		m.imp = nil
		if msg.err != nil {
			m.setError(msg.err)
		} else {
			m.setStatus(c.T(fmt.Sprintf("导入完成：新增 %d 件，重复 %d 件，失败 %d 件", len(msg.rep.Imported), len(msg.rep.Duplicates), len(msg.rep.Failed)),
				fmt.Sprintf("import done: %d new, %d duplicates, %d failed", len(msg.rep.Imported), len(msg.rep.Duplicates), len(msg.rep.Failed))))
			if len(msg.rep.Failed) > 0 {
				lines := []string{c.Styles.Title.Render(c.T("未能导入的文件（esc 关闭）", "Files not imported (esc closes)")), ""}
				for _, f := range msg.rep.Failed {
					lines = append(lines, f.File+"：", "  "+c.Err(f.Err))
				}
				m.showLines(lines)
			}
		}
		return m, loadSummaries(c.Store, c)
	case tea.MouseWheelMsg:
		n := 3
		if msg.Mouse().Button == tea.MouseWheelUp {
			n = -3
		}
		m.scroll(n)
	case tea.PasteMsg:
		return m, m.key(msg)
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *Model) showLines(lines []string) {
	m.ov, m.ovText, m.ovTop = ovLines, lines, 0
}

func (m *Model) scroll(n int) {
	switch {
	case m.ov != ovNone:
		m.ovTop = max(0, min(m.ovTop+n, len(m.ovText)-1))
	case m.screen == scrDoc:
		m.doc.Update(scrollMsg{n})
	case m.active() != nil:
		m.active().Update(scrollMsg{n})
	default:
		m.queue.Update(scrollMsg{n})
	}
}

// key routes a key press: modal first, then overlays, search, the screen.
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
	if m.ff != nil {
		done, cmd := m.ff.update(m, msg)
		if done {
			m.ff = nil
		}
		return cmd
	}
	if m.dlg != nil {
		done, cmd := m.dlg.update(m, msg)
		if done {
			m.dlg = nil
		}
		return cmd
	}
	if m.form != nil {
		save, cancel := m.form.update(m.keys, msg)
		switch {
		case save:
			evs := m.form.events()
			m.form = nil
			if len(evs) == 0 {
				m.setStatus(m.ctx.T("没有修改", "nothing changed"))
				return nil
			}
			return doAll(m.ctx.Store, evs)
		case cancel:
			m.form = nil
		}
		return nil
	}
	if m.searching {
		return m.searchKey(msg)
	}
	if s := m.active(); s != nil && s.Typing() {
		return m.asked(s.Update(msg))
	}
	if !isKey {
		return nil
	}
	if m.ov != ovNone {
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
		return nil
	}
	switch {
	case m.is(k, m.keys.Quit):
		if m.writing {
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
	case m.screen == scrDoc && m.doc.loaded && m.readOnly(k):
		return nil
	case (m.screen == scrDoc || m.screen == scrQueue) && m.is(k, m.keys.Decide) && m.ctx.Role.May(review.EvDecision) != nil:
		m.setError(m.ctx.Role.May(review.EvDecision)) // only the head decides
		return nil
	case m.is(k, m.keys.Redo):
		id := uint64(0)
		if m.screen == scrDoc {
			id = m.doc.id
		}
		return undoCmd(m.ctx.Store, id, true)
	case m.is(k, m.keys.Undo):
		id := uint64(0)
		if m.screen == scrDoc {
			id = m.doc.id
		}
		return undoCmd(m.ctx.Store, id, false)
	}
	if s := m.active(); s != nil {
		return m.asked(s.Update(k))
	}
	if m.screen == scrDoc {
		return m.asked(m.doc.Update(k))
	}
	return m.asked(m.queue.Update(k))
}

func (m *Model) searchKey(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case m.is(k, m.keys.Back):
			m.clearSearch()
			return nil
		case m.is(k, m.keys.Submit):
			m.searching = false
			if m.resultSeq != m.seq && strings.TrimSpace(m.sin.Value()) != "" {
				m.openNext = true
				return nil
			}
			if id, ok := m.queue.current(); ok {
				return m.openDoc(id)
			}
			return nil
		case m.is(k, m.keys.SearchUp):
			m.queue.move(-1)
			return nil
		case m.is(k, m.keys.SearchDown):
			m.queue.move(1)
			return nil
		}
	}
	before := m.sin.Value()
	m.sin.Update(msg)
	q := m.sin.Value()
	if q == before {
		return nil
	}
	m.seq++ // results of earlier keystrokes are now stale
	m.stopTextScan()
	if strings.TrimSpace(q) == "" {
		m.queue.query, m.queue.hits = "", nil
		m.queue.refresh(m.ctx)
		return nil
	}
	if m.searcher == nil {
		return nil // the index is being built; indexMsg runs the query
	}
	return runSearch(m.searcher, m.seq, q)
}

func (m *Model) clearSearch() {
	m.searching = false
	m.seq++
	m.stopTextScan()
	m.sin.Set("")
	m.queue.query, m.queue.hits = "", nil
	m.queue.refresh(m.ctx)
}

// openDoc shows document id and claims it for work, letting go of the
// one open before.
func (m *Model) openDoc(id uint64) tea.Cmd {
	if m.screen != scrDoc {
		m.from = m.screen
	}
	var release tea.Cmd
	if m.doc.id != id {
		release = m.letGo()
	}
	m.screen = scrDoc
	m.doc.docView = docView{id: id, holding: m.doc.holding && m.doc.id == id}
	return tea.Batch(release, loadDoc(m.ctx.Store, id), claimDoc(m.ctx.Store, id))
}

// quit ends the program: the watch stops and the open document is let go
// (its claim would otherwise last until the lease expires).
func (m *Model) quit() tea.Cmd {
	if m.stopWatch != nil {
		m.stopWatch()
	}
	if release := m.letGo(); release != nil {
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
		m.camps, cmd = newCampaignsScreen(c, m.keys, m.bodySize())
	case scrLaws:
		return m.openLaws()
	}
	m.screen = to
	return cmd
}

// active is the screen model on top, nil for the screens the root still
// drives itself (queue, document, campaigns, laws).
func (m *Model) active() screenModel {
	switch {
	case m.screen == scrStats && m.stats != nil:
		return m.stats
	case m.screen == scrExpiring && m.exp != nil:
		return m.exp
	case m.screen == scrLaws:
		return m.lawsv
	case m.screen == scrCampaigns && m.camps != nil:
		return m.camps
	}
	return nil
}

// screens are the screen models open, to be told of the window size.
func (m *Model) screens() []screenModel {
	var out []screenModel
	if m.stats != nil {
		out = append(out, m.stats)
	}
	if m.exp != nil {
		out = append(out, m.exp)
	}
	if m.camps != nil {
		out = append(out, m.camps)
	}
	out = append(out, m.lawsv)
	return out
}

// navigate is listKey with the root's keys.
func (m *Model) navigate(k tea.KeyPressMsg, page int, move func(int)) bool {
	return listKey(m.keys, k, page, move)
}
