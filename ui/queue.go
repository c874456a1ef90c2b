package ui

import (
	"fmt"
	"sort"
	"strings"

	"beishen/review"
	"beishen/review/search"
)

// queueTab is one stage tab of the queue; nil stages means every document.
type queueTab struct {
	label  review.Label
	stages []review.Stage
}

var queueTabs = []queueTab{
	{review.Label{ZH: "全部", EN: "All"}, nil},
	{review.StageIntake.Label(), []review.Stage{review.StageIntake}},
	{review.StageLegality.Label(), []review.Stage{review.StageLegality}},
	{review.StageFairCompetition.Label(), []review.Stage{review.StageFairCompetition}},
	{review.StageDecision.Label(), []review.Stage{review.StageDecision}},
	{review.StageInForce.Label(), []review.Stage{review.StageInForce, review.StageApproved}},
	{review.StageCleanup.Label(), []review.Stage{review.StageCleanup}},
}

func (t queueTab) holds(s review.Stage) bool {
	if t.stages == nil {
		return true
	}
	for _, x := range t.stages {
		if x == s {
			return true
		}
	}
	return false
}

type sortMode int

const (
	sortDue sortMode = iota
	sortReceived
	sortTitle
)

var sortLabels = []review.Label{{ZH: "按期限", EN: "by due date"}, {ZH: "按收文日期", EN: "by received"}, {ZH: "按标题", EN: "by title"}}

// queueView is the list of documents: tabs, sorting, marks, search filter.
type queueView struct {
	rows    []review.Summary
	tab     int
	sort    sortMode
	visible []int // indexes into rows, in display order
	cursor  int
	offset  int
	marks   map[uint64]bool
	// hits filters and orders the rows while a search query is active.
	query string
	hits  []search.Hit
}

func newQueue() queueView { return queueView{marks: map[uint64]bool{}} }

func (q *queueView) setRows(rows []review.Summary, c *Context) {
	var cur uint64
	if id, ok := q.current(); ok {
		cur = id
	}
	q.rows = rows
	q.refresh(c)
	q.selectID(cur)
}

// upsert replaces one row after an action, keeping the view's order.
func (q *queueView) upsert(s review.Summary) {
	for i := range q.rows {
		if q.rows[i].ID == s.ID {
			q.rows[i] = s
			return
		}
	}
	q.rows = append(q.rows, s)
}

func (q *queueView) index(id uint64) int {
	for i := range q.rows {
		if q.rows[i].ID == id {
			return i
		}
	}
	return -1
}

// refresh recomputes the visible rows: the search hits in score order, or
// the current tab sorted by the current mode.
func (q *queueView) refresh(c *Context) {
	q.visible = q.visible[:0]
	if q.query != "" {
		for _, h := range q.hits {
			if i := q.index(h.ID); i >= 0 && queueTabs[q.tab].holds(q.rows[i].Stage) {
				q.visible = append(q.visible, i)
			}
		}
	} else {
		for i, r := range q.rows {
			if queueTabs[q.tab].holds(r.Stage) {
				q.visible = append(q.visible, i)
			}
		}
		q.sortVisible(c)
	}
	q.clamp()
}

func (q *queueView) sortVisible(c *Context) {
	key := func(i int) (string, uint64) {
		r := q.rows[i]
		switch q.sort {
		case sortReceived:
			return r.Received.String(), r.ID
		case sortTitle:
			return r.Title, r.ID
		}
		d := c.Due(r)
		if d.Date.IsZero() {
			return "9999", r.ID // paused and undated rows last
		}
		return d.Date.String(), r.ID
	}
	sort.SliceStable(q.visible, func(a, b int) bool {
		ka, ia := key(q.visible[a])
		kb, ib := key(q.visible[b])
		if ka != kb {
			return ka < kb
		}
		return ia < ib
	})
}

func (q *queueView) clamp() {
	if q.cursor >= len(q.visible) {
		q.cursor = len(q.visible) - 1
	}
	if q.cursor < 0 {
		q.cursor = 0
	}
}

func (q *queueView) current() (uint64, bool) {
	if q.cursor < len(q.visible) {
		return q.rows[q.visible[q.cursor]].ID, true
	}
	return 0, false
}

func (q *queueView) selectID(id uint64) {
	for k, i := range q.visible {
		if q.rows[i].ID == id {
			q.cursor = k
			return
		}
	}
}

func (q *queueView) move(n int) {
	q.cursor += n
	q.clamp()
}

// neighbour is the document n places from id in the current order.
func (q *queueView) neighbour(id uint64, n int) (uint64, bool) {
	for k, i := range q.visible {
		if q.rows[i].ID == id {
			j := k + n
			if j >= 0 && j < len(q.visible) {
				q.cursor = j
				return q.rows[q.visible[j]].ID, true
			}
			return 0, false
		}
	}
	return 0, false
}

func (q *queueView) toggleMark() {
	if id, ok := q.current(); ok {
		if q.marks[id] {
			delete(q.marks, id)
		} else {
			q.marks[id] = true
		}
		q.move(1)
	}
}

