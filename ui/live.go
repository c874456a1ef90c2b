package ui

import (
	"context"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/review/export"
	"beishen/storage"
)

// live.go keeps the screens in step with the store: one Cmd waits on the
// store's Watch and returns what was committed, Update folds it in and
// issues the wait again (pug's subscription). On a shared store these are
// the other reviewers' actions; on the local file this program's own,
// which the seq of the open document tells apart.

// changesMsg is one or more batches of committed changes.
type changesMsg struct{ changes []storage.Change }

// rowsMsg carries the queue rows of documents changed elsewhere and who
// holds which document now.
type rowsMsg struct {
	rows   []review.Summary
	claims map[uint64]storage.Claim
	err    error
}

// liveDocMsg is the open document read again after someone acted on it;
// events is its history, of which those after seen are news.
type liveDocMsg struct {
	id     uint64
	seen   uint64
	doc    review.Document
	ver    review.Version
	events []review.Event
	err    error
}

// manyRows is where reading the changed rows one by one stops paying and
// the queue is read whole (a bulk action elsewhere).
const manyRows = 200

// subscribe starts watching the store; the watch ends when the program
// quits (stopWatch).
func (m *Model) subscribe() tea.Cmd {
	ctx, cancel := context.WithCancel(context.Background())
	m.stopWatch = cancel
	m.watch = m.ctx.Store.Watch(ctx)
	return waitChanges(m.watch)
}

// waitChanges returns the next batch, with any that queued up behind it,
// so a burst of commits costs one reload.
func waitChanges(ch <-chan []storage.Change) tea.Cmd {
	return func() tea.Msg {
		cs, ok := <-ch
		if !ok {
			return nil
		}
		for {
			select {
			case more, ok := <-ch:
				if !ok {
					return changesMsg{cs}
				}
				cs = append(cs, more...)
			default:
				return changesMsg{cs}
			}
		}
	}
}

func loadRows(st Store, ids []uint64) tea.Cmd {
	return func() tea.Msg {
		rows := make([]review.Summary, 0, len(ids))
		for _, id := range ids {
			d, err := st.Document(id)
			if err != nil {
				return rowsMsg{err: err}
			}
			rows = append(rows, review.Summarize(&d))
		}
		cl, err := st.Claims()
		return rowsMsg{rows: rows, claims: cl, err: err}
	}
}

func reloadDoc(st Store, id, seen uint64) tea.Cmd {
	return func() tea.Msg {
		d, err := st.Document(id)
		if err != nil {
			return liveDocMsg{id: id, err: err}
		}
		v, err := st.Version(id, d.Version)
		if err != nil {
			return liveDocMsg{id: id, err: err}
		}
		evs, err := st.Events(id)
		return liveDocMsg{id: id, seen: seen, doc: d, ver: v, events: evs, err: err}
	}
}

// changed decides what the committed changes make stale on screen.
func (m *Model) changed(msg changesMsg) tea.Cmd {
	c := m.ctx
	cmds := []tea.Cmd{waitChanges(m.watch)}
	ids := map[uint64]bool{}
	var order []uint64
	claims, docNews := false, false
	me := c.Store.Identity().Actor
	var news []string // others' actions on documents other than the open one
	for _, ch := range msg.changes {
		if ch.Type == "" {
			claims = true
			if ch.Doc == m.doc.id && m.doc.claim != nil && m.screen == scrDoc {
				cmds = append(cmds, claimDoc(c.Store, m.doc.id)) // its holder may have let go
			}
			continue
		}
		if ch.Doc == 0 {
			continue // a campaign, not a document
		}
		if !ids[ch.Doc] {
			ids[ch.Doc] = true
			order = append(order, ch.Doc)
		}
		if ch.Doc == m.doc.id && ch.Seq > m.doc.seen {
			docNews = true
		} else if ch.Actor != me && ch.Type != review.EvExport {
			news = append(news, fmt.Sprintf("%s %s（#%d）", ch.Actor, c.L(ch.Type.Label()), ch.Doc))
		}
	}
	if len(news) > 0 && !m.writing {
		if len(news) > 3 {
			news = append(news[:3], fmt.Sprintf(c.T("等 %d 项", "and %d more"), len(news)-3))
		}
		m.setStatus(strings.Join(news, c.T("；", "; ")))
	}
	switch {
	case len(order) > manyRows:
		cmds = append(cmds, loadSummaries(c.Store, c), loadRows(c.Store, nil))
	case len(order) > 0 || claims:
		cmds = append(cmds, loadRows(c.Store, order))
	}
	if docNews && m.screen == scrDoc && m.doc.loaded {
		if m.writing {
			m.doc.behind = true // read again once this program's actions are stored
		} else {
			cmds = append(cmds, reloadDoc(c.Store, m.doc.id, m.doc.seen))
		}
	}
	if len(order) > 0 {
		if s := m.active(); s != nil {
			cmds = append(cmds, m.asked(s.Update(msg)))
		}
	}
	return tea.Batch(cmds...)
}

// rowsLoaded folds the changed rows and the claims into the queue.
func (m *Model) rowsLoaded(msg rowsMsg) {
	if msg.err != nil {
		m.setError(msg.err)
		return
	}
	for _, s := range msg.rows {
		m.queue.upsert(s, m.ctx)
		if m.ix != nil {
			m.ix.Add(searchEntry(s))
		}
	}
	if m.doc.holding {
		delete(msg.claims, m.doc.id) // this program's own hold is no news
	}
	m.queue.claims = msg.claims
}

// liveDoc shows the open document as someone else left it, in place, and
// says in the status line who did what.
func (m *Model) liveDoc(msg liveDocMsg) {
	c := m.ctx
	if msg.id != m.doc.id || m.screen != scrDoc || m.writing {
		return
	}
	if msg.err != nil {
		m.setError(msg.err)
		return
	}
	if msg.doc.LastSeq <= m.doc.seen {
		return // this program's own action, already shown
	}
	m.doc.set(msg.doc, msg.ver)
	m.doc.shown, m.doc.seen = msg.doc.Stage, msg.doc.LastSeq
	details := export.Narrate(msg.events, c.Lang)
	var said []string
	for i, e := range msg.events {
		if e.Seq <= msg.seen {
			continue
		}
		s := e.Actor + " " + c.L(e.Type.Label())
		if d := details[i]; d != "" {
			s += c.T("：", ": ") + strings.SplitN(d, "\n", 2)[0]
		}
		said = append(said, s)
	}
	if len(said) > 0 {
		m.setStatus(strings.Join(said, c.T("；", "; ")))
	}
}
