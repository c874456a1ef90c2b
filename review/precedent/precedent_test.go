package precedent

import (
	"testing"

	"beishen/review"
)

func TestEveryCaseNamesItsSource(t *testing.T) {
	cs := All()
	if len(cs) < 400 {
		t.Fatalf("library has %d cases, want the 401 published cases of corpus/dev", len(cs))
	}
	for _, c := range cs {
		if c.ID == "" || c.Text == "" || c.Publisher == "" || (c.Category != review.FairCompetition && c.Category != review.Legality) {
			t.Errorf("case %q lacks its text, category or publisher: %+v", c.ID, c)
		}
	}
}

func TestNearestFindsACaseReworded(t *testing.T) {
	c, ok := ByID("LEG-002")
	if !ok {
		t.Fatal("LEG-002 missing")
	}
	m, ok := Nearest(c.Text, Query{})
	if !ok || m.Case.ID != c.ID || m.Score < 0.99 {
		t.Fatalf("own text: %+v", m)
	}
	// The same measure with another place and wording around it still
	// finds the case, less close.
	reworded := "父母涉诈的，子女在幼儿园、小学、初中新生录取和开学时一律不得就读城区学校。"
	m, ok = Nearest(reworded, Query{Category: review.Legality})
	if !ok || m.Case.ID != "LEG-002" || m.Score >= 0.99 || m.Score < 0.3 {
		t.Errorf("reworded: %+v", m)
	}
	if m, ok := Nearest(reworded, Query{Category: review.Legality, Skip: func(c *Case) bool { return c.ID == "LEG-002" }}); ok && m.Case.ID == "LEG-002" {
		t.Errorf("Skip ignored: %+v", m)
	}
}

func TestCandidateRulesOutOrdinaryText(t *testing.T) {
	c, _ := ByID("LEG-002")
	if !Candidate(c.Text) {
		t.Error("a case's own text is no candidate")
	}
	for _, s := range []string{
		"本条例自公布之日起施行。",
		"县级以上人民政府应当加强对安全生产工作的领导，支持、督促各有关部门依法履行安全生产监督管理职责。",
	} {
		if Candidate(s) {
			t.Errorf("ordinary sentence is a candidate: %s", s)
		}
	}
}
