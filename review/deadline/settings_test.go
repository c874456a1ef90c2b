package deadline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beishen/review"
)

func writeSettings(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "settings.json")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDefaults(t *testing.T) {
	s := Defaults()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name string
		got  any
		want any
	}{
		{"npc filing", s.Filing.NPC, Period{30, CalendarDays}},
		{"government filing", s.Filing.Government, Period{30, CalendarDays}},
		{"legality review", s.LegalityReview, Period{15, WorkingDays}},
		{"comment general", s.CommentGeneral, Period{7, WorkingDays}},
		{"comment operators", s.CommentOperators, Period{30, CalendarDays}},
		{"resubmission", s.FilingResubmission, Period{10, CalendarDays}},
		{"earliest effective", s.EarliestEffective, Period{30, CalendarDays}},
		{"validity", s.Validity, 5},
		{"provisional validity", s.ProvisionalValidity, 2},
		{"evaluation months", s.EvaluationMonths, 6},
		{"cleanup years", s.CleanupYears, 2},
		{"backup keep", s.BackupKeep, 10},
		{"extension", s.ExtendRestDayEnd, true},
		{"reviewer", s.Reviewer, ""},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("default %s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestLoadSettingsMissingFileGivesDefaults(t *testing.T) {
	s, err := LoadSettings(filepath.Join(t.TempDir(), "nope", "settings.json"))
	if err != nil {
		t.Fatalf("missing file: %v", err)
	}
	if s.Filing.NPC != (Period{30, CalendarDays}) {
		t.Errorf("missing file did not give defaults: %+v", s.Filing)
	}
}

func TestLoadSettingsMergesOverDefaults(t *testing.T) {
	path := writeSettings(t, `{
		"reviewer": "王审查",
		"filing": {"government": {"days": 15, "unit": "working"}},
		"legality_review": {"days": 10},
		"backup_keep": 3,
		"extend_rest_day_end": false,
		"calendar_years": {"2027": {"holidays": ["2027-01-01"], "workdays": []}}
	}`)
	s, err := LoadSettings(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.Reviewer != "王审查" || s.BackupKeep != 3 || s.ExtendRestDayEnd {
		t.Errorf("top-level overrides not applied: %+v", s)
	}
	if s.Filing.Government != (Period{15, WorkingDays}) {
		t.Errorf("government filing = %+v, want 15 working days", s.Filing.Government)
	}
	if s.Filing.NPC != (Period{30, CalendarDays}) {
		t.Errorf("npc filing = %+v, want the default kept", s.Filing.NPC)
	}
	if s.LegalityReview != (Period{10, WorkingDays}) {
		t.Errorf("legality review = %+v, want days overridden and unit kept", s.LegalityReview)
	}
	if s.Validity != 5 {
		t.Errorf("validity = %d, want the default 5", s.Validity)
	}
	// The override reaches the deadlines: 2025-09-26 + 15 working days.
	if got, err := FilingDue(d("2025-09-26"), Government, s); err != nil || got != d("2025-10-23") {
		t.Errorf("FilingDue(government) = %s, %v; want 2025-10-23", got, err)
	}
	// And the extra year reaches the calendar.
	if got, err := FilingDue(d("2026-12-10"), NPC, s); err != nil || got != d("2027-01-09") {
		t.Errorf("FilingDue(npc) into 2027 = %s, %v; want 2027-01-09 (extension off)", got, err)
	}
}

func TestLoadSettingsRejectsUnknownKeys(t *testing.T) {
	cases := []struct{ body, key string }{
		{`{"reviewr": "x"}`, "reviewr"},
		{`{"filing": {"goverment": {"days": 15}}}`, "filing.goverment"},
		{`{"filing": {"npc": {"days": 15, "units": "working"}}}`, "filing.npc.units"},
		{`{"calendar_years": {"2027": {"holiday": ["2027-01-01"]}}}`, "calendar_years.2027.holiday"},
	}
	for _, tc := range cases {
		path := writeSettings(t, tc.body)
		_, err := LoadSettings(path)
		se, ok := errors.AsType[*SettingsError](err)
		if !ok || se.Key != tc.key {
			t.Errorf("%s: error = %v, want unknown key %q", tc.body, err, tc.key)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, path) || !strings.Contains(msg, `"`+tc.key+`"`) || !strings.Contains(msg, "未知的设置项") {
			t.Errorf("message %q should name the file, the key and say it is unknown", msg)
		}
		if en := se.Message(review.EN); !strings.Contains(en, "unknown setting") || !strings.Contains(en, tc.key) {
			t.Errorf("English message %q", en)
		}
	}
}

func TestLoadSettingsRejectsBadValues(t *testing.T) {
	cases := []struct{ body, key, says string }{
		{`{"filing": {"npc": {"unit": "weeks"}}}`, "filing.npc.unit", `"weeks"`},
		{`{"legality_review": {"days": -1}}`, "legality_review.days", "不能为负"},
		{`{"validity_years": 0}`, "validity_years", "正整数"},
		{`{"backup_keep": "ten"}`, "backup_keep", "整数"},
		{`{"calendar_years": {"2027": {"workdays": ["2027-01-06"]}}}`, "calendar_years.2027.workdays", "周六或周日"},
		{`{"calendar_years": {"2027": {"holidays": ["2027-1-1"]}}}`, "calendar_years.2027.holidays", `"2027-1-1"`},
		{`{"calendar_years": {"27": {"holidays": []}}}`, "calendar_years.27", "四位年份"},
		{`{"papers": {"opinion_number": "临司审〔{year}〕号"}}`, "papers.opinion_number", "{n}"},
		{`{"papers": {"response_days": 0}}`, "papers.response_days", "正整数"},
		{`{"papers": {"sender": "x"}}`, "papers.sender", "未知"},
	}
	for _, tc := range cases {
		_, err := LoadSettings(writeSettings(t, tc.body))
		se, ok := errors.AsType[*SettingsError](err)
		if !ok || se.Key != tc.key || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%s: error = %v, want key %q saying %q", tc.body, err, tc.key, tc.says)
		}
	}
}

// The settings file's folder is where the office's paper templates live.
func TestTemplateDirIsBesideTheSettings(t *testing.T) {
	path := writeSettings(t, `{"papers": {"body": "临江区司法局"}}`)
	s, err := LoadSettings(path)
	if err != nil || s.Papers.Body != "临江区司法局" || s.TemplateDir() != filepath.Join(filepath.Dir(path), "templates") {
		t.Fatalf("settings %+v, template dir %q, %v", s.Papers, s.TemplateDir(), err)
	}
	if Defaults().TemplateDir() != "" {
		t.Error("the built-in settings name a template folder")
	}
}

func TestLoadSettingsReportsSyntaxLine(t *testing.T) {
	_, err := LoadSettings(writeSettings(t, "{\n  \"reviewer\": \"x\",\n  \"backup_keep\": ,\n}"))
	if err == nil || !strings.Contains(err.Error(), "第 3 行") {
		t.Errorf("error = %v, want it to point at line 3", err)
	}
}

func TestPeriodAndChannelLabels(t *testing.T) {
	cases := []struct {
		got  review.Label
		want review.Label
	}{
		{Period{15, WorkingDays}.Label(), review.Label{ZH: "15个工作日", EN: "15 working days"}},
		{Period{30, CalendarDays}.Label(), review.Label{ZH: "30日", EN: "30 days"}},
		{Period{1, CalendarDays}.Label(), review.Label{ZH: "1日", EN: "1 day"}},
		{NPC.Label(), review.Label{ZH: "本级人大常委会", EN: "Standing committee of the people's congress at the same level"}},
		{Government.Label(), review.Label{ZH: "上一级人民政府", EN: "People's government at the next level up"}},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("label = %+v, want %+v", c.got, c.want)
		}
	}
}
