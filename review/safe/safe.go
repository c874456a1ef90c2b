// Package safe makes text harmless to print: every string that reaches the
// reviewer's terminal or an export goes through it, so that a file name, a
// title or a comment cannot set the terminal's title, write its clipboard
// (OSC 52), move the cursor or reverse the reading order of a line.
//
// C0 and C1 control characters (ESC, BEL, CSI…), DEL, the bidirectional
// overrides, embeddings, isolates and marks, and the line and paragraph
// separators are written as the six visible characters \uXXXX; bytes that
// are not UTF-8 as \xNN. Newline and tab pass, and so does a carriage return
// directly before a newline (CSV lines end in CRLF). Nothing is dropped: the
// escape shows what was there, and inside a JSON string it is the JSON escape
// of the same character, so a JSON line stays the same value.
package safe

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// harmful reports whether r must not reach a terminal as it is.
func harmful(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f: // C0, DEL, C1
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, // Arabic letter mark, LRM, RLM
		r >= 0x202a && r <= 0x202e, // LRE RLE PDF LRO RLO
		r >= 0x2066 && r <= 0x2069, // LRI RLI FSI PDI
		r == 0x2028, r == 0x2029:   // line and paragraph separators
		return true
	}
	return false
}

// Text returns s with every harmful character escaped (see the package
// comment). A string with nothing to escape is returned as it is.
func Text(s string) string {
	clean := true
	for i, r := range s {
		if harmful(r) && !(r == '\r' && i+1 < len(s) && s[i+1] == '\n') || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	out, _ := appendSafe(nil, []byte(s), true)
	return string(out)
}

// appendSafe appends the escaped form of p to b. Unless final, an incomplete
// UTF-8 sequence or a carriage return at the end is left unconsumed (its
// meaning depends on the bytes that follow): rest is its length.
func appendSafe(b, p []byte, final bool) (out []byte, rest int) {
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			if !final && !utf8.FullRune(p[i:]) {
				return b, len(p) - i
			}
			b = fmt.Appendf(b, `\x%02x`, p[i])
		case r == '\r' && i+1 < len(p) && p[i+1] == '\n':
			b = append(b, '\r')
		case r == '\r' && i+1 == len(p) && !final:
			return b, 1
		case harmful(r):
			b = fmt.Appendf(b, `\u%04x`, r)
		default:
			b = append(b, p[i:i+n]...)
		}
		i += n
	}
	return b, 0
}

// Writer passes everything written to it through Text to w. It holds back
// at most a few bytes between writes (half a character, a carriage return
// waiting for its newline); Flush writes them out.
type Writer struct {
	W       io.Writer // the destination
	pending []byte
	buf     []byte
}

// NewWriter wraps w; a w that is already a *Writer is returned as it is.
func NewWriter(w io.Writer) *Writer {
	if sw, ok := w.(*Writer); ok {
		return sw
	}
	return &Writer{W: w}
}

func (s *Writer) Write(p []byte) (int, error) {
	in := p
	if len(s.pending) > 0 {
		in = append(s.pending, p...)
	}
	var rest int
	s.buf, rest = appendSafe(s.buf[:0], in, false)
	s.pending = append(s.pending[:0:0], in[len(in)-rest:]...)
	if _, err := s.W.Write(s.buf); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what Write held back.
func (s *Writer) Flush() error {
	if len(s.pending) == 0 {
		return nil
	}
	b, _ := appendSafe(nil, s.pending, true)
	s.pending = nil
	_, err := s.W.Write(b)
	return err
}

// Unwrap returns the writer under any safe Writers: for asking whether the
// output is a terminal, or for text the program drew itself (a progress bar
// that returns to the start of the line).
func Unwrap(w io.Writer) io.Writer {
	for {
		sw, ok := w.(*Writer)
		if !ok {
			return w
		}
		w = sw.W
	}
}

// Finish flushes s into *err unless *err already holds an error: an
// exporter starts with
//
//	sw := safe.NewWriter(w)
//	defer sw.Finish(&err)
//	w = sw
func (s *Writer) Finish(err *error) {
	if ferr := s.Flush(); *err == nil {
		*err = ferr
	}
}
