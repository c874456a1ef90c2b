package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/review/search"
	"beishen/storage"
	"beishen/ui/jobs"
)

// queueTab is one stage tab of the queue; nil stages means every document.
type queueTab struct {
	label  review.Label
	short  review.Label // for narrow windows and large counts
	stages []review.Stage
	// filed names the tab while the queue shows filed documents only,
	// whose road has its own words (登记审查, 待结论); empty: label.
	filed review.Label
}

var queueTabs = []queueTab{
	{review.Label{ZH: "全部", EN: "All"}, review.Label{ZH: "全部", EN: "All"}, nil, review.Label{}},
	{review.StageIntake.Label(), review.Label{ZH: "登记", EN: "Intake"}, []review.Stage{review.StageIntake, review.StageDeferred},
		review.Label{ZH: "登记审查", EN: "Registration"}},
	{review.StageLegality.Label(), review.Label{ZH: "合法性", EN: "Legal"}, []review.Stage{review.StageLegality}, review.Label{}},
	{review.StageFairCompetition.Label(), review.Label{ZH: "公平竞争", EN: "FCR"}, []review.Stage{review.StageFairCompetition}, review.Label{}},
	{review.StageDecision.Label(), review.Label{ZH: "待决定", EN: "Decide"},
		[]review.Stage{review.StageDecision, review.StageCorrecting, review.StageAwaiting},
		review.Label{ZH: "待结论/纠正", EN: "Outcome"}},
	{review.Label{ZH: "审议公布生效", EN: "Deliberation & in force"}, review.Label{ZH: "生效", EN: "In force"},
		[]review.Stage{review.StageDeliberation, review.StageApproved, review.StageInForce}, review.Label{}},
	{review.StageCleanup.Label(), review.Label{ZH: "清理", EN: "Cleanup"}, []review.Stage{review.StageCleanup}, review.Label{}},
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
	// total is how many documents the query matched, beyond the hits the
	// queue holds (the display cap): the search bar says the real number.
	total int
	hitOf map[uint64]search.Hit
	// textHits are the second tier, found in the documents' texts, listed
	// below the title hits (fulltext.go); textOf indexes them by ID.
	textHits []jobs.TextHit
	textOf   map[uint64]int

	// Kept up to date row by row so that neither a keystroke nor a frame
	// walks 100,000 rows: where each ID is, each row's sort key, the count
	// per stage (the tab counts) and the overdue count of the status line.
	pos     map[uint64]int
	dues    []deadline.Due
	keys    []string
	keysFor sortMode
	order   []int // every row in sort order
	byStage map[kindStage]int
	// kind shows drafts or filed documents only; "" both (v cycles).
	kind    review.Kind
	overdue int
	// tentative counts the rows whose due date is provisional (暂定).
	tentative int
	// claims is who works on which document now (shared store).
	claims map[uint64]storage.Claim
	// whose filters by assignee; me is the store's actor ("我的").
	whose whose
	me    string
}

// kindStage keys the tab counts: a tab counts the rows of the kinds and
// assignees shown.
type kindStage struct {
	kind     review.Kind
	stage    review.Stage
	assignee string
}

// whose filters the queue by assignee: everyone's, the user's own, or
// those no one was given yet (w cycles).
type whose int

const (
	whoseAll whose = iota
	whoseMine
	whoseNobody
)

var whoseLabels = []review.Label{{ZH: "全部", EN: "all"}, {ZH: "我的", EN: "mine"}, {ZH: "未分配", EN: "unassigned"}}

// holds says whether a row given to assignee passes the filter; me is the
// store's actor.
func (w whose) holds(assignee, me string) bool {
	switch w {
	case whoseMine:
		return assignee == me
	case whoseNobody:
		return assignee == ""
	}
	return true
}