// marked returns the marked rows, or the current row when none is marked.
func (q *queueView) marked() []review.Summary {
	var out []review.Summary
	for _, r := range q.rows {
		if q.marks[r.ID] {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		if id, ok := q.current(); ok {
			out = append(out, q.rows[q.index(id)])
		}
	}
	return out
}

func (q *queueView) counts(tab queueTab) int {
	n := 0
	for _, r := range q.rows {
		if tab.holds(r.Stage) {
			n++
		}
	}
	return n
}

// columns are the queue's column widths for a width.
type columns struct{ mark, num, title, unit, stage, due, find int }

func queueColumns(width int) columns {
	c := columns{mark: 2, num: 14, unit: 0, stage: 12, due: 11, find: 9}
	if width >= 100 {
		c.num = 20
	}
	if width >= 110 {
		c.unit = 16
	}
	used := c.mark + c.num + 1 + c.stage + 1 + c.due + 1 + c.find + 1
	if c.unit > 0 {
		used += c.unit + 1
	}
	c.title = width - used
	return c
}

// Render draws the tabs, the header and the rows in width×height.
func (q *queueView) Render(c *Context, width, height int) string {
	st, th := c.Styles, c.Theme
	var b strings.Builder
	// Tabs.
	var tabs []string
	for i, t := range queueTabs {
		s := fmt.Sprintf("%d %s %d", i+1, c.L(t.label), q.counts(t))
		if i == q.tab {
			tabs = append(tabs, st.TabActive.Render(s))
		} else {
			tabs = append(tabs, st.Tab.Render(s))
		}
	}
	b.WriteString(trunc(strings.Join(tabs, "  "), width, th.Ellipsis) + "\n")
	col := queueColumns(width)
	cell := func(s string, w int) string { return pad(s, w, th.Ellipsis) }
	row := func(mark, num, title, unit, stage, due, find string) string {
		parts := []string{cell(mark, col.mark) + cell(num, col.num), cell(title, col.title)}
		if col.unit > 0 {
			parts = append(parts, cell(unit, col.unit))
		}
		parts = append(parts, cell(stage, col.stage), cell(due, col.due), cell(find, col.find))
		return strings.Join(parts, " ")
	}
	b.WriteString(st.Header.Render(row("", c.T("文号", "Number"), c.T("标题", "Title"), c.T("起草单位/制定机关", "Drafter/issuer"),
		c.T("阶段", "Stage"), c.T("期限", "Due"), c.T("发现高/中", "Finds H/M"))) + "\n")
	body := height - 2
	if body < 1 {
		return b.String()
	}
	if q.cursor < q.offset {
		q.offset = q.cursor
	}
	if q.cursor >= q.offset+body {
		q.offset = q.cursor - body + 1
	}
	if len(q.visible) == 0 {
		msg := c.T("（此页签没有文件）", "(no documents in this tab)")
		if q.query != "" {
			msg = c.T("没有与“"+q.query+"”匹配的文件", "no document matches \""+q.query+"\"")
		}
		b.WriteString(st.Dim.Render(trunc(msg, width, th.Ellipsis)))
		return b.String()
	}
	hitOf := map[uint64]search.Hit{}
	for _, h := range q.hits {
		hitOf[h.ID] = h
	}
	for k := q.offset; k < len(q.visible) && k < q.offset+body; k++ {
		r := q.rows[q.visible[k]]
		mark := " "
		if q.marks[r.ID] {
			mark = th.Marked
		}
		if k == q.cursor {
			mark = th.Pointer + mark[:0]
			if q.marks[r.ID] {
				mark = th.Pointer + th.Marked
			}
		}
		title, num := r.Title, r.DocNumber
		if h, ok := hitOf[r.ID]; ok && q.query != "" {
			title, num = highlightFields(st.Match, h.Positions, r)
		}
		unit := r.DraftingUnit
		if unit == "" {
			unit = r.Issuer
		}
		due := c.Due(r)
		dueS := "-"
		switch {
		case due.Paused:
			dueS = st.Paused.Render(c.T("暂停", "paused"))
		case !due.Date.IsZero() && due.Overdue:
			dueS = st.Overdue.Render(due.Date.String() + "!")
		case !due.Date.IsZero():
			dueS = due.Date.String()
		}
		find := "-"
		if r.High+r.Medium > 0 {
			find = st.High.Render(fmt.Sprint(r.High)) + "/" + st.Medium.Render(fmt.Sprint(r.Medium))
		}
		line := row(mark, num, title, unit, c.L(r.Stage.Label()), dueS, find)
		if k == q.cursor {
			line = st.Selected.Render(line)
		} else if q.marks[r.ID] {
			line = st.Marked.Render(line)
		}
		b.WriteString(line)
		if k+1 < len(q.visible) && k+1 < q.offset+body {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// highlightFields styles the matched runes of the title and the 文号. The
// hit positions are rune indexes into search.Join(title, 文号, issuer,
// drafting unit), which skips empty fields.
func highlightFields(match interface{ Render(...string) string }, pos []int, r review.Summary) (title, num string) {
	fields := []string{r.Title, r.DocNumber, r.Issuer, r.DraftingUnit}
	starts := make([]int, len(fields))
	off := 0
	for i, f := range fields {
		f = strings.TrimSpace(f)
		fields[i] = f
		starts[i] = -1
		if f == "" {
			continue
		}
		starts[i] = off
		off += len([]rune(f)) + 1
	}
	hl := func(i int) string {
		if starts[i] < 0 {
			return ""
		}
		runes := []rune(fields[i])
		set := map[int]bool{}
		for _, p := range pos {
			if p >= starts[i] && p < starts[i]+len(runes) {
				set[p-starts[i]] = true
			}
		}
		var b strings.Builder
		for j, ch := range runes {
			if set[j] {
				b.WriteString(match.Render(string(ch)))
			} else {
				b.WriteRune(ch)
			}
		}
		return b.String()
	}
	return hl(0), hl(1)
}
