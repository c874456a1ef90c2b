package ui

import (
	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/storage"
)

// write records one action. The open document shows it at once (review.Apply
// is pure, so the screen runs the same guards the store will), and writes go
// to the store one at a time in key order: Cmds run concurrently, and a
// reviewer marking twelve checklist items in a second must get twelve
// events in that order. A refusal shows at once and is not sent.
func (m *Model) write(ev review.Event) tea.Cmd {
	if err := m.ctx.Role.May(ev.Type); err != nil {
		m.setError(err)
		return nil
	}
	if m.screen == scrDoc && ev.Doc == m.doc.id && m.doc.claim != nil {
		m.setError(&storage.ClaimedError{Claim: *m.doc.claim})
		return nil
	}
	if m.screen == scrDoc && ev.Doc == m.doc.id && m.doc.loaded {
		d := m.doc.doc.Clone()
		// The probe is judged by the rules the store will stamp on it.
		probe := ev
		probe.At, probe.Workflow = m.ctx.Now(), review.WorkflowVersion
		if err := review.Apply(&d, probe); err != nil {
			m.setError(err)
			return nil
		}
		m.doc.update(d)
	}
	m.writeQ = append(m.writeQ, ev)
	if m.writing {
		return nil
	}
	return m.nextWrite()
}

// nextWrite sends the next queued action, or quits if the user asked to
// while writes were pending.
func (m *Model) nextWrite() tea.Cmd {
	if len(m.writeQ) == 0 {
		m.writing = false
		if m.quitting {
			return m.quit()
		}
		if m.doc.behind && m.screen == scrDoc {
			m.doc.behind = false // someone acted while these were stored
			return reloadDoc(m.ctx.Store, m.doc.id, m.doc.seen)
		}
		return nil
	}
	ev := m.writeQ[0]
	m.writeQ = m.writeQ[1:]
	m.writing = true
	if m.screen == scrDoc && ev.Doc == m.doc.id {
		// Decided on the state on screen: refused if someone acted since.
		return doSeen(m.ctx.Store, ev, m.doc.seen)
	}
	return doEvent(m.ctx.Store, ev)
}
