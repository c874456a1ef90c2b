package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/storage"
)

// This file holds the commands of an issued document's clocks: recording a
// filing, the lapse check (tick) and the 即将到期 list.

// FilingOptions are the flags of `beishen filing`.
type FilingOptions struct {
	Channel   string
	Recipient string
	Submitted string
	Result    string
	Noticed   string // the day the 暂缓登记 notice arrived; defaults to Submitted
	Note      string
}

// RecordFiling records the filing of document id with one channel.
func (e *Env) RecordFiling(id uint64, o FilingOptions) error {
	ch := deadline.Channel(o.Channel)
	if !slices.Contains(deadline.Channels, ch) {
		return e.Fail(review.Text{ZH: "--channel 应为 npc（本级人大常委会）或 government（人民政府：政府的文件报上一级，部门的文件报本级）",
			EN: "--channel must be npc or government"})
	}
	submitted, err := review.ParseDate(o.Submitted)
	if err != nil || submitted.IsZero() {
		return e.Fail(review.Text{ZH: "--submitted 应为报送日期 YYYY-MM-DD", EN: "--submitted must be the submission date, YYYY-MM-DD"})
	}
	res, ok := review.ParseFilingResult(o.Result)
	if !ok {
		return e.Fail(review.Text{ZH: "--result 应为 registered（登记）、not_registered（不予登记）或 deferred（暂缓登记）",
			EN: "--result must be registered, not_registered or deferred"})
	}
	p := review.FilingRecorded{Channel: string(ch), Recipient: o.Recipient, Submitted: submitted, Result: res, Note: o.Note}
	if p.Recipient == "" {
		p.Recipient = ch.LabelFor(e.issuerType(id)).ZH // a department's government channel is 本级人民政府
	}
	var dueErr error
	if res == review.FilingDeferred {
		p.Noticed = submitted
		if o.Noticed != "" {
			if p.Noticed, err = review.ParseDate(o.Noticed); err != nil || p.Noticed.IsZero() {
				return e.Fail(review.Text{ZH: "--noticed 应为收到暂缓登记通知的日期 YYYY-MM-DD", EN: "--noticed must be the date the deferral notice arrived, YYYY-MM-DD"})
			}
		}
		// The re-filing deadline is derived: recording the fact never
		// depends on computing it (a calendar year missing, a broken
		// settings file). `beishen tick` fills it in later.
		set, err := e.Settings()
		if err == nil {
			p.ResubmitBy, p.ResubmitProvisional, err = deadline.ResubmissionDueTentative(p.Noticed, set)
		}
		dueErr = err
	}
	if err := e.act(review.NewEvent(id, p)); err != nil {
		return err
	}
	switch {
	case res != review.FilingDeferred:
	case dueErr != nil:
		fmt.Fprintf(e.Stdout, e.T("补正重报期限无法计算（%s）；暂缓登记已记录，补齐后运行 beishen tick 计算\n",
			"the re-filing deadline could not be computed (%s); the deferral is recorded, run beishen tick once that is fixed\n"),
			review.Message(dueErr, e.Lang))
	case p.ResubmitProvisional:
		fmt.Fprintf(e.Stdout, e.T("补正重报期限：%s（%s）\n", "re-file by %s (%s)\n"), p.ResubmitBy, deadline.TentativeNote.In(e.Lang))
	default:
		fmt.Fprintf(e.Stdout, e.T("补正重报期限：%s\n", "re-file by %s\n"), p.ResubmitBy)
	}
	return nil
}

// issuerType is document id's issuer type, unknown when it cannot be read
// (the action then reports why).
func (e *Env) issuerType(id uint64) review.IssuerType {
	st, err := e.Open()
	if err != nil {
		return review.IssuerUnknown
	}
	defer st.Close()
	d, err := st.Document(id)
	if err != nil {
		return review.IssuerUnknown
	}
	return d.Meta.IssuerType
}

