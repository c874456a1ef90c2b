package rules

// anchorScanner is an Aho–Corasick automaton over bytes, compiled to a dense
// table, that tells in one pass which rules have an anchor word in a
// sentence. Regular expressions then run only for those rules: most
// sentences of a long text never reach a regexp.
type anchorScanner struct {
	delta [][256]int32
	out   []uint64 // rule mask of anchors ending in each state (fail links folded in)
}

func newAnchorScanner(anchors map[string]uint64) *anchorScanner {
	type node struct {
		next map[byte]int32
		fail int32
		out  uint64
	}
	nodes := []node{{next: map[byte]int32{}}}
	for word, mask := range anchors {
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
		nodes[cur].out |= mask
	}
	s := &anchorScanner{delta: make([][256]int32, len(nodes)), out: make([]uint64, len(nodes))}
	// Breadth-first: fail links and the complete transition table.
	queue := []int32{}
	for b := 0; b < 256; b++ {
		if nx, ok := nodes[0].next[byte(b)]; ok {
			nodes[nx].fail = 0
			s.delta[0][b] = nx
			queue = append(queue, nx)
		}
	}
	s.out[0] = nodes[0].out
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		s.out[u] = nodes[u].out | s.out[nodes[u].fail]
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

// scan returns the mask of rules with at least one anchor in text.
func (s *anchorScanner) scan(text string) uint64 {
	var mask uint64
	state := int32(0)
	for i := 0; i < len(text); i++ {
		state = s.delta[state][text[i]]
		mask |= s.out[state]
	}
	return mask
}
