package search

import (
	"reflect"
	"testing"
)

// An index read back from its snapshot answers every query as the one that
// wrote it, and goes on taking edits.
func TestSnapshotAnswersAsTheIndexItWasTakenFrom(t *testing.T) {
	docs := synthetic(t, 3000)
	ix := New(docs)
	ix.Remove(docs[7].ID) // a tombstone travels too
	raw, err := ix.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// Read where it lies, and copied out of a buffer that is not aligned.
	shifted, err := LoadIndex(append([]byte{0}, raw...)[1:])
	if err != nil {
		t.Fatal(err)
	}
	back, err := LoadIndex(raw)
	if err != nil {
		t.Fatal(err)
	}
	if back.Len() != ix.Len() {
		t.Fatalf("%d documents back, %d written", back.Len(), ix.Len())
	}
	for _, q := range append(equalityQueries, "", "湖") {
		want := ix.Search(q, 50)
		for _, b := range []*Index{back, shifted} {
			if got := b.Search(q, 50); !reflect.DeepEqual(got, want) {
				t.Errorf("%q: snapshot answers %d/%d hits, the index %d/%d", q, len(got.Hits), got.Total, len(want.Hits), want.Total)
			}
		}
	}
	edit := Doc{ID: docs[3].ID, Entry: Key("南浔区公平竞争审查工作办法", "浔政规〔2026〕1号")}
	ix.Add(edit)
	back.Add(edit)
	if got, want := back.Search("南浔gpjz", 10), ix.Search("南浔gpjz", 10); !reflect.DeepEqual(got, want) || want.Total == 0 {
		t.Errorf("after an edit the snapshot answers %+v, the index %+v", got, want)
	}
}

// Bytes that are not a whole snapshot are refused, never half read.
func TestSnapshotRefusesDamagedBytes(t *testing.T) {
	raw, _ := New(synthetic(t, 200)).MarshalBinary()
	for _, bad := range [][]byte{nil, []byte("BSIX\x02"), raw[:len(raw)/2], append(append([]byte(nil), raw...), 0)} {
		if _, err := LoadIndex(bad); err == nil {
			t.Errorf("%d bytes read as a snapshot", len(bad))
		}
	}
}
