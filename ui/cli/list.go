package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/review/search"
	"beishen/storage"
	"beishen/ui/jobs"
)

// ListOptions are the filters of `beishen list`.
type ListOptions struct {
	Stage   string
	Overdue bool
	Query   string
	JSON    bool
}

// listRow is one line of `list --json`: the queue row plus its deadline.
type listRow struct {
	review.Summary
	Due     review.Date `json:"due"`
	Overdue bool        `json:"overdue"`
	// DueProvisional: Due rests on the provisional holiday calendar (暂定).
	DueProvisional bool `json:"due_provisional,omitempty"`
	// Match is "text" for a row --query found only in the document's
	// current text: the second tier, listed after the rows it matched by
	// title, 文号, issuer or drafting unit.
	Match string `json:"match,omitempty"`
	// Clause and Excerpt say where the text holds the query (tier 2).
	Clause  string `json:"clause,omitempty"`
	Excerpt string `json:"excerpt,omitempty"`
}

// List prints the queue.
func (e *Env) List(opt ListOptions) error {
	var stage review.Stage
	if opt.Stage != "" {
		s, ok := review.ParseStage(opt.Stage)
		if !ok {
			return e.Fail(review.Text{ZH: "未知的阶段：" + opt.Stage + "（可用：" + stageNames(review.ZH) + "）",
				EN: "unknown stage: " + opt.Stage + " (one of: " + stageNames(review.EN) + ")"})
		}
		stage = s
	}
	st, err := e.OpenRead()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	clocks, err := e.clocks()
	if err != nil {
		return e.Fail(err)
	}
	var tier map[uint64]int
	var where map[uint64]jobs.TextHit
	if opt.Query != "" {
		if tier, where, err = queryTiers(st, opt.Query); err != nil {
			return e.Fail(err)
		}
	}
	// Rows stream from the store in ID order, one at a time: --json writes
	// each as it is read, the table only keeps what it prints; rows found
	// only in the full text follow.
	bw := bufio.NewWriterSize(e.Stdout, 64<<10)
	enc := json.NewEncoder(bw)
	var table, second []listRow
	err = st.EachSummary(func(r review.Summary) error {
		if stage != "" && r.Stage != stage {
			return nil
		}
		if opt.Query != "" && tier[r.ID] == 0 {
			return nil
		}
		due := clocks.due(r)
		if opt.Overdue && !due.Overdue {
			return nil
		}
		row := listRow{Summary: r, Due: due.Date, Overdue: due.Overdue, DueProvisional: due.Tentative}
		if tier[r.ID] == 2 {
			row.Match = "text"
			row.Clause, row.Excerpt = where[r.ID].Clause, where[r.ID].Excerpt
			second = append(second, row)
			return nil
		}
		if opt.JSON {
			return enc.Encode(row)
		}
		table = append(table, row)
		return nil
	})
	for _, row := range second {
		if err != nil {
			break
		}
		if opt.JSON {
			err = enc.Encode(row)
			continue
		}
		// Before the title, as on screen: a long title is cut at the end.
		row.Title = e.T("「正文」", "[text] ") + row.Title
		table = append(table, row)
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return e.Fail(err)
	}
	if !opt.JSON {
		e.printTable(table)
	}
	return nil
}

func (e *Env) printTable(rows []listRow) {
	head := []string{"ID", e.T("阶段", "Stage"), e.T("文号", "Number"), e.T("标题", "Title"), e.T("期限", "Due"), e.T("发现", "Findings")}
	widths := []int{4, 12, 20, 44, 17, 8}
	line := func(cells []string) {
		var b strings.Builder
		for i, c := range cells {
			c = ansi.Truncate(c, widths[i], "…")
			b.WriteString(c)
			if i < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2))
			}
		}
		fmt.Fprintln(e.Stdout, strings.TrimRight(b.String(), " "))
	}
	line(head)
	tentative := false
	for _, r := range rows {
		due := r.Due.String()
		if r.Overdue {
			due += "!"
		}
		if r.DueProvisional {
			due += " " + deadline.TentativeShort.In(e.Lang)
			tentative = true
		}
		line([]string{fmt.Sprint(r.ID), r.Stage.ShortLabelOn(r.Effective, today(e.Now)).In(e.Lang), r.DocNumber, r.Title, due, findingCounts(r.Summary)})
	}
	fmt.Fprintln(e.Stdout, e.T(fmt.Sprintf("共 %d 件", len(rows)), review.Plural(len(rows), "document")))
	if tentative {
		fmt.Fprintln(e.Stdout, deadline.TentativeNote.In(e.Lang))
	}
}

func findingCounts(r review.Summary) string {
	if r.High+r.Medium+r.Low == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d/%d", r.High, r.Medium, r.Low)
}

// queryTiers finds the documents q matches the way / does on screen (the
// same index over title, 文号, issuer and drafting unit, pinyin initials
// included): tier 1; and, through the screen's second tier, those whose
// current text holds q: tier 2, with where.
func queryTiers(st *storage.Store, q string) (map[uint64]int, map[uint64]jobs.TextHit, error) {
	docs, err := st.SearchDocs()
	if err != nil {
		return nil, nil, err
	}
	ts := jobs.NewTextSearch(search.New(docs), len(docs), q)
	tier := make(map[uint64]int, len(ts.Titles))
	for id := range ts.Titles {
		tier[id] = 1
	}
	hits, err := ts.All(context.Background(), st)
	if err != nil {
		return nil, nil, err
	}
	where := make(map[uint64]jobs.TextHit, len(hits))
	for _, h := range hits {
		tier[h.ID] = 2
		where[h.ID] = h
	}
	return tier, where, nil
}

func stageNames(lang review.Lang) string {
	var n []string
	for _, s := range review.Stages {
		n = append(n, string(s)+"="+s.Label().In(lang))
	}
	return strings.Join(n, ", ")
}

// ListCmd is `list [--stage S] [--overdue] [--query Q] [--json]`.
func ListCmd(env *Env) *cobra.Command {
	var opt ListOptions
	c := &cobra.Command{
		Use:   "list [--stage S] [--overdue] [--query Q] [--json]",
		Short: env.T("列出审查队列", "List the review queue"),
		Args:  env.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return env.List(opt) },
	}
	c.Flags().StringVar(&opt.Stage, "stage", "", env.T("只列出该阶段：intake 登记、legality 合法性审查、fair_competition 公平竞争审查、decision 待决定…",
		"only this stage: intake, legality (legality review), fair_competition (fair-competition review), decision (awaiting decision)…"))
	c.Flags().BoolVar(&opt.Overdue, "overdue", false, env.T("只列出已超期的", "only overdue documents"))
	c.Flags().StringVar(&opt.Query, "query", "", env.T("标题、文号、制定机关或起草单位包含的文字",
		"text contained in the title, document number, issuing authority or drafting unit"))
	c.Flags().BoolVar(&opt.JSON, "json", false, env.T("每行一个 JSON 对象", "one JSON object per line"))
	return c
}
