package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/storage"
)

// road drives the commands of a draft's road on one database with a clock
// set day by day, the way an office records facts as they happen.
type road struct {
	t        *testing.T
	e        *Env
	out, err *bytes.Buffer
	now      time.Time
	dir      string
}

func newRoad(t *testing.T) *road {
	r := &road{t: t, out: &bytes.Buffer{}, err: &bytes.Buffer{}, dir: t.TempDir()}
	r.e = &Env{Lang: review.ZH, DB: filepath.Join(r.dir, "road.db"), Stdout: r.out, Stderr: r.err,
		SettingsPath: filepath.Join(r.dir, "none.json"),
		Now:          func() time.Time { r.now = r.now.Add(time.Second); return r.now }}
	return r
}

func (r *road) at(day string) {
	d := review.MustDate(day)
	r.now = time.Date(d.Year(), d.Month(), d.Day(), 9, 0, 0, 0, review.Zone)
}

// ok runs a command that must succeed and returns what it printed.
func (r *road) ok(err error) string {
	r.t.Helper()
	defer func() { r.out.Reset(); r.err.Reset() }()
	if err != nil {
		r.t.Fatalf("command failed: %s%s", r.err.String(), r.out.String())
	}
	return r.out.String()
}

// refused runs a command that must fail and returns its message.
func (r *road) refused(err error) string {
	r.t.Helper()
	defer func() { r.out.Reset(); r.err.Reset() }()
	if err == nil {
		r.t.Fatalf("command should have been refused: %s", r.out.String())
	}
	return r.err.String()
}

func (r *road) file(name, text string) string {
	p := filepath.Join(r.dir, name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		r.t.Fatal(err)
	}
	return p
}

func (r *road) doc(id uint64) review.Document {
	r.t.Helper()
	st, err := r.e.Open()
	if err != nil {
		r.t.Fatal(err)
	}
	defer st.Close()
	d, err := st.Document(id)
	if err != nil {
		r.t.Fatal(err)
	}
	return d
}

// log reads the document's events from the database file as "type" or
// "type:detail" strings.
func (r *road) log(id uint64) []string {
	r.t.Helper()
	st, err := storage.Open(r.e.DB, storage.Options{})
	if err != nil {
		r.t.Fatal(err)
	}
	defer st.Close()
	evs, err := st.Events(id)
	if err != nil {
		r.t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		p, _ := e.Decode()
		s := string(e.Type)
		switch p := p.(type) {
		case *review.StageChanged:
			s += ":" + string(p.To)
		case *review.Decided:
			s += ":" + string(p.Outcome)
		case *review.Deliberated:
			s += ":" + string(p.Result)
		case *review.FilingRecorded:
			s += ":" + p.Channel
		}
		out = append(out, s)
	}
	return out
}

// markAll marks every item of c that is still 未查 as mark.
func (r *road) markAll(id uint64, c review.Checklist, mark string) {
	d := r.doc(id)
	for _, it := range c.Items() {
		if d.Checks[it.ID].Mark == review.Unchecked {
			r.ok(r.e.Checklist(id, it.ID, mark, ""))
		}
	}
}

const roadV1 = `临江区人民政府关于促进商贸流通发展的若干措施（送审稿）

第一条 为促进商贸流通业发展，根据《中华人民共和国电子商务法》等规定，制定本措施。
第二条 申请扶持资金的企业应当在本区注册并纳税满三年。
第三条 对年度销售额超过一亿元的企业，给予一次性奖励50万元。
第四条 本措施自2027年1月1日起施行，有效期3年。
`

