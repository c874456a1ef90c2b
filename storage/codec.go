package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"beishen/review"
	"beishen/storage/kv"
)

// This file is how events, versions and document states are laid out on
// disk since schema 3. A version's findings are stored once, in the
// findings bucket under the sequence number of the event that brought the
// version; the event, the version record and the document state refer to
// them. The event log stays the source of truth: reading an event splices
// its findings back byte for byte, so its hash still covers everything it
// asserts and Verify recomputes it from the same bytes as before.
//
// An event record:
//
//	0x01 · flags · hash[32] · prev[32] (flag 1) · uvarint doc · type ·
//	time (as in a queue row) · actor · uvarint workflow (flag 8) ·
//	uvarint splice offset + 1 (flag 2: the findings go back at that offset
//	of data) · data
//
// where a string is a uvarint length and its bytes; the sequence number is
// the key. Flag 4 says prev is the hash of the record before (the usual
// case, not stored twice); flag 1 that it is stored (it was not, in a file
// whose chain was already broken when it was converted). A record that starts
// with '{' is an event in JSON (schema 2 and earlier, or one whose hashes
// are not hex), read as it is.

const (
	eventFormat   = 0x01
	flagPrev      = 1
	flagFindings  = 2
	flagLinked    = 4
	flagWorkflow  = 8 // the workflow version the event was taken under (review.Event.Workflow)
	findingsField = "findings"
)

// encodeEvent lays out ev for the events bucket; findings is the span of
// ev.Data the findings bucket takes (nil when the event brings none).
// before is the hash of the event stored before it.
func encodeEvent(ev review.Event, before string) (rec, findings []byte, err error) {
	hash, err1 := hex.DecodeString(ev.Hash)
	prev, err2 := hex.DecodeString(ev.Prev)
	if err1 != nil || err2 != nil || len(hash) != 32 || (len(prev) != 32 && ev.Prev != "") {
		raw, err := json.Marshal(ev)
		return raw, nil, err
	}
	data := []byte(ev.Data)
	at, span := -1, []byte(nil)
	if ev.Type == review.EvImported || ev.Type == review.EvVersionAdded {
		if a, b, ok := findingsSpan(data); ok {
			at, span = a, data[a:b]
			data = append(append([]byte(nil), data[:a]...), data[b:]...)
		}
	}
	flags := byte(0)
	switch {
	case ev.Prev != "" && ev.Prev == before:
		flags |= flagLinked
	case ev.Prev != "":
		flags |= flagPrev
	}
	if at >= 0 {
		flags |= flagFindings
	}
	if ev.Workflow != 0 {
		flags |= flagWorkflow
	}
	b := make([]byte, 0, 2+64+40+len(ev.Type)+len(ev.Actor)+len(data))
	b = append(b, eventFormat, flags)
	b = append(b, hash...)
	if flags&flagPrev != 0 {
		b = append(b, prev...)
	}
	b = binary.AppendUvarint(b, ev.Doc)
	b = appendString(b, string(ev.Type))
	b = appendTime(b, ev.At)
	b = appendString(b, ev.Actor)
	if flags&flagWorkflow != 0 {
		b = binary.AppendUvarint(b, uint64(ev.Workflow))
	}
	if at >= 0 {
		b = binary.AppendUvarint(b, uint64(at)+1)
	}
	b = append(b, data...)
	return b, span, nil
}

var errRecord = errors.New("记录格式无法识别")

// decodeEvent reads the event stored under key seq, splicing its findings
// back.
func decodeEvent(tx kv.Tx, seq uint64, raw []byte) (review.Event, error) {
	var e review.Event
	if len(raw) > 0 && raw[0] == '{' {
		err := json.Unmarshal(raw, &e)
		return e, err
	}
	if len(raw) < 34 || raw[0] != eventFormat {
		return e, errRecord
	}
	e.Seq = seq
	flags := raw[1]
	r := rowReader{b: raw[34:], s: string(raw[34:])}
	e.Hash = hex.EncodeToString(raw[2:34])
	if flags&flagPrev != 0 {
		if len(r.b) < 32 {
			return e, errRecord
		}
		e.Prev = hex.EncodeToString(r.b[:32])
		r = rowReader{b: r.b[32:], s: r.s[32:]}
	}
	if flags&flagLinked != 0 && seq > 1 {
		e.Prev = storedHash(tx.Bucket(bEvents).Get(itob(seq - 1)))
	}
	e.Doc = r.uvarint()
	e.Type = review.EventType(r.string())
	e.At = r.time()
	e.Actor = r.string()
	if flags&flagWorkflow != 0 {
		e.Workflow = int(r.uvarint())
	}
	at := -1
	if flags&flagFindings != 0 {
		at = int(r.uvarint()) - 1
	}
	if r.bad {
		return e, errRecord
	}
	data := r.b
	if at < 0 {
		e.Data = append(json.RawMessage(nil), data...)
	} else {
		if at > len(data) {
			return e, errRecord
		}
		span, err := unpack(tx.Bucket(bFindings).Get(itob(seq)))
		if err != nil || span == nil {
			return e, fmt.Errorf("事件 #%d 的自动发现记录缺失或已损坏", seq)
		}
		d := make(json.RawMessage, 0, len(data)+len(span))
		d = append(append(append(d, data[:at]...), span...), data[at:]...)
		e.Data = d
	}
	return e, nil
}

