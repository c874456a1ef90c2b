package cli

import (
	"strings"
	"testing"

	"beishen/review"
)

// `finding ID F10 confirm|dismiss` answers every open finding of a rule
// alike, as `.` does on the screen: a reward document raises F10 on each
// amount it pays. Findings of other rules, and those already answered, are
// left alone; a rule the version never raised is refused.
func TestFindingByRuleAnswersItsOpenFindingsAlike(t *testing.T) {
	r := newRoad(t)
	r.at("2026-11-02")
	text := "临江区促进服务业发展若干措施\n" +
		"第一条 对年营业收入首次突破1亿元的企业，给予一次性奖励20万元。\n" +
		"第二条 对新认定的总部企业，给予一次性奖励50万元。\n" +
		"第三条 申请奖励的企业应当在本区注册并纳税满三年。\n" +
		"第四条 对年营业收入首次突破5亿元的企业，给予一次性奖励100万元。\n"
	r.ok(r.e.Import([]string{r.file("措施.txt", text)}, review.Draft))
	d := r.doc(1)
	var f10 []string
	other := 0
	for i, f := range d.Findings {
		if f.Rule == "F10" {
			f10 = append(f10, d.FindingID(i))
		} else {
			other++
		}
	}
	if len(f10) < 3 || other == 0 {
		t.Fatalf("the text must raise F10 three times and another rule: %d F10, %d other", len(f10), other)
	}
	r.ok(r.e.Finding(1, f10[0], "confirm", ""))
	if msg := r.refused(r.e.Finding(1, "F10", "dismiss", "")); !strings.Contains(msg, "理由") {
		t.Errorf("a dismissal without a reason: %q", msg)
	}
	out := r.ok(r.e.Finding(1, "F10", "dismiss", "按营业收入档次普惠奖励"))
	for _, id := range f10[1:] {
		if !strings.Contains(out, "排除问题："+id) {
			t.Errorf("the output does not name %s:\n%s", id, out)
		}
	}
	if strings.Contains(out, f10[0]+"\n") {
		t.Errorf("the finding answered before was answered again:\n%s", out)
	}
	d = r.doc(1)
	for _, f := range d.Findings {
		switch {
		case f.Rule != "F10" && f.Status != review.FindingOpen:
			t.Errorf("%s answered too", f.Rule)
		case f.Rule == "F10" && f.Status == review.FindingOpen:
			t.Errorf("F10 %s still open", f.Clause)
		}
	}
	if f, _ := d.FindingByID(f10[0]); f.Status != review.FindingConfirmed {
		t.Errorf("the confirmed %s became %q", f10[0], f.Status)
	}
	if out := r.ok(r.e.Finding(1, "F10", "confirm", "")); !strings.Contains(out, "F10 已没有待处理的发现") {
		t.Errorf("nothing left: %q", out)
	}
	if msg := r.refused(r.e.Finding(1, "F99", "confirm", "")); !strings.Contains(msg, "没有发现 F99") {
		t.Errorf("an unknown rule: %q", msg)
	}
}
