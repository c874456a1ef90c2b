package cli

import (
	"strings"
	"testing"

	"beishen/review"
)

const filedText = `青川市住房和城乡建设局关于加强物业服务管理的通知

青住建规〔2026〕2号

一、物业服务企业应当在本市注册。

二、本通知自2026年4月1日起施行，有效期5年。

青川市住房和城乡建设局
2026年3月5日
`

// filed imports text as a filed document through the command line, so
// that the checks run on it, and returns its number.
func (r *road) filed(name, text string) uint64 {
	r.t.Helper()
	r.ok(r.e.Import([]string{r.file(name, text)}, review.Filed))
	st, err := r.e.Open()
	if err != nil {
		r.t.Fatal(err)
	}
	defer st.Close()
	rows, _ := st.Summaries()
	return rows[len(rows)-1].ID
}

// reviewed registers filed document id and takes it through both
// checklists to the conclusion, confirming every finding.
func (r *road) reviewed(id uint64) {
	r.t.Helper()
	r.ok(r.e.Materials(id, []string{"drafting_note", "legal_basis", "deliberation", "fcr_conclusion"}, false))
	r.ok(r.e.Register(id, RegisterOptions{Result: "registered"}))
	d := r.doc(id)
	for i := range d.Findings {
		r.ok(r.e.Finding(id, d.FindingID(i), "confirm", ""))
	}
	r.markAll(id, review.LegalityChecklist, "pass")
	if !d.Meta.AffectsOperators {
		r.ok(r.e.Advance(id, "不涉及经营者经济活动"))
		return
	}
	r.ok(r.e.Advance(id, ""))
	r.markAll(id, review.FairChecklist, "pass")
	r.ok(r.e.Advance(id, ""))
}

// A document filed eight months after it was issued is flagged late as it
// is imported, and `show` says so; it cannot skip its registration.
func TestFiledLateIsFlaggedAtIntake(t *testing.T) {
	r := newRoad(t)
	r.at("2026-12-03")
	out := r.ok(r.e.Import([]string{r.file("物业通知.txt", filedText)}, review.Filed))
	if !strings.Contains(out, "迟报") || !strings.Contains(out, "迟报备案件 1 件") {
		t.Errorf("import does not flag the late filing:\n%s", out)
	}
	if out := r.ok(r.e.Show(1, false, false)); !strings.Contains(out, "逾期报备（迟报）") {
		t.Errorf("show does not say the filing was late:\n%s", out)
	}
	// In English the fields read as English: "Review due: …", the rules'
	// titles (it printed "Kind：Filed", "review due：" and the Chinese titles).
	r.e.Lang = review.EN
	en := r.ok(r.e.Show(1, false, false))
	for _, want := range []string{"\n  Kind: Filed\n", "\n  Review due: ", "filed late", "\n  Findings:\n", "\n  Log:\n"} {
		if !strings.Contains(en, want) {
			t.Errorf("show --lang en lacks %q:\n%s", want, en)
		}
	}
	if head, _, _ := strings.Cut(en, "Findings:"); strings.Contains(head, "：") {
		t.Errorf("show --lang en has a Chinese colon in its fields:\n%s", head)
	}
	r.e.Lang = review.ZH
	if msg := r.refused(r.e.Advance(1, "")); !strings.Contains(msg, "登记审查") {
		t.Errorf("a filed document moved to review unregistered: %q", msg)
	}
	if msg := r.refused(r.e.Decide(1, "pass", "")); !strings.Contains(msg, "审查结论") {
		t.Errorf("a filed document took a draft's decision: %q", msg)
	}
}

