package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"beishen/review"
	"beishen/review/search"
	"beishen/storage"
)

// fixedStore is a database on a clock fixed at testToday, so that dates
// typed on screen are facts, holding one draft with meta and text.
func fixedStore(t *testing.T, meta review.Meta, text string) (*storage.Store, string, uint64) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "road.db")
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, review.Zone)
	st, err := storage.Open(path, storage.Options{Actor: "审查员", Now: func() time.Time { now = now.Add(time.Second); return now }})
	if err != nil {
		t.Fatal(err)
	}
	res, err := st.Import(storage.ImportItem{Kind: review.Draft, Meta: meta,
		Version: storage.NewVersion{FileName: meta.Title + ".txt", SHA256: meta.Title, Text: text}})
	if err == nil {
		err = res.Err
	}
	if err != nil {
		t.Fatal(err)
	}
	return st, path, res.Doc.ID
}

// roadStore holds one government draft taken to the decision.
func roadStore(t *testing.T) (*storage.Store, string) {
	t.Helper()
	st, path, id := fixedStore(t, review.Meta{Title: "临江区公园管理办法", Issuer: "临江区人民政府", IssuerType: review.IssuerGovernment},
		"第一条 为管理公园，制定本办法。\n第二条 本办法自公布之日起施行。\n")
	passLegality(t, st, id, review.Draft)
	return st, path
}

// The end of a draft's road on the real screen: D decides, a records the
// collective deliberation, a again the publication, f the filing; the log
// in the file then holds those four events, and the screen after 公布
// shows the number and the filing clocks.
func TestRoadOnScreenFromDecisionToFiling(t *testing.T) {
	st, path := roadStore(t)
	tm, wait := onScreen(t, st)
	enter := func() { tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) }
	decideAndDeliberate(tm, wait)
	enter()
	wait("a 登记公布")
	tm.Type("a")
	wait("登记公布：")
	tm.Type("临政规〔2026〕7号")
	enter()
	wait("报送备案（f 记录）")
	tm.Type("f")
	wait("报送备案：")
	enter()
	wait("按时")
	d, last := quitAndRead(t, tm, st, path, 1, 4)
	if last != "decision deliberated published filing_recorded" {
		t.Errorf("the last events are %s", last)
	}
	if d.Stage != review.StageInForce || d.Meta.DocNumber != "临政规〔2026〕7号" || d.Meta.Published != testToday ||
		d.Deliberation == nil || d.Deliberation.Meeting != review.StandingMeeting || len(d.Filings) != 1 {
		t.Errorf("after the road: stage %s number %q published %s deliberation %+v filings %+v",
			d.Stage, d.Meta.DocNumber, d.Meta.Published, d.Deliberation, d.Filings)
	}
}

// R returns a document before the decision, with the missing materials
// proposed as the reason; after the decision R says it cannot.
func TestReturnKeyProposesTheMissingMaterials(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(11)) // at 登记 with every material missing
	press(m, "R")
	if m.dlg == nil || !strings.Contains(m.dlg.in.Value(), "缺少法律意见书") {
		t.Fatalf("R should propose the missing materials as the reason: %+v", m.dlg)
	}
	press(m, "enter")
	_, p := lastEvent(t, st, 11)
	if sc, ok := p.(*review.StageChanged); !ok || sc.To != review.StageReturned || !strings.Contains(sc.Reason, "起草说明") {
		t.Fatalf("last event %+v, want the return with its reason", p)
	}
	run(m, m.openDoc(5)) // in force
	press(m, "R")
	if m.dlg != nil || !strings.Contains(m.status, "不能退回") {
		t.Errorf("R on a published document: dialog %v, status %q", m.dlg != nil, m.status)
	}
}

// The search bar says how many documents matched, not how many the queue
// shows: a query matching more than the display cap says both.
func TestSearchBarCountsEveryMatch(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	press(m, "/")
	typeText(m, "临江")
	run(m, runSearch(m.queue.searcher, m.queue.seq, m.queue.sin.Value()))
	if out := ansi.Strip(m.Render()); !strings.Contains(out, fmt.Sprintf(" %d 条", len(m.queue.visible))) {
		t.Fatalf("search bar lacks the count:\n%s", out)
	}
	hits := m.queue.hits
	run(m, func() tea.Msg {
		return searchMsg{seq: m.queue.seq, query: "临江", res: search.Result{Hits: hits[:2], Total: 1234}}
	})
	out := ansi.Strip(m.Render())
	if !strings.Contains(out, "标题 1234，正文") || !strings.Contains(out, "，显示 ") {
		t.Errorf("a capped search does not say the real number:\n%s", out)
	}
	fits(t, "search", m.Render(), 100, 30)
}

