package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"time"

	"beishen/review"
)

// chainHasher checks an event's hash for Verify's pass over the log
// without review.Event.Canonical's reflection: it writes the canonical
// encoding (the JSON of seq, doc, type, at, actor, data, workflow, prev,
// in that order) by appending, with the data's bytes as they are. For an
// event as a writer stored it those are exactly Canonical's bytes, and the
// hash matches. When it does not (data json.Marshal would have compacted
// or escaped, or an altered event) the event is hashed again by
// ComputeHash itself, which decides. A match is sound: the encoding is
// unambiguous (strings escaped, data an object between "data": and the
// fields after it, which end in the 64 hex digits of prev), so equal
// bytes mean the same fields as the event that was sealed.
type chainHasher struct {
	buf    []byte
	quoted map[string][]byte // JSON strings of the types and actors met
}

func newChainHasher() *chainHasher {
	return &chainHasher{buf: make([]byte, 0, 4096), quoted: map[string][]byte{}}
}

// link is an event's hash or prev as the chain walk keeps it: the 32
// bytes a binary record stores, made hex only for a message (a million
// events made two hex strings each). A hash that is not 64 lower-case hex
// digits (an altered JSON record) is kept as written; the zero link is ""
// (no event before).
type link struct {
	sum [32]byte
	odd string // the hash as written, when it is not plain hex
	set bool
}

func linkOf(s string) link {
	switch {
	case s == "":
		return link{}
	case len(s) == 64 && plainHex(s):
		var l link
		hex.Decode(l.sum[:], []byte(s))
		l.set = true
		return l
	}
	return link{odd: s, set: true}
}

func (l link) String() string {
	switch {
	case !l.set:
		return ""
	case l.odd != "":
		return l.odd
	}
	return hex.EncodeToString(l.sum[:])
}

// ok reports whether e's content matches e.Hash.
func (h *chainHasher) ok(e *review.Event) bool {
	return h.okLinks(e, linkOf(e.Hash), linkOf(e.Prev))
}

// okLinks reports whether e's content, with prev as its prev, matches
// hash. e.Hash and e.Prev are not read; when the hash is computed by
// ComputeHash they are set from hash and prev.
func (h *chainHasher) okLinks(e *review.Event, hash, prev link) bool {
	if sum, fast := h.sum(e, prev); fast && hash.set && hash.odd == "" && sum == hash.sum {
		return true
	}
	e.Hash, e.Prev = hash.String(), prev.String()
	return e.ComputeHash() == e.Hash
}

// sum hashes the canonical encoding of e, with prev as its prev, when it
// can be written directly.
func (h *chainHasher) sum(e *review.Event, prev link) ([32]byte, bool) {
	d := e.Data
	if len(d) < 2 || d[0] != '{' || d[len(d)-1] != '}' || prev.odd != "" {
		return [32]byte{}, false
	}
	b := append(h.buf[:0], `{"seq":`...)
	b = strconv.AppendUint(b, e.Seq, 10)
	b = append(b, `,"doc":`...)
	b = strconv.AppendUint(b, e.Doc, 10)
	b = append(b, `,"type":`...)
	b = append(b, h.quote(string(e.Type))...)
	b = append(b, `,"at":"`...)
	b = e.At.UTC().AppendFormat(b, time.RFC3339Nano)
	b = append(b, `","actor":`...)
	b = append(b, h.quote(e.Actor)...)
	b = append(b, `,"data":`...)
	b = append(b, d...)
	if e.Workflow != 0 {
		b = append(b, `,"workflow":`...)
		b = strconv.AppendInt(b, int64(e.Workflow), 10)
	}
	b = append(b, `,"prev":"`...)
	if prev.set {
		b = hex.AppendEncode(b, prev.sum[:])
	}
	b = append(b, `"}`...)
	h.buf = b
	return sha256.Sum256(b), true
}

// quote is s as encoding/json writes a string, remembered: the log has a
// few dozen types and actors.
func (h *chainHasher) quote(s string) []byte {
	if q, ok := h.quoted[s]; ok {
		return q
	}
	q, _ := json.Marshal(s)
	if len(h.quoted) < 4096 {
		h.quoted[s] = q
	}
	return q
}

// plainHex is a hash as the chain writes it, or empty (the first event).
func plainHex(s string) bool {
	if len(s) != 64 && len(s) != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
