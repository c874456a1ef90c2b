package stats

import (
	"strings"
	"testing"

	"beishen/review"
	"beishen/review/deadline"
)

func TestPercentPrintsLikeAReport(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{{48.28, "48.28%"}, {60, "60%"}, {50.5, "50.5%"}, {100, "100%"}, {10, "10%"}} {
		if got := Percent(&c.v); got != c.want {
			t.Errorf("Percent(%v) = %q, want %q", c.v, got, c.want)
		}
	}
	if got := Percent(rate(14, 29)); got != "48.28%" {
		t.Errorf("14/29 = %q, want 48.28%%", got)
	}
}

func TestAnEmptyYearHasNoRates(t *testing.T) {
	r, err := Compute(nil, nil, 2026, deadline.Defaults())
	if err != nil {
		t.Fatal(err)
	}
	if r.CorrectionRate != nil || r.Filing.OnTimeRate != nil {
		t.Errorf("rates of an empty year: %v %v", r.CorrectionRate, r.Filing.OnTimeRate)
	}
	md := Markdown(r, review.ZH)
	if !strings.Contains(md, "纠错率—") || !strings.Contains(md, "报备及时率—") {
		t.Errorf("markdown:\n%s", md)
	}
	if en := Markdown(r, review.EN); !strings.Contains(en, "correction rate —") {
		t.Errorf("english:\n%s", en)
	}
}
