package storage

import (
	"context"
	"fmt"

	"beishen/review"
	"beishen/storage/kv"
)

// CurrentTextsFrom streams the current text of each document whose ID is above
// after, in ID order, at most max of them per call, each call in its own
// read transaction: a search of every text goes through the file a batch at
// a time, and stops between batches (or between two texts, when ctx is
// done) without ever holding a read transaction long enough to stall a
// write that must grow the file. next is the last ID read, to pass as after
// to the following call; 0 when no document is left.
func (s *Store) CurrentTextsFrom(ctx context.Context, after uint64, max int, fn func(id uint64, text string) error) (next uint64, err error) {
	err = s.view(func(tx kv.Tx) error {
		// A scan reads every text once, batch after batch: the pages of
		// a batch are not read again, so they leave the resident set (the
		// screen held the whole file after one search at 100,000).
		defer releaseMapped(tx)
		c := tx.Bucket(bRows).Cursor()
		texts := tx.Bucket(bTexts)
		var r review.Summary
		n := 0
		for k, v := c.Seek(itob(after + 1)); k != nil; k, v = c.Next() {
			if n == max {
				return nil
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := decodeRow(v, &r); err != nil {
				return fmt.Errorf("文件 #%d 的队列记录已损坏: %w", btoi(k), err)
			}
			t, err := unpackText(texts.Get(pair(r.ID, uint64(r.Version))))
			if err != nil {
				return fmt.Errorf("文件 #%d 的正文已损坏: %w", r.ID, err)
			}
			n++
			next = r.ID
			if err := fn(r.ID, t); err != nil {
				return err
			}
		}
		next = 0
		return nil
	})
	return next, err
}
