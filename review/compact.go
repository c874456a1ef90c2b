package review

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// A hand-written reader for the payloads the log holds by the hundred
// thousand (imports with their findings, checklist and material marks),
// because encoding/json's reflection took most of the time of replaying a
// large log (verify, stats). It reads only the compact JSON json.Marshal
// writes: fields in declaration order (any of them may be missing), no
// whitespace, no unknown or repeated keys, numbers and literals in the
// form Marshal gives them. On anything else it gives up and Decode uses
// encoding/json, so every payload it accepts decodes to exactly what
// encoding/json gives (FuzzCompactPayloads compares the two). Strings
// without escapes are slices of one copy of the data: a payload costs one
// allocation for all its text.

type compact struct {
	b   []byte
	s   string // string(b), made once
	i   int
	bad bool
}

// newCompact reads b; shared says the caller keeps b unchanged for as long
// as what is read lives, so that strings are slices of b itself.
func newCompact(b []byte, shared bool) *compact {
	if shared && len(b) > 0 {
		return &compact{b: b, s: unsafe.String(&b[0], len(b))}
	}
	return &compact{b: b, s: string(b)}
}

// done reports whether the whole input was read without giving up.
func (c *compact) done() bool { return !c.bad && c.i == len(c.b) }

func (c *compact) fail() { c.bad, c.i = true, len(c.b) }

// next consumes byte ch if it comes next.
func (c *compact) next(ch byte) bool {
	if c.i < len(c.b) && c.b[c.i] == ch {
		c.i++
		return true
	}
	return false
}

// object reads an object whose keys are a subsequence of keys, calling
// field with each key's index with the reader before its value.
func (c *compact) object(keys []string, field func(k int)) {
	if !c.next('{') {
		c.fail()
		return
	}
	if c.next('}') {
		return
	}
	at := 0
	for !c.bad {
		k, ok := c.key(keys, at)
		if !ok {
			c.fail()
			return
		}
		at = k + 1
		field(k)
		if c.next(',') {
			continue
		}
		if !c.next('}') {
			c.fail()
		}
		return
	}
}

// key reads `"name":` and finds name among keys from index at on.
func (c *compact) key(keys []string, at int) (int, bool) {
	if !c.next('"') {
		return 0, false
	}
	start := c.i
	for c.i < len(c.b) && c.b[c.i] != '"' && c.b[c.i] != '\\' {
		c.i++
	}
	name := c.b[start:c.i]
	if !c.next('"') || !c.next(':') {
		return 0, false
	}
	for k := at; k < len(keys); k++ {
		if keys[k] == string(name) {
			return k, true
		}
	}
	return 0, false
}

// null consumes a null literal if one comes next: what Marshal writes for
// a nil slice or pointer, which encoding/json reads back as nil.
func (c *compact) null() bool {
	if c.i+4 <= len(c.b) && string(c.b[c.i:c.i+4]) == "null" {
		c.i += 4
		return true
	}
	return false
}

// str reads a string. One with escapes or bytes that are not UTF-8 is
// unquoted by encoding/json itself, which has the last word on both.
func (c *compact) str() string {
	if !c.next('"') {
		c.fail()
		return ""
	}
	start := c.i
	var high byte
	for c.i < len(c.b) {
		ch := c.b[c.i]
		if ch == '"' || ch == '\\' || ch < 0x20 {
			break
		}
		high |= ch
		c.i++
	}
	if c.i < len(c.b) && c.b[c.i] == '"' {
		s := c.s[start:c.i]
		c.i++
		if high < utf8.RuneSelf || utf8.ValidString(s) {
			return s
		}
		return c.unquote(start - 1)
	}
	// An escape: find the closing quote, past escaped ones.
	for c.i < len(c.b) {
		switch ch := c.b[c.i]; {
		case ch == '"':
			c.i++
			return c.unquote(start - 1)
		case ch < 0x20:
			c.fail() // not JSON: encoding/json says why
			return ""
		case ch == '\\':
			c.i++
		}
		c.i++
	}
	c.fail()
	return ""
}

// unquote reads the string token from start to where the reader is.
func (c *compact) unquote(start int) string {
	var v string
	if json.Unmarshal(c.b[start:c.i], &v) != nil {
		c.fail()
	}
	return v
}

// strs reads a list of strings, or null.
func (c *compact) strs() []string {
	return list(c, func(s *string) { *s = c.str() })
}

// list reads a list, each element by elem, or null (nil); an empty list is
// empty, not nil, as encoding/json reads it.
func list[T any](c *compact, elem func(*T)) []T {
	if c.null() {
		return nil
	}
	if !c.next('[') {
		c.fail()
		return nil
	}
	out := []T{}
	if c.next(']') {
		return out
	}
	for !c.bad {
		out = append(out, *new(T))
		elem(&out[len(out)-1])
		if c.next(',') {
			continue
		}
		if !c.next(']') {
			c.fail()
		}
		break
	}
	return out
}

