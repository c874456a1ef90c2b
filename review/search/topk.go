package search

import "sort"

// ranked is one scored match before positions are computed.
type ranked struct {
	score int32
	start int32 // first matched text rune: title matches beat issuer matches
	size  int32 // text length: among equals the more specific document wins
	ord   uint32
	id    uint64
}

// better orders hits best first; the ID makes the order total and stable.
func better(a, b ranked) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.start != b.start {
		return a.start < b.start
	}
	if a.size != b.size {
		return a.size < b.size
	}
	return a.id < b.id
}

// topK keeps the k best of a stream without sorting the stream: a min-heap
// whose root is the worst kept element. k <= 0 keeps everything.
type topK struct {
	k    int
	heap []ranked
}

func (t *topK) push(r ranked) {
	if t.k <= 0 {
		t.heap = append(t.heap, r)
		return
	}
	if len(t.heap) < t.k {
		t.heap = append(t.heap, r)
		t.up(len(t.heap) - 1)
		return
	}
	if !better(r, t.heap[0]) {
		return
	}
	t.heap[0] = r
	t.down(0)
}

// full reports whether a new element must beat the root to be kept.
func (t *topK) full() bool { return t.k > 0 && len(t.heap) >= t.k }

func (t *topK) up(i int) {
	h := t.heap
	for i > 0 {
		parent := (i - 1) / 2
		if !better(h[parent], h[i]) {
			break
		}
		h[parent], h[i] = h[i], h[parent]
		i = parent
	}
}

func (t *topK) down(i int) {
	h := t.heap
	for {
		worst := i
		l, r := 2*i+1, 2*i+2
		if l < len(h) && better(h[worst], h[l]) {
			worst = l
		}
		if r < len(h) && better(h[worst], h[r]) {
			worst = r
		}
		if worst == i {
			return
		}
		h[i], h[worst] = h[worst], h[i]
		i = worst
	}
}

// sorted returns the kept elements best first.
func (t *topK) sorted() []ranked {
	out := t.heap
	sort.Slice(out, func(i, j int) bool { return better(out[i], out[j]) })
	return out
}
