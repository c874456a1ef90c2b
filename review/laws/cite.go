package laws

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Citation is one reference to a law in a text: the title as written, the
// short name it resolves to, and the articles cited after it.
type Citation struct {
	Written string `json:"written"` // as in the text, without book-title marks
	Name    string `json:"name"`    // short name after aliases
	Refs    []Ref  `json:"refs,omitempty"`
	// Start and End are rune offsets of the whole citation (title and
	// articles); TitleEnd ends the title.
	Start, End, TitleEnd int
	Quoted               bool // written in 《》
	// at and end are the byte offsets of Start and End in the text cited
	// from: a finding quotes the text by them without turning it into runes.
	at, end int
}

// Aliases are the abbreviations an office writes for a law (a 《行诉法》 is
// the 行政诉讼法). An office may add its own.
var Aliases = map[string]string{
	"行诉法": "行政诉讼法", "民诉法": "民事诉讼法", "刑诉法": "刑事诉讼法", "反垄断": "反垄断法",
	"公平竞争审查制度": "公平竞争审查条例", "营商环境条例": "优化营商环境条例", "征补条例": "国有土地上房屋征收与补偿条例",
	"招投标法": "招标投标法", "政府采购法实施条例": "政府采购法实施条例", "食安法": "食品安全法", "政府信息公开条例": "政府信息公开条例",
}

var (
	bareRe   = regexp.MustCompile(`^中华人民共和国(\p{Han}{2,16}?(?:法|条例))`)
	refSepRe = regexp.MustCompile(`^(?:、|，|和|及|以及|或者|或)`)
)

// Cite finds the citations of laws in text, in order.
func Cite(text string) []Citation {
	var out []Citation
	off := runeOffsets{text: text}
	add := func(m []int, quoted bool) {
		written := text[m[2]:m[3]]
		c := Citation{Written: written, Name: Resolve(written), Quoted: quoted}
		end := m[1]
		rest := text[end:]
		for {
			r, n, ok := ParseRef(rest)
			if !ok {
				break
			}
			c.Refs = append(c.Refs, r)
			end += n
			rest = rest[n:]
			// 第十七条、第十八条 and 第二款、第三款.
			if sep := refSepRe.FindString(rest); sep != "" && strings.HasPrefix(rest[len(sep):], "第") {
				end += len(sep)
				rest = rest[len(sep):]
				continue
			}
			break
		}
		c.Start, c.TitleEnd, c.End = off.at(m[0]), off.at(m[1]), off.at(end)
		c.at, c.end = m[0], end
		out = append(out, c)
	}
	quoted := quotedTitles(text)
	for _, m := range quoted {
		add(m, true)
	}
	// 中华人民共和国行政处罚法第五十一条 without book-title marks.
	for _, m := range bareTitles(text) {
		inside := false
		for _, q := range quoted {
			if m[0] >= q[0] && m[0] < q[1] {
				inside = true
			}
		}
		if !inside && !notLawName(text[m[2]:m[3]]) {
			add(m, false)
		}
	}
	sortCitations(out)
	return out
}

// bareTitleSpan bounds a bare title's bytes: 中华人民共和国, sixteen runes
// of at most four bytes, 条例.
const bareTitleSpan = len("中华人民共和国") + 16*4 + len("条例")

// bareTitles returns what bareRe.FindAllStringSubmatchIndex would over text
// without the anchor: every match begins with 中华人民共和国, so the
// anchored pattern is tried at each occurrence on a window that holds any
// match. Over a whole regulation the unanchored search stopped at every
// rune whose first byte is 中's (不, 以, 企…) and took 3.5% of the checks'
// time.
func bareTitles(text string) [][]int {
	var out [][]int
	for from := 0; ; {
		i := indexBare(text[from:])
		if i < 0 {
			return out
		}
		at := from + i
		m := bareRe.FindStringSubmatchIndex(text[at:min(len(text), at+bareTitleSpan)])
		if m == nil {
			from = at + len("中")
			continue
		}
		for j := range m {
			m[j] += at
		}
		out = append(out, m)
		from = m[1]
	}
}

