package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
)

// docKey handles the document screen's keys.
// shownFinding is the finding y and x act on. Never answer one the
// reviewer has not seen: with none chosen yet it shows the first and says
// so, and the next key press acts on it.
func (m *Model) shownFinding(bodyH int) (*review.FindingState, bool) {
	c, v := m.ctx, &m.doc
	if f, ok := v.finding(); ok {
		return f, true
	}
	if v.jump(1, bodyH) {
		m.setStatus(c.T("已跳到第一条发现：看过后再按一次确认或排除", "showing the first finding: press again to confirm or dismiss it"))
	} else {
		m.setStatus(c.T("没有自动发现", "no findings"))
	}
	return nil, false
}

// docAction handles the document screen's keys that act: answers,
// forms, the basis pane, the neighbours, leaving (docScreen moves).
func (m *Model) docAction(k tea.KeyPressMsg) tea.Cmd {
	c, v, keys := m.ctx, &m.doc, m.keys
	if !v.loaded {
		if m.is(k, keys.Back) {
			return m.backFromDoc()
		}
		return nil
	}
	bodyH := m.docBodyHeight()
	st := c.Store
	if v.basis != nil {
		if cmd, done := m.basisKey(k); done {
			return cmd
		}
	}
	switch {
	case m.is(k, keys.Basis):
		return m.openBasis()
	case m.is(k, keys.Back):
		return m.backFromDoc()
	case m.is(k, keys.Confirm):
		f, ok := m.shownFinding(bodyH)
		if !ok {
			return nil
		}
		cmd := m.write(review.NewEvent(v.id, review.FindingAnswered{Key: f.Key(), Rule: f.Rule, Confirm: true}))
		v.jump(1, bodyH) // on to the next finding
		return cmd
	case m.is(k, keys.Dismiss):
		f, ok := m.shownFinding(bodyH)
		if !ok {
			return nil
		}
		key, rule, id := f.Key(), f.Rule, v.id
		m.dlg = &dialog{kind: dlgPrompt, required: true, title: c.T("排除发现 ", "Dismiss finding ") + rule + " " + f.Title,
			label: c.T("排除理由（必填）：", "Reason (required):"),
			submit: func(m *Model, text string) tea.Cmd {
				return m.write(review.NewEvent(id, review.FindingAnswered{Key: key, Rule: rule, Reason: text}))
			}}
	case v.focus == focusChecklist && m.is(k, keys.Cycle):
		r, ok := v.checkRow()
		if !ok {
			return nil
		}
		if r.item == nil { // an exception field is text: e edits it, a mark key never opens it
			m.setStatus(c.T("这是例外说明栏，不是清单项：按 ", "this is an exception field, not a checklist item: ") + keys.Note.Help().Key + c.T(" 填写", " edits it"))
			return nil
		}
		e := v.doc.Check(r.item.ID)
		cmd := m.write(review.NewEvent(v.id, review.ChecklistMarked{Item: r.item.ID, Mark: e.Mark.Next(), Note: e.Note}))
		v.item = v.nextItem() // every mark moves on, whatever it was
		return cmd
	case m.is(k, keys.Note):
		r, ok := v.checkRow()
		if !ok {
			m.setStatus(c.T("本阶段没有审查清单", "no checklist at this stage"))
			return nil
		}
		if r.item == nil {
			return m.exceptionPrompt(r.field)
		}
		e := v.doc.Check(r.item.ID)
		item, id := r.item.ID, v.id
		m.dlg = &dialog{kind: dlgPrompt, title: c.T("备注 ", "Note ") + item + " " + c.L(r.item.Label),
			submit: func(m *Model, text string) tea.Cmd {
				return m.write(review.NewEvent(id, review.ChecklistMarked{Item: item, Mark: e.Mark, Note: text}))
			}}
		m.dlg.in.Set(e.Note)
	case m.is(k, keys.Comment):
		anchor, id, ver := v.anchor(), v.id, v.doc.Version
		title := c.T("批注", "Comment")
		if anchor != "" {
			title += c.T("（"+anchor+"）", " ("+anchor+")")
		}
		m.dlg = &dialog{kind: dlgPrompt, required: true, title: title,
			submit: func(m *Model, text string) tea.Cmd {
				return m.write(review.NewEvent(id, review.Comment{Text: text, Anchor: anchor, Version: ver}))
			}}
	case m.is(k, keys.Advance):
		return m.advance(v.doc)
	case m.is(k, keys.Decide) && v.doc.Kind == review.Filed && v.doc.Stage == review.StageIntake:
		m.registrationForm(v.doc)
	case m.is(k, keys.Decide) && v.doc.Kind == review.Filed && (v.doc.Stage == review.StageDecision ||
		v.doc.Stage == review.StageCorrecting || v.doc.Stage == review.StageAwaiting || v.doc.Stage == review.StageLegality ||
		v.doc.Stage == review.StageFairCompetition):
		m.reviewForm(v.doc)
	case m.is(k, keys.Decide):
		d := v.doc
		m.dlg = &dialog{kind: dlgDecision, doc: &d, title: c.T("作出决定：", "Decide: ") + d.Meta.Title,
			label: c.T("审查意见：", "Opinion:"), submit: decideSubmit([]uint64{d.ID})}
		for _, f := range d.Findings {
			if f.Status == review.FindingConfirmed {
				m.dlg.outcome = 1 // confirmed problems: pass after amendment
				break
			}
		}
	case m.is(k, keys.Meta):
		m.form = newMetaForm(v.doc)
	case m.is(k, keys.NewVersion):
		if m.writing {
			m.setStatus(c.T("正在保存，请稍候", "saving, one moment"))
			return nil
		}
		id := v.id
		m.dlg = &dialog{kind: dlgPrompt, required: true, title: c.T("导入新版本：", "New version of: ") + v.doc.Meta.Title,
			body:  []string{c.T("重新报送的文本（.txt/.md/.docx/.pdf）将作为第 ", "The resubmitted text (.txt/.md/.docx/.pdf) becomes version ") + fmt.Sprint(v.doc.Version+1) + c.T(" 版，并重新运行自动审查", ", checked again")},
			label: c.T("文件路径：", "File:"),
			submit: func(m *Model, text string) tea.Cmd {
				return addVersion(m.ctx.Store, id, strings.TrimSpace(text))
			}}
	case m.is(k, keys.Return):
		m.returnDialog(v.doc)
	case m.is(k, keys.Assign):
		return m.assignKey()
	case m.is(k, keys.Filing):
		m.filingForm()
	case m.is(k, keys.CleanupOutcome):
		m.cleanupForm(v.doc)
	case m.is(k, keys.ExportOpinion):
		m.exportOpinionForm()
	case m.is(k, keys.NextDoc), m.is(k, keys.PrevDoc):
		dir := 1
		if m.is(k, keys.PrevDoc) {
			dir = -1
		}
		if id, ok := m.queue.neighbour(v.id, dir); ok {
			return m.openDoc(id)
		}
		m.setStatus(c.T("队列中没有更多文件", "no more documents in the queue"))
	case m.is(k, keys.Timeline):
		return loadEvents(st, v.id)
	case m.is(k, keys.Diff):
		if v.doc.Version < 2 {
			m.setStatus(c.T("此文件只有一个版本", "this document has one version only"))
			return nil
		}
		return loadVersions(st, v.id, v.doc.Version-1, v.doc.Version)
	}
	return nil
}

