package storage_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"beishen/review"
	"beishen/storage"
)

// copyFixture copies a committed database into a private temporary file.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// testdata/schema2.db was built by the previous release (commit b9e7411):
// the demo's eleven documents, a comment, a decision, an undone comment,
// a second version, and a jsonl export of its log (schema2.jsonl, its
// first 139 events). A writer's Open converts it to schema 3; the log
// reads back byte for byte, every state replays, and the file shrinks its
// findings to one copy.
func TestMigrationFromThePreviousRelease(t *testing.T) {
	path := copyFixture(t, "schema2.db")
	want := readJSONL(t, filepath.Join("testdata", "schema2.jsonl"))

	// A read-only open reads the old layout as it is and writes nothing.
	before, _ := os.ReadFile(path)
	ro, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := ro.Verify(); err != nil || !r.OK() {
		t.Fatalf("schema 2 read-only verify: %v %v", err, r.Problems)
	}
	oldDoc4, err := ro.Document(4)
	if err != nil {
		t.Fatal(err)
	}
	oldV3, err := ro.Version(3, 1)
	if err != nil {
		t.Fatal(err)
	}
	ro.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("a read-only open of a schema 2 file changed it")
	}

	st, err := storage.Open(path, storage.Options{Actor: "审查员"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := st.Verify()
	if err != nil || !r.OK() {
		t.Fatalf("verify after migration: %v %v", err, r.Problems)
	}
	if r.Events != 140 || r.Documents != 11 {
		t.Fatalf("after migration: %d events, %d documents", r.Events, r.Documents)
	}
	i := 0
	err = st.EachEvent(1, func(e review.Event) error {
		if i < len(want) {
			got, _ := json.Marshal(e)
			if !bytes.Equal(got, want[i]) {
				t.Errorf("event #%d reads back as\n%s\nwant\n%s", e.Seq, got, want[i])
			}
		}
		i++
		return nil
	})
	if err != nil || i != 140 {
		t.Fatalf("%d events read, %v", i, err)
	}
	doc4, err := st.Document(4)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := mustJSON(t, oldDoc4), mustJSON(t, doc4); !bytes.Equal(a, b) {
		t.Errorf("document 4 changed in the migration:\n%s\n%s", a, b)
	}
	v3, err := st.Version(3, 1)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := mustJSON(t, oldV3), mustJSON(t, v3); !bytes.Equal(a, b) || len(v3.Findings) == 0 {
		t.Errorf("version 3/1 changed in the migration (%d findings):\n%s\n%s", len(v3.Findings), a, b)
	}
	// The migrated file takes new work, and verifies after it.
	if _, _, err := st.Do(review.NewEvent(1, review.Comment{Text: "升级后的批注"})); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Undo(1); err != nil {
		t.Fatal(err)
	}
	if r, err := st.Verify(); err != nil || !r.OK() {
		t.Fatalf("verify after new work: %v %v", err, r.Problems)
	}
	st.Close()
	// Opening it again migrates nothing.
	st2, err := storage.Open(path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st2.Close()
}

func readJSONL(t *testing.T, path string) [][]byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		out = append(out, append([]byte(nil), sc.Bytes()...))
	}
	return out
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
