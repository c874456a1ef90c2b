package stats

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"beishen/review"
)

// Percent prints a rate as a report prints it: "48.28%", or "—" when there
// was nothing to count.
func Percent(r *float64) string {
	if r == nil {
		return "—"
	}
	return strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.2f", *r), "0"), ".0") + "%"
}

// WriteJSON writes the report for machines, indented.
func WriteJSON(w io.Writer, r Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// Markdown is the report as an annual-report paragraph followed by tables.
func Markdown(r Report, lang review.Lang) string {
	if lang == review.EN {
		return markdownEN(r)
	}
	var b strings.Builder
	d, f := r.Decisions, r.Filing
	fmt.Fprintf(&b, "# %d年规范性文件审查工作统计\n\n", r.Year)
	fmt.Fprintf(&b, "%d年，本机关共收到规范性文件送审稿%d件、备案件%d件。", r.Year, r.Received.Drafts, r.Received.Filed)
	fmt.Fprintf(&b, "作出审查决定%d件次，其中通过%d件次、修改后通过%d件次、退回修改%d件次、不予通过%d件次，纠错率%s。",
		d.Total, d.Pass, d.PassAmended, d.Return, d.Reject, Percent(r.CorrectionRate))
	fmt.Fprintf(&b, "报送备案规范性文件%d件", f.Documents)
	var parts []string
	for _, c := range f.Channels {
		if c.Records > 0 {
			parts = append(parts, fmt.Sprintf("报%s%d件", c.Recipient, c.Records))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(&b, "（%s）", strings.Join(parts, "、"))
	}
	fmt.Fprintf(&b, "，按时报送%d件次、逾期报送%d件次，报备及时率%s", f.OnTime, f.Late, Percent(f.OnTimeRate))
	if f.Unfiled > 0 {
		fmt.Fprintf(&b, "；另有%d件次应报未报", f.Unfiled)
	}
	if f.Provisional > 0 {
		fmt.Fprintf(&b, "（其中%d件次的报备期限为暂定：所涉年度的节假日安排尚未录入，按法定节假日推算）", f.Provisional)
	}
	b.WriteString("。")
	fr := r.FilingReview
	fmt.Fprintf(&b, "收到报送备案的规范性文件%d件，其中逾期报备%d件；予以登记%d件、暂缓登记%d件、不予登记%d件；审查办结%d件次，其中审查无问题%d件次，自行纠正%d件、书面审查意见%d件、责令改正%d件、撤销%d件，停止执行条款%d处，备案审查纠错率%s。",
		fr.Received, fr.Late, fr.Registered, fr.Deferred, fr.NotRegistered, fr.Reviewed, fr.NoProblem,
		fr.SelfCorrected, fr.WrittenOpinion, fr.Ordered, fr.Revoked, fr.Suspended, Percent(fr.CorrectionRate))
	fmt.Fprintf(&b, "完成公平竞争审查%d件，其中适用例外规定%d件；经审查不涉及经营者经济活动、未进行公平竞争审查%d件。",
		r.Fair.Reviewed, r.Fair.Exceptions, r.Fair.Skipped)
	c := r.Cleanup
	fmt.Fprintf(&b, "开展规范性文件清理%d次，纳入清理%d件，作出清理结论%d件，其中继续有效%d件、修改%d件、废止%d件、宣布失效%d件。",
		c.Campaigns, c.Added, c.Decided, c.KeepInForce, c.Amend, c.Repeal, c.DeclareVoid)
	fmt.Fprintf(&b, "有效期届满自动失效%d件。\n\n", r.Lapsed)
	fmt.Fprintf(&b, "注：%s；%s；%s。\n\n", CorrectionRule.ZH, OnTimeRule.ZH, FilingCorrectionRule.ZH)

	b.WriteString("## 审查决定\n\n| 决定 | 件次 |\n|---|---|\n")
	for _, row := range []struct {
		o review.Outcome
		n int
	}{{review.Pass, d.Pass}, {review.PassAmended, d.PassAmended}, {review.Return, d.Return}, {review.Reject, d.Reject}} {
		fmt.Fprintf(&b, "| %s | %d |\n", row.o.Label().ZH, row.n)
	}
	fmt.Fprintf(&b, "| 合计（送审稿%d、备案件%d） | %d |\n\n", d.Drafts, d.Filed, d.Total)

	b.WriteString("## 报送备案\n\n| 备案渠道 | 报送 | 按时 | 逾期 | 登记 | 不予登记 | 暂缓登记 | 待登记 | 应报未报 |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, c := range f.Channels {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d | %d | %d |\n", c.Recipient, c.Records, c.OnTime, c.Late,
			c.Registered, c.NotRegistered, c.Deferred, c.Pending, c.Unfiled)
	}
	b.WriteString("\n## 审查发现（按规则）\n\n| 规则 | 确认 | 排除 |\n|---|---|---|\n")
	for _, x := range r.Findings {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", x.Rule, x.Confirmed, x.Dismissed)
	}
	b.WriteString("\n## 清理结论\n\n| 结论 | 件数 |\n|---|---|\n")
	for _, row := range []struct {
		o review.CleanupOutcome
		n int
	}{{review.KeepInForce, c.KeepInForce}, {review.Amend, c.Amend}, {review.Repeal, c.Repeal}, {review.DeclareVoid, c.DeclareVoid}} {
		fmt.Fprintf(&b, "| %s | %d |\n", row.o.Label().ZH, row.n)
	}
	return b.String()
}

func markdownEN(r Report) string {
	var b strings.Builder
	d, f, c := r.Decisions, r.Filing, r.Cleanup
	fmt.Fprintf(&b, "# Normative-document review, %d\n\n", r.Year)
	fmt.Fprintf(&b, "In %d the office received %d drafts and %d documents filed for record. ", r.Year, r.Received.Drafts, r.Received.Filed)
	fmt.Fprintf(&b, "It gave %d decisions: %d passed, %d passed after amendment, %d returned, %d rejected; correction rate %s. ",
		d.Total, d.Pass, d.PassAmended, d.Return, d.Reject, Percent(r.CorrectionRate))
	fmt.Fprintf(&b, "It filed %d documents (%d filings: %d on time, %d late; on-time rate %s", f.Documents, f.Records, f.OnTime, f.Late, Percent(f.OnTimeRate))
	if f.Unfiled > 0 {
		fmt.Fprintf(&b, "; %d filings due and not made", f.Unfiled)
	}
	if f.Provisional > 0 {
		fmt.Fprintf(&b, "; the deadlines of %d of these are provisional, counted on the statutory holidays alone because that year's arrangement is not entered yet", f.Provisional)
	}
	b.WriteString("). ")
	fr := r.FilingReview
	fmt.Fprintf(&b, "Other bodies filed %d documents with it, %d late; %d registered, %d deferred, %d not registered; %d reviews concluded: %d without problem, %d self-corrected, %d written opinions, %d orders to correct, %d revoked; %d clauses suspended; filing-review correction rate %s. ",
		fr.Received, fr.Late, fr.Registered, fr.Deferred, fr.NotRegistered, fr.Reviewed, fr.NoProblem,
		fr.SelfCorrected, fr.WrittenOpinion, fr.Ordered, fr.Revoked, fr.Suspended, Percent(fr.CorrectionRate))
	fmt.Fprintf(&b, "It completed %d fair-competition reviews, %d with an exception; %d documents did not affect operators and skipped the review. ",
		r.Fair.Reviewed, r.Fair.Exceptions, r.Fair.Skipped)
	fmt.Fprintf(&b, "It opened %d cleanup campaigns covering %d documents and concluded %d: %d remain in force, %d to be amended, %d repealed, %d declared void. ",
		c.Campaigns, c.Added, c.Decided, c.KeepInForce, c.Amend, c.Repeal, c.DeclareVoid)
	fmt.Fprintf(&b, "%d documents lapsed at the end of their validity.\n\n", r.Lapsed)
	fmt.Fprintf(&b, "Note: %s; %s; %s.\n\n", CorrectionRule.EN, OnTimeRule.EN, FilingCorrectionRule.EN)
	b.WriteString("## Filing\n\n| Channel | Filed | On time | Late | Registered | Not registered | Deferred | Awaiting | Not filed |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, x := range f.Channels {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d | %d | %d |\n", x.Channel.Label().EN, x.Records, x.OnTime, x.Late,
			x.Registered, x.NotRegistered, x.Deferred, x.Pending, x.Unfiled)
	}
	b.WriteString("\n## Findings by rule\n\n| Rule | Confirmed | Dismissed |\n|---|---|---|\n")
	for _, x := range r.Findings {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", x.Rule, x.Confirmed, x.Dismissed)
	}
	return b.String()
}
