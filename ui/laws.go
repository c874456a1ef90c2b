package ui

import (
	"fmt"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/laws"
	"beishen/review/search"
)

// lawsScreen is the 法规 screen (B from the queue): fuzzy search over the
// titles of the law library (pinyin initials too, through review/search)
// and over the text of the articles in force; enter reads a law, ]/[ go
// by chapter and / jumps to an article.
type lawsScreen struct {
	ctx     *Context
	keys    KeyMap
	height  int // the body's; the width is width, once laid out
	screenW int
	loaded  bool
	err     error
	titles  []laws.Title
	ix      *search.Index
	in      input
	typing  bool
	seq     int
	rows    []lawRow
	cursor  int
	offset  int
	// The law being read: its lines, where each chapter and article starts.
	law      *laws.Law
	lines    []string
	chapters []int // line of each chapter heading
	articles map[int]int
	top      int
	width    int
	jumping  bool // the / prompt for an article
	jin      input
}

// lawRow is a title or an article found by the search.
type lawRow struct {
	name, title string
	level       string
	text        bool // the library has the law's words
	art         *laws.Article
}

type (
	lawsLoadedMsg struct {
		titles []laws.Title
		ix     *search.Index
	}
	lawsTextMsg struct {
		seq  int
		hits []laws.Hit
	}
	lawOpenMsg struct {
		law     *laws.Law
		article int
		err     error
	}
)

// lawSource is the library the screens read: the store's over the
// embedded one (the checker's, set when the store was opened).
func lawSource() laws.Source { return laws.Default().Src }

func loadLawTitles() tea.Msg {
	ts := lawSource().Titles()
	docs := make([]search.Doc, len(ts))
	for i, t := range ts {
		docs[i] = search.Doc{ID: uint64(i), Entry: search.Key(t.Title)}
	}
	return lawsLoadedMsg{titles: ts, ix: search.New(docs)}
}

func searchLawText(seq int, q string) tea.Cmd {
	return func() tea.Msg {
		sr, ok := lawSource().(laws.Searcher)
		if !ok {
			return lawsTextMsg{seq: seq}
		}
		return lawsTextMsg{seq: seq, hits: sr.Search(q, 200)}
	}
}

func openLaw(name string, article int) tea.Cmd {
	return func() tea.Msg {
		l, ok := laws.Current(lawSource(), name, review.Date{})
		if !ok {
			return lawOpenMsg{err: fmt.Errorf("法规库中没有《%s》的正文", name)}
		}
		return lawOpenMsg{law: l, article: article}
	}
}

// open loads the titles the first time the screen is shown.
func (v *lawsScreen) open() tea.Cmd {
	if v.loaded {
		return nil
	}
	return loadLawTitles
}

func newLawsScreen(c *Context, keys KeyMap) *lawsScreen { return &lawsScreen{ctx: c, keys: keys} }

func (v *lawsScreen) Help() []key.Binding { return v.keys.LawsHelp() }

// Typing says a field has the keys: the title search or the article jump.
func (v *lawsScreen) Typing() bool { return v.typing || v.jumping }

func (v *lawsScreen) is(k tea.KeyPressMsg, b key.Binding) bool { return key.Matches(k, b) }

// Update takes the library, the size, the keys and the search results.
func (v *lawsScreen) Update(msg tea.Msg) (tea.Cmd, ask) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		v.screenW, v.height = msg.Width, msg.Height
		v.layout(msg.Width)
		return nil, ask{}
	case scrollMsg:
		v.scroll(msg.n, v.height-3)
		return nil, ask{}
	case tea.KeyPressMsg, tea.PasteMsg:
		if k, ok := msg.(tea.KeyPressMsg); ok && !v.Typing() {
			if cmd, ok := undoKey(v.keys, v.ctx.Store, k, 0); ok {
				return cmd, ask{}
			}
		}
		return v.key(msg)
	}
	return v.loadedMsg(msg)
}

// loadedMsg takes the titles, the text search's hits and the law opened.
func (v *lawsScreen) loadedMsg(msg tea.Msg) (tea.Cmd, ask) {
	switch msg := msg.(type) {
	case lawsLoadedMsg:
		v.loaded, v.titles, v.ix = true, msg.titles, msg.ix
		v.refresh(nil)
	case lawsTextMsg:
		if msg.seq == v.seq {
			v.refresh(msg.hits)
		}
	case lawOpenMsg:
		if msg.err != nil {
			return nil, ask{err: msg.err}
		}
		v.law, v.width, v.top = msg.law, 0, 0
		v.layout(v.screenW)
		if line, ok := v.articles[msg.article]; ok {
			v.top = line
		}
	}
	return nil, ask{}
}

