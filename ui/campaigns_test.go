package ui

import (
	"charm.land/bubbles/v2/key"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/cleanup"
	"beishen/storage"
	"beishen/ui/jobs"
)

// seedInForce imports a filed document with text and walks it through
// the legality review to a pass, which puts a filed document in force.
func seedInForce(t *testing.T, st *storage.Store, title, number, text string) uint64 {
	t.Helper()
	res, err := st.Import(storage.ImportItem{Kind: review.Filed,
		Meta: review.Meta{Title: title, DocNumber: number, Issuer: "临江区人民政府", IssuerType: review.IssuerGovernment,
			Published: review.MustDate("2019-05-01"), Effective: review.MustDate("2019-06-01"), ValidityEnd: review.MustDate("2030-12-31")},
		Version: storage.NewVersion{FileName: title + ".txt", Format: "txt", Encoding: "UTF-8", SHA256: "sha-" + title, Text: text, RulesVersion: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	id := res.Doc.ID
	passLegality(t, st, id, review.Filed, review.FilingReviewed{Outcome: review.NoProblem, Date: st.Today()})
	if d, _ := st.Document(id); d.Stage != review.StageInForce {
		t.Fatalf("%s is at %s, want in force", title, d.Stage)
	}
	return id
}

// passLegality walks document id (without operators) through intake and
// the legality review to 待决定, then records then, every step a real
// action through the guards.
func passLegality(t *testing.T, st *storage.Store, id uint64, kind review.Kind, then ...review.Payload) {
	t.Helper()
	var evs []review.Event
	add := func(p review.Payload) { evs = append(evs, review.NewEvent(id, p)) }
	for _, m := range review.RequiredMaterials(kind, false) {
		add(review.MaterialsMarked{Material: m, Present: true})
	}
	if kind == review.Filed {
		add(review.Registration{Result: review.FilingRegistered, Date: st.Today()})
	} else {
		add(review.StageChanged{From: review.StageIntake, To: review.StageLegality})
	}
	for _, it := range review.LegalityChecklist.Items() {
		add(review.ChecklistMarked{Item: it.ID, Mark: review.Conforms})
	}
	add(review.StageChanged{From: review.StageLegality, To: review.StageDecision, Reason: "不涉及经营者经济活动"})
	for _, p := range then {
		add(p)
	}
	out, err := st.DoAll(evs)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range out {
		if o.Err != nil {
			t.Fatalf("walking #%d: %s: %v", id, o.Event.Type, o.Err)
		}
	}
}

// exportLists writes the open campaign's lists with o to file from the
// screen and returns what was written.
func exportLists(t *testing.T, m *Model, file string) []byte {
	t.Helper()
	press(m, "o", "tab", "ctrl+u")
	typeText(m, file)
	press(m, "enter")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("no lists written: %v (status %q)", err, m.status)
	}
	return data
}

const contractText = "临江区合同管理办法\n\n第一条 根据《中华人民共和国合同法》，制定本办法。\n第二条 本办法自公布之日起施行。\n"

// A 民法典 campaign opened on the 清理 screen proposes the document citing
// 《合同法》; one confirmation takes it up, C concludes it from the member
// list, o writes the published lists and X closes the campaign: the log
// holds exactly those events.
func TestLawChangeCampaignFromTheScreen(t *testing.T) {
	st, _ := demoStore(t)
	id := seedInForce(t, st, "临江区合同管理办法", "临政规〔2019〕3号", contractText)
	seedInForce(t, st, "临江区劳动用工办法", "临政规〔2019〕4号", "第一条 根据《中华人民共和国劳动合同法》制定本办法。\n")
	before, _ := st.AllEvents()
	m := loaded(t, st, 100, 30)
	press(m, "K")
	if m.screen != scrCampaigns || !strings.Contains(ansi.Strip(m.Render()), "尚无清理批次") {
		t.Fatalf("K did not show the empty campaign list:\n%s", ansi.Strip(m.Render()))
	}
	press(m, "n")
	if m.ff == nil {
		t.Fatal("n opened no dialog")
	}
	press(m, "tab", "right") // trigger: 上位法变化, 民法典 pre-filled
	if got := m.ff.fields[4].value(); !strings.Contains(got, "合同法") || m.ff.fields[2].value() != "民法典" {
		t.Fatalf("law fields not pre-filled: law %q repealed %q", m.ff.fields[2].value(), got)
	}
	fits(t, "new campaign", m.Render(), 100, 30)
	press(m, "enter")
	if m.dlg == nil {
		t.Fatalf("no proposals to confirm; status %q", m.status)
	}
	out := ansi.Strip(m.Render())
	if !strings.Contains(out, "1 件文件") || !strings.Contains(out, fmt.Sprintf("#%d 临江区合同管理办法", id)) || strings.Contains(out, "劳动用工") {
		t.Fatalf("proposal dialog should name the 合同法 document only:\n%s", out)
	}
	fits(t, "proposals", m.Render(), 100, 30)
	press(m, "y")
	if !m.camps.open || len(m.camps.rows) != 1 || m.camps.rows[0].p.Total != 1 {
		t.Fatalf("campaign view after adding: open %v rows %+v", m.camps.open, m.camps.rows)
	}
	out = ansi.Strip(m.Render())
	for _, want := range []string{"《民法典》施行专项清理", "临江区合同管理办法", "待定", "0/1"} {
		if !strings.Contains(out, want) {
			t.Errorf("member list lacks %q:\n%s", want, out)
		}
	}
	// C on the member: 废止 with a reason.
	press(m, "C", "right", "right", "tab")
	typeText(m, "所依据的合同法已废止")
	press(m, "enter")
	out = ansi.Strip(m.Render())
	if !strings.Contains(out, "废止：所依据的合同法已废止") || !strings.Contains(out, "1/1") {
		t.Errorf("member list does not show the outcome:\n%s", out)
	}
	after, _ := st.AllEvents()
	added := after[len(before):]
	var types []review.EventType
	for _, e := range added {
		types = append(types, e.Type)
	}
	want := []review.EventType{review.EvCampaignOpened, review.EvCleanupAdded, review.EvCleanupOutcome}
	if fmt.Sprint(types) != fmt.Sprint(want) {
		t.Fatalf("events recorded %v, want %v", types, want)
	}
	camp := added[0].Seq
	p0, _ := added[0].Decode()
	if o := p0.(*review.CampaignOpened); added[0].Doc != 0 || o.Trigger != review.TriggerLaw || o.Law != "民法典" || len(o.Repealed) != 9 || o.LawDate != review.MustDate("2021-01-01") {
		t.Errorf("opening %+v (doc %d)", o, added[0].Doc)
	}
	p1, _ := added[1].Decode()
	if a := p1.(*review.CleanupAdded); added[1].Doc != id || a.Campaign != camp || !strings.Contains(a.Reason, "《合同法》") {
		t.Errorf("added %+v to doc %d", a, added[1].Doc)
	}
	p2, _ := added[2].Decode()
	if d := p2.(*review.CleanupDecided); added[2].Doc != id || d.Campaign != camp || d.Outcome != review.Repeal {
		t.Errorf("decided %+v on doc %d", d, added[2].Doc)
	}

	// o: the published lists as Markdown, recorded as an export.
	file := filepath.Join(t.TempDir(), "目录.md")
	data := exportLists(t, m, file)
	if fi, _ := os.Stat(file); fi.Mode().Perm() != 0o600 {
		t.Errorf("lists written with mode %v, want 0600", fi.Mode().Perm())
	}
	md := string(data)
	repealAt := strings.Index(md, "## 决定废止的规范性文件目录")
	voidAt := strings.Index(md, "## 宣布失效的规范性文件目录")
	rowAt := strings.Index(md, "| 1 | 临江区合同管理办法 | 临政规〔2019〕3号 |")
	if keep := strings.Index(md, "## 继续有效的规范性文件目录"); keep < 0 || repealAt < keep || voidAt < repealAt || rowAt < repealAt || rowAt > voidAt {
		t.Errorf("the document is not under the 废止 heading:\n%s", md)
	}
	sum := sha256.Sum256(data)
	all, _ := st.AllEvents()
	last := all[len(all)-1]
	lp, _ := last.Decode()
	if x, ok := lp.(*review.Exported); !ok || last.Doc != 0 || x.What != "cleanup_lists" || x.SHA256 != hex.EncodeToString(sum[:]) || x.Filters["campaign"] != fmt.Sprint(camp) {
		t.Errorf("last event %s %+v, want the export of the lists", last.Type, lp)
	}
	if !strings.Contains(m.status, file) {
		t.Errorf("status %q should name %s", m.status, file)
	}

	// X closes after a confirmation.
	press(m, "X")
	if m.dlg == nil || !strings.Contains(ansi.Strip(m.Render()), "结束清理批次") {
		t.Fatal("X asked for no confirmation")
	}
	press(m, "y", "esc")
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "已结束 ") {
		t.Errorf("the list does not show the campaign closed:\n%s", out)
	}
	press(m, "F")
	if m.ff != nil || !strings.Contains(m.status, "已于") {
		t.Errorf("F on a closed campaign: form %v, status %q", m.ff != nil, m.status)
	}
	// Its footer offers the lists, not the keys it would refuse.
	footer := ansi.Strip(m.Render())
	footer = footer[strings.LastIndex(footer, "\n")+1:]
	for _, b := range []key.Binding{m.keys.SelectDocs, m.keys.Propose, m.keys.CloseCampaign} {
		if strings.Contains(footer, b.Help().Desc) {
			t.Errorf("the footer of a closed campaign offers %q: %s", b.Help().Desc, footer)
		}
	}
	if !strings.Contains(footer, m.keys.ExportLists.Help().Desc) {
		t.Errorf("the footer of a closed campaign should offer its lists: %s", footer)
	}
}

// enter on a member opens the document; esc comes back to the campaign.
func TestMemberOpensTheDocumentAndEscReturns(t *testing.T) {
	st, _ := demoStore(t)
	id := seedInForce(t, st, "临江区合同管理办法", "临政规〔2019〕3号", contractText)
	ev, _, err := st.Do(review.NewEvent(0, review.CampaignOpened{Name: "2026年集中清理", Trigger: review.TriggerPeriodic}))
	if err != nil {
		t.Fatal(err)
	}
	m := loaded(t, st, 100, 30)
	press(m, "K", "enter")
	if !m.camps.open || m.camps.id != ev.Seq {
		t.Fatal("enter did not open the campaign")
	}
	// F: issuer filter, one confirmation.
	press(m, "F")
	typeText(m, "临江区人民政府")
	press(m, "enter")
	if m.dlg == nil {
		t.Fatalf("filter proposed nothing; status %q", m.status)
	}
	press(m, "enter")
	if d, _ := st.Document(id); d.Stage != review.StageCleanup {
		t.Fatalf("document at %s after the filter, want cleanup", d.Stage)
	}
	press(m, "enter")
	if m.screen != scrDoc || m.doc.id != id {
		t.Fatalf("enter on the member opened screen %d doc %d", m.screen, m.doc.id)
	}
	press(m, "C", "enter") // 继续有效 needs no reason
	press(m, "esc")
	if m.screen != scrCampaigns || !m.camps.open {
		t.Fatalf("esc went to screen %d (open %v)", m.screen, m.camps.open)
	}
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "继续有效") || !strings.Contains(out, "1/1") {
		t.Errorf("the outcome recorded on the document screen is not shown:\n%s", out)
	}
}