// A filed document's side panel tells its road: its registration, and that
// D records the review's outcome; the outcome recorded from the form moves
// it and starts the issuer's clock.
func TestFiledDocumentScreenShowsItsRoad(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(4)) // filed, registered, awaiting the outcome
	out := ansi.Strip(m.Render())
	for _, want := range []string{"登记审查：登记", "D 作出审查结论"} {
		if !strings.Contains(out, want) {
			t.Errorf("side panel lacks %q:\n%s", want, out)
		}
	}
	press(m, "D")
	if m.ff == nil || !strings.Contains(ansi.Strip(m.Render()), "书面审查意见") {
		t.Fatalf("D opened no review-outcome form:\n%s", ansi.Strip(m.Render()))
	}
	press(m, "enter") // 书面审查意见 is proposed: the findings are confirmed
	d, _ := st.Document(4)
	if d.Stage != review.StageAwaiting || d.Review == nil || d.Review.Due.IsZero() {
		t.Fatalf("after the form: %s %+v", d.Stage, d.Review)
	}
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "回复期限 "+d.Review.Due.String()) {
		t.Errorf("the issuer's clock is not shown:\n%s", out)
	}

	// The issuer's answer: D offered 自行纠正 (the first the eye meets)
	// and refused it by stage. It offers what a waiting review allows and
	// says how the corrected text comes in.
	press(m, "D")
	if m.ff == nil {
		t.Fatal("D opened no form while awaiting the answer")
	}
	want := []string{"责令改正", "撤销", "停止执行条款", "制定机关已废止"}
	if got := m.ff.fields[0].options; !slices.Equal(got, want) {
		t.Errorf("outcomes offered while awaiting the answer: %v, want %v", got, want)
	}
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "制定机关纠正后的文本用 I 导入") {
		t.Errorf("the form does not say how the corrected text comes in:\n%s", out)
	}

	// The 审查意见书's form shows the answer-by date the letter will state
	// (it was empty, and the letter used the outcome's).
	press(m, "esc", "o")
	if m.ff == nil || len(m.ff.fields) < 4 || m.ff.fields[3].value() != d.Review.Due.String() {
		t.Errorf("the paper's answer-by row:\n%s", ansi.Strip(m.Render()))
	}
}

// v shows drafts only, filed documents only, or both; the tab counts and
// the 登记 tab's name follow.
func TestQueueShowsDraftsFiledOrBoth(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 120, 30)
	rows, _ := st.Summaries()
	n := map[review.Kind]int{}
	for _, r := range rows {
		n[r.Kind]++
	}
	for _, want := range []struct {
		kind  review.Kind
		count int
		tab   string
	}{{review.Draft, n[review.Draft], "2 登记"}, {review.Filed, n[review.Filed], "2 登记审查"}, {"", len(rows), "2 登记"}} {
		press(m, "v")
		if m.queue.kind != want.kind || len(m.queue.visible) != want.count {
			t.Errorf("kind %q: %d rows shown, want %d", m.queue.kind, len(m.queue.visible), want.count)
		}
		for _, i := range m.queue.visible {
			if want.kind != "" && m.queue.rows[i].Kind != want.kind {
				t.Errorf("kind %q shows a %s", want.kind, m.queue.rows[i].Kind)
			}
		}
		out := ansi.Strip(m.Render())
		if first := strings.SplitN(out, "\n", 2)[0]; !strings.Contains(first, fmt.Sprintf("1 全部 %d", want.count)) || !strings.Contains(first, want.tab) {
			t.Errorf("kind %q: tabs %q", want.kind, first)
		}
	}
}

// onScreen runs the real program on st at 100×30 and returns it with a
// wait for a text on its output (the frames are diffs, so what was seen
// since the last wait is kept).
func onScreen(t *testing.T, st *storage.Store) (*teatest.TestModel, func(string)) {
	tm := teatest.NewTestModel(t, New(Options{Store: st, Today: testToday}),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	t.Cleanup(func() { _ = tm.Quit() })
	var seen bytes.Buffer
	return tm, func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			seen.Write(b)
			return bytes.Contains(seen.Bytes(), []byte(s))
		}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
		seen.Reset()
	}
}