// Road (a): 登记 → 退回补正 → resubmitted → 合法性审查 and 公平竞争审查 →
// 修改后通过 → the amended version re-reviewed (changed items back to 未查)
// → 集体审议 通过 → 公布 → filed on both channels → 登记; then the log in
// the file holds exactly that road and verifies.
func TestRoadOfADraftFromIntakeToFiling(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-02")
	r.ok(r.e.Import([]string{r.file("商贸流通措施.txt", roadV1)}, review.Draft))
	if d := r.doc(1); d.Stage != review.StageIntake || !d.Meta.AffectsOperators {
		t.Fatalf("imported: stage %s, affects operators %v", d.Stage, d.Meta.AffectsOperators)
	}

	// 退回补正 at 登记: the missing materials are the reason; the clock pauses.
	r.at("2026-11-03")
	r.ok(r.e.Return(1, ""))
	d := r.doc(1)
	if d.Stage != review.StageReturned || d.ReturnedFrom != review.StageIntake || len(d.Pauses) != 1 || !d.Pauses[0].To.IsZero() {
		t.Fatalf("after return: stage %s from %s, pauses %+v", d.Stage, d.ReturnedFrom, d.Pauses)
	}
	if got := r.log(1); !strings.Contains(strings.Join(got, " "), "stage_changed:returned") {
		t.Fatalf("log %v", got)
	}

	// The materials arrive with the resubmitted text: the review resumes
	// at the legality review.
	r.at("2026-11-10")
	r.ok(r.e.Materials(1, []string{"法律意见书", "起草说明", "制定依据", "征求意见情况", "公平竞争审查结论"}, false))
	v2 := strings.Replace(roadV1, "（送审稿）", "（送审稿，补正后重新报送）", 1)
	r.ok(r.e.AddVersion(1, r.file("商贸流通措施-重报.txt", v2), "补正材料后重新报送"))
	d = r.doc(1)
	if d.Stage != review.StageLegality || d.Version != 2 || d.Pauses[0].To != review.MustDate("2026-11-10") {
		t.Fatalf("after resubmission: stage %s version %d pauses %+v", d.Stage, d.Version, d.Pauses)
	}

	// The review: F04 confirmed (FC4 follows it to 不符合), F10 dismissed.
	r.at("2026-11-12")
	r.ok(r.e.Finding(1, "F04-1", "confirm", ""))
	if out := r.ok(r.e.Finding(1, "F04-1", "confirm", "")); !strings.Contains(out, "无需记录") {
		t.Errorf("a second confirmation should log nothing, said %q", out)
	}
	if msg := r.refused(r.e.Finding(1, "F10-1", "dismiss", "")); !strings.Contains(msg, "理由") {
		t.Errorf("a dismissal without a reason: %q", msg)
	}
	r.ok(r.e.Finding(1, "F10-1", "dismiss", "奖励面向所有符合条件的企业，依据上级政策"))
	if e := r.doc(1).Checks["FC4"]; e.Mark != review.Nonconforming || !strings.Contains(e.Note, "F04-1") {
		t.Fatalf("FC4 after confirming F04-1: %+v", e)
	}
	r.markAll(1, review.LegalityChecklist, "pass")
	r.ok(r.e.Advance(1, ""))
	if msg := r.refused(r.e.Checklist(1, "FC4", "pass", "")); !strings.Contains(msg, "F04-1") {
		t.Errorf("marking FC4 符合 beside a confirmed F04: %q", msg)
	}
	r.ok(r.e.Checklist(1, "FC7", "na", ""))
	r.markAll(1, review.FairChecklist, "pass")
	r.ok(r.e.Advance(1, ""))
	r.ok(r.e.Decide(1, "pass_amended", "删除第二条本地注册和纳税要求后通过"))
	if d := r.doc(1); d.Stage != review.StageDeliberation {
		t.Fatalf("after 修改后通过: %s", d.Stage)
	}

	// The amended text: 第二条 changed, so the items its findings bear on and
	// the whole-text items return to 未查; the rest are carried over, and
	// the answer on the unchanged 第三条 is kept.
	r.at("2026-11-16")
	v3 := strings.Replace(v2, "申请扶持资金的企业应当在本区注册并纳税满三年。", "申请扶持资金的企业应当依法经营，按规定提交申请材料。", 1)
	out := r.ok(r.e.AddVersion(1, r.file("商贸流通措施-修改稿.txt", v3), "按审核意见修改"))
	if !strings.Contains(out, "回到“合法性审查”") || !strings.Contains(out, "第二条") {
		t.Errorf("the new version does not say it is re-reviewed: %q", out)
	}
	d = r.doc(1)
	if d.Stage != review.StageLegality || d.Outcome != "" {
		t.Fatalf("v3: stage %s outcome %q", d.Stage, d.Outcome)
	}
	for _, id := range []string{"FC4", "LC2", "LC10", "LC12", "LC18", "FC0"} {
		if e := d.Checks[id]; e.Mark != review.Unchecked || !e.Changed {
			t.Errorf("%s should be back at 未查 and marked changed: %+v", id, e)
		}
	}
	for _, id := range []string{"LC1", "LC3", "LC6", "FC1", "FC5", "FC7"} {
		if e := d.Checks[id]; e.Mark == review.Unchecked || e.From != 2 {
			t.Errorf("%s should be carried over from version 2: %+v", id, e)
		}
	}
	if f, ok := d.FindingByID("F10-1"); !ok || f.Status != review.FindingDismissed || f.Reason == "" {
		t.Errorf("the dismissal of F10 on the unchanged 第三条 was not kept: %+v", f)
	}
	if _, ok := d.FindingByID("F04-1"); ok {
		t.Error("the local-registration finding should be gone from the amended text")
	}
	if out := r.ok(r.e.Checklist(1, "", "", "")); !strings.Contains(out, "沿用第 2 版") || !strings.Contains(out, "条款已修改") {
		t.Errorf("checklist does not say what was carried over and what changed:\n%s", out)
	}

	r.at("2026-11-17")
	r.markAll(1, review.LegalityChecklist, "pass")
	r.ok(r.e.Advance(1, ""))
	r.markAll(1, review.FairChecklist, "pass")
	r.ok(r.e.Advance(1, ""))
	r.ok(r.e.Decide(1, "pass", ""))

	// 集体审议 and 公布; facts dated after today are refused.
	r.at("2026-11-20")
	if msg := r.refused(r.e.Publish(1, PublishOptions{Number: "临政规〔2026〕3号", Date: "2026-11-20"})); !strings.Contains(msg, "集体审议") {
		t.Errorf("publishing before deliberation: %q", msg)
	}
	if msg := r.refused(r.e.Deliberate(1, DeliberateOptions{Meeting: "区政府第12次常务会议", Date: "2026-11-21", Result: "pass"})); !strings.Contains(msg, "晚于今天") {
		t.Errorf("a meeting tomorrow: %q", msg)
	}
	r.ok(r.e.Deliberate(1, DeliberateOptions{Meeting: "区政府第12次常务会议", Date: "2026-11-20", Result: "pass"}))
	r.at("2026-11-25")
	r.ok(r.e.Publish(1, PublishOptions{Number: "临政规〔2026〕3号", Date: "2026-11-25", Effective: "2027-01-01", ValidYears: 3}))
	d = r.doc(1)
	if d.Stage != review.StageInForce || d.Meta.DocNumber != "临政规〔2026〕3号" || d.Meta.ValidityEnd != review.MustDate("2029-12-31") {
		t.Fatalf("after publication: stage %s number %q valid until %s", d.Stage, d.Meta.DocNumber, d.Meta.ValidityEnd)
	}
	// Published on 11-25 to take effect on 01-01: not yet binding.
	if out := r.ok(r.e.Show(1, false, false)); !strings.Contains(out, "阶段：已公布待施行") {
		t.Errorf("show before the 施行日期:\n%s", out)
	}

	// Filing on both channels of a government's document.
	r.at("2026-11-27")
	if msg := r.refused(r.e.RecordFiling(1, FilingOptions{Channel: "npc", Submitted: "2026-11-28", Result: "registered"})); !strings.Contains(msg, "晚于今天") {
		t.Errorf("a filing dated tomorrow: %q", msg)
	}
	r.ok(r.e.RecordFiling(1, FilingOptions{Channel: "npc", Submitted: "2026-11-27", Result: "registered"}))
	r.ok(r.e.RecordFiling(1, FilingOptions{Channel: "government", Submitted: "2026-11-27", Result: "registered"}))
	clocks, err := deadline.FilingClocks(review.Summarize(&d), deadline.Defaults(), review.MustDate("2026-11-27"))
	if err != nil || len(clocks) != 2 {
		t.Fatalf("filing clocks of a government's document: %+v %v", clocks, err)
	}

	want := []string{"imported", "stage_changed:returned", "materials_marked", "materials_marked", "materials_marked",
		"materials_marked", "materials_marked", "version_added", "metadata_edited", "finding_confirmed", "finding_dismissed"}
	got := r.log(1)
	if !slices.Equal(got[:len(want)], want) {
		t.Errorf("log starts %v, want %v", got[:len(want)], want)
	}
	tail := []string{"decision:pass_amended", "version_added"}
	if i := slices.Index(got, "decision:pass_amended"); i < 0 || got[i+1] != "version_added" {
		t.Errorf("log lacks %v: %v", tail, got)
	}
	end := []string{"decision:pass", "deliberated:pass", "published", "filing_recorded:npc", "filing_recorded:government"}
	if !slices.Equal(got[len(got)-len(end):], end) {
		t.Errorf("log ends %v, want %v", got[len(got)-len(end):], end)
	}
	if n := strings.Count(strings.Join(got, " "), "finding_confirmed"); n != 1 {
		t.Errorf("%d confirmations logged, want 1", n)
	}
	if out := r.ok(r.e.Verify()); !strings.Contains(out, "校验通过") {
		t.Errorf("verify: %s", out)
	}
}