func (c *compact) boolean() bool {
	switch {
	case c.i+4 <= len(c.b) && string(c.b[c.i:c.i+4]) == "true":
		c.i += 4
		return true
	case c.i+5 <= len(c.b) && string(c.b[c.i:c.i+5]) == "false":
		c.i += 5
	default:
		c.fail()
	}
	return false
}

// integer reads an integer as Marshal writes one; a fraction, an exponent
// or more digits than surely fit give up.
func (c *compact) integer() int64 {
	neg := c.next('-')
	digits := c.i
	var n int64
	for c.i < len(c.b) && c.b[c.i] >= '0' && c.b[c.i] <= '9' {
		n = n*10 + int64(c.b[c.i]-'0')
		c.i++
	}
	switch d := c.i - digits; {
	case d == 0 || d > 18 || (d > 1 && c.b[digits] == '0'):
		c.fail()
	case c.i < len(c.b) && (c.b[c.i] == '.' || c.b[c.i] == 'e' || c.b[c.i] == 'E'):
		c.fail()
	}
	if neg {
		n = -n
	}
	return n
}

func (c *compact) int() int {
	n := c.integer()
	if int64(int(n)) != n {
		c.fail()
	}
	return int(n)
}

// float reads a number in JSON's grammar and converts it as encoding/json
// does.
func (c *compact) float() float64 {
	start := c.i
	c.next('-')
	if c.next('0') {
	} else if !c.digits() {
		c.fail()
		return 0
	}
	if c.next('.') && !c.digits() {
		c.fail()
		return 0
	}
	if c.next('e') || c.next('E') {
		if !c.next('+') {
			c.next('-')
		}
		if !c.digits() {
			c.fail()
			return 0
		}
	}
	f, err := strconv.ParseFloat(c.s[start:c.i], 64)
	if err != nil {
		c.fail()
	}
	return f
}

func (c *compact) digits() bool {
	start := c.i
	for c.i < len(c.b) && c.b[c.i] >= '0' && c.b[c.i] <= '9' {
		c.i++
	}
	return c.i > start
}

// date reads a Date as its UnmarshalText does.
func (c *compact) date() Date {
	s := c.str()
	if c.bad {
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		c.fail()
	}
	return d
}

var importedKeys = []string{"kind", "meta", "version"}

func (c *compact) imported(p *Imported) {
	c.object(importedKeys, func(k int) {
		switch k {
		case 0:
			p.Kind = Kind(c.str())
		case 1:
			c.meta(&p.Meta)
		case 2:
			c.versionRef(&p.Version)
		}
	})
}

var metaKeys = []string{"title", "doc_number", "issuer", "issuer_type", "drafting_unit", "received", "signed",
	"published", "effective", "validity_years", "validity_end", "provisional", "affects_operators", "legal_bases",
	"filed_via", "from_text"}

func (c *compact) meta(m *Meta) {
	c.object(metaKeys, func(k int) {
		switch k {
		case 0:
			m.Title = c.str()
		case 1:
			m.DocNumber = c.str()
		case 2:
			m.Issuer = c.str()
		case 3:
			m.IssuerType = IssuerType(c.str())
		case 4:
			m.DraftingUnit = c.str()
		case 5:
			m.Received = c.date()
		case 6:
			m.Signed = c.date()
		case 7:
			m.Published = c.date()
		case 8:
			m.Effective = c.date()
		case 9:
			m.ValidityYears = c.int()
		case 10:
			m.ValidityEnd = c.date()
		case 11:
			m.Provisional = c.boolean()
		case 12:
			m.AffectsOperators = c.boolean()
		case 13:
			m.LegalBases = c.strs()
		case 14:
			m.FiledVia = c.str()
		case 15:
			m.FromText = c.strs()
		}
	})
}

var versionRefKeys = []string{"n", "file_name", "format", "encoding", "sha256", "text_sha256", "size",
	"rules_version", "findings"}

func (c *compact) versionRef(v *VersionRef) {
	c.object(versionRefKeys, func(k int) {
		switch k {
		case 0:
			v.N = c.int()
		case 1:
			v.FileName = c.str()
		case 2:
			v.Format = c.str()
		case 3:
			v.Encoding = c.str()
		case 4:
			v.SHA256 = c.str()
		case 5:
			v.TextSHA256 = c.str()
		case 6:
			v.Size = c.integer()
		case 7:
			v.RulesVersion = c.str()
		case 8:
			v.Findings = c.findings()
		}
	})
}

func (c *compact) findings() []Finding { return list(c, c.finding) }

var findingKeys = []string{"rule", "category", "severity", "title", "basis", "line", "start", "end", "excerpt",
	"reason", "clause", "precedent"}