// 暂缓登记 → the filing body supplements → 予以登记.
func TestFiledDeferredThenSupplementedIsRegistered(t *testing.T) {
	r := newRoad(t)
	r.at("2026-12-01")
	id := r.importKind(review.Filed, review.Meta{Title: "物业通知", Issuer: "青川市住房和城乡建设局", Published: review.MustDate("2026-11-20"), AffectsOperators: true}, filedText)
	r.ok(r.e.Register(id, RegisterOptions{Result: "deferred", Missing: []string{"起草说明"}}))
	d := r.doc(id)
	if d.Stage != review.StageDeferred || d.Registration.Due != review.MustDate("2026-12-11") {
		t.Fatalf("deferred: stage %s due %+v", d.Stage, d.Registration)
	}
	// show says the supplement deadline once in the filing lines (it said
	// it in the registration line and again on the clock's line).
	out, _, _ := strings.Cut(r.ok(r.e.Show(id, false, false)), "审查日志：")
	if strings.Count(out, "2026-12-11") != 2 || !strings.Contains(out, "补正期限 2026-12-11") || !strings.Contains(out, "登记审查：暂缓登记") {
		t.Errorf("show of a deferred filing: the deadline must be in the header and once on the clock's line:\n%s", out)
	}
	r.at("2026-12-03")
	r.ok(r.e.AddVersion(id, r.file("物业通知-补正.txt", filedText+"\n附：起草说明\n"), "补正起草说明"))
	if d := r.doc(id); d.Stage != review.StageIntake {
		t.Fatalf("a supplemented filing should be back at its registration check: %s", d.Stage)
	}
	// 予以登记 with materials still recorded missing is refused, saying
	// which; the supplemented ones are marked received first.
	if msg := r.refused(r.e.Register(id, RegisterOptions{Result: "registered"})); !strings.Contains(msg, "材料尚缺：起草说明") || !strings.Contains(msg, "暂缓登记") {
		t.Errorf("registered with materials missing: %q", msg)
	}
	r.ok(r.e.Materials(id, []string{"drafting_note", "legal_basis", "deliberation", "fcr_conclusion"}, false))
	r.ok(r.e.Register(id, RegisterOptions{Result: "registered"}))
	if d := r.doc(id); d.Stage != review.StageLegality || d.Registration.Result != review.FilingRegistered {
		t.Fatalf("after registration: %s %+v", d.Stage, d.Registration)
	}
	got := strings.Join(r.log(id), " ")
	// The supplemented text states the 文号 and dates the import was given
	// without: they are taken up (metadata_edited).
	if got != "imported registration version_added metadata_edited materials_marked materials_marked materials_marked materials_marked registration" {
		t.Errorf("log: %s", got)
	}
}

// 审查无问题 ends the review; a document with a confirmed problem cannot
// be found to have none.
func TestFiledReviewWithoutProblemIsConcluded(t *testing.T) {
	r := newRoad(t)
	r.at("2026-12-01")
	id := r.importKind(review.Filed, review.Meta{Title: "档案查阅规定", Published: review.MustDate("2026-11-20")}, "一、档案查阅应当登记。\n")
	r.reviewed(id)
	r.ok(r.e.Conclude(id, "no_problem", ConcludeOptions{}))
	d := r.doc(id)
	if d.Stage != review.StageInForce || d.Review.Outcome != review.NoProblem || d.FiledOpen() {
		t.Fatalf("after 审查无问题: %s %+v", d.Stage, d.Review)
	}
	id2 := r.filed("物业通知.txt", filedText)
	r.reviewed(id2)
	if msg := r.refused(r.e.Conclude(id2, "no_problem", ConcludeOptions{})); !strings.Contains(msg, "已确认问题") {
		t.Errorf("审查无问题 beside a confirmed finding: %q", msg)
	}
}

// 自行纠正: the issuer's plan and date keep the document open until its
// corrected version is filed, which is reviewed again and concluded.
func TestFiledSelfCorrectionClosedByTheCorrectedVersion(t *testing.T) {
	r := newRoad(t)
	r.at("2026-12-01")
	id := r.filed("物业通知.txt", filedText)
	r.reviewed(id)
	if msg := r.refused(r.e.Conclude(id, "self_correct", ConcludeOptions{})); !strings.Contains(msg, "纠正方案") {
		t.Errorf("自行纠正 without a plan: %q", msg)
	}
	r.ok(r.e.Conclude(id, "self_correct", ConcludeOptions{Plan: "删除第一条本市注册要求", Reference: "青司备函〔2026〕3号"}))
	d := r.doc(id)
	if d.Stage != review.StageCorrecting || d.Review.Due != review.MustDate("2026-12-31") || !d.FiledOpen() {
		t.Fatalf("after 自行纠正: %s %+v", d.Stage, d.Review)
	}
	r.at("2026-12-10")
	r.ok(r.e.AddVersion(id, r.file("物业通知-纠正.txt", strings.Replace(filedText, "物业服务企业应当在本市注册。", "物业服务企业应当依法经营。", 1)), "制定机关纠正后重新报备"))
	if d := r.doc(id); d.Stage != review.StageLegality || len(d.Findings) != 0 && d.Findings[0].Rule == "F04" {
		t.Fatalf("the corrected version should be reviewed again: %s %+v", d.Stage, d.Findings)
	}
	r.markAll(id, review.LegalityChecklist, "pass")
	r.ok(r.e.Advance(id, ""))
	r.markAll(id, review.FairChecklist, "pass")
	r.ok(r.e.Advance(id, ""))
	d = r.doc(id)
	for i := range d.Findings {
		r.ok(r.e.Finding(id, d.FindingID(i), "dismiss", "纠正后不构成问题"))
	}
	r.ok(r.e.Conclude(id, "no_problem", ConcludeOptions{}))
	if d := r.doc(id); d.Stage != review.StageInForce {
		t.Fatalf("after the corrected version: %s", d.Stage)
	}
}

