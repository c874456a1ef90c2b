package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/rules"
	"beishen/storage"
)

// A reward document raises the same rule on every amount it pays (a real
// district's service-industry measures: 39 F10 findings of 50). After one
// answer, `.` gives it to the rule's other open findings, once the reviewer
// has read a confirmation naming the answer, the reason and the clauses;
// findings of other rules are left alone. Found walking that document.
func TestDotAnswersTheRulesOtherFindingsAlike(t *testing.T) {
	st, _ := demoStore(t)
	text := "临江区促进服务业发展若干措施\n" +
		"第一条 对年营业收入首次突破1亿元的企业，给予一次性奖励20万元。\n" +
		"第二条 对新认定的总部企业，给予一次性奖励50万元。\n" +
		"第三条 对当年纳税额超过500万元的企业，按其地方贡献的50%给予奖励。\n" +
		"第四条 对年营业收入首次突破5亿元的企业，给予一次性奖励100万元。\n"
	found := rules.Check(text)
	count := map[string]int{}
	for _, f := range found {
		count[f.Rule]++
	}
	if count["F10"] < 3 || len(found) == count["F10"] {
		t.Fatalf("the text must raise F10 three times and some other rule: %v", count)
	}
	res := importChecked(t, st, text, found)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(res.Doc.ID))
	press(m, ".")
	if !strings.Contains(m.status, "先确认或排除一条发现") {
		t.Fatalf(". before any answer must say what it needs; status %q", m.status)
	}
	for i := 0; ; i++ { // to the first F10
		press(m, "n")
		if f, ok := m.doc.finding(); ok && f.Rule == "F10" {
			break
		} else if i > len(found) {
			t.Fatal("n never reached an F10 finding")
		}
	}
	press(m, "x")
	typeText(m, "按营业收入档次普惠奖励，不针对特定经营者")
	press(m, "enter")
	if want := "还有 " + strconv.Itoa(count["F10"]-1) + " 条 F10 待处理：按 . 同样处理"; !strings.Contains(m.status, want) {
		t.Fatalf("after the answer the status must offer the rest: want %q, got %q", want, m.status)
	}
	press(m, ".")
	p := ansi.Strip(m.Render())
	for _, want := range []string{"排除其余 " + strconv.Itoa(count["F10"]-1) + " 条 F10", "理由：按营业收入档次普惠奖励", "位于：", "第四条"} {
		if !strings.Contains(p, want) {
			t.Fatalf("the confirmation must show %q:\n%s", want, p)
		}
	}
	press(m, "y")
	if f, ok := m.doc.finding(); !ok || f.Rule == "F10" || f.Status != review.FindingOpen {
		t.Errorf("after the answers the screen must move to an open finding of another rule, shows %+v", f)
	}
	d, _ := st.Document(res.Doc.ID)
	for _, f := range d.Findings {
		switch {
		case f.Rule == "F10" && (f.Status != review.FindingDismissed || f.Reason != "按营业收入档次普惠奖励，不针对特定经营者"):
			t.Errorf("F10 %s: %q %q, want dismissed with the first one's reason", f.Clause, f.Status, f.Reason)
		case f.Rule != "F10" && f.Status != review.FindingOpen:
			t.Errorf("%s was answered too (%q): . is for the rule answered", f.Rule, f.Status)
		}
	}
	press(m, ".")
	if !strings.Contains(m.status, "F10 已没有待处理的发现") {
		t.Fatalf("status %q", m.status)
	}
	// u takes the whole batch back, as it went (one u per answer before),
	// and ctrl+r puts it back whole; the first answer, given alone, stays.
	rest := count["F10"] - 1
	press(m, "u")
	d, _ = st.Document(res.Doc.ID)
	dismissed := 0
	for _, f := range d.Findings {
		if f.Rule == "F10" && f.Status == review.FindingDismissed {
			dismissed++
		}
	}
	if dismissed != 1 || !strings.Contains(m.status, "已撤销："+strconv.Itoa(rest)+" 项") {
		t.Fatalf("after u: %d F10 dismissed, want the first only (status %q)", dismissed, m.status)
	}
	press(m, "ctrl+r")
	d, _ = st.Document(res.Doc.ID)
	for _, f := range d.Findings {
		if f.Rule == "F10" && f.Status != review.FindingDismissed {
			t.Fatalf("after ctrl+r F10 %s is %q, want the batch back", f.Clause, f.Status)
		}
	}
	press(m, "u", "u") // the batch, then the first answer alone
	d, _ = st.Document(res.Doc.ID)
	for _, f := range d.Findings {
		if f.Status != review.FindingOpen {
			t.Fatalf("after u u, %s %s is %q, want every finding open again", f.Rule, f.Clause, f.Status)
		}
	}
}

// Save and next goes to the next finding still open, round to the first,
// not to one answered before: on a document of 50 findings the reviewer
// went back over the answered ones with every y.
func TestSaveAndNextSkipsAnsweredFindings(t *testing.T) {
	st, _ := demoStore(t)
	text := "临江区促进服务业发展若干措施\n" +
		"第一条 对年营业收入首次突破1亿元的企业，给予一次性奖励20万元。\n" +
		"第二条 对新认定的总部企业，给予一次性奖励50万元。\n" +
		"第三条 对年营业收入首次突破5亿元的企业，给予一次性奖励100万元。\n" +
		"第四条 对年营业收入首次突破10亿元的企业，给予一次性奖励200万元。\n"
	found := rules.Check(text)
	if len(found) < 4 {
		t.Fatalf("want four findings, got %d", len(found))
	}
	res := importChecked(t, st, text, found)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(res.Doc.ID))
	at := func() int { return m.doc.cur }
	press(m, "n", "n", "y") // answer the second: on to the third
	if at() != 2 {
		t.Fatalf("after y on the second finding, at %d, want the third (2)", at())
	}
	press(m, "N", "N", "y") // back to the first and answer it: the second is answered, so the third
	if at() != 2 {
		t.Fatalf("after y on the first finding, at %d, want the third (2), skipping the answered second", at())
	}
	press(m, "esc")
	run(m, m.openDoc(res.Doc.ID))
	press(m, "y") // opened again: y first shows the first finding still open
	if at() != 2 || !strings.Contains(m.status, "第一条待处理的发现") {
		t.Fatalf("y on a reopened document shows %d (%q), want the first open one (2)", at(), m.status)
	}
	for range len(found) - 2 { // answer the rest, the last wraps round
		press(m, "y")
	}
	d, _ := st.Document(res.Doc.ID)
	if h, md, l := d.OpenFindings(); h+md+l != 0 {
		t.Fatalf("%d findings left open after y on each", h+md+l)
	}
}

// importChecked stores text as a draft with the findings the checks gave it.
func importChecked(t *testing.T, st *storage.Store, text string, found []review.Finding) storage.ImportResult {
	t.Helper()
	res, err := st.Import(storage.ImportItem{Kind: review.Draft,
		Meta: review.Meta{Title: "临江区促进服务业发展若干措施", Issuer: "临江区人民政府", Received: testToday},
		Version: storage.NewVersion{FileName: "措施.txt", Format: "txt", Encoding: "UTF-8", SHA256: text,
			Text: text, RulesVersion: "test", Findings: found}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}
