package ui

import (
	"errors"
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/storage"
)

// docScreen is the document screen: the document shown, its size, its
// claim on the store, the queue of its actions on their way to the store,
// and its keys (the moves here, the actions in actions.go). The root
// sends it the messages of its Cmds and the ones every screen gets (a
// write landed, the store's changes); it answers with asks.
type docScreen struct {
	docView
	ctx           *Context
	keymap        KeyMap
	width, height int // the body's
	// onTop says the document is the screen shown; the root sets it.
	onTop bool
	// list is the queue's order, for the next and previous document and
	// the row to select on leaving.
	list *queueView
	writer
}

// bodyH is the height of the text, less the line of another's claim.
func (v *docScreen) bodyH() int {
	_, _, _, body := docLayout(v.width, v.textHeight())
	return body
}

// textHeight is the screen's height less the line that says who else
// holds the document.
func (v *docScreen) textHeight() int {
	if v.claim != nil {
		return v.height - 1
	}
	return v.height
}

// open shows document id and claims it for work, letting go of the one
// open before.
func (v *docScreen) open(id uint64) tea.Cmd {
	var release tea.Cmd
	if v.id != id {
		release = v.letGo()
	}
	v.docView = docView{id: id, holding: v.holding && v.id == id}
	return tea.Batch(release, loadDoc(v.ctx.Store, id), claimDoc(v.ctx.Store, id))
}

// Update takes the size, the wheel, the keys, the document's own answers
// and the messages every screen gets.
func (v *docScreen) Update(msg tea.Msg) (tea.Cmd, ask) {
	c := v.ctx
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		v.width, v.height = msg.Width, msg.Height
	case scrollMsg:
		v.scroll(msg.n, v.bodyH())
	case tea.KeyPressMsg:
		return v.key(msg)
	case docMsg:
		if msg.id != v.id || !v.onTop {
			return nil, ask{}
		}
		if msg.err != nil {
			return v.letGo(), ask{home: true, err: msg.err}
		}
		v.set(msg.doc, msg.ver)
		v.seen = msg.doc.LastSeq
	case claimMsg:
		return v.claimed(msg)
	case liveDocMsg:
		return nil, v.liveDoc(msg)
	case changesMsg:
		return v.changed(msg)
	case basisMsg:
		v.setBasis(msg)
	case actedMsg:
		return v.acted(msg)
	case bulkMsg:
		for _, o := range msg.out {
			if o.Err == nil && v.onTop && o.Doc.ID == v.id {
				v.update(o.Doc)
				v.seen = o.Doc.LastSeq
			}
		}
		v.batchLanded(msg)
	case versionMsg: // after the queue's line on the new version, what changed since the last
		return v.versioned(msg)
	case undoMsg:
		if (msg.err == nil || msg.n > 0) && v.onTop && msg.doc.ID == v.id {
			if v.batch != nil && msg.n > 0 {
				v.batch.last = msg.doc.LastSeq
			}
			if msg.doc.Version != v.ver.N {
				return loadDoc(c.Store, v.id), ask{}
			}
			v.update(msg.doc)
			v.seen = msg.doc.LastSeq
		}
	case eventsMsg:
		if msg.err != nil {
			return nil, ask{err: msg.err}
		}
		head := c.Styles.Title.Render(c.T("操作记录（esc 关闭）", "Timeline (esc closes)"))
		return nil, ask{lines: append([]string{head, ""}, renderTimeline(c, msg.events, c.Width)...)}
	case diffMsg:
		if msg.err != nil {
			return nil, ask{err: msg.err}
		}
		ops := review.DiffClauses(review.SplitClauses(msg.old.Text), review.SplitClauses(msg.cur.Text))
		return nil, ask{lines: renderDiff(c, msg.old.N, msg.cur.N, ops, c.Width)}
	}
	return nil, ask{}
}

// versioned reads the document again when the new version is its own and
// says what changed against the last version, after the queue's line on
// the import (both stay in the message log).
func (v *docScreen) versioned(msg versionMsg) (tea.Cmd, ask) {
	c, d := v.ctx, msg.doc
	if msg.err != nil {
		return nil, ask{}
	}
	var a ask
	if d.Rereview != nil {
		a.status = fmt.Sprintf(c.T("已导入第 %d 版：", "version %d imported: "), d.Version) + d.Rereview.Say(c.Lang)
	}
	if v.onTop && d.ID == v.id {
		return loadDoc(c.Store, v.id), a
	}
	return nil, a
}

