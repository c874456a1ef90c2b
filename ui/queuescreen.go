package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/search"
)

// queueScreen is the queue as a screen: the list (queueView), the search
// line over it with its index and second tier, the marks and the bulk
// actions on them, the assignment filter and the import. The root sends
// it the size, the keys when it is on top, its Cmds' messages and the
// ones every screen gets (a write landed: its row; the store's changes).
type queueScreen struct {
	queueView
	ctx           *Context
	keymap        KeyMap // (keys are the rows' sort keys)
	width, height int    // the body's
	loaded        bool   // the rows were read once

	// The search line: sin has the keys while searching; seq numbers the
	// keystrokes, so that results of an older one are dropped.
	searching bool
	sin       input
	seq       int
	resultSeq int  // the seq of the results on screen
	openNext  bool // enter came before the results: open the best hit then
	searcher  *search.Searcher
	ix        *search.Index
	indexing  bool     // the one-time index build is running
	text      textScan // the query's second tier, in the texts (fulltext.go)

	imp *importState // the import running, shown in the status line

	// write records one action through the document screen's queue of
	// actions (a single row's assignment); held says this program holds
	// a document's claim, which is no news in the queue.
	write func(review.Event) (tea.Cmd, ask)
	held  func(id uint64) bool
}

type importState struct {
	done, total int
	file        string
	ch          chan tea.Msg
}

func newQueue(c *Context, keys KeyMap) queueScreen {
	return queueScreen{ctx: c, keymap: keys, queueView: queueView{me: c.Actor, marks: map[uint64]bool{}, pos: map[uint64]int{}, byStage: map[kindStage]int{}}}
}

// start reads the rows and, beside them, the search index (not after the
// first frame, so search is ready about when the queue is).
func (q *queueScreen) start() tea.Cmd {
	q.indexing = true
	return tea.Batch(loadSummaries(q.ctx.Store, q.ctx), loadRows(q.ctx.Store, nil), buildIndex(q.ctx.Store))
}

// Update takes the size, the wheel, the keys, the rows, the search's
// answers, the import's progress and the writes that landed.
func (q *queueScreen) Update(msg tea.Msg) (tea.Cmd, ask) {
	c := q.ctx
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		q.width, q.height = msg.Width, msg.Height
	case scrollMsg:
		q.move(msg.n)
	case tea.KeyPressMsg, tea.PasteMsg:
		return q.key(msg)
	case summariesMsg:
		if msg.err != nil {
			return nil, ask{err: msg.err}
		}
		q.loaded = true
		q.setRows(msg.rows, msg.dues, c)
		if q.ix == nil && !q.indexing {
			q.indexing = true
			return buildIndex(c.Store), ask{}
		}
	case indexMsg:
		q.indexing = false
		if msg.err != nil {
			return nil, ask{err: msg.err}
		}
		q.ix, q.searcher = msg.ix, msg.s
		if v := q.sin.Value(); v != "" {
			q.seq++
			return runSearch(q.searcher, q.seq, v), ask{}
		}
	case searchMsg:
		return q.searched(msg)
	case textBatchMsg:
		return q.textBatch(msg)
	case rowsMsg:
		return nil, q.rowsLoaded(msg)
	case changesMsg:
		return q.changed(msg), ask{}
	case actorsMsg: // the names for the assign form, asked for here or by the document
		return nil, assignDialog(c, msg, q.write)
	case actedMsg:
		if msg.err == nil {
			q.rowChanged(msg.doc)
		}
	case versionMsg:
		if msg.err != nil {
			return nil, ask{err: msg.err}
		}
		d := msg.doc
		q.rowChanged(d) // (the document screen then says what changed since the last version)
		h, md, l := d.OpenFindings()
		return nil, ask{status: fmt.Sprintf(c.T("已导入第 %d 版：%s，自动发现 %d 条", "version %d imported: %s, %d findings"),
			d.Version, c.L(d.Stage.Label()), h+md+l)}
	case undoMsg:
		if msg.err == nil || msg.n > 0 { // a batch refused midway: the row as it stands
			q.rowChanged(msg.doc) // undo and redo touch one document
		}
		if msg.err != nil {
			return nil, ask{err: msg.err}
		}
		return nil, ask{status: undoneStatus(c, msg)}
	case bulkMsg:
		return q.bulkDone(msg)
	case importProgressMsg:
		if q.imp != nil {
			q.imp.done, q.imp.total, q.imp.file = msg.done, msg.total, msg.file
			return waitImport(q.imp.ch), ask{}
		}
	case importDoneMsg:
		return loadSummaries(c.Store, c), q.imported(msg)
	}
	return nil, ask{}
}