// in reports whether row i belongs in the current tab, kind and assignee
// filter.
func (q *queueView) in(i int) bool {
	r := q.rows[i]
	return queueTabs[q.tab].holds(r.Stage) && (q.kind == "" || r.Kind == q.kind) && q.whose.holds(r.Assignee, q.me)
}

// nextWhose moves the assignee filter on and says what the queue shows.
func (q *queueView) nextWhose(c *Context) string {
	q.whose = (q.whose + 1) % whose(len(whoseLabels))
	q.refresh(c)
	return c.T("分配：", "assigned: ") + c.L(whoseLabels[q.whose])
}

// kinds is the cycle of the kind filter: both, drafts, filed documents.
var kinds = []review.Kind{"", review.Draft, review.Filed}

// nextKind moves the kind filter on and says what the queue now shows.
func (q *queueView) nextKind(c *Context) string {
	i := slices.Index(kinds, q.kind)
	q.kind = kinds[(i+1)%len(kinds)]
	q.refresh(c)
	if q.kind == "" {
		return c.T("显示送审稿和备案件", "showing drafts and filed documents")
	}
	return c.T("只显示", "showing only: ") + c.L(q.kind.Label())
}

// setRows replaces every row (start-up, imports, bulk actions); dues are
// the rows' deadlines, computed with them off the Update goroutine (nil:
// computed here).
func (q *queueView) setRows(rows []review.Summary, dues []deadline.Due, c *Context) {
	var cur uint64
	if id, ok := q.current(); ok {
		cur = id
	}
	if len(dues) != len(rows) {
		dues = dueDates(rows, c.Settings, c.Cal, c.Today)
	}
	q.rows, q.dues, q.keys = rows, dues, nil
	q.pos = make(map[uint64]int, len(rows))
	q.byStage = map[kindStage]int{}
	q.overdue, q.tentative = 0, 0
	for i, r := range rows {
		q.pos[r.ID] = i
		q.count(r, dues[i], 1)
	}
	q.refresh(c)
	q.selectID(cur)
}

// dueDates computes the deadline of every row, once per load.
func dueDates(rows []review.Summary, s deadline.Settings, cal *deadline.Calendar, today review.Date) []deadline.Due {
	dues := make([]deadline.Due, len(rows))
	for i, r := range rows {
		dues[i] = deadline.DueOf(r, s, cal, today)
	}
	return dues
}

func (q *queueView) count(r review.Summary, d deadline.Due, n int) {
	q.byStage[kindStage{r.Kind, r.Stage, r.Assignee}] += n
	if d.Overdue {
		q.overdue += n
	}
	if d.Tentative && !d.Date.IsZero() {
		q.tentative += n
	}
}

// upsert replaces one row after an action and moves it to its place in
// the view; only that row's due date and sort key are recomputed.
func (q *queueView) upsert(s review.Summary, c *Context) {
	cur, hasCur := q.current()
	q.ensureKeys()
	i, ok := q.pos[s.ID]
	if ok {
		q.count(q.rows[i], q.dues[i], -1)
		q.rows[i] = s
	} else {
		i = len(q.rows)
		q.rows = append(q.rows, s)
		q.dues = append(q.dues, deadline.Due{})
		q.keys = append(q.keys, "")
		q.pos[s.ID] = i
	}
	q.dues[i] = c.Due(s)
	q.count(s, q.dues[i], 1)
	q.keys[i] = q.sortKey(i)
	q.place(i)
	if hasCur {
		q.selectID(cur)
	}
	q.clamp()
}

// place puts row i where the current tab, query and sort order want it.
func (q *queueView) place(i int) {
	if len(q.order) == len(q.rows) {
		q.order = q.reinsert(q.order, i, true)
	} else {
		q.order = nil // a new row: sorted again when next needed
	}
	in := q.in(i)
	if q.query != "" {
		_, hit := q.hitOf[q.rows[i].ID]
		if _, inText := q.textOf[q.rows[i].ID]; inText {
			hit = true
		}
		if !in {
			q.visible = remove(q.visible, i)
		} else if hit && !slices.Contains(q.visible, i) {
			q.refresh(nil) // rare: a hit came back into the tab
		}
		return
	}
	q.visible = q.reinsert(q.visible, i, in)
}

