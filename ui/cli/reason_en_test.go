package cli

import (
	"strings"
	"testing"

	"beishen/review"
	"beishen/review/rules"
)

// show and findings explain a finding in the reader's language: the stored
// Chinese reason under Chinese, its English under --lang en, and the
// reviewer's own dismissal reason as written in both.
func TestShowAndFindingsExplainInTheUsersLanguage(t *testing.T) {
	e := newEnv(t)
	f := demoFindings(t, e, 4)[0]
	zh, en := f.Finding.Reason, rules.ReasonIn(f.Finding, review.EN)
	if zh == "" || en == zh {
		t.Fatalf("demo #4's first finding %s needs a reason with English: %q", f.Rule, zh)
	}
	if err := e.Finding(4, f.Key(), "dismiss", "该条款系转述上位法规定"); err != nil {
		t.Fatalf("dismiss: %v %s", err, e.errOut)
	}
	for _, c := range []struct {
		lang       review.Lang
		want, lack string
		label      string
	}{{review.ZH, zh, en, "说明："}, {review.EN, en, zh, "Why: "}} {
		e.Lang = c.lang
		e.reset()
		if err := e.Show(4, false, false); err != nil {
			t.Fatal(err)
		}
		show := e.out.String()
		if !strings.Contains(show, c.label+c.want) || strings.Contains(show, c.lack) {
			t.Errorf("show --lang %s: want %q, not %q:\n%s", c.lang, c.label+c.want, c.lack, show)
		}
		e.reset()
		if err := e.Findings(4, false); err != nil {
			t.Fatal(err)
		}
		out := e.out.String()
		if !strings.Contains(out, c.want) || strings.Contains(out, c.lack) || !strings.Contains(out, "该条款系转述上位法规定") {
			t.Errorf("findings --lang %s: want %q and the dismissal reason, not %q:\n%s", c.lang, c.want, c.lack, out)
		}
	}
	// --json is data: the stored Chinese whatever the language.
	e.Lang = review.EN
	e.reset()
	if err := e.Show(4, true, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(e.out.String(), zh) {
		t.Errorf("show --json --lang en lost the stored Chinese reason %q", zh)
	}
}

// check's report explains in the chosen language; check --json keeps the
// stored Chinese.
func TestCheckReportExplainsInTheUsersLanguage(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir+"/a.txt", []byte("某区关于支持总部企业发展的若干措施\n第一条 对新落户的总部企业给予一次性奖励100万元。\n"))
	fs := rules.Check("某区关于支持总部企业发展的若干措施\n第一条 对新落户的总部企业给予一次性奖励100万元。\n")
	var f review.Finding
	for _, x := range fs {
		if x.Reason != "" {
			f = x
			break
		}
	}
	if f.Reason == "" {
		t.Fatal("the sample has no finding with a reason")
	}
	en := rules.ReasonIn(f, review.EN)
	var out, errOut strings.Builder
	if err := Check(&out, &errOut, []string{path}, false, review.EN); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Reason: "+en) || strings.Contains(out.String(), f.Reason) {
		t.Errorf("check --lang en: want %q:\n%s", en, out.String())
	}
	out.Reset()
	if err := Check(&out, &errOut, []string{path}, true, review.EN); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), f.Reason) || strings.Contains(out.String(), en) {
		t.Errorf("check --json --lang en must keep the stored Chinese %q:\n%s", f.Reason, out.String())
	}
}
