package intake

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// numbering renders Word's automatic list labels ("第一条", "（二）", "1.")
// from word/numbering.xml and styles.xml, counting as Word does while the
// body streams past. Clause labels of legal texts usually live only here.
type numbering struct {
	abstract map[string]*[9]numLevel // abstractNumId → levels
	nums     map[string]numInstance  // numId → instance
	styles   map[string]styleNum     // paragraph styleId → numbering
	counters map[string]*[9]int      // counter key → current value per level (0 = not started)
}

type numLevel struct {
	defined bool
	start   int
	format  string
	text    string
	suffix  string // "tab" (default), "space", "nothing"
	legal   bool   // w:isLgl: all levels in decimal
	restart int    // w:lvlRestart; -1 when absent
	style   string // w:pStyle linking a style to this level
}

type numInstance struct {
	abstract  string
	overrides map[int]numLevel // lvlOverride/lvl and startOverride
	restarts  bool             // has startOverride: counts on its own
}

type styleNum struct {
	numID, basedOn string
	ilvl           int // -1 when the style does not say
}

type xmlVal struct {
	Val string `xml:"val,attr"`
}

type xmlLevel struct {
	Ilvl    string  `xml:"ilvl,attr"`
	Start   *xmlVal `xml:"start"`
	NumFmt  *xmlVal `xml:"numFmt"`
	LvlText *xmlVal `xml:"lvlText"`
	Suff    *xmlVal `xml:"suff"`
	IsLgl   *xmlVal `xml:"isLgl"`
	Restart *xmlVal `xml:"lvlRestart"`
	PStyle  *xmlVal `xml:"pStyle"`
}

func (x xmlLevel) level() numLevel {
	l := numLevel{defined: true, start: 1, format: "decimal", suffix: "tab", restart: -1}
	if x.Start != nil {
		l.start = atoiOr(x.Start.Val, 1)
	}
	if x.NumFmt != nil {
		l.format = x.NumFmt.Val
	}
	if x.LvlText != nil {
		l.text = x.LvlText.Val
	}
	if x.Suff != nil {
		l.suffix = x.Suff.Val
	}
	if x.IsLgl != nil {
		l.legal = x.IsLgl.Val != "0" && x.IsLgl.Val != "false"
	}
	if x.Restart != nil {
		l.restart = atoiOr(x.Restart.Val, -1)
	}
	if x.PStyle != nil {
		l.style = x.PStyle.Val
	}
	return l
}

