package storage

// statejson.go: a document state written as encoding/json writes it,
// without reflection, for Verify's comparison of every replayed state with
// the stored one (json.Marshal took a tenth of verify's time at 100k).

import (
	"encoding/json"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"beishen/review"
)

// appendState appends to b exactly what json.Marshal gives for the stored
// form of d: byReference(d, seq) when seq is not 0 and d has findings,
// else d itself. Fields that are rare in a state (filings, cleanups,
// deliberation…) and strings that need escaping go through json.Marshal
// itself. An error means it could not: the caller compares another way.
// TestAppendStateIsMarshal fills every field of a state and compares.
func appendState(b []byte, d *review.Document, seq uint64) ([]byte, error) {
	byRef := seq != 0 && len(d.Findings) > 0
	w := stateWriter{b: b}
	w.raw(`{"id":`)
	w.b = strconv.AppendUint(w.b, d.ID, 10)
	w.raw(`,"kind":`)
	w.str(string(d.Kind))
	w.raw(`,"meta":`)
	w.meta(&d.Meta)
	w.raw(`,"stage":`)
	w.str(string(d.Stage))
	if d.Removed {
		w.raw(`,"removed":true`)
	}
	w.raw(`,"version":`)
	w.b = strconv.AppendInt(w.b, int64(d.Version), 10)
	if !byRef && len(d.Findings) > 0 {
		w.raw(`,"findings":`)
		w.marshal(d.Findings)
	}
	if len(d.Checks) > 0 {
		w.raw(`,"checks":`)
		w.checks(d.Checks)
	}
	if len(d.Material) > 0 {
		w.raw(`,"materials":`)
		w.materials(d.Material)
	}
	w.optStr(`,"fcr_skip_reason":`, d.FCRSkipReason)
	w.raw(`,"exception":{`)
	n := len(w.b)
	w.optStr(`,"ground":`, d.Exception.Ground)
	w.optStr(`,"alternative":`, d.Exception.Alternative)
	w.optStr(`,"term":`, d.Exception.Term)
	w.closeObject(n)
	w.optStr(`,"outcome":`, string(d.Outcome))
	w.optStr(`,"outcome_note":`, d.OutcomeNote)
	w.raw(`,"decided_at":`)
	w.date(d.DecidedAt)
	if d.Comments != 0 {
		w.raw(`,"comments":`)
		w.b = strconv.AppendInt(w.b, int64(d.Comments), 10)
	}
	if len(d.Filings) > 0 {
		w.raw(`,"filings":`)
		w.marshal(d.Filings)
	}
	if len(d.Cleanups) > 0 {
		w.raw(`,"cleanups":`)
		w.marshal(d.Cleanups)
	}
	if d.Consultation != nil {
		w.raw(`,"consultation":`)
		w.marshal(d.Consultation)
	}
	w.optStr(`,"returned_from":`, string(d.ReturnedFrom))
	if d.Deliberation != nil {
		w.raw(`,"deliberation":`)
		w.marshal(d.Deliberation)
	}
	if d.Rereview != nil {
		w.raw(`,"rereview":`)
		w.marshal(d.Rereview)
	}
	if d.Registration != nil {
		w.raw(`,"registration":`)
		w.marshal(d.Registration)
	}
	if d.Review != nil {
		w.raw(`,"review":`)
		w.marshal(d.Review)
	}
	if len(d.Suspended) > 0 {
		w.raw(`,"suspended":`)
		w.marshal(d.Suspended)
	}
	w.raw(`,"stage_since":`)
	w.date(d.StageSince)
	if len(d.Pauses) > 0 {
		w.raw(`,"pauses":`)
		w.marshal(d.Pauses)
	}
	w.raw(`,"created":`)
	w.time(d.Created)
	w.raw(`,"updated":`)
	w.time(d.Updated)
	w.raw(`,"last_seq":`)
	w.b = strconv.AppendUint(w.b, d.LastSeq, 10)
	w.optStr(`,"assignee":`, d.Assignee)
	if byRef {
		w.raw(`,"findings_seq":`)
		w.b = strconv.AppendUint(w.b, seq, 10)
		w.answers(d.Findings)
	}
	w.raw(`}`)
	return w.b, w.err
}

// stateWriter appends JSON; the first error it meets sticks.
type stateWriter struct {
	b   []byte
	err error
}

func (w *stateWriter) raw(s string) { w.b = append(w.b, s...) }

// closeObject ends an object whose fields, each written with a leading
// comma, began at n: the first field's comma goes.
func (w *stateWriter) closeObject(n int) {
	if len(w.b) > n {
		w.b = append(w.b[:n], w.b[n+1:]...)
	}
	w.b = append(w.b, '}')
}

func (w *stateWriter) optStr(key, s string) {
	if s != "" {
		w.raw(key)
		w.str(s)
	}
}

