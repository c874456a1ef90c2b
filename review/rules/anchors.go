package rules

// wordScanner is an Aho–Corasick automaton over bytes, compiled to a dense
// table. One pass over a sentence tells which of the rule set's literal words
// occur in it; the engine then runs a rule's regular expressions only when
// the words each trigger needs are all there. Most sentences of a long text
// never reach a regexp.
type wordScanner struct {
	delta [][256]int32
	out   [][]int32 // word ids ending in each state (fail links folded in)
	masks []uint64  // rules some word ending in each state belongs to
	words []string
}

// wordDict assigns ids to the literal words of the rule set.
type wordDict struct {
	ids   map[string]int32
	words []string
}

func (d *wordDict) id(w string) int32 {
	if d.ids == nil {
		d.ids = map[string]int32{}
	}
	if id, ok := d.ids[w]; ok {
		return id
	}
	id := int32(len(d.words))
	d.ids[w] = id
	d.words = append(d.words, w)
	return id
}

func (d *wordDict) idsOf(ws []string) []int32 {
	if ws == nil {
		return nil
	}
	out := make([]int32, len(ws))
	for i, w := range ws {
		out[i] = d.id(w)
	}
	return out
}

func newWordScanner(words []string, ruleMask []uint64) *wordScanner {
	type node struct {
		next map[byte]int32
		fail int32
		out  []int32
	}
	nodes := []node{{next: map[byte]int32{}}}
	for id, word := range words {
		cur := int32(0)
		for i := 0; i < len(word); i++ {
			b := word[i]
			nx, ok := nodes[cur].next[b]
			if !ok {
				nodes = append(nodes, node{next: map[byte]int32{}})
				nx = int32(len(nodes) - 1)
				nodes[cur].next[b] = nx
			}
			cur = nx
		}
		nodes[cur].out = append(nodes[cur].out, int32(id))
	}
	s := &wordScanner{delta: make([][256]int32, len(nodes)), out: make([][]int32, len(nodes)), words: words}
	queue := []int32{}
	for b := 0; b < 256; b++ {
		if nx, ok := nodes[0].next[byte(b)]; ok {
			s.delta[0][b] = nx
			queue = append(queue, nx)
		}
	}
	s.out[0] = nodes[0].out
	defer func() {
		s.masks = make([]uint64, len(s.out))
		for st, ids := range s.out {
			for _, id := range ids {
				s.masks[st] |= ruleMask[id]
			}
		}
	}()
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		s.out[u] = append(append([]int32{}, nodes[u].out...), s.out[nodes[u].fail]...)
		for b := 0; b < 256; b++ {
			if nx, ok := nodes[u].next[byte(b)]; ok {
				nodes[nx].fail = s.delta[nodes[u].fail][b]
				s.delta[u][b] = nx
				queue = append(queue, nx)
			} else {
				s.delta[u][b] = s.delta[nodes[u].fail][b]
			}
		}
	}
	return s
}

// present records which words occur in the sentence being checked. A word
// is present when its stamp equals the current generation, so moving to the
// next sentence costs nothing.
type present struct {
	stamp []uint32
	gen   uint32
}

func newPresent(n int) *present { return &present{stamp: make([]uint32, n), gen: 0} }

func (p *present) has(id int32) bool { return p.stamp[id] == p.gen }

func (p *present) any(ids []int32) bool {
	for _, id := range ids {
		if p.stamp[id] == p.gen {
			return true
		}
	}
	return false
}

// scan marks the words of text in p (a new generation) and returns the mask
// of rules whose words occur.
func (s *wordScanner) scan(text string, p *present) uint64 {
	p.gen++
	if p.gen == 0 { // wrapped: clear old stamps
		clear(p.stamp)
		p.gen = 1
	}
	var mask uint64
	state := int32(0)
	for i := 0; i < len(text); i++ {
		state = s.delta[state][text[i]]
		if out := s.out[state]; len(out) > 0 {
			for _, id := range out {
				p.stamp[id] = p.gen
			}
			mask |= s.masks[state]
		}
	}
	return mask
}
