package ui

// answers.go: `.` gives the latest answer to the other open findings of the
// same rule, so that a reward document's thirty F10 amounts are one
// question, not thirty.

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
)

// answered is an answer the reviewer gave to a finding on this document.
type answered struct {
	rule    string
	confirm bool
	reason  string // a dismissal's
	version int    // the version whose findings it answered
}

// docBatch is a bulk action of this screen (`.`, or Y on the checklist)
// that landed: how many actions, and the document's last event after it
// (after its undo, once undone).
type docBatch struct {
	n      int
	last   uint64
	undone bool
	landed bool // the store has answered
}

// sameRuleOpen lists the indexes of the current version's open findings of
// the rule last answered.
func (v *docScreen) sameRuleOpen() []int {
	a := v.answer
	if a == nil || a.version != v.doc.Version {
		return nil
	}
	var open []int
	for i, f := range v.doc.Findings {
		if f.Rule == a.rule && f.Status == review.FindingOpen {
			open = append(open, i)
		}
	}
	return open
}

// answerHint is what the status line adds once an answer lands while the
// rule has other open findings: the key that answers them alike.
func (v *docScreen) answerHint() string {
	n := len(v.sameRuleOpen())
	if n == 0 {
		return ""
	}
	c := v.ctx
	return fmt.Sprintf(c.T(" · 还有 %d 条 %s 待处理：按 %s 同样处理", " · %d more %s open: %s answers them the same"),
		n, v.answer.rule, v.keymap.AnswerRest.Help().Key)
}

// answerRest asks, naming the clauses, before giving the latest answer to
// every other open finding of its rule; each becomes its own event, so the
// log reads as if answered one by one.
func (v *docScreen) answerRest() ask {
	c := v.ctx
	if v.answer == nil || v.answer.version != v.doc.Version {
		return ask{status: c.T("先确认或排除一条发现，再按 . 对同一规则的其余发现作同样处理",
			"answer a finding first (y or x); then . gives its rule's other open findings the same answer")}
	}
	a := *v.answer
	open := v.sameRuleOpen()
	if len(open) == 0 {
		return ask{status: fmt.Sprintf(c.T("%s 已没有待处理的发现", "no %s finding is still open"), a.rule)}
	}
	var evs []review.Event
	var where []string
	seen := map[string]bool{}
	for _, i := range open {
		f := v.doc.Findings[i]
		evs = append(evs, review.NewEvent(v.id, review.FindingAnswered{Key: f.Key(), Rule: f.Rule, Confirm: a.confirm, Reason: a.reason}))
		at := f.Clause
		if at == "" {
			at = c.T("（未编号部分）", "(unnumbered part)")
		}
		if !seen[at] {
			seen[at] = true
			where = append(where, at)
		}
	}
	if err := c.Role.May(evs[0].Type); err != nil { // one type: the role allows all or none
		return ask{err: err}
	}
	title := fmt.Sprintf(c.T("确认其余 %d 条 %s", "Confirm the other %d %s findings"), len(evs), a.rule)
	body := []string{findingTitle(c, v.doc.Findings[open[0]].Finding)}
	if !a.confirm {
		title = fmt.Sprintf(c.T("排除其余 %d 条 %s", "Dismiss the other %d %s findings"), len(evs), a.rule)
		body = append(body, c.T("理由：", "Reason: ")+a.reason)
	}
	body = append(body, c.T("位于：", "In: ")+c.T(review.JoinClauses(where), strings.Join(where, ", ")))
	st := c.Store
	return ask{dlg: &dialog{kind: dlgConfirm, count: len(evs), title: title, body: body,
		submit: func(*dialog, string) (tea.Cmd, ask) {
			// Shown at once, as one answer is, so that the screen moves on
			// to a finding of another rule still open.
			v.batch = &docBatch{n: len(evs)}
			d, err := review.Probe(v.doc, c.Now(), evs...)
			if err != nil {
				return doAll(st, evs), ask{} // the store says which were refused
			}
			v.update(d)
			return v.onward(doAll(st, evs), ask{})
		}}}
}

// batchLanded notes where the document stands once a bulk action of this
// screen is stored, so that u can take it back whole.
func (v *docScreen) batchLanded(msg bulkMsg) {
	b := v.batch
	if b == nil || b.landed {
		return
	}
	b.landed, b.n = true, 0
	for _, o := range msg.out {
		if o.Err == nil && o.Doc.ID == v.id {
			b.n++
			b.last = max(b.last, o.Doc.LastSeq)
		}
	}
	if b.n == 0 {
		v.batch = nil
	}
}

// batchUndo is u or ctrl+r right after a bulk action (or its undo): the
// whole batch goes back or comes back, as it went, instead of one action.
func (v *docScreen) batchUndo(redo bool) (tea.Cmd, bool) {
	b := v.batch
	if b == nil || !b.landed || b.undone != redo || v.doc.LastSeq != b.last {
		return nil, false
	}
	b.undone = !redo
	return undoBatchCmd(v.ctx.Store, v.id, b.n, redo), true
}
