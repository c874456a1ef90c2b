package storage

import "bytes"

// The data of a stored event (schema 5) is its JSON with the fragments
// every event of a kind repeats (keys, the checklist's marks, a material's
// name) replaced by one or two bytes: a checklist mark's 28 bytes become 5,
// an import's 300 bytes of keys some 20. Compact JSON, which is what
// json.Marshal writes and what the log holds, never has a byte below 0x20,
// so those bytes are free to stand for fragments: 0x01–0x1E for the
// commonest, 0x1F followed by an index for the rest. Data that has such a
// byte (a handed-over log with whitespace, say) is stored as it is.
//
// A fragment's code is its place in these lists: they only ever grow at
// their end. Expanding is a copy, so the bytes hashed come back exactly.
var (
	dataTokens = []string{
		`{"item":"`, `","mark":"pass"}`, `","mark":"`, `{"material":"`, `","present":true}`, `","present":false}`,
		`drafting_note`, `legal_basis`, `fcr_conclusion`, `deliberation`, `legal_opinion`, `consultation`,
		`{"kind":"`, `","meta":{"title":"`, `","doc_number":"`, `","issuer":"`,
		`","issuer_type":"department","drafting_unit":"`, `","received":"`, `","signed":"`, `","published":"`,
		`","effective":"`, `","validity_end":"`, `","affects_operators":`, `},"version":{"n":`, `,"file_name":"`,
		`","format":"txt","encoding":"UTF-8","sha256":"`, `","text_sha256":"`, `","size":`, `,"rules_version":"`,
		`","findings"`,
	}
	dataTokens2 = []string{
		`","format":"`, `","encoding":"`, `","sha256":"`, `","issuer_type":"`, `","drafting_unit":"`,
		`{"from":"`, `","to":"`, `legality`, `fair_competition`, `decision`, `intake`,
		`{"result":"registered","date":"`, `{"result":"`, `","date":"`, `","due":"`, `{"outcome":"`, `","note":"`,
		`","plan":"`, `{"key":"`, `","rule":"`, `","reason":"`, `{"text":"`, `","mark":"fail"}`, `","mark":"na"}`,
		`returned`, `department`,
	}
)

const dataEscape = 0x1F // followed by an index into dataTokens2

// dataByFirst lists, for each first byte, the codes of the fragments that
// start with it, longest first: the shrinking matches greedily.
var dataByFirst = func() (t [256][][]byte) {
	add := func(code []byte, s string) { t[s[0]] = append(t[s[0]], append(code, s...)) }
	for i, s := range dataTokens {
		add([]byte{byte(i + 1)}, s)
	}
	for i, s := range dataTokens2 {
		add([]byte{dataEscape, byte(i)}, s)
	}
	for _, l := range t {
		// longest fragment first; each entry is code then fragment
		for i := 1; i < len(l); i++ {
			for j := i; j > 0 && fragment(l[j]) > fragment(l[j-1]); j-- {
				l[j], l[j-1] = l[j-1], l[j]
			}
		}
	}
	return t
}()

// fragment is the length of the fragment of an entry of dataByFirst.
func fragment(e []byte) int {
	if e[0] == dataEscape {
		return len(e) - 2
	}
	return len(e) - 1
}

// shrinkData is data with its known fragments replaced; ok is false when
// data has a byte below 0x20 and is to be stored as it is.
func shrinkData(data []byte) (out []byte, ok bool) {
	out = make([]byte, 0, len(data))
next:
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x20 {
			return data, false
		}
		for _, e := range dataByFirst[c] {
			n := 1
			if e[0] == dataEscape {
				n = 2
			}
			if bytes.HasPrefix(data[i:], e[n:]) {
				out = append(out, e[:n]...)
				i += len(e) - n
				continue next
			}
		}
		out = append(out, c)
		i++
	}
	return out, true
}

// grownSize is the length of the data b stands for, as far as it can be
// read (growData reports what cannot): a reader sizes its buffer with it
// (a checklist mark grows sixfold).
func grownSize(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c >= 0x20:
			n++
		case c == dataEscape:
			if i+1 < len(b) && int(b[i+1]) < len(dataTokens2) {
				n += len(dataTokens2[b[i+1]])
			}
			i++
		case c != 0 && int(c) <= len(dataTokens):
			n += len(dataTokens[c-1])
		}
	}
	return n
}

// growData appends the data b stands for to dst.
func growData(dst, b []byte) ([]byte, error) {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= 0x20:
			// copy the run up to the next code at once
			j := i + 1
			for j < len(b) && b[j] >= 0x20 {
				j++
			}
			dst = append(dst, b[i:j]...)
			i = j - 1
		case c == dataEscape:
			if i+1 >= len(b) || int(b[i+1]) >= len(dataTokens2) {
				return dst, errRecord
			}
			i++
			dst = append(dst, dataTokens2[b[i]]...)
		case c == 0 || int(c) > len(dataTokens):
			return dst, errRecord
		default:
			dst = append(dst, dataTokens[c-1]...)
		}
	}
	return dst, nil
}