// reinsert takes row i out of the sorted list and, if keep, puts it back
// where its (new) key sorts.
func (q *queueView) reinsert(list []int, i int, keep bool) []int {
	list = remove(list, i)
	if !keep {
		return list
	}
	k := sort.Search(len(list), func(k int) bool { return q.less(i, list[k]) })
	list = append(list, 0)
	copy(list[k+1:], list[k:])
	list[k] = i
	return list
}

func remove(list []int, i int) []int {
	if at := slices.Index(list, i); at >= 0 {
		return append(list[:at], list[at+1:]...)
	}
	return list
}

func (q *queueView) index(id uint64) int {
	if i, ok := q.pos[id]; ok {
		return i
	}
	return -1
}

// refresh recomputes the visible rows: the search hits in score order, or
// the current tab sorted by the current mode. It walks every row, so it
// runs when the tab, the sort, the query or the whole set changes, never
// per action on one document.
func (q *queueView) refresh(c *Context) {
	q.visible = q.visible[:0]
	if q.query != "" {
		q.hitOf = make(map[uint64]search.Hit, len(q.hits))
		for _, h := range q.hits {
			q.hitOf[h.ID] = h
		}
		for _, h := range q.hits {
			if i := q.index(h.ID); i >= 0 && q.in(i) {
				q.visible = append(q.visible, i)
			}
		}
		for _, h := range q.textHits {
			if i := q.index(h.ID); i >= 0 && q.in(i) {
				q.visible = append(q.visible, i)
			}
		}
	} else {
		// Every row sorted once per sort mode or reload; a tab is a filter
		// of that order.
		for _, i := range q.sorted() {
			if q.in(i) {
				q.visible = append(q.visible, i)
			}
		}
	}
	q.clamp()
}

// sortKey is the row's key in the current sort mode, computed once per
// row and sort change instead of once per comparison.
func (q *queueView) sortKey(i int) string {
	r := q.rows[i]
	switch q.sort {
	case sortReceived:
		return r.Received.String()
	case sortTitle:
		return r.Title
	}
	d := q.dues[i]
	if d.Date.IsZero() {
		return "9999" // paused and undated rows last
	}
	return d.Date.String()
}

func (q *queueView) less(a, b int) bool {
	if q.keys[a] != q.keys[b] {
		return q.keys[a] < q.keys[b]
	}
	return q.rows[a].ID < q.rows[b].ID
}

// ensureKeys computes every row's sort key after a reload or a sort change.
func (q *queueView) ensureKeys() {
	if len(q.keys) == len(q.rows) && q.keysFor == q.sort {
		return
	}
	q.keys = make([]string, len(q.rows))
	for i := range q.rows {
		q.keys[i] = q.sortKey(i)
	}
	q.keysFor, q.order = q.sort, nil
}

// sorted is every row index in the current sort order.
func (q *queueView) sorted() []int {
	q.ensureKeys()
	if len(q.order) != len(q.rows) {
		q.order = make([]int, len(q.rows))
		for i := range q.order {
			q.order[i] = i
		}
		sort.Slice(q.order, func(a, b int) bool { return q.less(q.order[a], q.order[b]) })
	}
	return q.order
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
	var at []int
	for id := range q.marks {
		if i, ok := q.pos[id]; ok {
			at = append(at, i)
		}
	}
	sort.Ints(at)
	var out []review.Summary
	for _, i := range at {
		out = append(out, q.rows[i])
	}
	if len(out) == 0 {
		if id, ok := q.current(); ok {
			out = append(out, q.rows[q.index(id)])
		}
	}
	return out
}

