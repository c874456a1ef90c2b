package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/stats"
	"beishen/ui/jobs"
)

// Stats prints the year's figures as an annual-report paragraph with
// tables (md) or as JSON.
func (e *Env) Stats(year int, format string) error {
	if format != "md" && format != "json" {
		return e.Fail(review.Text{ZH: "--format 应为 md 或 json", EN: "--format must be md or json"})
	}
	set, err := e.Settings()
	if err != nil {
		return e.Fail(err)
	}
	st, err := e.OpenRead()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	r, err := jobs.YearReport(st, year, set, false)
	if err != nil {
		return e.Fail(err)
	}
	if format == "json" {
		return stats.WriteJSON(e.Stdout, r)
	}
	_, err = fmt.Fprint(e.Stdout, stats.Markdown(r, e.Lang))
	return err
}

// StatsCmd is `beishen stats --year YYYY [--format md|json]`.
func StatsCmd(e *Env) *cobra.Command {
	var year int
	var format string
	c := &cobra.Command{
		Use: "stats --year YYYY [--format md|json]",
		Short: e.T("年度统计：收文、审查决定与纠错率、报送备案与及时率、公平竞争审查、清理",
			"Annual statistics: documents received, review decisions and correction rate, filing submissions and timeliness, fair-competition review, cleanup"),
		Args: e.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if year == 0 {
				year = today(e.Now).Year()
			}
			return e.Stats(year, format)
		},
	}
	c.Flags().IntVar(&year, "year", 0, e.T("统计年度（默认今年）", "year to report on (default: this year)"))
	c.Flags().StringVar(&format, "format", "md", e.T("md 年度报告段落和表格 | json", "md: annual-report paragraphs and tables | json"))
	return c
}
