package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"beishen/review"
)

type builtDB struct {
	once sync.Once
	b    []byte
	err  error
}

var bigDB, smallDB builtDB

// realDB is a database as an office has it, built once per test binary:
// forty documents with comments and an undo. The big one has texts of a
// few kilobytes, about half a megabyte over a hundred pages (for cutting
// at the sizes of issue 14); the small one short texts, a few dozen pages,
// so that the fuzzer's bit flips land in structure and each run is quick.
func realDB(tb testing.TB, big bool) []byte {
	tb.Helper()
	db, repeat := &smallDB, 2
	if big {
		db, repeat = &bigDB, 250
	}
	db.once.Do(func() {
		db.b, db.err = buildRealDB(repeat)
	})
	if db.err != nil {
		tb.Fatal(db.err)
	}
	return db.b
}

func buildRealDB(repeat int) ([]byte, error) {
	dir, err := os.MkdirTemp("", "beishen-damage-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	s, err := Open(filepath.Join(dir, "real.db"), Options{Actor: "张三", Now: clock()})
	if err != nil {
		return nil, err
	}
	var items []ImportItem
	for i := range 40 {
		it := item(fmt.Sprintf("临江区第%d号管理办法", i), fmt.Sprintf("sha-%d", i))
		// Varied characters: the texts are stored deflated, and a file
		// of repeated sentences would be too small to cut where issue 14
		// cut it.
		var text strings.Builder
		for j := range repeat {
			fmt.Fprintf(&text, "第%d条 本办法适用于本区内的市场经营活动%c%c%c。", j, rune(0x4e00+(i*7919+j*104729)%20000),
				rune(0x4e00+(i*31+j*7)%20000), rune(0x4e00+(i*j*13+j)%20000))
		}
		it.Version.Text = text.String()
		items = append(items, it)
	}
	if _, err := s.ImportBatch(items); err != nil {
		s.Close()
		return nil, err
	}
	for id := uint64(1); id <= 40; id += 3 {
		s.Do(review.NewEvent(id, review.Comment{Text: "请起草单位补充制定依据。"}))
	}
	s.Undo(4)
	s.Close()
	return os.ReadFile(filepath.Join(dir, "real.db"))
}

// useDamaged runs every kind of store access on the file at path and
// returns the errors it met. A panic or a signal fails the caller; every
// error that says the file is damaged must be the damaged-file message.
func useDamaged(t *testing.T, path string) []error {
	var errs []error
	keep := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	for _, ro := range []bool{true, false} {
		s, err := Open(path, Options{ReadOnly: ro, Actor: "张三", Now: clock()})
		if err != nil {
			keep(err)
			continue
		}
		_, err = s.Summaries()
		keep(err)
		for _, id := range []uint64{1, 4, 17, 40} {
			_, err = s.Document(id)
			if !errors.As(err, new(*NotFoundError)) {
				keep(err)
			}
			_, err = s.Version(id, 1)
			keep(err)
			_, err = s.Events(id)
			keep(err)
		}
		r, err := s.Verify()
		keep(err)
		if !r.OK() {
			keep(r.Problems[0])
		}
		keep(s.Texts(func(uint64, int, string) error { return nil }))
		if !ro {
			_, _, err = s.Do(review.NewEvent(1, review.Comment{Text: "再看一遍"}))
			keep(err)
		}
		keep(s.Close())
	}
	_, err := InspectBackup(path)
	keep(err)
	for _, err := range errs {
		var ce *CorruptError
		if errors.As(err, &ce) {
			for _, lang := range []review.Lang{review.ZH, review.EN} {
				checkDamagedMessage(t, review.Message(err, lang), lang)
			}
		}
	}
	return errs
}

func checkDamagedMessage(t *testing.T, msg string, lang review.Lang) {
	t.Helper()
	want := []string{"数据库文件已损坏", "请从备份恢复"}
	if lang == review.EN {
		want = []string{"the database file is damaged", "restore it from a backup"}
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("message %q lacks %q", msg, w)
		}
	}
}

// damage writes the real database (the big one when big, with a rotating
// backup beside it for the message to name) cut to size (0: whole) with
// the given bits flipped.
func damage(t *testing.T, size int, flips []int, big bool) string {
	b := append([]byte(nil), realDB(t, big)...)
	for _, bit := range flips {
		b[(bit/8)%len(b)] ^= 1 << (bit % 8)
	}
	if size > 0 && size < len(b) {
		b = b[:size]
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "demo.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if big { // a rotating backup beside it, for the message to name
		os.MkdirAll(BackupDir(path), 0o700)
		os.WriteFile(filepath.Join(BackupDir(path), "beishen-20261201-090000.000000000.db"), b[:0:0], 0o600)
	}
	return path
}

// Cut short anywhere (the sizes of issue 14 among them), the file gets the
// damaged-file message naming the newest backup, never a panic or SIGBUS.
func TestTruncatedDatabaseGetsTheDamagedMessage(t *testing.T) {
	m, _ := readMeta(realDB(t, true)[pageHeaderSize:])
	used := int(m.highWater) * int(m.pageSize) // bbolt grows the file ahead; past this it holds nothing
	for _, size := range []int{1, 100, 4096, 8192, 12288, 16384, 20480, 32768, 49152, 200000, 300000, used / 2, used - 4096} {
		if size >= used {
			t.Fatalf("the test database uses only %d bytes", used)
		}
		path := damage(t, size, nil, true)
		errs := useDamaged(t, path)
		var ce *CorruptError
		if len(errs) == 0 || !errors.As(errs[0], &ce) {
			t.Fatalf("cut to %d bytes: %v, want the damaged-file message first", size, errs)
		}
		if msg := review.Message(errs[0], review.ZH); !strings.Contains(msg, "beishen-20261201-090000.000000000.db") {
			t.Errorf("cut to %d bytes: the message does not name the newest backup: %s", size, msg)
		}
	}
}

// FuzzDamagedDatabase cuts and flips bits of a real database: whatever the
// damage, no panic, no signal, and damage reported is the damaged-file
// message. cut is the new size (0 or past the end: whole); every 4 bytes of
// flips name one bit to flip.
func FuzzDamagedDatabase(f *testing.F) {
	f.Add(uint32(16384), []byte{})
	f.Add(uint32(8192), []byte{})
	f.Add(uint32(200000), []byte{})
	f.Add(uint32(300000), []byte{})
	f.Add(uint32(0), []byte{0x00, 0x00, 0x80, 0x00}) // page 0's first byte of the body
	f.Add(uint32(0), []byte{0x40, 0x00, 0x02, 0x00})
	f.Add(uint32(0), []byte{0x80, 0x00, 0x03, 0x00, 0x10, 0x20, 0x05, 0x00})
	f.Fuzz(func(t *testing.T, cut uint32, flips []byte) {
		var bits []int
		for i := 0; i+4 <= len(flips) && len(bits) < 8; i += 4 {
			bits = append(bits, int(binary.LittleEndian.Uint32(flips[i:])))
		}
		useDamaged(t, damage(t, int(cut), bits, false))
	})
}

// A panic on one of Verify's background goroutines (a damaged page met
// while reading ahead) reaches the caller as the damaged-file message, not
// as a crash of the program.
func TestBackgroundPanicIsReportedAsDamage(t *testing.T) {
	err := guard("x.db", func() error {
		b := goGuarded(func() { panic("page 7 is beyond the end of the file") })
		b.wait()
		return nil
	})
	var ce *CorruptError
	if !errors.As(err, &ce) || !strings.Contains(ce.Error(), "page 7") {
		t.Fatalf("got %v, want the damaged-file message naming the cause", err)
	}
}
