package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/review/deadline"
)

// This file holds the document screen's steps of a draft's road that are
// not checklist work: the return (R), and the collective deliberation and
// publication forms that `a` opens once the review has passed.

// returnDialog asks for the reason of a return before the decision; the
// missing materials are the proposed reason.
func (v *docScreen) returnDialog(d review.Document) ask {
	c := v.ctx
	if !review.Returnable(d.Stage) {
		return ask{err: review.Text{ZH: "“" + d.Stage.Label().ZH + "”阶段不能退回：只有作出决定之前可以退回",
			EN: "cannot return at " + d.Stage.Label().EN + ": a return is possible only before the decision"}}
	}
	id, from := d.ID, d.Stage
	dlg := v.prompt(c.T("退回起草单位：", "Return to the drafting unit: ")+d.Meta.Title, c.T("退回理由：", "Reason:"), func(text string) review.Event {
		return review.NewEvent(id, review.StageChanged{From: from, To: review.StageReturned, Reason: text})
	})
	dlg.body = []string{c.T("审查期限暂停，重新报送后继续计时", "The review clock pauses until the text is resubmitted")}
	dlg.in.Set(review.ReturnReason(&d, c.Lang))
	return ask{dlg: dlg}
}

// deliberationForm records the collective deliberation of an approved draft.
func (v *docScreen) deliberationForm(d review.Document) *fieldForm {
	c, id := v.ctx, d.ID
	f := &fieldForm{title: c.T("集体审议：", "Collective deliberation: ") + d.Meta.Title,
		fields: []field{
			{label: c.T("会议", "Meeting"), options: labelsOf(c, review.MeetingKinds)},
			{label: c.T("会次", "Session"), hint: c.T("如“区政府第12次常务会议”，可不填", "e.g. 第12次常务会议; optional")},
			{label: c.T("审议日期", "Date"), hint: "YYYY-MM-DD"},
			{label: c.T("审议结果", "Result"), options: labelsOf(c, review.DeliberationResults),
				hint: c.T("修改后再议：退回起草单位，修改稿重新审查", "revise: back to the drafting unit; the revised text is reviewed again")},
			{label: c.T("审议意见", "Opinion"), hint: c.T("修改后再议、不通过时必填", "required for revise and reject")},
		}}
	if d.Meta.IssuerType == review.IssuerDepartment {
		f.fields[0].choice = 2 // a department deliberates in its office meeting
	}
	f.fields[2].in.Set(c.Today.String())
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		day, err := review.ParseDate(f.fields[2].value())
		if err != nil || day.IsZero() {
			return nil, ask{}, v.ctx.T("审议日期应为 YYYY-MM-DD", "the meeting date must be YYYY-MM-DD")
		}
		p := review.Deliberated{Meeting: review.MeetingKinds[f.fields[0].choice], Session: f.fields[1].value(), Date: day,
			Result: review.DeliberationResults[f.fields[3].choice], Note: f.fields[4].value()}
		return v.record(review.NewEvent(id, p))
	}
	return f
}

