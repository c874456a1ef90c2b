package ui

import (
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

// docs are the documents the changes touched, each once, in order;
// claims says a claim was taken or let go.
func (msg changesMsg) docs() (order []uint64, claims bool) {
	seen := map[uint64]bool{}
	for _, ch := range msg.changes {
		switch {
		case ch.Type == "":
			claims = true
		case ch.Doc != 0 && !seen[ch.Doc]: // Doc 0: a campaign, not a document
			seen[ch.Doc] = true
			order = append(order, ch.Doc)
		}
	}
	return order, claims
}

// changed reads again what the changes made stale in the queue: the rows
// changed, or every row after a bulk action elsewhere, and the claims.
func (q *queueScreen) changed(msg changesMsg) tea.Cmd {
	c := q.ctx
	order, claims := msg.docs()
	switch {
	case len(order) > manyRows:
		return tea.Batch(loadSummaries(c.Store, c), loadRows(c.Store, nil))
	case len(order) > 0 || claims:
		return loadRows(c.Store, order)
	}
	return nil
}

// rowsLoaded folds the changed rows and the claims into the queue.
func (q *queueScreen) rowsLoaded(msg rowsMsg) ask {
	if msg.err != nil {
		return ask{err: msg.err}
	}
	for _, s := range msg.rows {
		q.upsert(s, q.ctx)
		if q.ix != nil {
			q.ix.Add(searchEntry(s))
		}
	}
	for id := range msg.claims {
		if q.held(id) {
			delete(msg.claims, id) // this program's own hold is no news
		}
	}
	q.claims = msg.claims
	return ask{}
}

// changed decides what the changes make stale on the document screen:
// another's claim may have ended, the open document may have moved on
// (read again, or once this program's own actions are stored); the
// status line says what others did elsewhere.
func (v *docScreen) changed(msg changesMsg) (tea.Cmd, ask) {
	c := v.ctx
	var cmds []tea.Cmd
	docNews := false
	me := c.Store.Identity().Actor
	var news []string // others' actions on documents other than the open one
	for _, ch := range msg.changes {
		switch {
		case ch.Type == "":
			if ch.Doc == v.id && v.claim != nil && v.onTop {
				cmds = append(cmds, claimDoc(c.Store, v.id)) // its holder may have let go
			}
		case ch.Doc == 0: // a campaign, not a document
		case ch.Doc == v.id && ch.Seq > v.seen:
			docNews = true
		case ch.Actor != me && ch.Type == review.EvAssigned && ch.To != "":
			news = append(news, fmt.Sprintf(c.T("%s 把 #%d 分配给 %s", "%s assigned #%d to %s"), ch.Actor, ch.Doc, ch.To))
		case ch.Actor != me && ch.Type != review.EvExport:
			news = append(news, fmt.Sprintf("%s %s（#%d）", ch.Actor, c.L(ch.Type.Label()), ch.Doc))
		}
	}
	var a ask
	if len(news) > 0 && !v.writing {
		if len(news) > 3 {
			news = append(news[:3], fmt.Sprintf(c.T("等 %d 项", "and %d more"), len(news)-3))
		}
		a.status = strings.Join(news, c.T("；", "; "))
	}
	if docNews && v.onTop && v.loaded {
		if v.writing {
			v.behind = true // read again once this program's actions are stored
		} else {
			cmds = append(cmds, reloadDoc(c.Store, v.id, v.seen))
		}
	}
	return tea.Batch(cmds...), a
}

// liveDoc shows the open document as someone else left it, in place, and
// says in the status line who did what.
func (v *docScreen) liveDoc(msg liveDocMsg) ask {
	c := v.ctx
	if msg.id != v.id || !v.onTop || v.writing {
		return ask{}
	}
	if msg.err != nil {
		return ask{err: msg.err}
	}
	if msg.doc.LastSeq <= v.seen {
		return ask{} // this program's own action, already shown
	}
	v.set(msg.doc, msg.ver)
	v.shown, v.seen = msg.doc.Stage, msg.doc.LastSeq
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
		return ask{status: strings.Join(said, c.T("；", "; "))}
	}
	return ask{}
}
