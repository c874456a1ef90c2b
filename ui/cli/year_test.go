package cli_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"beishen/review"
	"beishen/review/cleanup"
	"beishen/review/deadline"
	"beishen/storage"
	"beishen/ui/cli"
)

// script builds a database from scripted actions at fixed times.
type script struct {
	t   *testing.T
	st  *storage.Store
	now time.Time
	n   int
}

func (s *script) at(day string) {
	s.now = review.MustDate(day).Time()
	s.now = time.Date(s.now.Year(), s.now.Month(), s.now.Day(), 9, 0, 0, 0, review.Zone)
}

func (s *script) clock() time.Time { s.now = s.now.Add(time.Second); return s.now }

func (s *script) imp(kind review.Kind, meta review.Meta, text string, rules ...string) uint64 {
	s.t.Helper()
	s.n++
	var fs []review.Finding
	for i, r := range rules {
		fs = append(fs, review.Finding{Rule: r, Category: review.Legality, Severity: review.Medium, Start: i * 10, End: i*10 + 4, Excerpt: "某某"})
	}
	res, err := s.st.Import(storage.ImportItem{Kind: kind, Meta: meta, Version: storage.NewVersion{
		FileName: meta.Title + ".txt", Format: "txt", Encoding: "UTF-8", SHA256: fmt.Sprintf("sha-%d", s.n),
		Text: text, Findings: fs, RulesVersion: "test"}})
	if err != nil {
		s.t.Fatalf("import %s: %v", meta.Title, err)
	}
	return res.Doc.ID
}

func (s *script) do(id uint64, p review.Payload) review.Document {
	s.t.Helper()
	_, d, err := s.st.Do(review.NewEvent(id, p))
	if err != nil {
		s.t.Fatalf("#%d %s: %v", id, p.EventType(), err)
	}
	return d
}

// toDecision takes a document through materials, the legality checklist
// and either the fair-competition review or its skip.
func (s *script) toDecision(id uint64, exception bool) {
	d, _ := s.st.Document(id)
	for _, m := range review.RequiredMaterials(d.Kind, d.Meta.AffectsOperators) {
		s.do(id, review.MaterialsMarked{Material: m, Present: true})
	}
	if d.Kind == review.Filed {
		s.do(id, review.Registration{Result: review.FilingRegistered, Date: review.DateOf(s.now)})
	} else {
		s.do(id, review.StageChanged{From: review.StageIntake, To: review.StageLegality})
	}
	for _, it := range review.LegalityChecklist.Items() {
		s.do(id, review.ChecklistMarked{Item: it.ID, Mark: review.Conforms})
	}
	if !d.Meta.AffectsOperators {
		s.do(id, review.StageChanged{From: review.StageLegality, To: review.StageDecision, Reason: "不涉及经营者经济活动"})
		return
	}
	s.do(id, review.StageChanged{From: review.StageLegality, To: review.StageFairCompetition})
	for _, it := range review.FairChecklist.Items() {
		m := review.NotApplicable
		if exception && it.ID == "FC7" {
			m = review.Conforms
		}
		s.do(id, review.ChecklistMarked{Item: it.ID, Mark: m})
	}
	if exception {
		s.do(id, review.ExceptionRecorded{Exception: review.Exception{Ground: "维护国家安全", Alternative: "无更小限制的替代方案", Term: "三年"}})
	}
	s.do(id, review.StageChanged{From: review.StageFairCompetition, To: review.StageDecision})
}

func (s *script) answer(id uint64, confirm bool) {
	d, _ := s.st.Document(id)
	for _, f := range d.Findings {
		s.do(id, review.FindingAnswered{Key: f.Key(), Rule: f.Rule, Confirm: confirm, Reason: "经核实不构成问题"})
	}
}

func (s *script) decide(id uint64, o review.Outcome) {
	if d, _ := s.st.Document(id); d.Kind == review.Filed && o == review.Pass {
		s.conclude(id, review.FilingReviewed{Outcome: review.NoProblem})
		return
	}
	s.do(id, review.Decided{Outcome: o, Note: "审查意见"})
}

// conclude records a filing-review outcome dated on the script's day.
func (s *script) conclude(id uint64, p review.FilingReviewed) {
	p.Date = review.DateOf(s.now)
	s.do(id, p)
}

// publish records the collective deliberation and the publication.
func (s *script) publish(id uint64, day string) {
	s.do(id, review.Deliberated{Meeting: review.StandingMeeting, Date: review.MustDate(day), Result: review.DeliberationPass})
	s.do(id, review.Published{DocNumber: fmt.Sprintf("临政规〔2026〕%d号", id), Published: review.MustDate(day),
		Effective: review.MustDate(day).AddDays(30), ValidityEnd: review.MustDate("2031-06-30")})
}

