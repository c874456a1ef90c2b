package storage

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
)

// Compact rewrites a file grown by years of actions in key order: it comes
// out no larger, every event, document and text reads back the same, the
// log verifies, and the store goes on working on the new file. A shared
// store says it compacts itself.
func TestCompactKeepsEverythingAndGivesSpaceBack(t *testing.T) {
	s, path := openTemp(t)
	for i := range 300 {
		res, err := s.Import(item(fmt.Sprintf("临江区第%d号管理办法", i), fmt.Sprintf("sha-%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		for j := range 4 { // states that grow after their page filled
			if _, _, err := s.Do(review.NewEvent(res.Doc.ID, review.Comment{Text: fmt.Sprintf("第%d条批注：请补充制定依据和征求意见情况", j)})); err != nil {
				t.Fatal(err)
			}
		}
	}
	evsBefore, _ := s.AllEvents()
	d7, _ := s.Document(7)
	before, after, err := s.Compact()
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); after != fi.Size() || after > before {
		t.Fatalf("compacted %d → %d bytes (file %d)", before, after, fi.Size())
	}
	t.Logf("compacted %d → %d bytes", before, after)
	evsAfter, _ := s.AllEvents()
	if !slices.EqualFunc(evsBefore, evsAfter, func(a, b review.Event) bool { return a.Hash == b.Hash && a.Seq == b.Seq }) {
		t.Fatal("the log reads back differently after compaction")
	}
	if d, _ := s.Document(7); d.LastSeq != d7.LastSeq || d.Comments != d7.Comments {
		t.Fatalf("document 7 changed: %+v", d)
	}
	if r, err := s.Verify(); err != nil || !r.OK() {
		t.Fatalf("verify after compaction: %v %+v", err, r.Problems)
	}
	if _, _, err := s.Do(review.NewEvent(7, review.Comment{Text: "压缩后"})); err != nil {
		t.Fatalf("the store stopped working on the new file: %v", err)
	}
	if _, err := os.Stat(path + ".migrate"); !os.IsNotExist(err) {
		t.Errorf("the copy was left beside the file: %v", err)
	}
}

// A document's text, packed, is about 1.3 KB, and a 4 KB page held two or
// three of them: a quarter of the texts' space stayed empty. A new file is
// written with 16 KB pages; a file an earlier build created with 4 KB pages
// keeps them (bbolt cannot change a file's page size in place) until
// `beishen compact` rewrites it, which gives that space back and keeps every
// text.
func TestCompactRewritesOldFilesWithLargerPages(t *testing.T) {
	_, fresh := openTemp(t)
	if got := filePageSize(t, fresh); got != pageSize {
		t.Fatalf("a new file has %d-byte pages, want %d", got, pageSize)
	}

	path := filepath.Join(t.TempDir(), "old.db")
	old, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: 4096})
	if err != nil {
		t.Fatal(err)
	}
	old.Close()
	s, err := Open(path, Options{Actor: "张三", Now: clock()})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewSource(1))
	var texts []string
	for i := range 400 {
		// 450 characters drawn from 3,000 common ones pack to about the
		// size of a real excerpt.
		r := make([]rune, 450)
		for j := range r {
			r[j] = rune(0x4e00 + rng.Intn(3000))
		}
		it := item(fmt.Sprintf("临江区第%d号管理办法", i), fmt.Sprintf("sha-%d", i))
		it.Version.Text = string(r)
		if _, err := s.Import(it); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(r))
	}
	if got := filePageSize(t, path); got != 4096 {
		t.Fatalf("an existing file's pages became %d bytes on opening", got)
	}
	before, after, err := s.Compact()
	if err != nil {
		t.Fatal(err)
	}
	if got := filePageSize(t, path); got != pageSize {
		t.Fatalf("compacted file has %d-byte pages, want %d", got, pageSize)
	}
	if after > before*85/100 {
		t.Fatalf("compacted %d → %d bytes: the texts' empty space was not given back", before, after)
	}
	t.Logf("compacted %d → %d bytes", before, after)
	for _, id := range []uint64{1, 200, 400} {
		v, err := s.Version(id, 1)
		if err != nil || v.Text != texts[id-1] {
			t.Fatalf("text of document %d reads back differently (%v)", id, err)
		}
	}
}

// filePageSize reads the page size a bbolt file records in its first meta
// page.
func filePageSize(t *testing.T, path string) int {
	t.Helper()
	b := make([]byte, pageHeaderSize+metaSize)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.ReadAt(b, 0); err != nil {
		t.Fatal(err)
	}
	m, ok := readMeta(b[pageHeaderSize:])
	if !ok {
		t.Fatalf("%s: no valid meta page", path)
	}
	return int(m.pageSize)
}