// backFromDoc returns to the screen the document was opened from; the
// campaign screen is read again, since an outcome may have been recorded.
func (m *Model) backFromDoc() tea.Cmd {
	m.screen = m.from
	m.queue.selectID(m.doc.id)
	release := m.letGo()
	if m.screen == scrCampaigns {
		return tea.Batch(release, loadCampaigns(m.ctx.Store))
	}
	return release
}

func (m *Model) exceptionPrompt(field int) tea.Cmd {
	c, id, ex := m.ctx, m.doc.id, m.doc.doc.Exception
	m.dlg = &dialog{kind: dlgPrompt, title: c.T("适用例外（《公平竞争审查条例》第十二条）：", "Exception (FCR Regulation Art.12): ") + c.L(exceptionFields[field]),
		submit: func(m *Model, text string) tea.Cmd {
			return m.write(review.NewEvent(id, review.ExceptionRecorded{Exception: withException(ex, field, text)}))
		}}
	m.dlg.in.Set(exceptionValue(ex, field))
	return nil
}

// advance moves the open document to review.Forward's stage, asking for a
// reason when the transition needs one.
func (m *Model) advance(d review.Document) tea.Cmd {
	c := m.ctx
	switch d.Stage {
	case review.StageDeliberation:
		m.deliberationForm(d)
		return nil
	case review.StageApproved:
		m.publishForm(d)
		return nil
	}
	to, ok := review.Forward(&d)
	if !ok {
		m.setError(review.Stuck(&d))
		return nil
	}
	ev := review.StageChanged{From: d.Stage, To: to}
	if needsReason(d, to) {
		id := d.ID
		m.dlg = &dialog{kind: dlgPrompt, required: true,
			title: c.T("转入“"+c.L(to.Label())+"”需要理由", "Moving to "+c.L(to.Label())+" needs a reason"),
			label: c.T("理由：", "Reason:"),
			submit: func(m *Model, text string) tea.Cmd {
				ev.Reason = text
				return m.write(review.NewEvent(id, ev))
			}}
		return nil
	}
	return m.write(review.NewEvent(d.ID, ev))
}

