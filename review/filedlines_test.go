package review

import (
	"strings"
	"testing"
)

// In English a filing review's outcome line parts its note with "; ", not
// the Chinese "；" (seen walking a filed document in English).
func TestAFilingOutcomeLineIsPunctuatedInItsLanguage(t *testing.T) {
	p := &FilingReviewed{Outcome: WrittenOpinion, Date: MustDate("2026-12-03"), Note: "删除第五条"}
	if got := p.Say(EN); !strings.HasSuffix(got, "2026-12-03; 删除第五条") {
		t.Errorf("English: %q", got)
	}
	if got := p.Say(ZH); !strings.HasSuffix(got, "2026-12-03；删除第五条") {
		t.Errorf("Chinese: %q", got)
	}
}
