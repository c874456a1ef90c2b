package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/storage"
)

// Decide gives a decision on document id: the same domain operation the
// screen's decision dialog calls, so a refused decision names what is
// missing in both places.
func (e *Env) Decide(id uint64, outcome, note string) error {
	o, ok := review.ParseOutcome(outcome)
	if !ok {
		var names []string
		for _, x := range review.Outcomes {
			names = append(names, string(x)+"="+x.Label().In(e.Lang))
		}
		return e.Fail(review.Text{ZH: "未知的决定：" + outcome + "（可用：" + strings.Join(names, "、") + "）",
			EN: "unknown outcome: " + outcome + " (one of: " + strings.Join(names, ", ") + ")"})
	}
	return e.act(review.NewEvent(id, review.Decided{Outcome: o, Note: note}))
}

// Comment adds a reviewer's note to document id.
func (e *Env) Comment(id uint64, text, anchor string) error {
	return e.act(review.NewEvent(id, review.Comment{Text: text, Anchor: anchor}))
}

// Assign gives document id to reviewer name (the head of section only).
func (e *Env) Assign(id uint64, name string, asJSON bool) error {
	assign := func(by string) review.Event { return review.NewEvent(id, review.Assigned{To: name, By: by}) }
	if !asJSON {
		return e.report(e.do(assign))
	}
	done, d, err := e.do(assign)
	if err != nil {
		return e.Fail(err)
	}
	return json.NewEncoder(e.Stdout).Encode(struct {
		Seq      uint64       `json:"seq"`
		Doc      uint64       `json:"doc"`
		Title    string       `json:"title"`
		Stage    review.Stage `json:"stage"`
		Assignee string       `json:"assignee"`
		By       string       `json:"by"`
	}{done.Seq, d.ID, d.Meta.Title, d.Stage, d.Assignee, done.Actor})
}

// do stores the action build makes for the store's actor, after the
// user's role allows it (review.RoleOf: the store's authenticated role,
// else settings "role").
func (e *Env) do(build func(actor string) review.Event) (review.Event, review.Document, error) {
	set, err := e.Settings()
	if err != nil {
		return review.Event{}, review.Document{}, err
	}
	st, err := e.Open()
	if err != nil {
		return review.Event{}, review.Document{}, err
	}
	defer st.Close()
	ev := build(st.Actor())
	if err := review.RoleOf(st.Identity().Role, set.Role).May(ev.Type); err != nil {
		return review.Event{}, review.Document{}, err
	}
	return st.Do(ev)
}

// doAll stores actions of one kind together (each its own event), after
// the user's role allows that kind.
func (e *Env) doAll(evs []review.Event) ([]storage.Outcome, error) {
	set, err := e.Settings()
	if err != nil {
		return nil, err
	}
	st, err := e.Open()
	if err != nil {
		return nil, err
	}
	defer st.Close()
	for _, ev := range evs {
		if err := review.RoleOf(st.Identity().Role, set.Role).May(ev.Type); err != nil {
			return nil, err
		}
	}
	return st.DoAll(evs)
}

func (e *Env) act(ev review.Event) error {
	return e.report(e.do(func(string) review.Event { return ev }))
}

// report prints what one action recorded, or why not.
func (e *Env) report(done review.Event, d review.Document, err error) error {
	var same *review.UnchangedError
	if errors.As(err, &same) {
		// Not a failure: the document already is what was asked.
		fmt.Fprintln(e.Stdout, review.Message(err, e.Lang))
		return nil
	}
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("已记录 #%d %s：%s（%s）\n", "recorded #%d %s: %s (%s)\n"),
		done.Seq, done.Type.Label().In(e.Lang), d.Meta.Title, d.Stage.Label().In(e.Lang))
	return nil
}

// Undo takes back the latest action (on document id, or the last document
// acted on when id is 0) by appending a compensating event.
func (e *Env) Undo(id uint64, redo bool) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	do := st.Undo
	if redo {
		do = st.Redo
	}
	ev, d, err := do(id)
	if err != nil {
		return e.Fail(err)
	}
	p, _ := ev.Decode()
	var target uint64
	var typ review.EventType
	switch p := p.(type) {
	case *review.Undo:
		target, typ = p.Target, p.Type
	case *review.Redo:
		target, typ = p.Target, p.Type
	}
	fmt.Fprintf(e.Stdout, e.T("已%s #%d（%s）：%s\n", "%s #%d (%s): %s\n"),
		ev.Type.Label().In(e.Lang), target, typ.Label().In(e.Lang), d.Meta.Title)
	return nil
}

// DecideCmd is `decide ID OUTCOME [--note TEXT]`.
func DecideCmd(env *Env) *cobra.Command {
	var note string
	c := &cobra.Command{
		Use: "decide ID OUTCOME [--note TEXT]",
		Short: env.T("作出决定：pass 通过、pass_amended 修改后通过、return 退回修改、reject 不予通过",
			"Record the decision: pass, pass_amended (pass after amendment), return (return for amendment), reject (not approved)"),
		Args: env.exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Decide(id, args[1], note)
		},
	}
	c.Flags().StringVar(&note, "note", "", env.T("审查意见", "review opinion"))
	return c
}

// CommentCmd is `comment ID TEXT [--clause C]`.
func CommentCmd(env *Env) *cobra.Command {
	var anchor string
	c := &cobra.Command{
		Use:   "comment ID TEXT",
		Short: env.T("为文件添加批注", "Add a comment to a document"),
		Args:  env.exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Comment(id, args[1], anchor)
		},
	}
	c.Flags().StringVar(&anchor, "clause", "", env.T("批注所针对的条款，如“第五条”", "the clause the comment is about, e.g. Article 5 (第五条)"))
	return c
}

// AssignCmd is `assign ID NAME [--json]`.
func AssignCmd(env *Env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "assign ID NAME",
		Short: env.T("将文件分配给审查人员（仅科长）", "Assign a document to a reviewer (head of section only)"),
		Args:  env.exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			return env.Assign(id, args[1], asJSON)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, env.T("以 JSON 输出结果", "print the result as JSON"))
	return c
}

// UndoCmd is `undo [--doc ID] [--redo]`.
func UndoCmd(env *Env) *cobra.Command {
	var doc uint64
	var redo bool
	c := &cobra.Command{
		Use: "undo [--doc ID] [--redo]",
		Short: env.T("撤销最近一次操作（追加补偿事件，不删除记录）",
			"Undo the last action (appends a compensating event; nothing is deleted)"),
		Args: env.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return env.Undo(doc, redo) },
	}
	c.Flags().Uint64Var(&doc, "doc", 0, env.T("撤销该文件上的最近一次操作（默认最近操作过的文件）",
		"undo the last action on this document (default: the document acted on most recently)"))
	c.Flags().BoolVar(&redo, "redo", false, env.T("重做最近撤销的操作", "redo the most recently undone action"))
	return c
}
