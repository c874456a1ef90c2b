package jobs

import (
	"cmp"
	"slices"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/review/stats"
)

// This file computes a year's figures from a store.

// StatsStore is what YearReport reads: the queue rows, the store's tally
// of the year, the facts of the documents the rows lack, and the log.
type StatsStore interface {
	EachSummary(fn func(review.Summary) error) error
	TallyYear(year int, fn func(review.Event) error) (undone []uint64, ok bool, err error)
	DocFacts(fn func(id uint64, f stats.Facts) error) (ok bool, err error)
	DocumentLight(id uint64) (review.Document, error)
	DocumentsLight(ids []uint64, fn func(review.Document) error) error
	EachEventWhere(want func(review.Event) bool, fn func(review.Event) error) error
	Events(id uint64) ([]review.Event, error)
}

// YearReport computes year's figures from st, for `stats` and the
// statistics screen alike: from the store's tally and the queue rows,
// streamed, so that a year at 100,000 documents is read in about a second
// and in bounded memory (the screen read the whole log and every state).
// fromLog reads the events from the log even where the store keeps its
// tally (the tests compare).
func YearReport(st StatsStore, year int, set deadline.Settings, fromLog bool) (stats.Report, error) {
	// The log (or the tally) on one side; the rows and the documents'
	// facts (the tally's, or the filed states of the year) on the other.
	var rows stats.Rows
	var ids []uint64 // the rows whose facts are read ahead
	facts := map[uint64]stats.Facts{}
	tallied := false
	rowsErr := make(chan error, 1)
	go func() {
		err := st.EachSummary(func(r review.Summary) error {
			rows.Add(r)
			if stats.NeedsState(r, year) {
				ids = append(ids, r.ID)
			}
			return nil
		})
		if err != nil {
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
		rowsErr <- st.DocumentsLight(ids, func(d review.Document) error { facts[d.ID] = factsOf(d); return nil })
	}()
	evs, err := yearEvents(st, year, fromLog)
	if err2 := <-rowsErr; err == nil {
		err = err2
	}
	if err != nil {
		return stats.Report{}, err
	}
	return stats.ComputeRows(evs, &rows, func(id uint64) (stats.Facts, error) {
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
func yearEvents(st StatsStore, year int, fromLog bool) ([]review.Event, error) {
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
func withHistories(st StatsStore, evs []review.Event, undone map[uint64]bool) ([]review.Event, error) {
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
