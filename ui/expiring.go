package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/review/deadline"
)

// expiringView is the 即将到期 list: documents in force whose validity
// ends within the evaluation window, earliest end first.
type expiringScreen struct {
	ctx           *Context
	keys          KeyMap
	width, height int
	loaded        bool
	rows          []review.Summary
	err           error
	cursor        int
	offset        int
	// rereading and stale as on the statistics screen.
	rereading, stale bool
}

// newExpiringScreen opens the list at size and reads it.
func newExpiringScreen(c *Context, keys KeyMap, size tea.WindowSizeMsg) (*expiringScreen, tea.Cmd) {
	return &expiringScreen{ctx: c, keys: keys, width: size.Width, height: size.Height},
		loadExpiring(c.Store, c.Settings, c.Today)
}

// Update takes the list, the size, the keys and the store's changes (the
// list is read again).
func (v *expiringScreen) Update(msg tea.Msg) (tea.Cmd, ask) {
	c := v.ctx
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		v.width, v.height = msg.Width, msg.Height
		v.move(0)
	case expiringMsg:
		v.loaded, v.rows, v.err = true, msg.rows, msg.err
		v.move(0)
		if v.rereading = v.stale; v.stale {
			v.stale = false
			return loadExpiring(c.Store, c.Settings, c.Today), ask{}
		}
	case changesMsg:
		if v.rereading {
			v.stale = true
			return nil, ask{}
		}
		v.rereading = true
		return loadExpiring(c.Store, c.Settings, c.Today), ask{}
	case scrollMsg:
		v.move(msg.n)
	case tea.KeyPressMsg:
		if cmd, ok := undoKey(v.keys, v.ctx.Store, msg, 0); ok {
			return cmd, ask{}
		}
		switch {
		case key.Matches(msg, v.keys.Back):
			return nil, ask{back: true}
		case key.Matches(msg, v.keys.Open):
			if id, ok := v.current(); ok {
				return nil, ask{open: id}
			}
		default:
			listKey(v.keys, msg, v.height-3, v.move)
		}
	}
	return nil, ask{}
}

func (v *expiringScreen) Help() []key.Binding { return v.keys.ExpiringHelp() }
func (v *expiringScreen) Typing() bool        { return false }

type expiringMsg struct {
	rows []review.Summary
	err  error
}

// loadExpiring reads the summaries itself, so the Cmd shares nothing with
// the queue the Update goroutine keeps changing.
func loadExpiring(st Store, s deadline.Settings, today review.Date) tea.Cmd {
	return func() tea.Msg {
		rows, err := st.Summaries()
		if err != nil {
			return expiringMsg{err: err}
		}
		return expiringMsg{rows: deadline.Expiring(rows, s, today)}
	}
}

// move steps the cursor and keeps it on the page.
func (v *expiringScreen) move(n int) {
	v.cursor = max(0, min(v.cursor+n, len(v.rows)-1))
	v.offset = follow(v.cursor, v.offset, v.height-2)
}

func (v *expiringScreen) current() (uint64, bool) {
	if v.cursor < len(v.rows) {
		return v.rows[v.cursor].ID, true
	}
	return 0, false
}

// Render draws the list; it changes nothing.
func (v *expiringScreen) Render() string {
	c, width, height := v.ctx, v.width, v.height
	st, th := c.Styles, c.Theme
	head := st.Title.Render(c.T("即将到期", "Expiring")) + st.Dim.Render(c.T(
		fmt.Sprintf("（有效期在 %d 个月内届满，应开展评估 · enter 打开 · esc 返回）", c.Settings.EvaluationMonths),
		fmt.Sprintf(" (validity ends within %d months: evaluate · enter opens · esc back)", c.Settings.EvaluationMonths)))
	out := []string{trunc(head, width, th.Ellipsis)}
	switch {
	case !v.loaded:
		return out[0] + "\n" + st.Dim.Render(c.T("正在读取…", "loading…"))
	case v.err != nil:
		return out[0] + "\n" + st.Error.Render(c.Err(v.err))
	case len(v.rows) == 0:
		return out[0] + "\n" + st.Dim.Render(c.T("没有即将到期的文件", "no document is about to expire"))
	}
	numW, endW, leftW, stageW := 20, 11, 9, 12
	titleW := width - 2 - numW - endW - leftW - stageW - 4
	row := func(mark, num, title, end, left, stage string) string {
		return pad(mark, 2, "") + pad(num, numW, th.Ellipsis) + " " + pad(title, titleW, th.Ellipsis) + " " +
			pad(end, endW, "") + " " + pad(left, leftW, "") + " " + pad(stage, stageW, th.Ellipsis)
	}
	out = append(out, st.Header.Render(row("", c.T("文号", "Number"), c.T("标题", "Title"), c.T("有效期至", "Valid until"),
		c.T("剩余天数", "Days left"), c.T("阶段", "Stage"))))
	body := height - 2
	for k := v.offset; k < len(v.rows) && k < v.offset+body; k++ {
		r := v.rows[k]
		end := deadline.ValidityOf(r, c.Settings)
		left := fmt.Sprint(c.Today.DaysUntil(end))
		mark := ""
		if k == v.cursor {
			mark = th.Pointer
		}
		line := row(mark, r.DocNumber, r.Title, end.String(), left, c.L(r.Stage.LabelOn(r.Effective, c.Today)))
		if k == v.cursor {
			line = st.Selected.Render(line)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
