package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/rules"
)

// The finding panel's explanation is in the screen's language: walking the
// app in English at 80×24 every finding read “Why: 文件未载明有效期”. The
// log keeps the Chinese; the English screen shows its English, the
// Chinese screen the Chinese.
func TestFindingPanelExplainsInTheScreensLanguage(t *testing.T) {
	st, _ := demoStore(t)
	for _, lang := range []review.Lang{review.ZH, review.EN} {
		m := loadedIn(t, st, 80, 24, lang)
		run(m, m.openDoc(3))
		seen := 0
		for range m.doc.finds {
			press(m, "n")
			f, ok := m.doc.finding()
			if !ok || f.Finding.Reason == "" {
				continue
			}
			seen++
			zh, en := f.Finding.Reason, rules.ReasonIn(f.Finding, review.EN)
			if en == zh {
				t.Fatalf("%s: the demo's reason %q has no English", f.Rule, zh)
			}
			out := m.Render()
			fits(t, "finding", out, 80, 24)
			plain := ansi.Strip(out)
			want, lack := "说明："+firstRunes(zh, 12), firstRunes(en, 30)
			if lang == review.EN {
				want, lack = "Why: "+firstRunes(en, 30), firstRunes(zh, 8)
			}
			if !strings.Contains(plain, want) || strings.Contains(plain, lack) {
				t.Errorf("%s %s: want %q, not %q:\n%s", lang, f.Rule, want, lack, plain)
			}
		}
		if seen == 0 {
			t.Fatalf("%s: demo #3 showed no finding with a reason", lang)
		}
	}
}

// firstRunes is s's first n runes: what fits on the panel's first line.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
