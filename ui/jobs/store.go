package jobs

import (
	"context"

	"beishen/review"
	"beishen/review/laws"
	"beishen/storage"
)

// Store is what the background jobs read and write: the review log on
// the local file or on a shared store (*storage.Store is both). Jobs
// depend on these calls only, so a test or another back end can stand
// behind them.
type Store interface {
	Actor() string
	Path() string
	Today() review.Date
	Count() (docs, events int, err error)
	Document(id uint64) (review.Document, error)
	CleanupStore
	CurrentTextsFrom(ctx context.Context, after uint64, max int, fn func(id uint64, text string) error) (uint64, error)
	Texts(fn func(doc uint64, n int, text string) error) error
	Version(id uint64, n int) (review.Version, error)
	Events(id uint64) ([]review.Event, error)
	EachEvent(from uint64, fn func(review.Event) error) error
	WalkLog(fn func(storage.LogWalk) error) error
	Laws() laws.Source
	Do(ev review.Event) (review.Event, review.Document, error)
	DoAll(evs []review.Event) ([]storage.Outcome, error)
	ImportBatch(items []storage.ImportItem) ([]storage.ImportResult, error)
}

var _ Store = (*storage.Store)(nil)
