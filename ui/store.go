package ui

import (
	"context"

	"beishen/review"
	"beishen/review/search"
	"beishen/storage"
	"beishen/ui/jobs"
)

// Store is what the screens call on the review log: the jobs' reads and
// writes, the queue's rows, undo, the watch that keeps screens live and
// the claims that keep two reviewers off one document. *storage.Store
// (local file or shared store) satisfies it.
type Store interface {
	jobs.Store
	jobs.StatsStore
	Summaries() ([]review.Summary, error)
	SearchIndex() (*search.Index, error)
	AddVersion(id uint64, v storage.NewVersion, note string) (review.Document, error)
	Undo(id uint64) (review.Event, review.Document, error)
	Redo(id uint64) (review.Event, review.Document, error)
	DoSeen(ev review.Event, seen uint64) (review.Event, review.Document, error)
	Watch(ctx context.Context) <-chan []storage.Change
	Claim(id uint64) error
	Release(id uint64) error
	Claims() (map[uint64]storage.Claim, error)
	Identity() storage.Identity
	Ping() error
}

var _ Store = (*storage.Store)(nil)
