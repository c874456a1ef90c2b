package ui

import (
	"context"
	"os"
	"runtime/debug"
	"strings"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/review/search"
	"beishen/storage"
	"beishen/ui/jobs"
)

// Every Cmd here takes the values it needs as arguments, so no closure
// reads the model after Update returned (crush: no state change in a Cmd).

// loadSummaries reads every queue row and computes its deadline here, off
// the Update goroutine (at 100,000 rows the deadlines take a while).
func loadSummaries(st Store, c *Context) tea.Cmd {
	s, cal, today := c.Settings, c.Cal, c.Today
	return func() tea.Msg {
		rows, err := st.Summaries()
		if err != nil {
			return summariesMsg{err: err}
		}
		return summariesMsg{rows: rows, dues: dueDates(rows, s, cal, today)}
	}
}

// searchEntry is the searchable form of a row: title, 文号, issuer and
// drafting unit, the same string the highlight offsets point into.
func searchEntry(s review.Summary) search.Doc {
	return search.Doc{ID: s.ID, Entry: search.Key(storage.SearchFields(s)...)}
}

// buildIndex loads the search index the store kept from the last launch
// (or builds it from the keys prepared when each document was saved, so
// start-up does no pinyin work); it runs once, after which edits update
// the index one document at a time.
func buildIndex(st Store) tea.Cmd {
	return func() tea.Msg {
		ix, err := st.SearchIndex()
		if err != nil {
			return indexMsg{err: err}
		}
		// Start-up is done: the queue's rows and the index are read. What
		// reading them left behind (the snapshot's file buffer, the rows'
		// decoding) goes back to the system now rather than over minutes,
		// so that the screen at 100,000 documents stays near what it holds.
		debug.FreeOSMemory()
		return indexMsg{ix: ix, s: search.NewSearcher(ix)}
	}
}

// searchLimit bounds the hits the queue shows for one query.
const searchLimit = 500

func runSearch(s *search.Searcher, seq int, q string) tea.Cmd {
	return func() tea.Msg {
		return searchMsg{seq: seq, query: q, res: s.Search(q, searchLimit)}
	}
}

func loadDoc(st Store, id uint64) tea.Cmd {
	return func() tea.Msg {
		d, err := st.Document(id)
		if err != nil {
			return docMsg{id: id, err: err}
		}
		v, err := st.Version(id, d.Version)
		return docMsg{id: id, doc: d, ver: v, err: err}
	}
}

func doEvent(st Store, ev review.Event) tea.Cmd {
	return func() tea.Msg {
		e, d, err := st.Do(ev)
		return actedMsg{ev: e, doc: d, err: err}
	}
}

// doSeen is doEvent for an action decided on the open document as shown:
// seen is the last event the screen had from the store.
func doSeen(st Store, ev review.Event, seen uint64) tea.Cmd {
	return func() tea.Msg {
		e, d, err := st.DoSeen(ev, seen)
		return actedMsg{ev: e, doc: d, err: err}
	}
}

func doAll(st Store, evs []review.Event) tea.Cmd {
	return func() tea.Msg {
		out, err := st.DoAll(evs)
		return bulkMsg{out: out, err: err}
	}
}

func undoCmd(st Store, id uint64, redo bool) tea.Cmd {
	return func() tea.Msg {
		var ev review.Event
		var d review.Document
		var err error
		if redo {
			ev, d, err = st.Redo(id)
		} else {
			ev, d, err = st.Undo(id)
		}
		return undoMsg{redo: redo, ev: ev, doc: d, err: err}
	}
}

// undoBatchCmd takes back (or puts back) the latest n actions on document
// id one after another, as n presses of u would; it stops at the first
// refusal and says how many went.
func undoBatchCmd(st Store, id uint64, n int, redo bool) tea.Cmd {
	return func() tea.Msg {
		var msg undoMsg
		msg.redo = redo
		for msg.n < n {
			undo := st.Undo
			if redo {
				undo = st.Redo
			}
			ev, d, err := undo(id)
			if err != nil {
				msg.err = err
				break
			}
			msg.ev, msg.doc = ev, d
			msg.n++
		}
		return msg
	}
}

func loadEvents(st Store, id uint64) tea.Cmd {
	return func() tea.Msg {
		evs, err := st.Events(id)
		return eventsMsg{id: id, events: evs, err: err}
	}
}

func loadVersions(st Store, id uint64, old, cur int) tea.Cmd {
	return func() tea.Msg {
		a, err := st.Version(id, old)
		if err != nil {
			return diffMsg{err: err}
		}
		b, err := st.Version(id, cur)
		return diffMsg{old: a, cur: b, err: err}
	}
}

// startImport runs jobs.Import in the background; its progress arrives on
// ch, which waitImport turns into one message at a time (the standard
// channel pattern, since a Cmd cannot hold the Program).
func startImport(st Store, raw string, ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		paths := []string{raw}
		if _, err := os.Stat(raw); err != nil {
			paths = strings.Fields(raw) // several paths separated by spaces
		}
		go func() {
			rep, err := jobs.Import(context.Background(), st, paths, jobs.ImportOptions{
				Progress: func(done, total int, file string) {
					ch <- importProgressMsg{done: done, total: total, file: file}
				},
			})
			ch <- importDoneMsg{rep: rep, err: err}
			close(ch)
		}()
		return <-ch
	}
}

func waitImport(ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}

// addVersion reads and checks a resubmitted text and stores it as the next
// version of document id: a returned draft re-enters the legality review
// and its paused clock resumes.
func addVersion(st Store, id uint64, path string) tea.Cmd {
	return func() tea.Msg {
		it, err := jobs.Prepare(path, "")
		if err != nil {
			return versionMsg{err: err}
		}
		d, err := st.AddVersion(id, it.Version, "")
		return versionMsg{doc: d, err: err}
	}
}
