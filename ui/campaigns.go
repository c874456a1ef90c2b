package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/cleanup"
	"beishen/ui/jobs"
)

// This file holds the 清理 screen (K): the cleanup campaigns with their
// progress, one campaign's documents with their outcomes, and its dialogs:
// a new campaign (n), the documents a law change or a filter proposes (p,
// F, added in one transaction after one confirmation), the published
// lists (o) and the end of a campaign (X).

// campaignRow is one campaign with its documents as last read.
type campaignRow struct {
	c       cleanup.Campaign
	members []cleanup.Member
	p       cleanup.Progress
}

// campaignsScreen is the list of campaigns and, when open, one campaign's
// members.
type campaignsScreen struct {
	ctx           *Context
	keys          KeyMap
	width, height int
	loaded        bool
	err           error
	rows          []campaignRow
	lib           *cleanup.LawChange // the latest library import's change, if any
	cursor        int
	offset        int
	open          bool   // showing the members of campaign id
	id            uint64 // the campaign whose members are shown
	mcur          int
	moff          int
	// write records a member's cleanup outcome through the document
	// screen's queue of actions.
	write func(review.Event) (tea.Cmd, ask)
}

type (
	campaignsMsg struct {
		rows []campaignRow
		lib  *cleanup.LawChange // what the latest library import changed (lawcleanup.go)
		err  error
	}
	// campaignWrittenMsg answers a log-wide campaign event (open, close).
	campaignWrittenMsg struct {
		ev  review.Event
		p   review.Payload
		err error
	}
	// proposalsMsg carries the documents a law change or a filter
	// proposes for campaign id, for the reviewer to confirm.
	proposalsMsg struct {
		id    uint64
		name  string
		why   string // what chose them, for the dialog's title
		props []cleanup.Proposal
		err   error
	}
	// listsMsg answers the export of the published lists.
	listsMsg struct {
		ws  []jobs.Written
		err error
	}
)

// loadCampaigns folds the log's campaigns and groups the documents they
// took up under them (jobs.LoadCampaigns reads only those).
func loadCampaigns(st Store) tea.Cmd {
	return func() tea.Msg {
		set, err := jobs.LoadCampaigns(st)
		if err != nil {
			return campaignsMsg{err: err}
		}
		rows := make([]campaignRow, len(set.Campaigns))
		for i, c := range set.Campaigns {
			ms := set.Members(c.ID)
			rows[i] = campaignRow{c: c, members: ms, p: cleanup.ProgressOf(ms)}
		}
		return campaignsMsg{rows: rows, lib: set.Library}
	}
}

func campaignEvent(st Store, p review.Payload) tea.Cmd {
	return func() tea.Msg {
		ev, _, err := st.Do(review.NewEvent(0, p))
		return campaignWrittenMsg{ev: ev, p: p, err: err}
	}
}

// proposeCmd lists the in-force documents that campaign c should take up:
// with a law change those citing a repealed law, otherwise those matching
// f. Documents already in the campaign are left out.
func proposeCmd(st Store, c cleanup.Campaign, f *cleanup.Filter, why string) tea.Cmd {
	return func() tea.Msg {
		docs, texts, err := jobs.InForceDocsAndTexts(st)
		if err != nil {
			return proposalsMsg{id: c.ID, err: err}
		}
		var props []cleanup.Proposal
		if f != nil {
			props = cleanup.Select(docs, texts, *f)
		} else if ch, ok := c.Change(); ok {
			props = cleanup.Propose(docs, texts, ch)
		}
		in := map[uint64]bool{}
		for _, m := range cleanup.Members(c.ID, docs) {
			in[m.Doc.ID] = true
		}
		var out []cleanup.Proposal
		for _, p := range props {
			if !in[p.Doc] {
				out = append(out, p)
			}
		}
		return proposalsMsg{id: c.ID, name: c.Name, why: why, props: out}
	}
}

