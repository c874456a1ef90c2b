package search

// posting lists the documents containing one rune (or one initial), with
// where it first occurs in each: a one-character query is ranked from the
// posting alone, and a longer one starts its scan there instead of at the
// beginning of the text.
type posting struct {
	ords []uint32 // ascending
	// firsts[i] is the first position in document ords[i] (low 13 bits,
	// firstUnknown if later) and the class of the rune before it (high 3).
	firsts []uint16
	// lasts[i] is the last position in document ords[i] (lastUnknown if
	// later), kept for runes only (hasLasts): a query rune needed after its
	// last position rules the document out without reading the text, which
	// matters when a rune repeats (〔2023〕) and first positions say little.
	lasts []uint16
	// seconds[i] is the second position in document ords[i] (0: the rune
	// occurs once; lastUnknown if later), also for runes only: with first
	// and last it places the next occurrence after most positions, so a
	// query typed on (〔202 after 〔20) rarely reads the text.
	seconds  []uint16
	hasLasts bool
	// last and want size the lists before a bulk build (New): the
	// ordinal+1 last counted and how many entries are coming.
	last uint32
	want int
}

const (
	firstUnknown = 1<<13 - 1
	lastUnknown  = 1<<16 - 1
)

func (p *posting) add(o uint32, pos int, prev charClass) {
	if n := len(p.ords); n > 0 && p.ords[n-1] == o {
		// Already recorded at an earlier position of this document.
		if p.hasLasts {
			p.lasts[n-1] = uint16(min(pos, lastUnknown))
			if p.seconds[n-1] == 0 {
				p.seconds[n-1] = uint16(min(pos, lastUnknown))
			}
		}
		return
	}
	p.ords = append(p.ords, o)
	p.firsts = append(p.firsts, uint16(min(pos, firstUnknown))|uint16(prev)<<13)
	if p.hasLasts {
		p.lasts = append(p.lasts, uint16(min(pos, lastUnknown)))
		p.seconds = append(p.seconds, 0)
	}
}

// next returns the first position at or after at where the rune occurs in
// the document at index i, from the recorded positions: known is false
// when only the text can tell, found false when it does not occur there.
func (p *posting) next(i, at int) (pos int, found, known bool) {
	first, _, exact := p.first(i)
	switch {
	case !exact:
		return 0, false, false
	case first >= at:
		return first, true, true
	}
	second := int(p.seconds[i])
	switch {
	case second == 0:
		return 0, false, true
	case second == lastUnknown:
		return 0, false, false
	case second >= at:
		return second, true, true
	}
	switch last := int(p.lasts[i]); {
	case last < at:
		return 0, false, true
	case last == at:
		return last, true, true
	}
	return 0, false, false
}

// lastPos returns the last position recorded at index i (an upper
// bound: lastUnknown when it did not fit).
func (p *posting) lastPos(i int) int { return int(p.lasts[i]) }

// count notes that document o will be added.
func (p *posting) count(o uint32) {
	if p.last != o+1 {
		p.last = o + 1
		p.want++
	}
}

// reserve makes room for the counted entries at once.
func (p *posting) reserve() {
	if n := len(p.ords) + p.want; n > cap(p.ords) {
		p.ords = append(make([]uint32, 0, n), p.ords...)
		p.firsts = append(make([]uint16, 0, n), p.firsts...)
		if p.hasLasts {
			p.lasts = append(make([]uint16, 0, n), p.lasts...)
			p.seconds = append(make([]uint16, 0, n), p.seconds...)
		}
	}
	p.last, p.want = 0, 0
}

// first returns the first position and preceding class recorded at index
// i; exact is false when the position is only a lower bound.
func (p *posting) first(i int) (pos int, prev charClass, exact bool) {
	f := p.firsts[i]
	pos = int(f & firstUnknown)
	return pos, charClass(f >> 13), pos != firstUnknown
}

// seek returns the index of o in ords at or after j, galloping; o must be
// present (the candidates of a query are a subset of its first rune's
// posting).
func (p *posting) seek(j int, o uint32) int {
	step := 1
	hi := j
	for hi < len(p.ords) && p.ords[hi] < o {
		j = hi
		hi += step
		step *= 2
	}
	hi = min(hi, len(p.ords)-1)
	for j < hi && p.ords[j] < o {
		mid := (j + hi) / 2
		if p.ords[mid] < o {
			j = mid + 1
		} else {
			hi = mid
		}
	}
	return j
}
