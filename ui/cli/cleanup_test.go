package cli

import (
	"fmt"
	"strings"
	"testing"

	"beishen/review"
	"beishen/review/cleanup"
)

// The periodic cleanup on the command line, on the demo documents: select
// proposes exactly the documents in force (read from the queue rows, not
// from every state), --add takes them up, a conclusion counts in status and
// puts the document on its published list.
func TestPeriodicCleanupOnTheCommandLine(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	st, err := e.Open()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := st.Summaries()
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	var inForce, others []review.Summary
	for _, r := range rows {
		if r.Stage == review.StageInForce {
			inForce = append(inForce, r)
		} else {
			others = append(others, r)
		}
	}
	if len(inForce) == 0 || len(others) == 0 {
		t.Fatalf("the demo needs documents in force and others: %d, %d", len(inForce), len(others))
	}
	if err := e.OpenCampaign("2026年度定期清理", "periodic", "", ""); err != nil {
		t.Fatal(e.errOut.String())
	}
	var id uint64
	if _, err := fmt.Sscanf(e.out.String(), "已启动清理批次 #%d", &id); err != nil {
		t.Fatalf("no campaign number in %q", e.out.String())
	}
	e.reset()
	if err := e.CampaignSelect(id, cleanup.Filter{}, false); err != nil {
		t.Fatal(e.errOut.String())
	}
	out := e.out.String()
	for _, r := range inForce {
		if !strings.Contains(out, r.Title) {
			t.Errorf("select leaves out %q, in force:\n%s", r.Title, out)
		}
	}
	for _, r := range others {
		if strings.Contains(out, fmt.Sprintf("#%-5d ", r.ID)) {
			t.Errorf("select proposes #%d at stage %v:\n%s", r.ID, r.Stage, out)
		}
	}
	e.reset()
	if err := e.CampaignSelect(id, cleanup.Filter{}, true); err != nil {
		t.Fatal(e.errOut.String())
	}
	if err := e.CampaignDecide(id, inForce[0].ID, "continue", "仍符合上位法"); err != nil {
		t.Fatal(e.errOut.String())
	}
	e.reset()
	if err := e.CampaignStatus(); err != nil {
		t.Fatal(e.errOut.String())
	}
	want := fmt.Sprintf("共%d件，已有结论1件", len(inForce))
	if !strings.Contains(e.out.String(), want) {
		t.Errorf("status does not say %q:\n%s", want, e.out.String())
	}
	e.reset()
	if err := e.CampaignList(id, "continue", "md"); err != nil {
		t.Fatal(e.errOut.String())
	}
	if !strings.Contains(e.out.String(), inForce[0].Title) {
		t.Errorf("the 继续有效 list lacks %q:\n%s", inForce[0].Title, e.out.String())
	}
}