func exportListsCmd(st Store, req jobs.ListsRequest, now time.Time) tea.Cmd {
	return func() tea.Msg {
		ws, err := jobs.ExportLists(st, req, now)
		return listsMsg{ws: ws, err: err}
	}
}

func (v *campaignsScreen) set(msg campaignsMsg) {
	v.loaded, v.err, v.rows, v.lib = true, msg.err, msg.rows, msg.lib
	v.cursor = max(0, min(v.cursor, len(v.rows)-1))
	if r, ok := v.shown(); ok {
		v.mcur = max(0, min(v.mcur, len(r.members)-1))
	}
}

// current is the campaign under the cursor, or the open one.
func (v *campaignsScreen) current() (campaignRow, bool) {
	if v.open {
		return v.shown()
	}
	if v.cursor < len(v.rows) {
		return v.rows[v.cursor], true
	}
	return campaignRow{}, false
}

func (v *campaignsScreen) shown() (campaignRow, bool) {
	for _, r := range v.rows {
		if r.c.ID == v.id {
			return r, true
		}
	}
	return campaignRow{}, false
}

func (v *campaignsScreen) member() (cleanup.Member, bool) {
	r, ok := v.shown()
	if !ok || !v.open || v.mcur >= len(r.members) {
		return cleanup.Member{}, false
	}
	return r.members[v.mcur], true
}

func (v *campaignsScreen) move(n int) {
	if v.open {
		r, _ := v.shown()
		v.mcur = max(0, min(v.mcur+n, len(r.members)-1))
		return
	}
	v.cursor = max(0, min(v.cursor+n, len(v.rows)-1))
}

func (v *campaignsScreen) selectID(id uint64) {
	for i, r := range v.rows {
		if r.c.ID == id {
			v.cursor = i
		}
	}
}

// newCampaignsScreen opens the list of campaigns at size and reads it.
func newCampaignsScreen(c *Context, keys KeyMap, size tea.WindowSizeMsg, write func(review.Event) (tea.Cmd, ask)) (*campaignsScreen, tea.Cmd) {
	return &campaignsScreen{ctx: c, keys: keys, width: size.Width, height: size.Height, write: write}, loadCampaigns(c.Store)
}

// settle keeps the cursor on the page (settle.go).
func (v *campaignsScreen) settle() { v.follow(v.height) }

// Help is the footer: it offers no key that would be refused (with no
// campaign yet only a new one; a closed campaign only reads and exports).
func (v *campaignsScreen) Help() []key.Binding {
	k := v.keys
	r, ok := v.current()
	if !ok { // none yet: only a new one
		return []key.Binding{k.NewCampaign, k.Back, k.Help}
	}
	var keys []key.Binding
	switch {
	case !r.c.Closed.IsZero() && v.open:
		keys = []key.Binding{k.Open, k.ExportLists, k.Back, k.Help}
	case !r.c.Closed.IsZero():
		keys = []key.Binding{k.Open, k.NewCampaign, k.ExportLists, k.Back, k.Help}
	case v.open:
		keys = k.CampaignHelp()
	default:
		return k.CampaignsHelp()
	}
	if _, ok := v.member(); v.open && !ok { // an empty campaign: no document to open or conclude
		keys = slices.DeleteFunc(slices.Clone(keys), func(b key.Binding) bool {
			return b.Help() == k.Open.Help() || b.Help() == k.CleanupOutcome.Help()
		})
	}
	return keys
}

func (v *campaignsScreen) Typing() bool { return false }

