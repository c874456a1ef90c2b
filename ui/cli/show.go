package cli

import (
	"github.com/spf13/cobra"

	"encoding/json"
	"fmt"
	"strings"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/review/export"
	"beishen/review/laws"
	"beishen/review/rules"
)

// showDoc is `show --json`: the document, its materials and findings, and
// its whole history with actor, time, type and hash.
type showDoc struct {
	review.Document
	Due       review.Date    `json:"due"`
	Overdue   bool           `json:"overdue"`
	Materials []showMaterial `json:"required_materials"`
	Events    []showEvent    `json:"events"`
	dueWhat   review.Label
	Paused    bool                   `json:"clock_paused,omitempty"`
	Filing    []deadline.FilingClock `json:"filing_clocks,omitempty"`
	lib       laws.Source            // quotes the bases; nil with basis_cite_only

	// DueProvisional: Due rests on the provisional holiday calendar (暂定).
	DueProvisional bool `json:"due_provisional,omitempty"`
}

type showMaterial struct {
	Material review.Material `json:"material"`
	Name     string          `json:"name"`
	Present  bool            `json:"present"`
}

type showEvent struct {
	Seq   uint64 `json:"seq"`
	Type  string `json:"type"`
	Label string `json:"label"`
	At    string `json:"at"`
	Actor string `json:"actor"`
	// Detail is what the event did, as every readable log words it
	// (export.Describe); Data keeps the payload with its offsets.
	Detail string          `json:"detail"`
	Data   json.RawMessage `json:"data"`
	Prev   string          `json:"prev"`
	Hash   string          `json:"hash"`
}

