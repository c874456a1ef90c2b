package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"

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
//	0x01 · flags · hash[32] · prev[32] (flag 1) · uvarint doc · type
//	(flag 16: a uvarint code from eventTypes, else a string) ·
//	time (as in a queue row) · actor · uvarint workflow (flag 8) ·
//	uvarint splice offset + 1 (flag 2: the findings go back at that offset
//	of data) · data (flag 32: shrunk, eventdata.go)
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
	flagWorkflow  = 8  // the workflow version the event was taken under (review.Event.Workflow)
	flagTypeCode  = 16 // the type is a code from eventTypes (schema 5); a type without a code is spelt out
	flagShrunk    = 32 // the data's common fragments are codes (eventdata.go, schema 5)
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
	code, coded := eventCodes[ev.Type]
	if coded {
		flags |= flagTypeCode
	}
	if d, ok := shrinkData(data); ok {
		flags |= flagShrunk
		data = d
	}
	b := make([]byte, 0, 2+64+40+len(ev.Type)+len(ev.Actor)+len(data))
	b = append(b, eventFormat, flags)
	b = append(b, hash...)
	if flags&flagPrev != 0 {
		b = append(b, prev...)
	}
	b = binary.AppendUvarint(b, ev.Doc)
	if coded {
		b = binary.AppendUvarint(b, code)
	} else {
		b = appendString(b, string(ev.Type))
	}
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

// eventTypes gives each event type a one-byte code: a type name is 14
// bytes on average and the log holds a million events. A code is the
// type's place in this list, so the list only ever grows at its end; a
// type not in it is stored spelt out.
var eventTypes = []review.EventType{
	review.EvImported, review.EvVersionAdded, review.EvMetadataEdited, review.EvMaterialsMarked,
	review.EvChecklistMarked, review.EvFindingConfirm, review.EvFindingDismiss, review.EvComment,
	review.EvException, review.EvDecision, review.EvStageChanged, review.EvPublished, review.EvExport,
	review.EvUndo, review.EvRedo, review.EvFilingRecorded, review.EvCampaignOpened, review.EvCampaignClosed,
	review.EvCleanupAdded, review.EvCleanupOutcome, review.EvDeliberated, review.EvRegistration,
	review.EvFilingReviewed, review.EvLawsImported, review.EvDeadlineRecomputed, review.EvAssigned,
}

var eventCodes = func() map[review.EventType]uint64 {
	m := make(map[review.EventType]uint64, len(eventTypes))
	for i, t := range eventTypes {
		m[t] = uint64(i)
	}
	return m
}()

// eventType reads an event's type: a code when flags say so, else the name.
func (r *rowReader) eventType(flags byte) review.EventType {
	if flags&flagTypeCode == 0 {
		return review.EventType(r.string())
	}
	c := r.uvarint()
	if c >= uint64(len(eventTypes)) {
		r.bad = true
		return ""
	}
	return eventTypes[c]
}

// decodeEvent reads the event stored under key seq, splicing its findings
// back.
func decodeEvent(tx kv.Tx, seq uint64, raw []byte) (review.Event, error) {
	return decodeEventAfter(tx, seq, raw, nil, nil)
}

// decodeEventAfter is decodeEvent for a reader that has just read the
// record before (under seq-1): before is its stored hash, which a linked
// record's prev is, so it is not looked up again; nil when unknown. rr,
// when not nil, is the reader's own decoder and names (texts.go).
func decodeEventAfter(tx kv.Tx, seq uint64, raw []byte, before *string, rr *recordReader) (review.Event, error) {
	if len(raw) > 0 && raw[0] == '{' {
		var e review.Event
		err := json.Unmarshal(raw, &e)
		return e, err
	}
	var h storedLinks
	e, err := decodeBinaryEvent(tx, nil, seq, raw, rr, &h)
	if err != nil {
		return e, err
	}
	e.Hash = hex.EncodeToString(h.hash[:])
	switch {
	case h.prev.set:
		e.Prev = h.prev.String()
	case h.linked && before != nil:
		e.Prev = *before
	case h.linked:
		e.Prev = storedHash(tx.Bucket(bEvents).Get(itob(seq - 1)))
	}
	return e, err
}

// storedLinks are what a binary event record says of the chain: its hash,
// and its prev when it is stored (prev.set), or that its prev is the hash
// of the record before (linked).
type storedLinks struct {
	hash   [32]byte
	prev   link
	linked bool
}

