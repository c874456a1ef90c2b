package search

import (
	"unicode"
	"unicode/utf8"
)

// The scorer is fzf's V1 algorithm (junegunn/fzf src/algo, MIT): find the
// leftmost greedy occurrence of the pattern, walk back from its end to the
// shortest window, and score that window with fzf's constants. It replaces
// sahilm/fuzzy for ranking because sahilm penalises unmatched *bytes* (each
// Han character costs three), knows only ASCII separators, and is slow on
// CJK; here Chinese punctuation and the spaces between fields count as word
// boundaries, so a match at the start of the title or the issuer ranks first.
const (
	scoreMatch             = 16
	scoreGapStart          = -3
	scoreGapExtension      = -1
	bonusBoundary          = scoreMatch / 2
	bonusNonWord           = scoreMatch / 2
	bonusCamel123          = bonusBoundary + scoreGapExtension
	bonusConsecutive       = -(scoreGapStart + scoreGapExtension)
	bonusFirstCharMultiple = 2
	bonusBoundaryWhite     = bonusBoundary + 2
	bonusBoundaryDelimiter = bonusBoundary + 1
)

type charClass uint8

const (
	charWhite charClass = iota
	charNonWord
	charDelimiter
	charLower
	charUpper
	charLetter
	charNumber
)

var asciiClass [utf8.RuneSelf]charClass

func init() {
	for r := range rune(utf8.RuneSelf) {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			asciiClass[r] = charWhite
		case r == '/' || r == ',' || r == ':' || r == ';' || r == '|':
			asciiClass[r] = charDelimiter
		case 'a' <= r && r <= 'z':
			asciiClass[r] = charLower
		case 'A' <= r && r <= 'Z':
			asciiClass[r] = charUpper
		case '0' <= r && r <= '9':
			asciiClass[r] = charNumber
		default:
			asciiClass[r] = charNonWord
		}
	}
}

func classOf(r rune) charClass {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	if r >= 0x4E00 && r <= 0x9FFF { // CJK Unified Ideographs, the bulk of any title
		return charLetter
	}
	switch {
	case r == '、' || r == '。' || r == '·':
		// NFKC has already turned full-width ，：；｜／ into ASCII.
		return charDelimiter
	case unicode.IsLetter(r): // Han, kana, Latin letters with accents
		if unicode.IsUpper(r) {
			return charUpper
		}
		return charLetter
	case unicode.IsNumber(r):
		return charNumber
	case unicode.IsSpace(r):
		return charWhite
	}
	return charNonWord // 《》（）〔〕【】“” and the like
}

func bonusFor(prev, cur charClass) int {
	if cur > charNonWord {
		switch prev {
		case charWhite:
			return bonusBoundaryWhite
		case charDelimiter:
			return bonusBoundaryDelimiter
		case charNonWord:
			return bonusBoundary
		}
	}
	if prev == charLower && cur == charUpper || prev != charNumber && cur == charNumber {
		return bonusCamel123
	}
	switch cur {
	case charNonWord, charDelimiter:
		return bonusNonWord
	case charWhite:
		return bonusBoundaryWhite
	}
	return 0
}

// pattern is a normalised query. bits[k] is non-zero for an ASCII letter,
// which in loose mode matches any rune that can be read with that initial.
type pattern struct {
	runes []rune
	bits  []uint32
	// letters is the OR of bits: a document lacking any of them cannot
	// match loosely.
	letters uint32
	// segs split the query for loose matching: a run of letters must match
	// consecutive characters of the text (gpjz → 公平竞争, as pinyin input
	// methods do), any other rune is a segment of its own matched literally;
	// segments occur in order with anything between them.
	segs []segment
}

type segment struct {
	lo, hi  int // p.runes[lo:hi]
	letters bool
}

func newPattern(query string) pattern {
	p := pattern{runes: normaliseQuery(query)}
	p.bits = make([]uint32, len(p.runes))
	for k, r := range p.runes {
		if 'a' <= r && r <= 'z' {
			p.bits[k] = 1 << (r - 'a')
			p.letters |= p.bits[k]
			if n := len(p.segs); n > 0 && p.segs[n-1].letters && p.segs[n-1].hi == k {
				p.segs[n-1].hi++
				continue
			}
			p.segs = append(p.segs, segment{lo: k, hi: k + 1, letters: true})
			continue
		}
		p.segs = append(p.segs, segment{lo: k, hi: k + 1})
	}
	return p
}

// window finds the leftmost greedy occurrence and shrinks it from the end
// (fzf V1). ok is false when the pattern does not occur in text.
func (p *pattern) window(text []rune, inits []uint32, loose bool) (sidx, eidx int, ok bool) {
	if loose {
		return p.windowLoose(text, inits)
	}
	return p.windowDirect(text)
}

func (p *pattern) windowDirect(text []rune) (sidx, eidx int, ok bool) {
	runes := p.runes
	last := len(runes) - 1
	k, r := 0, runes[0]
	for i, c := range text {
		if c != r {
			continue
		}
		if k == 0 {
			sidx = i
		}
		if k == last {
			eidx = i + 1
			break
		}
		k++
		r = runes[k]
	}
	if eidx == 0 {
		return 0, 0, false
	}
	return p.shrink(text, sidx, eidx), eidx, true
}

// shrink walks back from the end of a greedy direct match [sidx, eidx) to
// the latest start from which the query still fits: fzf V1's window. It
// reads only the window's tail, so a match end known from postings needs
// no forward scan of the text.
func (p *pattern) shrink(text []rune, sidx, eidx int) int {
	runes := p.runes
	k := len(runes) - 1
	r := runes[k]
	for i := eidx - 1; i > sidx; i-- {
		if text[i] == r {
			if k == 0 {
				return i
			}
			k--
			r = runes[k]
		}
	}
	return sidx
}

