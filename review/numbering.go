package review

import (
	"strings"
	"unicode/utf8"
)

// This file reads the numbering of a legal text's clauses, the one way the
// checks, the version comparison and the letters name a place in it.

// JoinClauses lists clause labels in Chinese: with 、, unless a label holds
// one itself (一、3.), where “一、3.、三、6.” cannot be read and ； parts them.
func JoinClauses(labels []string) string {
	for _, l := range labels {
		if strings.Contains(l, "、") {
			return strings.Join(labels, "；")
		}
	}
	return strings.Join(labels, "、")
}

// NumberKind says what a line or sentence opens with.
type NumberKind int

const (
	NumberNone    NumberKind = iota
	NumberArticle            // 第X条
	NumberPart               // 一、 outside an article
	NumberItem               // （一）, 1. , or 一、 inside an article
)

// Numbering tracks the clause numbering in force as a text is read: 第X条 ›
// 一、 › （一） › 1. Its String is the clause label the findings, the
// version comparison and the letters share ("第三条（二）", "一、3.").
type Numbering struct{ article, part, item, sub string }

// Article is the 第X条 in force, or "".
func (l Numbering) Article() string { return l.article }

// InList reports whether an item (（一）, 1.) is in force.
func (l Numbering) InList() bool { return l.item != "" || l.sub != "" }

func (l Numbering) String() string {
	head := l.article
	if head == "" {
		head = l.part
	}
	// Most labels are one part, a slice of the text: no copy needed.
	switch {
	case l.item == "" && l.sub == "":
		return head
	case head == "" && l.sub == "":
		return l.item
	case head == "" && l.item == "":
		return l.sub
	}
	return head + l.item + l.sub
}

// Observe updates the numbering from the start of a sentence or line and
// says what kind of label (if any) it opens with.
func (l *Numbering) Observe(s string) NumberKind {
	s = strings.TrimLeft(s, "#* \t")
	if a := articleLabel(s); a != "" {
		*l = Numbering{article: a}
		// An article may open directly with an item: 第三条（一）…
		rest := strings.TrimLeft(s[len(a):], " \u3000")
		if it := itemLabel(rest); it != "" {
			l.item = it
		}
		return NumberArticle
	}
	if p := partLabel(s); p != "" {
		if l.article != "" {
			// Inside an article, 一、 numbers an item.
			l.item, l.sub = p, ""
			return NumberItem
		}
		l.part, l.item, l.sub = p, "", ""
		return NumberPart
	}
	if it := itemLabel(s); it != "" {
		if isParenChinese(it) {
			l.item, l.sub = it, ""
		} else {
			l.sub = it
		}
		return NumberItem
	}
	return NumberNone
}

const chineseNumerals = "零〇一二三四五六七八九十百千两"

// articleLabel returns "第X条" if s opens with it.
func articleLabel(s string) string {
	if !strings.HasPrefix(s, "第") {
		return ""
	}
	rest := s[len("第"):]
	n := 0
	for _, r := range rest {
		if strings.ContainsRune(chineseNumerals, r) || (r >= '0' && r <= '9') {
			n += utf8.RuneLen(r)
			continue
		}
		break
	}
	if n == 0 || n > 30 || !strings.HasPrefix(rest[n:], "条") {
		return ""
	}
	return s[:len("第")+n+len("条")]
}

// partLabel returns "一、" style headings.
func partLabel(s string) string {
	n := 0
	for _, r := range s {
		if strings.ContainsRune(chineseNumerals, r) {
			n += utf8.RuneLen(r)
			continue
		}
		break
	}
	if n == 0 || n > 12 || !strings.HasPrefix(s[n:], "、") {
		return ""
	}
	return s[:n+len("、")]
}

// itemLabel returns （一）, (一), （1）, (1), 1. , 1、 or 1． at the start of s.
func itemLabel(s string) string {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if strings.HasPrefix(s, p[0]) {
			inner := s[len(p[0]):]
			n := 0
			for _, r := range inner {
				if strings.ContainsRune(chineseNumerals, r) || (r >= '0' && r <= '9') {
					n += utf8.RuneLen(r)
					continue
				}
				break
			}
			if n > 0 && n <= 12 && strings.HasPrefix(inner[n:], p[1]) {
				if p[0] == "（" {
					return s[:len(p[0])+n+len(p[1])]
				}
				return "（" + inner[:n] + "）"
			}
			return ""
		}
	}
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 {
		return ""
	}
	rest := s[n:]
	for _, sep := range []string{"、", "．", "."} {
		if strings.HasPrefix(rest, sep) {
			after := rest[len(sep):]
			// 1.5亿元 is a number, not a label.
			if sep != "、" && after != "" && after[0] >= '0' && after[0] <= '9' {
				return ""
			}
			return s[:n] + "."
		}
	}
	return ""
}

func isParenChinese(label string) bool {
	if !strings.HasPrefix(label, "（") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(label[len("（"):])
	return strings.ContainsRune(chineseNumerals, r)
}
