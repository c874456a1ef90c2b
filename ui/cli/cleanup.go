package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/cleanup"
	"beishen/storage"
	"beishen/ui/jobs"
)

// This file holds `beishen cleanup …`: open a campaign, propose and add
// documents, record outcomes, see progress and write the published lists.

// OpenCampaign opens a cleanup campaign and, for a known law change, prints
// the documents it proposes.
func (e *Env) OpenCampaign(name, trigger, law, note string) error {
	t, ok := review.ParseCleanupTrigger(trigger)
	if !ok {
		return e.Fail(review.Text{ZH: "--trigger 应为 periodic（定期清理）、law（上位法变化）或 expiry（有效期届满评估）",
			EN: "--trigger must be periodic, law or expiry"})
	}
	p := review.CampaignOpened{Name: name, Trigger: t, Law: law, Note: note}
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	if t == review.TriggerLaw {
		ch, ok := cleanup.ChangeNamed(law)
		if law == cleanup.LibraryUpdate || law == "法规库" {
			set, err := jobs.LoadCampaigns(st)
			if err != nil {
				return e.Fail(err)
			}
			if ok = set.Library != nil; ok {
				ch = *set.Library
			}
		}
		if !ok {
			var known []string
			for _, c := range cleanup.KnownChanges() {
				known = append(known, c.Law)
			}
			known = append(known, cleanup.LibraryUpdate)
			return e.Fail(review.Text{ZH: "未知的上位法变化：" + law + "（已知：" + strings.Join(known, "、") + "）",
				EN: "unknown law change: " + law + " (known: " + strings.Join(known, ", ") + ")"})
		}
		p.Law, p.LawDate, p.Repealed, p.Amended = ch.Law, ch.Effective, ch.Repealed, ch.Amended
	}
	ev, _, err := st.Do(review.NewEvent(0, p))
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("已启动清理批次 #%d：%s（%s）\n", "opened cleanup campaign #%d: %s (%s)\n"), ev.Seq, name, t.Label().In(e.Lang))
	if t == review.TriggerLaw {
		return e.propose(st, ev.Seq, false)
	}
	return nil
}

// ProposeCampaign lists the documents a law-change campaign should take up;
// with add it adds them.
func (e *Env) ProposeCampaign(id uint64, add bool) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	return e.propose(st, id, add)
}

func (e *Env) propose(st *storage.Store, id uint64, add bool) error {
	_, p, err := st.Campaign(id)
	if err != nil {
		return e.Fail(err)
	}
	if p.Trigger != review.TriggerLaw {
		return e.Fail(review.Text{ZH: "只有上位法变化引起的清理可以自动提出文件；请用 cleanup select 按条件选择",
			EN: "only a superior-law campaign proposes documents; use cleanup select"})
	}
	docs, texts, err := jobs.InForceDocsAndTexts(st)
	if err != nil {
		return e.Fail(err)
	}
	props := cleanup.Propose(docs, texts, cleanup.LawChange{Law: p.Law, Effective: p.LawDate, Repealed: p.Repealed, Amended: p.Amended})
	return e.takeUp(st, id, p.Name, props, add)
}

// CampaignSelect lists (and with add, adds) the in-force documents that
// match the filter.
func (e *Env) CampaignSelect(id uint64, f cleanup.Filter, add bool) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	_, p, err := st.Campaign(id)
	if err != nil {
		return e.Fail(err)
	}
	docs, texts, err := jobs.InForceDocsAndTexts(st)
	if err != nil {
		return e.Fail(err)
	}
	return e.takeUp(st, id, p.Name, cleanup.Select(docs, texts, f), add)
}

// CampaignAdd adds the given documents to campaign id.
func (e *Env) CampaignAdd(id uint64, docs []uint64, reason string) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	_, p, err := st.Campaign(id)
	if err != nil {
		return e.Fail(err)
	}
	props := make([]cleanup.Proposal, len(docs))
	for i, d := range docs {
		props[i] = cleanup.Proposal{Doc: d, Reason: reason}
	}
	return e.takeUp(st, id, p.Name, props, true)
}

func (e *Env) takeUp(st *storage.Store, id uint64, name string, props []cleanup.Proposal, add bool) error {
	if !add {
		fmt.Fprintf(e.Stdout, e.T("建议纳入清理批次 #%d 的文件：%d件\n", "documents proposed for campaign #%d: %d\n"), id, len(props))
		for _, p := range props {
			fmt.Fprintf(e.Stdout, "#%-5d %s %s  %s\n", p.Doc, p.Title, p.Number, cleanup.ReasonIn(p.Reason, e.Lang))
		}
		if len(props) > 0 {
			fmt.Fprintln(e.Stdout, e.T("加 --add 纳入清理", "add --add to take them up"))
		}
		return nil
	}
	out, err := st.DoAll(cleanup.AddEvents(id, name, props))
	n := 0
	for _, o := range out {
		if o.Err == nil {
			n++
		}
	}
	fmt.Fprintf(e.Stdout, e.T("已纳入清理批次 #%d：%d件\n", "added to campaign #%d: %d\n"), id, n)
	return e.reportAll(out, err, func(i int) string { return fmt.Sprintf("#%d", props[i].Doc) }, nil)
}

