package ui

import (
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

// readOnly refuses an action key on a document someone else holds, saying
// who; it reports whether it did.
func (v *docScreen) readOnly(k tea.KeyPressMsg) (ask, bool) {
	if v.claim == nil {
		return ask{}, false
	}
	keys := v.keymap
	is := func(b key.Binding) bool { return key.Matches(k, b) }
	acts := []key.Binding{keys.Confirm, keys.Dismiss, keys.AnswerRest, keys.Note, keys.Comment, keys.Advance, keys.Decide, keys.Meta,
		keys.NewVersion, keys.Return, keys.Filing, keys.CleanupOutcome, keys.Undo, keys.Redo} // A assigns past a claim (storage.ClaimBinds)
	if slices.ContainsFunc(acts, is) || v.focus == focusChecklist && is(keys.Cycle) {
		return ask{err: &storage.ClaimedError{Claim: *v.claim}}, true
	}
	return ask{}, false
}

// claimBanner is the line over a document someone else holds.
func claimBanner(c *Context, cl storage.Claim) string {
	at := cl.Since.In(review.Zone).Format("15:04")
	return c.T(cl.Actor+" 正在审查（"+at+" 起）：只能查看，不能操作；对方关闭后这里会提示",
		cl.Actor+" is reviewing this document (since "+at+"): read only until they let go")
}