// counts is the number of rows in tab, from the per-stage counts.
func (q *queueView) counts(tab queueTab) int {
	n := 0
	for k, c := range q.byStage {
		if (q.kind == "" || k.kind == q.kind) && tab.holds(k.stage) && q.whose.holds(k.assignee, q.me) {
			n += c
		}
	}
	return n
}

// columns are the queue's column widths for a width.
type columns struct{ mark, num, title, unit, who, stage, due, find int }

// queueColumns lays the columns out in width; assigned adds the assignee's
// column (an office that assigns wants to see to whom), which takes the
// drafting unit's place until the window is wide enough for both.
func queueColumns(width int, assigned bool) columns {
	c := columns{mark: 2, num: 14, unit: 0, stage: 12, due: 11, find: 9}
	if width >= 100 {
		c.num = 20
	}
	unitFrom := 110
	if assigned && width >= 100 {
		c.who, unitFrom = 8, 120
	}
	if width >= unitFrom {
		c.unit = 16
		c.due = 16 // room for " 暂定" after a provisional date
	}
	used := c.mark + c.num + 1 + c.stage + 1 + c.due + 1 + c.find + 1
	for _, w := range []int{c.unit, c.who} {
		if w > 0 {
			used += w + 1
		}
	}
	c.title = width - used
	return c
}

// anyAssigned says whether some document of the queue has an assignee.
func (q *queueView) anyAssigned() bool {
	for k, n := range q.byStage {
		if k.assignee != "" && n > 0 {
			return true
		}
	}
	return false
}