func needsReason(d review.Document, to review.Stage) bool {
	for _, t := range review.NextStages(&d) {
		if t.To == to {
			return t.NeedsReason
		}
	}
	return false
}

// acted folds the result of one action into the views.
func (m *Model) acted(msg actedMsg) tea.Cmd {
	c := m.ctx
	if msg.err == nil && msg.doc.ID == m.doc.id {
		m.doc.seen = msg.doc.LastSeq // the next queued action was decided on this state
	}
	next := m.nextWrite()
	if msg.err != nil {
		m.setError(msg.err)
		if m.screen == scrDoc && msg.ev.Doc == m.doc.id && len(m.writeQ) == 0 {
			return tea.Batch(next, loadDoc(c.Store, m.doc.id)) // undo the optimistic state
		}
		return next
	}
	d := msg.doc
	m.rowChanged(d)
	status := c.T("已记录：", "recorded: ") + c.L(msg.ev.Type.Label())
	if m.screen == scrDoc && d.ID == m.doc.id {
		before := m.doc.shown
		if !m.writing { // later queued actions are already shown optimistically
			m.doc.update(d)
		}
		m.doc.shown = d.Stage
		if before != d.Stage {
			m.doc.item, m.doc.focus = 0, focusText
			status += "：" + c.L(before.Label()) + " → " + c.L(d.Stage.Label())
		}
	}
	m.setStatus(status)
	if m.screen == scrCampaigns {
		return tea.Batch(next, loadCampaigns(c.Store))
	}
	return next
}

// rowChanged folds one document's new state into its queue row and its
// search entry: one action costs one row, not a reload of every summary.
func (m *Model) rowChanged(d review.Document) {
	s := review.Summarize(&d)
	m.queue.upsert(s, m.ctx)
	if m.ix != nil {
		m.ix.Add(searchEntry(s))
	}
}

