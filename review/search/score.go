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
}

func newPattern(query string) pattern {
	p := pattern{runes: normaliseQuery(query)}
	p.bits = make([]uint32, len(p.runes))
	for k, r := range p.runes {
		if 'a' <= r && r <= 'z' {
			p.bits[k] = 1 << (r - 'a')
			p.letters |= p.bits[k]
		}
	}
	return p
}

func (p *pattern) eq(k int, text []rune, inits []uint32, i int, loose bool) bool {
	if loose && p.bits[k] != 0 {
		return inits[i]&p.bits[k] != 0
	}
	return text[i] == p.runes[k]
}

// window finds the leftmost greedy occurrence and shrinks it from the end
// (fzf V1). ok is false when the pattern is not a subsequence of text.
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
	k, r = last, runes[last]
	for i := eidx - 1; i > sidx; i-- {
		if text[i] == r {
			if k == 0 {
				return i, eidx, true
			}
			k--
			r = runes[k]
		}
	}
	return sidx, eidx, true
}

func (p *pattern) windowLoose(text []rune, inits []uint32) (sidx, eidx int, ok bool) {
	runes, bits := p.runes, p.bits
	last := len(runes) - 1
	k, r, b := 0, runes[0], bits[0]
	for i, c := range text {
		if b != 0 && inits[i]&b == 0 || b == 0 && c != r {
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
		r, b = runes[k], bits[k]
	}
	if eidx == 0 {
		return 0, 0, false
	}
	k, r, b = last, runes[last], bits[last]
	for i := eidx - 1; i > sidx; i-- {
		if b != 0 && inits[i]&b != 0 || b == 0 && text[i] == r {
			if k == 0 {
				return i, eidx, true
			}
			k--
			r, b = runes[k], bits[k]
		}
	}
	return sidx, eidx, true
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

// score scores the window [sidx, eidx) found by window; when pos is not
// nil the matched text rune indexes are appended to it.
func (p *pattern) score(text []rune, inits []uint32, loose bool, sidx, eidx int, pos *[]int) int {
	k, score, inGap, consecutive, firstBonus := 0, 0, false, 0, 0
	prev := charWhite
	if sidx > 0 {
		prev = classOf(text[sidx-1])
	}
	for i := sidx; i < eidx; i++ {
		cur := classOf(text[i])
		if k < len(p.runes) && p.eq(k, text, inits, i, loose) {
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
