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
	root.AddCommand(cli.DemoCmd(env), cli.ImportCmd(env), cli.ListCmd(env), cli.ShowCmd(env), cli.CheckCmd(env),
		cli.DecideCmd(env), cli.CommentCmd(env), cli.UndoCmd(env), cli.VerifyCmd(env), cli.BackupCmd(env))
	root.AddCommand(cli.ExportCmd(env), cli.RestoreCmd(env), cli.ImportLogCmd(env))
	root.AddCommand(cli.FilingCmd(env), cli.TickCmd(env), cli.ExpiringCmd(env),
		cli.CleanupCmd(env), cli.StatsCmd(env))
	return root
}