// quotedTitles returns what regexp `《([^《》\n]{2,60})》`'s
// FindAllStringSubmatchIndex(text, -1) would: a 《 opens a title when the
// run of runes other than 《, 》 and a line break after it ends at a 》
// within two to sixty runes. Read by hand, without the regexp engine's
// machine, which the pattern ran over every whole regulation (2% of the
// checks' time); equal to the pattern on 300,000 random strings and on the
// shared corpus.
func quotedTitles(text string) [][]int {
	var out [][]int
	for from := 0; ; {
		i := strings.Index(text[from:], "《")
		if i < 0 {
			return out
		}
		at := from + i
		start := at + len("《")
		from = start
		n, j := 0, start
		for j < len(text) && n <= 60 {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == '《' || r == '》' || r == '\n' {
				break
			}
			n++
			j += size
		}
		if n >= 2 && n <= 60 && strings.HasPrefix(text[j:], "》") {
			end := j + len("》")
			out = append(out, []int{at, end, start, j})
			from = end
		}
	}
}

// bareMark begins every bare title.
const bareMark = "中华人民共和国"

// indexBare is strings.Index(s, bareMark), keyed on the mark's rarest byte:
// its seventeenth (0x92, of 和) is 0.4% of the bytes of corpus/bulk, where
// the first (0xe4, of 中) is 4.4% and strings.Index stopped at each.
func indexBare(s string) int {
	const k = 16
	for from := 0; from+len(bareMark) <= len(s); {
		j := strings.IndexByte(s[from+k:], bareMark[k])
		if j < 0 {
			return -1
		}
		at := from + j
		if strings.HasPrefix(s[at:], bareMark) {
			return at
		}
		from = at + 1
	}
	return -1
}

// notLawName tells a bare 中华人民共和国… that is no law's title: a place
// and an adverb (“在中华人民共和国境内依法登记”), whose 法 ends 依法.
func notLawName(name string) bool {
	for _, w := range []string{"依法", "合法", "违法", "非法", "执法", "守法", "方法", "办法", "做法"} {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	for _, w := range []string{"境内", "境外", "领域", "领土", "国籍", "公民"} {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

func sortCitations(cs []Citation) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].Start < cs[j-1].Start; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// Resolve turns a title as written into the library's short name: the
// 中华人民共和国 prefix and a trailing version note go, aliases apply.
func Resolve(written string) string {
	n := ShortName(written)
	// 行政处罚法（2021年修订）
	if i := strings.IndexAny(n, "（("); i > 0 && (strings.HasSuffix(n, "）") || strings.HasSuffix(n, ")")) {
		n = n[:i]
	}
	if a, ok := Aliases[n]; ok {
		return a
	}
	return n
}

// runeOffsets turns byte offsets into text into rune offsets, counting on
// from the offset asked last: the matches come in order, and counting each
// one from the start of a long regulation took a tenth of the checks' time
// on the national regulations (BenchmarkCheckBulk).
type runeOffsets struct {
	text string
	b, r int // the byte offset asked last and its rune offset
}

// An offset before the last one (the bare titles come after the quoted ones
// and start again from the top) is counted back from the last one when that
// is nearer than the start: counting each regulation twice over took 3% of
// the checks' time. Both ends are rune boundaries, so the counts add up.
func (o *runeOffsets) at(b int) int {
	if b < o.b {
		if b < o.b-b {
			o.b, o.r = 0, 0
		} else {
			o.r -= runeCount(o.text[b:o.b])
			o.b = b
			return o.r
		}
	}
	o.r += runeCount(o.text[o.b:b])
	o.b = b
	return o.r
}

// runeCount is utf8.RuneCountInString, with a valid three-byte rune (all of
// Chinese) recognised from its bytes inline rather than decoded by a call
// per rune: runeOffsets counts through every regulation cited in.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xe1 && c <= 0xef && c != 0xed && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
			i += 3
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}
