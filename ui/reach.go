package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
)

// reach.go watches whether the office's shared store answers. Without it
// an idle screen looked the same with the cluster gone: the reviewer
// learned of it only from an action that failed after the timeout, and
// read a queue that no longer followed the others.

// pingEvery is how often a shared store is asked; the next ask is sent
// only once the last one is answered.
const pingEvery = 5 * time.Second

type (
	pingDueMsg struct{}
	pingMsg    struct{ err error }
)

// pingLater schedules the next ask (only on a shared store).
func (m *Model) pingLater() tea.Cmd {
	if !m.ctx.Store.Identity().Shared {
		return nil
	}
	return tea.Tick(pingEvery, func(time.Time) tea.Msg { return pingDueMsg{} })
}

func ping(st Store) tea.Cmd {
	return func() tea.Msg { return pingMsg{err: st.Ping()} }
}

// pinged folds an answer in: the status line says when the store stops
// answering and when it is back, and while it is away the line under the
// screen says so instead of the queue's counts.
func (m *Model) pinged(msg pingMsg) tea.Cmd {
	return tea.Batch(m.reach(msg.err), m.pingLater())
}

// reach notes whether the store answered (err nil). Back from an absence,
// the open document is claimed again: an absence longer than the lease
// has ended this program's claim, and the reviewer, still on the
// document, would otherwise work without one while a colleague could
// take it.
func (m *Model) reach(err error) tea.Cmd {
	c := m.ctx
	switch {
	case err != nil && m.goneSince.IsZero():
		m.goneSince = c.Now()
		m.status, m.statusErr = "", false // the gone line takes the status line's place
		m.logMessage(c.Err(err), true)
	case err == nil && !m.goneSince.IsZero():
		m.goneSince = time.Time{}
		m.setStatus(c.T("共享库已恢复连接：屏幕重新跟随他人的操作", "the shared store answers again: the screen follows the others again"))
		if m.doc.holding && m.doc.onTop {
			return claimDoc(c.Store, m.doc.id)
		}
	}
	return nil
}

// goneLine is the status line while the shared store does not answer and
// no refusal is to be read there: whatever else the reviewer does, the
// line keeps saying the screen is not following the office.
func (m *Model) goneLine(w int) string {
	c := m.ctx
	at := m.goneSince.In(review.Zone).Format("15:04")
	s := c.T("共享库无应答（"+at+" 起）：所见可能不是最新，操作暂不能记录；q 可随时退出",
		"the shared store has not answered since "+at+": what you see may be stale and actions cannot be recorded; q quits at any time")
	return trunc(c.Styles.Error.Render(s), w, c.Theme.Ellipsis)
}
