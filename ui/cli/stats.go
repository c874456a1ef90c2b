package cli

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/review/stats"
	"beishen/storage"
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
	r, err := yearReport(st, year, set, false)
	if err != nil {
		return e.Fail(err)
	}
	if format == "json" {
		return stats.WriteJSON(e.Stdout, r)
	}
	_, err = fmt.Fprint(e.Stdout, stats.Markdown(r, e.Lang))
	return err
}

// yearReport computes year's figures from st; fromLog reads the events
// from the log even where the store keeps its tally (the tests compare).
func yearReport(st *storage.Store, year int, set deadline.Settings, fromLog bool) (stats.Report, error) {
	// The log (or the tally) on one side; the rows and the documents'
	// facts (the tally's, or the filed states of the year) on the other.
	var rows []review.Summary
	facts := map[uint64]stats.Facts{}
	tallied := false
	rowsErr := make(chan error, 1)
	go func() {
		var err error
		if rows, err = st.Summaries(); err != nil {
			rowsErr <- err
			return
		}
		if !fromLog {
			tallied, err = st.DocFacts(func(id uint64, f stats.Facts) error { facts[id] = f; return nil })
			if err != nil || tallied {
				rowsErr <- err
				return
			}
		}
		var ids []uint64
		for _, r := range rows {
			if stats.NeedsState(r, year) {
				ids = append(ids, r.ID)
			}
		}
		rowsErr <- st.DocumentsLight(ids, func(d review.Document) error { facts[d.ID] = factsOf(d); return nil })
	}()
	evs, err := yearEvents(st, year, fromLog)
	if err2 := <-rowsErr; err == nil {
		err = err2
	}
	if err != nil {
		return stats.Report{}, err
	}
	return stats.ComputeRows(evs, rows, func(id uint64) (stats.Facts, error) {
		if f, ok := facts[id]; ok || tallied {
			return f, nil // the tally keeps every document with facts
		}
		d, err := st.DocumentLight(id)
		return factsOf(d), err
	}, year, set)
}

func factsOf(d review.Document) stats.Facts {
	return stats.Facts{FiledVia: d.Meta.FiledVia, Signed: d.Meta.Signed, Exception: d.Exception.Used()}
}

// yearEvents streams the log and keeps what stats.Compute folds for year:
// the events that can count, and the whole history of every document with
// an undo or redo, so that undo is honoured exactly as over the whole log.
// The store's tally holds them ready; a file without one (read-only, of an
// older schema) is read from the log.
func yearEvents(st *storage.Store, year int, fromLog bool) ([]review.Event, error) {
	var evs []review.Event
	undone := map[uint64]bool{}
	if !fromLog {
		ids, ok, err := st.TallyYear(year, func(ev review.Event) error { evs = append(evs, ev); return nil })
		if err != nil {
			return nil, err
		}
		if ok {
			for _, id := range ids {
				undone[id] = true
			}
			return withHistories(st, evs, undone)
		}
	}
	err := st.EachEventWhere(func(ev review.Event) bool {
		if ev.Type == review.EvUndo || ev.Type == review.EvRedo {
			undone[ev.Doc] = true
		}
		return stats.Counts(ev, year)
	}, func(ev review.Event) error {
		// The figures never read the chain's hashes: two strings an
		// event that a year of a large log would hold by the million.
		ev.Hash, ev.Prev = "", ""
		evs = append(evs, ev)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return withHistories(st, evs, undone)
}

// withHistories replaces the events of the documents in undone by their
// whole history, in log order.
func withHistories(st *storage.Store, evs []review.Event, undone map[uint64]bool) ([]review.Event, error) {
	if len(undone) == 0 {
		return evs, nil
	}
	evs = slices.DeleteFunc(evs, func(ev review.Event) bool { return undone[ev.Doc] })
	for id := range undone {
		hist, err := st.Events(id)
		if err != nil {
			return nil, err
		}
		evs = append(evs, hist...)
	}
	slices.SortFunc(evs, func(a, b review.Event) int { return cmp.Compare(a.Seq, b.Seq) })
	return evs, nil
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