// CampaignDecide records the campaign's outcome on one document.
func (e *Env) CampaignDecide(id, doc uint64, outcome, reason string) error {
	o, ok := review.ParseCleanupOutcome(outcome)
	if !ok {
		return e.Fail(review.Text{ZH: "清理结论应为 continue（继续有效）、amend（修改）、repeal（废止）或 void（宣布失效）",
			EN: "the outcome must be continue, amend, repeal or void"})
	}
	return e.act(review.NewEvent(doc, review.CleanupDecided{Campaign: id, Outcome: o, Reason: reason}))
}

// CloseCampaign records the end of campaign id.
func (e *Env) CloseCampaign(id uint64, note string) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	if _, _, err := st.Campaign(id); err != nil {
		return e.Fail(err)
	}
	if _, _, err := st.Do(review.NewEvent(0, review.CampaignClosed{Campaign: id, Note: note})); err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("清理批次 #%d 已结束\n", "campaign #%d closed\n"), id)
	return nil
}

// CampaignStatus prints every campaign with its progress.
func (e *Env) CampaignStatus() error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	set, err := jobs.LoadCampaigns(st)
	if err != nil {
		return e.Fail(err)
	}
	if len(set.Campaigns) == 0 {
		fmt.Fprintln(e.Stdout, e.T("尚无清理批次", "no cleanup campaigns yet"))
	}
	for _, c := range set.Campaigns {
		p := cleanup.ProgressOf(set.Members(c.ID))
		state := e.T("进行中", "open")
		if !c.Closed.IsZero() {
			state = e.T("已结束 ", "closed ") + c.Closed.String()
		}
		var parts []string
		for _, o := range review.CleanupOutcomes {
			parts = append(parts, fmt.Sprintf("%s %d", o.Label().In(e.Lang), p.ByOutcome[o]))
		}
		fmt.Fprintf(e.Stdout, e.T("#%d %s（%s，%s启动，%s）：共%d件，已有结论%d件，待定%d件；%s\n",
			"#%d %s (%s, opened %s, %s): %d documents, %d concluded, %d open; %s\n"),
			c.ID, c.Name, c.Trigger.Label().In(e.Lang), c.Opened, state, p.Total, p.Decided, p.Open, strings.Join(parts, e.T("、", ", ")))
	}
	return nil
}

// CampaignList writes the published list of one outcome as md or csv.
func (e *Env) CampaignList(id uint64, outcome, format string) error {
	o, ok := review.ParseCleanupOutcome(outcome)
	if !ok {
		return e.Fail(review.Text{ZH: "--outcome 应为 continue、amend、repeal 或 void", EN: "--outcome must be continue, amend, repeal or void"})
	}
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	ev, p, err := st.Campaign(id)
	if err != nil {
		return e.Fail(err)
	}
	set, err := jobs.LoadCampaigns(st)
	if err != nil {
		return e.Fail(err)
	}
	c := cleanup.Campaign{ID: id, Name: p.Name, Trigger: p.Trigger, Opened: ev.Day()}
	members := set.Members(id)
	switch format {
	case "", "md":
		err = cleanup.WriteMarkdown(e.Stdout, c, members, o, e.Lang)
	case "csv":
		err = cleanup.WriteCSV(e.Stdout, members, o, e.Lang)
	default:
		return e.Fail(review.Text{ZH: "--format 应为 md 或 csv", EN: "--format must be md or csv"})
	}
	if err != nil {
		return e.Fail(err)
	}
	return nil
}