func (s *script) file(id uint64, ch, day string, res review.FilingResult) {
	s.do(id, review.FilingRecorded{Channel: ch, Submitted: review.MustDate(day), Result: res})
}

func gov(title string, affects bool) review.Meta {
	return review.Meta{Title: title, Issuer: "临江市人民政府", IssuerType: review.IssuerGovernment, AffectsOperators: affects}
}

func inForce(title, end string) review.Meta {
	return review.Meta{Title: title, Issuer: "临江区人民政府", Published: review.MustDate("2019-05-01"),
		Effective: review.MustDate("2019-06-01"), ValidityEnd: review.MustDate(end)}
}

// TestStatsForAScriptedYear builds 2024–2026 from actions whose figures
// are known and checks that `stats --year 2026` reports exactly them.
func TestStatsForAScriptedYear(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "beishen.db")
	settings := filepath.Join(dir, "settings.json")
	// The government channel in working days (a 3-working-day local rule, §6.5).
	os.WriteFile(settings, []byte(`{"filing": {"government": {"days": 3, "unit": "working"}}}`), 0o600)
	s := &script{t: t}
	st, err := storage.Open(db, storage.Options{Actor: "审查员", Now: s.clock})
	if err != nil {
		t.Fatal(err)
	}
	s.st = st

	// 2024: documents filed with the office, in force since, for cleanup and lapse.
	s.at("2024-03-01")
	c1 := s.imp(review.Filed, inForce("关于合同管理的办法", "2030-12-31"), "第一条 根据《中华人民共和国合同法》制定本办法。")
	c2 := s.imp(review.Filed, inForce("关于不动产登记的办法", "2030-12-31"), "第一条 依据《物权法》制定本办法。")
	c3 := s.imp(review.Filed, inForce("关于劳动用工的办法", "2030-12-31"), "第一条 根据《中华人民共和国劳动合同法》制定本办法。")
	c4 := s.imp(review.Filed, inForce("关于档案管理的办法", "2030-12-31"), "第一条 根据《中华人民共和国档案法》制定本办法。")
	l1 := s.imp(review.Filed, inForce("关于临时救助的通知", "2026-03-31"), "第一条 为做好临时救助，制定本通知。")
	e1 := s.imp(review.Filed, inForce("关于夏季防汛的通知", "2026-09-30"), "第一条 为做好防汛工作，制定本通知。")
	for _, id := range []uint64{c1, c2, c3, c4, l1, e1} {
		s.toDecision(id, false)
		s.decide(id, review.Pass)
	}
	// 2025: a draft received late in the year, decided in 2026.
	s.at("2025-12-22")
	d0 := s.imp(review.Draft, gov("临江市促进就业若干措施", false), "第一条 为促进就业，制定本措施。")

	// 2026: six drafts and three filed documents received.
	s.at("2026-02-02")
	d1 := s.imp(review.Draft, gov("临江市招商引资奖励办法", true), "第一条 为优化营商环境，制定本办法。", "F04")
	d2 := s.imp(review.Draft, review.Meta{Title: "临江市应急物资储备办法", Issuer: "临江市应急管理局", IssuerType: review.IssuerDepartment, AffectsOperators: true}, "第一条 为做好应急物资储备，制定本办法。")
	d3 := s.imp(review.Draft, gov("临江市养犬管理办法", false), "第一条 为规范养犬，制定本办法。", "L01")
	d4 := s.imp(review.Draft, gov("临江市城市管理罚款办法", false), "第一条 根据《合同法》制定本办法。", "P01")
	d5 := s.imp(review.Draft, gov("临江市公园管理办法", false), "第一条 为管理公园，制定本办法。")
	d6 := s.imp(review.Draft, gov("临江市路灯管理办法", false), "第一条 为管理路灯，制定本办法。")
	s.at("2026-02-03")
	f1 := s.imp(review.Filed, review.Meta{Title: "临江区物业管理办法", Published: review.MustDate("2025-12-01")}, "第一条 为规范物业管理，制定本办法。")
	f2 := s.imp(review.Filed, review.Meta{Title: "临江区市场准入办法"}, "第一条 为规范市场准入，制定本办法。", "F04")
	f3 := s.imp(review.Filed, review.Meta{Title: "临江区停车管理办法"}, "第一条 为规范停车，制定本办法。")

	s.at("2026-02-20")
	s.toDecision(d0, false)
	s.decide(d0, review.Pass)
	s.toDecision(d1, false)
	s.answer(d1, true)
	s.decide(d1, review.PassAmended)
	s.toDecision(d2, true)
	s.decide(d2, review.Pass)
	s.toDecision(d3, false)
	s.answer(d3, false)
	s.decide(d3, review.Return)
	s.toDecision(d4, false)
	s.answer(d4, true)
	s.decide(d4, review.Reject)
	s.do(d5, review.MaterialsMarked{Material: review.LegalOpinion, Present: true})
	s.toDecision(d6, false)
	s.decide(d6, review.Pass)
	if _, _, err := st.Undo(d6); err != nil { // the decision on d6 was a mistake
		t.Fatal(err)
	}
	// Filed documents: f1 (filed late) found without problem, f2 corrected
	// by its issuer, f3 deferred for supplement.
	s.toDecision(f1, false)
	s.conclude(f1, review.FilingReviewed{Outcome: review.NoProblem})
	s.toDecision(f2, false)
	s.answer(f2, true)
	s.conclude(f2, review.FilingReviewed{Outcome: review.SelfCorrect, Plan: "删除本地注册要求", Due: review.MustDate("2026-03-20")})
	s.do(f3, review.Registration{Result: review.FilingDeferred, Missing: []review.Material{review.DraftingNote}, Due: review.MustDate("2026-03-02"), Date: review.MustDate("2026-02-20")})
	// d3 comes back revised and passes.
	s.at("2026-02-27")
	if _, err := st.AddVersion(d3, storage.NewVersion{FileName: "养犬管理办法（修改稿）.txt", SHA256: "sha-d3-v2", Text: "第一条 为规范养犬行为，制定本办法。"}, "按审查意见修改"); err != nil {
		t.Fatal(err)
	}
	// The changed article re-opens the items it bears on; the reviewer
	// looks at them again.
	d3v2, _ := st.Document(d3)
	for _, id := range d3v2.Rereview.Reopened {
		s.do(d3, review.ChecklistMarked{Item: id, Mark: review.Conforms})
	}
	s.do(d3, review.StageChanged{From: review.StageLegality, To: review.StageDecision, Reason: "不涉及经营者经济活动"})
	s.decide(d3, review.Pass)

	// Publication and filing: NPC 30 days, government 3 working days.
	// Each fact is recorded on its day: none can be dated after it.
	s.at("2026-03-02")
	s.publish(d0, "2026-03-02")
	s.at("2026-03-04")
	s.file(d0, "government", "2026-03-04", review.FilingRegistered) // due 03-05: on time
	s.at("2026-03-20")
	s.file(d0, "npc", "2026-03-20", review.FilingRegistered) // due 04-01: on time
	s.at("2026-04-01")
	s.publish(d1, "2026-04-01")
	s.at("2026-04-02")
	s.file(d1, "government", "2026-04-02", review.FilingDeferred) // on time, deferred
	s.at("2026-06-01")
	s.publish(d2, "2026-06-01")
	s.at("2026-06-10")
	s.file(d2, "government", "2026-06-10", review.FilingRefused) // due 06-04: late
	s.at("2026-06-15")
	s.file(d1, "npc", "2026-06-15", review.FilingRegistered) // due early May: late
	s.at("2026-07-01")
	s.publish(d3, "2026-07-01")
	// d3 is not filed at all: two channels due in 2026, not filed.
	st.Close()

	env := func(day string, out *bytes.Buffer) *cli.Env {
		s.at(day)
		return &cli.Env{DB: db, SettingsPath: settings, Stdout: out, Stderr: out, Now: s.clock}
	}
	var out bytes.Buffer
	if err := env("2026-04-01", &out).Tick(""); err != nil {
		t.Fatalf("tick: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "关于临时救助的通知：有效期至2026-03-31，已失效") || strings.Count(out.String(), "已失效") != 1 {
		t.Errorf("tick output:\n%s", out.String())
	}
	out.Reset()
	env("2026-05-01", &out).Expiring("")
	if !strings.Contains(out.String(), "关于夏季防汛的通知") || strings.Contains(out.String(), "合同管理") {
		t.Errorf("expiring:\n%s", out.String())
	}

	// Cleanup: the 民法典 campaign proposes exactly c1 and c2 (c3 cites the
	// 劳动合同法; d4 cites 合同法 but was never issued).
	out.Reset()
	e := env("2026-08-03", &out)
	if err := e.OpenCampaign("民法典涉及规范性文件专项清理", "law", "民法典", ""); err != nil {
		t.Fatal(out.String())
	}
	st, _ = storage.Open(db, storage.Options{ReadOnly: true})
	docs, _ := st.Documents()
	texts, _ := st.CurrentTexts(docs)
	evs, _ := st.AllEvents()
	st.Close()
	var proposed []uint64
	for _, p := range cleanup.Propose(docs, texts, cleanup.CivilCode) {
		proposed = append(proposed, p.Doc)
	}
	if !slices.Equal(proposed, []uint64{c1, c2}) {
		t.Fatalf("proposed %v, want %v", proposed, []uint64{c1, c2})
	}
	camps, _ := cleanup.Campaigns(evs)
	law := camps[0].ID
	if err := e.ProposeCampaign(law, true); err != nil {
		t.Fatal(out.String())
	}
	e.CampaignDecide(law, c1, "repeal", "所依据的合同法已废止，内容已被民法典涵盖")
	e.CampaignDecide(law, c2, "amend", "改引民法典物权编")
	e.OpenCampaign("2026年定期清理", "periodic", "", "")
	periodic := law + 3 + 2 // opened after two adds and two outcomes
	if err := e.CampaignAdd(periodic, []uint64{c4}, "定期清理"); err != nil {
		t.Fatal(out.String())
	}
	e.CampaignDecide(periodic, c4, "continue", "")
	out.Reset()
	e.CampaignList(law, "repeal", "md")
	if !strings.Contains(out.String(), "| 1 | 关于合同管理的办法 |") || strings.Contains(out.String(), "不动产") {
		t.Errorf("废止目录:\n%s", out.String())
	}
	out.Reset()
	e.CampaignStatus()
	if !strings.Contains(out.String(), "共2件，已有结论2件，待定0件；继续有效 0、修改 1、废止 1、宣布失效 0") {
		t.Errorf("status:\n%s", out.String())
	}

	// The figures.
	out.Reset()
	if err := env("2026-12-31", &out).Stats(2026, "json"); err != nil {
		t.Fatal(out.String())
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	num := func(path ...string) any {
		var v any = got
		for _, p := range path {
			v = v.(map[string]any)[p]
		}
		return v
	}
	want := []struct {
		path []string
		v    float64
	}{
		{[]string{"received", "drafts"}, 6}, {[]string{"received", "filed"}, 3}, {[]string{"received", "total"}, 9},
		// Decisions are the drafts' (件次): d0, d1 (amended), d2, d3 returned
		// and then passed, d4 rejected; d6's was undone. Filed documents get
		// filing-review outcomes instead.
		{[]string{"decisions", "total"}, 6}, {[]string{"decisions", "pass"}, 3}, {[]string{"decisions", "pass_amended"}, 1},
		{[]string{"decisions", "return"}, 1}, {[]string{"decisions", "reject"}, 1},
		{[]string{"decisions", "drafts"}, 6}, {[]string{"decisions", "filed"}, 0},
		{[]string{"correction_rate"}, 50},
		{[]string{"filing_review", "received"}, 3}, {[]string{"filing_review", "late"}, 1},
		{[]string{"filing_review", "registered"}, 2}, {[]string{"filing_review", "deferred"}, 1},
		{[]string{"filing_review", "not_registered"}, 0}, {[]string{"filing_review", "reviewed"}, 2},
		{[]string{"filing_review", "no_problem"}, 1}, {[]string{"filing_review", "self_corrected"}, 1},
		{[]string{"filing_review", "corrected"}, 1}, {[]string{"filing_review", "correction_rate"}, 50},
		{[]string{"filing", "documents"}, 3}, {[]string{"filing", "records"}, 5}, {[]string{"filing", "on_time"}, 3},
		{[]string{"filing", "late"}, 2}, {[]string{"filing", "on_time_rate"}, 60}, {[]string{"filing", "unfiled"}, 2},
		{[]string{"fair_competition", "reviewed"}, 2}, {[]string{"fair_competition", "exceptions"}, 1},
		{[]string{"fair_competition", "skipped"}, 6}, // f3 was deferred, never reviewed
		{[]string{"cleanup", "campaigns"}, 2}, {[]string{"cleanup", "added"}, 3}, {[]string{"cleanup", "decided"}, 3},
		{[]string{"cleanup", "continue"}, 1}, {[]string{"cleanup", "amend"}, 1}, {[]string{"cleanup", "repeal"}, 1},
		{[]string{"cleanup", "void"}, 0}, {[]string{"lapsed"}, 1},
	}
	for _, w := range want {
		if g := num(w.path...); g != w.v {
			t.Errorf("%s = %v, want %v", strings.Join(w.path, "."), g, w.v)
		}
	}
	chans := num("filing", "channels").([]any)
	npc, govt := chans[0].(map[string]any), chans[1].(map[string]any)
	if npc["records"] != 2.0 || npc["on_time"] != 1.0 || npc["late"] != 1.0 || npc["registered"] != 2.0 || npc["unfiled"] != 1.0 {
		t.Errorf("npc channel = %v", npc)
	}
	if govt["records"] != 3.0 || govt["on_time"] != 2.0 || govt["registered"] != 1.0 || govt["deferred"] != 1.0 || govt["not_registered"] != 1.0 {
		t.Errorf("government channel = %v", govt)
	}
	var wantFindings any
	json.Unmarshal([]byte(`[{"rule":"F04","confirmed":2,"dismissed":0},{"rule":"L01","confirmed":0,"dismissed":1},{"rule":"P01","confirmed":1,"dismissed":0}]`), &wantFindings)
	if !reflect.DeepEqual(num("findings"), wantFindings) {
		t.Errorf("findings = %v, want %v", num("findings"), wantFindings)
	}

	out.Reset()
	env("2026-12-31", &out).Stats(2026, "md")
	md := out.String()
	for _, w := range []string{
		"2026年，本机关共收到规范性文件送审稿6件、备案件3件。",
		"作出审查决定6件次，其中通过3件次、修改后通过1件次、退回修改1件次、不予通过1件次，纠错率50%。",
		"收到报送备案的规范性文件3件，其中逾期报备1件；予以登记2件、暂缓登记1件、不予登记0件；审查办结2件次，其中审查无问题1件次，自行纠正1件",
		"报送备案规范性文件3件（报本级人大常委会2件、报上一级人民政府3件），按时报送3件次、逾期报送2件次，报备及时率60%；另有2件次应报未报。",
		"完成公平竞争审查2件，其中适用例外规定1件",
		"开展规范性文件清理2次，纳入清理3件，作出清理结论3件，其中继续有效1件、修改1件、废止1件、宣布失效0件。有效期届满自动失效1件。",
		"纠错率＝（修改后通过＋退回修改＋不予通过）÷作出审查决定件次",
		"| F04 | 2 | 0 |",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("markdown lacks %q", w)
		}
	}
	if testing.Verbose() {
		t.Log("\n" + md)
	}
	st, _ = storage.Open(db, storage.Options{ReadOnly: true})
	defer st.Close()
	if r, err := st.Verify(); err != nil || !r.OK() {
		t.Errorf("verify after the scripted year: %+v %v", r.Problems, err)
	}
}

