package ui

import (
	"beishen/review"
	"beishen/review/deadline"
	"beishen/review/search"
	"beishen/storage"
	"beishen/ui/jobs"
)

// Messages the Cmds of commands.go return to Update.
type (
	summariesMsg struct {
		rows []review.Summary
		dues []deadline.Due
		err  error
	}
	indexMsg struct {
		ix  *search.Index
		s   *search.Searcher
		err error
	}
	searchMsg struct {
		seq   int
		query string
		res   search.Result
	}
	docMsg struct {
		id  uint64
		doc review.Document
		ver review.Version
		err error
	}
	// actedMsg answers one action on the open document or a single row.
	actedMsg struct {
		ev  review.Event
		doc review.Document
		err error
	}
	// versionMsg answers the import of a resubmitted text.
	versionMsg struct {
		doc review.Document
		err error
	}
	bulkMsg struct {
		out []storage.Outcome
		err error
	}
	undoMsg struct {
		redo bool
		ev   review.Event // the last one taken back or put back
		doc  review.Document
		err  error
		n    int // how many, when a batch was taken back together
	}
	eventsMsg struct {
		id     uint64
		events []review.Event
		err    error
	}
	diffMsg struct {
		old, cur review.Version
		err      error
	}
	importProgressMsg struct {
		done, total int
		file        string
	}
	importDoneMsg struct {
		rep jobs.ImportReport
		err error
	}
)