// Update takes the campaigns, the size, the keys, the store's changes
// (the campaigns are read again) and the answer to opening or closing one.
func (v *campaignsScreen) Update(msg tea.Msg) (tea.Cmd, ask) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		v.width, v.height = msg.Width, msg.Height
	case campaignsMsg:
		v.set(msg)
	case campaignWrittenMsg:
		return v.written(msg)
	case proposalsMsg:
		return nil, v.proposed(msg)
	case changesMsg, shownMsg: // back from a member, an outcome may have been recorded
		return loadCampaigns(v.ctx.Store), ask{}
	case actedMsg:
		if msg.err == nil {
			return loadCampaigns(v.ctx.Store), ask{}
		}
	case bulkMsg:
		if msg.err == nil {
			return loadCampaigns(v.ctx.Store), ask{}
		}
	case scrollMsg:
		v.move(msg.n)
	case tea.KeyPressMsg:
		if cmd, ok := undoKey(v.keys, v.ctx.Store, msg, 0); ok {
			return cmd, ask{}
		}
		return v.key(msg)
	}
	return nil, ask{}
}

// key handles the 清理 screen's keys; the forms it opens the root shows over
// it (ask), and their answers come back here.
func (v *campaignsScreen) key(k tea.KeyPressMsg) (tea.Cmd, ask) {
	c, keys := v.ctx, v.keys
	is := func(b key.Binding) bool { return key.Matches(k, b) }
	switch {
	case is(keys.Back):
		if v.open {
			v.open = false
			v.selectID(v.id)
			return nil, ask{}
		}
		return nil, ask{back: true}
	case listKey(keys, k, v.height-5, v.move):
	case is(keys.Open):
		if v.open {
			if mb, ok := v.member(); ok {
				return nil, ask{open: mb.Doc.ID}
			}
			return nil, ask{}
		}
		if r, ok := v.current(); ok {
			v.open, v.id, v.mcur, v.moff = true, r.c.ID, 0, 0
		}
	case is(keys.NewCampaign):
		return nil, ask{ff: v.newCampaignForm()}
	case is(keys.CleanupOutcome):
		mb, ok := v.member()
		if !ok {
			return nil, ask{status: c.T("请先按 enter 打开清理批次，选中文件后再作结论", "open a campaign with enter and pick a document first")}
		}
		return nil, cleanupForm(c, mb.Doc, v.write)
	case is(keys.SelectDocs), is(keys.Propose), is(keys.ExportLists), is(keys.CloseCampaign):
		r, ok := v.current()
		if !ok {
			return nil, ask{status: c.T("尚无清理批次：按 n 新建", "no campaign yet: n opens one")}
		}
		closed := !r.c.Closed.IsZero()
		switch {
		case is(keys.ExportLists):
			return nil, ask{ff: v.exportListsForm(r.c)}
		case closed:
			return nil, ask{status: c.T(fmt.Sprintf("清理批次 #%d 已于 %s 结束", r.c.ID, r.c.Closed), fmt.Sprintf("campaign #%d was closed on %s", r.c.ID, r.c.Closed))}
		case is(keys.SelectDocs):
			return nil, ask{ff: v.selectForm(r.c)}
		case is(keys.Propose):
			if _, ok := r.c.Change(); !ok {
				return nil, ask{status: c.T("只有上位法变化引起的清理可以自动提出文件；请按 F 按条件选择", "only a superior-law campaign proposes documents; F selects by filter")}
			}
			return proposeCmd(c.Store, r.c, nil, lawWhy(c, r.c)), ask{status: c.T("正在查找引用已废止法律的文件…", "looking for documents citing repealed laws…")}
		case is(keys.CloseCampaign):
			return nil, ask{dlg: v.closeCampaign(r)}
		}
	}
	return nil, ask{}
}

func lawWhy(c *Context, camp cleanup.Campaign) string {
	return c.T("《"+camp.Law+"》施行后引用已废止法律的生效文件", "documents in force citing laws repealed by "+camp.Law)
}

