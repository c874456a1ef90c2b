package search

import (
	"strings"
	"unicode/utf8"
)

// The second tier of a search: a document whose current text holds the
// query, found by neither its title, 文号, issuer nor drafting unit. The
// screen's / and `list --query` both match through TextQuery, so the two
// always agree on what "in the text" means.

// TextQuery matches full texts: every whitespace-separated word of the
// query must occur in the text as it is written (a text is too long to
// normalise per keystroke, and a reviewer searching the text types the
// words of the text).
type TextQuery struct {
	words []string
}

// NewTextQuery splits q into its words; an empty query matches nothing.
func NewTextQuery(q string) TextQuery {
	return TextQuery{words: strings.Fields(q)}
}

// Empty reports whether the query has no words.
func (t TextQuery) Empty() bool { return len(t.words) == 0 }

// TextMatch is where the query's first word occurs in a text, shown with
// the words around it so the reviewer sees why the document was listed.
type TextMatch struct {
	// Excerpt is the line around the match, cut to excerptRunes on each
	// side with "…" where it was cut; Start and End are the rune indexes of
	// the matched word in Excerpt, for highlighting.
	Excerpt    string
	Start, End int
	// At is the byte offset of the match in the text, for whoever labels
	// the clause it falls in (jobs.TextSearch, with the checks' labels).
	At int
	// Words are the query's words, all of which the text holds.
	Words []string
}

// excerptRunes is how much context an excerpt keeps on each side.
const excerptRunes = 14

// Match reports whether text holds every word of the query, and where the
// first one occurs.
func (t TextQuery) Match(text string) (TextMatch, bool) {
	if len(t.words) == 0 {
		return TextMatch{}, false
	}
	at := strings.Index(text, t.words[0])
	if at < 0 {
		return TextMatch{}, false
	}
	for _, w := range t.words[1:] {
		if !strings.Contains(text, w) {
			return TextMatch{}, false
		}
	}
	m := TextMatch{Words: t.words, At: at}
	end := at + len(t.words[0])
	lineStart := strings.LastIndexByte(text[:at], '\n') + 1
	lineEnd := len(text)
	if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
		lineEnd = end + i
	}
	before := lastRunes(text[lineStart:at], excerptRunes)
	after := firstRunes(text[end:lineEnd], excerptRunes)
	var b strings.Builder
	if lineStart+len(before) < at {
		b.WriteString("…")
	}
	b.WriteString(strings.TrimLeft(before, " \t\u3000"))
	m.Start = utf8.RuneCountInString(b.String())
	b.WriteString(t.words[0])
	m.End = utf8.RuneCountInString(b.String())
	b.WriteString(strings.TrimRight(after, " \t\r\u3000"))
	if end+len(after) < lineEnd {
		b.WriteString("…")
	}
	m.Excerpt = b.String()
	return m, true
}

// lastRunes is the tail of s holding at most n runes.
func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// firstRunes is the head of s holding at most n runes.
func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
