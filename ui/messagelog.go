package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// logEntry is one status-line message as it was shown.
type logEntry struct {
	at   time.Time
	text string
	err  bool
}

// maxLog is how many messages the log keeps (the oldest go first).
const maxLog = 500

// logMessage keeps a status-line message: the line shows one at a time and
// cuts long ones, the log (M) keeps every one in full with its time.
func (m *Model) logMessage(text string, err bool) {
	if text == "" {
		return
	}
	m.msgLog = append(m.msgLog, logEntry{at: m.ctx.Now(), text: text, err: err})
	if len(m.msgLog) > maxLog {
		m.msgLog = m.msgLog[len(m.msgLog)-maxLog:]
	}
}

// markError turns the message just shown into an error, in the log too.
func (m *Model) markError() {
	m.statusErr = true
	if n := len(m.msgLog); n > 0 {
		m.msgLog[n-1].err = true
	}
}

// messageLines is the message log overlay: newest first, each message
// wrapped in full under its time (China time, as in the review log).
func messageLines(c *Context, log []logEntry, width int) []string {
	st := c.Styles
	lines := []string{st.Title.Render(c.T("消息记录（esc 关闭）", "Messages (esc closes)")), ""}
	if len(log) == 0 {
		return append(lines, st.Dim.Render(c.T("（本次运行还没有消息）", "(no messages yet in this session)")))
	}
	for i := len(log) - 1; i >= 0; i-- {
		e := log[i]
		stamp := e.at.In(review.Zone).Format("15:04:05") + " "
		indent := strings.Repeat(" ", ansi.StringWidth(stamp))
		for j, l := range wrapString(e.text, max(10, width-ansi.StringWidth(stamp))) {
			if e.err {
				l = st.Error.Render(l)
			}
			if j == 0 {
				lines = append(lines, st.Dim.Render(stamp)+l)
			} else {
				lines = append(lines, indent+l)
			}
		}
	}
	return lines
}
