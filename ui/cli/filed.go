package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/deadline"
)

// This file holds the commands of a filed document's road (备案审查): the
// registration check and the outcomes of the review.

// RegisterOptions are the flags of `register`.
type RegisterOptions struct {
	Result, Date, Due, Reference, Reason string
	Missing                              []string
}

// Register records the 登记审查 of filed document id.
func (e *Env) Register(id uint64, o RegisterOptions) error {
	res, ok := review.ParseFilingResult(o.Result)
	if !ok || res == review.FilingPending {
		return e.Fail(review.Text{ZH: "--result 应为 registered（予以登记）、deferred（暂缓登记）或 not_registered（不予登记）",
			EN: "--result must be registered, deferred or not_registered"})
	}
	p := review.Registration{Result: res, Reference: o.Reference, Reason: o.Reason}
	var err error
	if p.Date, err = e.dayOr(o.Date, "--date"); err != nil {
		return err
	}
	for _, n := range o.Missing {
		m, ok := review.ParseMaterial(strings.TrimSpace(n))
		if !ok {
			return e.Fail(review.Text{ZH: "未知的材料：" + n, EN: "unknown material: " + n})
		}
		p.Missing = append(p.Missing, m)
	}
	if res == review.FilingDeferred {
		if len(p.Missing) == 0 && strings.TrimSpace(p.Reason) == "" {
			// As the screen does: a deferral asks for what is missing.
			d, err := e.document(id)
			if err != nil {
				return err
			}
			p.Missing = d.MissingMaterials()
		}
		if p.Due, p.DueProvisional, err = e.dueOr(o.Due, p.Date, deadline.ResubmissionDueTentative); err != nil {
			return err
		}
	}
	return e.act(review.NewEvent(id, p))
}

// ConcludeOptions are the flags of `conclude`.
type ConcludeOptions struct {
	Date, Due, Reference, Plan, Clause, Note string
}

// Conclude records an outcome of the filing review of document id.
func (e *Env) Conclude(id uint64, outcome string, o ConcludeOptions) error {
	out, ok := review.ParseReviewOutcome(outcome)
	if !ok {
		var names []string
		for _, x := range review.ReviewOutcomes {
			names = append(names, string(x)+"="+x.Label().In(e.Lang))
		}
		return e.Fail(review.Text{ZH: "未知的审查结论：" + outcome + "（可用：" + strings.Join(names, "、") + "）",
			EN: "unknown review outcome: " + outcome + " (one of: " + strings.Join(names, ", ") + ")"})
	}
	p := review.FilingReviewed{Outcome: out, Reference: o.Reference, Plan: o.Plan, Clause: o.Clause, Note: o.Note}
	var err error
	if p.Date, err = e.dayOr(o.Date, "--date"); err != nil {
		return err
	}
	switch out {
	case review.SelfCorrect, review.WrittenOpinion, review.OrderCorrect:
		if p.Due, p.DueProvisional, err = e.dueOr(o.Due, p.Date, deadline.IssuerResponseDueTentative); err != nil {
			return err
		}
	}
	return e.act(review.NewEvent(id, p))
}

// dayOr reads a date flag, today when empty.
func (e *Env) dayOr(s, flag string) (review.Date, error) {
	if s == "" {
		return today(e.Now), nil
	}
	d, err := review.ParseDate(s)
	if err != nil || d.IsZero() {
		return d, e.Fail(review.Text{ZH: flag + " 应为 YYYY-MM-DD：" + s, EN: flag + " must be YYYY-MM-DD: " + s})
	}
	return d, nil
}

// dueOr reads a deadline flag, or computes it from day by the settings,
// and says whether the computed date is provisional (暂定: tick recomputes
// it). A deadline that cannot be computed is asked for, never guessed.
func (e *Env) dueOr(s string, day review.Date, compute func(review.Date, deadline.Settings) (review.Date, bool, error)) (review.Date, bool, error) {
	if s != "" {
		d, err := e.dayOr(s, "--due")
		return d, false, err
	}
	set, err := e.Settings()
	if err != nil {
		return review.Date{}, false, e.Fail(err)
	}
	due, tentative, err := compute(day, set)
	if err != nil {
		return due, false, e.Fail(review.Text{ZH: "期限无法按设置计算（" + review.Message(err, review.ZH) + "）：请用 --due 给出",
			EN: "the deadline cannot be computed from the settings (" + review.Message(err, review.EN) + "): give it with --due"})
	}
	return due, tentative, nil
}