// 书面审查意见 starts the issuer's 30-day clock; past it, show says
// overdue; the issuer does not answer and the document is revoked.
func TestFiledWrittenOpinionOverdueThenRevoked(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-25")
	id := r.filed("物业通知.txt", filedText)
	r.reviewed(id)
	r.ok(r.e.Conclude(id, "written_opinion", ConcludeOptions{Reference: "青司备审〔2026〕5号"}))
	if d := r.doc(id); d.Stage != review.StageAwaiting || d.Review.Due != review.MustDate("2026-12-25") {
		t.Fatalf("after the written opinion: %s %+v", d.Stage, d.Review)
	}
	r.at("2026-12-28")
	if out := r.ok(r.e.Show(id, false, false)); !strings.Contains(out, "回复期限 2026-12-25（已逾期）") {
		t.Errorf("show does not say the answer is overdue:\n%s", out)
	}
	r.ok(r.e.Conclude(id, "suspend_clause", ConcludeOptions{Clause: "一", Note: "明显违法，立即停止执行"}))
	if msg := r.refused(r.e.Conclude(id, "revoke", ConcludeOptions{})); !strings.Contains(msg, "理由") {
		t.Errorf("a revocation without its reason: %q", msg)
	}
	r.ok(r.e.Conclude(id, "revoke", ConcludeOptions{Note: "逾期未回复，第一条排斥外地经营者", Reference: "青政发〔2026〕20号"}))
	d := r.doc(id)
	if d.Stage != review.StageRevoked || len(d.Suspended) != 1 || !d.Stage.Closed() {
		t.Fatalf("after 撤销: %s suspended %+v", d.Stage, d.Suspended)
	}
	got := r.log(id)
	if end := strings.Join(got[len(got)-3:], " "); end != "filing_reviewed filing_reviewed filing_reviewed" {
		t.Errorf("log ends %s", end)
	}
	if out := r.ok(r.e.Verify()); !strings.Contains(out, "校验通过") {
		t.Errorf("verify: %s", out)
	}
}

// A 书面审查意见 gave the issuer until 2026-12-25 to answer. On the 28th
// the reviewer ran list --overdue to see who was late: the document was not
// there, and list showed “-” in its 期限 column; the queue only knew the
// office's own review period. The issuer's deadline is now the row's due
// date while the office waits on it, overdue once past.
func TestListShowsTheIssuersDeadlineAndWhenItIsOverdue(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-25")
	id := r.filed("物业通知.txt", filedText)
	r.reviewed(id)
	r.ok(r.e.Conclude(id, "written_opinion", ConcludeOptions{}))
	r.at("2026-12-20")
	if out := r.ok(r.e.List(ListOptions{})); !strings.Contains(out, "2026-12-25") {
		t.Errorf("list does not show the issuer's deadline:\n%s", out)
	}
	if out := r.ok(r.e.List(ListOptions{Overdue: true})); strings.Contains(out, "物业") {
		t.Errorf("overdue before the deadline:\n%s", out)
	}
	r.at("2026-12-28")
	if out := r.ok(r.e.List(ListOptions{Overdue: true})); !strings.Contains(out, "物业") || !strings.Contains(out, "2026-12-25") {
		t.Errorf("list --overdue misses the issuer who did not answer:\n%s", out)
	}
	if out := r.ok(r.e.List(ListOptions{JSON: true})); !strings.Contains(out, `"issuer_due":"2026-12-25"`) {
		t.Errorf("list --json lacks the issuer's deadline:\n%s", out)
	}
}

// register --result deferred without --missing was refused (“暂缓登记需要
// 写明补正的材料或事项”) where the screen's D lists the missing materials
// itself. The command now does the same; with nothing missing and no
// reason it is still refused.
func TestDeferredRegistrationListsTheMissingMaterials(t *testing.T) {
	r := newRoad(t)
	r.at("2026-12-01")
	id := r.importKind(review.Filed, review.Meta{Title: "物业通知", Issuer: "青川市住房和城乡建设局", Published: review.MustDate("2026-11-20")}, filedText)
	r.ok(r.e.Materials(id, []string{"drafting_note", "legal_basis", "deliberation"}, false))
	if msg := r.refused(r.e.Register(id, RegisterOptions{Result: "deferred"})); !strings.Contains(msg, "补正") {
		t.Errorf("a deferral with nothing missing and no reason: %q", msg)
	}
	r.ok(r.e.Materials(id, []string{"legal_basis"}, true))
	r.ok(r.e.Register(id, RegisterOptions{Result: "deferred"}))
	if d := r.doc(id); d.Stage != review.StageDeferred || len(d.Registration.Missing) != 1 || d.Registration.Missing[0] != review.LegalBasis {
		t.Errorf("deferred: %s %+v", d.Stage, d.Registration)
	}
}
