package ui

// actions.go: the document screen's keys that act — answers, checklist
// marks, notes, comments, stage moves, decisions and the forms they open.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"beishen/review"
)

// shownFinding is the finding y and x act on. Never answer one the
// reviewer has not seen: with none chosen yet it shows the first still
// open and says so, and the next key press acts on it.
func (v *docScreen) shownFinding(bodyH int) (*review.FindingState, ask) {
	c := v.ctx
	if f, ok := v.finding(); ok {
		return f, ask{}
	}
	if v.jumpOpen(bodyH) {
		return nil, ask{status: c.T("已跳到第一条待处理的发现：看过后再按一次确认或排除", "showing the first open finding: press again to confirm or dismiss it")}
	}
	return nil, ask{status: c.T("没有自动发现", "no findings")}
}

// prompt is a required text dialog whose answer becomes one action on the
// document.
func (v *docScreen) prompt(title, label string, ev func(text string) review.Event) *dialog {
	return &dialog{kind: dlgPrompt, required: true, title: title, label: label,
		submit: func(d *dialog, text string) (tea.Cmd, ask) { return v.writeTyped(d, ev(text)) }}
}

// onward moves on to the next open finding once one is answered (save and
// next, for a dismissal as for a confirmation); an open basis pane follows
// it, so it never shows the basis of the finding just left.
func (v *docScreen) onward(cmd tea.Cmd, a ask) (tea.Cmd, ask) {
	if v.jumpOpen(v.bodyH()) && v.basis != nil {
		bcmd, _ := v.openBasis()
		cmd = tea.Batch(cmd, bcmd)
	}
	return cmd, a
}

