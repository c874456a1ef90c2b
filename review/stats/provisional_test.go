package stats

import (
	"strings"
	"testing"

	"beishen/review"
	"beishen/review/deadline"
)

// A document published 2026-12-10 is due for filing on 2027-01-11, a date
// of the provisional 2027 calendar: `stats --year 2027` counts both
// channels as unfiled and says their deadlines are provisional; with a
// 2027 arrangement in the settings they are not.
func TestStatsCountProvisionalDeadlines(t *testing.T) {
	d := review.MustDate
	docs := []review.Document{
		{ID: 1, Kind: review.Draft, Stage: review.StageInForce, Meta: review.Meta{Title: "甲", IssuerType: review.IssuerGovernment, Published: d("2026-12-10")}},
		{ID: 2, Kind: review.Draft, Stage: review.StageInForce, Meta: review.Meta{Title: "乙", IssuerType: review.IssuerDepartment, Published: d("2026-12-20")},
			Filings: []review.Filing{{Channel: "government", FirstSubmitted: d("2027-01-05"), Submitted: d("2027-01-05"), Result: review.FilingRegistered}}},
	}
	r, err := Compute(nil, docs, 2027, deadline.Defaults())
	if err != nil {
		t.Fatal(err)
	}
	if r.Filing.Unfiled != 2 || r.Filing.Records != 1 || r.Filing.OnTime != 1 || r.Filing.Provisional != 3 {
		t.Errorf("filing figures %+v; want 2 unfiled, 1 on time, 3 provisional", r.Filing)
	}
	if md := Markdown(r, review.ZH); !strings.Contains(md, "其中3件次的报备期限为暂定") {
		t.Errorf("markdown does not say the deadlines are provisional:\n%s", md)
	}
	if en := Markdown(r, review.EN); !strings.Contains(en, "3 of these are provisional") {
		t.Errorf("english does not say the deadlines are provisional:\n%s", en)
	}
	s, err := deadline.ParseSettings([]byte(`{"calendar_years": {"2027": {"holidays": ["2027-01-01"], "workdays": []}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := Compute(nil, docs, 2027, s); r.Filing.Provisional != 0 || strings.Contains(Markdown(r, review.ZH), "暂定") {
		t.Errorf("with a 2027 arrangement: %+v", r.Filing)
	}
}
