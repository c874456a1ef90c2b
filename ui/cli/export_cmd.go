package cli

import (
	"os"
	"strings"

	"beishen/review/export"

	"github.com/spf13/cobra"
)

// ExportCmd is `export log`, `export opinion` and `export paper`.
func ExportCmd(e *Env) *cobra.Command {
	c := &cobra.Command{Use: "export", Short: e.T("导出审查日志（xlsx/csv/jsonl/md）或意见书（docx/md）；每次导出都记入审查日志",
		"Export the review log (xlsx/csv/jsonl/md) or an opinion letter (docx/md); every export is recorded in the review log")}
	var o LogExportOptions
	log := &cobra.Command{
		Use: "log [--format xlsx|csv|jsonl|md] [--from D] [--to D] [--doc ID] [--stage S] [--actor NAME] [--type T] [-o FILE]",
		Short: e.T("导出审查日志（默认 xlsx，文件名如 审查日志-20261127.xlsx）",
			"Export the review log (xlsx by default, file named like 审查日志-20261127.xlsx)"),
		Args: e.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return e.ExportLog(o) },
	}
	log.Flags().StringVar(&o.Format, "format", "xlsx", e.T("xlsx 表格、csv（带 BOM，Excel 可直接打开）、jsonl（每行一个事件及其哈希，可 import-log）、md 可读日志",
		"xlsx spreadsheet, csv (with BOM, opens directly in Excel), jsonl (one event with its hash per line, for import-log), md readable log"))
	log.Flags().StringVar(&o.From, "from", "", e.T("起始日期 YYYY-MM-DD（含）", "first day YYYY-MM-DD (inclusive)"))
	log.Flags().StringVar(&o.To, "to", "", e.T("截止日期 YYYY-MM-DD（含）", "last day YYYY-MM-DD (inclusive)"))
	log.Flags().Uint64Var(&o.Doc, "doc", 0, e.T("只导出该文件的事件", "only the events of this document"))
	log.Flags().StringVar(&o.Stage, "stage", "", e.T("只导出在该阶段作出的操作：intake、legality、fair_competition、decision…",
		"only the actions taken in this stage: intake, legality, fair_competition, decision…"))
	log.Flags().StringVar(&o.Actor, "actor", "", e.T("只导出该审查人的操作", "only the actions of this reviewer"))
	log.Flags().StringSliceVar(&o.Types, "type", nil, e.T("只导出这些事件类型（可重复或逗号分隔）：decision、comment、finding_confirmed…",
		"only these event types (repeat the flag or separate with commas): decision, comment, finding_confirmed…"))
	log.Flags().StringVarP(&o.File, "output", "o", "", e.T("输出文件（默认当前目录下 审查日志-YYYYMMDD.格式）",
		"output file (default: 审查日志-YYYYMMDD.<format> in the current directory)"))
	log.Flags().BoolVar(&o.WithTexts, "with-texts", false, e.T("jsonl：在事件之后附上各版本正文，用于整体移交给另一台电脑（import-log）",
		"jsonl: append the text of every version after the events, to hand everything over to another computer (import-log)"))
	log.Flags().BoolVar(&o.Force, "force", false, forceHelp(e))

	var file string
	var fair, force, precedents bool
	opinion := &cobra.Command{
		Use: "opinion ID [-o FILE.docx|.md] [--fcr] [--precedents]",
		Short: e.T("写出文件当前审查的合法性审核意见书（--fcr：公平竞争审查结论）",
			"Write the legality review opinion (合法性审核意见书) for the document's current review (--fcr: the fair-competition review conclusion)"),
		Args: e.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := e.idArg(args[0])
			if err != nil {
				return err
			}
			kind := export.PaperOpinion
			if fair {
				kind = export.PaperFair
			}
			return e.ExportPaper(id, PaperOptions{Kind: string(kind), File: file, Force: force, Precedents: precedents})
		},
	}
	opinion.Flags().StringVarP(&file, "output", "o", "", e.T("输出文件 .docx 或 .md（默认 合法性审核意见书-ID-日期.docx）",
		"output file .docx or .md (default: 合法性审核意见书-ID-date.docx)"))
	opinion.Flags().BoolVar(&fair, "fcr", false, e.T("写公平竞争审查结论，而不是合法性审核意见书",
		"write the fair-competition review conclusion (公平竞争审查结论) instead of the legality review opinion"))
	var po PaperOptions
	var kinds []string
	for _, k := range export.PaperKinds {
		kinds = append(kinds, string(k)+" "+k.Title())
	}
	paper := &cobra.Command{
		Use: "paper ID KIND [-o FILE.docx|.md] [--due DATE] [--reason TEXT] [--ref REF] [--date DATE]",
		Short: e.T("写出发给制定机关或起草单位的文书（"+strings.Join(kinds, "、")+"），带编号、主送和落款，记入审查日志",
			"Write a paper the office sends ("+strings.Join(kinds, ", ")+") with its number, addressee and sign-off, recorded in the review log"),
		Args: e.exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := e.idArg(args[0])
			if err != nil {
				return err
			}
			po.Kind = args[1]
			return e.ExportPaper(id, po)
		},
	}
	paper.Flags().StringVarP(&po.File, "output", "o", "", e.T("输出文件 .docx 或 .md（默认 文书名-ID-日期.docx）",
		"output file .docx or .md (default: <paper>-ID-date.docx)"))
	paper.Flags().StringVar(&po.Due, "due", "", e.T("答复或补正期限 YYYY-MM-DD（默认：文书日期加设置中的期限）",
		"the date to answer or supplement by, YYYY-MM-DD (default: the paper's date plus the period in the settings)"))
	paper.Flags().StringVar(&po.Reason, "reason", "", e.T("暂缓登记须补正的材料、审查终止的理由等，可多行",
		"what to supplement after deferred registration, why the review ends, …; may span lines"))
	paper.Flags().StringVar(&po.Reference, "ref", "", e.T("登记编号等文号", "the registration number or other reference"))
	paper.Flags().StringVar(&po.Date, "date", "", e.T("文书日期 YYYY-MM-DD（默认：记录的结论日期，或今天）",
		"the paper's date, YYYY-MM-DD (default: the recorded outcome's date, or today)"))
	paper.Flags().BoolVar(&po.Force, "force", false, forceHelp(e))
	opinion.Flags().BoolVar(&force, "force", false, forceHelp(e))
	opinion.Flags().BoolVar(&precedents, "precedents", false, e.T("每条问题后附上最相近的已纠正案例",
		"cite, after each finding, the nearest published case"))
	paper.Flags().BoolVar(&po.Precedents, "precedents", false, e.T("每条问题后附上最相近的已纠正案例",
		"cite, after each finding, the nearest published case"))
	c.AddCommand(log, opinion, paper)
	return c
}