// bulkDone reports a DoAll: how many committed, and every refusal by
// document in an overlay.
func (m *Model) bulkDone(msg bulkMsg) tea.Cmd {
	c := m.ctx
	if msg.err != nil {
		m.setError(msg.err)
		return loadSummaries(c.Store, c)
	}
	var refused []string
	ok := 0
	for _, o := range msg.out {
		if o.Err != nil {
			t := fmt.Sprintf("#%d", o.Event.Doc)
			if i := m.queue.index(o.Event.Doc); i >= 0 {
				t += " " + m.queue.rows[i].Title
			}
			refused = append(refused, t, "  "+c.Err(o.Err))
			continue
		}
		ok++
		delete(m.queue.marks, o.Event.Doc)
		if m.screen == scrDoc && o.Doc.ID == m.doc.id {
			m.doc.update(o.Doc)
			m.doc.seen = o.Doc.LastSeq
		}
	}
	m.setStatus(c.T(fmt.Sprintf("已完成 %d 项操作，%d 项被拒绝", ok, len(refused)/2), fmt.Sprintf("%d actions done, %d refused", ok, len(refused)/2)))
	if len(refused) > 0 {
		m.markError()
		m.showLines(append([]string{c.Styles.Title.Render(c.T("以下操作被拒绝（esc 关闭）", "Refused (esc closes)")), ""}, refused...))
	}
	if m.screen == scrCampaigns {
		return tea.Batch(loadSummaries(c.Store, c), loadCampaigns(c.Store))
	}
	return loadSummaries(c.Store, c)
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

func (m *Model) bulkAdvance() {
	c := m.ctx
	rows := m.queue.marked()
	if len(rows) == 0 {
		return
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
		nr := needsReason(d, to)
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
		m.setStatus(body[len(body)-1])
		return
	}
	m.dlg = &dialog{kind: dlgConfirm, title: c.T("批量推进 ", "Advance ") + countLabel(c, len(moves)), body: body, count: len(moves),
		submit: func(m *Model, text string) tea.Cmd {
			var evs []review.Event
			for _, mv := range moves {
				p := review.StageChanged{From: mv.from, To: mv.to}
				if mv.reason {
					p.Reason = text
				}
				evs = append(evs, review.NewEvent(mv.id, p))
			}
			return doAll(m.ctx.Store, evs)
		}}
	if reason {
		m.dlg.kind, m.dlg.required = dlgPrompt, true
		m.dlg.label = c.T("理由（跳过公平竞争审查等需要）：", "Reason (needed e.g. to skip the fair-competition review):")
	}
}

func (m *Model) bulkComment() {
	c := m.ctx
	rows := m.queue.marked()
	if len(rows) == 0 {
		return
	}
	ids := idsOf(rows)
	m.dlg = &dialog{kind: dlgPrompt, required: true, title: c.T("批注 ", "Comment on ") + countLabel(c, len(rows)),
		body: listBody(rows, func(r review.Summary) string { return fmt.Sprintf("#%d %s", r.ID, r.Title) }), count: len(rows),
		label: c.T("批注内容：", "Comment:"),
		submit: func(m *Model, text string) tea.Cmd {
			var evs []review.Event
			for _, id := range ids {
				evs = append(evs, review.NewEvent(id, review.Comment{Text: text}))
			}
			return doAll(m.ctx.Store, evs)
		}}
}

func (m *Model) bulkDecide() {
	c := m.ctx
	rows := m.queue.marked()
	if len(rows) == 0 {
		return
	}
	m.dlg = &dialog{kind: dlgDecision, title: c.T("对 ", "Decide ") + countLabel(c, len(rows)) + c.T(" 作出决定", ""),
		body:  listBody(rows, func(r review.Summary) string { return fmt.Sprintf("#%d %s [%s]", r.ID, r.Title, c.L(r.Stage.Label())) }),
		count: len(rows), label: c.T("审查意见：", "Opinion:"), submit: decideSubmit(idsOf(rows))}
}

func decideSubmit(ids []uint64) func(m *Model, text string) tea.Cmd {
	return func(m *Model, text string) tea.Cmd {
		o := m.dlg.outcomeValue()
		if len(ids) == 1 && m.screen == scrDoc {
			return m.write(review.NewEvent(ids[0], review.Decided{Outcome: o, Note: text}))
		}
		var evs []review.Event
		for _, id := range ids {
			evs = append(evs, review.NewEvent(id, review.Decided{Outcome: o, Note: text}))
		}
		return doAll(m.ctx.Store, evs)
	}
}

func idsOf(rows []review.Summary) []uint64 {
	ids := make([]uint64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	return ids
}

func (m *Model) importPrompt() {
	c := m.ctx
	if m.imp != nil {
		m.setStatus(c.T("正在导入，请稍候", "an import is running"))
		return
	}
	m.dlg = &dialog{kind: dlgPrompt, required: true, title: c.T("导入文件", "Import files"),
		body:  []string{c.T("文件或文件夹路径（.txt/.md/.docx/.pdf，文件夹递归）", "file or folder path (.txt/.md/.docx/.pdf, folders recursively)")},
		label: c.T("路径：", "Path:"),
		submit: func(m *Model, text string) tea.Cmd {
			ch := make(chan tea.Msg, 64)
			m.imp = &importState{ch: ch}
			return startImport(m.ctx.Store, strings.TrimSpace(text), ch)
		}}
}
