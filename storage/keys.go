package storage

import "encoding/binary"

// Buckets. Keys are big-endian integers so that bbolt's byte order is
// numeric order (stack-notes §5).
var (
	bMeta      = []byte("meta")      // schema version, chain head
	bDocs      = []byte("docs")      // doc id → review.Document JSON, findings by reference (codec.go)
	bRows      = []byte("rows")      // doc id → review.Summary in binary (rows.go), the queue's view
	bVersions  = []byte("versions")  // doc id | version → the event that brought it (codec.go), or review.Version JSON without text
	bTexts     = []byte("texts")     // doc id | version → text (deflated, texts.go), read only when a document opens
	bEvents    = []byte("events")    // seq → review.Event, binary since schema 3 (codec.go)
	bDocEvents = []byte("docevents") // doc id → its events' seqs as uvarint differences (docevents.go); doc id | seq → nil before schema 5
	bHashes    = []byte("hashes")    // file SHA-256 → doc id | version: duplicate detection
	bSearch    = []byte("search")    // doc id → precomputed search key
	bFindings  = []byte("findings")  // seq of an imported/version_added event → its findings (codec.go)
	bTally     = []byte("tally")     // year | seq → what the year's statistics read of a counted event (tally.go)

	allBuckets = [][]byte{bMeta, bDocs, bRows, bVersions, bTexts, bEvents, bDocEvents, bHashes, bSearch, bFindings, bTally}

	kSchema = []byte("schema")
	kHead   = []byte("head") // hash of the last event
)

func itob(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

func btoi(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func pair(a, b uint64) []byte {
	k := make([]byte, 16)
	binary.BigEndian.PutUint64(k, a)
	binary.BigEndian.PutUint64(k[8:], b)
	return k
}

func unpair(k []byte) (uint64, uint64) {
	return binary.BigEndian.Uint64(k), binary.BigEndian.Uint64(k[8:])
}