// Tick does what the passing of days and a new holiday arrangement call
// for, on day (today when empty): it recomputes the re-filing deadlines
// stored as provisional (暂定) once the settings have the official holiday
// arrangement of their year, or stored without a date because none could be
// computed, and the 补正 and issuer's deadlines of filed documents stored
// as provisional (one deadline_recomputed event each), and records the lapse of
// every in-force document past its validity end (one stage change each,
// with the reason 有效期届满自动失效).
func (e *Env) Tick(day string) error {
	st, set, on, rows, err := e.queueOn(day)
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	cal, err := set.Calendar()
	if err != nil {
		return e.Fail(err)
	}
	type job struct {
		row review.Summary
		ev  review.Event
		ok  string // what to print once it is recorded
	}
	var jobs []job
	for _, r := range rows {
		if r.Stage.Closed() {
			continue
		}
		for _, p := range deadline.Recompute(r, set, cal) {
			ok := fmt.Sprintf(e.T("#%d %s：%s（%s）%s → %s", "#%d %s: %s (%s) %s → %s"), r.ID, r.Title,
				p.Label().In(e.Lang), deadline.Channel(p.Channel).Label().In(e.Lang), orNone(e, p.Was), p.Date)
			if p.Provisional {
				ok += "（" + deadline.TentativeMark.In(e.Lang) + "）"
			}
			jobs = append(jobs, job{r, review.NewEvent(r.ID, p), ok})
		}
	}
	// The stored deadlines of a filed document's road: only documents
	// waiting on one are read in full.
	for _, r := range rows {
		if r.Kind != review.Filed || (r.Stage != review.StageDeferred && r.Stage != review.StageCorrecting && r.Stage != review.StageAwaiting) {
			continue
		}
		d, err := st.Document(r.ID)
		if err != nil {
			return e.Fail(err)
		}
		for _, p := range deadline.RecomputeFiled(d, set, cal) {
			jobs = append(jobs, job{r, review.NewEvent(r.ID, p), fmt.Sprintf(e.T("#%d %s：%s %s → %s", "#%d %s: %s %s → %s"),
				r.ID, r.Title, p.Label().In(e.Lang), orNone(e, p.Was), p.Date)})
		}
	}
	for _, r := range deadline.Lapsing(rows, set, on) {
		jobs = append(jobs, job{r, review.NewEvent(r.ID, review.StageChanged{From: review.StageInForce, To: review.StageLapsed, Reason: review.LapseReason}),
			fmt.Sprintf(e.T("#%d %s：有效期至%s，已失效", "#%d %s: valid until %s, lapsed"), r.ID, r.Title, deadline.ValidityOf(r, set))})
	}
	if len(jobs) == 0 {
		fmt.Fprintln(e.Stdout, e.T("没有到期未失效的文件，也没有需要重算的期限", "no document has passed its validity end, and no deadline needs recomputing"))
		return nil
	}
	evs := make([]review.Event, len(jobs))
	for i, j := range jobs {
		evs[i] = j.ev
	}
	out, err := st.DoAll(evs)
	return e.reportAll(out, err, func(i int) string { return fmt.Sprintf("#%d %s", jobs[i].row.ID, jobs[i].row.Title) },
		func(i int) { fmt.Fprintln(e.Stdout, jobs[i].ok) })
}

// reportAll prints what a bulk action recorded: each refusal on stderr
// under its name, each success through ok, and a shared store's batches.
// It fails if any action was refused or a later batch failed (the lines
// printed before were recorded).
func (e *Env) reportAll(out []storage.Outcome, err error, name func(i int) string, ok func(i int)) error {
	failed := false
	for i, o := range out {
		if o.Err != nil {
			failed = true
			fmt.Fprintf(e.Stderr, "%s：%s\n", name(i), review.Message(o.Err, e.Lang))
			continue
		}
		if ok != nil {
			ok(i)
		}
	}
	e.sayBatches(out)
	if err != nil {
		return e.Fail(err)
	}
	if failed {
		return ErrReported
	}
	return nil
}

// sayBatches tells, after a bulk action on a shared store, that it was
// committed in several transactions, each whole or not at all.
func (e *Env) sayBatches(out []storage.Outcome) {
	if len(out) == 0 || out[len(out)-1].Batch <= 1 {
		return
	}
	fmt.Fprintf(e.Stdout, e.T("（共享库单次事务有上限：以上操作分 %d 批提交，每批整体生效）\n",
		"(a shared store limits one transaction: the actions above were committed in %d batches, each whole)\n"), out[len(out)-1].Batch)
}

// orNone is d, or "未计算" when it is zero.
func orNone(e *Env, d review.Date) string {
	if d.IsZero() {
		return e.T("未计算", "not computed")
	}
	return d.String()
}

// Expiring prints the 即将到期 list: documents whose validity ends within
// the evaluation window.
func (e *Env) Expiring(day string) error {
	st, set, on, rows, err := e.queueOn(day)
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	list := deadline.Expiring(rows, set, on)
	fmt.Fprintf(e.Stdout, e.T("有效期在%d个月内届满的文件：%d件\n", "documents whose validity ends within %d months: %d\n"), set.EvaluationMonths, len(list))
	for _, r := range list {
		end := deadline.ValidityOf(r, set)
		fmt.Fprintf(e.Stdout, e.T("#%-5d 有效期至%s（剩%d日）  %s %s\n", "#%-5d valid until %s (%d days left)  %s %s\n"),
			r.ID, end, on.DaysUntil(end), r.Title, r.DocNumber)
	}
	return nil
}

