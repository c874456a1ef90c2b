package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/rules"
)

// This file holds the commands of a draft's road that the screen also
// offers: return, the findings and the checklist item by item, advance,
// collective deliberation and publication (DESIGN.md, command line).

// Return sends document id back to the drafting unit before the decision.
// Without a reason the missing materials are the reason; with none
// missing, a reason is required.
func (e *Env) Return(id uint64, reason string) error {
	d, err := e.document(id)
	if err != nil {
		return err
	}
	if strings.TrimSpace(reason) == "" {
		reason = review.ReturnReason(&d, review.ZH)
	}
	if strings.TrimSpace(reason) == "" {
		return e.Fail(review.Text{ZH: "材料齐全，退回需要写明理由：--reason", EN: "the materials are complete: a return needs --reason"})
	}
	return e.act(review.NewEvent(id, review.StageChanged{From: d.Stage, To: review.StageReturned, Reason: reason}))
}

// document reads document id, reporting a failure itself.
func (e *Env) document(id uint64) (review.Document, error) {
	st, err := e.Open()
	if err != nil {
		return review.Document{}, e.Fail(err)
	}
	defer st.Close()
	d, err := st.Document(id)
	if err != nil {
		return d, e.Fail(err)
	}
	return d, nil
}

// findingRow is one finding as `findings --json` prints it.
type findingRow struct {
	ID       string   `json:"id"`
	Rule     string   `json:"rule"`
	Category string   `json:"category"`
	Severity string   `json:"severity"`
	Title    string   `json:"title"`
	Clause   string   `json:"clause,omitempty"`
	Excerpt  string   `json:"excerpt"`
	Basis    []string `json:"basis"`
	Status   string   `json:"status"`
	Reason   string   `json:"reason,omitempty"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
}

// Findings prints the current version's findings with their stable ids.
func (e *Env) Findings(id uint64, asJSON bool) error {
	d, err := e.document(id)
	if err != nil {
		return err
	}
	if asJSON {
		rows := make([]findingRow, len(d.Findings))
		for i, f := range d.Findings {
			st := string(f.Status)
			if st == "" {
				st = "open"
			}
			// --json is data, not UI: the stored Chinese fields as the log has them.
			rows[i] = findingRow{d.FindingID(i), f.Rule, string(f.Category), string(f.Severity), f.Title, f.Clause,
				f.Excerpt, f.Basis, st, f.Reason, f.Start, f.End}
		}
		b, _ := json.Marshal(rows)
		fmt.Fprintln(e.Stdout, string(b))
		return nil
	}
	fmt.Fprintf(e.Stdout, e.T("#%d %s 第 %d 版：%d 条自动发现\n", "#%d %s version %d: %d findings\n"), d.ID, d.Meta.Title, d.Version, len(d.Findings))
	for i, f := range d.Findings {
		where := f.Clause
		if where != "" {
			where += " "
		}
		fmt.Fprintf(e.Stdout, "%-8s %-6s %-2s %s\n", d.FindingID(i), f.Status.Label().In(e.Lang), f.Severity.Label().In(e.Lang), titleIn(f.Finding, e.Lang))
		fmt.Fprintf(e.Stdout, "         %s“%s”\n", where, f.Excerpt)
		if why := rules.ReasonIn(f.Finding, e.Lang); why != "" {
			fmt.Fprintf(e.Stdout, e.T("         说明：%s\n", "         why: %s\n"), why)
		}
		// The reviewer's own reason for the answer, as written.
		if f.Reason != "" {
			fmt.Fprintf(e.Stdout, e.T("         理由：%s\n", "         reason: %s\n"), f.Reason)
		}
	}
	return nil
}

// Finding confirms or dismisses finding fid (F04-1, or its key) of
// document id; fid a rule (F10) answers every open finding of that rule in
// the current version alike, as `.` does on the screen.
func (e *Env) Finding(id uint64, fid, verb, reason string) error {
	d, err := e.document(id)
	if err != nil {
		return err
	}
	var confirm bool
	switch verb {
	case "confirm", "确认":
		confirm = true
	case "dismiss", "排除":
		if strings.TrimSpace(reason) == "" {
			return e.Fail(review.Text{ZH: "排除发现需要理由：--reason", EN: "dismissing a finding needs --reason"})
		}
	default:
		return e.Fail(review.Text{ZH: "操作应为 confirm（确认）或 dismiss（排除）：" + verb, EN: "the action must be confirm or dismiss: " + verb})
	}
	answer := func(f review.FindingState) review.Event {
		return review.NewEvent(id, review.FindingAnswered{Key: f.Key(), Rule: f.Rule, Reason: reason, Confirm: confirm})
	}
	if f, ok := d.FindingByID(fid); ok {
		return e.act(answer(*f))
	}
	var evs []review.Event
	var ids []string
	ofRule := false
	for i, f := range d.Findings {
		if f.Rule == fid {
			ofRule = true
			if f.Status == review.FindingOpen {
				evs = append(evs, answer(f))
				ids = append(ids, d.FindingID(i))
			}
		}
	}
	switch {
	case !ofRule:
		return e.Fail(review.Text{ZH: fmt.Sprintf("文件 #%d 当前版本没有发现 %s（findings %d 列出全部）", id, fid, id),
			EN: fmt.Sprintf("document #%d has no finding %s in its current version (findings %d lists them)", id, fid, id)})
	case len(evs) == 0:
		fmt.Fprintf(e.Stdout, e.T("%s 已没有待处理的发现\n", "no %s finding is still open\n"), fid)
		return nil
	}
	out, err := e.doAll(evs)
	return e.reportAll(out, err, func(i int) string { return ids[i] }, func(i int) {
		fmt.Fprintf(e.Stdout, e.T("已记录 #%d %s：%s\n", "recorded #%d %s: %s\n"), out[i].Event.Seq, out[i].Event.Type.Label().In(e.Lang), ids[i])
	})
}

// Checklist marks item (LC1…LC18, FC0…FC8) of document id, or with no
// item prints both checklists.
func (e *Env) Checklist(id uint64, item, mark, note string) error {
	if item == "" {
		d, err := e.document(id)
		if err != nil {
			return err
		}
		for _, c := range []review.Checklist{review.LegalityChecklist, review.FairChecklist} {
			fmt.Fprintln(e.Stdout, c.Label().In(e.Lang))
			for _, it := range c.Items() {
				entry := d.Checks[it.ID]
				line := fmt.Sprintf("  %-5s %-4s %s", it.ID, d.ItemMark(it).Label().In(e.Lang), it.Label.In(e.Lang))
				switch {
				case entry.Changed:
					line += e.T("  〔条款已修改，需重新审查〕", "  [clause changed: check again]")
				case entry.From > 0:
					line += fmt.Sprintf(e.T("  〔沿用第 %d 版〕", "  [carried over from version %d]"), entry.From)
				}
				if entry.Note != "" {
					line += "  " + entry.Note
				}
				fmt.Fprintln(e.Stdout, line)
			}
		}
		return nil
	}
	if _, _, ok := review.ItemByID(strings.ToUpper(item)); !ok {
		return e.Fail(review.Text{ZH: "未知的清单项：" + item + "（LC1…LC18、FC0…FC8）", EN: "unknown checklist item: " + item + " (LC1…LC18, FC0…FC8)"})
	}
	m, ok := review.ParseMark(mark)
	if !ok {
		return e.Fail(review.Text{ZH: "标记应为 pass（符合）、fail（不符合）、na（不适用）或 unchecked（未查）：" + mark,
			EN: "the mark must be pass, fail, na or unchecked: " + mark})
	}
	return e.act(review.NewEvent(id, review.ChecklistMarked{Item: strings.ToUpper(item), Mark: m, Note: note}))
}

// Advance is the `a` key: the next stage, or what is missing for it.
func (e *Env) Advance(id uint64, reason string) error {
	d, err := e.document(id)
	if err != nil {
		return err
	}
	to, ok := review.Forward(&d)
	if !ok {
		return e.Fail(review.Stuck(&d))
	}
	return e.act(review.NewEvent(id, review.StageChanged{From: d.Stage, To: to, Reason: reason}))
}

// DeliberateOptions are the flags of `deliberate`.
type DeliberateOptions struct {
	Meeting, Session, Date, Result, Note string
}

// Deliberate records the collective deliberation of document id.
func (e *Env) Deliberate(id uint64, o DeliberateOptions) error {
	kind, ok := review.ParseMeetingKind(o.Meeting)
	if !ok {
		// Free text naming the meeting ("区政府第12次常务会议") picks its kind.
		for _, k := range review.MeetingKinds {
			if strings.Contains(o.Meeting, k.Label().ZH) {
				kind, ok, o.Session = k, true, o.Meeting
			}
		}
	}
	if !ok {
		return e.Fail(review.Text{ZH: "--meeting 应为 standing（常务会议）、plenary（全体会议）、office（办公会议），或含这些字样的会议名称",
			EN: "--meeting must be standing, plenary or office, or a meeting name containing 常务会议/全体会议/办公会议"})
	}
	day, err := review.ParseDate(o.Date)
	if err != nil || day.IsZero() {
		return e.Fail(review.Text{ZH: "--date 应为审议日期 YYYY-MM-DD", EN: "--date must be the meeting date, YYYY-MM-DD"})
	}
	res, ok := review.ParseDeliberationResult(o.Result)
	if !ok {
		return e.Fail(review.Text{ZH: "--result 应为 pass（通过）、revise（修改后再议）或 reject（不通过）", EN: "--result must be pass, revise or reject"})
	}
	return e.act(review.NewEvent(id, review.Deliberated{Meeting: kind, Session: o.Session, Date: day, Result: res, Note: o.Note}))
}

// PublishOptions are the flags of `publish`.
type PublishOptions struct {
	Number, Date, Effective, ValidUntil, Issuer string
	ValidYears                                  int
}

// Publish records the publication of document id.
func (e *Env) Publish(id uint64, o PublishOptions) error {
	var p review.Published
	p.DocNumber, p.ValidityYears = strings.TrimSpace(o.Number), o.ValidYears
	for _, x := range []struct {
		flag, val string
		to        *review.Date
	}{{"--date", o.Date, &p.Published}, {"--effective", o.Effective, &p.Effective}, {"--valid-until", o.ValidUntil, &p.ValidityEnd}} {
		if d, err := review.ParseDate(x.val); err != nil {
			return e.Fail(review.Text{ZH: x.flag + " 应为 YYYY-MM-DD：" + x.val, EN: x.flag + " must be YYYY-MM-DD: " + x.val})
		} else {
			*x.to = d
		}
	}
	if o.ValidUntil != "" && o.ValidYears != 0 {
		return e.Fail(review.Text{ZH: "--valid-until 与 --valid-years 只能给一个", EN: "give --valid-until or --valid-years, not both"})
	}
	d, err := e.document(id)
	if err != nil {
		return err
	}
	// A draft whose text named no issuer gets one before publication (the
	// published document is filed and listed under it); --issuer also
	// corrects one the text gave.
	issuer := strings.TrimSpace(o.Issuer)
	if issuer == "" && strings.TrimSpace(d.Meta.Issuer) == "" {
		return e.Fail(review.Text{ZH: "文件未写明制定机关：加 --issuer 名称（公布后以其名义报送备案）",
			EN: "the document names no issuer: add --issuer NAME (it files the published document)"})
	}
	if issuer != "" && issuer != d.Meta.Issuer {
		next := d.Meta
		next.Issuer = issuer
		ed, _ := d.Meta.Edit(next)
		named := review.NewEvent(id, ed)
		// Judged first as the store will, so that a refused publication
		// leaves no issuer behind.
		if _, err := review.Probe(d, e.now(), named, review.NewEvent(id, p)); err != nil {
			return e.Fail(err)
		}
		if err := e.act(named); err != nil {
			return err
		}
	}
	return e.act(review.NewEvent(id, p))
}

// ReturnCmd is `return ID [--reason TEXT]`.
func ReturnCmd(env *Env) *cobra.Command {
	var reason string
	c := &cobra.Command{
		Use: "return ID [--reason TEXT]",
		Short: env.T("决定前的任何阶段退回起草单位（退回补正/退回修改），审查期限暂停至重新报送",
			"Return a submission to the drafting unit at any stage before the decision; the review clock pauses until resubmission"),
		Args: env.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Return(id, reason)
		},
	}
	c.Flags().StringVar(&reason, "reason", "", env.T("退回理由（默认：缺少的材料）", "the reason (default: the missing materials)"))
	return c
}

// FindingsCmd is `findings ID [--json]`.
func FindingsCmd(env *Env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "findings ID [--json]",
		Short: env.T("列出文件当前版本的自动发现，每条有稳定编号（如 F04-1）", "List the current version's findings, each with a stable id (e.g. F04-1)"),
		Args:  env.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Findings(id, asJSON)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, env.T("输出 JSON", "print JSON"))
	return c
}

// FindingCmd is `finding ID FID confirm|dismiss [--reason TEXT]`.
func FindingCmd(env *Env) *cobra.Command {
	var reason string
	c := &cobra.Command{
		Use:   "finding ID FID|RULE confirm|dismiss [--reason TEXT]",
		Short: env.T("确认或排除一条自动发现（排除需要理由）；给规则编号（如 F10）则同样处理该规则全部待处理的发现", "Confirm or dismiss a finding (dismissal needs a reason); a rule (e.g. F10) answers all its open findings alike"),
		Args:  env.exactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Finding(id, args[1], args[2], reason)
		},
	}
	c.Flags().StringVar(&reason, "reason", "", env.T("排除理由", "the reason for a dismissal"))
	return c
}

// ChecklistCmd is `checklist ID [ITEM pass|fail|na] [--note TEXT]`.
func ChecklistCmd(env *Env) *cobra.Command {
	var note string
	c := &cobra.Command{
		Use:   "checklist ID [ITEM pass|fail|na|unchecked] [--note TEXT]",
		Short: env.T("标记审查清单项（LC1…LC18、FC0…FC8）；只给编号时列出清单", "Mark a checklist item (LC1…LC18, FC0…FC8); with the ID alone, print the checklists"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 && len(args) != 3 {
				return env.Fail(review.Text{ZH: "用法：checklist ID [ITEM MARK]", EN: "usage: checklist ID [ITEM MARK]"})
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			if len(args) == 1 {
				return env.Checklist(id, "", "", "")
			}
			return env.Checklist(id, args[1], args[2], note)
		},
	}
	c.Flags().StringVar(&note, "note", "", env.T("备注", "note"))
	return c
}

// AdvanceCmd is `advance ID [--reason TEXT]`.
func AdvanceCmd(env *Env) *cobra.Command {
	var reason string
	c := &cobra.Command{
		Use:   "advance ID [--reason TEXT]",
		Short: env.T("推进到下一阶段（与 a 键相同），或说明还缺什么", "Move to the next stage (the a key), or say what is missing"),
		Args:  env.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Advance(id, reason)
		},
	}
	c.Flags().StringVar(&reason, "reason", "", env.T("理由（跳过公平竞争审查时必填）", "reason (required to skip the fair-competition review)"))
	return c
}

// DeliberateCmd is `deliberate ID --meeting M --date D --result R`.
func DeliberateCmd(env *Env) *cobra.Command {
	var o DeliberateOptions
	c := &cobra.Command{
		Use:   "deliberate ID --meeting standing|plenary|office --date D --result pass|revise|reject",
		Short: env.T("记录集体审议（常务会议/全体会议/办公会议）及其结果", "Record the collective deliberation (executive, plenary or office meeting) and its result"),
		Args:  env.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Deliberate(id, o)
		},
	}
	c.Flags().StringVar(&o.Meeting, "meeting", "standing", env.T("会议：standing 常务会议、plenary 全体会议、office 办公会议，或会议名称", "meeting: standing, plenary, office, or the meeting's name"))
	c.Flags().StringVar(&o.Session, "session", "", env.T("会次，如“第12次常务会议”", "the session (e.g. 第12次常务会议)"))
	c.Flags().StringVar(&o.Date, "date", "", env.T("审议日期 YYYY-MM-DD", "meeting date YYYY-MM-DD"))
	c.Flags().StringVar(&o.Result, "result", "", env.T("pass 通过、revise 修改后再议、reject 不通过", "pass, revise, reject"))
	c.Flags().StringVar(&o.Note, "note", "", env.T("审议意见（修改后再议、不通过时必填）", "the meeting's opinion (required for revise and reject)"))
	return c
}

// PublishCmd is `publish ID --number N --date D …`.
func PublishCmd(env *Env) *cobra.Command {
	var o PublishOptions
	c := &cobra.Command{
		Use:   "publish ID --number NUMBER --date D [--effective D] [--valid-until D | --valid-years N]",
		Short: env.T("记录公布：文号、公布日期、施行日期、有效期；报送备案期限由此起算", "Record the publication: number, date, effective date, validity; the filing clocks start here"),
		Args:  env.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Publish(id, o)
		},
	}
	c.Flags().StringVar(&o.Number, "number", "", env.T("文号，如“临政办规〔2026〕9号”", "document number (e.g. 临政办规〔2026〕9号)"))
	c.Flags().StringVar(&o.Date, "date", "", env.T("公布日期 YYYY-MM-DD", "publication date YYYY-MM-DD"))
	c.Flags().StringVar(&o.Effective, "effective", "", env.T("施行日期（默认公布日期）", "effective date (default: the publication date)"))
	c.Flags().StringVar(&o.ValidUntil, "valid-until", "", env.T("有效期至 YYYY-MM-DD", "valid until YYYY-MM-DD"))
	c.Flags().IntVar(&o.ValidYears, "valid-years", 0, env.T("有效期（年），自施行日期起算", "validity in years from the effective date"))
	c.Flags().StringVar(&o.Issuer, "issuer", "", env.T("制定机关（文件未写明时必填）", "the issuer (required when the document names none)"))
	return c
}

// Materials marks the named materials of document id present (or, with
// missing, absent); with no names it prints which are in.
func (e *Env) Materials(id uint64, names []string, missing bool) error {
	return e.MaterialsWith(id, names, missing, nil)
}

// MaterialsWith marks materials like Materials; window, when given, is the
// public consultation's dates and opinions, recorded with 征求意见情况.
func (e *Env) MaterialsWith(id uint64, names []string, missing bool, window *review.ConsultationWindow) error {
	if len(names) == 0 {
		d, err := e.document(id)
		if err != nil {
			return err
		}
		for _, m := range review.Materials {
			mark := "✗"
			if d.Material[m] {
				mark = "✓"
			}
			fmt.Fprintf(e.Stdout, "%s %-16s %s\n", mark, m, m.Label().In(e.Lang))
		}
		return nil
	}
	var evs []review.Event
	for _, n := range names {
		m, ok := review.ParseMaterial(n)
		if !ok {
			var all []string
			for _, x := range review.Materials {
				all = append(all, string(x)+"="+x.Label().In(e.Lang))
			}
			return e.Fail(review.Text{ZH: "未知的材料：" + n + "（可用：" + strings.Join(all, "、") + "）",
				EN: "unknown material: " + n + " (one of: " + strings.Join(all, ", ") + ")"})
		}
		p := review.MaterialsMarked{Material: m, Present: !missing}
		if m == review.Consultation {
			p.Consultation = window
		}
		evs = append(evs, review.NewEvent(id, p))
	}
	for _, ev := range evs {
		if err := e.act(ev); err != nil {
			return err
		}
	}
	return nil
}

// MaterialsCmd is `materials ID [NAME…] [--missing] [--from D --to D --opinions N]`.
func MaterialsCmd(env *Env) *cobra.Command {
	var missing bool
	var from, to string
	var opinions int
	c := &cobra.Command{
		Use:   "materials ID [NAME…] [--missing]",
		Short: env.T("登记随件材料（法律意见书、起草说明、制定依据、征求意见情况、公平竞争审查结论、集体审议材料）；只给编号时列出", "Record the papers that came with a document; with the ID alone, list them"),
		Args:  env.minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			var window *review.ConsultationWindow
			if from != "" || to != "" {
				f, err1 := review.ParseDate(from)
				t, err2 := review.ParseDate(to)
				if err1 != nil || err2 != nil {
					return env.Fail(review.Text{ZH: "--from/--to 应为 YYYY-MM-DD", EN: "--from/--to must be YYYY-MM-DD"})
				}
				window = &review.ConsultationWindow{From: f, To: t, Opinions: opinions}
			}
			return env.MaterialsWith(id, args[1:], missing, window)
		},
	}
	c.Flags().BoolVar(&missing, "missing", false, env.T("标记为缺少", "mark as missing"))
	c.Flags().StringVar(&from, "from", "", env.T("征求意见开始日期（随“征求意见情况”）", "the consultation's start (with the consultation record)"))
	c.Flags().StringVar(&to, "to", "", env.T("征求意见截止日期", "the consultation's end"))
	c.Flags().IntVar(&opinions, "opinions", 0, env.T("收到的意见条数", "the number of opinions received"))
	return c
}
