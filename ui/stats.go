package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/review/stats"
	"beishen/ui/jobs"
)

// statsScreen is the year's statistics screen: the figures of
// jobs.YearReport as labelled horizontal bars, one section per part of the
// annual report.
type statsScreen struct {
	ctx           *Context
	keys          KeyMap
	width, height int
	year          int
	loaded        bool
	rep           stats.Report
	err           error
	top           int
	text          []string // the report laid out for the width
	lines         int      // len(text), for scrolling
	pending       bool
	// rereading: the figures are being read again after a change; stale:
	// more changed meanwhile, read once more when that is done (a busy
	// office does not stack whole-log reads).
	rereading, stale bool
}

// newStatsScreen opens the statistics of this year at size.
func newStatsScreen(c *Context, keys KeyMap, size tea.WindowSizeMsg) (*statsScreen, tea.Cmd) {
	v := &statsScreen{ctx: c, keys: keys, width: size.Width, height: size.Height, year: c.Today.Year(), pending: true}
	return v, loadStats(c.Store, v.year, c.Settings)
}

// Update takes the figures, the size, the keys and the store's changes
// (the figures are read again: someone acted).
func (v *statsScreen) Update(msg tea.Msg) (tea.Cmd, ask) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		v.width, v.height = msg.Width, msg.Height
		v.layout()
	case statsMsg:
		v.set(msg)
		v.layout()
		if v.rereading = v.stale; v.stale {
			v.stale = false
			return loadStats(v.ctx.Store, v.year, v.ctx.Settings), ask{}
		}
	case changesMsg:
		switch {
		case v.rereading:
			v.stale = true
		case v.loaded && v.err == nil:
			v.rereading = true
			return loadStats(v.ctx.Store, v.year, v.ctx.Settings), ask{}
		}
	case scrollMsg:
		v.scroll(msg.n)
	case tea.KeyPressMsg:
		if cmd, ok := undoKey(v.keys, v.ctx.Store, msg, 0); ok {
			return cmd, ask{}
		}
		return v.key(msg)
	}
	return nil, ask{}
}

// key changes the year and scrolls.
func (v *statsScreen) key(k tea.KeyPressMsg) (tea.Cmd, ask) {
	keys := v.keys
	switch {
	case key.Matches(k, keys.Back):
		return nil, ask{back: true}
	case key.Matches(k, keys.PrevYear), key.Matches(k, keys.NextYear):
		if !v.loaded {
			return nil, ask{}
		}
		if key.Matches(k, keys.PrevYear) {
			v.year--
		} else {
			v.year++
		}
		v.loaded, v.top = false, 0
		return loadStats(v.ctx.Store, v.year, v.ctx.Settings), ask{}
	case key.Matches(k, keys.Down):
		v.scroll(1)
	case key.Matches(k, keys.Up):
		v.scroll(-1)
	case key.Matches(k, keys.PageDown):
		v.scroll(v.height - 2)
	case key.Matches(k, keys.PageUp):
		v.scroll(-(v.height - 2))
	}
	return nil, ask{}
}

// scroll moves by n lines, the last page at most.
func (v *statsScreen) scroll(n int) {
	v.top = max(0, min(v.top+n, v.lines-(v.height-1)))
}

func (v *statsScreen) Help() []key.Binding { return v.keys.StatsHelp() }
func (v *statsScreen) Typing() bool        { return false }

type statsMsg struct {
	year int
	rep  stats.Report
	err  error
}

// loadStats computes year's figures as `stats --year` does, from the
// store's tally and the queue rows (jobs.YearReport): the screen read the
// whole log and every document's state, gigabytes at 100,000 documents,
// and kept them to change the year.
func loadStats(st Store, year int, s deadline.Settings) tea.Cmd {
	return func() tea.Msg {
		rep, err := jobs.YearReport(st, year, s, false)
		return statsMsg{year: year, rep: rep, err: err}
	}
}

func (v *statsScreen) set(msg statsMsg) {
	if msg.year != v.year {
		return // the reviewer moved on to another year
	}
	v.pending = false
	v.loaded, v.rep, v.err = true, msg.rep, msg.err
}

// bar is one labelled bar of a chart.
type bar struct {
	label string
	n     int
	note  string
}

