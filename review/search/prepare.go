package search

import (
	"encoding/binary"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Entry is one document's searchable form: the string shown to the user
// and the keys derived from it once, when the document is stored.
type Entry struct {
	Display  string
	Prepared Prepared
}

// Prepared holds the match keys of one display string. It is computed once
// (pinyin lookup is the costly part) and persisted next to the document.
type Prepared struct {
	// Text is Display after NFKC, width folding and lower-casing.
	Text string
	// Initials has one bitmask per rune of Text: bit k set means the rune
	// can be read with a pinyin initial 'a'+k (heteronyms OR-ed together);
	// an ASCII letter sets its own bit. Digits are matched against Text.
	Initials []uint32
	// Orig maps each rune of Text to the rune index in Display it came
	// from; nil when the mapping is the identity (the common case).
	Orig []int32
}

// Join builds the display string of a document from its searchable fields
// (title, 文号, issuer, drafting unit), skipping empty ones, so the search
// text and what the user sees are the same string.
func Join(fields ...string) string {
	kept := make([]string, 0, len(fields))
	for _, f := range fields {
		if f = strings.TrimSpace(f); f != "" {
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, " ")
}

// Key joins the fields and prepares them: what to call when a document is
// imported or edited.
func Key(fields ...string) Entry {
	display := Join(fields...)
	return Entry{Display: display, Prepared: Prepare(display)}
}

// Prepare normalises display for matching and computes its pinyin initials.
func Prepare(display string) Prepared {
	text, orig := normalise(display)
	inits := make([]uint32, len(text))
	for i, r := range text {
		inits[i] = initialsOf(r)
	}
	return Prepared{Text: string(text), Initials: inits, Orig: orig}
}

// normalise applies NFKC, width folding and lower-casing, and records for
// every output rune the display rune it came from, so highlights land on
// the characters the user sees even when normalisation changes the length
// (㈱ → (株), e + ◌́ → é).
func normalise(s string) (text []rune, orig []int32) {
	text = make([]rune, 0, utf8.RuneCountInString(s))
	if norm.NFKC.IsNormalString(s) {
		for _, r := range s {
			text = append(text, foldRune(r))
		}
		return text, nil
	}
	orig = make([]int32, 0, cap(text))
	identity := true
	displayRune := int32(0)
	for len(s) > 0 {
		// The longest already-normal prefix maps one to one.
		if n := norm.NFKC.QuickSpanString(s); n > 0 {
			for _, r := range s[:n] {
				orig = append(orig, displayRune)
				text = append(text, foldRune(r))
				displayRune++
			}
			if s = s[n:]; s == "" {
				break
			}
		}
		// Then one segment, a starter and its combining marks: NFKC of
		// the whole equals NFKC of each segment, and a segment's output
		// belongs to its own display runes.
		n := norm.NFKC.NextBoundaryInString(s, true)
		if n <= 0 {
			n = len(s)
		}
		seg, out := s[:n], s[:n]
		s = s[n:]
		if !norm.NFKC.IsNormalString(seg) {
			out = norm.NFKC.String(seg)
		}
		in := int32(utf8.RuneCountInString(seg))
		k := int32(0)
		for _, r := range out {
			orig = append(orig, displayRune+min(k, in-1))
			text = append(text, foldRune(r))
			k++
		}
		if k != in {
			identity = false
		}
		displayRune += in
	}
	if identity {
		return text, nil
	}
	return text, orig
}

// normaliseQuery gives a query the same treatment as the documents.
func normaliseQuery(q string) []rune {
	text, _ := normalise(q)
	return text
}

func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		r = f
	}
	return unicode.ToLower(r)
}

// preparedVersion changes whenever normalisation or the pinyin rules change,
// so a store can tell that persisted keys must be recomputed.
const preparedVersion = 1

// ErrPreparedVersion reports persisted keys from another version of the
// rules; the caller should call Prepare(display) again.
var ErrPreparedVersion = errors.New("search: prepared keys from another version")

var errPreparedCorrupt = errors.New("search: prepared keys are corrupt")

// Initials encoding, one byte per rune in the common case.
const (
	initialsNone = 0x00 // no initial
	initialsMask = 0x80 // followed by 4 bytes little-endian mask
	// 0x01..0x1A: exactly one letter, 'a' + (b-1)
)

// MarshalBinary encodes p compactly: about one byte per rune beyond Text.
func (p Prepared) MarshalBinary() ([]byte, error) {
	if utf8.RuneCountInString(p.Text) != len(p.Initials) || (p.Orig != nil && len(p.Orig) != len(p.Initials)) {
		return nil, errPreparedCorrupt
	}
	b := make([]byte, 0, 1+binary.MaxVarintLen64+len(p.Text)+len(p.Initials)+1)
	b = append(b, preparedVersion)
	b = binary.AppendUvarint(b, uint64(len(p.Text)))
	b = append(b, p.Text...)
	for _, m := range p.Initials {
		switch {
		case m == 0:
			b = append(b, initialsNone)
		case m&(m-1) == 0 && m < 1<<26:
			b = append(b, byte(1+bitIndex(m)))
		default:
			b = append(b, initialsMask)
			b = binary.LittleEndian.AppendUint32(b, m)
		}
	}
	if p.Orig == nil {
		b = append(b, 0)
		return b, nil
	}
	b = append(b, 1)
	prev := int32(0)
	for _, o := range p.Orig {
		if o < prev {
			return nil, errPreparedCorrupt
		}
		b = binary.AppendUvarint(b, uint64(o-prev))
		prev = o
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote.
func (p *Prepared) UnmarshalBinary(b []byte) error {
	if len(b) == 0 {
		return errPreparedCorrupt
	}
	if b[0] != preparedVersion {
		return ErrPreparedVersion
	}
	b = b[1:]
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return errPreparedCorrupt
	}
	text := string(b[k : k+int(n)])
	b = b[k+int(n):]
	runes := utf8.RuneCountInString(text)
	inits := make([]uint32, runes)
	for i := range inits {
		if len(b) == 0 {
			return errPreparedCorrupt
		}
		c := b[0]
		b = b[1:]
		switch {
		case c == initialsNone:
		case c >= 1 && c <= 26:
			inits[i] = 1 << (c - 1)
		case c == initialsMask:
			if len(b) < 4 {
				return errPreparedCorrupt
			}
			inits[i] = binary.LittleEndian.Uint32(b)
			b = b[4:]
		default:
			return errPreparedCorrupt
		}
	}
	if len(b) == 0 {
		return errPreparedCorrupt
	}
	hasOrig := b[0]
	b = b[1:]
	var orig []int32
	if hasOrig == 1 {
		orig = make([]int32, runes)
		prev := int32(0)
		for i := range orig {
			d, k := binary.Uvarint(b)
			if k <= 0 {
				return errPreparedCorrupt
			}
			b = b[k:]
			prev += int32(d)
			orig[i] = prev
		}
	} else if hasOrig != 0 {
		return errPreparedCorrupt
	}
	if len(b) != 0 {
		return errPreparedCorrupt
	}
	*p = Prepared{Text: text, Initials: inits, Orig: orig}
	return nil
}

// valid reports whether p is internally consistent (e.g. not a zero value
// standing in for keys that were never computed).
func (p Prepared) valid(display string) bool {
	n := utf8.RuneCountInString(p.Text)
	if n != len(p.Initials) || (p.Orig != nil && len(p.Orig) != n) {
		return false
	}
	return n > 0 || display == ""
}

func bitIndex(m uint32) int {
	i := 0
	for m > 1 {
		m >>= 1
		i++
	}
	return i
}
