package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// The decision's opinion is written over several lines: ctrl+j starts a
// line, a paste keeps its breaks, the text wraps inside the dialog at an odd
// width without a cell too many, up moves to the line above, and enter
// records the opinion with its lines.
func TestDecisionOpinionIsWrittenOverSeveralLines(t *testing.T) {
	st, _ := roadStore(t)
	m := loaded(t, st, 81, 25)
	run(m, m.openDoc(1)) // a draft awaiting decision
	press(m, "D")
	if m.dlg == nil || m.dlg.kind != dlgDecision {
		t.Fatal("no decision dialog")
	}
	typeText(m, "一、删除第五条“备案后方可在本市开展”的规定。")
	run(m, func() tea.Msg { return tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl} })
	typeText(m, "二、第七条保证金须有法律依据，《优化营商环境条例》第二十五条规定，没有法律、法规依据的，不得要求经营者缴纳保证金。")
	run(m, func() tea.Msg { return tea.PasteMsg{Content: "\r\n三、其余条款\r\n经审查未发现问题。"} })
	out := m.Render()
	fits(t, "decision", out, 81, 25)
	plain := ansi.Strip(out)
	for _, want := range []string{"一、删除第五条", "二、第七条保证金", "三、其余条款"} {
		if !strings.Contains(plain, want) {
			t.Errorf("the dialog does not show %q:\n%s", want, plain)
		}
	}
	// Up twice lands on the second paragraph; typing goes there.
	press(m, "up")
	run(m, func() tea.Msg { return tea.KeyPressMsg{Code: tea.KeyUp} })
	run(m, func() tea.Msg { return tea.KeyPressMsg{Code: tea.KeyHome} })
	typeText(m, "（补）")
	press(m, "enter")
	if m.dlg != nil {
		t.Fatalf("the dialog did not commit: %s", m.dlg.err)
	}
	evs, _ := st.Events(1)
	last := evs[len(evs)-1]
	p, _ := last.Decode()
	dec, ok := p.(*review.Decided)
	if !ok {
		t.Fatalf("last event is %s", last.Type)
	}
	want := "一、删除第五条“备案后方可在本市开展”的规定。\n（补）二、第七条保证金须有法律依据，《优化营商环境条例》第二十五条规定，没有法律、法规依据的，不得要求经营者缴纳保证金。\n三、其余条款\n经审查未发现问题。"
	if dec.Note != want {
		t.Errorf("opinion recorded as\n%q\nwant\n%q", dec.Note, want)
	}
}

// o offers the papers that fit the document: a draft's opinion letter and
// conclusion, a filed document's filing-review papers.
func TestPaperFormOffersThePapersOfTheDocumentsKind(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(4)) // filed
	press(m, "o")
	if m.ff == nil {
		t.Fatal("o opened no form")
	}
	filed := strings.Join(m.ff.fields[0].options, " ")
	for _, want := range []string{"备案登记通知", "暂缓登记通知", "审查意见书", "纠错函", "审查终止通知"} {
		if !strings.Contains(filed, want) {
			t.Errorf("a filed document's papers lack %s: %s", want, filed)
		}
	}
	if strings.Contains(filed, "合法性审核意见书") {
		t.Errorf("a filed document is offered the draft's opinion letter: %s", filed)
	}
	fits(t, "paper form", m.Render(), 100, 30)
	press(m, "esc", "esc")
	run(m, m.openDoc(2)) // draft
	press(m, "o")
	if draft := strings.Join(m.ff.fields[0].options, " "); draft != "合法性审核意见书 公平竞争审查结论" {
		t.Errorf("a draft's papers: %s", draft)
	}
}

// The timeline names a confirmed finding by its id, title, clause and
// words, never by its offsets.
func TestTimelineNamesFindingsByClauseAndWords(t *testing.T) {
	st, _ := demoStore(t)
	d, _ := st.Document(4)
	m := loaded(t, st, 120, 200)
	run(m, m.openDoc(4))
	press(m, "t")
	out := ansi.Strip(m.Render())
	f := d.Findings[0]
	want := d.FindingID(0) + "「" + f.Title + "」" + f.Clause
	if !strings.Contains(out, want) {
		t.Errorf("timeline lacks %q:\n%s", want, out)
	}
	if strings.Contains(out, f.Key()) {
		t.Errorf("timeline shows the key %s", f.Key())
	}
}

// A paper chosen on screen is written, numbered from the settings, and
// recorded in the log.
func TestPaperFromTheScreenIsWrittenAndRecorded(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	m.ctx.Settings.Papers.Body = "临江区司法局"
	m.ctx.Settings.Papers.FilingNumber = "临司备审〔{year}〕{n}号"
	run(m, m.openDoc(4))
	press(m, "o", "right") // 暂缓登记通知
	press(m, "tab", "right", "tab")
	file := filepath.Join(t.TempDir(), "暂缓")
	typeText(m, file)
	press(m, "tab", "tab")
	typeText(m, "制定说明；合法性审核意见")
	press(m, "enter")
	b, err := os.ReadFile(file + ".md")
	if err != nil {
		t.Fatalf("%v; status %q", err, m.status)
	}
	for _, want := range []string{"临江区司法局", "# 暂缓登记通知", "临司备审〔2026〕1号", "（一）制定说明", "（二）合法性审核意见"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("paper lacks %q:\n%s", want, b)
		}
	}
	evs, _ := st.Events(4)
	if last := evs[len(evs)-1]; last.Type != review.EvExport {
		t.Errorf("last event %s, want the export", last.Type)
	}
}

// A problem the checks missed, marked LC10 不符合 by the reviewer: D opens
// on 修改后通过, and 通过 names LC10 as what stops it (workflow 5).
func TestDecisionProposesAmendmentForAFailedChecklistItem(t *testing.T) {
	st, _, id := fixedStore(t, review.Meta{Title: "临江区燃放烟花爆竹管理办法", Issuer: "临江区人民政府", IssuerType: review.IssuerGovernment},
		"第一条 为管理燃放烟花爆竹，制定本办法。\n第二条 全区范围内禁止销售和燃放烟花爆竹。\n")
	var evs []review.Event
	for _, mat := range review.RequiredMaterials(review.Draft, false) {
		evs = append(evs, review.NewEvent(id, review.MaterialsMarked{Material: mat, Present: true}))
	}
	evs = append(evs, review.NewEvent(id, review.StageChanged{From: review.StageIntake, To: review.StageLegality}))
	for _, it := range review.LegalityChecklist.Items() {
		mark, note := review.Conforms, ""
		if it.ID == "LC10" {
			mark, note = review.Nonconforming, "第二条全域禁燃超出上位法授权"
		}
		evs = append(evs, review.NewEvent(id, review.ChecklistMarked{Item: it.ID, Mark: mark, Note: note}))
	}
	evs = append(evs, review.NewEvent(id, review.StageChanged{From: review.StageLegality, To: review.StageDecision, Reason: "不涉及经营者经济活动"}))
	if _, err := st.DoAll(evs); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(id))
	press(m, "D")
	if m.dlg == nil || m.dlg.kind != dlgDecision || m.dlg.outcomeValue() != review.PassAmended {
		t.Fatalf("the decision dialog does not open on pass after amendment:\n%s", ansi.Strip(m.Render()))
	}
	press(m, "shift+tab")
	if plain := strings.ReplaceAll(ansi.Strip(m.Render()), " ", ""); !strings.Contains(plain, "清单LC10标为不符合") {
		t.Errorf("通过 does not name LC10:\n%s", ansi.Strip(m.Render()))
	}
}