// chart draws bars scaled to the largest, labels padded by display cells.
func chart(c *Context, bars []bar, width int) []string {
	st, th := c.Styles, c.Theme
	labW, most, numW := 0, 0, 1
	for _, b := range bars {
		labW = max(labW, ansi.StringWidth(b.label))
		most = max(most, b.n)
		numW = max(numW, len(fmt.Sprint(b.n)))
	}
	labW = min(labW, width/3)
	noteW := 0
	for _, b := range bars {
		noteW = max(noteW, ansi.StringWidth(b.note))
	}
	// The note carries figures (按时 0 逾期 0 登记 0 应报未报 0): the bar
	// gives way to it rather than the counts being cut at 80 columns.
	noteW = min(noteW, width/2)
	barW := max(4, min(40, width-2-labW-1-numW-1-noteW-1))
	var out []string
	for _, b := range bars {
		n := 0
		if most > 0 {
			n = b.n * barW / most
			if b.n > 0 && n == 0 {
				n = 1 // a non-zero figure is never drawn as nothing
			}
		}
		s := "  " + pad(b.label, labW, th.Ellipsis) + " " + st.Title.Render(strings.Repeat(th.Bar, n)) +
			strings.Repeat(" ", barW-n) + " " + fmt.Sprintf("%*d", numW, b.n)
		if b.note != "" {
			s += " " + st.Dim.Render(b.note)
		}
		out = append(out, trunc(s, width, th.Ellipsis))
	}
	return out
}

// Render draws the report's lines from top; it changes nothing.
func (v *statsScreen) Render() string {
	c, width := v.ctx, v.width
	st, th := c.Styles, c.Theme
	head := st.Title.Render(c.T(fmt.Sprintf("%d 年度统计", v.year), fmt.Sprintf("Statistics %d", v.year))) +
		st.Dim.Render(c.T("（[ ] 或 ←/→ 切换年度 · esc 返回）", " ([ ] or ←/→ change year · esc back)"))
	if !v.loaded {
		return trunc(head, width, th.Ellipsis) + "\n" + st.Dim.Render(c.T("正在统计…", "computing…"))
	}
	if v.err != nil {
		return trunc(head, width, th.Ellipsis) + "\n" + st.Error.Render(c.Err(v.err))
	}
	body := v.height - 1
	top := max(0, min(v.top, len(v.text)-body))
	end := min(len(v.text), top+body)
	return trunc(head, width, th.Ellipsis) + "\n" + strings.Join(v.text[top:end], "\n")
}

// layout lays the report out for the width, in Update.
func (v *statsScreen) layout() {
	v.text = nil
	if v.loaded && v.err == nil {
		v.text = v.report(v.ctx, v.width)
	}
	v.lines = len(v.text)
	v.scroll(0)
}