// refresh lists the titles matching the query, then the articles whose
// text has it.
func (v *lawsScreen) refresh(hits []laws.Hit) {
	q := strings.TrimSpace(v.in.Value())
	v.rows = v.rows[:0]
	if v.ix != nil {
		res := v.ix.Search(q, 300)
		for _, h := range res.Hits {
			t := v.titles[h.ID]
			v.rows = append(v.rows, lawRow{name: t.Name, title: t.Title, level: t.Level, text: len(t.Versions) > 0})
		}
	}
	for i := range hits {
		h := hits[i]
		v.rows = append(v.rows, lawRow{name: h.Name, title: h.Name, text: true, art: &h.Article})
	}
	v.cursor = min(v.cursor, max(0, len(v.rows)-1))
	v.offset = min(v.offset, v.cursor)
}

// lawsKey handles the screen's keys: the query while typing, the list, the
// reader and its jump prompt.
// key searches, moves, opens a law, or reads it.
func (v *lawsScreen) key(msg tea.Msg) (tea.Cmd, ask) {
	c := v.ctx
	k, isKey := msg.(tea.KeyPressMsg)
	switch {
	case v.jumping:
		if isKey && v.is(k, v.keys.Back) {
			v.jumping = false
			return nil, ask{}
		}
		if isKey && v.is(k, v.keys.Submit) {
			v.jumping = false
			r, ok := laws.ParseUserRef(v.jin.Value())
			line, found := v.articles[r.Article]
			if !ok || !found {
				return nil, ask{status: c.T("没有这一条："+v.jin.Value(), "no such article: "+v.jin.Value())}
			}
			v.top = line
			return nil, ask{}
		}
		v.jin.Update(msg)
		return nil, ask{}
	case v.typing:
		if isKey && v.is(k, v.keys.Back) {
			v.typing = false
			return nil, ask{}
		}
		if isKey && v.is(k, v.keys.Submit) { // as in the queue: enter opens the hit shown first
			v.typing = false
			return v.openRow()
		}
		before := v.in.Value()
		v.in.Update(msg)
		if q := v.in.Value(); q != before {
			v.seq++
			v.cursor, v.offset = 0, 0
			v.refresh(nil)
			if textQuery(q) {
				return searchLawText(v.seq, q), ask{}
			}
		}
		return nil, ask{}
	case !isKey:
		return nil, ask{}
	case v.law != nil:
		v.readerKey(k)
		return nil, ask{}
	}
	h := v.height - 3
	if listKey(v.keys, k, h, func(n int) { v.scroll(n, h) }) {
		return nil, ask{}
	}
	switch {
	case v.is(k, v.keys.Back):
		if v.in.Value() != "" {
			v.in.Set("")
			v.seq++
			v.refresh(nil)
			return nil, ask{}
		}
		return nil, ask{back: true}
	case v.is(k, v.keys.Search):
		v.typing = true
	case v.is(k, v.keys.Open):
		return v.openRow()
	}
	return nil, ask{}
}

// openRow opens the law (at its article, for a hit in the text) under the
// cursor.
func (v *lawsScreen) openRow() (tea.Cmd, ask) {
	c := v.ctx
	if v.cursor >= len(v.rows) {
		return nil, ask{}
	}
	r := v.rows[v.cursor]
	if !r.text {
		return nil, ask{status: c.T("法规库只有《"+r.title+"》的名称；beishen laws import 导入法规合集后可阅读全文",
			"the library knows 《"+r.title+"》 by name only; beishen laws import brings the text")}
	}
	art := 0
	if r.art != nil {
		art = r.art.Num
	}
	return openLaw(r.name, art), ask{}
}

