package storage

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"beishen/review"
)

// The bulk crash test kills a process in the middle of multi-document
// transactions (an import batch, a bulk action on marked documents) and
// checks that each one is on disk whole or not at all: the crash test of
// crash_test.go takes single actions only.

const bulkWorkloadEnv = "BEISHEN_CRASH_BULK_WORKLOAD"

const bulkSize = 50

// runBulkWorkload imports batches of bulkSize documents and comments on all
// of them in one DoAll, forever, printing "ack import B" and "ack bulk B"
// after each commit. Titles and comment texts carry the batch name B.
func runBulkWorkload(path string) {
	s, err := Open(path, Options{Actor: "压力测试", Timeout: 5 * time.Second})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	for i := 0; ; i++ {
		batch := fmt.Sprintf("%d-%d", os.Getpid(), i)
		items := make([]ImportItem, bulkSize)
		for j := range items {
			n := fmt.Sprintf("%s-%d", batch, j)
			items[j] = ImportItem{Kind: review.Draft, Meta: review.Meta{Title: "批次" + batch + " 文件" + n},
				Version: NewVersion{FileName: n + ".txt", SHA256: "sha-" + n, Text: strings.Repeat("第一条 本办法适用于本区。", 40)}}
		}
		res, err := s.ImportBatch(items)
		if err != nil {
			fmt.Println("import:", err)
			os.Exit(4)
		}
		fmt.Printf("ack import %s\n", batch)
		evs := make([]review.Event, len(res))
		for j, r := range res {
			evs[j] = review.NewEvent(r.Doc.ID, review.Comment{Text: "批量意见 " + batch})
		}
		if _, err := s.DoAll(evs); err != nil {
			fmt.Println("bulk:", err)
			os.Exit(3)
		}
		fmt.Printf("ack bulk %s\n", batch)
	}
}

func TestSIGKILLDuringBulkWritesLeavesWholeBatchesOnly(t *testing.T) {
	kills := 20
	if testing.Short() {
		kills = 3
	}
	path := filepath.Join(t.TempDir(), "bulk.db")
	rng := rand.New(rand.NewSource(2))
	acked := map[string]bool{} // "import B" / "bulk B"
	for k := 0; k < kills; k++ {
		// Kill somewhere inside the next batch's transaction.
		killAfter(t, bulkWorkloadEnv, path, 1+rng.Intn(6), time.Duration(rng.Intn(20000))*time.Microsecond, func(line string) error {
			acked[line] = true
			return nil
		})

		s, err := Open(path, Options{Timeout: 5 * time.Second})
		if err != nil {
			t.Fatalf("kill %d: reopen: %v", k, err)
		}
		if r, err := s.Verify(); err != nil || !r.OK() {
			t.Fatalf("kill %d: verify: %v %v", k, err, r.Problems)
		}
		onDisk := map[string]int{}
		s.EachEvent(1, func(e review.Event) error {
			p, err := e.Decode()
			if err != nil {
				return err
			}
			switch p := p.(type) {
			case *review.Imported:
				onDisk["import "+strings.Fields(strings.TrimPrefix(p.Meta.Title, "批次"))[0]]++
			case *review.Comment:
				onDisk["bulk "+strings.TrimPrefix(p.Text, "批量意见 ")]++
			}
			return nil
		})
		s.Close()
		for batch, n := range onDisk {
			if n != bulkSize {
				t.Fatalf("kill %d: %s has %d of its %d events on disk: a half-written transaction", k, batch, n, bulkSize)
			}
		}
		for batch := range acked {
			if onDisk[batch] != bulkSize {
				t.Fatalf("kill %d: acknowledged %s is missing after the crash", k, batch)
			}
		}
	}
	t.Logf("%d kills during bulk writes, %d acknowledged transactions of %d documents each, none half-written", kills, len(acked), bulkSize)
}