// importMeta stores a draft with metadata the test sets itself.
func (r *road) importMeta(meta review.Meta, text string) uint64 {
	r.t.Helper()
	return r.importKind(review.Draft, meta, text)
}

// importKind stores a text of kind with metadata the test sets itself.
func (r *road) importKind(kind review.Kind, meta review.Meta, text string) uint64 {
	r.t.Helper()
	st, err := r.e.Open()
	if err != nil {
		r.t.Fatal(err)
	}
	defer st.Close()
	res, err := st.Import(storage.ImportItem{Kind: kind, Meta: meta,
		Version: storage.NewVersion{FileName: meta.Title + ".txt", SHA256: meta.Title, Text: text}})
	if err == nil {
		err = res.Err
	}
	if err != nil {
		r.t.Fatal(err)
	}
	return res.Doc.ID
}

// toDeliberation takes a clean document through materials, both
// checklists and the decision.
func (r *road) toDeliberation(id uint64) {
	d := r.doc(id)
	for _, m := range review.RequiredMaterials(d.Kind, d.Meta.AffectsOperators) {
		r.ok(r.e.Materials(id, []string{string(m)}, false))
	}
	r.ok(r.e.Advance(id, ""))
	r.markAll(id, review.LegalityChecklist, "pass")
	if d.Meta.AffectsOperators {
		r.ok(r.e.Advance(id, ""))
		r.markAll(id, review.FairChecklist, "na")
		r.ok(r.e.Advance(id, ""))
	} else {
		r.ok(r.e.Advance(id, "不涉及经营者经济活动"))
	}
	r.ok(r.e.Decide(id, "pass", ""))
}

