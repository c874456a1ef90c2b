package storage

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"time"

	"beishen/review"
	"beishen/storage/kv"
)

// Queue rows are encoded compactly in binary: start-up reads all of them,
// and decoding 100,000 JSON rows took seconds where this takes a fraction
// (BenchmarkSummaries100k). A row is rowFormat, then every field of
// review.Summary in declaration order: strings as uvarint length and bytes,
// numbers as varints, dates as days since 1970-01-01 plus one (0 = none).
// Rows written before schema 2 were JSON (they start with '{'); decodeRow
// still reads them, and the migration to schema 2 rewrites them.
const rowFormat = 1

func encodeRow(r review.Summary) []byte {
	b := make([]byte, 0, 160+len(r.Title)+len(r.DocNumber)+len(r.Issuer)+len(r.DraftingUnit))
	b = append(b, rowFormat)
	b = binary.AppendUvarint(b, r.ID)
	b = appendString(b, string(r.Kind))
	b = appendString(b, r.Title)
	b = appendString(b, r.DocNumber)
	b = appendString(b, r.Issuer)
	b = appendString(b, r.DraftingUnit)
	b = appendString(b, string(r.Stage))
	b = appendDate(b, r.Received)
	b = appendDate(b, r.StageSince)
	b = binary.AppendUvarint(b, uint64(len(r.Pauses)))
	for _, p := range r.Pauses {
		b = appendDate(appendDate(b, p.From), p.To)
	}
	b = appendDate(b, r.Published)
	b = appendDate(b, r.Effective)
	b = binary.AppendVarint(b, int64(r.ValidityYears))
	b = appendDate(b, r.ValidityEnd)
	b = appendBool(b, r.Provisional)
	b = appendBool(b, r.AffectsOperators)
	b = binary.AppendVarint(b, int64(r.High))
	b = binary.AppendVarint(b, int64(r.Medium))
	b = binary.AppendVarint(b, int64(r.Low))
	b = appendString(b, string(r.Outcome))
	b = appendString(b, string(r.IssuerType))
	b = binary.AppendUvarint(b, uint64(len(r.Filings)))
	for _, f := range r.Filings {
		b = appendString(b, f.Channel)
		b = appendString(b, f.Recipient)
		b = appendDate(b, f.FirstSubmitted)
		b = appendDate(b, f.Submitted)
		b = appendString(b, string(f.Result))
		b = appendDate(b, f.ResubmitBy)
		b = appendString(b, f.Note)
		b = appendDate(b, f.Recorded)
	}
	b = binary.AppendVarint(b, int64(r.Version))
	b = appendTime(b, r.Updated)
	// Added after rowFormat 1 was fixed, at the end so that older rows
	// (which stop at Updated) still read: each filing's 暂缓登记 notice day
	// and whether its ResubmitBy is provisional.
	for _, f := range r.Filings {
		b = appendBool(appendDate(b, f.Noticed), f.ResubmitProvisional)
	}
	// Each later field is appended here and read only when bytes remain,
	// so a row written before it decodes with the field empty.
	b = appendString(b, r.Assignee)
	b = appendBool(appendDate(b, r.IssuerDue), r.IssuerDueProvisional)
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

func appendDate(b []byte, d review.Date) []byte {
	if d.IsZero() {
		return append(b, 0)
	}
	return binary.AppendVarint(b, d.Time().Unix()/86400+1)
}

// appendTime keeps the instant and the zone offset, which is what the JSON
// form kept.
func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	_, off := t.Zone()
	b = append(b, 1)
	b = binary.AppendVarint(b, t.Unix())
	b = binary.AppendUvarint(b, uint64(t.Nanosecond()))
	return binary.AppendVarint(b, int64(off))
}

var errRow = errors.New("队列记录格式不符")