// textQuery: the article text is searched for queries of two Han
// characters or more (a pinyin query is for titles).
func textQuery(q string) bool {
	n := 0
	for _, r := range q {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n >= 2
}

// readerKey scrolls the law being read, by line, page or chapter.
func (v *lawsScreen) readerKey(k tea.KeyPressMsg) {
	h := v.height - 1
	last := max(0, len(v.lines)-h)
	switch {
	case v.is(k, v.keys.Back):
		v.law = nil
	case v.is(k, v.keys.Down):
		v.top = min(v.top+1, last)
	case v.is(k, v.keys.Up):
		v.top = max(v.top-1, 0)
	case v.is(k, v.keys.PageDown):
		v.top = min(v.top+h-1, last)
	case v.is(k, v.keys.PageUp):
		v.top = max(v.top-h+1, 0)
	case v.is(k, v.keys.Top):
		v.top = 0
	case v.is(k, v.keys.Bottom):
		v.top = last
	case v.is(k, v.keys.NextChapter):
		for _, l := range v.chapters {
			if l > v.top {
				v.top = l
				break
			}
		}
	case v.is(k, v.keys.PrevChapter):
		for i := len(v.chapters) - 1; i >= 0; i-- {
			if v.chapters[i] < v.top {
				v.top = v.chapters[i]
				break
			}
		}
	case v.is(k, v.keys.Search):
		v.jumping = true
		v.jin.Set("")
	}
}

// layout wraps the law's text to width: chapter headings, then articles.
func (v *lawsScreen) layout(width int) {
	if v.law == nil || v.width == width {
		return
	}
	v.width = width
	l := v.law
	v.lines, v.chapters, v.articles = nil, nil, map[int]int{}
	chapter := -1
	for _, a := range l.Articles {
		if a.Chapter != chapter && a.Chapter >= 0 && a.Chapter < len(l.Chapters) {
			for ch := chapter + 1; ch <= a.Chapter; ch++ {
				v.chapters = append(v.chapters, len(v.lines))
				v.lines = append(v.lines, "", "\x00"+l.Chapters[ch])
			}
			chapter = a.Chapter
		}
		if a.Sub == 0 {
			v.articles[a.Num] = len(v.lines)
		}
		for i, p := range a.Paras {
			if i == 0 {
				p = a.Label + "　" + p
			}
			v.lines = append(v.lines, wrapString(p, width-2)...)
		}
	}
}

// Render draws the list or the law being read; it changes nothing.
func (v *lawsScreen) Render() string {
	c, width, height := v.ctx, v.screenW, v.height
	st, th := c.Styles, c.Theme
	if v.law != nil && v.width != width { // not laid out yet: a copy is
		lv := *v
		lv.layout(width)
		v = &lv
	}
	if v.law != nil {
		head := st.Title.Render("《"+v.law.Title+"》") + st.Dim.Render(fmt.Sprintf(" %s%s · %s", v.law.Version.ChineseString(), c.T("版", " version"),
			c.T(fmt.Sprintf("共 %d 条", len(v.law.Articles)), fmt.Sprintf("%d articles", len(v.law.Articles)))))
		out := []string{trunc(head, width, th.Ellipsis)}
		if v.jumping {
			label := c.T("跳到条文（如 9、第九条、9.2）：", "go to article (9, 第九条, 9.2): ")
			out = append(out, label+v.jin.Render(width-ansi.StringWidth(label), true))
		}
		for i := v.top; i < len(v.lines) && len(out) < height; i++ {
			l := v.lines[i]
			if strings.HasPrefix(l, "\x00") {
				out = append(out, st.Header.Render(trunc(l[1:], width, th.Ellipsis)))
				continue
			}
			out = append(out, "  "+l)
		}
		return strings.Join(out, "\n")
	}
	n := len(v.titles)
	withText := 0
	for _, t := range v.titles {
		if len(t.Versions) > 0 {
			withText++
		}
	}
	head := st.Title.Render(c.T("法规库", "Law library")) + st.Dim.Render(c.T(
		fmt.Sprintf(" %d 部，有正文 %d 部（/ 搜索标题、拼音首字母或条文 · enter 阅读 · esc 返回）", n, withText),
		fmt.Sprintf(" %d laws, %d with text (/ searches titles, pinyin initials or article text · enter reads · esc back)", n, withText)))
	label := st.Key.Render("/ ") + c.T("搜索：", "search: ")
	bar := label + v.in.Render(width-ansi.StringWidth(label)-14, v.typing) + st.Dim.Render(fmt.Sprintf(c.T(" %d 条", " %d hits"), len(v.rows)))
	out := []string{trunc(head, width, th.Ellipsis), trunc(bar, width, th.Ellipsis)}
	switch {
	case v.err != nil:
		return strings.Join(append(out, st.Error.Render(c.Err(v.err))), "\n")
	case !v.loaded:
		return strings.Join(append(out, st.Dim.Render(c.T("正在读取法规库…", "reading the library…"))), "\n")
	}
	rows := height - len(out)
	for i := v.offset; i < len(v.rows) && i < v.offset+rows; i++ {
		r := v.rows[i]
		var s string
		if r.art != nil {
			s = "《" + r.title + "》" + r.art.Label + " " + st.Dim.Render(strings.Join(r.art.Paras, ""))
		} else {
			s = "《" + r.title + "》 " + st.Dim.Render(r.level)
			if !r.text {
				s += st.Dim.Render(c.T(" · 仅名称", " · name only"))
			}
		}
		if i == v.cursor {
			s = st.Selected.Render(pad(th.Pointer+" "+ansi.Strip(s), width, th.Ellipsis))
		} else {
			s = "  " + s
		}
		out = append(out, trunc(s, width, th.Ellipsis))
	}
	return strings.Join(out, "\n")
}

// scroll is the mouse wheel: the law being read, else the list.
func (v *lawsScreen) scroll(n, page int) {
	if v.law != nil {
		v.top = max(0, min(v.top+n, len(v.lines)-1))
		return
	}
	v.cursor = max(0, min(v.cursor+n, len(v.rows)-1))
	v.offset = follow(v.cursor, v.offset, page)
}
