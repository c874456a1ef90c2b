package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
)

// bulk.go: the queue screen's actions on the marked rows (or the current
// one) — advance, comment, decide in one DoAll — and the import.

// bulkDone reports a DoAll: how many committed, and every refusal by
// document in an overlay.
func (q *queueScreen) bulkDone(msg bulkMsg) (tea.Cmd, ask) {
	c := q.ctx
	if msg.err != nil {
		return loadSummaries(c.Store, c), ask{err: msg.err}
	}
	var refused []string
	ok := 0
	for _, o := range msg.out {
		if o.Err != nil {
			t := fmt.Sprintf("#%d", o.Event.Doc)
			if i := q.index(o.Event.Doc); i >= 0 {
				t += " " + q.rows[i].Title
			}
			refused = append(refused, t, "  "+c.Err(o.Err))
			continue
		}
		ok++
		delete(q.marks, o.Event.Doc)
	}
	a := ask{status: c.T(fmt.Sprintf("已完成 %d 项操作，%d 项被拒绝", ok, len(refused)/2), fmt.Sprintf("%d actions done, %d refused", ok, len(refused)/2))}
	if len(refused) > 0 {
		a.failed = true
		a.lines = append([]string{c.Styles.Title.Render(c.T("以下操作被拒绝（esc 关闭）", "Refused (esc closes)")), ""}, refused...)
	}
	return loadSummaries(c.Store, c), a
}

// listBody names the documents of a bulk dialog, at most a screenful.
func listBody(rows []review.Summary, line func(review.Summary) string) []string {
	var out []string
	for i, r := range rows {
		if i == 6 {
			out = append(out, fmt.Sprintf("… (+%d)", len(rows)-6))
			break
		}
		out = append(out, line(r))
	}
	return out
}

func (q *queueScreen) bulkAdvance() ask {
	c := q.ctx
	rows := q.marked()
	if len(rows) == 0 {
		return ask{}
	}
	type move struct {
		id       uint64
		from, to review.Stage
		reason   bool
	}
	var moves []move
	var stuck []review.Summary
	reason := false
	for _, r := range rows {
		d := review.Document{ID: r.ID, Kind: r.Kind, Stage: r.Stage, Meta: review.Meta{AffectsOperators: r.AffectsOperators}}
		to, ok := review.Forward(&d)
		if !ok {
			stuck = append(stuck, r)
			continue
		}
		t, _ := transitionTo(d, to)
		nr := t.NeedsReason
		reason = reason || nr
		moves = append(moves, move{r.ID, r.Stage, to, nr})
	}
	body := []string{c.T(fmt.Sprintf("将推进 %d 件文件到下一阶段：", len(moves)), fmt.Sprintf("advance %d documents to their next stage:", len(moves)))}
	byID := map[uint64]move{}
	for _, mv := range moves {
		byID[mv.id] = mv
	}
	var movable []review.Summary
	for _, r := range rows {
		if _, ok := byID[r.ID]; ok {
			movable = append(movable, r)
		}
	}
	body = append(body, listBody(movable, func(r review.Summary) string {
		return fmt.Sprintf("#%d %s → %s", r.ID, r.Title, c.L(byID[r.ID].to.Label()))
	})...)
	if len(stuck) > 0 {
		body = append(body, c.T(fmt.Sprintf("另有 %d 件没有可推进的下一阶段，将跳过", len(stuck)), fmt.Sprintf("%d have no next stage and are skipped", len(stuck))))
	}
	if len(moves) == 0 {
		return ask{status: body[len(body)-1]}
	}
	dlg := &dialog{kind: dlgConfirm, title: c.T("批量推进 ", "Advance ") + countLabel(c, len(moves)), body: body, count: len(moves),
		submit: func(_ *dialog, text string) (tea.Cmd, ask) {
			var evs []review.Event
			for _, mv := range moves {
				p := review.StageChanged{From: mv.from, To: mv.to}
				if mv.reason {
					p.Reason = text
				}
				evs = append(evs, review.NewEvent(mv.id, p))
			}
			return doAll(c.Store, evs), ask{}
		}}
	if reason {
		dlg.kind, dlg.required = dlgPrompt, true
		dlg.label = c.T("理由（跳过公平竞争审查等需要）：", "Reason (needed e.g. to skip the fair-competition review):")
	}
	return ask{dlg: dlg}
}

func (q *queueScreen) bulkComment() ask {
	c := q.ctx
	rows := q.marked()
	if len(rows) == 0 {
		return ask{}
	}
	ids := idsOf(rows)
	return ask{dlg: &dialog{kind: dlgPrompt, required: true, title: c.T("批注 ", "Comment on ") + countLabel(c, len(rows)),
		body: listBody(rows, func(r review.Summary) string { return fmt.Sprintf("#%d %s", r.ID, r.Title) }), count: len(rows),
		label: c.T("批注内容：", "Comment:"),
		submit: func(_ *dialog, text string) (tea.Cmd, ask) {
			var evs []review.Event
			for _, id := range ids {
				evs = append(evs, review.NewEvent(id, review.Comment{Text: text}))
			}
			return doAll(c.Store, evs), ask{}
		}}}
}

func (q *queueScreen) bulkDecide() ask {
	c := q.ctx
	rows := q.marked()
	if len(rows) == 0 {
		return ask{}
	}
	return ask{dlg: &dialog{kind: dlgDecision, title: c.T("对 ", "Decide ") + countLabel(c, len(rows)) + c.T(" 作出决定", ""),
		body:  listBody(rows, func(r review.Summary) string { return fmt.Sprintf("#%d %s [%s]", r.ID, r.Title, c.L(r.Stage.Label())) }),
		count: len(rows), label: c.T("审查意见：", "Opinion:"), submit: decideSubmit(c, idsOf(rows), nil)}}
}

// decideSubmit records the decision dialog's outcome for ids: through the
// document's write when there is one (the open document), else in one
// DoAll.
func decideSubmit(c *Context, ids []uint64, write func(*dialog, review.Event) (tea.Cmd, ask)) func(d *dialog, text string) (tea.Cmd, ask) {
	return func(d *dialog, text string) (tea.Cmd, ask) {
		o := d.outcomeValue()
		if len(ids) == 1 && write != nil {
			return write(d, review.NewEvent(ids[0], review.Decided{Outcome: o, Note: text}))
		}
		var evs []review.Event
		for _, id := range ids {
			evs = append(evs, review.NewEvent(id, review.Decided{Outcome: o, Note: text}))
		}
		return doAll(c.Store, evs), ask{}
	}
}

func idsOf(rows []review.Summary) []uint64 {
	ids := make([]uint64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	return ids
}

func (q *queueScreen) importPrompt() ask {
	c := q.ctx
	if q.imp != nil {
		return ask{status: c.T("正在导入，请稍候", "an import is running")}
	}
	return ask{dlg: &dialog{kind: dlgPrompt, required: true, title: c.T("导入文件", "Import files"),
		body:  []string{c.T("文件或文件夹路径（.txt/.md/.docx/.pdf，文件夹递归）", "file or folder path (.txt/.md/.docx/.pdf, folders recursively)")},
		label: c.T("路径：", "Path:"),
		submit: func(_ *dialog, text string) (tea.Cmd, ask) {
			ch := make(chan tea.Msg, 64)
			q.imp = &importState{ch: ch}
			return startImport(c.Store, strings.TrimSpace(text), ch), ask{}
		}}}
}