func TestCampaignScreensFitEveryWindow(t *testing.T) {
	st, _ := demoStore(t)
	id := seedInForce(t, st, "临江区关于进一步规范合同管理和担保业务的若干规定（试行）", "临政规〔2019〕3号", contractText)
	seedInForce(t, st, "临江区物权登记办法", "", "第一条 依据《物权法》制定本办法。\n")
	ev, _, _ := st.Do(review.NewEvent(0, review.CampaignOpened{Name: "《中华人民共和国民法典》施行后涉及民事法律的规范性文件专项清理工作", Trigger: review.TriggerLaw,
		Law: "民法典", LawDate: review.MustDate("2021-01-01"), Repealed: []string{"合同法", "物权法", "担保法"}}))
	if _, _, err := st.Do(review.NewEvent(id, review.CleanupAdded{Campaign: ev.Seq, Name: "民法典清理", Reason: "《民法典》施行后，引用已废止的《合同法》《担保法》《物权法》"})); err != nil {
		t.Fatal(err)
	}
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			for _, ascii := range []bool{false, true} {
				m := New(Options{Store: st, Today: testToday, ASCII: ascii})
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
				run(m, loadSummaries(st, m.ctx))
				press(m, "K")
				fits(t, "campaigns", m.Render(), w, h)
				press(m, "n")
				fits(t, "new campaign", m.Render(), w, h)
				press(m, "tab", "right")
				fits(t, "new law campaign", m.Render(), w, h)
				press(m, "esc", "p")
				if m.dlg == nil {
					t.Fatalf("p proposed nothing: %q", m.status)
				}
				fits(t, "proposals", m.Render(), w, h)
				press(m, "esc", "enter")
				out := m.Render()
				fits(t, "members", out, w, h)
				if !strings.Contains(ansi.Strip(out), "待定") {
					t.Errorf("members without 待定:\n%s", ansi.Strip(out))
				}
				press(m, "C")
				fits(t, "outcome", m.Render(), w, h)
				press(m, "esc", "F")
				fits(t, "filter", m.Render(), w, h)
				press(m, "esc", "o")
				fits(t, "export lists", m.Render(), w, h)
				press(m, "esc", "X")
				fits(t, "close", m.Render(), w, h)
				press(m, "esc")
			}
		})
	}
}

