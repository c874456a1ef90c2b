// Command beishen is a terminal application in which legal reviewers take
// administrative normative documents (行政规范性文件) through filing,
// legality review, fair-competition review, decision and cleanup, with
// every action in a tamper-evident log. This file holds the command line:
// subcommands, flags and wiring; the work lives in review/, storage/, ui/.
package main

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/intake"
	"beishen/ui/cli"
)

func main() {
	env := &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}
	root := rootCmd(env)
	if err := root.Execute(); err != nil {
		if !errors.Is(err, cli.ErrReported) {
			root.PrintErrln(review.Message(err, env.Lang))
		}
		os.Exit(1)
	}
}

func rootCmd(env *cli.Env) *cobra.Command {
	var lang string
	root := &cobra.Command{
		Use:           "beishen",
		Short:         "备审：行政规范性文件审查工作台（登记 → 合法性审查 → 公平竞争审查 → 决定 → 清理）",
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			env.Lang = review.ParseLang(lang)
			env.Stdout, env.Stderr = cmd.OutOrStdout(), cmd.ErrOrStderr()
			// PDFium compiles its WebAssembly on first use (seconds);
			// the user's cache directory keeps that for later runs.
			if dir, err := os.UserCacheDir(); err == nil {
				intake.PDFCacheDir = filepath.Join(dir, "beishen", "pdfium")
			}
		},
		RunE: func(cmd *cobra.Command, args []string) error { return env.Queue() },
	}
	root.PersistentFlags().StringVar(&env.DB, "db", "", "数据库文件（默认 $BEISHEN_DB，否则用户数据目录下 beishen/beishen.db）")
	root.PersistentFlags().StringVar(&lang, "lang", "zh", "界面语言：zh 中文，en English")
	root.PersistentFlags().BoolVar(&env.ASCII, "ascii", os.Getenv("BEISHEN_ASCII") != "", "用 ASCII 字符画边框（终端把 ─│… 显示为双宽时使用）")
	root.AddCommand(demoCmd(env), importCmd(env), listCmd(env), showCmd(env), checkCmd(env),
		decideCmd(env), commentCmd(env), undoCmd(env), cli.VerifyCmd(env), backupCmd(env))
	root.AddCommand(cli.ExportCmd(env), cli.RestoreCmd(env), cli.ImportLogCmd(env))
	root.AddCommand(cli.FilingCmd(env), cli.TickCmd(env), cli.LapseCmd(env), cli.ExpiringCmd(env),
		cli.CleanupCmd(env), cli.StatsCmd(env))
	return root
}

func demoCmd(env *cli.Env) *cobra.Command {
	var noUI bool
	c := &cobra.Command{
		Use:   "demo",
		Short: "在全新的临时数据库中载入示例文件并打开审查队列（--db 指定则载入该文件）",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return env.Demo(noUI) },
	}
	c.Flags().BoolVar(&noUI, "no-ui", false, "只载入示例数据并打印队列，不打开界面")
	return c
}

func importCmd(env *cli.Env) *cobra.Command {
	var kind, note string
	var versionOf uint64
	c := &cobra.Command{
		Use:   "import [--kind draft|filed] PATH… | import --version-of ID FILE",
		Short: "导入 .txt/.md/.docx/.pdf 文件或文件夹（递归）；--version-of 把重新报送的文本作为已有文件的新版本",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if versionOf != 0 {
				if len(args) != 1 {
					return env.Fail(review.Text{ZH: "--version-of 只接受一个文件", EN: "--version-of takes exactly one file"})
				}
				return env.AddVersion(versionOf, args[0], note)
			}
			var k review.Kind
			if kind != "" {
				var ok bool
				if k, ok = review.ParseKind(kind); !ok {
					return env.Fail(review.Text{ZH: "--kind 应为 draft（送审稿）或 filed（备案件）", EN: "--kind must be draft or filed"})
				}
			}
			return env.Import(args, k)
		},
	}
	c.Flags().StringVar(&kind, "kind", "", "draft 送审稿 | filed 备案件（默认按文号和标题判断）")
	c.Flags().Uint64Var(&versionOf, "version-of", 0, "作为该编号文件的新版本导入（退回修改后重新报送）")
	c.Flags().StringVar(&note, "note", "", "新版本的说明")
	return c
}

func listCmd(env *cli.Env) *cobra.Command {
	var opt cli.ListOptions
	c := &cobra.Command{
		Use:   "list [--stage S] [--overdue] [--query Q] [--json]",
		Short: "列出审查队列",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return env.List(opt) },
	}
	c.Flags().StringVar(&opt.Stage, "stage", "", "只列出该阶段：intake 登记、legality 合法性审查、fair_competition 公平竞争审查、decision 待决定…")
	c.Flags().BoolVar(&opt.Overdue, "overdue", false, "只列出已超期的")
	c.Flags().StringVar(&opt.Query, "query", "", "标题、文号、制定机关或起草单位包含的文字")
	c.Flags().BoolVar(&opt.JSON, "json", false, "每行一个 JSON 对象")
	return c
}

func showCmd(env *cli.Env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "show ID [--json]",
		Short: "显示一个文件的信息、材料、发现和审查日志",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := docID(env, args[0])
			if err != nil {
				return err
			}
			return env.Show(id, asJSON)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "输出 JSON")
	return c
}

func checkCmd(env *cli.Env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "check [--json] FILE…",
		Short: "对文件运行自动审查，不入库",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cli.Check(env.Stdout, env.Stderr, args, asJSON, env.Lang)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "每个文件输出一行 JSON")
	return c
}

func decideCmd(env *cli.Env) *cobra.Command {
	var note string
	c := &cobra.Command{
		Use:   "decide ID OUTCOME [--note TEXT]",
		Short: "作出决定：pass 通过、pass_amended 修改后通过、return 退回修改、reject 不予通过",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := docID(env, args[0])
			if err != nil {
				return err
			}
			return env.Decide(id, args[1], note)
		},
	}
	c.Flags().StringVar(&note, "note", "", "审查意见")
	return c
}

func commentCmd(env *cli.Env) *cobra.Command {
	var anchor string
	c := &cobra.Command{
		Use:   "comment ID TEXT",
		Short: "为文件添加批注",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := docID(env, args[0])
			if err != nil {
				return err
			}
			return env.Comment(id, args[1], anchor)
		},
	}
	c.Flags().StringVar(&anchor, "clause", "", "批注所针对的条款，如“第五条”")
	return c
}

func undoCmd(env *cli.Env) *cobra.Command {
	var doc uint64
	var redo bool
	c := &cobra.Command{
		Use:   "undo [--doc ID] [--redo]",
		Short: "撤销最近一次操作（追加补偿事件，不删除记录）",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return env.Undo(doc, redo) },
	}
	c.Flags().Uint64Var(&doc, "doc", 0, "撤销该文件上的最近一次操作（默认最近操作过的文件）")
	c.Flags().BoolVar(&redo, "redo", false, "重做最近撤销的操作")
	return c
}

func backupCmd(env *cli.Env) *cobra.Command {
	return &cobra.Command{
		Use:   "backup DEST",
		Short: "在不关闭数据库的情况下写出一致的备份副本",
		Args:  cobra.ExactArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return env.Backup(args[0]) },
	}
}

func docID(env *cli.Env, s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil || id == 0 {
		return 0, env.Fail(review.Text{ZH: "文件编号应为正整数：" + s, EN: "a document ID is a positive number: " + s})
	}
	return id, nil
}
