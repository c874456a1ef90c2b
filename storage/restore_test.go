package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"beishen/review"
	"beishen/storage"
)

func TestRotateBackupKeepsExactlyN(t *testing.T) {
	path := filepath.Join(t.TempDir(), "beishen.db")
	// A frozen clock: every backup has the same time and must still get its own file.
	st, err := storage.Open(path, storage.Options{Now: func() time.Time { return time.Date(2026, 11, 27, 18, 0, 0, 0, review.Zone) }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var made []string
	for range 5 {
		p, err := st.RotateBackup(3)
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, p)
	}
	left, err := storage.Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 3 || left[0] != made[2] || left[2] != made[4] {
		t.Fatalf("kept %v, want the last three of %v", left, made)
	}
	if filepath.Dir(left[0]) != filepath.Join(filepath.Dir(path), "backups") {
		t.Fatalf("backups in %s", filepath.Dir(left[0]))
	}
	if fi, _ := os.Stat(left[0]); fi.Mode().Perm() != 0o600 {
		t.Fatalf("backup mode %v", fi.Mode().Perm())
	}
}

func count(t *testing.T, path string) int {
	t.Helper()
	st, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, n, _ := st.Count()
	return n
}

func TestRestoreRoundTripIsItselfUndoable(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "data", "beishen.db")
	st := seeded(t, path, time.Date(2026, 11, 20, 9, 0, 0, 0, review.Zone))
	backup, err := st.Backup(filepath.Join(dir, "monday.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Do(review.NewEvent(1, review.Comment{Text: "备份之后的批注"})); err != nil {
		t.Fatal(err)
	}
	_, withComment, _ := st.Count()

	// Refused while the database is open in another window.
	_, _, err = storage.Restore(path, backup, 10)
	var locked *storage.LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("restore over an open database: %v", err)
	}
	st.Close()

	saved, info, err := storage.Restore(path, backup, 10)
	if err != nil {
		t.Fatal(err)
	}
	if info.Events != withComment-1 || count(t, path) != withComment-1 {
		t.Fatalf("restored %d events (info %d), want %d", count(t, path), info.Events, withComment-1)
	}
	if count(t, saved) != withComment {
		t.Fatalf("the saved current database has %d events, want %d", count(t, saved), withComment)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("restored database mode %v", fi.Mode().Perm())
	}
	// Undo the restore by restoring the copy it made.
	if _, _, err := storage.Restore(path, saved, 10); err != nil {
		t.Fatal(err)
	}
	if count(t, path) != withComment {
		t.Fatal("restoring the saved copy did not bring the comment back")
	}
}

func TestRestoreRefusesADamagedBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "beishen.db")
	st := seeded(t, path, time.Date(2026, 11, 20, 9, 0, 0, 0, review.Zone))
	st.Close()
	bad := filepath.Join(dir, "bad.db")
	os.WriteFile(bad, []byte("这不是数据库"), 0o600)
	before := count(t, path)
	if _, _, err := storage.Restore(path, bad, 10); err == nil {
		t.Fatal("a damaged backup was restored")
	}
	if count(t, path) != before {
		t.Fatal("the database changed after a refused restore")
	}
	if left, _ := storage.Backups(path); len(left) != 0 {
		t.Fatalf("a refused restore left backups %v", left)
	}
}

// Backup names are in China time, as the log is: a backup taken at 02:30
// UTC on 28 November is named 20261128-103000, also on a machine whose
// zone is UTC; rotation after older UTC-named files still sorts last.
func TestBackupNamesUseChinaTime(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "beishen.db")
	at := time.Date(2026, 11, 28, 2, 30, 0, 0, time.UTC)
	st, err := storage.Open(path, storage.Options{Now: func() time.Time { return at }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(out, 0o700); err != nil {
		t.Fatal(err)
	}
	p, err := st.Backup(out, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := filepath.Base(p); got != "beishen-20261128-103000.db" {
		t.Errorf("backup into a folder named %s, want beishen-20261128-103000.db", got)
	}
	// An older rotating backup named in UTC by an earlier version.
	if err := os.MkdirAll(storage.BackupDir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(storage.BackupDir(path), "beishen-20261128-020000.000000000.db")
	if _, err := st.Backup(old, false); err != nil {
		t.Fatal(err)
	}
	r, err := st.RotateBackup(5)
	if err != nil {
		t.Fatal(err)
	}
	if got := filepath.Base(r); got != "beishen-20261128-103000.000000000.db" {
		t.Errorf("rotating backup named %s, want beishen-20261128-103000.000000000.db", got)
	}
	left, _ := storage.Backups(path)
	if len(left) != 2 || left[1] != r {
		t.Errorf("backups %v: the new one must sort last", left)
	}
}