// peekEvent reads only the sequence, document, type, time and actor of a
// stored event (no hashes, no data, no findings): enough to decide whether
// a reader wants the whole event. A JSON record is decoded whole.
func peekEvent(seq uint64, raw []byte) (review.Event, error) {
	if len(raw) > 0 && raw[0] == '{' {
		var e review.Event
		err := json.Unmarshal(raw, &e)
		return e, err
	}
	if len(raw) < 34 || raw[0] != eventFormat {
		return review.Event{}, errRecord
	}
	b := raw[34:]
	if raw[1]&flagPrev != 0 {
		if len(b) < 32 {
			return review.Event{}, errRecord
		}
		b = b[32:]
	}
	// The head, in a window; a longer one (a long actor) is read whole.
	if e, ok := head(seq, b[:min(len(b), 256)]); ok {
		return e, nil
	}
	if e, ok := head(seq, b); ok {
		return e, nil
	}
	return review.Event{}, errRecord
}

func head(seq uint64, b []byte) (review.Event, bool) {
	r := rowReader{b: b, s: string(b)}
	e := review.Event{Seq: seq, Doc: r.uvarint()}
	e.Type = review.EventType(r.string())
	e.At = r.time()
	e.Actor = r.string()
	return e, !r.bad
}

// storedHash is the hash of a stored event, "" if there is none.
func storedHash(raw []byte) string {
	if len(raw) >= 34 && raw[0] == eventFormat {
		return hex.EncodeToString(raw[2:34])
	}
	var x struct {
		Hash string `json:"hash"`
	}
	if json.Unmarshal(raw, &x) != nil {
		return ""
	}
	return x.Hash
}

// findingsSpan finds the bytes of the findings inside an imported or
// version_added event's data: from just after the "findings" key of its
// version object to the end of the value.
func findingsSpan(data []byte) (int, int, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if !enter(dec) || !seekField(dec, "version") || !enter(dec) || !seekField(dec, findingsField) {
		return 0, 0, false
	}
	a := int(dec.InputOffset())
	var v json.RawMessage
	if dec.Decode(&v) != nil {
		return 0, 0, false
	}
	return a, int(dec.InputOffset()), true
}

// enter reads the opening brace of an object.
func enter(dec *json.Decoder) bool {
	t, err := dec.Token()
	return err == nil && t == json.Delim('{')
}

// seekField skips the current object's fields up to the key name, leaving
// the decoder before its value.
func seekField(dec *json.Decoder, name string) bool {
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return false
		}
		if k == name {
			return true
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return false
		}
	}
	return false
}

// findingsAt reads the findings stored under the event seq.
func findingsAt(tx kv.Tx, seq uint64) ([]review.Finding, bool, error) {
	span, err := unpack(tx.Bucket(bFindings).Get(itob(seq)))
	if err != nil {
		return nil, true, fmt.Errorf("事件 #%d 的自动发现记录已损坏: %w", seq, err)
	}
	if span == nil {
		return nil, false, nil
	}
	span = bytes.TrimLeft(span, " \t\r\n:")
	var fs []review.Finding
	if err := json.Unmarshal(span, &fs); err != nil {
		return nil, true, fmt.Errorf("事件 #%d 的自动发现记录已损坏: %w", seq, err)
	}
	return fs, true, nil
}

// storedVersion is a version record: the findings are those of the event
// FindingsSeq (inline only in records of schema 2 and earlier).
type storedVersion struct {
	review.Version
	FindingsSeq uint64 `json:"findings_seq,omitempty"`
}