// decideAndDeliberate opens roadStore's draft, passes it with D and opens
// the collective deliberation's form with a.
func decideAndDeliberate(tm *teatest.TestModel, wait func(string)) {
	enter := func() { tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) }
	wait("临江区公园管理办法")
	enter()
	wait("待决定")
	tm.Type("D")
	wait("作出决定")
	enter()
	wait("a 记录集体审议")
	tm.Type("a")
	wait("集体审议：")
}

// quitAndRead quits the program once its actions are stored, then reads
// document id and the types of its last n events from the file.
func quitAndRead(t *testing.T, tm *teatest.TestModel, st *storage.Store, path string, id uint64, n int) (review.Document, string) {
	t.Helper()
	tm.Type("q")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if final.doc.writing || len(final.doc.writeQ) > 0 {
		t.Fatal("quit with actions not stored")
	}
	st.Close()
	st2, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	evs, _ := st2.Events(id)
	var types []string
	for _, e := range evs[max(0, len(evs)-n):] {
		types = append(types, string(e.Type))
	}
	d, _ := st2.Document(id)
	return d, strings.Join(types, " ")
}

// Road (c) on the real screen: the meeting sends the draft back to be
// revised (a, 修改后再议 with its opinion); I imports the revised text and
// the screen says it is back in the legality review.
func TestRoadOnScreenDeliberationToReviseThenReReview(t *testing.T) {
	st, path := roadStore(t)
	file := filepath.Join(t.TempDir(), "公园-修改稿.txt")
	if err := os.WriteFile(file, []byte("第一条 为管理公园，制定本办法。\n第二条 本办法自2027年1月1日起施行。\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tm, wait := onScreen(t, st)
	enter := func() { tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) }
	tab := func() { tm.Send(tea.KeyPressMsg{Code: tea.KeyTab}) }
	decideAndDeliberate(tm, wait)
	tab()
	tab()
	tab()
	tm.Send(tea.KeyPressMsg{Code: tea.KeyRight})
	tab()
	tm.Type("第二条应给出施行过渡期")
	enter()
	// The preview draws the hint to import the revised text at once, but I
	// is refused until the store has the deliberation ("正在保存，请稍候"):
	// wait for the store's answer.
	wait("已记录：集体审议")
	tm.Type("I")
	wait("导入新版本")
	tm.Type(file)
	enter()
	wait("回到“合法性审查”")
	d, last := quitAndRead(t, tm, st, path, 1, 4)
	// The revised text states its 施行日期: the metadata follows it.
	if last != "decision deliberated version_added metadata_edited" || d.Meta.Effective != review.MustDate("2027-01-01") {
		t.Errorf("the last events are %s; effective %s", last, d.Meta.Effective)
	}
	if d.Stage != review.StageLegality || d.Version != 2 || d.Deliberation.Result != review.DeliberationRevise ||
		d.Deliberation.Note != "第二条应给出施行过渡期" || d.Rereview == nil || !d.Checks["LC12"].Changed {
		t.Errorf("after 修改后再议 and the revised text: stage %s v%d deliberation %+v rereview %+v", d.Stage, d.Version, d.Deliberation, d.Rereview)
	}
}

// Road (d) on the real screen: FC0 marked 不适用 in the checklist closes
// FC1–FC8, and a takes the document to the decision.
func TestRoadOnScreenFC0NotApplicable(t *testing.T) {
	st, path, id := fixedStore(t, review.Meta{Title: "临江区档案查阅办法", IssuerType: review.IssuerGovernment, AffectsOperators: true},
		"第一条 为规范档案查阅，制定本办法。\n")
	var evs []review.Event
	for _, m := range review.RequiredMaterials(review.Draft, true) {
		evs = append(evs, review.NewEvent(id, review.MaterialsMarked{Material: m, Present: true}))
	}
	evs = append(evs, review.NewEvent(id, review.StageChanged{From: review.StageIntake, To: review.StageLegality}))
	for _, it := range review.LegalityItems {
		evs = append(evs, review.NewEvent(id, review.ChecklistMarked{Item: it.ID, Mark: review.Conforms}))
	}
	evs = append(evs, review.NewEvent(id, review.StageChanged{From: review.StageLegality, To: review.StageFairCompetition}))
	if out, err := st.DoAll(evs); err != nil || out[len(out)-1].Err != nil {
		t.Fatal(err, out[len(out)-1].Err)
	}
	tm, wait := onScreen(t, st)
	wait("临江区档案查阅办法")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	wait("公平竞争审查清单")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyTab})
	// space marks and moves on: back up to FC0 for each next mark.
	for range 3 {
		tm.Send(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
		tm.Type("k")
	}
	tm.Type("a")
	d, last := quitAndRead(t, tm, st, path, id, 1)
	if d.Stage != review.StageDecision || last != "stage_changed" {
		t.Fatalf("stage %s after %s, want 待决定", d.Stage, last)
	}
	for _, it := range review.FairItems {
		if d.Checks[it.ID].Mark != review.NotApplicable {
			t.Errorf("%s: %+v", it.ID, d.Checks[it.ID])
		}
	}
}