// str writes s quoted. A string with anything encoding/json escapes
// (quotes, controls, <>&, U+2028/2029, invalid UTF-8) is left to it.
func (w *stateWriter) str(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				w.marshal(s)
				return
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r == '\u2028' || r == '\u2029' {
			w.marshal(s)
			return
		}
		i += size
	}
	w.b = append(append(append(w.b, '"'), s...), '"')
}

func (w *stateWriter) strs(ss []string) {
	w.b = append(w.b, '[')
	for i, s := range ss {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(s)
	}
	w.b = append(w.b, ']')
}

func (w *stateWriter) bool(v bool) {
	w.b = strconv.AppendBool(w.b, v)
}

// date is review.Date's MarshalText, quoted: "" for the zero date.
func (w *stateWriter) date(d review.Date) {
	w.b = append(w.b, '"')
	if !d.IsZero() {
		w.b = d.Time().AppendFormat(w.b, time.DateOnly)
	}
	w.b = append(w.b, '"')
}

// time is time.Time's MarshalJSON for the years and offsets it accepts;
// any other goes through it (and its error).
func (w *stateWriter) time(t time.Time) {
	_, off := t.Zone()
	if y := t.Year(); y < 0 || y > 9999 || off <= -24*3600 || off >= 24*3600 || off%60 != 0 {
		w.marshal(t)
		return
	}
	w.b = append(t.AppendFormat(append(w.b, '"'), time.RFC3339Nano), '"')
}

func (w *stateWriter) marshal(v any) {
	j, err := json.Marshal(v)
	if err != nil && w.err == nil {
		w.err = err
	}
	w.b = append(w.b, j...)
}

func (w *stateWriter) meta(m *review.Meta) {
	w.raw(`{"title":`)
	w.str(m.Title)
	w.optStr(`,"doc_number":`, m.DocNumber)
	w.optStr(`,"issuer":`, m.Issuer)
	w.optStr(`,"issuer_type":`, string(m.IssuerType))
	w.optStr(`,"drafting_unit":`, m.DraftingUnit)
	w.raw(`,"received":`)
	w.date(m.Received)
	w.raw(`,"signed":`)
	w.date(m.Signed)
	w.raw(`,"published":`)
	w.date(m.Published)
	w.raw(`,"effective":`)
	w.date(m.Effective)
	if m.ValidityYears != 0 {
		w.raw(`,"validity_years":`)
		w.b = strconv.AppendInt(w.b, int64(m.ValidityYears), 10)
	}
	w.raw(`,"validity_end":`)
	w.date(m.ValidityEnd)
	if m.Provisional {
		w.raw(`,"provisional":true`)
	}
	w.raw(`,"affects_operators":`)
	w.bool(m.AffectsOperators)
	if len(m.LegalBases) > 0 {
		w.raw(`,"legal_bases":`)
		w.strs(m.LegalBases)
	}
	w.optStr(`,"filed_via":`, m.FiledVia)
	if len(m.FromText) > 0 {
		w.raw(`,"from_text":`)
		w.strs(m.FromText)
	}
	w.raw(`}`)
}

// checks writes the checklist map with its keys sorted, as encoding/json
// does.
func (w *stateWriter) checks(m map[string]review.ChecklistEntry) {
	var arr [32]string
	keys := arr[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.b = append(w.b, '{')
	for i, k := range keys {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		e := m[k]
		w.str(k)
		w.raw(`:{"mark":`)
		w.str(string(e.Mark))
		w.optStr(`,"note":`, e.Note)
		if e.From != 0 {
			w.raw(`,"from":`)
			w.b = strconv.AppendInt(w.b, int64(e.From), 10)
		}
		if e.Changed {
			w.raw(`,"changed":true`)
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, '}')
}

func (w *stateWriter) materials(m map[review.Material]bool) {
	var arr [16]string
	keys := arr[:0]
	for k := range m {
		keys = append(keys, string(k))
	}
	slices.Sort(keys)
	w.b = append(w.b, '{')
	for i, k := range keys {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(k)
		w.b = append(w.b, ':')
		w.bool(m[review.Material(k)])
	}
	w.b = append(w.b, '}')
}

// answers writes byReference's answers: the findings answered or with a
// reason, by position.
func (w *stateWriter) answers(fs []review.FindingState) {
	first := true
	for i, f := range fs {
		if f.Status == review.FindingOpen && f.Reason == "" {
			continue
		}
		if first {
			w.raw(`,"answers":[`)
			first = false
		} else {
			w.b = append(w.b, ',')
		}
		w.raw(`{"i":`)
		w.b = strconv.AppendInt(w.b, int64(i), 10)
		w.raw(`,"s":`)
		w.str(string(f.Status))
		w.optStr(`,"r":`, f.Reason)
		w.b = append(w.b, '}')
	}
	if !first {
		w.b = append(w.b, ']')
	}
}
