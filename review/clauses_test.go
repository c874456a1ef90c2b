package review

import (
	"slices"
	"strings"
	"testing"
)

// A 若干意见 is numbered 一、 › 1. with no 第X条. Cut at articles only, it
// was one clause, and a second version that changed two items read
// “修改了 序言”, re-opened every checklist item and kept no answer by
// clause (walking the real 南浔 document). It is cut at its numbered lines
// now, labelled as the findings label them.
func TestANumberedTextIsComparedItemByItem(t *testing.T) {
	v1 := "关于加快服务业发展的若干意见\n为促进服务业发展，制定本意见。\n一、加大企业培育\n1.对新入库企业奖励5万元。\n2.对纳税十强企业奖励60万元。\n二、优化营商环境\n（一）在我区依法登记的企业可以申报。\n（二）本意见自发布之日起施行。\n"
	v2 := strings.Replace(strings.Replace(v1, "对纳税十强企业", "对规模二十强企业", 1), "在我区依法登记的企业", "依法登记的企业", 1)
	clauses := SplitClauses(v1)
	var labels []string
	for _, c := range clauses {
		labels = append(labels, c.Label)
	}
	want := []string{"", "", "一、", "一、1.", "一、2.", "二、", "二、（一）", "二、（二）"}
	if !slices.Equal(labels, want) {
		t.Errorf("clauses %q, want %q", labels, want)
	}
	at := func(text, s string) int { return len([]rune(text[:strings.Index(text, s)])) }
	f := Finding{Rule: "F04", Start: at(v1, "在我区"), Excerpt: "在我区依法登记"}
	keep := Finding{Rule: "F10", Start: at(v1, "奖励5万元"), Excerpt: "奖励5万元"}
	keep2 := keep
	keep2.Start = at(v2, "奖励5万元")
	diff := CompareVersions(v1, v2, []Finding{f, keep}, []Finding{keep2})
	if !slices.Equal(diff.Changed, []string{"一、2.", "二、（一）"}) {
		t.Errorf("changed %q, want 一、2. and 二、（一）", diff.Changed)
	}
	if !slices.Equal(diff.Rules, []string{"F04"}) || diff.Carried[keep2.Key()] != keep.Key() {
		t.Errorf("rules %q, carried %v: the answer on the unchanged 一、1. must be kept", diff.Rules, diff.Carried)
	}

	// A text with articles is still cut at its articles only.
	art := "某市管理办法\n第一条 为了管理，制定本办法。\n（一）项一；\n（二）项二。\n第二条 本办法自公布之日起施行。\n"
	labels = nil
	for _, c := range SplitClauses(art) {
		labels = append(labels, c.Label)
	}
	if !slices.Equal(labels, []string{"", "第一条", "第二条"}) {
		t.Errorf("articles: %q", labels)
	}
}

// “一、3.、三、6.” cannot be read: labels that hold 、 are parted by ；.
func TestClauseLabelsAreListedReadably(t *testing.T) {
	if got := JoinClauses([]string{"一、3.", "三、6.", "九、（一）"}); got != "一、3.；三、6.；九、（一）" {
		t.Errorf("numbered items: %q", got)
	}
	if got := JoinClauses([]string{"第三条", "第五条（二）"}); got != "第三条、第五条（二）" {
		t.Errorf("articles: %q", got)
	}
	rr := &Rereview{From: 1, Stage: StageLegality, Changed: []string{"一、3.", "三、6."}}
	if got := rr.Say(ZH); !strings.Contains(got, "修改了 一、3.；三、6.") {
		t.Errorf("the re-review says %q", got)
	}
}