func (n *numbering) parseNumbering(b []byte) {
	var doc struct {
		Abstract []struct {
			ID   string     `xml:"abstractNumId,attr"`
			Lvls []xmlLevel `xml:"lvl"`
		} `xml:"abstractNum"`
		Num []struct {
			ID       string  `xml:"numId,attr"`
			Abstract *xmlVal `xml:"abstractNumId"`
			Override []struct {
				Ilvl  string    `xml:"ilvl,attr"`
				Start *xmlVal   `xml:"startOverride"`
				Lvl   *xmlLevel `xml:"lvl"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	// Bad numbering only costs the labels, never the text.
	if xml.Unmarshal(b, &doc) != nil {
		return
	}
	n.abstract = map[string]*[9]numLevel{}
	for _, a := range doc.Abstract {
		levels := &[9]numLevel{}
		for _, l := range a.Lvls {
			if i := atoiOr(l.Ilvl, -1); i >= 0 && i < 9 {
				levels[i] = l.level()
			}
		}
		n.abstract[a.ID] = levels
	}
	n.nums = map[string]numInstance{}
	for _, x := range doc.Num {
		if x.Abstract == nil {
			continue
		}
		inst := numInstance{abstract: x.Abstract.Val, overrides: map[int]numLevel{}}
		for _, o := range x.Override {
			i := atoiOr(o.Ilvl, -1)
			if i < 0 || i >= 9 {
				continue
			}
			var l numLevel
			if o.Lvl != nil {
				l = o.Lvl.level()
			} else if base := n.abstract[inst.abstract]; base != nil {
				l = base[i]
			}
			if o.Start != nil {
				l.start = atoiOr(o.Start.Val, 1)
				inst.restarts = true
			}
			inst.overrides[i] = l
		}
		n.nums[x.ID] = inst
	}
}

func (n *numbering) parseStyles(b []byte) {
	var doc struct {
		Styles []struct {
			ID      string  `xml:"styleId,attr"`
			BasedOn *xmlVal `xml:"basedOn"`
			NumPr   *struct {
				Ilvl  *xmlVal `xml:"ilvl"`
				NumID *xmlVal `xml:"numId"`
			} `xml:"pPr>numPr"`
		} `xml:"style"`
	}
	if xml.Unmarshal(b, &doc) != nil {
		return
	}
	n.styles = map[string]styleNum{}
	for _, s := range doc.Styles {
		sn := styleNum{ilvl: -1}
		if s.BasedOn != nil {
			sn.basedOn = s.BasedOn.Val
		}
		if s.NumPr != nil {
			if s.NumPr.NumID != nil {
				sn.numID = s.NumPr.NumID.Val
			}
			if s.NumPr.Ilvl != nil {
				sn.ilvl = atoiOr(s.NumPr.Ilvl.Val, 0)
			}
		}
		n.styles[s.ID] = sn
	}
}

// styleNumbering follows a style's basedOn chain to the first numbering.
func (n *numbering) styleNumbering(style string) (numID string, ilvl int) {
	for i := 0; i < 20 && style != ""; i++ {
		s, ok := n.styles[style]
		if !ok {
			break
		}
		if s.numID != "" {
			return s.numID, s.ilvl
		}
		style = s.basedOn
	}
	return "", -1
}

func (n *numbering) levels(numID string) (inst numInstance, lv [9]numLevel, ok bool) {
	inst, ok = n.nums[numID]
	if !ok {
		return inst, lv, false
	}
	base := n.abstract[inst.abstract]
	if base == nil {
		return inst, lv, false
	}
	lv = *base
	for i, o := range inst.overrides {
		lv[i] = o
	}
	return inst, lv, true
}

// next advances the counter for a paragraph and returns its label with the
// separator that follows it, or "" when the paragraph is not numbered.
func (n *numbering) next(style, numID string, ilvl int) string {
	if n == nil || n.nums == nil {
		return ""
	}
	if numID == "" {
		var sl int
		numID, sl = n.styleNumbering(style)
		if ilvl < 0 {
			ilvl = sl
		}
	}
	if numID == "" || numID == "0" {
		return ""
	}
	inst, lv, ok := n.levels(numID)
	if !ok {
		return ""
	}
	if ilvl < 0 {
		// A style bound to a list level through w:pStyle in the level.
		ilvl = 0
		for i, l := range lv {
			if l.defined && style != "" && l.style == style {
				ilvl = i
			}
		}
	}
	if ilvl >= 9 || !lv[ilvl].defined {
		return ""
	}
	// Lists sharing an abstract definition continue one count unless an
	// instance restarts with w:startOverride.
	key := "a" + inst.abstract
	if inst.restarts {
		key = "n" + numID
	}
	if n.counters == nil {
		n.counters = map[string]*[9]int{}
	}
	c := n.counters[key]
	if c == nil {
		c = &[9]int{}
		n.counters[key] = c
	}
	if c[ilvl] == 0 {
		c[ilvl] = lv[ilvl].start
	} else {
		c[ilvl]++
	}
	for k := ilvl + 1; k < 9; k++ {
		switch r := lv[k].restart; {
		case r == 0:
		case r < 0, ilvl <= r-1:
			c[k] = 0
		}
	}
	cur := lv[ilvl]
	if cur.format == "bullet" {
		return bulletLabel(cur.text)
	}
	var b strings.Builder
	text := cur.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			k := int(text[i+1] - '1')
			v := c[k]
			if v == 0 {
				v = lv[k].start
			}
			f := lv[k].format
			if cur.legal && k != ilvl {
				f = "decimal"
			}
			b.WriteString(formatNumber(v, f))
			i++
			continue
		}
		b.WriteByte(text[i])
	}
	label := strings.TrimSpace(b.String())
	if label == "" {
		return ""
	}
	switch cur.suffix {
	case "nothing":
		return label
	default: // a tab would split table columns; a space reads the same
		return label + " "
	}
}

func atoiOr(s string, def int) int {
	v, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return def
	}
	return v
}

// bulletLabel is the bullet character, or "•" where Word uses a symbol-font
// glyph in the private use area that means nothing as text.
func bulletLabel(text string) string {
	t := strings.TrimSpace(text)
	if t == "" {
		return ""
	}
	for _, r := range t {
		if isPrivateUse(r) || r < ' ' {
			return "• "
		}
	}
	return t + " "
}