func (c *compact) finding(f *Finding) {
	c.object(findingKeys, func(k int) {
		switch k {
		case 0:
			f.Rule = c.str()
		case 1:
			f.Category = Category(c.str())
		case 2:
			f.Severity = Severity(c.str())
		case 3:
			f.Title = c.str()
		case 4:
			f.Basis = c.strs()
		case 5:
			f.Line = c.int()
		case 6:
			f.Start = c.int()
		case 7:
			f.End = c.int()
		case 8:
			f.Excerpt = c.str()
		case 9:
			f.Reason = c.str()
		case 10:
			f.Clause = c.str()
		case 11:
			if !c.null() {
				f.Precedent = &Precedent{}
				c.precedent(f.Precedent)
			}
		}
	})
}

var precedentKeys = []string{"id", "issuer", "document", "text", "wrong", "publisher", "source", "similarity"}

func (c *compact) precedent(p *Precedent) {
	c.object(precedentKeys, func(k int) {
		switch k {
		case 0:
			p.ID = c.str()
		case 1:
			p.Issuer = c.str()
		case 2:
			p.Document = c.str()
		case 3:
			p.Text = c.str()
		case 4:
			p.Wrong = c.str()
		case 5:
			p.Publisher = c.str()
		case 6:
			p.Source = c.str()
		case 7:
			p.Similarity = c.float()
		}
	})
}

var checklistKeys = []string{"item", "mark", "note"}

func (c *compact) checklist(p *ChecklistMarked) {
	c.object(checklistKeys, func(k int) {
		switch k {
		case 0:
			p.Item = c.str()
		case 1:
			p.Mark = Mark(c.str())
		case 2:
			p.Note = c.str()
		}
	})
}

var materialKeys = []string{"material", "present", "consultation"}
var consultationKeys = []string{"from", "to", "opinions"}

func (c *compact) material(p *MaterialsMarked) {
	c.object(materialKeys, func(k int) {
		switch k {
		case 0:
			p.Material = Material(c.str())
		case 1:
			p.Present = c.boolean()
		case 2:
			if c.null() {
				return
			}
			w := &ConsultationWindow{}
			p.Consultation = w
			c.object(consultationKeys, func(k int) {
				switch k {
				case 0:
					w.From = c.date()
				case 1:
					w.To = c.date()
				case 2:
					w.Opinions = c.int()
				}
			})
		}
	})
}

// The three next commonest payloads (stage changes, registrations and
// answers to findings: a tenth of the 100k log) were a sixth of a replay's
// decoding through encoding/json.

var stageKeys = []string{"from", "to", "reason"}

func (c *compact) stage(p *StageChanged) {
	c.object(stageKeys, func(k int) {
		switch k {
		case 0:
			p.From = Stage(c.str())
		case 1:
			p.To = Stage(c.str())
		case 2:
			p.Reason = c.str()
		}
	})
}

var answerKeys = []string{"key", "rule", "reason"}

func (c *compact) answer(p *FindingAnswered) {
	c.object(answerKeys, func(k int) {
		switch k {
		case 0:
			p.Key = c.str()
		case 1:
			p.Rule = c.str()
		case 2:
			p.Reason = c.str()
		}
	})
}

var registrationKeys = []string{"result", "date", "reference", "missing", "due", "reason", "due_provisional"}

func (c *compact) registration(p *Registration) {
	c.object(registrationKeys, func(k int) {
		switch k {
		case 0:
			p.Result = FilingResult(c.str())
		case 1:
			p.Date = c.date()
		case 2:
			p.Reference = c.str()
		case 3:
			p.Missing = list(c, func(m *Material) { *m = Material(c.str()) })
		case 4:
			p.Due = c.date()
		case 5:
			p.Reason = c.str()
		case 6:
			p.DueProvisional = c.boolean()
		}
	})
}

// decodeCompact fills p, which is empty, from data when data is compact
// JSON of a payload this reader knows; false leaves p as it was, for
// encoding/json.
func decodeCompact(data []byte, p Payload, shared bool) bool {
	var c *compact
	switch p := p.(type) {
	case *Imported:
		c = newCompact(data, shared)
		var v Imported
		if c.imported(&v); c.done() {
			*p = v
			return true
		}
	case *ChecklistMarked:
		c = newCompact(data, shared)
		var v ChecklistMarked
		if c.checklist(&v); c.done() {
			*p = v
			return true
		}
	case *MaterialsMarked:
		c = newCompact(data, shared)
		var v MaterialsMarked
		if c.material(&v); c.done() {
			*p = v
			return true
		}
	case *StageChanged:
		c = newCompact(data, shared)
		var v StageChanged
		if c.stage(&v); c.done() {
			*p = v
			return true
		}
	case *FindingAnswered:
		c = newCompact(data, shared)
		v := FindingAnswered{Confirm: p.Confirm} // from the event's type, not its data
		if c.answer(&v); c.done() {
			*p = v
			return true
		}
	case *Registration:
		c = newCompact(data, shared)
		var v Registration
		if c.registration(&v); c.done() {
			*p = v
			return true
		}
	}
	return false
}