// docAction handles the document screen's keys that act: answers,
// forms, the basis pane, the neighbours, leaving (docScreen moves).
func (v *docScreen) docAction(k tea.KeyPressMsg) (tea.Cmd, ask) {
	c, keys := v.ctx, v.keymap
	is := func(b key.Binding) bool { return key.Matches(k, b) }
	if !v.loaded {
		if is(keys.Back) {
			return v.leave()
		}
		return nil, ask{}
	}
	bodyH := v.bodyH()
	st := c.Store
	if v.basis != nil {
		if cmd, a, done := v.basisKey(k); done {
			return cmd, a
		}
	}
	switch {
	case is(keys.Basis):
		return v.openBasis()
	case is(keys.Back):
		return v.leave()
	case is(keys.Confirm):
		f, a := v.shownFinding(bodyH)
		if f == nil {
			return nil, a
		}
		v.answer = &answered{rule: f.Rule, confirm: true, version: v.doc.Version}
		return v.onward(v.write(review.NewEvent(v.id, review.FindingAnswered{Key: f.Key(), Rule: f.Rule, Confirm: true})))
	case is(keys.AnswerRest):
		return nil, v.answerRest()
	case is(keys.Dismiss):
		f, a := v.shownFinding(bodyH)
		if f == nil {
			return nil, a
		}
		key, rule, title, id := f.Key(), f.Rule, findingTitle(c, f.Finding), v.id
		return nil, ask{dlg: &dialog{kind: dlgPrompt, required: true,
			title: c.T("排除发现 ", "Dismiss finding ") + rule + " " + title, label: c.T("排除理由（必填）：", "Reason (required):"),
			submit: func(_ *dialog, text string) (tea.Cmd, ask) {
				v.answer = &answered{rule: rule, reason: text, version: v.doc.Version}
				return v.onward(v.write(review.NewEvent(id, review.FindingAnswered{Key: key, Rule: rule, Reason: text})))
			}}}
	case v.focus == focusChecklist && is(keys.Cycle):
		r, ok := v.checkRow()
		if !ok {
			return nil, ask{}
		}
		if r.item == nil { // an exception field is text: e edits it, a mark key never opens it
			return nil, ask{status: c.T("这是例外说明栏，不是清单项：按 ", "this is an exception field, not a checklist item: ") + keys.Note.Help().Key + c.T(" 填写", " edits it")}
		}
		e := v.doc.Check(r.item.ID)
		cmd, a := v.write(review.NewEvent(v.id, review.ChecklistMarked{Item: r.item.ID, Mark: e.Mark.Next(), Note: e.Note}))
		v.item = v.nextItem() // every mark moves on, whatever it was
		return cmd, a
	case v.focus == focusChecklist && is(keys.MarkItem):
		r, ok := v.checkRow()
		if !ok || r.item == nil {
			return nil, ask{}
		}
		mark := map[string]review.Mark{"1": review.Conforms, "2": review.Nonconforming, "3": review.NotApplicable, "0": review.Unchecked}[k.String()]
		cmd, a := v.write(review.NewEvent(v.id, review.ChecklistMarked{Item: r.item.ID, Mark: mark, Note: v.doc.Check(r.item.ID).Note}))
		v.item = v.nextItem()
		return cmd, a
	case is(keys.MarkRest):
		return nil, v.markRest()
	case is(keys.Note):
		r, ok := v.checkRow()
		if !ok {
			return nil, ask{status: c.T("本阶段没有审查清单", "no checklist at this stage")}
		}
		if r.item == nil {
			return nil, v.exceptionPrompt(r.field)
		}
		e := v.doc.Check(r.item.ID)
		item, id := r.item.ID, v.id
		d := v.prompt(c.T("备注 ", "Note ")+item+" "+c.L(r.item.Label), "", func(text string) review.Event {
			return review.NewEvent(id, review.ChecklistMarked{Item: item, Mark: e.Mark, Note: text})
		})
		d.required = false
		d.in.Set(e.Note)
		return nil, ask{dlg: d}
	case is(keys.Comment):
		anchor, id, ver := v.anchor(), v.id, v.doc.Version
		title := c.T("批注", "Comment")
		if anchor != "" {
			title += c.T("（"+anchor+"）", " ("+anchor+")")
		}
		return nil, ask{dlg: v.prompt(title, "", func(text string) review.Event {
			return review.NewEvent(id, review.Comment{Text: text, Anchor: anchor, Version: ver})
		})}
	case is(keys.Advance):
		return v.advance(v.doc)
	case is(keys.Decide) && v.doc.Kind == review.Filed && v.doc.Stage == review.StageIntake:
		return nil, ask{ff: v.registrationForm(v.doc)}
	case is(keys.Decide) && v.doc.Kind == review.Filed && (v.doc.Stage == review.StageDecision ||
		v.doc.Stage == review.StageCorrecting || v.doc.Stage == review.StageAwaiting || v.doc.Stage == review.StageLegality ||
		v.doc.Stage == review.StageFairCompetition):
		return nil, ask{ff: v.reviewForm(v.doc)}
	case is(keys.Decide):
		d := v.doc
		dlg := &dialog{kind: dlgDecision, doc: &d, title: c.T("作出决定：", "Decide: ") + d.Meta.Title,
			label: c.T("审查意见：", "Opinion:"), submit: decideSubmit(c, []uint64{d.ID}, v.writeTyped)}
		if d.ConfirmedCount() > 0 || len(d.FailedByReviewer()) > 0 {
			dlg.outcome = 1 // problems confirmed or marked on the checklist: pass after amendment
		}
		return nil, ask{dlg: dlg}
	case is(keys.Meta):
		return nil, ask{form: newMetaForm(v.doc)}
	case is(keys.NewVersion):
		if v.writing {
			return nil, ask{status: c.T("正在保存，请稍候", "saving, one moment")}
		}
		id := v.id
		return nil, ask{dlg: &dialog{kind: dlgPrompt, required: true, title: c.T("导入新版本：", "New version of: ") + v.doc.Meta.Title,
			body:  []string{c.T("重新报送的文本（.txt/.md/.docx/.pdf）将作为第 ", "The resubmitted text (.txt/.md/.docx/.pdf) becomes version ") + fmt.Sprint(v.doc.Version+1) + c.T(" 版，并重新运行自动审查", ", checked again")},
			label: c.T("文件路径：", "File:"),
			submit: func(_ *dialog, text string) (tea.Cmd, ask) {
				return addVersion(st, id, strings.TrimSpace(text)), ask{}
			}}}
	case is(keys.Return):
		return nil, v.returnDialog(v.doc)
	case is(keys.Assign):
		return assignKey(c, []uint64{v.id})
	case is(keys.Filing):
		return nil, ask{ff: v.filingForm()}
	case is(keys.CleanupOutcome):
		return nil, cleanupForm(c, v.doc, v.write)
	case is(keys.ExportOpinion):
		return nil, ask{ff: v.exportOpinionForm()}
	case is(keys.NextDoc), is(keys.PrevDoc):
		dir := 1
		if is(keys.PrevDoc) {
			dir = -1
		}
		if id, ok := v.list.neighbour(v.id, dir); ok {
			return nil, ask{open: id}
		}
		return nil, ask{status: c.T("队列中没有更多文件", "no more documents in the queue")}
	case is(keys.Timeline):
		return loadEvents(st, v.id), ask{}
	case is(keys.Diff):
		if v.doc.Version < 2 {
			return nil, ask{status: c.T("此文件只有一个版本", "this document has one version only")}
		}
		return loadVersions(st, v.id, v.doc.Version-1, v.doc.Version), ask{}
	}
	return nil, ask{}
}