// decodeBinaryEvent reads an event record (not a JSON one) but for its
// hash and prev, which go to h: Verify's walk of the chain keeps them as
// bytes. findings is the findings bucket when the caller holds it, else
// nil.
func decodeBinaryEvent(tx kv.Tx, findings kv.Bucket, seq uint64, raw []byte, rr *recordReader, h *storedLinks) (review.Event, error) {
	var e review.Event
	if len(raw) < 34 || raw[0] != eventFormat {
		return e, errRecord
	}
	e.Seq = seq
	flags := raw[1]
	r := rowReader{b: raw[34:], rr: rr}
	if rr == nil {
		r.s = string(raw[34:])
	}
	copy(h.hash[:], raw[2:34])
	if flags&flagPrev != 0 {
		if len(r.b) < 32 {
			return e, errRecord
		}
		copy(h.prev.sum[:], r.b[:32])
		h.prev.set = true
		r.b = r.b[32:]
		if rr == nil {
			r.s = r.s[32:]
		}
	}
	if flags&flagLinked != 0 && seq > 1 {
		h.prev, h.linked = link{}, true
	}
	e.Doc = r.uvarint()
	e.Type = r.eventType(flags)
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
	// The data is grown (or copied) into a buffer of its own with room for
	// the findings, which go back in place there.
	var span []byte
	if at >= 0 {
		if findings == nil {
			findings = tx.Bucket(bFindings)
		}
		var err error
		span, err = rr.unpackTemp(findings.Get(itob(seq)))
		if err != nil || span == nil {
			return e, fmt.Errorf("事件 #%d 的自动发现记录缺失或已损坏", seq)
		}
	}
	data := r.b
	if flags&flagShrunk != 0 {
		grown, err := growData(make([]byte, 0, grownSize(data)+len(span)), data)
		if err != nil {
			return e, err
		}
		data = grown
	} else {
		data = append(make([]byte, 0, len(data)+len(span)), data...)
	}
	if at > len(data) {
		return e, errRecord
	}
	if at >= 0 {
		data = slices.Insert(data, at, span...)
	}
	e.Data = data
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
	if e, ok := head(seq, raw[1], b[:min(len(b), 256)]); ok {
		return e, nil
	}
	if e, ok := head(seq, raw[1], b); ok {
		return e, nil
	}
	return review.Event{}, errRecord
}

func head(seq uint64, flags byte, b []byte) (review.Event, bool) {
	r := rowReader{b: b, s: string(b)}
	e := review.Event{Seq: seq, Doc: r.uvarint()}
	e.Type = r.eventType(flags)
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

// versionMark starts a version record of schema 5 that is only a reference
// to the event that brought the version: everything a version record holds
// but its text is in that event (the version, its findings, the time), so
// it is not stored twice. A version the event does not describe exactly
// (written by an older build, or edited since) keeps a record of its own.
var versionMark = []byte{0xFF, 'e'}

// encodeVersion lays out v, whose findings are those of the event
// findingsSeq when it is not 0, by reference to that event when it
// describes v exactly.
func encodeVersion(tx kv.Tx, v review.Version, findingsSeq uint64) ([]byte, error) {
	if findingsSeq != 0 {
		if e, err := eventAt(tx, findingsSeq); err == nil {
			if got, ok := versionOf(e); ok && sameJSON(got, v) {
				return binary.AppendUvarint(append([]byte(nil), versionMark...), findingsSeq), nil
			}
		}
		v.Findings = nil
	}
	b, err := json.Marshal(storedVersion{Version: v, FindingsSeq: findingsSeq})
	return pack(b), err
}

// versionOf is the version record event e describes, without its text.
func versionOf(e review.Event) (review.Version, bool) {
	ref, ok := e.Version()
	if !ok {
		return review.Version{}, false
	}
	return review.Version{Doc: e.Doc, N: ref.N, FileName: ref.FileName, Format: ref.Format, Encoding: ref.Encoding,
		SHA256: ref.SHA256, Size: ref.Size, Imported: e.At, RulesVersion: ref.RulesVersion, Findings: ref.Findings}, true
}

// versionEvent is the event a reference record names, 0 for a record of
// its own.
func versionEvent(raw []byte) uint64 {
	if !bytes.HasPrefix(raw, versionMark) {
		return 0
	}
	seq, n := binary.Uvarint(raw[len(versionMark):])
	if n <= 0 {
		return 0
	}
	return seq
}

func decodeVersion(tx kv.Tx, raw []byte) (review.Version, uint64, error) {
	if seq := versionEvent(raw); seq != 0 {
		e, err := eventAt(tx, seq)
		if err != nil {
			return review.Version{}, 0, err
		}
		v, ok := versionOf(e)
		if !ok {
			return v, 0, fmt.Errorf("事件 #%d 不是带来版本的事件", seq)
		}
		return v, seq, nil
	}
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
	raw := tx.Bucket(bVersions).Get(pair(id, uint64(n)))
	if seq := versionEvent(raw); seq != 0 {
		return seq
	}
	raw, err := unpack(raw)
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

// skipped is a field of a stored state that a light read passes over: the
// decoder still scans its value but builds nothing.
type skipped struct{}

func (*skipped) UnmarshalJSON([]byte) error { return nil }

// decodeDocLight reads a stored state without its findings, answers and
// checklist, the bulk of the record: for readers that need the metadata
// and the record of the review (stats over a year read thousands).
func decodeDocLight(raw []byte) (review.Document, error) {
	var sd struct {
		review.Document
		Findings skipped `json:"findings"`
		Checks   skipped `json:"checks"`
		Answers  skipped `json:"answers"`
	}
	raw, err := unpack(raw)
	if err != nil {
		return sd.Document, err
	}
	err = json.Unmarshal(raw, &sd)
	return sd.Document, err
}

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