// publishForm records the publication of a deliberated draft: 文号, dates
// and validity. The filing clocks start from the publication date.
func (v *docScreen) publishForm(d review.Document) *fieldForm {
	c, id := v.ctx, d.ID
	f := &fieldForm{title: c.T("登记公布：", "Publication: ") + d.Meta.Title,
		body: []string{c.T("报送备案期限自公布日期起算", "The filing clocks run from the publication date")},
		fields: []field{
			{label: c.T("文号", "Number"), hint: c.T("如“临政办规〔2026〕9号”", "e.g. 临政办规〔2026〕9号")},
			{label: c.T("公布日期", "Published"), hint: "YYYY-MM-DD"},
			{label: c.T("施行日期", "Effective"), hint: c.T("YYYY-MM-DD，默认公布日期", "YYYY-MM-DD; default: the publication date")},
			{label: c.T("有效期（年）", "Valid (years)"), hint: c.T("自施行日期起算；或填下一栏", "from the effective date; or fill the next row")},
			{label: c.T("有效期至", "Valid until"), hint: "YYYY-MM-DD"},
		}}
	// A draft whose text named no issuer gets one here: the published
	// document is filed and listed under it.
	askIssuer := strings.TrimSpace(d.Meta.Issuer) == ""
	if askIssuer {
		f.fields = append(f.fields, field{label: c.T("制定机关", "Issuer"), hint: c.T("文本未写明：必填，公布后以其名义报送备案", "the text does not say: required, it files the document")})
	}
	f.fields[0].in.Set(d.Meta.DocNumber)
	f.fields[1].in.Set(c.Today.String())
	// Dates the text proposed are offered only while still ahead: a draft
	// that waited past them (a real 条例 of 2020 reviewed in 2026 offered
	// 施行日期 2020-10-01, which the publication then refused) is asked
	// anew, the stale date named in the hint.
	if eff := d.Meta.Effective; !eff.IsZero() && !eff.Before(c.Today) {
		f.fields[2].in.Set(eff.String())
	} else if !eff.IsZero() {
		f.fields[2].hint = c.T("正文所定 "+eff.String()+" 已过：请填新的施行日期，默认公布日期", "the text's "+eff.String()+" has passed: enter a new date; default: the publication date")
	}
	if d.Meta.ValidityYears > 0 {
		f.fields[3].in.Set(strconv.Itoa(d.Meta.ValidityYears))
	}
	if end := d.Meta.ValidityEnd; !end.IsZero() && end.After(c.Today) {
		f.fields[4].in.Set(end.String())
	}
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		c := v.ctx
		var p review.Published
		p.DocNumber = f.fields[0].value()
		for i, to := range []*review.Date{&p.Published, &p.Effective, nil, &p.ValidityEnd} {
			if to == nil {
				continue
			}
			day, err := review.ParseDate(f.fields[1+i].value())
			if err != nil {
				return nil, ask{}, f.fields[1+i].label + c.T("应为 YYYY-MM-DD", " must be YYYY-MM-DD")
			}
			*to = day
		}
		if s := f.fields[3].value(); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 {
				return nil, ask{}, c.T("有效期（年）应为整数", "the validity in years must be a whole number")
			}
			p.ValidityYears = n
		}
		if askIssuer {
			name := f.fields[5].value()
			if name == "" {
				return nil, ask{}, c.T("请填写制定机关", "the issuer is required")
			}
			next := v.doc.Meta
			next.Issuer = name
			ed, _ := v.doc.Meta.Edit(next)
			named, pub := review.NewEvent(id, ed), review.NewEvent(id, p)
			// Both judged first, so that a refused publication leaves no
			// issuer recorded and the form open to correct.
			if _, err := review.Probe(v.doc, c.Now(), named, pub); err != nil {
				return nil, ask{}, review.Message(err, c.Lang)
			}
			cmd, a := v.write(named)
			if a.err != nil {
				return nil, ask{}, review.Message(a.err, c.Lang)
			}
			pcmd, pa, msg := v.record(pub)
			return tea.Batch(cmd, pcmd), pa, msg
		}
		return v.record(review.NewEvent(id, p))
	}
	return f
}

// roadLines are the side panel's lines about the road after the review:
// the decision, the deliberation and what `a` does next.
func roadLines(c *Context, d review.Document, width int) []string {
	st := c.Styles
	var lines []string
	before := d.Stage == review.StageDeliberation || d.Stage == review.StageApproved ||
		d.Stage == review.StageReturned || d.Stage == review.StageRejected
	if d.Outcome != "" && before {
		lines = append(lines, c.T("决定：", "Decision: ")+c.L(d.Outcome.Label())+" "+d.DecidedAt.String())
		lines = append(lines, wrapString(d.OutcomeNote, width)...)
	}
	if p := d.Deliberation; p != nil && before {
		s := c.L(p.Meeting.Label())
		if p.Session != "" {
			s = p.Session
		}
		lines = append(lines, wrapString(c.T("集体审议：", "Deliberation: ")+s+" "+p.Date.String()+" · "+c.L(p.Result.Label()), width)...)
		if p.Note != "" {
			lines = append(lines, wrapString(p.Note, width)...)
		}
	}
	if !d.Meta.Published.IsZero() && d.Kind == review.Draft {
		lines = append(lines, wrapString(fmt.Sprintf(c.T("公布：%s %s，施行 %s", "Published: %s %s, effective %s"),
			d.Meta.DocNumber, d.Meta.Published, d.Meta.Effective), width)...)
	}
	if d.Kind == review.Filed {
		lines = append(lines, filedLines(c, d, width)...)
	}
	switch d.Stage {
	case review.StageDeliberation:
		lines = append(lines, st.Medium.Render(c.T("a 记录集体审议", "a records the deliberation")))
	case review.StageApproved:
		lines = append(lines, st.Medium.Render(c.T("a 登记公布（文号、日期、有效期）", "a records the publication")))
	case review.StageReturned:
		lines = append(lines, st.Dim.Render(c.T("I 导入重新报送的文本", "I imports the resubmitted text")))
	}
	return lines
}

