package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// In English the queue's stage column is twelve cells: the four
// “Awaiting …” stages (response, correction, deliberation, publication)
// and “Legality review”/“Fair-competition review” were cut to the same
// “Awaiting ...” or “Legality re…”, and with --ascii a reviewer could not
// tell a document waiting on the issuer's answer from one waiting on the
// standing meeting. Each stage has a name that fits.
func TestEnglishQueueNamesEveryStageWhole(t *testing.T) {
	for _, s := range review.Stages {
		l := s.ShortLabelOn(review.Date{}, testToday)
		if w := ansi.StringWidth(l.EN); w > 12 || ansi.StringWidth(l.ZH) > 12 {
			t.Errorf("%s: %q / %q wider than the column", s, l.EN, l.ZH)
		}
	}
	for _, s := range []review.Stage{review.StageDeferred, review.StageNotRegistered, review.StageCorrecting, review.StageAwaiting} {
		if l := s.ShortLabelOn(review.Date{}, testToday); ansi.StringWidth(l.EN) > 12 {
			t.Errorf("%s: %q wider than the column", s, l.EN)
		}
	}
	st, _ := demoStore(t)
	m := New(Options{Store: st, Today: testToday, Lang: review.EN, ASCII: true})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	run(m, loadSummaries(st, m.ctx))
	out := ansi.Strip(m.Render())
	for _, want := range []string{"Legality ", "Fair comp. ", "Decision "} {
		if !strings.Contains(out, want) {
			t.Errorf("the English queue lacks the stage %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Legality re...") || strings.Contains(out, "Fair-compet...") {
		t.Errorf("a stage cut in the English queue:\n%s", out)
	}
}
