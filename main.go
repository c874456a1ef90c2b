// Command beishen is a terminal application in which legal reviewers take
// administrative normative documents (行政规范性文件) through filing,
// legality review, fair-competition review, decision and cleanup, with
// every action in a tamper-evident log. This file holds the command line:
// subcommands, flags and wiring; the work lives in review/, storage/, ui/.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/intake"
	"beishen/review/safe"
	"beishen/ui/cli"
)

func main() {
	// The help texts are built with the commands, so the language is read
	// before cobra parses the flags.
	env := &cli.Env{Stdout: safe.NewWriter(os.Stdout), Stderr: safe.NewWriter(os.Stderr), Lang: cli.LangOf(os.Args[1:], os.Getenv)}
	os.Exit(execute(env, rootCmd(env)))
}

// execute runs the command line built by rootCmd and returns the exit
// status, printing (through the sanitised stderr) the failure a command did
// not print itself.
func execute(env *cli.Env, root *cobra.Command) int {
	if err := root.Execute(); err != nil {
		if !errors.Is(err, cli.ErrReported) {
			fmt.Fprintln(env.Stderr, review.Message(err, env.Lang))
		}
		return 1
	}
	return 0
}

// rootCmd builds the command tree in env.Lang, which must already be set.
func rootCmd(env *cli.Env) *cobra.Command {
	var lang string
	root := &cobra.Command{
		Use: "beishen",
		Short: env.T("备审：行政规范性文件审查工作台（登记 → 合法性审查 → 公平竞争审查 → 决定 → 清理）",
			"beishen (备审): review workbench for administrative normative documents (intake → legality review → fair-competition review → decision → cleanup)"),
		Args:          env.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			if cmd.Flags().Changed("lang") {
				env.Lang = review.ParseLang(lang)
			}
			// Every line the command line prints passes the one output
			// sanitiser: a hostile file name, title or comment cannot
			// drive the terminal (issue 14).
			env.Stdout, env.Stderr = safe.NewWriter(cmd.OutOrStdout()), safe.NewWriter(cmd.ErrOrStderr())
			// PDFium compiles its WebAssembly on first use (seconds);
			// the user's cache directory keeps that for later runs.
			if dir, err := os.UserCacheDir(); err == nil {
				intake.PDFCacheDir = filepath.Join(dir, "beishen", "pdfium")
			}
		},
		RunE: func(cmd *cobra.Command, args []string) error { return env.Queue() },
	}
	root.PersistentFlags().StringVar(&env.DB, "db", "", env.T("数据库文件（默认 $BEISHEN_DB，否则用户数据目录下 beishen/beishen.db）",
		"database file (default: $BEISHEN_DB, otherwise beishen/beishen.db in the user data directory)"))
	root.PersistentFlags().StringVar(&env.Store, "store", os.Getenv("BEISHEN_STORE"), env.T("科室共享库 etcd://主机:2379,主机:2379（默认设置中的 store，否则用本地数据库文件）",
		"the office's shared store etcd://host:2379,host:2379 (default: the settings' store, otherwise the local database file)"))
	root.PersistentFlags().StringVar(&lang, "lang", "zh", env.T("界面语言：zh 中文，en English（也可设 BEISHEN_LANG）",
		"interface language: zh Chinese, en English (or set BEISHEN_LANG)"))
	root.PersistentFlags().BoolVar(&env.ASCII, "ascii", os.Getenv("BEISHEN_ASCII") != "", env.T("用 ASCII 字符画边框（终端把 ─│… 显示为双宽时使用）",
		"draw borders with ASCII characters (for terminals that show ─│… double-width)"))
	root.AddCommand(cli.DemoCmd(env), cli.TeamDemoCmd(env), cli.CheckOutCmd(env), cli.CheckInCmd(env), cli.ImportCmd(env), cli.ListCmd(env), cli.ShowCmd(env), cli.CheckCmd(env),
		cli.DecideCmd(env), cli.CommentCmd(env), cli.AssignCmd(env), cli.UndoCmd(env), cli.VerifyCmd(env), cli.BackupCmd(env))
	root.AddCommand(cli.ExportCmd(env), cli.RestoreCmd(env), cli.ImportLogCmd(env))
	root.AddCommand(cli.FilingCmd(env), cli.TickCmd(env), cli.ExpiringCmd(env),
		cli.CleanupCmd(env), cli.StatsCmd(env))
	root.AddCommand(cli.ReturnCmd(env), cli.FindingsCmd(env), cli.FindingCmd(env), cli.ChecklistCmd(env),
		cli.AdvanceCmd(env), cli.DeliberateCmd(env), cli.PublishCmd(env), cli.MaterialsCmd(env),
		cli.RegisterCmd(env), cli.ConcludeCmd(env), cli.LawsCmd(env), cli.MetaCmd(env), cli.CompactCmd(env))
	env.Localize(root)
	return root
}
