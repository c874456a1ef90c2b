package cli

import (
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// tamper flips one byte of the stored event seq, as someone editing the
// file behind the program's back would.
func tamper(t *testing.T, path string, seq uint64) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("events"))
		k := []byte{0, 0, 0, 0, 0, 0, 0, byte(seq)}
		v := append([]byte(nil), b.Get(k)...)
		i := strings.Index(string(v), `"actor":"`) + len(`"actor":"`)
		v[i] ^= 0x20
		return b.Put(k, v)
	})
	if err != nil {
		t.Fatal(err)
	}
}
