package cli

import (
	"bytes"
	"os"
	"testing"
	"time"
)

// A read must not write: list, show, stats and verify open the database
// with bbolt's shared lock and leave its bytes and modification time as
// they were (issue 15).
func TestReadCommandsLeaveTheFileUnchanged(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	before, err := os.ReadFile(e.DB)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(e.DB)
	if err != nil {
		t.Fatal(err)
	}
	// Let the clock move on, so that a write would show in the mtime even
	// on a file system with coarse timestamps.
	time.Sleep(20 * time.Millisecond)
	for _, c := range []struct {
		name string
		run  func() error
	}{
		{"list", func() error { return e.List(ListOptions{}) }},
		{"list --json", func() error { return e.List(ListOptions{JSON: true}) }},
		{"show", func() error { return e.Show(1, false, false) }},
		{"show --json", func() error { return e.Show(1, true, false) }},
		{"stats", func() error { return e.Stats(2026, "md") }},
		{"verify", func() error { return e.Verify() }},
	} {
		e.reset()
		if err := c.run(); err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, e.errOut)
		}
		after, err := os.ReadFile(e.DB)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(before, after) {
			t.Errorf("%s changed the database file's bytes", c.name)
		}
		fa, err := os.Stat(e.DB)
		if err != nil {
			t.Fatal(err)
		}
		if !fa.ModTime().Equal(fi.ModTime()) || fa.Size() != fi.Size() {
			t.Errorf("%s changed the file: mtime %v → %v, size %d → %d", c.name, fi.ModTime(), fa.ModTime(), fi.Size(), fa.Size())
		}
	}
}
