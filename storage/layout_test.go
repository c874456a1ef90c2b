package storage

import (
	"encoding/binary"
	"strings"
	"testing"

	"beishen/review"
	"beishen/storage/kv"
)

// Every event type has a code, so no type is spelt out in a million
// records; a new type must be added at the end of eventTypes.
func TestEveryEventTypeHasACode(t *testing.T) {
	for _, ty := range review.EventTypes() {
		if _, ok := eventCodes[ty]; !ok {
			t.Errorf("event type %q has no code in eventTypes", ty)
		}
	}
}

// After the rewrite from schema 4 the file holds the compact layout only:
// each version record refers to its event, each document's history is one
// list, and each event's type is a code.
func TestRewrittenLayout(t *testing.T) {
	s, err := Open(copyTestdata(t, "schema4.db"), Options{Actor: "审查员"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.view(func(tx kv.Tx) error {
		tx.Bucket(bVersions).ForEach(func(k, v []byte) error {
			if versionEvent(v) == 0 {
				t.Errorf("version record %x is not a reference to its event", k)
			}
			return nil
		})
		n := 0
		tx.Bucket(bDocEvents).ForEach(func(k, v []byte) error {
			if n++; len(k) != 8 || len(v) == 0 {
				t.Errorf("docevents key %x is not a document's list", k)
			}
			return nil
		})
		if n != tx.Bucket(bRows).KeyN() {
			t.Errorf("%d history lists for %d documents", n, tx.Bucket(bRows).KeyN())
		}
		tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
			if v[0] != eventFormat || v[1]&flagTypeCode == 0 {
				t.Errorf("event #%d is not in the schema 5 layout", btoi(k))
			}
			return nil
		})
		return nil
	})
}

// The shrunk data of an event expands to exactly the bytes it was made
// from, whatever they are; data with a byte below 0x20 is left as it is.
func TestShrunkDataReadsBackExactly(t *testing.T) {
	samples := []string{
		``, `{}`, `{"item":"LC1","mark":"pass"}`, `{"material":"drafting_note","present":true}`,
		`{"item":"LC1","mark":"pass"}{"item":"`, `"","mark":"pass"}}`, `{"text":"正文 \"item\":\"x\" 结束"}`,
		`{"kind":"draft","meta":{"title":"关于","doc_number":"","issuer":"区政府","issuer_type":"department","drafting_unit":"司法局","received":"2026-01-02","signed":"","published":"","effective":"","validity_end":"","affects_operators":false},"version":{"n":2,"file_name":"a.docx","format":"docx","encoding":"","sha256":"ab","text_sha256":"cd","size":3,"rules_version":"x","findings":[]}}`,
	}
	for _, s := range samples {
		b, ok := shrinkData([]byte(s))
		if !ok {
			t.Fatalf("%q not shrunk", s)
		}
		got, err := growData(nil, b)
		if err != nil || string(got) != s || grownSize(b) != len(s) {
			t.Errorf("%q reads back as %q (%v), of %d bytes", s, got, err, grownSize(b))
		}
	}
	if len(dataTokens) >= dataEscape {
		t.Fatalf("%d one-byte fragments: 0x01 to 0x%02x only", len(dataTokens), dataEscape-1)
	}
	// Every fragment glued to every other, and cut anywhere.
	var all []byte
	for _, f := range append(append([]string{}, dataTokens...), dataTokens2...) {
		all = append(all, f...)
		all = append(all, f[:len(f)/2]...)
	}
	for i := 0; i < len(all); i += 7 {
		for _, j := range []int{i + 1, i + 13, i + 90, len(all)} {
			s := all[i:min(j, len(all))]
			b, _ := shrinkData(s)
			if got, err := growData(nil, b); err != nil || string(got) != string(s) || grownSize(b) != len(s) {
				t.Fatalf("%q reads back as %q (%v), of %d bytes", s, got, err, grownSize(b))
			}
		}
	}
	if b, ok := shrinkData([]byte("{\n\"item\":\"LC1\"}")); ok || string(b) != "{\n\"item\":\"LC1\"}" {
		t.Errorf("data with a newline was shrunk: %q", b)
	}
	if _, err := growData(nil, []byte{dataEscape, byte(len(dataTokens2))}); err == nil {
		t.Error("an unknown fragment code was read")
	}
}

// What schema 5 stores anew is covered by verify: a document's history
// list that lacks an event, or a version record that names another event,
// is reported (the log and the states are untouched).
func TestVerifyChecksHistoryListsAndVersionReferences(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tamper func(tx kv.Tx)
		want   string
	}{
		{"a history list without its last event", func(tx kv.Tx) {
			b := tx.Bucket(bDocEvents)
			seqs, _ := docSeqs(tx, 4, 0)
			var v []byte
			last := uint64(0)
			for _, seq := range seqs[:len(seqs)-1] {
				v = binary.AppendUvarint(v, seq-last)
				last = seq
			}
			b.Put(itob(4), v)
		}, "文件 #4 的事件索引与审查日志不符"},
		{"a version record naming another document's import", func(tx kv.Tx) {
			hist, _ := docEvents(tx, 3)
			tx.Bucket(bVersions).Put(pair(4, 1), binary.AppendUvarint(append([]byte(nil), versionMark...), hist[0].Seq))
		}, "文件 #4 第 1 版的版本记录指向事件"},
		{"a version record naming a later event", func(tx kv.Tx) {
			seq := tx.Bucket(bEvents).Sequence()
			tx.Bucket(bVersions).Put(pair(4, 1), binary.AppendUvarint(append([]byte(nil), versionMark...), seq))
		}, "文件 #4 第 1 版的版本记录指向事件"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := copyTestdata(t, "schema4.db")
			s, err := Open(path, Options{Actor: "审查员"})
			if err != nil {
				t.Fatal(err)
			}
			if r, err := s.Verify(); err != nil || !r.OK() {
				t.Fatalf("before: %v %v", err, r.Problems)
			}
			if err := s.update(func(tx kv.Tx) error { tc.tamper(tx); return nil }); err != nil {
				t.Fatal(err)
			}
			r, err := s.Verify()
			s.Close()
			if err != nil || r.OK() {
				t.Fatalf("after: %v, no problem found", err)
			}
			found := false
			for _, p := range r.Problems {
				found = found || strings.Contains(p.ZH, tc.want)
			}
			if !found {
				t.Errorf("no problem says %q: %v", tc.want, r.Problems)
			}
		})
	}
}
