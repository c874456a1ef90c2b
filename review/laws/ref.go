package laws

import (
	"regexp"
	"strings"

	"beishen/review/cnum"
)

// Ref points into a law: an article, optionally one 款 (paragraph, 1-based,
// counting the paragraphs that are not 项) and one 项 (item, 1-based).
type Ref struct {
	Article int
	Sub     int // 第N条之一
	Para    int
	Item    int
}

const num = `[0-9零〇一二三四五六七八九十百千]+`

var refRe = regexp.MustCompile(`^第(` + num + `)条(?:之(` + num + `))?(?:第(` + num + `)款)?(?:第[（(]?(` + num + `)[）)]?项)?`)

// ParseRef reads 第九条, 第十条第四款, 第九条第（二）项, 第十六条第四款第（一）项
// at the start of s and says how many bytes it took.
func ParseRef(s string) (Ref, int, bool) {
	m := refRe.FindStringSubmatchIndex(s)
	if m == nil {
		return Ref{}, 0, false
	}
	var r Ref
	var ok bool
	if r.Article, ok = cnum.Int(s[m[2]:m[3]]); !ok || r.Article == 0 {
		return Ref{}, 0, false
	}
	if m[4] >= 0 {
		r.Sub, _ = cnum.Int(s[m[4]:m[5]])
	}
	if m[6] >= 0 {
		r.Para, _ = cnum.Int(s[m[6]:m[7]])
	}
	if m[8] >= 0 {
		r.Item, _ = cnum.Int(s[m[8]:m[9]])
	}
	return r, m[1], true
}

// String writes the reference the way a review opinion does: 第九条第（二）项.
func (r Ref) String() string {
	if r.Article == 0 {
		return ""
	}
	s := "第" + Numeral(r.Article) + "条"
	if r.Sub > 0 {
		s += "之" + Numeral(r.Sub)
	}
	if r.Para > 0 {
		s += "第" + Numeral(r.Para) + "款"
	}
	if r.Item > 0 {
		s += "第（" + Numeral(r.Item) + "）项"
	}
	return s
}

var digits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// Numeral writes n (1…9999) in Chinese numerals as article numbers are
// written: 十, 十二, 二十, 一百零五, 一千二百六十.
func Numeral(n int) string {
	if n <= 0 || n > 9999 {
		return ""
	}
	var b strings.Builder
	units := []struct {
		v int
		s string
	}{{1000, "千"}, {100, "百"}, {10, "十"}}
	zero := false
	started := false
	for _, u := range units {
		d := n / u.v
		n %= u.v
		switch {
		case d > 0:
			if zero {
				b.WriteString("零")
				zero = false
			}
			if !(u.v == 10 && d == 1 && !started) {
				b.WriteString(digits[d])
			}
			b.WriteString(u.s)
			started = true
		case started:
			zero = true
		}
	}
	if n > 0 {
		if zero {
			b.WriteString("零")
		}
		b.WriteString(digits[n])
	}
	return b.String()
}

// itemRe is the label of a 项: （一）, (一), 一、 is a list inside a 项's text
// and is not counted.
var itemRe = regexp.MustCompile(`^[（(]` + num + `[）)]`)

// Find returns the article r names and the words r points at: the whole
// article, one 款 (with its 项), or one 项. ok is false when the version has
// no such article, 款 or 项.
func (l *Law) Find(r Ref) (Article, string, bool) {
	var art Article
	found := false
	for _, a := range l.Articles {
		if a.Num == r.Article && a.Sub == r.Sub {
			art, found = a, true
			break
		}
	}
	if !found {
		return Article{}, "", false
	}
	if r.Para == 0 && r.Item == 0 {
		return art, art.Text(), true
	}
	// Group the paragraphs into 款, each with its 项.
	type kuan struct {
		head  string
		items []string
	}
	var ks []kuan
	for _, p := range art.Paras {
		if itemRe.MatchString(p) && len(ks) > 0 {
			ks[len(ks)-1].items = append(ks[len(ks)-1].items, p)
			continue
		}
		ks = append(ks, kuan{head: p})
	}
	var k kuan
	switch {
	case r.Para > 0 && r.Para <= len(ks):
		k = ks[r.Para-1]
	case r.Para > 0:
		return art, "", false
	default:
		// 第九条第（二）项: the items of the first 款 that has items.
		for _, c := range ks {
			if len(c.items) > 0 {
				k = c
				break
			}
		}
	}
	if r.Item == 0 {
		return art, strings.Join(append([]string{k.head}, k.items...), "\n"), true
	}
	if r.Item > len(k.items) {
		return art, "", false
	}
	return art, k.items[r.Item-1], true
}

// ParseUserRef reads an article reference as a user types it: 第九条,
// 第九条第（二）项, 9, 9.2 (article 9, paragraph 2).
func ParseUserRef(s string) (Ref, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Ref{}, false
	}
	if !strings.HasPrefix(s, "第") {
		n, para, _ := strings.Cut(s, ".")
		s = "第" + n + "条"
		if para != "" {
			s += "第" + para + "款"
		}
	}
	r, n, ok := ParseRef(s)
	return r, ok && n == len(s)
}
