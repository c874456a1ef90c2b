package ui

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/rules"
	"beishen/storage"
)

type docFocus int

const (
	focusText docFocus = iota
	focusChecklist
)

// docView is the document screen: the text with its findings in place,
// the finding panel and the stage's checklist.
type docView struct {
	id     uint64
	loaded bool
	doc    review.Document
	ver    review.Version
	text   []rune
	lines  []span
	wrapW  int
	top    int
	cursor int   // the line comments anchor to
	finds  []int // indexes into doc.Findings, in text order
	cur    int   // index into finds; -1 before the first n
	focus  docFocus
	item   int
	shown  review.Stage // the stage the store last confirmed
	seen   uint64       // the document's last event the store confirmed (DoSeen)
	behind bool         // someone acted while this program's actions were stored
	// claim is someone else's hold on the document (read only); holding
	// says this program holds it.
	claim   *storage.Claim
	holding bool
	basis   *basisPane // the `b` pane, in place of the checklist (basis.go)
	// precs caches the nearest published case of each finding shown
	// (nil: none close), by finding key; cleared with a new text.
	precs map[string]*review.Precedent
	// answer is the reviewer's latest answer to a finding here, which
	// `.` gives to the rule's other open findings.
	answer *answered
	// batch is the latest bulk action here (`.`, Y), which u takes back
	// whole and ctrl+r puts back whole, while nothing else was done since.
	batch *docBatch
}

// nearest is the published case layout found for a finding, found here
// (and not kept) if layout has not run.
func (v *docView) nearest(f review.Finding) *review.Precedent {
	if p, ok := v.precs[f.Key()]; ok {
		return p
	}
	return rules.NearestPrecedent(string(v.text), f)
}

// precedent returns the published case nearest to a finding's sentence,
// kept for the next time.
func (v *docView) precedent(f review.Finding) *review.Precedent {
	if p, ok := v.precs[f.Key()]; ok {
		return p
	}
	if v.precs == nil {
		v.precs = map[string]*review.Precedent{}
	}
	p := rules.NearestPrecedent(string(v.text), f)
	v.precs[f.Key()] = p
	return p
}

func (v *docView) set(d review.Document, ver review.Version) {
	sameText := v.loaded && v.id == d.ID && v.ver.N == ver.N
	v.id, v.doc, v.loaded = d.ID, d, true
	if !sameText {
		v.shown = d.Stage
		v.ver, v.text, v.wrapW, v.top, v.cursor, v.cur, v.item, v.focus = ver, []rune(ver.Text), 0, 0, 0, -1, 0, focusText
		v.precs = nil
	}
	v.finds = v.finds[:0]
	for i := range d.Findings {
		v.finds = append(v.finds, i)
	}
	sort.SliceStable(v.finds, func(a, b int) bool { return d.Findings[v.finds[a]].Start < d.Findings[v.finds[b]].Start })
	if v.cur >= len(v.finds) {
		v.cur = len(v.finds) - 1
	}
}

// update replaces the document state after an action, keeping the place.
func (v *docView) update(d review.Document) {
	if d.ID != v.id {
		return
	}
	v.set(d, v.ver)
}

func (v *docView) finding() (*review.FindingState, bool) {
	if v.cur < 0 || v.cur >= len(v.finds) {
		return nil, false
	}
	return &v.doc.Findings[v.finds[v.cur]], true
}

// jump moves to the next (dir 1) or previous (-1) finding and scrolls to it.
func (v *docView) jump(dir int, bodyH int) bool {
	if len(v.finds) == 0 {
		return false
	}
	n := v.cur + dir
	if n < 0 || n >= len(v.finds) {
		return false
	}
	v.cur = n
	f := v.doc.Findings[v.finds[n]]
	v.cursor = v.lineOf(f.Start)
	v.scrollTo(v.cursor, bodyH)
	return true
}

// jumpOpen moves to the next finding still open after the one shown,
// wrapping round to the first: save and next goes to what still needs an
// answer, not to one answered before. With none open it moves on as n does.
func (v *docView) jumpOpen(bodyH int) bool {
	for k := 1; k <= len(v.finds); k++ {
		n := (v.cur + k) % len(v.finds)
		if n != v.cur && v.doc.Findings[v.finds[n]].Status == review.FindingOpen {
			return v.jump(n-v.cur, bodyH)
		}
	}
	return v.jump(1, bodyH)
}