// written follows an opening or a closing: a law-change campaign goes on
// to its proposals.
func (v *campaignsScreen) written(msg campaignWrittenMsg) (tea.Cmd, ask) {
	c := v.ctx
	if msg.err != nil {
		return nil, ask{err: msg.err}
	}
	reload := loadCampaigns(c.Store)
	switch p := msg.p.(type) {
	case review.CampaignOpened:
		v.open, v.id, v.mcur = true, msg.ev.Seq, 0
		said := ask{status: c.T(fmt.Sprintf("已启动清理批次 #%d：%s（%s）", msg.ev.Seq, p.Name, c.L(p.Trigger.Label())),
			fmt.Sprintf("opened cleanup campaign #%d: %s (%s)", msg.ev.Seq, p.Name, c.L(p.Trigger.Label())))}
		camp := cleanup.Campaign{ID: msg.ev.Seq, Name: p.Name, Trigger: p.Trigger, Law: p.Law, LawDate: p.LawDate, Repealed: p.Repealed, Amended: p.Amended}
		if _, ok := camp.Change(); ok {
			return tea.Batch(reload, proposeCmd(c.Store, camp, nil, lawWhy(c, camp))), said
		}
		return reload, said
	case review.CampaignClosed:
		return reload, ask{status: c.T(fmt.Sprintf("清理批次 #%d 已结束", p.Campaign), fmt.Sprintf("campaign #%d closed", p.Campaign))}
	}
	return reload, ask{}
}

// proposed asks once, with the count, before taking the documents up in
// one transaction.
func (v *campaignsScreen) proposed(msg proposalsMsg) ask {
	c := v.ctx
	if msg.err != nil {
		return ask{err: msg.err}
	}
	if len(msg.props) == 0 {
		return ask{status: c.T(fmt.Sprintf("没有可纳入清理批次 #%d 的文件（%s）", msg.id, msg.why),
			fmt.Sprintf("nothing to add to campaign #%d (%s)", msg.id, msg.why))}
	}
	body := []string{msg.why + c.T("：", ":")}
	for i, p := range msg.props {
		if i == 6 {
			body = append(body, fmt.Sprintf("… (+%d)", len(msg.props)-6))
			break
		}
		line := fmt.Sprintf("#%d %s", p.Doc, p.Title)
		if p.Number != "" {
			line += " " + p.Number
		}
		line += citesLine(c, p)
		body = append(body, line)
	}
	evs := cleanup.AddEvents(msg.id, msg.name, msg.props)
	return ask{dlg: &dialog{kind: dlgConfirm, count: len(evs), body: body,
		title:  c.T(fmt.Sprintf("纳入清理批次 #%d：", msg.id), fmt.Sprintf("Add to campaign #%d: ", msg.id)) + countLabel(c, len(evs)),
		submit: func(*dialog, string) (tea.Cmd, ask) { return doAll(c.Store, evs), ask{} }}}
}

// said reports the files written and their hashes.
func (msg listsMsg) said(c *Context) ask {
	if msg.err != nil {
		return ask{err: msg.err}
	}
	var names []string
	for _, w := range msg.ws {
		names = append(names, w.File)
	}
	sum := ""
	if len(msg.ws) == 1 && len(msg.ws[0].SHA256) > 12 {
		sum = " · SHA-256 " + msg.ws[0].SHA256[:12] + "…"
	}
	return ask{status: c.T("已导出清理目录：", "lists exported: ") + strings.Join(names, c.T("、", ", ")) + sum}
}

