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
	if s, ok := m.top().(settler); ok {
		s.settle()
	}
	if m.dlg != nil && m.dlg.kind == dlgDecision {
		m.dlg.area.width = dialogInner(c.Width)
	}
}