// Road (b): a department's draft is filed with the government at its own
// level only.
func TestRoadOfADepartmentDraftFilesWithTheGovernmentOnly(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-02")
	id := r.importMeta(review.Meta{Title: "临江区民政局养老机构管理办法", Issuer: "临江区民政局", IssuerType: review.IssuerDepartment},
		"第一条 为规范养老机构管理，制定本办法。\n第二条 本办法自公布之日起施行。\n")
	r.toDeliberation(id)
	r.ok(r.e.Deliberate(id, DeliberateOptions{Meeting: "office", Date: "2026-11-02", Result: "pass"}))
	r.ok(r.e.Publish(id, PublishOptions{Number: "临民规〔2026〕1号", Date: "2026-11-02", ValidUntil: "2031-11-01"}))
	d := r.doc(id)
	clocks, err := deadline.FilingClocks(review.Summarize(&d), deadline.Defaults(), review.MustDate("2026-11-02"))
	if err != nil || len(clocks) != 1 || clocks[0].Channel != deadline.Government {
		t.Fatalf("a department's document should be filed with the government only: %+v %v", clocks, err)
	}
	r.ok(r.e.RecordFiling(id, FilingOptions{Channel: "government", Submitted: "2026-11-02", Result: "registered"}))
	if d := r.doc(id); d.Stage != review.StageInForce || d.Meta.Effective != review.MustDate("2026-11-02") {
		t.Fatalf("published department document: stage %s effective %s", d.Stage, d.Meta.Effective)
	}
}