// Render draws the tabs, the header and the rows in width×height.
func (q *queueView) Render(c *Context, width, height int) string {
	st, th := c.Styles, c.Theme
	var b strings.Builder
	// Tabs.
	// Every tab should stay visible: the full stage names when they fit,
	// short ones when the window is narrow or the counts are large.
	tabRow := func(short bool, gap string) string {
		var tabs []string
		for i, t := range queueTabs {
			l := t.label
			if short {
				l = t.short
			}
			if q.kind == review.Filed && t.filed.ZH != "" {
				l = t.filed
			}
			s := fmt.Sprintf("%d %s %d", i+1, c.L(l), q.counts(t))
			if i == q.tab {
				tabs = append(tabs, st.TabActive.Render(s))
			} else {
				tabs = append(tabs, st.Tab.Render(s))
			}
		}
		return strings.Join(tabs, gap)
	}
	if q.whose != whoseAll { // the assignee filter reads beside the tabs
		inner := tabRow
		tabRow = func(short bool, gap string) string {
			return inner(short, gap) + gap + st.TabActive.Render(c.L(whoseLabels[q.whose]))
		}
	}
	tabs := tabRow(false, "  ")
	if ansi.StringWidth(tabs) > width {
		tabs = tabRow(true, "  ")
	}
	if ansi.StringWidth(tabs) > width {
		tabs = tabRow(true, " ")
	}
	b.WriteString(trunc(tabs, width, th.Ellipsis) + "\n")
	col := queueColumns(width, q.anyAssigned())
	cell := func(s string, w int) string { return pad(s, w, th.Ellipsis) }
	row := func(mark, num, title, unit, who, stage, due, find string) string {
		parts := []string{cell(mark, col.mark) + cell(num, col.num), cell(title, col.title)}
		if col.unit > 0 {
			parts = append(parts, cell(unit, col.unit))
		}
		if col.who > 0 {
			parts = append(parts, cell(who, col.who))
		}
		parts = append(parts, cell(stage, col.stage), cell(due, col.due), cell(find, col.find))
		return strings.Join(parts, " ")
	}
	b.WriteString(st.Header.Render(row("", c.T("文号", "Number"), c.T("标题", "Title"), c.T("起草单位/制定机关", "Drafter/issuer"),
		c.T("承办人", "Assignee"), c.T("阶段", "Stage"), c.T("期限", "Due"), c.T("发现高/中", "Finds H/M"))) + "\n")
	body := height - 2
	if body < 1 {
		return b.String()
	}
	off := follow(q.cursor, q.offset, body) // as settle left it
	if len(q.visible) == 0 {
		msg := c.T("（此页签没有文件）", "(no documents in this tab)")
		if q.query != "" {
			msg = c.T("没有与“"+q.query+"”匹配的文件", "no document matches \""+q.query+"\"")
		}
		b.WriteString(st.Dim.Render(trunc(msg, width, th.Ellipsis)))
		return b.String()
	}
	for k := off; k < len(q.visible) && k < off+body; k++ {
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
		title := r.Title
		var numStyle func(int, rune) string
		if h, ok := q.hitOf[r.ID]; ok && q.query != "" {
			title, numStyle = highlightFields(st.Match, h.Positions, r)
		} else if _, ok := q.textHit(r.ID); ok {
			title = st.Match.Render(c.T(textMarker[0], textMarker[1])) + title
		}
		if cl, ok := q.claims[r.ID]; ok { // someone else is working on it
			title = st.Info.Render(c.T("〔"+cl.Actor+" 审查中〕", "["+cl.Actor+" reviewing] ")) + title
		}
		num := number(strings.TrimSpace(r.DocNumber), col.num, th.Ellipsis, numStyle)
		unit := r.DraftingUnit
		if unit == "" {
			unit = r.Issuer
		}
		due := q.dues[q.visible[k]]
		dueS := "-"
		switch {
		case due.Paused:
			dueS = st.Paused.Render(c.T("暂停", "paused"))
		case !due.Date.IsZero() && due.Overdue:
			dueS = st.Overdue.Render(due.Date.String() + "!" + tentativeMark(c, due, col.due-11))
		case !due.Date.IsZero():
			dueS = due.Date.String() + tentativeMark(c, due, col.due-10)
		}
		find := "-"
		if r.High+r.Medium > 0 {
			find = st.High.Render(fmt.Sprint(r.High)) + "/" + st.Medium.Render(fmt.Sprint(r.Medium))
		}
		who := r.Assignee
		if who == "" {
			who = "-"
		}
		line := row(mark, num, title, unit, who, c.L(r.Stage.ShortLabelOn(r.Effective, c.Today)), dueS, find)
		if k == q.cursor {
			line = st.Selected.Render(line)
		} else if q.marks[r.ID] {
			line = st.Marked.Render(line)
		}
		b.WriteString(line)
		if k+1 < len(q.visible) && k+1 < off+body {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// tentativeMark follows a provisional due date in the queue: " 暂定" when
// the column has room for it, else "*", which the status line explains.
func tentativeMark(c *Context, d deadline.Due, room int) string {
	switch {
	case !d.Tentative:
		return ""
	case room >= 1+ansi.StringWidth(c.L(deadline.TentativeShort)):
		return " " + c.L(deadline.TentativeShort)
	case room >= 1:
		return "*"
	}
	return ""
}

// highlightFields styles the matched runes of the title, and gives the
// style of each rune of the 文号 (which is cut by number). The hit
// positions are rune indexes into search.Join(title, 文号, issuer,
// drafting unit), which skips empty fields.
func highlightFields(match interface{ Render(...string) string }, pos []int, r review.Summary) (title string, num func(int, rune) string) {
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
	hits := func(i int) map[int]bool {
		set := map[int]bool{}
		if starts[i] < 0 {
			return set
		}
		n := len([]rune(fields[i]))
		for _, p := range pos {
			if p >= starts[i] && p < starts[i]+n {
				set[p-starts[i]] = true
			}
		}
		return set
	}
	styler := func(set map[int]bool) func(int, rune) string {
		return func(j int, ch rune) string {
			if set[j] {
				return match.Render(string(ch))
			}
			return string(ch)
		}
	}
	var b strings.Builder
	st := styler(hits(0))
	for j, ch := range []rune(fields[0]) {
		b.WriteString(st(j, ch))
	}
	return b.String(), styler(hits(1))
}
