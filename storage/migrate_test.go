package storage_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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

// testdata/schema4.db was built by the release before schema 5 (commit
// a8bb478): the demo, a comment, an undone comment, a dismissed finding and
// a second version; schema4.jsonl is its log and schema4-state.json every
// document and version as that release read them back. Read-only, the file
// reads the same and is left as it is; a writer's open rewrites it into
// schema 5 (event types as codes, versions by reference, a history list a
// document, full pages), after which the log, every state and every
// version read back as the old release read them, verify passes, and the
// file takes new work.
func TestMigrationFromSchema4(t *testing.T) {
	path := copyFixture(t, "schema4.db")
	events := readJSONL(t, filepath.Join("testdata", "schema4.jsonl"))
	rawState, err := os.ReadFile(filepath.Join("testdata", "schema4-state.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]json.RawMessage
	if err := json.Unmarshal(rawState, &want); err != nil {
		t.Fatal(err)
	}
	same := func(when string, st *storage.Store) {
		t.Helper()
		r, err := st.Verify()
		if err != nil || !r.OK() {
			t.Fatalf("%s: verify: %v %v", when, err, r.Problems)
		}
		i := 0
		err = st.EachEvent(1, func(e review.Event) error {
			if i < len(events) {
				if got := mustJSON(t, e); !bytes.Equal(got, events[i]) {
					t.Errorf("%s: event #%d reads back as\n%s\nwant\n%s", when, e.Seq, got, events[i])
				}
			}
			i++
			return nil
		})
		if err != nil || i < len(events) {
			t.Fatalf("%s: %d events read, %v", when, i, err)
		}
		for key, w := range want {
			var id uint64
			var n int
			var got any
			if _, err := fmt.Sscanf(key, "version %d/%d", &id, &n); err == nil {
				got, err = st.Version(id, n)
				if err != nil {
					t.Fatalf("%s: %s: %v", when, key, err)
				}
			} else if _, err := fmt.Sscanf(key, "doc %d", &id); err == nil {
				got, err = st.Document(id)
				if err != nil {
					t.Fatalf("%s: %s: %v", when, key, err)
				}
			} else {
				t.Fatalf("fixture key %q", key)
			}
			var a, b any
			json.Unmarshal(w, &a)
			json.Unmarshal(mustJSON(t, got), &b)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s: %s reads back as\n%s\nwant\n%s", when, key, mustJSON(t, got), w)
			}
		}
	}

	before, _ := os.ReadFile(path)
	ro, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	same("schema 4 read-only", ro)
	ro.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("a read-only open of a schema 4 file changed it")
	}

	st, err := storage.Open(path, storage.Options{Actor: "审查员"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	same("migrated", st)
	if fi, _ := os.Stat(path); fi.Size() > int64(len(before)) {
		t.Errorf("the rewritten file grew from %d to %d bytes", len(before), fi.Size())
	}
	// New work on the migrated file: an action, its undo, a third version.
	if _, _, err := st.Do(review.NewEvent(4, review.Comment{Text: "升级后的批注"})); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Undo(4); err != nil {
		t.Fatal(err)
	}
	v2, err := st.Version(4, 2)
	if err != nil {
		t.Fatal(err)
	}
	d, err := st.AddVersion(4, storage.NewVersion{FileName: "第三稿.txt", Format: "txt", Encoding: "utf-8", SHA256: "cd",
		Size: 10, Text: v2.Text + "\n第十条 附则。", Findings: v2.Findings, RulesVersion: v2.RulesVersion}, "再次修改")
	if err != nil || d.Version != 3 {
		t.Fatalf("a third version: %d %v", d.Version, err)
	}
	hist, err := st.Events(4)
	if err != nil || len(hist) < 4 || hist[len(hist)-1].Type != review.EvVersionAdded {
		t.Fatalf("document 4's history after new work: %d events, %v", len(hist), err)
	}
	for i := 1; i < len(hist); i++ {
		if hist[i].Seq <= hist[i-1].Seq {
			t.Fatalf("document 4's history is out of order: #%d after #%d", hist[i].Seq, hist[i-1].Seq)
		}
	}
	if r, err := st.Verify(); err != nil || !r.OK() {
		t.Fatalf("verify after new work: %v %v", err, r.Problems)
	}
	st.Close()
	st2, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if v3, err := st2.Version(4, 3); err != nil || v3.FileName != "第三稿.txt" || len(v3.Findings) != len(v2.Findings) {
		t.Fatalf("version 4/3 after reopening: %+v %v", v3.FileName, err)
	}
	st2.Close()
}