// checkMarker says how a checklist mark came to be: carried over from an
// earlier version, or re-opened because its clauses changed.
func checkMarker(c *Context, e review.ChecklistEntry) string {
	switch {
	case e.Changed:
		return c.Styles.Medium.Render(c.T(" 改", " chg"))
	case e.From > 0:
		return c.Styles.Dim.Render(fmt.Sprintf(c.T(" 沿v%d", " v%d"), e.From))
	}
	return ""
}

// rereviewLine is the notice a new version leaves on the document screen.
func rereviewLine(c *Context, d review.Document) string {
	if d.Rereview == nil || d.Stage != d.Rereview.Stage {
		return ""
	}
	return c.Styles.Medium.Render(strings.TrimSpace(fmt.Sprintf(c.T("第 %d 版：", "Version %d: "), d.Version) + d.Rereview.Say(c.Lang)))
}

// registrationForm records the 登记审查 of a filed document: registered,
// deferred with what to supplement and by when, or refused with the reason.
func (v *docScreen) registrationForm(d review.Document) *fieldForm {
	c, id := v.ctx, d.ID
	results := []review.FilingResult{review.FilingRegistered, review.FilingDeferred, review.FilingRefused}
	f := &fieldForm{title: c.T("登记审查：", "Registration: ") + d.Meta.Title,
		fields: []field{
			{label: c.T("结果", "Result"), options: labelsOf(c, results)},
			{label: c.T("日期", "Date"), hint: "YYYY-MM-DD"},
			{label: c.T("补正期限", "Supplement by"), hint: c.T("暂缓登记时填写，默认按设置", "for a deferral; default from the settings")},
			{label: c.T("理由或补正事项", "Reason / to supplement"), hint: c.T("不予登记必填；暂缓登记时缺少的材料自动列入", "required to refuse; a deferral lists the missing materials itself")},
		}}
	f.fields[1].in.Set(c.Today.String())
	// With papers missing it cannot be registered (workflow 4): the form
	// says which and proposes the deferral that asks for them.
	if missing := d.MissingMaterials(); len(missing) > 0 {
		f.body = []string{c.T("缺少材料：", "Missing: ") + c.L(review.MaterialNames(missing)) +
			c.T("（补齐前只能暂缓或不予登记）", " (until supplied, defer or refuse)")}
		f.fields[0].choice = 1
	}
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		c := v.ctx
		day, err := review.ParseDate(f.fields[1].value())
		if err != nil || day.IsZero() {
			return nil, ask{}, c.T("日期应为 YYYY-MM-DD", "the date must be YYYY-MM-DD")
		}
		p := review.Registration{Result: results[f.fields[0].choice], Date: day, Reason: f.fields[3].value()}
		if p.Result == review.FilingDeferred {
			p.Missing = d.MissingMaterials()
			if s := f.fields[2].value(); s != "" {
				if p.Due, err = review.ParseDate(s); err != nil {
					return nil, ask{}, c.T("补正期限应为 YYYY-MM-DD", "the supplement deadline must be YYYY-MM-DD")
				}
			} else if p.Due, p.DueProvisional, err = deadline.ResubmissionDueTentative(day, c.Settings); err != nil {
				return nil, ask{}, c.T("补正期限无法按设置计算，请填写", "the deadline cannot be computed from the settings: type it")
			}
		}
		return v.record(review.NewEvent(id, p))
	}
	return f
}