func (v *docScreen) exceptionPrompt(field int) ask {
	c, id, ex := v.ctx, v.id, v.doc.Exception
	d := v.prompt(c.T("适用例外（《公平竞争审查条例》第十二条）：", "Exception (FCR Regulation Art.12): ")+c.L(exceptionFields[field]), "",
		func(text string) review.Event {
			return review.NewEvent(id, review.ExceptionRecorded{Exception: withException(ex, field, text)})
		})
	d.required = false
	d.in.Set(exceptionValue(ex, field))
	return ask{dlg: d}
}

// advance moves the open document to review.Forward's stage, asking for a
// reason when the transition needs one.
func (v *docScreen) advance(d review.Document) (tea.Cmd, ask) {
	c := v.ctx
	switch d.Stage {
	case review.StageDeliberation:
		return nil, ask{ff: v.deliberationForm(d)}
	case review.StageApproved:
		return nil, ask{ff: v.publishForm(d)}
	}
	to, ok := review.Forward(&d)
	if !ok {
		return nil, ask{err: review.Stuck(&d)}
	}
	ev := review.StageChanged{From: d.Stage, To: to}
	if t, ok := transitionTo(d, to); ok && t.NeedsReason {
		id := d.ID
		d := v.prompt(c.T("转入“"+c.L(to.Label())+"”需要理由", "Moving to "+c.L(to.Label())+" needs a reason"), c.T("理由：", "Reason:"),
			func(text string) review.Event {
				ev.Reason = text
				return review.NewEvent(id, ev)
			})
		if t.Why.ZH != "" {
			d.body = []string{c.L(t.Why)} // wrapped: the title is cut at the width
		}
		return nil, ask{dlg: d}
	}
	return v.write(review.NewEvent(d.ID, ev))
}

// transitionTo is the move from d's stage to to, if the workflow has one.
func transitionTo(d review.Document, to review.Stage) (review.Transition, bool) {
	for _, t := range review.NextStages(&d) {
		if t.To == to {
			return t, true
		}
	}
	return review.Transition{}, false
}

// markRest offers to mark every item of the stage's checklist that is still
// 未查 as 符合 (review.RestMark: FC7 不适用 with no exception claimed), once
// the reviewer has gone through the findings: one bulk action after a
// confirmation that names the items. Items a confirmed finding bears on are
// already 不符合 and are left alone.
func (v *docScreen) markRest() ask {
	c := v.ctx
	cl, ok := review.ChecklistFor(v.doc.Stage)
	if !ok {
		return ask{status: c.T("本阶段没有审查清单", "no checklist at this stage")}
	}
	var ids []string
	var evs []review.Event
	for _, it := range cl.Items() {
		if v.doc.ItemMark(it) == review.Unchecked {
			mark := v.doc.RestMark(it)
			id := it.ID
			if mark != review.Conforms {
				id += c.T("（", " (") + c.L(mark.Label()) + c.T("）", ")")
			}
			ids = append(ids, id)
			evs = append(evs, review.NewEvent(v.id, review.ChecklistMarked{Item: it.ID, Mark: mark, Note: v.doc.Check(it.ID).Note}))
		}
	}
	if len(evs) == 0 {
		return ask{status: c.T("清单已无未查项", "no unchecked item left")}
	}
	if h, m, l := v.doc.OpenFindings(); h+m+l > 0 {
		return ask{status: fmt.Sprintf(c.T("尚有 %d 条发现未处理：先确认或排除，再把其余项标为符合", "%d findings are still open: answer them before marking the rest conforming"), h+m+l)}
	}
	st := c.Store
	return ask{dlg: &dialog{kind: dlgConfirm, count: len(evs),
		title: fmt.Sprintf(c.T("将 %d 项未查项标为“符合”", "Mark %d unchecked items conforming"), len(evs)),
		body:  []string{strings.Join(ids, "、")}, // the dialog wraps its body
		submit: func(*dialog, string) (tea.Cmd, ask) {
			v.batch = &docBatch{n: len(evs)}
			return doAll(st, evs), ask{}
		}}}
}