// key moves, switches tabs, filters, sorts and marks, opens, searches and
// starts the bulk actions; while searching the search line has the keys.
func (q *queueScreen) key(msg tea.Msg) (tea.Cmd, ask) {
	if q.searching {
		return q.searchKey(msg)
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, ask{}
	}
	c, keys := q.ctx, q.keymap
	is := func(b key.Binding) bool { return key.Matches(k, b) }
	if is(keys.Decide) {
		if err := c.Role.May(review.EvDecision); err != nil {
			return nil, ask{err: err} // only the head decides
		}
	}
	if cmd, ok := undoKey(keys, c.Store, k, 0); ok {
		return cmd, ask{}
	}
	if listKey(keys, k, q.height-3, q.move) {
		return nil, ask{}
	}
	switch {
	case is(keys.Open):
		if id, ok := q.current(); ok {
			return nil, ask{open: id}
		}
	case is(keys.Search):
		q.searching = true
	case is(keys.Back):
		if q.query != "" {
			q.clearSearch()
		}
	case is(keys.NextTab):
		q.tab = (q.tab + 1) % len(queueTabs)
		q.refresh(c)
	case is(keys.PrevTab):
		q.tab = (q.tab + len(queueTabs) - 1) % len(queueTabs)
		q.refresh(c)
	case is(keys.TabN):
		q.tab = int(k.Code - '1')
		q.refresh(c)
	case is(keys.Kinds):
		return nil, ask{status: q.nextKind(c)}
	case is(keys.Mine):
		return nil, ask{status: q.nextWhose(c)}
	case is(keys.Sort):
		q.sort = (q.sort + 1) % 3
		q.refresh(c)
		return nil, ask{status: c.T("排序：", "sort: ") + c.L(sortLabels[q.sort])}
	case is(keys.Mark):
		q.toggleMark()
	case is(keys.ClearMarks):
		q.marks = map[uint64]bool{}
	case is(keys.Assign):
		var ids []uint64
		if len(q.marks) > 0 {
			ids = idsOf(q.marked())
		} else if id, ok := q.current(); ok {
			ids = []uint64{id}
		}
		return assignKey(c, ids)
	case is(keys.Advance):
		return nil, q.bulkAdvance()
	case is(keys.Comment):
		return nil, q.bulkComment()
	case is(keys.Decide):
		return nil, q.bulkDecide()
	case is(keys.Import):
		return nil, q.importPrompt()
	case is(keys.ExportLog):
		return nil, ask{ff: exportLogForm(c)}
	case is(keys.Stats):
		return nil, ask{to: scrStats}
	case is(keys.Expiring):
		return nil, ask{to: scrExpiring}
	case is(keys.Laws):
		return nil, ask{to: scrLaws}
	case is(keys.Campaigns):
		return nil, ask{to: scrCampaigns}
	}
	return nil, ask{}
}

