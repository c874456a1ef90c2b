package ui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/review/cleanup"
	"beishen/review/deadline"
)

// This file holds what the document screen shows and records after
// issuance: the filing clocks per channel, the cleanup history, the filing
// dialog (f) and the cleanup-outcome dialog (C).

// validityLines say when d's validity ends and how far off that is,
// wrapped to width. A draft not yet published only proposes it, from the
// effective date its text names: it cannot lapse, and a date already past
// is one the publication must change (a real draft of 2020 reviewed in
// 2026 said “tick 时失效”).
func validityLines(c *Context, d review.Document, end review.Date, width int) []string {
	st := c.Styles
	days := c.Today.DaysUntil(end)
	head := c.T("有效期至：", "Valid until: ") + end.String()
	note, style := c.T(fmt.Sprintf("（剩 %d 天）", days), fmt.Sprintf(" (%d days left)", days)), st.Dim
	switch {
	case d.Kind == review.Draft && d.Meta.Published.IsZero():
		head = c.T("拟定有效期至：", "Proposed validity until: ") + end.String()
		note = c.T("（按正文推算，公布时确定）", " (by the text's dates; set at publication)")
		if days < 0 {
			note, style = c.T("（按正文已届满，公布时须改）", " (past by the text's dates; change at publication)"), st.Overdue
		}
	case deadline.Lapsed(end, c.Today):
		// Not “剩 -551 天”: the validity ended; a document in force
		// lapses at the next tick, one under review is only past it.
		note, style = c.T(fmt.Sprintf("（已届满 %d 天）", -days), fmt.Sprintf(" (ended %d days ago)", -days)), st.Overdue
		if d.Stage.InEffect() {
			note = c.T(fmt.Sprintf("（已届满 %d 天，tick 时失效）", -days), fmt.Sprintf(" (ended %d days ago; lapses at the next tick)", -days))
		}
	}
	// Wrapped as plain text, then styled: wrapping counts runes, and a
	// style's escape codes are not cells.
	if lines := wrapString(head+note, width); len(lines) == 1 {
		return []string{head + style.Render(note)}
	}
	lines := wrapString(head, width)
	for _, l := range wrapString(strings.TrimSpace(note), width) {
		lines = append(lines, style.Render(l))
	}
	return lines
}

