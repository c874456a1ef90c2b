package storage

// compact.go: rewriting the local file in key order, to give back the space
// that years of growth leave in half-filled pages.

import (
	"os"

	"beishen/review"
	"beishen/storage/kv"
)

// ErrCompactShared says a shared store is not compacted from here: etcd
// compacts and defragments its own keyspace.
var ErrCompactShared = review.Text{ZH: "共享库由 etcd 自行压缩整理，无需在此压缩", EN: "a shared store is compacted by etcd itself"}

var errReadOnlyCompact = review.Text{ZH: "只读打开的数据库不能压缩", EN: "a database opened read-only cannot be compacted"}

// Compact rewrites the file in key order with full pages, as the schema
// migration does (and `bbolt compact` would): documents updated over the
// years and keys that arrive at random (file hashes) leave pages half
// used, which the copy packs. The original stays until the copy is
// renamed over it, so a crash leaves it as it was. It returns the file's
// size before and after.
func (s *Store) Compact() (before, after int64, err error) {
	if s.file == nil {
		return 0, 0, ErrCompactShared
	}
	if s.bopt.ReadOnly {
		return 0, 0, errReadOnlyCompact
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if fi, err := os.Stat(s.path); err == nil {
		before = fi.Size()
	}
	nu, err := rewrite(s.path, s.file, s.bopt, "数据库压缩")
	if err != nil {
		return before, 0, err
	}
	s.file, s.db = nu, kv.Bolt{DB: nu}
	fi, err := os.Stat(s.path)
	if err != nil {
		return before, 0, err
	}
	return before, fi.Size(), nil
}
