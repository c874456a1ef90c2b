package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"beishen/review"
)

// Sentence is one sentence of a text, with its place in the original text so
// that findings can point back at it exactly.
type Sentence struct {
	Text string
	// Start and End are rune offsets into the original text (End exclusive);
	// ByteStart is Start in bytes, for mapping regexp matches.
	Start, End int
	ByteStart  int
	Line       int // 1-based line of Start
	// Clause is the label of the clause the sentence sits in: 第三条, 第三条（二）, 一、1. …
	Clause string
	// Item is true when the sentence opens an enumerated item (（一）, 1. …).
	Item bool
	// UnderBan is true when the sentence is an item of a list introduced by a
	// prohibition or liability chapeau ("不得含有下列内容：", "有下列行为之一的…").
	UnderBan bool
	// Sanctioned is true when the sentence is an item of a list that a
	// condition's chapeau fills with its consequences ("违反本条例规定生育子女的，
	// 按照下列规定处理：（一）…给予开除处分"): the items are measures imposed on
	// that condition, not wrongs described.
	Sanctioned bool
	// Article is the 第X条 label alone, used to group sentences of one article.
	Article string
}

// Split cuts text into sentences on 。；！？ ; ! ? and line breaks, keeping rune
// offsets, line numbers and the clause label in force at each sentence.
func Split(text string) []Sentence {
	// Sentences of Chinese legal text average about 120 bytes (121 over
	// corpus/bulk): room for a quarter more saves most texts the copy of a
	// doubling, which cost more than the room.
	out := make([]Sentence, 0, len(text)/96+16)
	var lab, lastLab review.Numbering
	clause := ""
	banActive, sanctionActive := false, false
	line := 1
	segByte, segRune, segLine := 0, 0, 1
	flush := func(endByte, endRune int) {
		seg := text[segByte:endByte]
		// Trim white space (ASCII and full-width) at both ends, keeping offsets exact.
		lead := 0
		for lead < len(seg) {
			r, n := utf8.DecodeRuneInString(seg[lead:])
			if !isSpace(r) {
				break
			}
			lead += n
		}
		trail := len(seg)
		for trail > lead {
			r, n := utf8.DecodeLastRuneInString(seg[lead:trail])
			if !isSpace(r) {
				break
			}
			trail -= n
		}
		if trail <= lead {
			return
		}
		body := seg[lead:trail]
		// Count only the trimmed ends: the body's length follows from endRune.
		startRune := segRune + utf8.RuneCountInString(seg[:lead])
		s := Sentence{
			Text:      body,
			Start:     startRune,
			End:       endRune - utf8.RuneCountInString(seg[trail:]),
			ByteStart: segByte + lead,
			Line:      segLine + strings.Count(seg[:lead], "\n"),
		}
		kind := lab.Observe(body)
		s.Item = kind == review.NumberItem
		switch {
		case kind == review.NumberArticle || kind == review.NumberPart:
			banActive, sanctionActive = false, false
		case !s.Item && !lab.InList():
			// A plain sentence outside any list ends a chapeau's reach.
			banActive, sanctionActive = false, false
		}
		s.UnderBan = banActive && (s.Item || lab.InList())
		s.Sanctioned = sanctionActive && (s.Item || lab.InList())
		if lab != lastLab || clause == "" && lab != (review.Numbering{}) {
			clause, lastLab = lab.String(), lab
		}
		s.Clause = clause
		s.Article = lab.Article()
		// (the run-on chapeau is looked for once, for both kinds)
		if chapeau := inlineChapeau(body); isSanctionChapeau(body) {
			sanctionActive = true
		} else if chapeau >= 0 && isSanctionChapeau(body[:chapeau]) {
			// "…的，按照下列规定处理：（一）…；": the chapeau's condition is in
			// the sentence, its first item a consequence
			s.Sanctioned, sanctionActive = true, true
		} else if isBanChapeau(body) {
			banActive = true
		} else if chapeau >= 0 && isBanChapeau(body[:chapeau]) {
			// "招标人不得有下列行为：（一）…；" run on one line: the chapeau
			// and its first item share a sentence, the items after it follow
			s.UnderBan, banActive = true, true
		}
		out = append(out, s)
	}
	// Walk the runes without decoding them: every break is ASCII or a
	// three-byte full-width mark, and a valid three-byte rune (all of
	// Chinese) is recognised from its bytes.
	runeIdx := 0
	for i := 0; i < len(text); {
		c := text[i]
		size, brk := 1, false
		switch {
		case c < utf8.RuneSelf:
			brk = c == '\n' || c == ';' || c == '!' || c == '?'
		case c >= 0xe1 && c <= 0xef && c != 0xed && i+2 < len(text) && text[i+1]&0xc0 == 0x80 && text[i+2]&0xc0 == 0x80:
			size = 3
			b1, b2 := text[i+1], text[i+2]
			brk = c == 0xe3 && b1 == 0x80 && b2 == 0x82 || // 。
				c == 0xef && b1 == 0xbc && (b2 == 0x9b || b2 == 0x81 || b2 == 0x9f) // ；！？
		default:
			_, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		runeIdx++
		if !brk {
			continue
		}
		// The break character stays with its sentence (it is trimmed only if it is a newline).
		if c == '\n' {
			flush(i-1, runeIdx-1)
			line++
		} else {
			flush(i, runeIdx)
		}
		segByte, segRune, segLine = i, runeIdx, line
	}
	flush(len(text), runeIdx)
	return out
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' }

// isBanChapeau reports whether a sentence introduces a list of prohibited or
// sanctioned conduct, so that the items below describe wrongs, not rules.
func isBanChapeau(s string) bool {
	if !strings.HasSuffix(s, "：") && !strings.HasSuffix(s, ":") {
		return false
	}
	// (差别待遇, 歧视待遇, 排斥, 限制竞争 name the items as wrongs:
	// "有下列情形之一的，属于以不合理的条件对供应商实行差别待遇或者歧视待遇：")
	for _, w := range []string{"不得", "禁止", "严禁", "不应", "追究", "处分", "责令改正", "违反", "予以纠正", "依法处理", "处罚", "罚款", "差别待遇", "歧视待遇", "排斥", "限制竞争"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isSanctionChapeau reports whether a sentence ending in a colon lays down
// the consequences of a condition as a list: "违反本条例规定的，按照下列规定
// 处理：", "…的，分别给予下列处分：". (A list of wrongs, "有下列行为之一的，
// 依法给予处分：", names 行为 or 情形 after 下列, not 规定 or the measure.)
func isSanctionChapeau(s string) bool {
	if !strings.HasSuffix(s, "：") && !strings.HasSuffix(s, ":") {
		return false
	}
	if !strings.Contains(s, "的，") && !strings.Contains(s, "违反") && !strings.Contains(s, "凡") {
		return false
	}
	i := strings.LastIndex(s, "下列")
	if i < 0 {
		return false
	}
	after := s[i+len("下列"):]
	return hasPrefixAny(after, []string{"规定处理", "规定处分", "规定予以处理", "规定给予处理", "规定给予处分", "处理", "处分", "处罚"})
}

// inlineChapeau returns the end of a chapeau (past its colon) whose first
// item runs on in the same sentence, or -1.
func inlineChapeau(s string) int {
	if !strings.HasSuffix(s, "；") && !strings.HasSuffix(s, ";") {
		return -1
	}
	i, n := strings.Index(s, "："), len("：")
	if i < 0 {
		i, n = strings.IndexByte(s, ':'), 1
	}
	if i < 0 || !hasPrefixAny(strings.TrimLeft(s[i+n:], " \u3000"), itemStarts) {
		return -1
	}
	return i + n
}

// itemStarts open the first item of a list run on after its chapeau.
var itemStarts = []string{"（一）", "(一)", "一、", "1.", "1．", "1、", "（1）", "(1)", "①"}