// lifecycleLines are the filing clocks and cleanup entries of d for the
// side panel; empty before publication and without cleanups.
func lifecycleLines(c *Context, d review.Document, width int) []string {
	st := c.Styles
	var lines []string
	clocks, err := deadline.FilingClocks(review.Summarize(&d), c.Settings, c.Today)
	if err != nil {
		return []string{st.Error.Render(c.Err(err))}
	}
	if end := deadline.ValidityOf(review.Summarize(&d), c.Settings); !end.IsZero() && d.Stage != review.StageRejected {
		lines = append(lines, validityLines(c, d, end, width)...)
	}
	if len(clocks) > 0 {
		lines = append(lines, st.Header.Render(c.T("报送备案（f 记录）", "Filing (f records)")))
	}
	tentative := false
	for _, k := range clocks {
		lines = append(lines, wrapString(c.L(k.Channel.LabelFor(d.Meta.IssuerType)), width)...)
		var segs []segment
		switch {
		case !k.Filed:
			due := c.T("未报送，期限 ", "not filed, due ") + k.Due.String()
			if k.Overdue {
				due = st.Overdue.Render(due + c.T(" 已逾期", " overdue"))
			}
			segs = append(segs, segment{text: due})
			if k.Tentative {
				segs = append(segs, segment{text: tentativeNote(c, true)})
			}
		default:
			segs = append(segs, segment{text: c.T("报送 ", "filed ") + k.Record.Submitted.String()},
				segment{" · ", c.L(k.Record.Result.Label())})
			if k.OnTime {
				segs = append(segs, segment{" · ", st.OK.Render(c.T("按时", "on time"))})
			} else {
				segs = append(segs, segment{" · ", st.Overdue.Render(c.T("逾期", "late"))})
			}
			if k.Pending && k.Record.Result == review.FilingDeferred && !k.PendingDue.IsZero() {
				segs = append(segs, segment{c.T("，", "; "), c.T("重报期限 ", "re-file by ") + k.PendingDue.String() + tentativeNote(c, k.PendingTentative)})
			}
		}
		if k.Err != nil {
			segs = append(segs, segment{" · ", st.Error.Render(c.T("期限无法计算：", "deadline not computable: ") + c.Err(k.Err))})
		}
		for _, l := range fitSegments(segs, width-2) {
			lines = append(lines, "  "+l)
		}
		tentative = tentative || (k.Tentative && !k.Filed) || (k.PendingTentative && k.Filed && k.Pending)
	}
	if tentative {
		for _, l := range wrapString(c.L(deadline.TentativeNote), width) {
			lines = append(lines, st.Dim.Render(l))
		}
	}
	if len(d.Cleanups) > 0 {
		lines = append(lines, st.Header.Render(c.T("清理记录", "Cleanups")))
	}
	for _, e := range d.Cleanups {
		s := fmt.Sprintf("#%d %s %s", e.Campaign, e.Name, e.Added)
		lines = append(lines, wrapString(s, width)...)
		if e.Outcome == "" {
			lines = append(lines, "  "+st.Medium.Render(c.T("待结论（C 作出）", "open (C concludes)")))
		} else {
			out := "  " + c.L(e.Outcome.Label()) + " " + e.Decided.String()
			if e.Why != "" {
				out += "：" + e.Why
			}
			lines = append(lines, wrapString(out, width)...)
		}
	}
	return lines
}

// tentativeNote is "（暂定）" after a provisional date, or nothing.
func tentativeNote(c *Context, on bool) string {
	if !on {
		return ""
	}
	return c.Styles.Medium.Render(c.T("（暂定）", " (provisional)"))
}

// channelLabels names the channels for a document of issuer type t.
func channelLabels(c *Context, chans []deadline.Channel, t review.IssuerType) []string {
	out := make([]string, len(chans))
	for i, ch := range chans {
		out[i] = c.L(ch.LabelFor(t))
	}
	return out
}

func labelsOf[T interface{ Label() review.Label }](c *Context, xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = c.L(x.Label())
	}
	return out
}

