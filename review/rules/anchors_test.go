package rules

import "testing"

// The word scanner must see every literal word of the rule set wherever it
// sits in a sentence, or a finding would silently be lost.
func TestScannerFindsWordsAnywhere(t *testing.T) {
	words := []string{"本市", "注册", "市", "%", "统一经营", "一经"}
	sc := newWordScanner(words, make([]uint64, len(words)))
	p := newPresent(len(words))
	for _, c := range []struct {
		text string
		want []string
	}{
		{"本市注册", []string{"本市", "注册", "市"}},
		{"须在本市", []string{"本市", "市"}},
		{"由集团统一经营。", []string{"统一经营", "一经"}},
		{"比例不低于5%", []string{"%"}},
		{"注", nil},
		{"", nil},
		{"本\xff市注册", []string{"市", "注册"}}, // broken bytes do not hide what follows
	} {
		sc.scan(c.text, p)
		want := map[string]bool{}
		for _, w := range c.want {
			want[w] = true
		}
		for id, w := range words {
			if got := p.has(int32(id)); got != want[w] {
				t.Errorf("%q: word %q present = %v, want %v", c.text, w, got, want[w])
			}
		}
	}
}

// A set's bit must be on exactly when a word of the set was seen: a bit
// left off loses a finding, a bit left on from the sentence before runs a
// rule where its words are not.
func TestScannerMarksSetsOfWordsSeen(t *testing.T) {
	words := []string{"本市", "注册", "市", "纳税", "补贴"}
	sc := newWordScanner(words, make([]uint64, len(words)))
	sets := [][]int32{{0, 2}, {1, 3}, {4}, {3}}
	sc.indexSets(sets)
	p := newPresent(len(words))
	for _, c := range []struct {
		text string
		want []bool
	}{
		{"在本市注册", []bool{true, true, false, false}},
		{"给予补贴", []bool{false, false, true, false}}, // nothing kept from the sentence before
		{"依法纳税", []bool{false, true, false, true}},
		{"", []bool{false, false, false, false}},
	} {
		sc.scan(c.text, p)
		for b, want := range c.want {
			if got := p.inSet(int32(b)); got != want {
				t.Errorf("%q: set %v seen = %v, want %v", c.text, sets[b], got, want)
			}
		}
	}
	// The rule set's own sets agree with their words on real sentences.
	p = newPresent(len(dict.words))
	for _, s := range []string{"对在本县注册并纳税的企业给予一次性奖励。", "供应商须在本市设立分支机构。", "对违反本办法的，处以五千元罚款。"} {
		scanner.scan(s, p)
		for _, c := range concepts {
			if c.ids != nil && c.in(p) != p.any(c.ids) {
				t.Errorf("%q: concept %v: bit %v, words %v", s, c.words[:min(3, len(c.words))], c.in(p), p.any(c.ids))
			}
		}
	}
}