func (v *docView) lineOf(r int) int {
	for i, l := range v.lines {
		if r >= l.start && r < l.end || (r == l.end && i == len(v.lines)-1) {
			return i
		}
		if r < l.start {
			return max(0, i-1)
		}
	}
	return max(0, len(v.lines)-1)
}

func (v *docView) scrollTo(line, h int) {
	if h < 1 {
		return
	}
	if line < v.top || line >= v.top+h {
		v.top = max(0, line-h/3)
	}
}

func (v *docView) scroll(n, h int) {
	v.cursor += n
	v.cursor = max(0, min(v.cursor, len(v.lines)-1))
	v.top = follow(v.cursor, v.top, h)
}

var clauseRe = regexp.MustCompile(`^\s*(第[一二三四五六七八九十百零〇两0-9]+条)`)

// anchor is the clause at the cursor: the current finding's clause when the
// cursor is on it, else the nearest 第X条 at or above the cursor.
func (v *docView) anchor() string {
	if f, ok := v.finding(); ok && f.Clause != "" && v.lineOf(f.Start) == v.cursor {
		return f.Clause
	}
	if v.cursor >= len(v.lines) {
		return ""
	}
	pos := v.lines[v.cursor].start
	for pos >= 0 {
		ps := pos
		for ps > 0 && v.text[ps-1] != '\n' {
			ps--
		}
		pe := ps
		for pe < len(v.text) && v.text[pe] != '\n' {
			pe++
		}
		if m := clauseRe.FindStringSubmatch(string(v.text[ps:pe])); m != nil {
			return m[1]
		}
		pos = ps - 1
	}
	return ""
}

// checkRow is one row of the checklist pane: an item, or one of the three
// Art.12 exception fields under the fair-competition checklist.
type checkRow struct {
	item  *review.Item
	field int // 1 ground, 2 alternative, 3 term
}

var exceptionFields = []review.Label{{}, {ZH: "例外理由", EN: "Exception ground"}, {ZH: "无更小限制替代方案说明", EN: "No less-restrictive alternative"}, {ZH: "实施期限", EN: "Term"}}

func (v *docView) checkRows() (review.Checklist, []checkRow) {
	cl, ok := review.ChecklistFor(v.doc.Stage)
	if !ok {
		return "", nil
	}
	items := cl.Items()
	rows := make([]checkRow, 0, len(items)+3)
	for i := range items {
		rows = append(rows, checkRow{item: &items[i]})
	}
	if cl == review.FairChecklist {
		rows = append(rows, checkRow{field: 1}, checkRow{field: 2}, checkRow{field: 3})
	}
	return cl, rows
}

// nextItem is the row after the cursor among the checklist items; the
// last item stays put (the exception fields below it are text, filled in
// with e, not marked).
func (v *docView) nextItem() int {
	cl, _ := v.checkRows()
	return max(0, min(v.item+1, len(cl.Items())-1))
}

func (v *docView) checkRow() (checkRow, bool) {
	_, rows := v.checkRows()
	if v.item < len(rows) {
		return rows[v.item], true
	}
	return checkRow{}, false
}

func exceptionValue(e review.Exception, field int) string {
	switch field {
	case 1:
		return e.Ground
	case 2:
		return e.Alternative
	}
	return e.Term
}

func withException(e review.Exception, field int, s string) review.Exception {
	switch field {
	case 1:
		e.Ground = s
	case 2:
		e.Alternative = s
	default:
		e.Term = s
	}
	return e
}

// layout splits the screen: text width, side width, finding panel height.
func docLayout(width, height int) (textW, sideW, panelH, bodyH int) {
	sideW = max(30, width*2/5)
	if sideW > 56 {
		sideW = 56
	}
	textW = width - sideW - 1
	panelH = 5
	if height >= 28 {
		panelH = 7 // room for the nearest published case
	}
	bodyH = height - 1 - panelH
	return
}

// dims are the widths of the text and the side and the heights of the
// panel and the text for width×height.
func (v *docView) dims(width, height int) (textW, sideW, panelH, bodyH int) {
	textW, sideW, panelH, bodyH = docLayout(width, height)
	if v.basis != nil { // the article beside the draft, half and half
		textW = width / 2
		sideW = width - textW - 1
	}
	return
}

