package search

import "testing"

func TestTextQueryNeedsEveryWordAndSaysWhere(t *testing.T) {
	text := "总则\n第一条　为了规范管理，制定本办法。\n第二条　申请人须在本区注册并纳税满三年，方可享受补贴。\n附则"
	m, ok := NewTextQuery("纳税 补贴").Match(text)
	if !ok {
		t.Fatal("both words are in the text")
	}
	if text[m.At:m.At+len("纳税")] != "纳税" {
		t.Errorf("At %d does not point at the match", m.At)
	}
	r := []rune(m.Excerpt)
	if got := string(r[m.Start:m.End]); got != "纳税" {
		t.Errorf("the excerpt %q marks %q, want 纳税", m.Excerpt, got)
	}
	if m.Excerpt != "第二条\u3000申请人须在本区注册并纳税满三年，方可享受补贴。" {
		t.Errorf("excerpt %q", m.Excerpt)
	}
	if _, ok := NewTextQuery("纳税 奖励").Match(text); ok {
		t.Error("a query whose second word is missing matched")
	}
	if _, ok := NewTextQuery("  ").Match(text); ok {
		t.Error("an empty query matched")
	}
}

func TestTextExcerptIsCutWithEllipses(t *testing.T) {
	line := "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸关键词子丑寅卯辰巳午未申酉戌亥天地"
	m, _ := NewTextQuery("关键词").Match(line)
	if m.Excerpt != "…七八九十甲乙丙丁戊己庚辛壬癸关键词子丑寅卯辰巳午未申酉戌亥天地" {
		t.Errorf("excerpt %q", m.Excerpt)
	}
}
