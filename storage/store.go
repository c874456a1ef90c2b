// Package storage keeps beishen's data in one bbolt file: documents, their
// versions, and the append-only review log whose events are chained by
// SHA-256. Nothing outside this package sees a bbolt type (DESIGN.md core
// idea 7), so a shared back end can replace it behind the same API.
package storage

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"beishen/review"
	"beishen/storage/kv"
)

// SchemaVersion is the layout this build writes. A writer's Open migrates
// older files forward; every Open refuses newer ones. A read-only Open
// reads schemas 1 to 5 as they are and writes nothing.
const SchemaVersion = 5

// migrations[n] upgrades a file from schema n to n+1, inside one write
// transaction with the rest of the opening. Schema 2 → 3 (findings stored
// once, binary events) and 4 → 5 (event types as codes, version records
// by reference, one history list a document, full pages) rewrite the file
// instead: rewrite in migrate.go. Schema 5's records are read beside the
// older ones, so a shared store, which has no file to rewrite, goes from 4
// to 5 as it is and writes the new records from then on.
var migrations = map[int]func(tx kv.Tx) error{
	1: migrateRowsToBinary, // queue rows JSON → binary (rows.go)
	3: buildTally,          // the statistics' summary of the log (tally.go)
}

// tallyFrom is the schema whose migration a shared store runs in batches
// after its opening (buildTallyInBatches) rather than in it.
const tallyFrom = 3

// rewrites are the schemas a file is rewritten from rather than migrated
// in place, straight to SchemaVersion.
var rewrites = map[int]bool{2: true, 4: true}

// pageSize is the page size of the files this build creates (and rewrites:
// a migration or `compact`); an existing file keeps its own. A document's
// text, packed, is about 1.3 KB, so a 4 KB page holds two or three and a
// quarter of the texts' pages stayed empty. At 16 KB the texts' pages are
// 96% used, and a fresh 100,000-document database from storage/gen
// measured 566 MB at 4 KB and 545 MB at 16 KB (before rowsFill).
const pageSize = 16 << 10

// Options tune Open. The zero value is right for the application.
type Options struct {
	// Timeout bounds the wait for another process's lock; without it bbolt
	// waits forever (stack-notes §5).
	Timeout time.Duration
	// Actor is recorded on every event; empty means the OS user.
	Actor string
	// Now stamps events; tests fix it.
	Now func() time.Time
	// ReadOnly opens with a shared lock, for commands that only read.
	ReadOnly bool
	// Role is the settings' "role", which the store judges an undo by
	// when the shared store does not vouch for a role (review.RoleOf).
	Role review.Role
}

// Store is an open database. Its methods are safe for concurrent use; bbolt
// serialises writers and the UI calls them from tea.Cmd goroutines.
type Store struct {
	db kv.DB
	// file is the bbolt file under db, nil on a shared store: backup,
	// restore, rotation, migration and page checks work on it alone.
	file  *bolt.DB
	bopt  *bolt.Options // how file was opened, to open it again after a rewrite
	path  string
	actor string
	now   func() time.Time
	// mu keeps the read-modify-write of "the latest event" consistent
	// across Undo's two steps; bbolt's own lock covers single transactions.
	mu sync.Mutex
	lc lawCache // the laws read last (laws.go)

	// ctx ends with Close: the watch of a shared store stops with it.
	ctx    context.Context
	cancel context.CancelFunc

	id        Identity    // on a shared store, who logged in (shared.go)
	setRole   review.Role // the settings' role (Options.Role)
	hub       hub         // this process's watchers (watch.go)
	watchOnce sync.Once   // follow starts with the first watcher
	claims    claims      // documents this program has open for work (claim.go)
}

// LockedError means another beishen has the file open.
type LockedError struct{ Path string }

func (e *LockedError) Error() string { return e.Message(review.ZH) }
func (e *LockedError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("the database is already open in another window (%s): work in that window, or close it and try again", e.Path)
	}
	return fmt.Sprintf("数据库已被另一个窗口打开 (%s)：请在那个窗口中操作，或关闭它后重试", e.Path)
}

// CorruptError means the file is not a beishen database or is damaged
// (damage.go); the message names the newest rotating backup to restore.
type CorruptError struct {
	Path   string
	Cause  error
	Backup string // the newest rotating backup, "" when there is none
}

func (e *CorruptError) Error() string { return e.Message(review.ZH) }
func (e *CorruptError) Unwrap() error { return e.Cause }
func (e *CorruptError) Message(lang review.Lang) string {
	cause := review.Message(e.Cause, lang)
	if lang == review.EN {
		if e.Backup == "" {
			return fmt.Sprintf("the database file is damaged or is not a beishen database: %s (%s); restore it from a backup (there is none in %s)", e.Path, cause, BackupDir(e.Path))
		}
		return fmt.Sprintf("the database file is damaged or is not a beishen database: %s (%s); restore it from a backup, the newest is %s: beishen --db %s restore %s", e.Path, cause, e.Backup, e.Path, e.Backup)
	}
	if e.Backup == "" {
		return fmt.Sprintf("数据库文件已损坏，或不是备审数据库文件：%s（%s）；请从备份恢复（%s 中没有自动备份）", e.Path, cause, BackupDir(e.Path))
	}
	return fmt.Sprintf("数据库文件已损坏，或不是备审数据库文件：%s（%s）；请从备份恢复，最新的备份是 %s：beishen --db %s restore %s", e.Path, cause, e.Backup, e.Path, e.Backup)
}

