package storage

import (
	"encoding/binary"
	"fmt"
	"os"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// pagedDB is a closed database whose events fill pages of their own and
// whose freelist names a few pages, with its meta.
func pagedDB(t *testing.T) (string, metaPage) {
	t.Helper()
	s, path := openTemp(t)
	for i := range 60 {
		if _, err := s.Import(item(fmt.Sprintf("临江区第%d号管理办法", i), fmt.Sprintf("sha-%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m0, _ := readMeta(b[pageHeaderSize:])
	m1, _ := readMeta(b[int(m0.pageSize)+pageHeaderSize:])
	if m1.tx > m0.tx {
		m0 = m1
	}
	return path, m0
}

// editPage changes page id of the file at path in place.
func editPage(t *testing.T, path string, m metaPage, id uint64, edit func(p []byte)) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ps := uint64(m.pageSize)
	edit(b[id*ps : (id+1)*ps])
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// boltSays is what bbolt's own check says of the file: the structure
// check verify runs in its place is to find the same damage.
func boltSays(t *testing.T, path string) []string {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []string
	db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			out = append(out, err.Error())
		}
		return nil
	})
	return out
}

func verifySays(t *testing.T, path string) []string {
	t.Helper()
	r := verifyFile(t, path)
	var out []string
	for _, p := range r.Problems {
		out = append(out, p.ZH)
	}
	return out
}

// verifyFile is Verify's report on the closed database at path, opened
// read-only.
func verifyFile(t *testing.T, path string) Report {
	t.Helper()
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, err := s.Verify()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A page left out of the freelist, a page freed twice, a page in use that
// the freelist also names, keys out of order in a page: verify reports each
// as a problem of the database's structure, as bbolt's check does.
func TestVerifyReportsWhatBboltsCheckReports(t *testing.T) {
	le := binary.LittleEndian
	freelist := func(p []byte) []byte { return p[pageHeaderSize : pageHeaderSize+8*int(le.Uint16(p[10:]))] }
	for _, tc := range []struct {
		name string
		edit func(t *testing.T, path string, m metaPage)
		says string
	}{
		{"a free page left out of the freelist", func(t *testing.T, path string, m metaPage) {
			editPage(t, path, m, m.freelist, func(p []byte) {
				if le.Uint16(p[10:]) == 0 {
					t.Skip("the freelist is empty")
				}
				le.PutUint16(p[10:], le.Uint16(p[10:])-1)
			})
		}, "unreachable unfreed"},
		{"a page freed twice", func(t *testing.T, path string, m metaPage) {
			editPage(t, path, m, m.freelist, func(p []byte) {
				ids := freelist(p)
				if len(ids) < 2 {
					t.Skip("the freelist names fewer than two pages")
				}
				copy(ids[8:16], ids[0:8])
			})
		}, "already freed"},
		{"a page in use named free", func(t *testing.T, path string, m metaPage) {
			editPage(t, path, m, m.freelist, func(p []byte) {
				ids := freelist(p)
				if len(ids) < 1 {
					t.Skip("the freelist is empty")
				}
				le.PutUint64(ids, m.root)
			})
		}, "reachable freed"},
		{"keys out of order", func(t *testing.T, path string, m metaPage) {
			b, _ := os.ReadFile(path)
			ps := uint64(m.pageSize)
			// A freed page keeps its old contents, and damaging it damages
			// nothing reachable: only pages in use are edited.
			free := map[uint64]bool{}
			for ids := freelist(b[m.freelist*ps:]); len(ids) >= 8; ids = ids[8:] {
				free[le.Uint64(ids)] = true
			}
			for id := uint64(2); id < m.highWater; id++ {
				p := b[id*ps : (id+1)*ps]
				if free[id] || le.Uint64(p) != id || le.Uint16(p[8:]) != leafPage || le.Uint16(p[10:]) < 2 || le.Uint32(p[pageHeaderSize+8:]) != 8 {
					continue
				}
				editPage(t, path, m, id, func(p []byte) {
					k0 := p[pageHeaderSize+le.Uint32(p[pageHeaderSize+4:]):][:8]
					k1 := p[pageHeaderSize+16+le.Uint32(p[pageHeaderSize+16+4:]):][:8]
					var k [8]byte
					copy(k[:], k0)
					copy(k0, k1)
					copy(k1, k[:])
				})
				return
			}
			t.Fatal("no leaf page of eight-byte keys")
		}, "increasing order"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, m := pagedDB(t)
			if got := verifySays(t, path); len(got) != 0 {
				t.Fatalf("before the edit verify says %q", got)
			}
			tc.edit(t, path, m)
			if len(boltSays(t, path)) == 0 {
				t.Fatal("bbolt's check finds nothing wrong: the test damages nothing")
			}
			got := verifySays(t, path)
			found := false
			for _, p := range got {
				found = found || (strings.HasPrefix(p, "数据库结构检查: ") && strings.Contains(p, tc.says))
			}
			if !found {
				t.Errorf("verify says %q, want a structure problem with %q (bbolt's check: %q)", got, tc.says, boltSays(t, path))
			}
		})
	}
}

// The file is read in two halves at once: in pieces of one page, the
// halves meet inside the tree and each page's keys are summed up in its
// own half; the walk finds what it finds reading in one.
func TestVerifyReportsWhatBboltsCheckReportsReadInSmallPieces(t *testing.T) {
	defer func(p uint64) { walkPiece = p }(walkPiece)
	walkPiece = 1
	path, m := pagedDB(t)
	if m.highWater < 8 {
		t.Fatalf("a file of %d pages does not test this", m.highWater)
	}
	if got := verifySays(t, path); len(got) != 0 {
		t.Fatalf("untouched file: %v", got)
	}
	TestVerifyReportsWhatBboltsCheckReports(t)
}