// searchKey edits the query, moves through the hits and opens one; every
// change of the query runs it (the index answers in a Cmd).
func (q *queueScreen) searchKey(msg tea.Msg) (tea.Cmd, ask) {
	keys := q.keymap
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, keys.Back):
			q.clearSearch()
			return nil, ask{}
		case key.Matches(k, keys.Submit):
			q.searching = false
			if q.resultSeq != q.seq && strings.TrimSpace(q.sin.Value()) != "" {
				q.openNext = true
				return nil, ask{}
			}
			if id, ok := q.current(); ok {
				return nil, ask{open: id}
			}
			return nil, ask{}
		case key.Matches(k, keys.SearchUp):
			q.move(-1)
			return nil, ask{}
		case key.Matches(k, keys.SearchDown):
			q.move(1)
			return nil, ask{}
		}
	}
	before := q.sin.Value()
	q.sin.Update(msg)
	v := q.sin.Value()
	if v == before {
		return nil, ask{}
	}
	q.seq++ // results of earlier keystrokes are now stale
	q.stopTextScan()
	if strings.TrimSpace(v) == "" {
		q.query, q.hits = "", nil
		q.refresh(q.ctx)
		return nil, ask{}
	}
	if q.searcher == nil {
		return nil, ask{} // the index is being built; indexMsg runs the query
	}
	return runSearch(q.searcher, q.seq, v), ask{}
}

// searched shows the title hits of the latest query and starts the scan
// of the texts; enter pressed before them opens the best hit now.
func (q *queueScreen) searched(msg searchMsg) (tea.Cmd, ask) {
	if msg.seq != q.seq { // a newer keystroke is on its way
		return nil, ask{}
	}
	q.resultSeq = msg.seq
	q.query, q.hits, q.total = msg.query, msg.res.Hits, msg.res.Total
	q.cursor = 0
	q.refresh(q.ctx)
	scan := q.startTextScan(msg.query)
	if q.openNext {
		q.openNext = false
		if id, ok := q.current(); ok {
			return scan, ask{open: id}
		}
	}
	return scan, ask{}
}

func (q *queueScreen) clearSearch() {
	q.searching = false
	q.seq++
	q.stopTextScan()
	q.sin.Set("")
	q.query, q.hits = "", nil
	q.refresh(q.ctx)
}

// rowChanged folds one document's new state into its queue row and its
// search entry: one action costs one row, not a reload of every summary.
func (q *queueScreen) rowChanged(d review.Document) {
	s := review.Summarize(&d)
	q.upsert(s, q.ctx)
	if q.ix != nil {
		q.ix.Add(searchEntry(s))
	}
}

// undoneStatus says what an undo or redo did.
func undoneStatus(c *Context, msg undoMsg) string {
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
	if msg.n > 1 {
		verb += fmt.Sprintf(c.T("%d 项 ", "%d × "), msg.n)
	}
	return verb + c.L(what.Label()) + fmt.Sprintf(" (#%d)", msg.ev.Doc)
}

// imported reports a finished import, with the files it could not take
// in an overlay.
func (q *queueScreen) imported(msg importDoneMsg) ask {
	c := q.ctx
	q.imp = nil
	if msg.err != nil {
		return ask{err: msg.err}
	}
	a := ask{status: c.T(fmt.Sprintf("导入完成：新增 %d 件，重复 %d 件，失败 %d 件", len(msg.rep.Imported), len(msg.rep.Duplicates), len(msg.rep.Failed)),
		fmt.Sprintf("import done: %d new, %d duplicates, %d failed", len(msg.rep.Imported), len(msg.rep.Duplicates), len(msg.rep.Failed)))}
	if len(msg.rep.Failed) > 0 {
		a.lines = []string{c.Styles.Title.Render(c.T("未能导入的文件（esc 关闭）", "Files not imported (esc closes)")), ""}
		for _, f := range msg.rep.Failed {
			a.lines = append(a.lines, f.File+"：", "  "+c.Err(f.Err))
		}
	}
	return a
}

// settle keeps the cursor's row on the page (settle.go).
func (q *queueScreen) settle() { q.offset = follow(q.cursor, q.offset, q.listRows()) }

