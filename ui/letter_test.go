package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beishen/review"
	"beishen/review/precedent"
	"beishen/review/rules"
	"beishen/storage"
)

// The opinion letter written from the screen (o) cites, after each
// confirmed finding, the nearest published case, as show --precedents does.
func TestLetterFromTheScreenCitesThePrecedent(t *testing.T) {
	st, path := demoStore(t)
	// A draft that repeats a published clause: its finding's nearest case
	// is that clause's.
	var c *precedent.Case
	for i := range precedent.All() {
		if x := &precedent.All()[i]; !x.Paraphrase && x.Category == review.FairCompetition && len(rules.Check(x.Text)) > 0 {
			c = x
			break
		}
	}
	if c == nil {
		t.Fatal("no verbatim case with a finding in the library")
	}
	text := "临江区促进产业发展若干措施\n第一条 " + c.Text + "\n"
	res, err := st.Import(storage.ImportItem{Kind: review.Draft,
		Meta: review.Meta{Title: "临江区促进产业发展若干措施", Issuer: "临江区人民政府", Received: testToday},
		Version: storage.NewVersion{FileName: "措施.txt", Format: "txt", Encoding: "UTF-8", SHA256: "sha-letter",
			Text: text, RulesVersion: "test", Findings: rules.Check(text)}})
	if err != nil {
		t.Fatal(err)
	}
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(res.Doc.ID))
	press(m, "n", "y") // confirm the first finding
	d, _ := st.Document(res.Doc.ID)
	var confirmed *review.FindingState
	for i := range d.Findings {
		if d.Findings[i].Status == review.FindingConfirmed {
			confirmed = &d.Findings[i]
		}
	}
	if confirmed == nil {
		t.Fatalf("n y confirmed no finding (status %q)", m.status)
	}
	press(m, "o", "tab", "right", "tab", "ctrl+u") // 合法性审核意见书, md
	letter := filepath.Join(filepath.Dir(path), "意见书.md")
	typeText(m, letter)
	press(m, "enter")
	data, err := os.ReadFile(letter)
	if err != nil {
		t.Fatalf("no letter written: %v (status %q)", err, m.status)
	}
	for _, want := range []string{"参见已纠正案例：" + c.Issuer, "《" + strings.Trim(c.Document, "《》") + "》", "（" + c.Publisher + "）"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the letter (finding %s confirmed) lacks %q:\n%s", confirmed.Rule, want, data)
		}
	}
}
