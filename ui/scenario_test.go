package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"beishen/review"
	"beishen/storage"
)

// TestReviewScenario drives the real program: search, open, jump to a
// finding, confirm it, work through the legality checklist and advance;
// then reads the log from the file and expects exactly those events.
func TestReviewScenario(t *testing.T) {
	st, path := demoStore(t)
	before, _ := st.Events(1)
	doc1, _ := st.Document(1)
	first := doc1.Findings[0]
	for _, f := range doc1.Findings {
		if f.Start < first.Start {
			first = f
		}
	}
	tm := teatest.NewTestModel(t, New(Options{Store: st, Today: testToday}),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	t.Cleanup(func() { _ = tm.Quit() })
	wait := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	wait("全部")
	tm.Type("/先进")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	wait("合法性审查清单")
	tm.Type("n")
	wait(first.Rule)
	tm.Type("y")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyTab})
	for range review.LegalityItems {
		tm.Send(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	}
	tm.Type("a")
	wait("公平竞争审查清单")
	tm.Type("q")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if final.doc.writing || len(final.doc.writeQ) > 0 {
		t.Fatal("quit with actions not stored")
	}
	st.Close()

	st2, err := storage.Open(path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	after, err := st2.Events(1)
	if err != nil {
		t.Fatal(err)
	}
	got := after[len(before):]
	var want []string
	want = append(want, "finding_confirmed "+first.Key())
	for _, it := range review.LegalityItems {
		want = append(want, "checklist_marked "+it.ID+" pass")
	}
	want = append(want, "stage_changed legality→fair_competition")
	var have []string
	for _, e := range got {
		p, _ := e.Decode()
		switch p := p.(type) {
		case *review.FindingAnswered:
			have = append(have, string(e.Type)+" "+p.Key)
		case *review.ChecklistMarked:
			have = append(have, string(e.Type)+" "+p.Item+" "+string(p.Mark))
		case *review.StageChanged:
			have = append(have, string(e.Type)+" "+string(p.From)+"→"+string(p.To))
		default:
			have = append(have, string(e.Type))
		}
	}
	if strings.Join(have, "\n") != strings.Join(want, "\n") {
		t.Errorf("events after the session:\n%s\nwant:\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
	}
	d, _ := st2.Document(1)
	if d.Stage != review.StageFairCompetition {
		t.Errorf("document 1 at %s, want fair-competition review", d.Stage)
	}
}