// A draft whose text named no issuer: the publication form asks for it
// (the published document is filed and listed under it) and refuses to go
// on without; with it, the issuer is recorded before the publication.
func TestPublicationFormAsksForAMissingIssuer(t *testing.T) {
	st, _, id := fixedStore(t, review.Meta{Title: "城镇老旧小区改造项目管理办法", DraftingUnit: "临江区住房和城乡建设局"},
		"第一条 为规范老旧小区改造，制定本办法。\n第二条 本办法自公布之日起施行。\n")
	passLegality(t, st, id, review.Draft, review.Decided{Outcome: review.Pass},
		review.Deliberated{Meeting: review.OfficeMeeting, Date: review.MustDate("2026-11-20"), Result: review.DeliberationPass})
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(id))
	press(m, "a")
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "制定机关") {
		t.Fatalf("the publication form does not ask for the issuer:\n%s", out)
	}
	typeText(m, "临江区政规〔2026〕4号")
	press(m, "enter")
	if d, _ := st.Document(id); d.Stage == review.StageInForce || !strings.Contains(ansi.Strip(m.Render()), "请填写制定机关") {
		t.Fatalf("published without an issuer (stage %s):\n%s", d.Stage, ansi.Strip(m.Render()))
	}
	for range 5 {
		press(m, "tab")
	}
	typeText(m, "临江区人民政府")
	press(m, "enter")
	d, _ := st.Document(id)
	if d.Meta.Issuer != "临江区人民政府" || d.Stage != review.StageInForce {
		t.Fatalf("after the form: issuer %q, stage %s (%s)", d.Meta.Issuer, d.Stage, m.status)
	}
}

// A real 条例 of 2020 taken through review in 2026 offered its text's
// 施行日期 2020-10-01 in the publication form, which the publication then
// refused as before the publication date. A date the text proposed that
// has passed is not offered; the hint names it, and the document takes
// effect on its publication date unless another is typed.
func TestPublicationDoesNotOfferAnEffectiveDateThatHasPassed(t *testing.T) {
	st, _, id := fixedStore(t, review.Meta{Title: "临江区大气污染防治办法", Issuer: "临江区人民政府", IssuerType: review.IssuerGovernment,
		Effective: review.MustDate("2020-10-01")}, "第一条 为防治大气污染，制定本办法。\n第二条 本办法自2020年10月1日起施行。\n")
	passLegality(t, st, id, review.Draft, review.Decided{Outcome: review.Pass},
		review.Deliberated{Meeting: review.OfficeMeeting, Date: review.MustDate("2026-11-20"), Result: review.DeliberationPass})
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(id))
	press(m, "a")
	if m.ff == nil {
		t.Fatalf("a opened no publication form:\n%s", ansi.Strip(m.Render()))
	}
	if got := m.ff.fields[2].value(); got != "" {
		t.Errorf("the form offers 施行日期 %q", got)
	}
	press(m, "down", "down")
	if out := strings.ReplaceAll(ansi.Strip(m.Render()), " ", ""); !strings.Contains(out, "正文所定2020-10-01已过") {
		t.Errorf("the hint does not name the passed date:\n%s", ansi.Strip(m.Render()))
	}
	press(m, "up", "up")
	typeText(m, "临政规〔2026〕8号")
	press(m, "enter")
	d, _ := st.Document(id)
	if d.Stage != review.StageInForce || d.Meta.Effective != d.Meta.Published {
		t.Errorf("published at %s, effective %s (published %s)", d.Stage, d.Meta.Effective, d.Meta.Published)
	}
}
