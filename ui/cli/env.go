// Package cli implements beishen's subcommands: each function takes the
// parsed arguments and writers and does one command's work, so main.go only
// wires flags and tests call the same code the binary runs.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/storage"
)

// Env is what every command shares: language, database, settings, output.
type Env struct {
	Lang         review.Lang
	DB           string // --db; empty means storage.DefaultPath
	Store        string // --store etcd://…; empty means the settings' store, else the file
	SettingsPath string // empty means the user's config directory
	ASCII        bool   // ASCII borders for terminals that draw ambiguous-width characters double

	settings *deadline.Settings // loaded by Settings
	Stdout   io.Writer
	Stderr   io.Writer
	Now      func() time.Time
}

// T picks the text for the user's language.
func (e *Env) T(zh, en string) string {
	if e.Lang == review.EN {
		return en
	}
	return zh
}

// Settings loads the jurisdiction settings (defaults when no file exists)
// once per command: a command that needs them and the store reads the file
// one time and sees one version of it.
func (e *Env) Settings() (deadline.Settings, error) {
	if e.settings != nil {
		return *e.settings, nil
	}
	path := e.SettingsPath
	if path == "" {
		p, err := deadline.DefaultSettingsPath()
		if err != nil {
			return deadline.Defaults(), nil
		}
		path = p
	}
	set, err := deadline.LoadSettings(path)
	if err != nil {
		return set, err
	}
	e.settings = &set
	return set, nil
}

// DBPath resolves --db, $BEISHEN_DB and the default location.
func (e *Env) DBPath() (string, error) {
	if e.DB != "" {
		return e.DB, nil
	}
	return storage.DefaultPath()
}

// Open opens the database with the reviewer's name from the settings: the
// office's shared store when --store or the settings name one, else the
// local file.
func (e *Env) Open() (*storage.Store, error) {
	set, err := e.Settings()
	if err != nil {
		return nil, err
	}
	if shared := e.shared(set); shared != "" {
		return storage.OpenShared(shared, storage.Options{Actor: set.Reviewer, Role: set.Role, Now: e.Now}, storage.SharedOptions{})
	}
	path, err := e.DBPath()
	if err != nil {
		return nil, err
	}
	st, err := storage.Open(path, storage.Options{Actor: set.Reviewer, Role: set.Role, Now: e.Now})
	if err == nil {
		UseLibrary(st)
	}
	return st, err
}

// shared is the shared store to open, "" for the local file. --db given
// alone means the file even when the settings name a shared store.
func (e *Env) shared(set deadline.Settings) string {
	if e.Store != "" {
		return e.Store
	}
	if e.DB == "" && storage.IsShared(set.Store) {
		return set.Store
	}
	return ""
}

// OpenRead opens the database for a command that only reads (list, show,
// stats, verify): bbolt's shared lock, no write transaction, so the file's
// bytes and modification time stay as they were and an older schema is
// read as it is (only a writer migrates it). A database that does not exist
// yet is created as Open would, so a first `list` shows an empty queue. A
// shared store reads at one revision and writes nothing once it is set up.
func (e *Env) OpenRead() (*storage.Store, error) {
	set, err := e.Settings()
	if err != nil {
		return nil, err
	}
	if e.shared(set) != "" {
		return e.Open()
	}
	path, err := e.DBPath()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return e.Open()
	}
	return storage.Open(path, storage.Options{Actor: set.Reviewer, Now: e.Now, ReadOnly: true})
}

// Fail prints err in the user's language on stderr and returns a quiet
// error so that the process exits non-zero without cobra repeating it.
func (e *Env) Fail(err error) error {
	fmt.Fprintln(e.Stderr, review.Message(err, e.Lang))
	return ErrReported
}

// ErrReported means the message was already printed.
var ErrReported = errReported{}

type errReported struct{}

func (errReported) Error() string { return "" }

func today(now func() time.Time) review.Date {
	if now == nil {
		now = time.Now
	}
	return review.DateOf(now().In(review.Zone))
}

// idArg reads a document or campaign number argument.
func (e *Env) idArg(s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil || id == 0 {
		return 0, e.Fail(review.Text{ZH: "编号应为正整数：" + s, EN: "a number must be a positive whole number: " + s})
	}
	return id, nil
}