// layout wraps the text for width×height (keeping the current finding in
// view when the width changed), lays the basis pane out and finds the
// nearest published case of the current finding, in Update.
func (v *docView) layout(c *Context, width, height int) {
	if !v.loaded {
		return
	}
	textW, sideW, _, bodyH := v.dims(width, height)
	if v.wrapW != textW-2 {
		v.wrapW = textW - 2
		v.lines = wrapText(v.text, v.wrapW)
		if f, ok := v.finding(); ok {
			v.cursor = v.lineOf(f.Start)
			v.scrollTo(v.cursor, bodyH)
		}
	}
	if p := v.basis; p != nil && p.width != sideW {
		p.width, p.lines = sideW, p.layout(c, sideW)
	}
	if f, ok := v.finding(); ok {
		v.precedent(f.Finding)
	}
}

// Render draws the document screen in width×height; it changes nothing.
func (v *docView) Render(c *Context, width, height int) string {
	st, th := c.Styles, c.Theme
	if !v.loaded {
		return st.Dim.Render(c.T("正在打开文件…", "opening the document…"))
	}
	textW, sideW, panelH, bodyH := v.dims(width, height)
	if v.wrapW != textW-2 { // not laid out for this width yet: a copy is
		lv := *v
		lv.layout(c, width, height)
		v = &lv
	}
	d := v.doc
	head := fmt.Sprintf("#%d %s", d.ID, d.Meta.Title)
	info := fmt.Sprintf(" [%s] %s v%d", c.L(d.Stage.LabelOn(d.Meta.Effective, c.Today)), d.Meta.DocNumber, d.Version)
	h, m, l := d.OpenFindings()
	info += c.T(fmt.Sprintf(" 待处理发现 %d", h+m+l), fmt.Sprintf(" open findings %d", h+m+l))
	if d.Assignee != "" {
		info += c.T(" · 分配给 ", " · assigned to ") + d.Assignee
	}
	head = st.Title.Render(trunc(head, max(10, width-ansi.StringWidth(info)), th.Ellipsis)) + st.Dim.Render(info)

	text := v.renderText(c, textW, bodyH)
	var side string
	if v.basis != nil {
		side = v.basis.render(c, sideW, bodyH)
	} else {
		side = v.renderSide(c, sideW, bodyH)
	}
	sep := "│"
	if th.ASCII {
		sep = "|"
	}
	tl := strings.Split(text, "\n")
	sl := strings.Split(side, "\n")
	var b strings.Builder
	b.WriteString(trunc(head, width, th.Ellipsis) + "\n")
	for i := 0; i < bodyH; i++ {
		var a, s string
		if i < len(tl) {
			a = tl[i]
		}
		if i < len(sl) {
			s = sl[i]
		}
		b.WriteString(pad(a, textW, th.Ellipsis) + st.Dim.Render(sep) + pad(s, sideW, th.Ellipsis) + "\n")
	}
	b.WriteString(v.renderPanel(c, width, panelH))
	return b.String()
}