// extend continues a greedy match of the query's first done runes that
// ended at from, matching the rest in order; it returns the new end.
func (p *pattern) extend(text []rune, from, done int) (end int, ok bool) {
	i := from
	for _, r := range p.runes[done:] {
		for i < len(text) && text[i] != r {
			i++
		}
		if i >= len(text) {
			return 0, false
		}
		i++
	}
	return i, true
}

// segAt reports whether segment s matches text starting at i.
func (p *pattern) segAt(s segment, text []rune, inits []uint32, i int) bool {
	if i+s.hi-s.lo > len(text) {
		return false
	}
	if !s.letters {
		return text[i] == p.runes[s.lo]
	}
	for k := s.lo; k < s.hi; k++ {
		if inits[i+k-s.lo]&p.bits[k] == 0 {
			return false
		}
	}
	return true
}

// forwardLoose matches the segments greedily from position from and
// returns where the first one starts and the last one ends; when pos is not
// nil the matched rune indexes are appended to it.
func (p *pattern) forwardLoose(text []rune, inits []uint32, from int, pos *[]int) (sidx, eidx int, ok bool) {
	i := from
	for n, s := range p.segs {
		for i < len(text) && !p.segAt(s, text, inits, i) {
			i++
		}
		if i >= len(text) {
			return 0, 0, false
		}
		if n == 0 {
			sidx = i
		}
		if pos != nil {
			for j := i; j < i+s.hi-s.lo; j++ {
				*pos = append(*pos, j)
			}
		}
		i += s.hi - s.lo
	}
	return sidx, i, true
}

// windowLoose is fzf V1 over segments: the leftmost greedy match, then
// the latest start from which the segments still fit before its end.
func (p *pattern) windowLoose(text []rune, inits []uint32) (sidx, eidx int, ok bool) {
	sidx, eidx, ok = p.forwardLoose(text, inits, 0, nil)
	if !ok {
		return 0, 0, false
	}
	end := eidx
	for n := len(p.segs) - 1; n >= 0; n-- {
		s := p.segs[n]
		i := end - (s.hi - s.lo)
		for i > sidx && !p.segAt(s, text, inits, i) {
			i--
		}
		end = i
	}
	return end, eidx, true
}

// contiguousScores gives, for each class of the character before the
// match, the score of the query matched as one unbroken run: what score
// computes for such a window, without reading the text.
func (p *pattern) contiguousScores(loose bool) [charNumber + 1]int {
	var out [charNumber + 1]int
	for prev0 := range out {
		score, firstBonus, prev := 0, 0, charClass(prev0)
		for k, r := range p.runes {
			cur := charLetter // a letter standing for an initial: Han or a–z
			if !loose || p.bits[k] == 0 {
				cur = classOf(r)
			}
			score += scoreMatch
			bonus := bonusFor(prev, cur)
			if k == 0 {
				firstBonus = bonus
				score += bonus * bonusFirstCharMultiple
			} else {
				if bonus >= bonusBoundary && bonus > firstBonus {
					firstBonus = bonus
				}
				score += max(bonus, firstBonus, bonusConsecutive)
			}
			prev = cur
		}
		out[prev0] = score
	}
	return out
}

// runScore scores the unbroken run text[s:e] matched by a one-run initials
// query: from contig (the pattern's contiguousScores(true)) when the run is
// all Han, as it nearly always is, else from the text.
func (p *pattern) runScore(text []rune, inits []uint32, s, e int, contig *[charNumber + 1]int) int {
	for _, r := range text[s:e] {
		if classOf(r) != charLetter {
			return p.score(text, inits, true, s, e, nil)
		}
	}
	prev := charWhite
	if s > 0 {
		prev = classOf(text[s-1])
	}
	return contig[prev]
}

// score scores the window [sidx, eidx) found by window; when pos is not
// nil the matched text rune indexes are appended to it.
func (p *pattern) score(text []rune, inits []uint32, loose bool, sidx, eidx int, pos *[]int) int {
	var matched []int // loose: the runes the segments match inside the window
	if loose {
		var buf [32]int
		matched = buf[:0]
		p.forwardLoose(text[:eidx], inits[:eidx], sidx, &matched)
	}
	k, score, inGap, consecutive, firstBonus := 0, 0, false, 0, 0
	prev := charWhite
	if sidx > 0 {
		prev = classOf(text[sidx-1])
	}
	for i := sidx; i < eidx; i++ {
		cur := classOf(text[i])
		var hit bool
		if loose {
			hit = k < len(matched) && matched[k] == i
		} else {
			hit = k < len(p.runes) && text[i] == p.runes[k]
		}
		if hit {
			if pos != nil {
				*pos = append(*pos, i)
			}
			score += scoreMatch
			bonus := bonusFor(prev, cur)
			if consecutive == 0 {
				firstBonus = bonus
			} else {
				if bonus >= bonusBoundary && bonus > firstBonus {
					firstBonus = bonus
				}
				bonus = max(bonus, firstBonus, bonusConsecutive)
			}
			if k == 0 {
				score += bonus * bonusFirstCharMultiple
			} else {
				score += bonus
			}
			inGap = false
			consecutive++
			k++
		} else {
			if inGap {
				score += scoreGapExtension
			} else {
				score += scoreGapStart
			}
			inGap = true
			consecutive = 0
			firstBonus = 0
		}
		prev = cur
	}
	return score
}
