package jobs

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"beishen/storage"
)

// A folder of 10,000 small files: every one stored, progress reported once
// per file in order up to the total, and the store written in batches (the
// progress of a batch is reported only after its commit, so the documents
// stored at the first report of a batch include the whole batch).
func TestImportOfTenThousandSmallFiles(t *testing.T) {
	const n = 10_000
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("临江区第%d号管理通知\n\n第一条 为规范第%d片区的停车秩序，制定本通知。\n第二条 本通知自2026年12月1日起施行。\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.txt", i)), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	st, err := storage.Open(filepath.Join(t.TempDir(), "t.db"), storage.Options{Actor: "审查员"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	calls, last := 0, 0
	var unaligned []int
	rep, err := Import(context.Background(), st, []string{dir}, ImportOptions{
		Progress: func(done, total int, file string) {
			calls++
			if total != n || done != last+1 {
				t.Fatalf("progress %d/%d after %d", done, total, last)
			}
			last = done
			// At the first report of each batch, the whole batch is stored.
			if done%batchSize == 1 {
				if docs, _, _ := st.Count(); docs != min(done-1+batchSize, n) {
					unaligned = append(unaligned, docs)
				}
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Imported) != n || len(rep.Failed) != 0 || len(rep.Duplicates) != 0 || rep.Files != n {
		t.Fatalf("imported %d, failed %d, duplicates %d of %d files", len(rep.Imported), len(rep.Failed), len(rep.Duplicates), rep.Files)
	}
	if calls != n {
		t.Errorf("%d progress reports, want one per file (%d)", calls, n)
	}
	if len(unaligned) > 0 {
		t.Errorf("progress reported files of a batch of %d not yet stored: documents at batch starts %v", batchSize, unaligned[:min(5, len(unaligned))])
	}
	docs, _, _ := st.Count()
	if docs != n {
		t.Errorf("%d documents in the store, want %d", docs, n)
	}
}
