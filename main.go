// Command beishen is a terminal application for reviewing administrative
// normative documents (行政规范性文件). This file holds the command line:
// subcommands, flags and wiring; the work lives in review/, storage/ and ui/.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/ui/cli"
)

func main() {
	if err := rootCmd().Execute(); err != nil {
		os.Exit(1)
	}
}

type globals struct {
	db   string
	lang string
}

func (g *globals) Lang() review.Lang { return review.ParseLang(g.lang) }

func rootCmd() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:           "beishen",
		Short:         "备审：行政规范性文件审查工作台",
		SilenceUsage:  true,
		SilenceErrors: false,
	}
	root.PersistentFlags().StringVar(&g.db, "db", "", "数据库文件 (默认 $BEISHEN_DB 或用户数据目录)")
	root.PersistentFlags().StringVar(&g.lang, "lang", "zh", "界面语言 zh|en")
	root.AddCommand(checkCmd(g))
	return root
}

func checkCmd(g *globals) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "check [--json] FILE…",
		Short: "对文件运行自动审查，不入库",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cli.Check(cmd.OutOrStdout(), cmd.ErrOrStderr(), args, asJSON, g.Lang())
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "每个文件输出一行 JSON")
	return c
}

var _ = fmt.Sprint