// listRows is how many rows of the queue show: the body less the tabs
// and the header, and the search bar while there is one.
func (q *queueScreen) listRows() int {
	h := q.height - 2
	if q.searching || q.query != "" {
		h--
	}
	return h
}

func (q *queueScreen) Typing() bool { return q.searching }

func (q *queueScreen) Help() []key.Binding {
	if q.searching {
		return []key.Binding{q.keymap.Open, q.keymap.Back}
	}
	help := q.keymap.QueueHelp()
	if q.ctx.Role.May(review.EvDecision) != nil {
		// A reviewer is not offered the head's decision (walking the
		// office road, the footer said "D 作出决定" to a reviewer, and D
		// only said no).
		d := q.keymap.Decide.Help().Key
		help = slices.DeleteFunc(help, func(b key.Binding) bool { return b.Help().Key == d })
	}
	return help
}

// Render draws the queue, under the search bar while there is one.
func (q *queueScreen) Render() string {
	c, w, h := q.ctx, q.width, q.height
	if !q.loaded {
		return c.Styles.Dim.Render(c.T("正在读取队列…", "loading the queue…"))
	}
	if !q.searching && q.query == "" {
		return q.queueView.Render(c, w, h)
	}
	label := c.Styles.Key.Render("/ ") + c.T("搜索：", "search: ")
	count := q.searchCount()
	bar := label + q.sin.Render(w-ansi.StringWidth(label)-max(14, ansi.StringWidth(count)+1), q.searching)
	bar += c.Styles.Dim.Render(count)
	if preview, ok := q.textPreview(w); ok {
		return trunc(bar, w, c.Theme.Ellipsis) + "\n" + fit(q.queueView.Render(c, w, h-2), w, h-2, c.Theme.Ellipsis) + "\n" + fit(preview, w, 1, c.Theme.Ellipsis)
	}
	return trunc(bar, w, c.Theme.Ellipsis) + "\n" + q.queueView.Render(c, w, h-1)
}

// importing is the status line while an import runs: its progress.
func (q *queueScreen) importing(w int) (string, bool) {
	c := q.ctx
	if q.imp == nil {
		return "", false
	}
	barW := 20
	fill := 0
	if q.imp.total > 0 {
		fill = q.imp.done * barW / q.imp.total
	}
	bar := "[" + strings.Repeat("#", fill) + strings.Repeat("-", barW-fill) + "]"
	return trunc(c.Styles.Info.Render(fmt.Sprintf(c.T("导入 %d/%d %s %s", "importing %d/%d %s %s"), q.imp.done, q.imp.total, bar, q.imp.file)), w, c.Theme.Ellipsis), true
}

// summary is the status line when there is no message: the queue's counts.
func (q *queueScreen) summary(w int) string {
	c := q.ctx
	s := c.T(fmt.Sprintf("共 %d 件 · 逾期 %d 件 · ", len(q.rows), q.overdue), countLabel(c, len(q.rows))+fmt.Sprintf(" · %d overdue · ", q.overdue))
	if n := q.tentative; n > 0 {
		// The queue marks those dates "*" where the column is narrow.
		s += c.T(fmt.Sprintf("暂定期限(*) %d 件 · ", n), fmt.Sprintf("%d provisional (*) · ", n))
	}
	s += c.T(fmt.Sprintf("已标记 %d 件 · %s", len(q.marks), c.L(sortLabels[q.sort])),
		fmt.Sprintf("%d marked · %s", len(q.marks), c.L(sortLabels[q.sort])))
	if c.Store != nil {
		s += " · " + c.Store.Path()
	}
	if c.Unvouched { // first, where a narrow window still shows it
		s = c.T("未认证：操作人“"+c.Actor+"”取自设置 · ", "no authentication: \""+c.Actor+"\" is from the settings · ") + s
	}
	return trunc(c.Styles.Status.Render(s), w, c.Theme.Ellipsis)
}
