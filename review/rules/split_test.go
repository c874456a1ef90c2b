package rules

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitOffsetsLinesAndClauses(t *testing.T) {
	text := "第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市；\n（一）企业甲。\n（二）企业乙！\n第三条 附则？"
	sents := Split(text)
	runes := []rune(text)
	want := []struct {
		text, clause string
		line         int
	}{
		{"第一条 为了规范管理，制定本办法。", "第一条", 1},
		{"第二条 本办法适用于本市；", "第二条", 2},
		{"（一）企业甲。", "第二条（一）", 3},
		{"（二）企业乙！", "第二条（二）", 4},
		{"第三条 附则？", "第三条", 5},
	}
	if len(sents) != len(want) {
		t.Fatalf("got %d sentences, want %d: %+v", len(sents), len(want), sents)
	}
	for i, w := range want {
		s := sents[i]
		if s.Text != w.text || s.Clause != w.clause || s.Line != w.line {
			t.Errorf("sentence %d = %q clause %q line %d; want %q %q %d", i, s.Text, s.Clause, s.Line, w.text, w.clause, w.line)
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Errorf("sentence %d: runes[%d:%d] = %q, want %q", i, s.Start, s.End, got, s.Text)
		}
		if text[s.ByteStart:s.ByteStart+len(s.Text)] != s.Text {
			t.Errorf("sentence %d: byte offset %d wrong", i, s.ByteStart)
		}
	}
}

func TestSplitLabels(t *testing.T) {
	cases := []struct{ text, clause string }{
		{"一、总体要求\n1.深化培育。", "一、1."},
		{"一、总体要求\n（三）加强保障。", "一、（三）"},
		{"第十二条（二）对企业给予奖励。", "第十二条（二）"},
		{"第五条 内容如下：\n一、第一项内容。", "第五条一、"},
		{"1.5亿元以上的给予奖励。", ""},
	}
	for _, c := range cases {
		sents := Split(c.text)
		last := sents[len(sents)-1]
		if last.Clause != c.clause {
			t.Errorf("Split(%q): last clause %q, want %q", c.text, last.Clause, c.clause)
		}
	}
}

func TestSplitMarksItemsUnderAProhibition(t *testing.T) {
	text := "第九条 起草单位起草的政策措施，不得含有下列内容：\n（一）限制外地商品进入本地市场；\n（二）其他内容。\n第十条 对本地企业给予奖励。"
	sents := Split(text)
	var under []bool
	for _, s := range sents {
		under = append(under, s.UnderBan)
	}
	want := []bool{false, true, true, false}
	for i := range want {
		if under[i] != want[i] {
			t.Errorf("sentence %q: UnderBan = %v, want %v", sents[i].Text, under[i], want[i])
		}
	}
	// The items describe prohibited conduct: no fair-competition finding.
	for _, f := range Check(text) {
		if f.Category == "fair_competition" && f.Start < sents[3].Start {
			t.Errorf("finding %s on a prohibited-conduct item: %q", f.Rule, f.Excerpt)
		}
	}
}

func TestSplitKeepsRuneOffsetsWithFullWidthSpaceAndCRLF(t *testing.T) {
	text := "\u3000\u3000第一条　内容。\r\n\r\n  第二条 其他；"
	for _, s := range Split(text) {
		if got := string([]rune(text)[s.Start:s.End]); got != s.Text {
			t.Errorf("runes[%d:%d] = %q, want %q", s.Start, s.End, got, s.Text)
		}
		if !utf8.ValidString(s.Text) {
			t.Errorf("invalid UTF-8 in %q", s.Text)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"第一条 内容。\n（一）项；", "1.5亿元。", "", "\xff\xfe第", "一、\n\n\n", "第九条 不得含有下列内容：\n（一）"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		prevEnd := 0
		for _, s := range Split(text) {
			if s.Start < prevEnd || s.End < s.Start || s.End > n {
				t.Fatalf("bad span %d–%d (previous end %d, text %d runes)", s.Start, s.End, prevEnd, n)
			}
			if s.ByteStart < 0 || s.ByteStart+len(s.Text) > len(text) || text[s.ByteStart:s.ByteStart+len(s.Text)] != s.Text {
				t.Fatalf("byte offset %d does not hold %q", s.ByteStart, s.Text)
			}
			prevEnd = s.End
		}
	})
}

// Every break mark ends a sentence and stays with it; broken bytes count as
// one rune each, as []rune counts them.
func TestSplitOnEveryBreakMark(t *testing.T) {
	text := "甲。乙；丙！丁？戊;己!庚?辛\n壬\xff癸。"
	want := []string{"甲。", "乙；", "丙！", "丁？", "戊;", "己!", "庚?", "辛", "壬\xff癸。"}
	sents := Split(text)
	if len(sents) != len(want) {
		t.Fatalf("%d sentences, want %d: %+v", len(sents), len(want), sents)
	}
	runes := []rune(text)
	for i, s := range sents {
		if s.Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s.Text, want[i])
		}
		if got := string(runes[s.Start:s.End]); got != strings.ToValidUTF8(s.Text, "\uFFFD") {
			t.Errorf("runes[%d:%d] = %q for %q", s.Start, s.End, got, s.Text)
		}
	}
	if sents[8].Line != 2 {
		t.Errorf("line of %q = %d, want 2", sents[8].Text, sents[8].Line)
	}
}

// A ban's chapeau run on one line with its items reaches every item, as it
// does when each item has its own line.
func TestInlineBanChapeauCoversItsItems(t *testing.T) {
	text := "招标人不得有下列行为：（一）就同一招标项目向潜在投标人提供有差别的项目信息；（二）以特定行政区域的业绩作为加分条件；（三）限定特定的品牌。"
	for _, s := range Split(text) {
		if !s.UnderBan {
			t.Errorf("%q is an item of a ban, not a measure", s.Text)
		}
	}
	if fs := Check(text); len(fs) > 0 {
		t.Errorf("the ban's items are no violations; got %v", ruleIDs(fs))
	}
	// a list of scores run on one line is no ban
	if fs := Check("本项目评分办法如下：（一）在本市注册的企业加2分；（二）其他企业不加分。"); len(fs) == 0 {
		t.Error("a scoring list run on one line must still be read")
	}
}
