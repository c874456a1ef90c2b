package storage_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"beishen/review"
	"beishen/storage"
	"beishen/storage/etcdserve"
	"beishen/storage/gen"
)

// sharedStore opens a fresh store on an embedded cluster of n members
// (fsync on, as an office's cluster runs).
func sharedStore(b *testing.B, n int) *storage.Store {
	b.Helper()
	c, err := etcdserve.Start(b.TempDir(), n, etcdserve.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(c.Close)
	st, err := storage.OpenShared(c.URL(), storage.Options{Actor: "审查员", Now: gen.Clock()}, storage.SharedOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// seedDocs imports n small documents.
func seedDocs(b *testing.B, st *storage.Store, n int) {
	b.Helper()
	var items []storage.ImportItem
	for i := range n {
		items = append(items, storage.ImportItem{Kind: review.Draft, Meta: review.Meta{Title: fmt.Sprintf("办法%d", i)},
			Version: storage.NewVersion{FileName: "f.txt", SHA256: strconv.Itoa(i), Text: "第一条 为了规范管理，制定本办法。"}})
	}
	if _, err := st.ImportBatch(items); err != nil {
		b.Fatal(err)
	}
}

// timeActions commits b.N comments and reports the latency percentiles.
func timeActions(b *testing.B, st *storage.Store) {
	seedDocs(b, st, 1)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, _, err := st.Do(review.NewEvent(1, review.Comment{Text: "请补充制定依据。"})); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// One review action on the local file (fsync per commit) …
func BenchmarkActionBolt(b *testing.B) {
	st, err := storage.Open(filepath.Join(b.TempDir(), "b.db"), storage.Options{Actor: "审查员", Now: gen.Clock()})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	timeActions(b, st)
}

// … and on a three-member etcd cluster on this machine.
func BenchmarkActionEtcd3(b *testing.B) { timeActions(b, sharedStore(b, 3)) }

// A bulk action on 1,000 documents of a three-member cluster: committed in
// batches within etcd's 128-operation limit.
func BenchmarkBulk1000Etcd3(b *testing.B) {
	st := sharedStore(b, 3)
	seedDocs(b, st, 1000)
	b.ResetTimer()
	batches := 0
	for i := 0; i < b.N; i++ {
		evs := make([]review.Event, 1000)
		for j := range evs {
			evs[j] = review.NewEvent(uint64(j+1), review.Comment{Text: "批量批注"})
		}
		out, err := st.DoAll(evs)
		if err != nil {
			b.Fatal(err)
		}
		batches = out[len(out)-1].Batch
	}
	b.ReportMetric(float64(batches), "batches")
}

// verify of a generated office on a one-member cluster: documents from
// BEISHEN_ETCD_DOCS (default 10,000; the figure is 100,000).
func BenchmarkVerifyEtcd(b *testing.B) {
	n := 10_000
	if v, err := strconv.Atoi(os.Getenv("BEISHEN_ETCD_DOCS")); err == nil {
		n = v
	}
	root, ok := gen.Corpus()
	if !ok {
		b.Skip("no corpus beside the repository")
	}
	st := sharedStore(b, 1)
	t0 := time.Now()
	if err := gen.Generate(st, n, 1, root); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d documents on etcd in %s", n, time.Since(t0).Round(time.Second))
	before, _ := st.RequestStats()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := st.Verify()
		if err != nil || !r.OK() {
			b.Fatalf("verify: %v %+v", err, r.Problems)
		}
	}
	after, _ := st.RequestStats()
	b.ReportMetric(float64(after.Gets+after.Ranges-before.Gets-before.Ranges)/float64(b.N*n), "requests/doc")
}