func TestCampaignScreenInEnglish(t *testing.T) {
	st, _ := demoStore(t)
	id := seedInForce(t, st, "临江区合同管理办法", "临政规〔2019〕3号", contractText)
	ev, _, _ := st.Do(review.NewEvent(0, review.CampaignOpened{Name: "民法典清理", Trigger: review.TriggerLaw,
		Law: "民法典", LawDate: review.MustDate("2021-01-01"), Repealed: []string{"合同法"}}))
	st.Do(review.NewEvent(id, review.CleanupAdded{Campaign: ev.Seq, Name: "民法典清理", Reason: "《民法典》施行后，引用已废止的《合同法》"}))
	m := New(Options{Store: st, Today: testToday, Lang: review.EN})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, loadSummaries(st, m.ctx))
	press(m, "K")
	lines := strings.Split(ansi.Strip(m.Render()), "\n")
	if !strings.Contains(lines[0], "Cleanup campaigns") || !strings.Contains(lines[1], "Trigger") || !strings.Contains(lines[2], "Superior-law change") {
		t.Errorf("campaign list not in English:\n%s", strings.Join(lines, "\n"))
	}
	for _, i := range []int{0, 1, len(lines) - 1} {
		if han.MatchString(lines[i]) {
			t.Errorf("line %d has Chinese chrome: %q", i, lines[i])
		}
	}
	press(m, "enter")
	out := ansi.Strip(m.Render())
	for _, want := range []string{"Progress", "Repealed 0", "open 1", "Why selected", "Outcome", "after 《民法典》"} {
		if !strings.Contains(out, want) {
			t.Errorf("members lack %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "施行后") {
		t.Errorf("the stored reason is shown in Chinese:\n%s", out)
	}
	press(m, "n")
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "New cleanup campaign") || !strings.Contains(out, "Periodic cleanup") {
		t.Errorf("new-campaign dialog not in English:\n%s", out)
	}
}