// forceHelp is the help of every --force that lets a command replace an
// existing file; without it nothing is ever overwritten.
func forceHelp(e *Env) string {
	return e.T("替换已存在的输出文件（不加时绝不覆盖）", "replace an existing output file (without it nothing is overwritten)")
}

// RestoreCmd is `restore BACKUP [--yes]`.
func RestoreCmd(e *Env) *cobra.Command {
	var yes bool
	c := &cobra.Command{
		Use: "restore BACKUP [--yes]",
		Short: e.T("校验备份后用它替换当前数据库（先把当前数据库备份到 backups/，可撤回）",
			"Verify a backup, then replace the current database with it (the current database is first backed up to backups/, so this can be reverted)"),
		Args: e.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return e.Restore(args[0], yes, os.Stdin) },
	}
	c.Flags().BoolVar(&yes, "yes", false, e.T("不询问，直接恢复", "restore without asking"))
	return c
}

// ImportLogCmd is `import-log FILE.jsonl`.
func ImportLogCmd(e *Env) *cobra.Command {
	return &cobra.Command{
		Use: "import-log FILE.jsonl",
		Short: e.T("导入另一台电脑导出的 jsonl 审查日志（空数据库，或日志为该文件前段的数据库）",
			"Import a jsonl review log exported on another computer (into an empty database, or one whose log is the beginning of that file)"),
		Args: e.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return e.ImportLog(args[0]) },
	}
}

// VerifyCmd is `verify [--export FILE]`: the log and database, or whether a
// file is exactly an export the log recorded.
func VerifyCmd(e *Env) *cobra.Command {
	var file string
	c := &cobra.Command{
		Use: "verify [--export FILE]",
		Short: e.T("校验审查日志哈希链和数据库结构；--export 校验导出文件是否未被改动",
			"Verify the review log's hash chain and the database structure; --export checks that an exported file is unaltered"),
		Args: e.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if file != "" {
				return e.VerifyExport(file)
			}
			return e.Verify()
		},
	}
	c.Flags().StringVar(&file, "export", "", e.T("导出的文件：检查它是否与审查日志记录的某次导出完全一致",
		"an exported file: check that it is exactly an export recorded in the review log"))
	return c
}
