package rules

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// requiredLiterals returns words of which every match of pattern must contain
// at least one, or nil when no such set can be read from the pattern. The
// engine runs a trigger only when one of them occurs in the sentence, and
// feeds them to the anchor scanner.
func requiredLiterals(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	return literalsOf(re.Simplify())
}

func literalsOf(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return literalsOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalsOf(re.Sub[0])
		}
		return nil
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			l := literalsOf(sub)
			if l == nil {
				return nil
			}
			out = append(out, l...)
		}
		return dedupe(out)
	case syntax.OpCharClass:
		// A small class of single runes is a set of one-rune literals.
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 8 || len(out) > 16 {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out
	case syntax.OpConcat:
		var best []string
		consider := func(l []string) {
			if l != nil && minLen(l) > 0 && betterLiterals(l, best) {
				best = l
			}
		}
		// Runs of subexpressions with a small finite language are joined
		// into longer words (强 + 制|行 → 强制, 强行).
		var run []string
		for _, sub := range re.Sub {
			if e := exactSet(sub); e != nil {
				if run == nil {
					run = e
				} else if joined := cross(run, e); joined != nil {
					run = joined
				} else {
					consider(run)
					run = e
				}
				continue
			}
			consider(run)
			run = nil
			consider(literalsOf(sub))
		}
		consider(run)
		return best
	}
	return nil
}

const maxExact = 64

// exactSet returns every string re matches when that language is small and
// finite, else nil.
func exactSet(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpEmptyMatch:
		return []string{""}
	case syntax.OpCapture:
		return exactSet(re.Sub[0])
	case syntax.OpQuest:
		e := exactSet(re.Sub[0])
		if e == nil || len(e) >= maxExact {
			return nil
		}
		return append([]string{""}, e...)
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 8 {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		if len(out) > 16 {
			return nil
		}
		return out
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			e := exactSet(sub)
			if e == nil {
				return nil
			}
			out = append(out, e...)
		}
		if len(out) > maxExact {
			return nil
		}
		return out
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			e := exactSet(sub)
			if e == nil {
				return nil
			}
			if out = cross(out, e); out == nil {
				return nil
			}
		}
		return out
	}
	return nil
}

func cross(a, b []string) []string {
	if len(a)*len(b) > maxExact {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// betterLiterals prefers the set whose shortest word is longest (fewer
// chance hits), then the smaller set.
func betterLiterals(a, b []string) bool {
	if b == nil {
		return true
	}
	ma, mb := minLen(a), minLen(b)
	if ma != mb {
		return ma > mb
	}
	return len(a) < len(b)
}

func minLen(ws []string) int {
	m := 1 << 30
	for _, w := range ws {
		m = min(m, len(w))
	}
	return m
}

func dedupe(ws []string) []string {
	seen := map[string]bool{}
	out := ws[:0]
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// requiredSets returns groups of words such that every match of pattern
// contains at least one word of each group: a conjunction of disjunctions,
// read from the concatenations of the pattern. A sentence that lacks any
// group cannot match, and the regexp is not run.
func requiredSets(pattern string) [][]string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	return setsOf(re.Simplify())
}

func setsOf(re *syntax.Regexp) [][]string {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return setsOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return setsOf(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var out [][]string
		var run []string
		flush := func() {
			if run != nil && minLen(run) > 0 {
				out = append(out, run)
			}
			run = nil
		}
		for _, sub := range re.Sub {
			if e := exactSet(sub); e != nil {
				if run == nil {
					run = e
				} else if joined := cross(run, e); joined != nil {
					run = joined
				} else {
					flush()
					run = e
				}
				continue
			}
			flush()
			out = append(out, setsOf(sub)...)
		}
		flush()
		return out
	}
	if l := literalsOf(re); l != nil && minLen(l) > 0 {
		return [][]string{l}
	}
	return nil
}

// hasAll reports whether s contains a word of every group.
func hasAll(s string, groups [][]string) bool {
	for _, g := range groups {
		if !containsAny(s, g) {
			return false
		}
	}
	return true
}

// maxLead bounds the number of start words a pattern may have.
const maxLead = 64

// leadWords returns words of which every match of pattern starts with one,
// or nil when no such set can be read from the pattern.
func leadWords(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	l := leadOf(re.Simplify())
	if l == nil || minLen(l) == 0 {
		return nil
	}
	return dedupe(l)
}

func leadOf(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return exactSet(re)
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if len(out)+int(re.Rune[i+1]-re.Rune[i]) >= maxLead {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out
	case syntax.OpCapture, syntax.OpPlus:
		return leadOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return leadOf(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			l := leadOf(sub)
			if l == nil || len(out)+len(l) > maxLead {
				return nil
			}
			out = append(out, l...)
		}
		return out
	case syntax.OpConcat:
		return leadOfSeq(re.Sub)
	}
	return nil
}

// leadOfSeq is leadOf for a concatenation: the start of its first part, and
// when that part may be empty ((?:在|于)?本市…), also the start of the rest.
func leadOfSeq(subs []*syntax.Regexp) []string {
	if len(subs) == 0 {
		return nil
	}
	if subs[0].Op == syntax.OpQuest || subs[0].Op == syntax.OpRepeat && subs[0].Min == 0 || subs[0].Op == syntax.OpStar {
		first := leadOf(subs[0].Sub[0])
		rest := leadOfSeq(subs[1:])
		if first == nil || rest == nil || len(first)+len(rest) > maxLead {
			return nil
		}
		return append(append([]string{}, first...), rest...)
	}
	return leadOf(subs[0])
}

// maxMatchLen returns the most bytes a match of pattern can span, -1 when
// that is unbounded, or -2 when the pattern looks at text outside its match
// (^, $, \b), so that it cannot be run on a part of the text.
func maxMatchLen(pattern string) int {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || hasAssertion(re) {
		return -2
	}
	return maxLenOf(re)
}

func hasAssertion(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	for _, sub := range re.Sub {
		if hasAssertion(sub) {
			return true
		}
	}
	return false
}

func maxLenOf(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return 0
	case syntax.OpLiteral:
		return 4 * len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxLenOf(re.Sub[0])
	case syntax.OpRepeat:
		n := maxLenOf(re.Sub[0])
		if re.Max < 0 || n < 0 {
			return -1
		}
		return re.Max * n
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n := maxLenOf(sub)
			if n < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	return -1 // star, plus
}
