package ui

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"

	"beishen/ui/jobs"
)

// This file is the second tier of the queue's / search: once the title
// hits of a query are on screen, a background scan reads the current texts
// a batch at a time (jobs.TextSearch, the matcher list --query uses) and
// the documents found only in their text are appended below the title
// hits, marked 「正文」, with the matched words of the selected one on the
// line under the list. A keystroke cancels the scan; a batch of an older
// query (its seq is not the queue's) is dropped.

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

// startTextScan begins the second tier of query for the current seq, once
// its title hits are on screen.
func (q *queueScreen) startTextScan(query string) tea.Cmd {
	q.stopTextScan()
	if q.ix == nil || q.ctx.Store == nil {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	q.text = textScan{seq: q.seq, running: true, cancel: cancel}
	// The first tier's whole match set comes from the index itself, not
	// the Searcher, whose cache would keep every broad query's full list.
	ix, st, n, seq := q.ix, q.ctx.Store, q.ix.Len(), q.seq
	return func() tea.Msg {
		ts := jobs.NewTextSearch(ix, n, query)
		b, err := ts.Scan(ctx, st, 0, jobs.TextBatchSize)
		return textBatchMsg{seq: seq, ctx: ctx, ts: ts, batch: b, err: err}
	}
}

// stopTextScan cancels a running scan and forgets its hits: the query
// they answer is gone.
func (q *queueScreen) stopTextScan() {
	if q.text.cancel != nil {
		q.text.cancel()
	}
	q.text = textScan{}
	q.textHits, q.textOf = nil, nil
}

// nextTextBatch reads the batch after the last one.
func nextTextBatch(st Store, prev textBatchMsg) tea.Cmd {
	return func() tea.Msg {
		b, err := prev.ts.Scan(prev.ctx, st, prev.batch.Next, jobs.TextBatchSize)
		if err == nil && b.Next == 0 {
			// The scan is over: the texts it decoded go back to the
			// system now, not over minutes (at 100,000 documents one
			// search left the screen 400 MB larger).
			debug.FreeOSMemory()
		}
		return textBatchMsg{seq: prev.seq, ctx: prev.ctx, ts: prev.ts, batch: b, err: err}
	}
}

// textBatch appends one batch's hits below the title hits and asks for
// the next batch, unless a newer query superseded this one.
func (q *queueScreen) textBatch(msg textBatchMsg) (tea.Cmd, ask) {
	if msg.seq != q.seq || msg.seq != q.text.seq || !q.text.running {
		return nil, ask{} // an older query's batch
	}
	if msg.err != nil {
		q.stopTextScan()
		if !errors.Is(msg.err, context.Canceled) {
			return nil, ask{err: msg.err}
		}
		return nil, ask{}
	}
	q.text.total += len(msg.batch.Hits)
	if room := searchLimit - len(q.textHits); room > 0 && len(msg.batch.Hits) > 0 {
		cur, hasCur := q.current()
		q.addTextHits(msg.batch.Hits[:min(room, len(msg.batch.Hits))], q.ctx)
		if hasCur {
			q.selectID(cur) // the reviewer's place does not jump as hits arrive
		}
	}
	if msg.batch.Next == 0 {
		q.text.running = false
		q.text.cancel()
		return nil, ask{}
	}
	return nextTextBatch(q.ctx.Store, msg), ask{}
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
func (q *queueScreen) searchCount() string {
	c := q.ctx
	title := q.total
	switch {
	case q.query == "":
		return fmt.Sprintf(c.T(" %d 条", " %d hits"), len(q.visible))
	}
	var s string
	if q.text.running {
		s = fmt.Sprintf(c.T(" 标题 %d 条，正文检索中…", " %d by title, searching the texts…"), title)
	} else {
		s = fmt.Sprintf(c.T(" 共 %d 条：标题 %d，正文 %d", " %d hits: %d by title, %d in the text"), title+q.text.total, title, q.text.total)
	}
	if title > len(q.hits) || q.text.total > len(q.textHits) { // capped: say how many are listed
		s += fmt.Sprintf(c.T("，显示 %d", ", %d shown"), len(q.visible))
	}
	return s
}

// textPreview is the line under the list when the selected row was found
// in its text: the clause and the words around the match.
func (q *queueScreen) textPreview(w int) (string, bool) {
	c := q.ctx
	id, ok := q.current()
	if !ok {
		return "", false
	}
	h, ok := q.textHit(id)
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