// key refuses what a reader may not do, then moves through the document
// here or acts (docAction).
func (v *docScreen) key(k tea.KeyPressMsg) (tea.Cmd, ask) {
	c, keys := v.ctx, v.keymap
	is := func(b key.Binding) bool { return key.Matches(k, b) }
	if v.loaded {
		if a, refused := v.readOnly(k); refused {
			return nil, a
		}
	}
	if is(keys.Decide) {
		if err := c.Role.May(review.EvDecision); err != nil {
			return nil, ask{err: err} // only the head decides
		}
	}
	if is(keys.Undo) || is(keys.Redo) {
		if cmd, ok := v.batchUndo(is(keys.Redo)); ok {
			return cmd, ask{}
		}
	}
	if cmd, ok := undoKey(keys, c.Store, k, v.id); ok {
		return cmd, ask{}
	}
	if !v.loaded || v.basis != nil { // the basis pane has its own keys
		return v.docAction(k)
	}
	bodyH := v.bodyH()
	switch {
	case is(keys.Focus):
		if _, rows := v.checkRows(); rows != nil && v.focus == focusText {
			v.focus = focusChecklist
		} else {
			v.focus = focusText
		}
	case is(keys.NextFinding):
		if !v.jump(1, bodyH) {
			return nil, ask{status: c.T("已是最后一条发现", "no further finding")}
		}
	case is(keys.PrevFinding):
		if !v.jump(-1, bodyH) {
			return nil, ask{status: c.T("已是第一条发现", "no earlier finding")}
		}
	case is(keys.Down):
		if v.focus == focusChecklist {
			_, rows := v.checkRows()
			v.item = min(v.item+1, len(rows)-1)
		} else {
			v.scroll(1, bodyH)
		}
	case is(keys.Up):
		if v.focus == focusChecklist {
			v.item = max(v.item-1, 0)
		} else {
			v.scroll(-1, bodyH)
		}
	case is(keys.PageDown):
		v.scroll(bodyH, bodyH)
	case is(keys.PageUp):
		v.scroll(-bodyH, bodyH)
	default:
		return v.docAction(k)
	}
	return nil, ask{}
}

// claimed folds the answer to a claim into the screen.
func (v *docScreen) claimed(msg claimMsg) (tea.Cmd, ask) {
	if msg.id != v.id || !v.onTop {
		if msg.err == nil { // taken after the reviewer moved on
			return releaseDoc(v.ctx.Store, msg.id), ask{}
		}
		return nil, ask{}
	}
	var ce *storage.ClaimedError
	switch {
	case errors.As(msg.err, &ce):
		cl := ce.Claim
		v.claim, v.holding = &cl, false
	case msg.err != nil:
		return nil, ask{err: msg.err}
	default:
		was := v.claim
		v.claim, v.holding = nil, true
		if was != nil { // its holder let go
			c := v.ctx
			return nil, ask{status: c.T(was.Actor+" 已结束审查：现在可以操作此文件", was.Actor+" has let go: you can act on this document now")}
		}
	}
	return nil, ask{}
}

// letGo releases the open document if this program holds it.
func (v *docScreen) letGo() tea.Cmd {
	if !v.holding {
		return nil
	}
	v.holding = false
	return releaseDoc(v.ctx.Store, v.id)
}

// leave returns to the screen the document was opened from, with its row
// selected in the queue, and lets the document go.
func (v *docScreen) leave() (tea.Cmd, ask) {
	v.list.selectID(v.id)
	return v.letGo(), ask{back: true}
}

// settle lays the document out for the window (settle.go).
func (v *docScreen) settle() { v.layout(v.ctx, v.width, v.textHeight()) }

// Render draws the document, under the line of another's claim.
func (v *docScreen) Render() string {
	c := v.ctx
	if v.claim != nil {
		return c.Styles.Error.Render(trunc(claimBanner(c, *v.claim), v.width, c.Theme.Ellipsis)) + "\n" + v.docView.Render(c, v.width, v.height-1)
	}
	return v.docView.Render(c, v.width, v.height)
}

func (v *docScreen) Typing() bool { return false }

func (v *docScreen) Help() []key.Binding {
	if v.claim != nil {
		// Someone else holds it: the footer offers reading, not the
		// actions every key of which would be refused.
		k := v.keymap
		return []key.Binding{k.NextFinding, k.Focus, k.NextDoc, k.Back, k.Help}
	}
	if v.focus == focusChecklist {
		return v.keymap.ChecklistHelp()
	}
	return v.keymap.DocHelp()
}

// holds says this program holds document id's claim.
func (v *docScreen) holds(id uint64) bool { return v.holding && v.id == id }
