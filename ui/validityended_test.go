package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/storage"
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
	// At 100 columns the side panel is 40 wide: the note takes its own line, whole.
	if !strings.Contains(out, "有效期至：2026-10-31") || !strings.Contains(out, "（已届满 31 天，tick 时失效）") || strings.Contains(out, "剩 -") {
		t.Errorf("an ended validity:\n%s", out)
	}
}

// A real regulation of 2020 (周口市大气污染防治条例, 施行 2020-10-01) imported
// as a draft in 2026 showed “有效期至：2025-09-30（已届满 …，tick 时失效）” at
// registration: a draft not yet published only proposes a validity, cannot
// lapse, and one already past by its text's dates must be changed at
// publication. A filed document past its validity while under review is
// past it, but no tick lapses it there.
func TestAnUnpublishedDraftOnlyProposesItsValidity(t *testing.T) {
	st, _ := demoStore(t)
	res, err := st.Import(storage.ImportItem{Kind: review.Draft,
		Meta: review.Meta{Title: "某市大气污染防治办法", Issuer: "某市人民政府", Received: review.MustDate("2026-12-01"),
			Effective: review.MustDate("2020-10-01")},
		Version: storage.NewVersion{FileName: "draft.txt", Format: "txt", Encoding: "UTF-8", SHA256: "sha-draft-2020",
			Text: "某市大气污染防治办法\n第一条 为了测试，制定本办法。\n", RulesVersion: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []review.Lang{review.ZH, review.EN} {
		m := New(Options{Store: st, Today: review.MustDate("2026-12-03"), Lang: lang})
		d, _ := st.Document(res.Doc.ID)
		// The panel at its narrowest (80 columns): the line wraps, whole.
		out := ansi.Strip(strings.Join(lifecycleLines(m.ctx, d, 30), ""))
		want, wrong := "拟定有效期至：2025-09-30（按正文已届满，公布时须改）", "tick 时失效"
		if lang == review.EN {
			want, wrong = "Proposed validity until: 2025-09-30 (past by the text's dates; change at publication)", "lapses"
		}
		// Lines wrap at spaces; compare without them.
		nospace := strings.NewReplacer(" ", "")
		if !strings.Contains(nospace.Replace(out), nospace.Replace(want)) || strings.Contains(out, wrong) {
			t.Errorf("an unpublished draft's validity (%s) should read %q:\n%s", lang, want, out)
		}
	}

	// Filed document 5 of the demo, past its validity while its review runs.
	d5, _ := st.Document(5)
	meta := d5.Meta
	meta.ValidityEnd = review.MustDate("2026-10-31")
	if _, _, err := st.Do(review.NewEvent(5, review.MetadataEdited{Meta: meta, Changed: []string{"validity_end"}})); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Store: st, Today: review.MustDate("2026-12-01")})
	d5, _ = st.Document(5)
	out := ansi.Strip(strings.Join(lifecycleLines(m.ctx, d5, 30), ""))
	if !strings.Contains(out, "有效期至：2026-10-31（已届满 31 天，tick 时失效）") {
		t.Errorf("document 5 in force, past its validity: the whole line, wrapped:\n%s", out)
	}
	d5.Stage = review.StageIntake // as a filed document under registration
	out = ansi.Strip(strings.Join(lifecycleLines(m.ctx, d5, 30), ""))
	if !strings.Contains(out, "有效期至：2026-10-31（已届满 31 天）") {
		t.Errorf("document 5 under registration: past its validity, with no lapse at a tick:\n%s", out)
	}
}