func encodeVersion(v review.Version, findingsSeq uint64) ([]byte, error) {
	if findingsSeq != 0 {
		v.Findings = nil
	}
	b, err := json.Marshal(storedVersion{Version: v, FindingsSeq: findingsSeq})
	return pack(b), err
}

func decodeVersion(tx kv.Tx, raw []byte) (review.Version, uint64, error) {
	var sv storedVersion
	raw, err := unpack(raw)
	if err != nil {
		return sv.Version, 0, err
	}
	if err := json.Unmarshal(raw, &sv); err != nil {
		return sv.Version, 0, err
	}
	if sv.FindingsSeq != 0 {
		fs, _, err := findingsAt(tx, sv.FindingsSeq)
		if err != nil {
			return sv.Version, 0, err
		}
		sv.Version.Findings = fs
	}
	return sv.Version, sv.FindingsSeq, nil
}

// storedDoc is a document state: the current version's findings are those
// of the event FindingsSeq, and Answers carries the reviewer's answers to
// them by position. A state whose findings are not exactly those (or one
// of schema 2) keeps them inline.
type storedDoc struct {
	review.Document
	FindingsSeq uint64   `json:"findings_seq,omitempty"`
	Answers     []answer `json:"answers,omitempty"`
}

type answer struct {
	I      int                  `json:"i"`
	Status review.FindingStatus `json:"s"`
	Reason string               `json:"r,omitempty"`
}

// versionFindingsSeq is the event whose findings version n of doc id has.
func versionFindingsSeq(tx kv.Tx, id uint64, n int) uint64 {
	raw, err := unpack(tx.Bucket(bVersions).Get(pair(id, uint64(n))))
	if raw == nil || err != nil {
		return 0
	}
	var x struct {
		FindingsSeq uint64 `json:"findings_seq"`
	}
	if json.Unmarshal(raw, &x) != nil {
		return 0
	}
	return x.FindingsSeq
}

// encodeDoc lays out d, referring to the findings of the event seq when
// d's findings are exactly those.
// known, when not nil, are the findings stored under seq as the caller
// already holds them decoded (the event it has just stored).
func encodeDoc(tx kv.Tx, d *review.Document, seq uint64, known []review.Finding) ([]byte, error) {
	b, err := docJSON(tx, d, seq, known)
	return pack(b), err
}

func docJSON(tx kv.Tx, d *review.Document, seq uint64, known []review.Finding) ([]byte, error) {
	if seq == 0 || len(d.Findings) == 0 {
		return json.Marshal(d)
	}
	fs := known
	if fs == nil {
		var err error
		if fs, _, err = findingsAt(tx, seq); err != nil {
			return json.Marshal(d)
		}
	}
	if len(fs) != len(d.Findings) {
		return json.Marshal(d)
	}
	for i := range fs {
		if !sameFinding(fs[i], d.Findings[i].Finding) {
			return json.Marshal(d)
		}
	}
	return json.Marshal(byReference(d, seq))
}

// byReference is d's stored form when its findings are those of the event
// seq: the answers by position, the findings left to the reference.
func byReference(d *review.Document, seq uint64) storedDoc {
	sd := storedDoc{Document: *d, FindingsSeq: seq}
	sd.Findings = nil
	for i, f := range d.Findings {
		if f.Status != review.FindingOpen || f.Reason != "" {
			sd.Answers = append(sd.Answers, answer{I: i, Status: f.Status, Reason: f.Reason})
		}
	}
	return sd
}

// sameFinding is exact equality; a state whose finding differs in any way
// (even nil against empty) keeps its findings inline, which is safe.
func sameFinding(a, b review.Finding) bool { return reflect.DeepEqual(a, b) }

func decodeDoc(tx kv.Tx, raw []byte) (review.Document, error) {
	var sd storedDoc
	raw, err := unpack(raw)
	if err != nil {
		return sd.Document, err
	}
	if err := json.Unmarshal(raw, &sd); err != nil {
		return sd.Document, err
	}
	d := sd.Document
	if sd.FindingsSeq != 0 {
		fs, _, err := findingsAt(tx, sd.FindingsSeq)
		if err != nil {
			return d, err
		}
		d.Findings = make([]review.FindingState, len(fs))
		for i, f := range fs {
			d.Findings[i].Finding = f
		}
		for _, a := range sd.Answers {
			if a.I < 0 || a.I >= len(d.Findings) {
				return d, errRecord
			}
			d.Findings[a.I].Status, d.Findings[a.I].Reason = a.Status, a.Reason
		}
	}
	return d, nil
}