// Road (c): the meeting sends the draft back to be revised; the revised
// text is reviewed again from the legality review.
func TestRoadOfADeliberationToReviseGoesBackToReview(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-02")
	id := r.importMeta(review.Meta{Title: "临江区公园管理办法", Issuer: "临江区人民政府", IssuerType: review.IssuerGovernment},
		"第一条 为管理公园，制定本办法。\n第二条 本办法自公布之日起施行。\n")
	r.toDeliberation(id)
	if msg := r.refused(r.e.Deliberate(id, DeliberateOptions{Meeting: "standing", Date: "2026-11-02", Result: "revise"})); !strings.Contains(msg, "审议意见") {
		t.Errorf("修改后再议 without the meeting's opinion: %q", msg)
	}
	r.ok(r.e.Deliberate(id, DeliberateOptions{Meeting: "standing", Date: "2026-11-02", Result: "revise", Note: "第二条施行日期应给出过渡期"}))
	d := r.doc(id)
	if d.Stage != review.StageReturned || d.Deliberation == nil || d.Deliberation.Result != review.DeliberationRevise {
		t.Fatalf("after 修改后再议: stage %s deliberation %+v", d.Stage, d.Deliberation)
	}
	r.at("2026-11-09")
	r.ok(r.e.AddVersion(id, r.file("公园-修改稿.txt", "第一条 为管理公园，制定本办法。\n第二条 本办法自2027年1月1日起施行。\n"), ""))
	d = r.doc(id)
	if d.Stage != review.StageLegality || !d.Checks["LC12"].Changed {
		t.Fatalf("the revised draft should be back in the legality review with LC12 re-opened: %s %+v", d.Stage, d.Checks["LC12"])
	}
	if p := d.Pauses[len(d.Pauses)-1]; p.From != review.MustDate("2026-11-02") || p.To != review.MustDate("2026-11-09") {
		t.Errorf("the clock should have paused while the drafting unit revised: %+v", p)
	}
}

// Road (d): FC0 不适用 closes the fair-competition checklist; the document
// reaches the decision without marking FC1–FC8 one by one.
func TestRoadOfFC0NotApplicableClosesTheFairChecklist(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-02")
	id := r.importMeta(review.Meta{Title: "临江区档案查阅办法", IssuerType: review.IssuerGovernment, AffectsOperators: true},
		"第一条 为规范档案查阅，制定本办法。\n")
	d := r.doc(id)
	for _, m := range review.RequiredMaterials(d.Kind, true) {
		r.ok(r.e.Materials(id, []string{string(m)}, false))
	}
	r.ok(r.e.Advance(id, ""))
	r.markAll(id, review.LegalityChecklist, "pass")
	r.ok(r.e.Advance(id, ""))
	r.ok(r.e.Checklist(id, "FC0", "na", "档案查阅不涉及经营者经济活动"))
	d = r.doc(id)
	for _, it := range review.FairItems {
		if d.Checks[it.ID].Mark != review.NotApplicable {
			t.Errorf("%s after FC0 不适用: %+v", it.ID, d.Checks[it.ID])
		}
	}
	r.ok(r.e.Advance(id, ""))
	if d := r.doc(id); d.Stage != review.StageDecision {
		t.Fatalf("FC0 不适用 should let the document reach the decision: %s", d.Stage)
	}
}

// The consultation record comes with its window and the opinions it drew;
// a window shorter than the settings' period is said in show, one that has
// not ended yet is refused.
func TestConsultationIsRecordedWithItsWindow(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-20")
	id := r.importMeta(review.Meta{Title: "临江区菜市场管理办法", AffectsOperators: true}, "第一条 为规范菜市场，制定本办法。\n")
	later := &review.ConsultationWindow{From: review.MustDate("2026-11-10"), To: review.MustDate("2026-11-25"), Opinions: 3}
	if msg := r.refused(r.e.MaterialsWith(id, []string{"征求意见情况"}, false, later)); !strings.Contains(msg, "晚于今天") {
		t.Errorf("a consultation still running: %q", msg)
	}
	short := &review.ConsultationWindow{From: review.MustDate("2026-11-01"), To: review.MustDate("2026-11-10"), Opinions: 12}
	r.ok(r.e.MaterialsWith(id, []string{"征求意见情况"}, false, short))
	d := r.doc(id)
	if !d.Material[review.Consultation] || d.Consultation == nil || d.Consultation.Opinions != 12 {
		t.Fatalf("consultation recorded as %+v %+v", d.Material, d.Consultation)
	}
	out := r.ok(r.e.Show(id, false, false))
	if !strings.Contains(out, "2026-11-01 至 2026-11-10，收到意见 12 条") || !strings.Contains(out, "征求意见期不足：应至少至 2026-12-01") {
		t.Errorf("show does not give the window or its shortness:\n%s", out)
	}
}

