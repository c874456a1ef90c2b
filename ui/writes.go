package ui

import (
	"bytes"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/storage"
)

// writer is the queue of actions on their way to the store, in key order:
// Cmds run concurrently, and a reviewer marking twelve checklist items in
// a second must get twelve events in that order.
type writer struct {
	writeQ  []review.Event // actions waiting for the store
	writing bool           // one is on its way
	// typed is the latest action whose words were typed in a dialog (a
	// comment, a note, an opinion), kept until the store answers.
	typed *typedWrite
}

// typedWrite is an action sent from a dialog: if the store refuses it or
// cannot be reached, the dialog opens again with the words in it, so that
// nothing typed is lost.
type typedWrite struct {
	ev  review.Event
	dlg *dialog
}

// writeTyped is write for a dialog's submit.
func (v *docScreen) writeTyped(d *dialog, ev review.Event) (tea.Cmd, ask) {
	cmd, a := v.write(ev)
	if a.err != nil {
		return nil, v.retype(d, a.err)
	}
	v.typed = &typedWrite{ev: ev, dlg: d}
	return cmd, a
}

// retype opens d again, its words kept, saying why they were not recorded.
func (v *docScreen) retype(d *dialog, err error) ask {
	c := v.ctx
	d.err = c.T("未记录：", "not recorded: ") + review.Message(err, c.Lang) + c.T("（enter 重试，esc 放弃）", " (enter retries, esc gives up)")
	return ask{dlg: d}
}

// sameAction says a store's answer is about the action sent: it comes
// back stamped, with its document, type and data as they were.
func sameAction(sent, back review.Event) bool {
	return sent.Doc == back.Doc && sent.Type == back.Type && bytes.Equal(sent.Data, back.Data)
}

// write records one action. The open document shows it at once (review.Apply
// is pure, so the screen runs the same guards the store will), and writes go
// to the store one at a time. A refusal shows at once and is not sent. The
// queue's and the campaigns' single-document actions come here too.
func (v *docScreen) write(ev review.Event) (tea.Cmd, ask) {
	if err := v.ctx.Role.May(ev.Type); err != nil {
		return nil, ask{err: err}
	}
	mine := v.onTop && ev.Doc == v.id
	if mine && v.claim != nil && storage.ClaimBinds(ev.Type) {
		return nil, ask{err: &storage.ClaimedError{Claim: *v.claim}}
	}
	if mine && v.loaded {
		d, err := review.Probe(v.doc, v.ctx.Now(), ev)
		if err != nil {
			return nil, ask{err: err}
		}
		v.update(d)
	}
	v.writeQ = append(v.writeQ, ev)
	if v.writing {
		return nil, ask{}
	}
	return v.nextWrite(), ask{}
}

// nextWrite sends the next queued action; with none left, the document is
// read again if someone acted while these were stored. (The root quits
// once the writer is idle if the user asked to meanwhile.)
func (v *docScreen) nextWrite() tea.Cmd {
	if len(v.writeQ) == 0 {
		v.writing = false
		if v.behind && v.onTop {
			v.behind = false // someone acted while these were stored
			return reloadDoc(v.ctx.Store, v.id, v.seen)
		}
		return nil
	}
	ev := v.writeQ[0]
	v.writeQ = v.writeQ[1:]
	v.writing = true
	if v.onTop && ev.Doc == v.id {
		// Decided on the state on screen: refused if someone acted since.
		return doSeen(v.ctx.Store, ev, v.seen)
	}
	return doEvent(v.ctx.Store, ev)
}

// acted folds the result of one action into the document and sends the
// next; the status line says what was recorded (the queue folds the row).
func (v *docScreen) acted(msg actedMsg) (tea.Cmd, ask) {
	c := v.ctx
	if msg.err == nil && msg.doc.ID == v.id {
		v.seen = msg.doc.LastSeq // the next queued action was decided on this state
	}
	next := v.nextWrite()
	t := v.typed
	if t != nil && sameAction(t.ev, msg.ev) {
		v.typed = nil
	} else {
		t = nil
	}
	if msg.err != nil {
		a := ask{err: msg.err}
		if t != nil {
			a = v.retype(t.dlg, msg.err)
		}
		if v.onTop && msg.ev.Doc == v.id && len(v.writeQ) == 0 {
			return tea.Batch(next, loadDoc(c.Store, v.id)), a // undo the optimistic state
		}
		return next, a
	}
	d := msg.doc
	status := c.T("已记录：", "recorded: ") + c.L(msg.ev.Type.Label())
	if v.onTop && d.ID == v.id {
		before := v.shown
		if !v.writing { // later queued actions are already shown optimistically
			v.update(d)
		}
		v.shown = d.Stage
		if before != d.Stage {
			v.item, v.focus = 0, focusText
			status += c.T("：", ": ") + c.L(before.Label()) + " → " + c.L(d.Stage.LabelOn(d.Meta.Effective, c.Today))
		}
		if (msg.ev.Type == review.EvFindingConfirm || msg.ev.Type == review.EvFindingDismiss) && len(v.writeQ) == 0 {
			status += v.answerHint()
		}
	}
	return next, ask{status: status}
}

// record is write for a form's submit, whose answers were fine. A refusal
// keeps the form open with the reason, so that what was typed and chosen
// is there to correct.
func (v *docScreen) record(ev review.Event) (tea.Cmd, ask, string) {
	cmd, a := v.write(ev)
	if a.err != nil {
		return nil, ask{}, review.Message(a.err, v.ctx.Lang)
	}
	return cmd, a, ""
}