// reviewForm records an outcome of a filing review.
func (v *docScreen) reviewForm(d review.Document) *fieldForm {
	c, id := v.ctx, d.ID
	outcomes := d.ReviewOutcomesNow()
	f := &fieldForm{title: c.T("审查结论：", "Review outcome: ") + d.Meta.Title,
		fields: []field{
			{label: c.T("结论", "Outcome"), options: labelsOf(c, outcomes)},
			{label: c.T("日期", "Date"), hint: "YYYY-MM-DD"},
			{label: c.T("期限", "Due"), hint: c.T("纠正或回复期限，默认按设置（30日）", "to correct or answer; default from the settings (30 days)")},
			{label: c.T("文号", "Reference"), hint: c.T("审查意见书、纠错函或决定的文号", "number of the letter or decision")},
			{label: c.T("纠正方案/条款/说明", "Plan / clause / note"), hint: c.T("自行纠正填方案，停止执行填条款，撤销填理由", "self-correction: the plan; suspension: the clause; revocation: the reason")},
		}}
	if i := slices.Index(outcomes, review.WrittenOpinion); i >= 0 && d.ConfirmedCount() > 0 {
		f.fields[0].choice = i
	}
	switch d.Stage {
	case review.StageCorrecting, review.StageAwaiting:
		// Walking a filed document after a 书面审查意见, D offered
		// 自行纠正 for the issuer's answer and refused it by stage.
		f.body = []string{c.T("制定机关纠正后的文本用 I 导入，审查在新版本上继续", "the issuer's corrected text: import it with I, and the review goes on on that version")}
	case review.StageLegality, review.StageFairCompetition:
		f.body = []string{c.T("审查清单完成、推进到“待决定”（a）后作出结论；审查中可随时停止执行条款", "the review is concluded once the checklists are done and it awaits the outcome (a); a clause can be suspended at any time")}
	}
	f.fields[1].in.Set(c.Today.String())
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		c := v.ctx
		day, err := review.ParseDate(f.fields[1].value())
		if err != nil || day.IsZero() {
			return nil, ask{}, c.T("日期应为 YYYY-MM-DD", "the date must be YYYY-MM-DD")
		}
		p := review.FilingReviewed{Outcome: outcomes[f.fields[0].choice], Date: day, Reference: f.fields[3].value()}
		text := f.fields[4].value()
		switch p.Outcome {
		case review.SelfCorrect:
			p.Plan = text
		case review.SuspendClause:
			p.Clause = text
		default:
			p.Note = text
		}
		switch p.Outcome {
		case review.SelfCorrect, review.WrittenOpinion, review.OrderCorrect:
			if s := f.fields[2].value(); s != "" {
				if p.Due, err = review.ParseDate(s); err != nil {
					return nil, ask{}, c.T("期限应为 YYYY-MM-DD", "the due date must be YYYY-MM-DD")
				}
			} else if p.Due, p.DueProvisional, err = deadline.IssuerResponseDueTentative(day, c.Settings); err != nil {
				return nil, ask{}, c.T("期限无法按设置计算，请填写", "the deadline cannot be computed from the settings: type it")
			}
		}
		return v.record(review.NewEvent(id, p))
	}
	return f
}

// filedLines are a filed document's road on the side panel: whether it
// arrived late, the issuer's clock, its registration, the review's outcome
// and what D does next.
func filedLines(c *Context, d review.Document, width int) []string {
	st := c.Styles
	var lines []string
	// A date computed on a provisional holiday calendar is marked 暂定, as
	// a draft's are: the filing deadline follows the settings each time it
	// is shown, the stored 补正, 纠正 and 回复 deadlines are recomputed by
	// tick (deadline.RecomputeFiled).
	mark := func(tentative bool) string {
		if tentative {
			return " " + c.L(deadline.TentativeMark)
		}
		return ""
	}
	if late, due, tentative, err := deadline.FiledLateTentative(d.Meta, c.Settings); err == nil && late {
		lines = append(lines, st.Overdue.Render(c.T("迟报：应于 ", "Filed late: due ")+due.String()+mark(tentative)))
	}
	// The issuer's running clock first: on a short window the records
	// under it may be cut, and it is what the reviewer acts on.
	if due, what, ok := d.IssuerDue(); ok && !due.IsZero() {
		s := c.L(what) + " " + due.String() + mark(d.IssuerDueProvisional())
		if due.Before(c.Today) {
			lines = append(lines, st.Overdue.Render(s+c.T(" 已逾期", " overdue")))
		} else {
			lines = append(lines, st.Medium.Render(s))
		}
	}
	reg, outcome := d.FilingLines(c.Lang)
	if reg != "" {
		lines = append(lines, wrapString(c.T("登记审查：", "Registration: ")+reg, width)...)
	}
	if outcome != "" {
		lines = append(lines, wrapString(c.T("审查结论：", "Outcome: ")+outcome, width)...)
	}
	for _, s := range d.Suspended {
		lines = append(lines, wrapString(c.T("停止执行：", "Suspended: ")+s.Say(c.Lang), width)...)
	}
	switch d.Stage {
	case review.StageIntake:
		lines = append(lines, st.Medium.Render(c.T("D 登记审查", "D decides the registration")))
	case review.StageDecision, review.StageCorrecting, review.StageAwaiting:
		lines = append(lines, st.Medium.Render(c.T("D 作出审查结论", "D records the review outcome")))
	}
	return lines
}
