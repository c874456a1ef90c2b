package storage

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
)

// noise is n Han characters drawn at random (seeded): a text that, unlike a
// repeated clause, texts.go cannot deflate to nothing.
func noise(seed, n int) string {
	r := rand.New(rand.NewSource(int64(seed)))
	var b strings.Builder
	for range n {
		b.WriteRune(rune(0x4E00 + r.Intn(0x5000)))
	}
	return b.String()
}

// A disk that fills during an import: the failing batch is refused with the
// full-disk message, the database keeps every earlier batch and verifies.
// It needs a small tmpfs, so it runs as root only.
func TestDiskFullDuringImportLosesNothingCommitted(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a small tmpfs; skipped")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount tmpfs here (%v: %s); skipped", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })

	path := dir + "/full.db"
	s, err := Open(path, Options{Actor: "测试"})
	if err != nil {
		t.Fatal(err)
	}
	committed := 0
	var full error
	var refused []ImportItem
	for i := 0; i < 200 && full == nil; i++ {
		var batch []ImportItem
		for j := 0; j < 5; j++ {
			n := fmt.Sprintf("%d-%d", i, j)
			batch = append(batch, ImportItem{Kind: review.Draft, Meta: review.Meta{Title: "文件" + n},
				Version: NewVersion{SHA256: n, Text: noise(i*5+j, 6000)}})
		}
		if _, err := s.ImportBatch(batch); err != nil {
			full, refused = err, batch
			break
		}
		committed += len(batch)
	}
	var fe *FullError
	if !errors.As(full, &fe) {
		t.Fatalf("filling the disk gave %v, want the full-disk error", full)
	}
	if !strings.Contains(review.Message(full, review.ZH), "磁盘空间已满") {
		t.Errorf("message: %s", review.Message(full, review.ZH))
	}
	s.Close()

	s, err = Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("reopen after a full disk: %v", err)
	}
	defer s.Close()
	r, _ := s.Verify()
	docs, _, _ := s.Count()
	if !r.OK() || docs != committed {
		t.Fatalf("after a full disk: %d documents (committed %d), problems %v", docs, committed, r.Problems)
	}
	// Nothing of the refused batch is left behind: no text, and no file
	// hash that would make importing it again say "already imported".
	s.file.View(func(tx *bolt.Tx) error {
		for _, it := range refused {
			if tx.Bucket(bHashes).Get([]byte(it.Version.SHA256)) != nil {
				t.Errorf("the refused file %s is recorded as imported", it.Meta.Title)
			}
		}
		if n := tx.Bucket(bTexts).Stats().KeyN; n != committed {
			t.Errorf("%d texts stored, want the %d committed", n, committed)
		}
		return nil
	})
	t.Logf("disk filled after %d committed documents; all present, chain intact", committed)
}
