package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"beishen/review"
)

// `import` infers a 市监局 draft's issuer type from its signature, `show`
// says so, and `filing --channel government` records the recipient as
// 本级人民政府: a department's document goes to its own level's government.
func TestDepartmentDraftFromTheCommandLine(t *testing.T) {
	e := newEnv(t)
	text := "临川市市场监督管理局关于规范计量器具管理的办法\n\n第一条 为规范计量器具管理，制定本办法。\n第二条 本办法自2027年1月1日起施行，有效期5年。\n\n临川市市场监督管理局\n2026年11月2日\n"
	file := write(t, filepath.Join(t.TempDir(), "dept.txt"), []byte(text))
	if err := e.Import([]string{file}, review.Draft); err != nil {
		t.Fatal(e.errOut)
	}
	e.reset()
	if err := e.Show(1, false, false); err != nil {
		t.Fatal(e.errOut)
	}
	if out := e.out.String(); !strings.Contains(out, "制定机关类型：工作部门（据名称推断）") {
		t.Errorf("show:\n%s", out)
	}
	st, err := e.Open()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := st.Document(1)
	var evs []review.Event
	add := func(p review.Payload) { evs = append(evs, review.NewEvent(1, p)) }
	for _, m := range review.RequiredMaterials(review.Draft, d.Meta.AffectsOperators) {
		add(review.MaterialsMarked{Material: m, Present: true})
	}
	add(review.StageChanged{From: review.StageIntake, To: review.StageLegality})
	for _, it := range review.LegalityChecklist.Items() {
		add(review.ChecklistMarked{Item: it.ID, Mark: review.Conforms})
	}
	add(review.MetadataEdited{Meta: func() review.Meta { m := d.Meta; m.AffectsOperators = false; return m }(), Changed: []string{"affects_operators"}})
	add(review.StageChanged{From: review.StageLegality, To: review.StageDecision, Reason: "不涉及经营者经济活动"})
	add(review.Decided{Outcome: review.Pass})
	add(review.Deliberated{Meeting: review.OfficeMeeting, Date: review.MustDate("2026-11-27"), Result: review.DeliberationPass})
	add(review.Published{DocNumber: "临市监规〔2026〕7号", Published: review.MustDate("2026-11-27"), Effective: review.MustDate("2027-01-01")})
	out, err := st.DoAll(evs)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range out {
		if o.Err != nil {
			t.Fatalf("%s: %v", o.Event.Type, o.Err)
		}
	}
	e.reset()
	if err := e.RecordFiling(1, FilingOptions{Channel: "government", Submitted: "2026-11-27", Result: "registered"}); err != nil {
		t.Fatal(e.errOut)
	}
	st, _ = e.Open()
	defer st.Close()
	d, _ = st.Document(1)
	if len(d.Filings) != 1 || d.Filings[0].Recipient != "本级人民政府" {
		t.Fatalf("filings %+v, want one to 本级人民政府", d.Filings)
	}
}