// DefaultPath is $BEISHEN_DB, else $XDG_DATA_HOME/beishen/beishen.db (with
// the usual ~/.local/share fallback).
func DefaultPath() (string, error) {
	if p := os.Getenv("BEISHEN_DB"); p != "" {
		return p, nil
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("找不到用户目录，请用 --db 指定数据库文件: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "beishen", "beishen.db"), nil
}

// OSUser is the actor recorded when the settings name no reviewer.
func OSUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if n := os.Getenv("USER"); n != "" {
		return n
	}
	return "unknown"
}

// Open opens or creates the database at path: the directory 0700, the file
// 0600, migrated to SchemaVersion.
func Open(path string, opt Options) (*Store, error) {
	if opt.Timeout == 0 {
		opt.Timeout = time.Second
	}
	if opt.Actor == "" {
		opt.Actor = OSUser()
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, &WriteError{Path: filepath.Dir(path), Cause: err}
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, withPath(&CorruptError{Cause: review.Text{ZH: "这是一个文件夹", EN: "this is a folder"}}, path)
	}
	if err := checkFile(path); err != nil {
		return nil, withPath(err, path)
	}
	bopt := &bolt.Options{
		Timeout:      opt.Timeout,
		ReadOnly:     opt.ReadOnly,
		FreelistType: bolt.FreelistMapType,
		PageSize:     pageSize,
	}
	var db *bolt.DB
	// bbolt panics or faults on some damaged files: guard turns that into
	// the damaged-file message.
	err := guard(path, func() (err error) {
		db, err = bolt.Open(path, 0o600, bopt)
		return err
	})
	if err != nil {
		return nil, withPath(openError(path, err), path)
	}
	s := newStore(kv.Bolt{DB: db}, path, opt)
	s.file, s.bopt = db, bopt
	if !opt.ReadOnly {
		if err := s.update(s.prepare); err != nil {
			db.Close()
			return nil, err
		}
		if rewrites[s.schema()] {
			if s.file, err = rewrite(path, db, bopt, fmt.Sprintf("数据库升级到第 %d 版", SchemaVersion)); err != nil {
				if errors.Is(err, berrors.ErrTimeout) {
					return nil, &LockedError{Path: path}
				}
				return nil, err
			}
			s.db = kv.Bolt{DB: s.file}
		}
	} else if err := s.view(checkSchema); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// openError says why bbolt could not open the file.
func openError(path string, err error) error {
	if errors.Is(err, berrors.ErrTimeout) {
		return &LockedError{Path: path}
	}
	return &CorruptError{Path: path, Cause: err}
}

// prepare creates the buckets and runs the migrations.
func (s *Store) prepare(tx kv.Tx) error {
	for _, b := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	meta := tx.Bucket(bMeta)
	v := 0
	if raw := meta.Get(kSchema); raw != nil {
		v = int(btoi(raw))
	} else if k, _ := tx.Bucket(bEvents).Cursor().First(); k == nil {
		v = SchemaVersion // a new file starts current
	}
	if v > SchemaVersion {
		return &CorruptError{Path: s.path, Cause: fmt.Errorf("数据库结构版本 %d 高于本程序支持的 %d，请升级备审", v, SchemaVersion)}
	}
	for ; v < SchemaVersion && !(rewrites[v] && s.file != nil); v++ {
		if v == tallyFrom && s.file == nil {
			break // a shared store's transactions are small: OpenShared builds the tally in batches
		}
		if m := migrations[v]; m != nil {
			if err := m(tx); err != nil {
				return fmt.Errorf("数据库升级到第 %d 版失败: %w", v+1, err)
			}
		}
	}
	if raw := meta.Get(kSchema); raw != nil && int(btoi(raw)) == v {
		return nil
	}
	return meta.Put(kSchema, itob(uint64(v)))
}

// schema is the file's schema version.
func (s *Store) schema() int {
	v := 0
	s.db.View(func(tx kv.Tx) error {
		if m := tx.Bucket(bMeta); m != nil {
			v = int(btoi(m.Get(kSchema)))
		}
		return nil
	})
	return v
}

func checkSchema(tx kv.Tx) error {
	meta := tx.Bucket(bMeta)
	if meta == nil {
		return errors.New("数据库是空的或尚未初始化，请先以读写方式打开")
	}
	if raw := meta.Get(kSchema); raw != nil && int(btoi(raw)) > SchemaVersion {
		return fmt.Errorf("数据库结构版本 %d 高于本程序支持的 %d，请升级备审", btoi(raw), SchemaVersion)
	}
	return nil
}

// Close releases the file and its lock (on a shared store, the claims and
// the connection).
func (s *Store) Close() error {
	s.cancel()
	return s.db.Close()
}

// newStore is a Store over db, whichever back end it is.
func newStore(db kv.DB, path string, opt Options) *Store {
	ctx, cancel := context.WithCancel(context.Background())
	return &Store{db: db, path: path, actor: opt.Actor, now: opt.Now, setRole: opt.Role, ctx: ctx, cancel: cancel}
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Actor is the name recorded on this store's events.
func (s *Store) Actor() string { return s.actor }

// Today is the day, in China time, that new events are stamped with.
func (s *Store) Today() review.Date { return review.DateOf(s.now().In(review.Zone)) }