func decodeRow(v []byte, r *review.Summary) error {
	if len(v) > 0 && v[0] == '{' {
		return json.Unmarshal(v, r)
	}
	if len(v) == 0 || v[0] != rowFormat {
		return errRow
	}
	// One string holds all the row's text; fields are slices of it, so a
	// row costs one allocation for its strings, not one per field.
	d := rowReader{b: v[1:], s: string(v[1:])}
	*r = review.Summary{}
	r.ID = d.uvarint()
	r.Kind = review.Kind(d.string())
	r.Title = d.string()
	r.DocNumber = d.string()
	r.Issuer = d.string()
	r.DraftingUnit = d.string()
	r.Stage = review.Stage(d.string())
	r.Received = d.date()
	r.StageSince = d.date()
	if n := d.count(); n > 0 {
		r.Pauses = make([]review.Pause, n)
		for i := range r.Pauses {
			r.Pauses[i] = review.Pause{From: d.date(), To: d.date()}
		}
	}
	r.Published = d.date()
	r.Effective = d.date()
	r.ValidityYears = int(d.varint())
	r.ValidityEnd = d.date()
	r.Provisional = d.bool()
	r.AffectsOperators = d.bool()
	r.High, r.Medium, r.Low = int(d.varint()), int(d.varint()), int(d.varint())
	r.Outcome = review.Outcome(d.string())
	r.IssuerType = review.IssuerType(d.string())
	if n := d.count(); n > 0 {
		r.Filings = make([]review.Filing, n)
		for i := range r.Filings {
			f := &r.Filings[i]
			f.Channel, f.Recipient = d.string(), d.string()
			f.FirstSubmitted, f.Submitted = d.date(), d.date()
			f.Result = review.FilingResult(d.string())
			f.ResubmitBy = d.date()
			f.Note = d.string()
			f.Recorded = d.date()
		}
	}
	r.Version = int(d.varint())
	r.Updated = d.time()
	if len(d.b) > 0 {
		for i := range r.Filings {
			r.Filings[i].Noticed = d.date()
			r.Filings[i].ResubmitProvisional = d.bool()
		}
	}
	if len(d.b) > 0 {
		r.Assignee = d.string()
	}
	if len(d.b) > 0 {
		r.IssuerDue = d.date()
		r.IssuerDueProvisional = d.bool()
	}
	if d.bad || len(d.b) != 0 {
		return errRow
	}
	return nil
}

// rowReader reads the fields of a binary row; a short or malformed row sets
// bad instead of panicking, so a damaged record is reported, not fatal.
type rowReader struct {
	b   []byte // what is left to read
	s   string // the whole row after the format byte
	bad bool
	// rr, when not nil, gives the strings (s is then not made) and zones.
	rr *recordReader
}

func (d *rowReader) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *rowReader) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count is a list length, bounded by the bytes left so a damaged length
// cannot ask for a huge allocation.
func (d *rowReader) count() int {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.bad, d.b = true, nil
		return 0
	}
	return int(n)
}

func (d *rowReader) string() string {
	n := d.count()
	if d.rr != nil {
		v := d.rr.name(d.b[:n])
		d.b = d.b[n:]
		return v
	}
	at := len(d.s) - len(d.b)
	d.b = d.b[n:]
	return d.s[at : at+n]
}

func (d *rowReader) bool() bool {
	if len(d.b) == 0 {
		d.bad = true
		return false
	}
	v := d.b[0] != 0
	d.b = d.b[1:]
	return v
}

func (d *rowReader) date() review.Date {
	days := d.varint()
	if days == 0 {
		return review.Date{}
	}
	return review.NewDate(1970, time.January, int(days))
}

func (d *rowReader) time() time.Time {
	if !d.bool() || d.bad {
		return time.Time{}
	}
	sec, nsec, off := d.varint(), d.uvarint(), d.varint()
	t := time.Unix(sec, int64(nsec))
	if _, local := t.Zone(); int64(local) == off {
		return t // as JSON decoding does: an offset of the local zone is Local
	}
	if d.rr != nil {
		return t.In(d.rr.fixedZone(int(off)))
	}
	return t.In(time.FixedZone("", int(off)))
}

// migrateRowsToBinary is the migration from schema 1 to 2: every JSON queue
// row is rewritten in the binary form.
func migrateRowsToBinary(tx kv.Tx) error {
	b := tx.Bucket(bRows)
	type kv struct{ k, v []byte }
	var rows []kv
	err := b.ForEach(func(k, v []byte) error {
		if len(v) == 0 || v[0] != '{' {
			return nil
		}
		var r review.Summary
		if err := json.Unmarshal(v, &r); err != nil {
			return err
		}
		rows = append(rows, kv{append([]byte(nil), k...), encodeRow(r)})
		return nil
	})
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := b.Put(r.k, r.v); err != nil {
			return err
		}
	}
	return nil
}