// filingForm asks for one channel's filing of the open document.
func (v *docScreen) filingForm() *fieldForm {
	c, d := v.ctx, v.doc
	chans := deadline.Channels
	pick := 0
	// The default follows the issuer: the first channel its document must
	// be filed with (a department's: the government only), or the pending
	// one due first.
	if req := deadline.RequiredChannels(d.Kind, d.Meta.IssuerType); len(req) > 0 {
		pick = max(0, slices.Index(chans, req[0]))
	}
	if k, ok, _ := deadline.NextFiling(review.Summarize(&d), c.Settings, c.Today); ok {
		for i, ch := range chans {
			if ch == k.Channel {
				pick = i
			}
		}
	}
	// A filing is usually recorded when it is sent and its result when the
	// recipient answers: 待登记 first, and a channel already sent comes
	// back with its date and result for the answer to be recorded.
	results := review.FilingResults
	sentOn := func(ch deadline.Channel) *review.Filing {
		for i := range d.Filings {
			if d.Filings[i].Channel == string(ch) {
				return &d.Filings[i]
			}
		}
		return nil
	}
	f := &fieldForm{title: c.T("报送备案：", "Record filing: ") + d.Meta.Title,
		fields: []field{
			{label: c.T("备案渠道", "Channel"), options: channelLabels(c, chans, d.Meta.IssuerType), choice: pick},
			{label: c.T("报送日期", "Submitted"), hint: c.T("YYYY-MM-DD", "YYYY-MM-DD")},
			{label: c.T("登记结果", "Result"), options: labelsOf(c, results),
				hint: c.T("暂缓登记时按设置计算补正重报期限", "deferred: the re-filing deadline follows the settings")},
			{label: c.T("备注", "Note")},
		}}
	// The other fields follow the channel: a channel sent before comes
	// back as it was recorded, one not sent starts today and 待登记.
	follow := func(f *fieldForm) {
		f.fields[1].in.Set(c.Today.String())
		f.fields[2].choice = 0
		f.fields[3].in.Set("")
		if sent := sentOn(chans[f.fields[0].choice]); sent != nil {
			f.fields[1].in.Set(sent.Submitted.String())
			f.fields[2].choice = max(0, slices.Index(results, sent.Result))
			f.fields[3].in.Set(sent.Note)
		}
	}
	follow(f)
	f.changed = func(f *fieldForm, row, _ int) {
		if row == 0 {
			follow(f)
		}
	}
	id := d.ID
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		day, err := review.ParseDate(f.fields[1].value())
		if err != nil || day.IsZero() {
			return nil, ask{}, v.ctx.T("报送日期应为 YYYY-MM-DD", "the submission date must be YYYY-MM-DD")
		}
		ch := chans[f.fields[0].choice]
		p := review.FilingRecorded{Channel: string(ch), Recipient: ch.LabelFor(d.Meta.IssuerType).ZH, Submitted: day,
			Result: results[f.fields[2].choice], Note: f.fields[3].value()}
		if p.Result == review.FilingDeferred {
			// The fact is recorded whether or not the re-filing deadline
			// can be computed; the document screen shows why not.
			p.Noticed = day
			if sentOn(ch) != nil && v.ctx.Today.After(day) {
				p.Noticed = c.Today // the answer to a filing sent before
			}
			p.ResubmitBy, p.ResubmitProvisional, _ = deadline.ResubmissionDueTentative(day, v.ctx.Settings)
		}
		return v.record(review.NewEvent(id, p))
	}
	return f
}

// cleanupForm concludes d's open campaign, from the document screen or a
// campaign's member list.
func cleanupForm(c *Context, d review.Document, write func(review.Event) (tea.Cmd, ask)) ask {
	var open *review.CleanupEntry
	for i := range d.Cleanups {
		if d.Cleanups[i].Outcome == "" {
			open = &d.Cleanups[i]
		}
	}
	if open == nil || d.Stage != review.StageCleanup {
		return ask{status: c.T("此文件没有待结论的清理批次", "this document is in no open cleanup campaign")}
	}
	campaign := open.Campaign
	id := d.ID
	body := []string{fmt.Sprintf("#%d %s", open.Campaign, open.Name)}
	if open.Reason != "" {
		body = append(body, c.T("纳入理由：", "Selected because: ")+cleanup.ReasonIn(open.Reason, c.Lang))
	}
	return ask{ff: &fieldForm{title: c.T("清理结论：", "Cleanup outcome: ") + d.Meta.Title, body: body,
		fields: []field{
			{label: c.T("结论", "Outcome"), options: labelsOf(c, review.CleanupOutcomes)},
			{label: c.T("理由", "Reason"), hint: c.T("修改、废止、宣布失效需要填写理由", "amend, repeal and declare void need a reason")},
		},
		submit: func(f *fieldForm) (tea.Cmd, ask, string) {
			o := review.CleanupOutcomes[f.fields[0].choice]
			reason := f.fields[1].value()
			if o != review.KeepInForce && strings.TrimSpace(reason) == "" {
				return nil, ask{}, c.T("修改、废止、宣布失效需要填写理由", "amend, repeal and declare void need a reason")
			}
			cmd, a := write(review.NewEvent(id, review.CleanupDecided{Campaign: campaign, Outcome: o, Reason: reason}))
			return cmd, a, ""
		}}}
}
