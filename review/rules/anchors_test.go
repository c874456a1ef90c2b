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
