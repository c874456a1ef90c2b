package deadline

import (
	"slices"
	"testing"

	"beishen/review"
)

// threeWorkingDays is a jurisdiction whose government channel counts 3
// working days from publication (a local rule of §6.5).
func threeWorkingDays(t *testing.T) Settings {
	s, err := ParseSettings([]byte(`{"filing": {"government": {"days": 3, "unit": "working"}}}`))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func issued(published string, filings ...review.Filing) review.Summary {
	return review.Summary{ID: 1, Kind: review.Draft, Stage: review.StageInForce, IssuerType: review.IssuerGovernment,
		Published: d(published), Filings: filings}
}

func TestFilingDueAcrossNationalDay2025InWorkingDays(t *testing.T) {
	s := threeWorkingDays(t)
	// Published Mon 09-29: 09-30 (1), break 10-01…10-08, 10-09 (2), 10-10 (3).
	clocks, err := FilingClocks(issued("2025-09-29"), s, d("2025-10-11"))
	if err != nil {
		t.Fatal(err)
	}
	if len(clocks) != 2 || clocks[0].Channel != NPC || clocks[1].Channel != Government {
		t.Fatalf("clocks = %+v, want npc and government", clocks)
	}
	if clocks[1].Due != d("2025-10-10") || !clocks[1].Overdue {
		t.Errorf("government due %s overdue %v, want 2025-10-10 and overdue on 10-11", clocks[1].Due, clocks[1].Overdue)
	}
	// NPC: 30 calendar days is 10-29, a Wednesday.
	if clocks[0].Due != d("2025-10-29") || clocks[0].Overdue {
		t.Errorf("npc due %s overdue %v, want 2025-10-29, not overdue", clocks[0].Due, clocks[0].Overdue)
	}
	// The queue shows the earliest pending channel.
	due := DueOf(issued("2025-09-29"), s, mustCal(t, s), d("2025-10-11"))
	if due.Date != d("2025-10-10") || !due.Overdue || due.What.ZH != "报备期限" {
		t.Errorf("DueOf = %+v, want 报备期限 2025-10-10 overdue", due)
	}
}

func TestMakeUpSaturdayCountsAsAWorkingDay(t *testing.T) {
	s := threeWorkingDays(t)
	// Published Thu 10-09: 10-10 (1), Sat 10-11 make-up (2), Mon 10-13 (3).
	clocks, err := FilingClocks(issued("2025-10-09"), s, d("2025-10-09"))
	if err != nil {
		t.Fatal(err)
	}
	if clocks[1].Due != d("2025-10-13") {
		t.Errorf("government due %s, want 2025-10-13 (the make-up Saturday counted)", clocks[1].Due)
	}
}

func TestFiledChannelsStopTheClockAndDeferralReopensIt(t *testing.T) {
	s := threeWorkingDays(t)
	row := issued("2025-10-09",
		review.Filing{Channel: "npc", FirstSubmitted: d("2025-10-20"), Submitted: d("2025-10-20"), Result: review.FilingRegistered},
		review.Filing{Channel: "government", FirstSubmitted: d("2025-10-14"), Submitted: d("2025-10-14"), Result: review.FilingDeferred, ResubmitBy: d("2025-10-24")})
	clocks, _ := FilingClocks(row, s, d("2025-10-27"))
	if !clocks[0].OnTime || clocks[0].Pending {
		t.Errorf("npc = %+v, want filed on time", clocks[0])
	}
	if clocks[1].OnTime || !clocks[1].Pending || clocks[1].PendingDue != d("2025-10-24") || !clocks[1].Overdue {
		t.Errorf("government = %+v, want late, pending re-filing by 10-24, overdue", clocks[1])
	}
	// Once both are done the queue shows the validity end again.
	row.Filings[1].Result, row.ValidityEnd = review.FilingRegistered, d("2030-10-08")
	if due := DueOf(row, s, mustCal(t, s), d("2025-10-27")); due.Date != d("2030-10-08") || due.What.ZH != "有效期至" {
		t.Errorf("DueOf = %+v, want the validity end", due)
	}
	// A department's document is filed with the government only.
	if got := RequiredChannels(review.Draft, review.IssuerDepartment); !slices.Equal(got, []Channel{Government}) {
		t.Errorf("department channels = %v", got)
	}
}

func TestExpiringAndLapsing(t *testing.T) {
	s := Defaults()
	rows := []review.Summary{
		{ID: 1, Stage: review.StageInForce, ValidityEnd: d("2026-09-30")},                  // window opens 03-30
		{ID: 2, Stage: review.StageInForce, ValidityEnd: d("2027-01-31")},                  // not yet
		{ID: 3, Stage: review.StageInForce, ValidityEnd: d("2026-04-30")},                  // past: lapsing
		{ID: 4, Stage: review.StageRepealed, ValidityEnd: d("2026-06-30")},                 // not in force
		{ID: 5, Stage: review.StageInForce, Effective: d("2021-06-01")},                    // default 5 years: 2026-05-31
		{ID: 6, Stage: review.StageCleanup, Effective: d("2024-09-01"), Provisional: true}, // 2 years: 2026-08-31
	}
	var ids []uint64
	for _, r := range Expiring(rows, s, d("2026-05-10")) {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, []uint64{5, 6, 1}) {
		t.Errorf("expiring = %v, want [5 6 1] by validity end", ids)
	}
	ids = nil
	for _, r := range Lapsing(rows, s, d("2026-05-10")) {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, []uint64{3}) {
		t.Errorf("lapsing = %v, want [3]", ids)
	}
}

func mustCal(t *testing.T, s Settings) *Calendar {
	c, err := s.Calendar()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
