package ui

// settle lays the screen on top out for the window after every Update: the
// document's wrapped text and the nearest case of its finding, the pages
// the lists scroll to, the law being read, the width the opinion wraps at.
// Render reads what settle left and writes nothing.
func (m *Model) settle() {
	c := m.ctx
	if c.Width == 0 || c.Height == 0 || m.tooSmall() {
		return
	}
	switch m.screen {
	case scrQueue:
		q := &m.queue
		q.offset = follow(q.cursor, q.offset, m.queueRows())
	case scrDoc:
		m.doc.layout(c, c.Width, m.docHeight())
	case scrCampaigns:
		if m.camps != nil {
			m.camps.follow(m.bodyHeight())
		}
	}
	if m.dlg != nil && m.dlg.kind == dlgDecision {
		m.dlg.area.width = dialogInner(c.Width)
	}
}

// queueRows is how many rows of the queue show: the body less the tabs
// and the header, and the search bar while there is one.
func (m *Model) queueRows() int {
	h := m.bodyHeight() - 2
	if m.searching || m.queue.query != "" {
		h--
	}
	return h
}