// newCampaignForm asks for the name, the trigger and, for a superior-law
// change, the law, its date and the laws it repealed (民法典 pre-filled).
func (v *campaignsScreen) newCampaignForm() *fieldForm {
	c := v.ctx
	triggers := review.CleanupTriggers
	f := &fieldForm{title: c.T("新建清理批次", "New cleanup campaign"),
		body: []string{c.T("上位法变化引起的清理，启动后列出引用已废止法律的生效文件供确认纳入", "a superior-law campaign then lists the documents in force citing the repealed laws, to confirm")},
		fields: []field{
			{label: c.T("名称", "Name"), hint: c.T("如：2026年度规范性文件集中清理", "e.g. 2026 periodic cleanup")},
			{label: c.T("起因", "Trigger"), options: labelsOf(c, triggers)},
			{label: c.T("上位法", "Law"), hint: c.T("上位法变化时填写，如 民法典", "for a superior-law change, e.g. 民法典")},
			{label: c.T("施行日期", "In effect"), hint: c.T("YYYY-MM-DD", "YYYY-MM-DD")},
			{label: c.T("废止的法律", "Repealed"), hint: c.T("以顿号或逗号分隔，如 合同法、物权法", "separated by 、 or commas, e.g. 合同法、物权法")},
			{label: c.T("说明", "Note")},
		}}
	f.changed = func(f *fieldForm, row, old int) {
		if row != 1 || triggers[f.fields[1].choice] != review.TriggerLaw || f.fields[2].value() != "" {
			return
		}
		ch := v.prefill()
		f.fields[2].in.Set(ch.Law)
		f.fields[3].in.Set(ch.Effective.String())
		f.fields[4].in.Set(strings.Join(ch.Repealed, "、"))
		if f.fields[0].value() == "" {
			f.fields[0].in.Set(c.T("《民法典》施行专项清理", "民法典 cleanup"))
		}
	}
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		c := v.ctx
		p := review.CampaignOpened{Name: f.fields[0].value(), Trigger: triggers[f.fields[1].choice], Note: f.fields[5].value()}
		if p.Name == "" {
			return nil, ask{}, c.T("需要清理批次名称", "the campaign needs a name")
		}
		if p.Trigger == review.TriggerLaw {
			p.Law = strings.TrimPrefix(strings.Trim(f.fields[2].value(), "《》"), "中华人民共和国")
			if p.Law == "" {
				return nil, ask{}, c.T("上位法变化引起的清理需要写明法律名称", "a superior-law cleanup needs the law's name")
			}
			day, err := review.ParseDate(f.fields[3].value())
			if err != nil {
				return nil, ask{}, c.T("施行日期应为 YYYY-MM-DD", "the date must be YYYY-MM-DD")
			}
			p.LawDate, p.Repealed = day, cleanup.ParseLaws(f.fields[4].value())
			if ch, ok := cleanup.ChangeNamed(p.Law); ok && len(p.Repealed) == 0 {
				p.Repealed = ch.Repealed
				if p.LawDate.IsZero() {
					p.LawDate = ch.Effective
				}
			}
			v.libraryAmended(&p)
		}
		return campaignEvent(c.Store, p), ask{}, ""
	}
	return f
}

// selectForm asks for the filter of cleanup.Select.
func (v *campaignsScreen) selectForm(camp cleanup.Campaign) *fieldForm {
	c := v.ctx
	f := &fieldForm{title: c.T(fmt.Sprintf("按条件纳入清理批次 #%d %s", camp.ID, camp.Name), fmt.Sprintf("Add to campaign #%d %s by filter", camp.ID, camp.Name)),
		body: []string{c.T("从已生效的文件中选择；留空的条件不限制", "chosen among the documents in force; empty conditions do not filter")},
		fields: []field{
			{label: c.T("制定机关包含", "Issuer has"), hint: c.T("如：教育局", "e.g. 教育局")},
			{label: c.T("公布日期起", "Published from"), hint: c.T("可选，YYYY-MM-DD", "optional, YYYY-MM-DD")},
			{label: c.T("公布日期止", "Published to"), hint: c.T("可选，YYYY-MM-DD", "optional, YYYY-MM-DD")},
			{label: c.T("引用法律", "Cites law"), hint: c.T("可选，以顿号或逗号分隔，如 合同法、物权法", "optional, separated by 、 or commas, e.g. 合同法")},
		}}
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		c := v.ctx
		from, err1 := review.ParseDate(f.fields[1].value())
		to, err2 := review.ParseDate(f.fields[2].value())
		if err1 != nil || err2 != nil {
			return nil, ask{}, c.T("日期应为 YYYY-MM-DD", "dates must be YYYY-MM-DD")
		}
		if !from.IsZero() && !to.IsZero() && to.Before(from) {
			return nil, ask{}, c.T("截止日期早于起始日期", "the end is before the start")
		}
		flt := cleanup.Filter{Issuer: f.fields[0].value(), From: from, To: to, Cites: cleanup.ParseLaws(f.fields[3].value())}
		return proposeCmd(c.Store, camp, &flt, c.T("符合条件的生效文件", "documents in force matching the filter")), ask{status: c.T("正在选择…", "selecting…")}, ""
	}
	return f
}

