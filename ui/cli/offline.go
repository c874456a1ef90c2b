package cli

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/export"
	"beishen/storage"
)

// CheckOut copies the office's log into a local file to work on away from
// the network.
func (e *Env) CheckOut(dest string, ids []uint64) error {
	st, err := e.OpenRead()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	co, err := st.CheckOut(dest, ids)
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("已带出到 %s（截至第 %d 个事件）。离线时用 --db %s 工作，回来后在科室共享库上运行：beishen checkin %s\n",
		"taken out to %s (up to event %d). Work on it with --db %s; back at the office run: beishen checkin %s\n"),
		dest, co.Seq, dest, dest)
	return nil
}

// CheckIn brings a laptop's work back: what nobody changed meanwhile is
// recorded, what conflicts is listed and written beside the laptop file.
func (e *Env) CheckIn(path string) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	res, err := st.CheckIn(path)
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("已带回 %d 项操作（%d 个文件）。\n", "brought back %d actions (%d documents).\n"), res.Applied, len(res.Docs))
	if len(res.Conflict) == 0 {
		return nil
	}
	out := path + ".conflicts.jsonl"
	f, err := os.OpenFile(out, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return e.Fail(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	fmt.Fprintf(e.Stdout, e.T("%d 项操作未带回（离线期间他人已操作或流程不允许），列在下面并保存到 %s；离线数据库保持不变：\n",
		"%d actions were not brought back (someone acted meanwhile, or the workflow refuses them); listed below and saved to %s; the laptop file is unchanged:\n"),
		len(res.Conflict), out)
	for _, c := range res.Conflict {
		fmt.Fprintf(e.Stdout, e.T("  #%d %s %s（文件 #%d）：%s\n", "  #%d %s %s (document #%d): %s\n"),
			c.Event.Seq, c.Event.Actor, conflictAction(st, c.Event, e.Lang), c.Event.Doc, c.Reason.Message(e.Lang))
		if err := enc.Encode(struct {
			Event  review.Event `json:"event"`
			Reason string       `json:"reason"`
		}{c.Event, c.Reason.Message(e.Lang)}); err != nil {
			return e.Fail(err)
		}
	}
	return nil
}

// CheckOutCmd is `checkout --to FILE [ID…]`.
func CheckOutCmd(env *Env) *cobra.Command {
	var to string
	c := &cobra.Command{
		Use: "checkout --to FILE [ID…]",
		Short: env.T("把科室的审查日志带出到本地数据库文件，离线工作（ID 为打算处理的文件）",
			"Take the office's review log out to a local database file to work offline (IDs: the documents to work on)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if to == "" {
				return env.Fail(review.Text{ZH: "请用 --to 指定离线数据库文件", EN: "name the laptop database file with --to"})
			}
			var ids []uint64
			for _, a := range args {
				id, err := env.idArg(a)
				if err != nil {
					return err
				}
				ids = append(ids, id)
			}
			return env.CheckOut(to, ids)
		},
	}
	c.Flags().StringVar(&to, "to", "", env.T("离线数据库文件（不得已存在）", "the laptop database file (must not exist)"))
	return c
}

// CheckInCmd is `checkin FILE`.
func CheckInCmd(env *Env) *cobra.Command {
	return &cobra.Command{
		Use: "checkin FILE",
		Short: env.T("把离线数据库中的工作带回科室共享库；冲突逐条列出，不丢失",
			"Bring the work of a laptop file back to the office's store; conflicts are listed, nothing is lost"),
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return env.CheckIn(args[0]) },
	}
}

// conflictAction says what a laptop action was: its kind and what it said,
// a finding named as the office's document has it. (Walking the laptop
// road, "张伟 L02（文件 #3）" did not say that 张伟 had confirmed a problem,
// nor which one.)
func conflictAction(st *storage.Store, ev review.Event, lang review.Lang) string {
	var ref *export.FindingRef
	if ev.Type == review.EvFindingConfirm || ev.Type == review.EvFindingDismiss {
		if p, err := ev.Decode(); err == nil {
			if d, err := st.Document(ev.Doc); err == nil {
				ref = export.RefOf(&d, p.(*review.FindingAnswered).Key)
			}
		}
	}
	sep := "："
	if lang == review.EN {
		sep = ": "
	}
	return ev.Type.Label().In(lang) + sep + export.Describe(ev, ref, lang)
}