// queueOn opens the store and reads the queue rows, with the settings and
// the day (today when empty) on which deadline questions are asked. The
// caller closes the store.
func (e *Env) queueOn(day string) (*storage.Store, deadline.Settings, review.Date, []review.Summary, error) {
	on, err := e.day(day)
	if err != nil {
		return nil, deadline.Settings{}, on, nil, err
	}
	set, err := e.Settings()
	if err != nil {
		return nil, set, on, nil, err
	}
	st, err := e.Open()
	if err != nil {
		return nil, set, on, nil, err
	}
	rows, err := st.Summaries()
	if err != nil {
		st.Close()
		return nil, set, on, nil, err
	}
	return st, set, on, rows, nil
}

// day parses --today, defaulting to the clock's today.
func (e *Env) day(s string) (review.Date, error) {
	if strings.TrimSpace(s) == "" {
		return today(e.Now), nil
	}
	d, err := review.ParseDate(s)
	if err != nil {
		return d, review.Text{ZH: "日期格式应为 YYYY-MM-DD：" + s, EN: "dates are YYYY-MM-DD: " + s}
	}
	return d, nil
}

// FilingCmd is `beishen filing ID --channel C --submitted D [--result R]`.
func FilingCmd(e *Env) *cobra.Command {
	var o FilingOptions
	c := &cobra.Command{
		Use: "filing ID --channel npc|government --submitted YYYY-MM-DD [--result registered|not_registered|deferred]",
		Short: e.T("记录已公布文件向一个备案渠道的报送和登记结果（再次记录同一渠道即补正重报）",
			"Record a published document's submission for filing (备案) through one channel and its registration result (recording the same channel again is a corrected resubmission)"),
		Args: e.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := e.idArg(args[0])
			if err != nil {
				return err
			}
			return e.RecordFiling(id, o)
		},
	}
	c.Flags().StringVar(&o.Channel, "channel", "", e.T("npc 本级人大常委会 | government 人民政府（政府的文件报上一级，部门的文件报本级）",
		"npc: standing committee of the people's congress at the same level (本级人大常委会) | government: the people's government one level up (上一级人民政府) for a government's document, at the same level (本级人民政府) for a department's"))
	c.Flags().StringVar(&o.Recipient, "recipient", "", e.T("接收机关（默认按渠道）", "receiving authority (default: by channel)"))
	c.Flags().StringVar(&o.Submitted, "submitted", "", e.T("报送日期", "date of submission"))
	c.Flags().StringVar(&o.Result, "result", "", e.T("登记结果：registered 登记、not_registered 不予登记、deferred 暂缓登记；不填为待登记",
		"registration result: registered (登记), not_registered (不予登记), deferred (暂缓登记); empty means awaiting registration"))
	c.Flags().StringVar(&o.Noticed, "noticed", "", e.T("收到暂缓登记通知的日期（默认为报送日期），补正期限由此起算",
		"date the deferral notice was received (default: the submission date); the correction period runs from it"))
	c.Flags().StringVar(&o.Note, "note", "", e.T("备注", "note"))
	return c
}

// TickCmd is `beishen tick [--today D]`, also called `beishen lapse`.
func TickCmd(e *Env) *cobra.Command {
	var day string
	c := &cobra.Command{
		Use:     "tick [--today YYYY-MM-DD]",
		Aliases: []string{"lapse"},
		Short: e.T("将有效期已届满的生效文件记录为失效（每件追加一条“有效期届满自动失效”事件），并在录入正式节假日安排后重算暂定的补正重报期限（每项追加一条“期限重算”事件）",
			"Record documents in force whose validity period has ended as lapsed (one “lapsed at end of validity period” event each), and recompute provisional re-filing deadlines once the official holiday arrangement is in the settings (one “deadline recomputed” event each)"),
		Args: e.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return e.Tick(day) },
	}
	c.Flags().StringVar(&day, "today", "", e.T("按该日期检查（默认今天）", "check as of this date (default: today)"))
	return c
}

// ExpiringCmd is `beishen expiring [--today D]`.
func ExpiringCmd(e *Env) *cobra.Command {
	var day string
	c := &cobra.Command{
		Use: "expiring [--today YYYY-MM-DD]",
		Short: e.T("即将到期：有效期在评估期（默认6个月）内届满的文件",
			"Expiring soon: documents whose validity period ends within the evaluation window (default 6 months)"),
		Args: e.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return e.Expiring(day) },
	}
	c.Flags().StringVar(&day, "today", "", e.T("按该日期计算（默认今天）", "compute as of this date (default: today)"))
	return c
}