// exportListsForm asks for the format and the file of the published lists.
func (v *campaignsScreen) exportListsForm(camp cleanup.Campaign) *fieldForm {
	c := v.ctx
	formats := jobs.ListFormats
	var titles []string
	for _, o := range jobs.PublishedLists {
		titles = append(titles, c.L(cleanup.ListTitle(o)))
	}
	f := &fieldForm{title: c.T(fmt.Sprintf("导出清理目录：#%d %s", camp.ID, camp.Name), fmt.Sprintf("Export the lists: #%d %s", camp.ID, camp.Name)),
		body: []string{strings.Join(titles, c.T("、", ", ")),
			c.T("文件的 SHA-256 记入日志，可用 beishen verify --export 核验", "each file's SHA-256 is recorded in the log; beishen verify --export checks it")},
		fields: []field{
			{label: c.T("格式", "Format"), options: formats, hint: c.T("csv 每个目录一个文件", "csv: one file per list")},
			{label: c.T("输出文件", "File"), hint: c.T("相对路径写入当前目录", "relative paths are in the current directory")},
		}}
	f.fields[1].in.Set(jobs.DefaultListsName(camp.ID, formats[0], c.Today))
	f.changed = func(f *fieldForm, row, old int) {
		p := &f.fields[1].in
		if row == 0 && strings.HasSuffix(p.Value(), "."+formats[old]) {
			p.Set(strings.TrimSuffix(p.Value(), "."+formats[old]) + "." + formats[f.fields[0].choice])
		}
	}
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		file := f.fields[1].value()
		if file == "" {
			return nil, ask{}, v.ctx.T("需要输出文件名", "the file name is required")
		}
		req := jobs.ListsRequest{Campaign: camp, Format: formats[f.fields[0].choice], File: file, Lang: v.ctx.Lang}
		return exportListsCmd(v.ctx.Store, req, v.ctx.Now()), ask{status: v.ctx.T("正在导出…", "exporting…")}, ""
	}
	return f
}

// closeCampaign confirms the end of a campaign, saying how many documents
// are still without an outcome.
func (v *campaignsScreen) closeCampaign(r campaignRow) *dialog {
	c := v.ctx
	body := []string{c.T(fmt.Sprintf("共 %d 件，已有结论 %d 件，待定 %d 件", r.p.Total, r.p.Decided, r.p.Open),
		fmt.Sprintf("%d documents, %d concluded, %d open", r.p.Total, r.p.Decided, r.p.Open))}
	if r.p.Open > 0 {
		body = append(body, c.T("待定的文件仍可在结束后作出结论", "open documents can still be concluded after closing"))
	}
	id := r.c.ID
	return &dialog{kind: dlgConfirm, body: body,
		title: c.T(fmt.Sprintf("结束清理批次 #%d %s？", id, r.c.Name), fmt.Sprintf("Close campaign #%d %s?", id, r.c.Name)),
		submit: func(*dialog, string) (tea.Cmd, ask) {
			return campaignEvent(c.Store, review.CampaignClosed{Campaign: id}), ask{}
		}}
}

// progressBar is decided/total as a bar of width cells.
func progressBar(c *Context, p cleanup.Progress, width int) string {
	th, st := c.Theme, c.Styles
	n := 0
	if p.Total > 0 {
		n = p.Decided * width / p.Total
	}
	return st.OK.Render(strings.Repeat(th.Bar, n)) + st.Dim.Render(strings.Repeat(th.BarEmpty, width-n))
}