// RegisterCmd is `register ID --result R [--date D] [--missing M,…] [--due D]`.
func RegisterCmd(env *Env) *cobra.Command {
	var o RegisterOptions
	c := &cobra.Command{
		Use:   "register ID --result registered|deferred|not_registered [--date D] [--missing M,…] [--due D] [--reason TEXT]",
		Short: env.T("备案件登记审查：予以登记（进入审查）、暂缓登记（限期补正）或不予登记（写明理由）", "Registration of a filed document: register (the review starts), defer (supplement by a deadline) or refuse (with the reason)"),
		Args:  env.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Register(id, o)
		},
	}
	c.Flags().StringVar(&o.Result, "result", "registered", env.T("registered 予以登记、deferred 暂缓登记、not_registered 不予登记", "registered, deferred, not_registered"))
	c.Flags().StringVar(&o.Date, "date", "", env.T("登记审查日期（默认今天）", "date (default today)"))
	c.Flags().StringSliceVar(&o.Missing, "missing", nil, env.T("暂缓登记时须补正的材料（默认：尚缺的材料）", "what a deferral asks to supplement (default: the materials missing)"))
	c.Flags().StringVar(&o.Due, "due", "", env.T("补正期限（默认按设置 filing_resubmission 计算）", "supplement by (default: the filing_resubmission setting)"))
	c.Flags().StringVar(&o.Reference, "reference", "", env.T("通知文号", "the notice's number"))
	c.Flags().StringVar(&o.Reason, "reason", "", env.T("理由（不予登记必填）", "reason (required to refuse)"))
	return c
}

// ConcludeCmd is `conclude ID OUTCOME [--date D] [--due D] …`.
func ConcludeCmd(env *Env) *cobra.Command {
	var o ConcludeOptions
	c := &cobra.Command{
		Use: "conclude ID no_problem|self_correct|written_opinion|order_correct|revoke|suspend_clause|repealed [--date D] [--due D] [--plan TEXT] [--clause C] [--reference R] [--note TEXT]",
		Short: env.T("备案审查结论：审查无问题、自行纠正（方案与期限）、书面审查意见（回复期限）、责令改正、撤销、停止执行条款、制定机关已废止",
			"Outcome of a filing review: no problem, self-correction (plan and deadline), written opinion (answer deadline), order to correct, revocation, clause suspended, repealed by the issuer"),
		Args: env.exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Conclude(id, args[1], o)
		},
	}
	c.Flags().StringVar(&o.Date, "date", "", env.T("结论日期（默认今天）", "date (default today)"))
	c.Flags().StringVar(&o.Due, "due", "", env.T("纠正或回复期限（默认按设置 issuer_response 计算）", "deadline to correct or answer (default: the issuer_response setting)"))
	c.Flags().StringVar(&o.Plan, "plan", "", env.T("制定机关的纠正方案（自行纠正必填）", "the issuer's correction plan (self-correction)"))
	c.Flags().StringVar(&o.Clause, "clause", "", env.T("停止执行的条款", "the clause suspended"))
	c.Flags().StringVar(&o.Reference, "reference", "", env.T("审查意见书或决定的文号", "the number of the letter or decision"))
	c.Flags().StringVar(&o.Note, "note", "", env.T("说明（撤销必填）", "note (required to revoke)"))
	return c
}

// filedLines are what show prints of a filed document's road.
func (e *Env) filedLines(d review.Document, set deadline.Settings) []string {
	var out []string
	if d.Kind != review.Filed {
		return nil
	}
	// A date computed on a provisional holiday calendar is 暂定: the
	// filing deadline follows the settings each time it is shown; the
	// stored 补正, 纠正 and 回复期限 carry the mark they were computed with,
	// until tick recomputes them (deadline.RecomputeFiled).
	provisional := func(tentative bool) string {
		if tentative {
			return e.T("（暂定）", " (provisional)")
		}
		return ""
	}
	if late, due, tentative, err := deadline.FiledLateTentative(d.Meta, set); err == nil && !due.IsZero() {
		s := fmt.Sprintf(e.T("报备期限 %s%s，", "filing due %s%s, "), due, provisional(tentative))
		if late {
			s += e.T("逾期报备（迟报）", "filed late")
		} else {
			s += e.T("按时报备", "filed on time")
		}
		out = append(out, s)
	}
	reg, outcome := d.FilingLines(e.Lang)
	if reg != "" {
		out = append(out, e.T("登记审查：", "Registration: ")+reg)
	}
	if outcome != "" {
		out = append(out, e.T("审查结论：", "Review outcome: ")+outcome)
	}
	for _, s := range d.Suspended {
		out = append(out, e.T("停止执行：", "Suspended: ")+s.Say(e.Lang))
	}
	if due, what, ok := d.IssuerDue(); ok && !due.IsZero() {
		s := what.In(e.Lang) + " " + due.String() + provisional(d.IssuerDueProvisional())
		if due.Before(today(e.Now)) {
			s += e.T("（已逾期）", " (overdue)")
		}
		out = append(out, s)
	}
	return out
}