// report is the figures as lines of width.
func (v *statsScreen) report(c *Context, width int) []string {
	st := c.Styles
	r := v.rep
	var lines []string
	section := func(zh, en string) {
		lines = append(lines, "", st.Header.Render(c.T(zh, en)))
	}
	section("收文", "Received")
	lines = append(lines, chart(c, []bar{
		{label: c.L(review.Draft.Label()), n: r.Received.Drafts},
		{label: c.L(review.Filed.Label()), n: r.Received.Filed},
	}, width)...)
	lines = append(lines, "  "+c.T(fmt.Sprintf("合计 %d 件", r.Received.Total), fmt.Sprintf("total %d", r.Received.Total)))

	section("审查决定（件次）", "Decisions")
	d := r.Decisions
	lines = append(lines, chart(c, []bar{
		{label: c.L(review.Pass.Label()), n: d.Pass},
		{label: c.L(review.PassAmended.Label()), n: d.PassAmended},
		{label: c.L(review.Return.Label()), n: d.Return},
		{label: c.L(review.Reject.Label()), n: d.Reject},
	}, width)...)
	lines = append(lines, "  "+c.T(fmt.Sprintf("合计 %d 件次 · 纠错率 %s", d.Total, stats.Percent(r.CorrectionRate)),
		fmt.Sprintf("total %d · correction rate %s", d.Total, stats.Percent(r.CorrectionRate))))

	section("报送备案", "Filing")
	f := r.Filing
	var fb []bar
	for _, ch := range f.Channels {
		fb = append(fb, bar{label: c.L(ch.Channel.Label()), n: ch.Records,
			note: c.T(fmt.Sprintf("按时 %d 逾期 %d 登记 %d 应报未报 %d", ch.OnTime, ch.Late, ch.Registered, ch.Unfiled),
				fmt.Sprintf("on time %d late %d registered %d unfiled %d", ch.OnTime, ch.Late, ch.Registered, ch.Unfiled))})
	}
	lines = append(lines, chart(c, fb, width)...)
	lines = append(lines, "  "+c.T(fmt.Sprintf("报送 %d 件 %d 件次 · 按时 %d · 逾期 %d · 报备及时率 %s", f.Documents, f.Records, f.OnTime, f.Late, stats.Percent(f.OnTimeRate)),
		fmt.Sprintf("%d documents, %d filings · on time %d · late %d · on-time rate %s", f.Documents, f.Records, f.OnTime, f.Late, stats.Percent(f.OnTimeRate))))
	if f.Provisional > 0 {
		lines = append(lines, wrapString("  "+c.T(fmt.Sprintf("其中 %d 件次的报备期限为暂定", f.Provisional),
			fmt.Sprintf("%d of these deadlines are provisional", f.Provisional))+" · "+c.L(deadline.TentativeNote), width)...)
	}

	// The documents other bodies filed (备案审查) are half of the annual
	// report's figures: the screen shows what `stats` prints of them.
	section("备案审查", "Filing review")
	fr := r.FilingReview
	lines = append(lines, wrapString("  "+c.T(
		fmt.Sprintf("收到 %d 件 · 逾期报备 %d 件 · 予以登记 %d 件 · 暂缓登记 %d 件 · 不予登记 %d 件", fr.Received, fr.Late, fr.Registered, fr.Deferred, fr.NotRegistered),
		fmt.Sprintf("received %d · filed late %d · registered %d · deferred %d · not registered %d", fr.Received, fr.Late, fr.Registered, fr.Deferred, fr.NotRegistered)), width)...)
	lines = append(lines, chart(c, []bar{
		{label: c.L(review.NoProblem.Label()), n: fr.NoProblem},
		{label: c.L(review.SelfCorrect.Label()), n: fr.SelfCorrected},
		{label: c.L(review.WrittenOpinion.Label()), n: fr.WrittenOpinion},
		{label: c.L(review.OrderCorrect.Label()), n: fr.Ordered},
		{label: c.L(review.Revoke.Label()), n: fr.Revoked},
	}, width)...)
	lines = append(lines, wrapString("  "+c.T(fmt.Sprintf("审查办结 %d 件次 · 停止执行条款 %d 处 · 备案审查纠错率 %s", fr.Reviewed, fr.Suspended, stats.Percent(fr.CorrectionRate)),
		fmt.Sprintf("%d reviews concluded · %d clauses suspended · filing-review correction rate %s", fr.Reviewed, fr.Suspended, stats.Percent(fr.CorrectionRate))), width)...)

	section("公平竞争审查", "Fair-competition review")
	lines = append(lines, chart(c, []bar{
		{label: c.T("完成审查", "Reviewed"), n: r.Fair.Reviewed},
		{label: c.T("适用例外", "With exception"), n: r.Fair.Exceptions},
		{label: c.T("不涉及经营者未审查", "Skipped (no operators)"), n: r.Fair.Skipped},
	}, width)...)

	section("审查发现（按规则，确认）", "Findings by rule (confirmed)")
	var rb []bar
	for _, x := range r.Findings {
		rb = append(rb, bar{label: x.Rule, n: x.Confirmed, note: c.T(fmt.Sprintf("排除 %d", x.Dismissed), fmt.Sprintf("dismissed %d", x.Dismissed))})
	}
	if len(rb) == 0 {
		lines = append(lines, "  "+st.Dim.Render(c.T("本年度没有处理过的发现", "no findings answered this year")))
	}
	lines = append(lines, chart(c, rb, width)...)

	section("清理", "Cleanup")
	cl := r.Cleanup
	lines = append(lines, chart(c, []bar{
		{label: c.L(review.KeepInForce.Label()), n: cl.KeepInForce},
		{label: c.L(review.Amend.Label()), n: cl.Amend},
		{label: c.L(review.Repeal.Label()), n: cl.Repeal},
		{label: c.L(review.DeclareVoid.Label()), n: cl.DeclareVoid},
	}, width)...)
	lines = append(lines, "  "+c.T(fmt.Sprintf("清理 %d 次 · 纳入 %d 件 · 作出结论 %d 件 · 有效期届满自动失效 %d 件", cl.Campaigns, cl.Added, cl.Decided, r.Lapsed),
		fmt.Sprintf("%d campaigns · %d documents · %d concluded · %d lapsed at validity end", cl.Campaigns, cl.Added, cl.Decided, r.Lapsed)))
	lines = append(lines, "")
	for _, l := range wrapString(c.T("注：", "Note: ")+c.L(stats.CorrectionRule)+c.T("；", "; ")+c.L(stats.OnTimeRule)+c.T("；", "; ")+c.L(stats.FilingCorrectionRule), width) {
		lines = append(lines, st.Dim.Render(l))
	}

	return lines
}
