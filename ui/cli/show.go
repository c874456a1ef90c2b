package cli

import (
	"github.com/spf13/cobra"

	"encoding/json"
	"fmt"
	"strings"

	"beishen/review"
	"beishen/review/deadline"
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
}

type showMaterial struct {
	Material review.Material `json:"material"`
	Name     string          `json:"name"`
	Present  bool            `json:"present"`
}

type showEvent struct {
	Seq   uint64          `json:"seq"`
	Type  string          `json:"type"`
	Label string          `json:"label"`
	At    string          `json:"at"`
	Actor string          `json:"actor"`
	Data  json.RawMessage `json:"data"`
	Prev  string          `json:"prev"`
	Hash  string          `json:"hash"`
}

// Show prints one document.
func (e *Env) Show(id uint64, asJSON bool) error {
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
	out := showDoc{Document: d}
	sum := review.Summarize(&d)
	due := clocks.due(sum)
	out.Due, out.Overdue, out.dueWhat, out.Paused = due.Date, due.Overdue, due.What, due.Paused
	if out.Filing, err = deadline.FilingClocks(sum, clocks.set, clocks.today); err != nil {
		return e.Fail(err)
	}
	for _, m := range review.RequiredMaterials(d.Kind, d.Meta.AffectsOperators) {
		out.Materials = append(out.Materials, showMaterial{m, m.Label().In(e.Lang), d.Material[m]})
	}
	for _, ev := range evs {
		out.Events = append(out.Events, showEvent{ev.Seq, string(ev.Type), ev.Type.Label().In(e.Lang),
			ev.At.In(review.Zone).Format("2006-01-02T15:04:05-07:00"), ev.Actor, ev.Data, ev.Prev, ev.Hash})
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
	field := func(zh, en, v string) {
		if v != "" {
			fmt.Fprintf(w, "  %s：%s\n", e.T(zh, en), v)
		}
	}
	field("类型", "Kind", d.Kind.Label().In(e.Lang))
	field("阶段", "Stage", d.Stage.Label().In(e.Lang))
	field("文号", "Number", m.DocNumber)
	field("制定机关", "Issuer", m.Issuer)
	field("起草单位", "Drafting unit", m.DraftingUnit)
	field("成文日期", "Signed", m.Signed.String())
	field("收文日期", "Received", m.Received.String())
	due := d.Due.String()
	if d.Overdue {
		due += e.T("（已逾期）", " (overdue)")
	}
	if d.Paused {
		due = e.T("暂停计时（退回补正，重新报送后继续）", "paused (returned; resumes on resubmission)")
	}
	field(d.dueWhat.ZH, d.dueWhat.EN, due)
	field("施行日期", "Effective", m.Effective.String())
	field("有效期至", "Valid until", m.ValidityEnd.String())
	if d.Outcome != "" {
		field("决定", "Decision", d.Outcome.Label().In(e.Lang)+"  "+d.OutcomeNote)
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
			state += fmt.Sprintf(e.T("，应于 %s 前报送", ", due %s"), c.PendingDue)
			if c.Overdue {
				state += "!"
			}
		}
		field("备案 "+c.Channel.Label().ZH, "Filing "+c.Channel.Label().EN, state)
	}
	for _, c := range d.Cleanups {
		out := e.T("待定", "pending")
		if c.Outcome != "" {
			out = c.Outcome.Label().In(e.Lang) + " " + c.Why
		}
		field("清理", "Cleanup", fmt.Sprintf("%s（%s）：%s", c.Name, c.Added, out))
	}
	if len(d.Findings) > 0 {
		fmt.Fprintf(w, "  %s：\n", e.T("自动发现", "Findings"))
		for _, f := range d.Findings {
			fmt.Fprintf(w, "    [%s] %s %s %s「%s」\n", f.Status.Label().In(e.Lang), f.Rule,
				f.Severity.Label().In(e.Lang), f.Title, f.Excerpt)
		}
	}
	fmt.Fprintf(w, "  %s：\n", e.T("审查日志", "Log"))
	for _, ev := range d.Events {
		fmt.Fprintf(w, "    #%-4d %s  %-8s %s  %s…\n", ev.Seq, ev.At[:16], ev.Actor, ev.Label, ev.Hash[:12])
	}
}

// ShowCmd is `show ID [--json]`.
func ShowCmd(env *Env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use: "show ID [--json]",
		Short: env.T("显示一个文件的信息、材料、发现和审查日志",
			"Show a document's details, materials, findings and review log"),
		Args: env.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Show(id, asJSON)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, env.T("输出 JSON", "print JSON"))
	return c
}