// At 80 columns in English a campaign's progress line ended “To be amended
// 1 ·…”: the repealed and declared-void counts were cut. They go on a
// second line.
func TestCampaignProgressKeepsEveryCountInEnglishAt80(t *testing.T) {
	st, _ := demoStore(t)
	id := seedInForce(t, st, "临江区合同管理办法", "临政规〔2019〕3号", contractText)
	ev, _, _ := st.Do(review.NewEvent(0, review.CampaignOpened{Name: "民法典清理", Trigger: review.TriggerLaw,
		Law: "民法典", LawDate: review.MustDate("2021-01-01"), Repealed: []string{"合同法"}}))
	st.Do(review.NewEvent(id, review.CleanupAdded{Campaign: ev.Seq, Name: "民法典清理", Reason: "《民法典》施行后，引用已废止的《合同法》"}))
	m := New(Options{Store: st, Today: testToday, Lang: review.EN})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(m, loadSummaries(st, m.ctx))
	press(m, "K", "enter")
	out := ansi.Strip(m.Render())
	for _, o := range review.CleanupOutcomes {
		if want := o.Label().EN + " 0"; !strings.Contains(out, want) {
			t.Errorf("the progress lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "临江区合同管理") {
		t.Errorf("the member is not listed:\n%s", out)
	}
}

// With no campaign yet the footer offers a new one, not the keys that
// need one (F, p, o, X said only "no campaign yet").
func TestCampaignListFooterWithNoCampaignOffersANewOne(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 80, 24)
	press(m, "K")
	out := ansi.Strip(m.Render())
	footer := out[strings.LastIndex(out, "\n")+1:]
	if !strings.Contains(footer, m.keys.NewCampaign.Help().Desc) {
		t.Errorf("footer %q lacks the new campaign", footer)
	}
	for _, b := range []key.Binding{m.keys.SelectDocs, m.keys.Propose, m.keys.ExportLists, m.keys.CloseCampaign} {
		if strings.Contains(footer, b.Help().Desc) {
			t.Errorf("footer %q offers %q with no campaign", footer, b.Help().Desc)
		}
	}
	// A new campaign, still empty: no document to open or conclude.
	press(m, "n")
	typeText(m, "2026年集中清理")
	press(m, "enter")
	out = ansi.Strip(m.Render())
	footer = out[strings.LastIndex(out, "\n")+1:]
	if !m.camps.open || strings.Contains(footer, m.keys.CleanupOutcome.Help().Desc) || !strings.Contains(footer, m.keys.SelectDocs.Help().Desc) {
		t.Errorf("an empty campaign's footer: %q", footer)
	}
}

// English counts agree with their number: "1 document", "2 documents".
func TestCountLabelAgreesInEnglish(t *testing.T) {
	st, _ := demoStore(t)
	m := New(Options{Store: st, Today: testToday, Lang: review.EN})
	if got := countLabel(m.ctx, 1); got != "1 document" {
		t.Errorf("countLabel(1) = %q", got)
	}
	if got := countLabel(m.ctx, 2); got != "2 documents" {
		t.Errorf("countLabel(2) = %q", got)
	}
}

// A campaign's number is its opening event's sequence number: seven digits
// in the log of a 100,000-document office. The list cut "#1207393" to
// "#12073", a number that names no campaign, or another one.
func TestCampaignNumberIsNeverCut(t *testing.T) {
	st, _ := demoStore(t)
	for _, w := range []int{80, 120} {
		m := New(Options{Store: st, Today: testToday})
		m.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		run(m, loadSummaries(st, m.ctx))
		press(m, "K")
		run(m, func() tea.Msg {
			return campaignsMsg{rows: []campaignRow{{c: cleanup.Campaign{ID: 1207393, Name: "2026年度规范性文件定期清理",
				Trigger: review.TriggerPeriodic, Opened: testToday}}}}
		})
		out := m.Render()
		if !strings.Contains(ansi.Strip(out), "#1207393 ") {
			t.Errorf("at %d columns the campaign's number is cut:\n%s", w, ansi.Strip(out))
		}
		fits(t, "campaigns", out, w, 24)
	}
}

// A campaign's members, and so its screen and its published lists, are in
// document order whatever order they were taken up in, now that they are
// read from the campaign's events rather than from every document.
func TestCampaignMembersInDocumentOrder(t *testing.T) {
	st, _ := demoStore(t)
	a := seedInForce(t, st, "临江区合同管理办法", "临政规〔2019〕3号", contractText)
	b := seedInForce(t, st, "临江区物权登记办法", "", "第一条 依据《物权法》制定本办法。\n")
	ev, _, _ := st.Do(review.NewEvent(0, review.CampaignOpened{Name: "2026年度定期清理", Trigger: review.TriggerPeriodic}))
	for _, id := range []uint64{b, a} { // the later document first
		if _, _, err := st.Do(review.NewEvent(id, review.CleanupAdded{Campaign: ev.Seq, Name: "2026年度定期清理"})); err != nil {
			t.Fatal(err)
		}
	}
	set, err := jobs.LoadCampaigns(st)
	if err != nil {
		t.Fatal(err)
	}
	ms := set.Members(ev.Seq)
	if len(ms) != 2 || ms[0].Doc.ID != a || ms[1].Doc.ID != b {
		t.Errorf("members not in document order (#%d, #%d): %+v", a, b, ms)
	}
}
