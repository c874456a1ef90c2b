package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// A filed notice of 2020 with a five-year validity, registered and found
// without problem in December 2026, showed “有效期至：2025-05-31（剩 -551
// 天）” beside its text: the validity has ended, and the panel says so.
func TestAnEndedValidityIsNotShownAsDaysLeft(t *testing.T) {
	st, _ := demoStore(t)
	d5, _ := st.Document(5)
	meta := d5.Meta
	meta.ValidityEnd = review.MustDate("2026-10-31")
	if _, _, err := st.Do(review.NewEvent(5, review.MetadataEdited{Meta: meta, Changed: []string{"validity_end"}})); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Store: st, Today: review.MustDate("2026-12-01")})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, loadSummaries(st, m.ctx))
	run(m, m.openDoc(5))
	out := ansi.Strip(m.Render())
	if !strings.Contains(out, "有效期至：2026-10-31（已届满 31 天") || strings.Contains(out, "剩 -") {
		t.Errorf("an ended validity:\n%s", out)
	}
}
