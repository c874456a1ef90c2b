package gen

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"beishen/review/rules"
	"beishen/storage"
)

// Seed is the seed Cached uses, so every benchmark sees the same database.
const Seed = 20261120

// Corpus finds the shared bulk corpus (shared/corpus/bulk beside the
// repository) from the working directory upwards; ok is false when it is
// not there, and benchmarks then skip.
func Corpus() (root string, ok bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, "shared", "corpus", "bulk")
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Clock is a store clock that starts on 2026-11-20 09:00 (China time) and
// moves one millisecond per call, so generated logs are the same on every
// run and their events fall after every generated received date.
func Clock() func() time.Time {
	start := time.Date(2026, 11, 20, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	var n atomic.Int64
	return func() time.Time { return start.Add(time.Duration(n.Add(1)) * time.Millisecond) }
}

// cachePath is where the database of n documents is kept. The name
// changes with anything that changes the file: the generator, the store's
// layout (an older file opened read-only would measure the old layout) and
// the checks that produce the findings.
func cachePath(n int) string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("beishen-bench-%d-v%d-s%d-r%s.db", n, Version, storage.SchemaVersion, rules.Version))
}

// Built returns the cached database of n documents if one is built, for a
// test that checks it when it is there and does not build it (a build
// takes minutes).
func Built(n int) (string, bool) {
	path := cachePath(n)
	_, err := os.Stat(path)
	return path, err == nil
}

// Cached returns the path of a database of n generated documents in the
// system's temporary directory (beishen-bench-N-v…-s…-r….db), building it first when it is missing (a
// build interrupted half-way leaves no file under that name). Callers must
// open it read-only or copy it: it is shared between benchmark runs.
func Cached(n int, corpusRoot string) (string, error) {
	path := cachePath(n)
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	// `go test -bench ./...` runs packages in parallel: the first to get
	// here builds, the others wait for it instead of building too. The lock
	// is a small bbolt file, whose lock the OS releases if the builder dies.
	lock, err := storage.Open(path+".lock", storage.Options{Timeout: 30 * time.Minute})
	if err != nil {
		return "", err
	}
	defer func() { lock.Close(); os.Remove(path + ".lock") }()
	if _, err := os.Stat(path); err == nil {
		return path, nil // built while we waited
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
	os.Remove(tmp)
	st, err := storage.Open(tmp, storage.Options{Actor: "审查员", Now: Clock()})
	if err != nil {
		return "", err
	}
	if err := Generate(st, n, Seed, corpusRoot); err != nil {
		st.Close()
		os.Remove(tmp)
		return "", err
	}
	if err := st.Close(); err != nil {
		os.Remove(tmp)
		return "", err
	}
	return path, os.Rename(tmp, path)
}
