package ui

import (
	"errors"
	"slices"

	"charm.land/bubbles/v2/key"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/storage"
)

// claims.go: opening a document for work claims it on the store, leaving
// it lets go; a document someone else holds opens read-only. On the local
// file every claim holds and nothing shows.

// claimMsg answers a claim: err is *storage.ClaimedError when someone
// else holds the document.
type claimMsg struct {
	id  uint64
	err error
}

func claimDoc(st Store, id uint64) tea.Cmd {
	return func() tea.Msg { return claimMsg{id: id, err: st.Claim(id)} }
}

// releaseDoc lets go of a document; a failure is no news (the claim ends
// with its lease anyway).
func releaseDoc(st Store, id uint64) tea.Cmd {
	return func() tea.Msg {
		st.Release(id)
		return nil
	}
}

// claimed folds the answer into the document screen.
func (m *Model) claimed(msg claimMsg) tea.Cmd {
	if msg.id != m.doc.id || m.screen != scrDoc {
		if msg.err == nil { // taken after the reviewer moved on
			return releaseDoc(m.ctx.Store, msg.id)
		}
		return nil
	}
	var ce *storage.ClaimedError
	switch {
	case errors.As(msg.err, &ce):
		cl := ce.Claim
		m.doc.claim, m.doc.holding = &cl, false
	case msg.err != nil:
		m.setError(msg.err)
	default:
		if was := m.doc.claim; was != nil { // its holder let go
			c := m.ctx
			m.setStatus(c.T(was.Actor+" 已结束审查：现在可以操作此文件", was.Actor+" has let go: you can act on this document now"))
		}
		m.doc.claim, m.doc.holding = nil, true
	}
	return nil
}

// letGo releases the open document if this program holds it.
func (m *Model) letGo() tea.Cmd {
	if !m.doc.holding {
		return nil
	}
	m.doc.holding = false
	return releaseDoc(m.ctx.Store, m.doc.id)
}

// readOnly refuses an action key on a document someone else holds, saying
// who; it reports whether it did.
func (m *Model) readOnly(k tea.KeyPressMsg) bool {
	if m.doc.claim == nil {
		return false
	}
	keys := m.keys
	acts := []key.Binding{keys.Confirm, keys.Dismiss, keys.Note, keys.Comment, keys.Advance, keys.Decide, keys.Meta,
		keys.NewVersion, keys.Return, keys.Filing, keys.CleanupOutcome, keys.Assign, keys.Undo, keys.Redo}
	if slices.ContainsFunc(acts, func(b key.Binding) bool { return m.is(k, b) }) ||
		m.doc.focus == focusChecklist && m.is(k, keys.Cycle) {
		m.setError(&storage.ClaimedError{Claim: *m.doc.claim})
		return true
	}
	return false
}

// claimBanner is the line over a document someone else holds.
func claimBanner(c *Context, cl storage.Claim) string {
	at := cl.Since.In(review.Zone).Format("15:04")
	return c.T(cl.Actor+" 正在审查（"+at+" 起）：只能查看，不能操作", cl.Actor+" is reviewing this document (since "+at+"): read only")
}
