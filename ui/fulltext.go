package ui

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"beishen/ui/jobs"
)

// This file is the second tier of the queue's / search: once the title
// hits of a query are on screen, a background scan reads the current texts
// a batch at a time (jobs.TextSearch, the matcher list --query uses) and
// the documents found only in their text are appended below the title
// hits, marked 「正文」, with the matched words of the selected one on the
// line under the list. A keystroke cancels the scan; a batch of an older
// query (its seq is not the model's) is dropped.

// textScan is the state of the current query's second tier.
type textScan struct {
	seq     int // the query generation the scan serves
	running bool
	cancel  context.CancelFunc
	total   int // text hits so far; the queue keeps at most searchLimit
}

// textBatchMsg carries one batch of the scan back to Update; ts is the
// scan's matcher, built with its first batch and passed on to the next.
type textBatchMsg struct {
	seq   int
	ctx   context.Context
	ts    jobs.TextSearch
	batch jobs.TextBatch
	err   error
}

// textMarker precedes the title of a row found in its text.
var textMarker = [2]string{"「正文」", "[text] "}

// startTextScan begins the second tier of q for the current seq, once its
// title hits are on screen.
func (m *Model) startTextScan(q string) tea.Cmd {
	m.stopTextScan()
	if m.ix == nil || m.ctx.Store == nil {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.text = textScan{seq: m.seq, running: true, cancel: cancel}
	// The first tier's whole match set comes from the index itself, not
	// the Searcher, whose cache would keep every broad query's full list.
	ix, st, n, seq := m.ix, m.ctx.Store, m.ix.Len(), m.seq
	return func() tea.Msg {
		ts := jobs.NewTextSearch(ix, n, q)
		b, err := ts.Scan(ctx, st, 0, jobs.TextBatchSize)
		return textBatchMsg{seq: seq, ctx: ctx, ts: ts, batch: b, err: err}
	}
}

// stopTextScan cancels a running scan and forgets its hits: the query
// they answer is gone.
func (m *Model) stopTextScan() {
	if m.text.cancel != nil {
		m.text.cancel()
	}
	m.text = textScan{}
	m.queue.textHits, m.queue.textOf = nil, nil
}

// nextTextBatch reads the batch after the last one.
func nextTextBatch(st Store, prev textBatchMsg) tea.Cmd {
	return func() tea.Msg {
		b, err := prev.ts.Scan(prev.ctx, st, prev.batch.Next, jobs.TextBatchSize)
		return textBatchMsg{seq: prev.seq, ctx: prev.ctx, ts: prev.ts, batch: b, err: err}
	}
}

// textBatch appends one batch's hits below the title hits and asks for
// the next batch, unless a newer query superseded this one.
func (m *Model) textBatch(msg textBatchMsg) tea.Cmd {
	if msg.seq != m.seq || msg.seq != m.text.seq || !m.text.running {
		return nil // an older query's batch
	}
	if msg.err != nil {
		m.stopTextScan()
		if !errors.Is(msg.err, context.Canceled) {
			m.setError(msg.err)
		}
		return nil
	}
	m.text.total += len(msg.batch.Hits)
	if room := searchLimit - len(m.queue.textHits); room > 0 && len(msg.batch.Hits) > 0 {
		cur, hasCur := m.queue.current()
		m.queue.addTextHits(msg.batch.Hits[:min(room, len(msg.batch.Hits))], m.ctx)
		if hasCur {
			m.queue.selectID(cur) // the reviewer's place does not jump as hits arrive
		}
	}
	if msg.batch.Next == 0 {
		m.text.running = false
		m.text.cancel()
		return nil
	}
	return nextTextBatch(m.ctx.Store, msg)
}

// addTextHits appends hits to the second tier and to the visible rows.
func (q *queueView) addTextHits(hits []jobs.TextHit, c *Context) {
	if q.textOf == nil {
		q.textOf = map[uint64]int{}
	}
	for _, h := range hits {
		q.textOf[h.ID] = len(q.textHits)
		q.textHits = append(q.textHits, h)
	}
	q.refresh(c)
}

// textHit is the second-tier hit of row r, if it is one.
func (q *queueView) textHit(id uint64) (jobs.TextHit, bool) {
	if k, ok := q.textOf[id]; ok && q.query != "" {
		return q.textHits[k], true
	}
	return jobs.TextHit{}, false
}

// searchCount is what the search bar says after the query: the title hits
// at once, then 正文检索中… while the texts are read, then both counts.
func (m *Model) searchCount() string {
	c := m.ctx
	title := m.queue.total
	switch {
	case m.queue.query == "":
		return fmt.Sprintf(c.T(" %d 条", " %d hits"), len(m.queue.visible))
	}
	var s string
	if m.text.running {
		s = fmt.Sprintf(c.T(" 标题 %d 条，正文检索中…", " %d by title, searching the texts…"), title)
	} else {
		s = fmt.Sprintf(c.T(" 共 %d 条：标题 %d，正文 %d", " %d hits: %d by title, %d in the text"), title+m.text.total, title, m.text.total)
	}
	if title > len(m.queue.hits) || m.text.total > len(m.queue.textHits) { // capped: say how many are listed
		s += fmt.Sprintf(c.T("，显示 %d", ", %d shown"), len(m.queue.visible))
	}
	return s
}

// textPreview is the line under the list when the selected row was found
// in its text: the clause and the words around the match.
func (m *Model) textPreview(w int) (string, bool) {
	c := m.ctx
	id, ok := m.queue.current()
	if !ok {
		return "", false
	}
	h, ok := m.queue.textHit(id)
	if !ok {
		return "", false
	}
	r := []rune(h.Excerpt)
	line := c.Styles.Dim.Render(c.T("正文", "text")+" ") + clauseOr(c, h.Clause) +
		string(r[:h.Start]) + c.Styles.Match.Render(string(r[h.Start:h.End])) + string(r[h.End:])
	return trunc(line, w, c.Theme.Ellipsis), true
}

func clauseOr(c *Context, clause string) string {
	if clause == "" {
		return ""
	}
	return clause + c.T("：", ": ")
}