// CleanupCmd is `beishen cleanup` with its subcommands.
func CleanupCmd(e *Env) *cobra.Command {
	root := &cobra.Command{Use: "cleanup", Short: e.T("规范性文件清理：启动批次、纳入文件、作出结论、导出目录",
		"Cleanup (清理) of normative documents: open a campaign, take up documents, record conclusions, export the lists")}

	var trigger, law, note string
	open := &cobra.Command{
		Use: e.T("open NAME --trigger periodic|law|expiry [--law 民法典]", "open NAME --trigger periodic|law|expiry [--law LAW]"),
		Short: e.T("启动清理批次；上位法变化引起的，同时列出引用已废止法律的生效文件",
			"Open a cleanup campaign; when triggered by a change in higher-level law, also list the documents in force that cite repealed laws"),
		Args: e.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return e.OpenCampaign(args[0], trigger, law, note) },
	}
	open.Flags().StringVar(&trigger, "trigger", "periodic", e.T("periodic 定期清理 | law 上位法变化 | expiry 有效期届满评估",
		"periodic: periodic cleanup (定期清理) | law: change in higher-level law (上位法变化) | expiry: evaluation as the validity period ends (有效期届满评估)"))
	open.Flags().StringVar(&law, "law", "", e.T("引起清理的上位法，如 民法典", "the higher-level law that triggers the cleanup, by its Chinese short name (e.g. 民法典, the Civil Code)"))
	open.Flags().StringVar(&note, "note", "", e.T("说明", "note"))

	var add bool
	propose := &cobra.Command{
		Use: "propose CAMPAIGN [--add]",
		Short: e.T("列出引用已被废止法律的生效文件（--add 纳入清理）",
			"List the documents in force that cite repealed laws (--add takes them into the campaign)"),
		Args: e.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := e.idArg(args[0])
			if err != nil {
				return err
			}
			return e.ProposeCampaign(id, add)
		},
	}
	propose.Flags().BoolVar(&add, "add", false, e.T("纳入清理", "take them into the campaign"))

	var issuer, from, to, cites string
	var addSel bool
	sel := &cobra.Command{
		Use: e.T("select CAMPAIGN [--issuer X] [--from D] [--to D] [--cites 合同法,物权法] [--add]",
			"select CAMPAIGN [--issuer X] [--from D] [--to D] [--cites LAW,LAW] [--add]"),
		Short: e.T("按制定机关、公布日期、所引法律选择生效文件（--add 纳入清理）",
			"Select documents in force by issuing authority, publication date or cited law (--add takes them into the campaign)"),
		Args: e.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := e.idArg(args[0])
			if err != nil {
				return err
			}
			f := cleanup.Filter{Issuer: issuer}
			// An empty bound is open; a mistyped one is an error, not
			// silently no filter.
			for _, b := range []struct {
				s string
				d *review.Date
			}{{from, &f.From}, {to, &f.To}} {
				if b.s == "" {
					continue
				}
				if *b.d, err = e.day(b.s); err != nil {
					return e.Fail(err)
				}
			}
			f.Cites = cleanup.ParseLaws(cites)
			return e.CampaignSelect(id, f, addSel)
		},
	}
	sel.Flags().StringVar(&issuer, "issuer", "", e.T("制定机关包含的文字", "text contained in the issuing authority (制定机关)"))
	sel.Flags().StringVar(&from, "from", "", e.T("公布日期不早于", "published on or after this date"))
	sel.Flags().StringVar(&to, "to", "", e.T("公布日期不晚于", "published on or before this date"))
	sel.Flags().StringVar(&cites, "cites", "", e.T("引用的法律，逗号分隔", "cited laws, comma-separated"))
	sel.Flags().BoolVar(&addSel, "add", false, e.T("纳入清理", "take them into the campaign"))

	var reason string
	addCmd := &cobra.Command{
		Use:   "add CAMPAIGN DOC…",
		Short: e.T("将文件纳入清理批次", "Take documents into a cleanup campaign"),
		Args:  e.minArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := e.idArg(args[0])
			if err != nil {
				return err
			}
			var docs []uint64
			for _, a := range args[1:] {
				d, err := e.idArg(a)
				if err != nil {
					return err
				}
				docs = append(docs, d)
			}
			return e.CampaignAdd(id, docs, reason)
		},
	}
	addCmd.Flags().StringVar(&reason, "reason", "", e.T("纳入理由", "reason for taking them up"))

	var why string
	decide := &cobra.Command{
		Use: "decide CAMPAIGN DOC continue|amend|repeal|void [--reason TEXT]",
		Short: e.T("作出清理结论：继续有效、修改、废止、宣布失效",
			"Record the cleanup conclusion: continue (remains in force), amend, repeal, void (declared invalid)"),
		Args: e.exactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := e.idArg(args[0])
			if err != nil {
				return err
			}
			doc, err := e.idArg(args[1])
			if err != nil {
				return err
			}
			return e.CampaignDecide(id, doc, args[2], why)
		},
	}
	decide.Flags().StringVar(&why, "reason", "", e.T("理由（修改、废止、宣布失效必填）", "reason (required for amend, repeal and void)"))

	status := &cobra.Command{
		Use:   "status",
		Short: e.T("各清理批次的进度", "Progress of each cleanup campaign"),
		Args:  e.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return e.CampaignStatus() },
	}

	var outcome, format string
	list := &cobra.Command{
		Use: "list CAMPAIGN --outcome continue|amend|repeal|void [--format md|csv]",
		Short: e.T("导出清理目录：继续有效目录、拟修改目录、废止目录、失效目录",
			"Export the cleanup lists: documents remaining in force, to be amended, repealed, declared invalid"),
		Args: e.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := e.idArg(args[0])
			if err != nil {
				return err
			}
			return e.CampaignList(id, outcome, format)
		},
	}
	list.Flags().StringVar(&outcome, "outcome", "continue", e.T("continue 继续有效 | amend 修改 | repeal 废止 | void 宣布失效",
		"continue (继续有效) | amend (修改) | repeal (废止) | void (宣布失效)"))
	list.Flags().StringVar(&format, "format", "md", "md | csv")

	var closeNote string
	closeCmd := &cobra.Command{
		Use:   "close CAMPAIGN",
		Short: e.T("结束清理批次", "Close a cleanup campaign"),
		Args:  e.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := e.idArg(args[0])
			if err != nil {
				return err
			}
			return e.CloseCampaign(id, closeNote)
		},
	}
	closeCmd.Flags().StringVar(&closeNote, "note", "", e.T("说明", "note"))

	root.AddCommand(open, propose, sel, addCmd, decide, status, list, closeCmd)
	return root
}