// list --query matches as / does on screen (pinyin initials, issuer,
// drafting unit), and then, as a second tier marked as such, the current
// text.
func TestListQueryMatchesLikeTheScreenThenTheText(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	e.reset()
	if err := e.List(ListOptions{Query: "zsyz"}); err != nil || !strings.Contains(e.out.String(), "临江区招商引资优惠政策实施细则") {
		t.Errorf("pinyin initials: %v\n%s", err, e.out.String())
	}
	e.reset()
	if err := e.List(ListOptions{Query: "民政局", JSON: true}); err != nil || !strings.Contains(e.out.String(), "临江区养老服务补贴管理办法") {
		t.Errorf("drafting unit: %v\n%s", err, e.out.String())
	}
	e.reset()
	if err := e.List(ListOptions{Query: "数据服务费", JSON: true}); err != nil {
		t.Fatal(err)
	}
	var row struct {
		ID      uint64 `json:"id"`
		Match   string `json:"match"`
		Clause  string `json:"clause"`
		Excerpt string `json:"excerpt"`
	}
	if err := json.Unmarshal(e.out.Bytes(), &row); err != nil || row.ID != 11 || row.Match != "text" {
		t.Errorf("full text tier: %+v %v\n%s", row, err, e.out.String())
	}
	// The table marks it before the title, which is cut at the end.
	e.reset()
	if err := e.List(ListOptions{Query: "数据服务费"}); err != nil || !strings.Contains(e.out.String(), "「正文」临江区公共数据开放") {
		t.Errorf("the table does not mark the text hit: %v\n%s", err, e.out.String())
	}
	// It says where: the clause and the words around the match, as the
	// screen's second tier does.
	if row.Clause != "第十条" || !strings.Contains(row.Excerpt, "收取数据服务费") {
		t.Errorf("the text hit does not say where: %+v", row)
	}
}

// A draft whose text named no issuer cannot be published without one: the
// published document is filed and listed (清理目录) under its issuer, which
// stayed empty. --issuer names it (its type inferred) before the
// publication; a publication refused for another reason leaves no issuer
// behind.
func TestPublishingADraftWithoutAnIssuerAsksForOne(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-02")
	id := r.importMeta(review.Meta{Title: "城镇老旧小区改造项目管理办法", DraftingUnit: "临江区住房和城乡建设局"},
		"第一条 为规范老旧小区改造，制定本办法。\n第二条 本办法自公布之日起施行。\n")
	r.toDeliberation(id)
	r.ok(r.e.Deliberate(id, DeliberateOptions{Meeting: "standing", Date: "2026-11-02", Result: "pass"}))
	pub := PublishOptions{Number: "临政规〔2026〕4号", Date: "2026-11-02", ValidYears: 5}
	if msg := r.refused(r.e.Publish(id, pub)); !strings.Contains(msg, "--issuer") {
		t.Fatalf("publishing without an issuer: %q", msg)
	}
	bad := pub
	bad.Issuer, bad.Date = "临江区人民政府", "2026-10-01" // before the deliberation
	if msg := r.refused(r.e.Publish(id, bad)); !strings.Contains(msg, "审议") {
		t.Fatalf("a publication dated before the deliberation: %q", msg)
	}
	if d := r.doc(id); d.Meta.Issuer != "" {
		t.Fatalf("a refused publication left the issuer %q", d.Meta.Issuer)
	}
	pub.Issuer = "临江区人民政府"
	r.ok(r.e.Publish(id, pub))
	d := r.doc(id)
	if d.Meta.Issuer != "临江区人民政府" || d.Meta.IssuerType == review.IssuerUnknown || d.Stage != review.StageInForce {
		t.Fatalf("after publication: issuer %q (%s), stage %s", d.Meta.Issuer, d.Meta.IssuerType, d.Stage)
	}
}