// A draft returned for supplement stops its review clock; the resubmitted
// version (store.AddVersion) resumes it and the due date moves by the
// working days it was out.
func TestPausedClockShiftsTheDueDate(t *testing.T) {
	s := &script{t: t}
	st, err := storage.Open(filepath.Join(t.TempDir(), "b.db"), storage.Options{Now: s.clock})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s.st = st
	set := deadline.Defaults() // legality review: 15 working days
	cal, _ := set.Calendar()
	due := func(today string) deadline.Due {
		rows, _ := st.Summaries()
		return deadline.DueOf(rows[0], set, cal, review.MustDate(today))
	}
	s.at("2026-03-02")
	id := s.imp(review.Draft, gov("临江市养犬管理办法", false), "第一条 为规范养犬，制定本办法。")
	if got := due("2026-03-02").Date; got != review.MustDate("2026-03-23") {
		t.Fatalf("due before return = %s, want 2026-03-23", got)
	}
	s.at("2026-03-05")
	s.do(id, review.StageChanged{From: review.StageIntake, To: review.StageReturned, Reason: "缺少起草说明"})
	if d := due("2026-03-10"); !d.Paused || !d.Date.IsZero() {
		t.Fatalf("while returned: %+v, want paused", d)
	}
	s.at("2026-03-12")
	if _, err := st.AddVersion(id, storage.NewVersion{FileName: "v2.txt", SHA256: "v2", Text: "第一条 为规范养犬行为，制定本办法。"}, "补正"); err != nil {
		t.Fatal(err)
	}
	// Out 03-06 … 03-12: five working days, so 03-23 becomes 03-30.
	if got := due("2026-03-12").Date; got != review.MustDate("2026-03-30") {
		t.Errorf("due after resubmission = %s, want 2026-03-30", got)
	}
}
