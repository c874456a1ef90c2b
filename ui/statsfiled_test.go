package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// A reviewer who concluded a filed document's review (书面审查意见) opened
// the year's statistics and found no trace of the filing review: the
// screen showed drafts, filings and cleanups but not what `stats` prints of
// the documents other bodies filed. And at 80 columns the filing rows were
// cut in the middle of their counts (“登记 0 应报…”).
func TestStatisticsScreenShowsTheFilingReviewAt80Columns(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(4))
	press(m, "D", "enter")
	if d, _ := st.Document(4); d.Stage != review.StageAwaiting {
		t.Fatalf("document 4 at %s after D enter, want the written opinion\n%s", d.Stage, ansi.Strip(m.Render()))
	}
	press(m, "esc", "S")
	out := statsText(m)
	for _, want := range []string{"备案审查", "书面审查意见", "审查办结 1 件次", "备案审查纠错率 100%", "备案审查纠错率＝"} {
		if !strings.Contains(out, want) {
			t.Errorf("statistics at 80 columns lack %q:\n%s", want, out)
		}
	}
	if !regexp.MustCompile(`本级人大常委会 +\d+ 按时 \d+ 逾期 \d+ 登记 \d+ 应报未报 \d+`).MatchString(out) {
		t.Errorf("the filing row is cut at 80 columns:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Errorf("line wider than 80 columns: %q", l)
		}
	}
}
