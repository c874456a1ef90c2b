package search

import (
	"sync"
	"sync/atomic"

	"github.com/mozillazg/go-pinyin"
)

// pinyinArgs asks for every reading's first letter: 行 → x|h, 长 → c|z,
// 重 → z|c. go-pinyin has no phrase dictionary, so picking one reading
// would be wrong for 银行, 长期 and the like; matching against the set of
// readings makes polyphones harmless for initials search.
var pinyinArgs = pinyin.Args{
	Style:     pinyin.FirstLetter,
	Heteronym: true,
	// Characters without a reading get no initials here; ASCII letters are
	// handled before go-pinyin is asked, and digits match literally.
	Fallback: func(rune, pinyin.Args) []string { return nil },
}

// go-pinyin runs regular expressions per call (microseconds), so each
// rune's mask is computed once. The Han blocks up to U+9FFF sit in a flat
// table (bit 31 marks "computed"); rarer runes go to a map.
const (
	tableLo  = 0x3000
	tableHi  = 0xA000
	computed = 1 << 31
)

var (
	initialsTable [tableHi - tableLo]atomic.Uint32
	initialsOther sync.Map // rune → uint32
)

// initialsOf returns the bitmask of letters a–z the (normalised) rune can
// start with when read aloud in pinyin; an ASCII letter is its own initial.
func initialsOf(r rune) uint32 {
	switch {
	case 'a' <= r && r <= 'z':
		return 1 << (r - 'a')
	case r < 0x80:
		return 0
	case r >= tableLo && r < tableHi:
		slot := &initialsTable[r-tableLo]
		if m := slot.Load(); m&computed != 0 {
			return m &^ computed
		}
		m := lookupInitials(r)
		slot.Store(m | computed)
		return m
	}
	if m, ok := initialsOther.Load(r); ok {
		return m.(uint32)
	}
	m := lookupInitials(r)
	initialsOther.Store(r, m)
	return m
}

func lookupInitials(r rune) uint32 {
	var m uint32
	for _, p := range pinyin.SinglePinyin(r, pinyinArgs) {
		if p == "" {
			continue
		}
		if c := p[0]; 'a' <= c && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}