func (v *docView) renderText(c *Context, width, height int) string {
	st, th := c.Styles, c.Theme
	var b strings.Builder
	for i := v.top; i < len(v.lines) && i < v.top+height; i++ {
		l := v.lines[i]
		g := "  "
		if i == v.cursor && v.focus == focusText {
			g = th.Pointer + " "
		}
		b.WriteString(st.Dim.Render(g))
		for r := l.start; r < l.end; r++ {
			ch := displayRune(v.text[r])
			switch fi := v.findingAt(r); {
			case fi < 0:
				b.WriteString(ch)
			case v.cur >= 0 && fi == v.finds[v.cur]:
				b.WriteString(st.FindingCur.Render(ch))
			case v.doc.Findings[fi].Status != review.FindingOpen:
				b.WriteString(st.FindingDone.Render(ch))
			default:
				b.WriteString(st.Finding.Render(ch))
			}
		}
		if i+1 < len(v.lines) && i+1 < v.top+height {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// findingAt is the finding covering rune r (the current one first), or -1.
func (v *docView) findingAt(r int) int {
	if f, ok := v.finding(); ok && r >= f.Start && r < f.End {
		return v.finds[v.cur]
	}
	for i, f := range v.doc.Findings {
		if r >= f.Start && r < f.End {
			return i
		}
	}
	return -1
}

func (v *docView) renderSide(c *Context, width, height int) string {
	st, th := c.Styles, c.Theme
	cl, rows := v.checkRows()
	var lines []string
	if rows == nil {
		req := review.RequiredMaterials(v.doc.Kind, v.doc.Meta.AffectsOperators)
		if missing := v.doc.MissingMaterials(); v.doc.Stage == review.StageIntake || len(missing) > 0 {
			lines = append(lines, st.Header.Render(c.T("材料", "Materials")))
			for _, m := range req {
				mark := th.Check["fail"]
				if v.doc.Material[m] {
					mark = th.Check["pass"]
				}
				lines = append(lines, mark+" "+c.L(m.Label()))
			}
		} else {
			// Past registration with every paper in, the list is one line:
			// the lines below it (publication, validity, filing clocks)
			// are what the reviewer needs there, and 24 rows are few.
			lines = append(lines, th.Check["pass"]+" "+c.T(fmt.Sprintf("材料齐全（%d 项）", len(req)), fmt.Sprintf("All %d materials in", len(req))))
		}
		lines = append(lines, "")
		for _, l := range wrapString(c.T("本阶段无审查清单；m 编辑信息与材料", "No checklist at this stage; m edits metadata"), width) {
			lines = append(lines, st.Dim.Render(l))
		}
		if road := roadLines(c, v.doc, width); len(road) > 0 {
			lines = append(append(lines, ""), road...)
		}
		if life := lifecycleLines(c, v.doc, width); len(life) > 0 {
			lines = append(append(lines, ""), life...)
		}
		return strings.Join(lines, "\n")
	}
	title := c.L(cl.Label())
	if v.focus == focusChecklist {
		title = st.TabActive.Render(title)
	} else {
		title = st.Header.Render(title)
	}
	lines = append(lines, title)
	listH := height - 3
	start := 0
	if v.item >= listH {
		start = v.item - listH + 1
	}
	// The findings marker ("!2 ") gets a column of its own so that marked
	// and unmarked items line up.
	markW := 0
	bearing := make([]int, len(rows))
	for i, r := range rows {
		if r.item != nil {
			if bearing[i] = v.bearing(*r.item); bearing[i] > 0 {
				markW = max(markW, len(fmt.Sprintf("!%d ", bearing[i])))
			}
		}
	}
	for i := start; i < len(rows) && i < start+listH; i++ {
		r := rows[i]
		var s string
		if r.item != nil {
			e := v.doc.Check(r.item.ID)
			// As the letters do: an item a confirmed finding bears on is
			// 不符合 whatever an older log recorded.
			s = th.Check[string(v.doc.ItemMark(*r.item))] + " " + r.item.ID + checkMarker(c, e) + " " + c.L(r.item.Label)
			switch n := bearing[i]; {
			case n > 0:
				s = st.High.Render(pad(fmt.Sprintf("!%d", n), markW, "")) + s
			case markW > 0:
				s = strings.Repeat(" ", markW) + s
			}
		} else {
			val := exceptionValue(v.doc.Exception, r.field)
			if val == "" {
				val = st.Dim.Render(c.T("（未填）", "(empty)"))
			}
			s = "  " + c.L(exceptionFields[r.field]) + "：" + val
		}
		if i == v.item && v.focus == focusChecklist {
			s = st.Selected.Render(pad(th.Pointer+s, width, th.Ellipsis))
		} else {
			s = " " + s
		}
		lines = append(lines, s)
	}
	for len(lines) < listH+1 {
		lines = append(lines, "")
	}
	// The current item's basis and note.
	if r, ok := v.checkRow(); ok && r.item != nil {
		e := v.doc.Check(r.item.ID)
		lines = append(lines, st.Dim.Render(c.T("依据：", "Basis: ")+r.item.Basis))
		note := e.Note
		if note == "" {
			note = c.T("e 填写备注", "e adds a note")
		}
		lines = append(lines, st.Dim.Render(c.T("备注：", "Note: ")+note))
	}
	return strings.Join(lines, "\n")
}

// bearing counts the open findings that bear on item it.
func (v *docView) bearing(it review.Item) int {
	n := 0
	for _, f := range v.doc.Findings {
		if f.Status == review.FindingOpen && it.BearsOn(f.Rule) {
			n++
		}
	}
	return n
}

func (v *docView) renderPanel(c *Context, width, height int) string {
	st, th := c.Styles, c.Theme
	rule := strings.Repeat("-", width)
	if !th.ASCII {
		rule = strings.Repeat("─", width)
	}
	lines := []string{st.Dim.Render(rule)}
	note := rereviewLine(c, v.doc)
	f, ok := v.finding()
	if !ok {
		if note != "" {
			lines = append(lines, wrapString(note, width)...)
		}
		h, m, l := v.doc.OpenFindings()
		lines = append(lines, c.T(fmt.Sprintf("共 %d 条自动发现，待处理 %d 条。按 n 跳到下一条，y 确认，x 排除，b 看依据条文。", len(v.finds), h+m+l),
			fmt.Sprintf("%d automatic findings, %d open. n jumps to the next, y confirms, x dismisses, b shows the basis.", len(v.finds), h+m+l)))
		return strings.Join(lines, "\n")
	}
	title := findingTitle(c, f.Finding)
	basis := f.Basis
	if r, ok := rules.RuleByID(f.Rule); ok && len(basis) == 0 {
		basis = r.Basis
	}
	sev := st.Medium
	if f.Severity == review.High {
		sev = st.High
	}
	state := c.L(f.Status.Label())
	status := state
	if f.Reason != "" && f.Status == review.FindingDismissed {
		status += c.T("：", ": ") + f.Reason
	}
	// The title gives way before the finding's place and state: cut at the
	// line's end, a long English title hid which finding of how many it was.
	// (A dismissal's reason, after the state, may still be cut.)
	tag := "[" + c.L(f.Severity.Label()) + "]"
	where := fmt.Sprintf("  %d/%d %s · ", v.cur+1, len(v.finds), f.Clause)
	if room := width - ansi.StringWidth(tag+" "+f.Rule+" "+where+state); room >= 8 {
		title = trunc(title, room, th.Ellipsis)
	}
	head := sev.Render(tag) + " " + st.Bold.Render(f.Rule+" "+title) + st.Dim.Render(where+status)
	lines = append(lines, head)
	lines = append(lines, c.T("依据：", "Basis: ")+strings.Join(basis, "；"))
	// The nearest published case takes the panel's last two lines.
	var prec []string
	if p := v.nearest(f.Finding); p != nil && height >= 6 {
		pl := p.Lines(c.Lang)
		prec = []string{trunc(pl[0], width, th.Ellipsis), st.Dim.Render(trunc(strings.Join(pl[2:], "　"), width, th.Ellipsis))}
	}
	if why := rules.ReasonIn(f.Finding, c.Lang); why != "" {
		for _, l := range wrapString(c.T("说明：", "Why: ")+why, width) {
			lines = append(lines, l)
		}
	} else {
		lines = append(lines, st.Dim.Render(c.T("原文：", "Text: ")+f.Excerpt))
	}
	if note != "" {
		// Below the finding, on one line: on a new version's findings the
		// three lines of what it changed pushed the reason off a 24-row
		// screen (the status line and M keep it whole).
		lines = append(lines, trunc(note, width, th.Ellipsis))
	}
	if keep := height - len(prec); len(lines) > keep && keep > 0 {
		// What does not fit is cut, and the cut is shown: a reason with
		// its suffixes at 80×24 lost its end without a sign.
		lines = lines[:keep]
		last := strings.TrimRight(lines[keep-1], " ")
		lines[keep-1] = trunc(last, width-ansi.StringWidth(th.Ellipsis), "") + th.Ellipsis
	}
	lines = append(lines, prec...)
	if len(lines) > height {
		lines = lines[:height]
	}
	return strings.Join(lines, "\n")
}

// findingTitle is the title of f's rule in the screen's language (a
// finding stores the Chinese one).
func findingTitle(c *Context, f review.Finding) string {
	if r, ok := rules.RuleByID(f.Rule); ok {
		return r.TitleIn(c.Lang)
	}
	return f.Title
}