// Show prints one document; with precedents, each finding with the
// published case nearest to its sentence.
func (e *Env) Show(id uint64, asJSON, precedents bool) error {
	st, err := e.OpenRead()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	d, err := st.Document(id)
	if err != nil {
		return e.Fail(err)
	}
	evs, err := st.Events(id)
	if err != nil {
		return e.Fail(err)
	}
	clocks, err := e.clocks()
	if err != nil {
		return e.Fail(err)
	}
	if precedents && len(d.Findings) > 0 {
		v, err := st.Version(id, d.Version)
		if err != nil {
			return e.Fail(err)
		}
		for i := range d.Findings {
			d.Findings[i].Precedent = rules.NearestPrecedent(v.Text, d.Findings[i].Finding)
		}
	}
	out := showDoc{Document: d}
	if !clocks.set.BasisCiteOnly {
		out.lib = laws.Stack{st.Laws(), laws.Embedded()}
	}
	sum := review.Summarize(&d)
	due := clocks.due(sum)
	out.Due, out.Overdue, out.dueWhat, out.Paused, out.DueProvisional = due.Date, due.Overdue, due.What, due.Paused, due.Tentative
	if out.Filing, err = deadline.FilingClocks(sum, clocks.set, clocks.today); err != nil {
		return e.Fail(err)
	}
	for _, m := range review.RequiredMaterials(d.Kind, d.Meta.AffectsOperators) {
		out.Materials = append(out.Materials, showMaterial{m, m.Label().In(e.Lang), d.Material[m]})
	}
	details := export.Narrate(evs, e.Lang)
	for i, ev := range evs {
		out.Events = append(out.Events, showEvent{ev.Seq, string(ev.Type), ev.Type.Label().In(e.Lang),
			ev.At.In(review.Zone).Format("2006-01-02T15:04:05-07:00"), ev.Actor, details[i], ev.Data, ev.Prev, ev.Hash})
	}
	if asJSON {
		enc := json.NewEncoder(e.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	e.printDoc(out)
	return nil
}

func (e *Env) printDoc(d showDoc) {
	w := e.Stdout
	m := d.Meta
	fmt.Fprintf(w, "#%d %s\n", d.ID, m.Title)
	colon := e.T("：", ": ")
	field := func(zh, en, v string) {
		if v != "" {
			if en != "" { // the clocks' labels are phrases ("review due"): a field starts capitalised
				en = strings.ToUpper(en[:1]) + en[1:]
			}
			fmt.Fprintf(w, "  %s%s%s\n", e.T(zh, en), colon, v)
		}
	}
	field("类型", "Kind", d.Kind.Label().In(e.Lang))
	field("阶段", "Stage", d.Stage.LabelOn(m.Effective, today(e.Now)).In(e.Lang))
	field("文号", "Number", m.DocNumber)
	field("制定机关", "Issuer", m.Issuer)
	if m.IssuerType != review.IssuerUnknown {
		t := m.IssuerType.Label().In(e.Lang)
		if m.Read(review.MetaIssuerType) {
			t += e.T("（据名称推断）", " (from the name)")
		}
		field("制定机关类型", "Issuer type", t)
	}
	field("起草单位", "Drafting unit", m.DraftingUnit)
	field("成文日期", "Signed", m.Signed.String())
	field("收文日期", "Received", m.Received.String())
	tentative := false
	mark := func(on bool) string {
		if !on {
			return ""
		}
		tentative = true
		return e.T("（暂定）", " (provisional)")
	}
	due := d.Due.String() + mark(d.DueProvisional)
	if d.Overdue {
		due += e.T("（已逾期）", " (overdue)")
	}
	if d.Paused {
		due = e.T("暂停计时（退回补正，重新报送后继续）", "paused (returned; resumes on resubmission)")
	}
	field(d.dueWhat.ZH, d.dueWhat.EN, due)
	field("施行日期", "Effective", m.Effective.String())
	if d.dueWhat.ZH != "有效期至" { // the clock above already says it
		field("有效期至", "Valid until", m.ValidityEnd.String())
	}
	if d.Outcome != "" {
		field("决定", "Decision", d.Outcome.Label().In(e.Lang)+"  "+strings.ReplaceAll(d.OutcomeNote, "\n", "\n        "))
	}
	if p := d.Deliberation; p != nil {
		meeting := p.Meeting.Label().In(e.Lang)
		if p.Session != "" {
			meeting = p.Session
		}
		field("集体审议", "Deliberation", fmt.Sprintf("%s %s %s  %s", meeting, p.Date, p.Result.Label().In(e.Lang), p.Note))
	}
	field("公布日期", "Published", m.Published.String())
	field("重新审查", "Re-review", d.Rereview.Say(e.Lang))
	if w := d.Consultation; w != nil {
		s := fmt.Sprintf(e.T("%s 至 %s，收到意见 %d 条", "%s to %s, %d opinions"), w.From, w.To, w.Opinions)
		if set, err := e.Settings(); err == nil {
			if ok, due, err := deadline.ConsultationEnough(*w, d.Meta.AffectsOperators, set); err == nil && !ok {
				s += fmt.Sprintf(e.T("（征求意见期不足：应至少至 %s）", " (too short: it had to run to %s)"), due)
			}
		}
		field("征求意见", "Consultation", s)
	}
	if set, err := e.Settings(); err == nil {
		for _, l := range e.filedLines(d.Document, set) {
			field("备案审查", "Filing review", l)
		}
	}
	var mats []string
	for _, x := range d.Materials {
		mark := "✗"
		if x.Present {
			mark = "✓"
		}
		mats = append(mats, mark+x.Name)
	}
	field("材料", "Materials", strings.Join(mats, " "))
	for _, c := range d.Filing {
		state := e.T("未报送", "not filed")
		if c.Filed {
			state = c.Record.Submitted.String() + " " + c.Record.Result.Label().In(e.Lang)
			if !c.OnTime {
				state += e.T("（逾期）", " (late)")
			}
		}
		if c.Pending && !c.PendingDue.IsZero() {
			state += fmt.Sprintf(e.T("，应于 %s 前报送", ", due %s"), c.PendingDue) + mark(c.PendingTentative)
			if c.Overdue {
				state += "!"
			}
		}
		if c.Err != nil {
			state += e.T("；期限无法计算：", "; the deadline cannot be computed: ") + review.Message(c.Err, e.Lang)
		}
		l := c.Channel.LabelFor(m.IssuerType)
		field("备案 "+l.ZH, "Filing "+l.EN, state)
	}
	if tentative {
		fmt.Fprintf(w, "  %s\n", deadline.TentativeNote.In(e.Lang))
	}
	for _, c := range d.Cleanups {
		out := e.T("待定", "pending")
		if c.Outcome != "" {
			out = c.Outcome.Label().In(e.Lang) + " " + c.Why
		}
		field("清理", "Cleanup", fmt.Sprintf(e.T("%s（%s）：%s", "%s (%s): %s"), c.Name, c.Added, out))
	}
	if len(d.Findings) > 0 {
		fmt.Fprintf(w, "  %s%s\n", e.T("自动发现", "Findings"), e.T("：", ":"))
		for i, f := range d.Findings {
			fmt.Fprintf(w, "    [%s] %s %s %s %s「%s」\n", f.Status.Label().In(e.Lang), d.FindingID(i),
				f.Severity.Label().In(e.Lang), titleIn(f.Finding, e.Lang), f.Clause, f.Excerpt)
			if why := rules.ReasonIn(f.Finding, e.Lang); why != "" {
				fmt.Fprintf(w, "      %s%s\n", e.T("说明：", "Why: "), why)
			}
			for _, b := range export.BasisText(f.Basis, d.lib, d.Meta.Published) {
				fmt.Fprintf(w, "      %s%s\n", e.T("依据：", "Basis: "), b)
			}
			for _, l := range f.Precedent.Lines(e.Lang) {
				fmt.Fprintf(w, "      %s\n", l)
			}
		}
	}
	fmt.Fprintf(w, "  %s%s\n", e.T("审查日志", "Log"), e.T("：", ":"))
	for _, ev := range d.Events {
		fmt.Fprintf(w, "    #%-4d %s  %-8s %s  %s…\n", ev.Seq, ev.At[:16], ev.Actor, ev.Label, ev.Hash[:12])
		if ev.Detail != "" {
			fmt.Fprintf(w, "          %s\n", strings.ReplaceAll(ev.Detail, "\n", "\n          "))
		}
	}
}

// ShowCmd is `show ID [--json]`.
func ShowCmd(env *Env) *cobra.Command {
	var asJSON, precedents bool
	c := &cobra.Command{
		Use: "show ID [--json] [--precedents]",
		Short: env.T("显示一个文件的信息、材料、发现和审查日志",
			"Show a document's details, materials, findings and review log"),
		Args: env.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Show(id, asJSON, precedents)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, env.T("输出 JSON", "print JSON"))
	c.Flags().BoolVar(&precedents, "precedents", false, env.T("每条发现附上最相近的已纠正案例（制定机关、文件、问题、发布者）",
		"with each finding, the nearest published case (issuer, document, what was wrong, who published it)"))
	return c
}