// follow keeps the cursor of the list, or of the open campaign's members,
// on the page of a body height rows high (the rows Render draws).
func (v *campaignsScreen) follow(height int) {
	if r, ok := v.shown(); ok && v.open {
		if len(r.members) > 0 {
			head := 3 // title, progress, column header
			if _, ok := r.c.Change(); ok {
				head++
			}
			v.moff = follow(v.mcur, v.moff, height-head)
		}
		return
	}
	v.offset = follow(v.cursor, v.offset, height-2)
}

// Render draws the list, or the open campaign's members; it changes
// nothing.
func (v *campaignsScreen) Render() string {
	c, width, height := v.ctx, v.width, v.height
	st, th := c.Styles, c.Theme
	if v.open {
		if r, ok := v.shown(); ok {
			return v.renderMembers(c, r, width, height)
		}
	}
	head := st.Title.Render(c.T("清理批次", "Cleanup campaigns")) +
		st.Dim.Render(c.T("（enter 查看 · n 新建 · esc 返回）", " (enter opens · n new · esc back)"))
	out := []string{trunc(head, width, th.Ellipsis)}
	if hint := v.libraryHint(c); hint != "" {
		out[0] += "\n" + trunc(st.Medium.Render(hint), width, th.Ellipsis)
	}
	switch {
	case !v.loaded:
		return out[0] + "\n" + st.Dim.Render(c.T("正在读取…", "loading…"))
	case v.err != nil:
		return out[0] + "\n" + st.Error.Render(c.Err(v.err))
	case len(v.rows) == 0:
		return out[0] + "\n" + st.Dim.Render(c.T("尚无清理批次：按 n 新建", "no cleanup campaign yet: n opens one"))
	}
	// The trigger column fits the longest trigger; the bar shows when
	// there is room for it.
	// A campaign's number is its opening event's: seven digits in a log of
	// a million events, and a number cut short names another campaign.
	idW, trigW, dayW, barW, numW, stateW := ansi.StringWidth(c.T("编号", "No.")), 0, 10, 0, 9, 8
	for _, r := range v.rows {
		idW = max(idW, len(fmt.Sprintf("#%d", r.c.ID)))
	}
	for _, t := range review.CleanupTriggers {
		trigW = max(trigW, ansi.StringWidth(c.L(t.Label())))
	}
	if width >= 100 {
		barW = 10
	}
	nameW := width - 2 - idW - trigW - dayW - barW - numW - stateW - 6
	row := func(mark, id, name, trig, day, bar, num, state string) string {
		s := pad(mark, 2, "") + pad(id, idW, "") + " " + pad(name, nameW, th.Ellipsis) + " " + pad(trig, trigW, th.Ellipsis) + " " +
			pad(day, dayW, "") + " "
		if barW > 0 {
			s += pad(bar, barW, "") + " "
		}
		return s + pad(num, numW, "") + " " + pad(state, stateW, th.Ellipsis)
	}
	out = append(out, st.Header.Render(row("", c.T("编号", "No."), c.T("名称", "Name"), c.T("起因", "Trigger"), c.T("启动", "Opened"),
		c.T("进度", "Progress"), c.T("结论/文件", "Done/docs"), c.T("状态", "State"))))
	body := height - 2
	off := follow(v.cursor, v.offset, body) // as follow left it
	for k := off; k < len(v.rows) && k < off+body; k++ {
		r := v.rows[k]
		mark := ""
		if k == v.cursor {
			mark = th.Pointer
		}
		state := c.T("进行中", "open")
		if !r.c.Closed.IsZero() {
			state = c.T("已结束", "closed")
		}
		line := row(mark, fmt.Sprintf("#%d", r.c.ID), r.c.Name, c.L(r.c.Trigger.Label()), r.c.Opened.String(),
			progressBar(c, r.p, barW), fmt.Sprintf("%d/%d", r.p.Decided, r.p.Total), state)
		if k == v.cursor {
			line = st.Selected.Render(ansi.Strip(line)) // one style under the cursor
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// renderMembers draws one campaign: its trigger, progress by outcome and
// its documents with their outcome or 待定.
func (v *campaignsScreen) renderMembers(c *Context, r campaignRow, width, height int) string {
	st, th := c.Styles, c.Theme
	state := c.T("进行中", "open")
	if !r.c.Closed.IsZero() {
		state = c.T("已结束 ", "closed ") + r.c.Closed.String()
	}
	head := st.Title.Render(fmt.Sprintf("#%d %s", r.c.ID, r.c.Name)) + st.Dim.Render(" · "+c.L(r.c.Trigger.Label())+
		c.T(" · 启动 ", " · opened ")+r.c.Opened.String()+" · "+state)
	out := []string{trunc(head, width, th.Ellipsis)}
	if ch, ok := r.c.Change(); ok {
		out = append(out, trunc(st.Dim.Render(changeLine(c, ch)), width, th.Ellipsis))
	}
	p := r.p
	segs := []string{c.T("进度 ", "Progress ") + progressBar(c, p, 16) + fmt.Sprintf(" %d/%d", p.Decided, p.Total),
		st.Medium.Render(c.T("待定", "open") + fmt.Sprintf(" %d", p.Open))}
	for _, o := range review.CleanupOutcomes {
		segs = append(segs, c.L(o.Label())+fmt.Sprintf(" %d", p.ByOutcome[o]))
	}
	// The counts go on a second line rather than being cut (the English
	// outcome names do not fit 80 columns on one).
	prog := segs[0]
	for _, sg := range segs[1:] {
		if ansi.StringWidth(prog+" · "+sg) > width {
			out = append(out, prog)
			prog = "  " + sg
			continue
		}
		prog += " · " + sg
	}
	out = append(out, trunc(prog, width, th.Ellipsis))
	if len(r.members) == 0 {
		hint := c.T("尚未纳入文件：F 按条件选择", "no documents yet: F selects by filter")
		if _, ok := r.c.Change(); ok {
			hint += c.T("，p 纳入引用已废止法律的文件", ", p adds those citing repealed laws")
		}
		return strings.Join(append(out, "", st.Dim.Render(trunc(hint, width, th.Ellipsis))), "\n")
	}
	numW := 20
	if width < 100 {
		numW = 14
	}
	rest := width - 2 - numW - 3
	titleW, whyW := rest*35/100, rest*30/100
	outW := rest - titleW - whyW
	row := func(mark, num, title, why, outcome string) string {
		return pad(mark, 2, "") + pad(num, numW, th.Ellipsis) + " " + pad(title, titleW, th.Ellipsis) + " " +
			pad(why, whyW, th.Ellipsis) + " " + pad(outcome, outW, th.Ellipsis)
	}
	out = append(out, st.Header.Render(row("", c.T("文号", "Number"), c.T("标题", "Title"), c.T("纳入理由", "Why selected"), c.T("结论", "Outcome"))))
	body := height - len(out)
	moff := follow(v.mcur, v.moff, body) // as follow left it
	for k := moff; k < len(r.members) && k < moff+body; k++ {
		mb := r.members[k]
		mark := ""
		if k == v.mcur {
			mark = th.Pointer
		}
		outcome := st.Medium.Render(c.T("待定", "open"))
		if e := mb.Entry; e.Outcome != "" {
			outcome = c.L(e.Outcome.Label())
			if e.Why != "" {
				outcome += c.T("：", ": ") + e.Why
			}
		}
		num := number(strings.TrimSpace(mb.Doc.Meta.DocNumber), numW, th.Ellipsis, nil)
		if num == "" {
			num = fmt.Sprintf("#%d", mb.Doc.ID)
		}
		line := row(mark, num, mb.Doc.Meta.Title, cleanup.ReasonIn(mb.Entry.Reason, c.Lang), outcome)
		if k == v.mcur {
			line = st.Selected.Render(ansi.Strip(line))
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
