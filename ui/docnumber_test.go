package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"beishen/review"
)

func TestNumberKeepsTheDistinguishingEnd(t *testing.T) {
	cases := []struct {
		in   string
		w    int
		want string
	}{
		{"临政办规〔2026〕5号", 20, "临政办规〔2026〕5号"},
		{"临政办规〔2026〕5号", 17, "临政办规〔26〕5号"},
		{"临政办规〔2026〕5号", 14, "临政…〔26〕5号"},
		{"临政办规〔2026〕9号", 14, "临政…〔26〕9号"},
		{"青文创办〔2026〕12号", 14, "青…〔26〕12号"},
		{"青川市文明办规〔2026〕12号", 20, "青川市…〔2026〕12号"},
		{"ABCDEFGHIJKLMNOP-17", 10, "ABCD…OP-17"},
	}
	for _, c := range cases {
		got := number(c.in, c.w, "…", nil)
		if got != c.want {
			t.Errorf("number(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
		if ansi.StringWidth(got) > c.w {
			t.Errorf("number(%q, %d) = %q is %d cells", c.in, c.w, got, ansi.StringWidth(got))
		}
	}
}

// The demo holds 临政办规〔2026〕5号 and 〔2026〕9号: at 80×24 the queue
// shows them apart (the serial stays), at 120×40 in full.
func TestQueueNumberColumnKeepsTheSerial(t *testing.T) {
	st, _ := demoStore(t)
	for _, sz := range []struct {
		w, h       int
		five, nine string
	}{{80, 24, "临政…〔26〕5号", "临政…〔26〕9号"}, {120, 40, "临政办规〔2026〕5号", "临政办规〔2026〕9号"}} {
		tm := teatest.NewTestModel(t, New(Options{Store: st, Today: testToday}),
			teatest.WithInitialTermSize(sz.w, sz.h),
			teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
		waitScreen(t, tm, sz.five, sz.nine)
		_ = tm.Quit()
		tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	}
	// A search keeps the cut and highlights the matched runes of the kept part.
	m := loaded(t, st, 80, 24)
	press(m, "/")
	typeText(m, "5号")
	run(m, runSearch(m.queue.searcher, m.queue.seq, m.queue.sin.Value()))
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "临政…〔26〕5号") {
		t.Errorf("search results lost the serial:\n%s", out)
	}
}

// The cleanup screen's 文号 column cuts the same way.
func TestCleanupNumberColumnKeepsTheSerial(t *testing.T) {
	st, _ := demoStore(t)
	a := seedInForce(t, st, "临江区合同管理办法", "临政办规〔2019〕13号", contractText)
	b := seedInForce(t, st, "临江区担保管理办法", "临政办规〔2019〕14号", contractText)
	ev, _, err := st.Do(review.NewEvent(0, review.CampaignOpened{Name: "2026年集中清理", Trigger: review.TriggerPeriodic}))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []uint64{a, b} {
		if _, _, err := st.Do(review.NewEvent(id, review.CleanupAdded{Campaign: ev.Seq, Name: "2026年集中清理"})); err != nil {
			t.Fatal(err)
		}
	}
	m := loaded(t, st, 80, 24)
	press(m, "K", "enter")
	out := ansi.Strip(m.Render())
	for _, want := range []string{"临…〔19〕13号", "临…〔19〕14号"} {
		if !strings.Contains(out, want) {
			t.Errorf("cleanup members lack %q:\n%s", want, out)
		}
	}
}
