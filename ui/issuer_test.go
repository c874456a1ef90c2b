package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/storage"
	"beishen/ui/jobs"
)

const deptDraft = `临川市市场监督管理局关于规范农贸市场计量器具管理的办法
（送审稿）

第一条 为规范农贸市场计量器具管理，制定本办法。
第二条 本办法自2027年1月1日起施行，有效期5年。

临川市市场监督管理局
2026年11月2日
`

// importPublished imports text as a draft through the real import and
// walks it to 公布 the way a reviewer would.
func importPublished(t *testing.T, st *storage.Store, text string) review.Document {
	t.Helper()
	file := filepath.Join(t.TempDir(), "draft.txt")
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	it, err := jobs.Prepare(file, review.Draft)
	if err != nil {
		t.Fatal(err)
	}
	it.Meta.AffectsOperators = false
	it.Meta.Received = review.MustDate("2026-11-01") // received before it was published
	res, err := st.Import(it)
	if err != nil {
		t.Fatal(err)
	}
	id := res.Doc.ID
	passLegality(t, st, id, review.Draft, review.Decided{Outcome: review.Pass},
		review.Deliberated{Meeting: review.OfficeMeeting, Date: review.MustDate("2026-11-09"), Result: review.DeliberationPass},
		review.Published{DocNumber: "临市监规〔2026〕7号", Published: review.MustDate("2026-11-10"), Effective: review.MustDate("2027-01-01"), ValidityYears: 5})
	d, _ := st.Document(id)
	return d
}

// A 市监局 draft is a department's: import infers the issuer type from
// the signature, the document screen and the filing form name 本级人民政府
// (not 本级人大常委会, not 上一级人民政府), and f records that channel.
func TestDepartmentDraftFilesWithItsOwnGovernment(t *testing.T) {
	st, _ := demoStore(t)
	d := importPublished(t, st, deptDraft)
	if d.Meta.Issuer != "临川市市场监督管理局" || d.Meta.IssuerType != review.IssuerDepartment || !d.Meta.Read(review.MetaIssuerType) {
		t.Fatalf("imported issuer %q type %q from text %v", d.Meta.Issuer, d.Meta.IssuerType, d.Meta.FromText)
	}
	if d.Stage != review.StageInForce {
		t.Fatalf("at %s, want in force", d.Stage)
	}
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		m := loaded(t, st, sz[0], sz[1])
		run(m, m.openDoc(d.ID))
		out := ansi.Strip(m.Render())
		if !strings.Contains(out, "本级人民政府") || strings.Contains(out, "本级人大常委会") || strings.Contains(out, "上一级人民政府") {
			t.Errorf("%v: side panel channels:\n%s", sz, out)
		}
		press(m, "f")
		if m.ff == nil {
			t.Fatal("f opened no filing form")
		}
		if got := m.ff.fields[0].options[m.ff.fields[0].choice]; got != "本级人民政府" {
			t.Errorf("%v: filing form preselects %q", sz, got)
		}
		press(m, "esc")
	}
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(d.ID))
	press(m, "f", "tab", "ctrl+u")
	typeText(m, "2026-11-18")
	press(m, "tab", "enter")
	_, p := lastEvent(t, st, d.ID)
	fr, ok := p.(*review.FilingRecorded)
	if !ok || fr.Channel != "government" || fr.Recipient != "本级人民政府" {
		t.Fatalf("recorded %+v, want the government channel to 本级人民政府", p)
	}
	if d, _ := st.Document(d.ID); len(d.Filings) != 1 {
		t.Errorf("filings %+v", d.Filings)
	}
}

// A government office's draft keeps both channels, the standing committee
// first, the government one level up the other.
func TestGovernmentDocumentDefaultsToTheStandingCommittee(t *testing.T) {
	st, _ := demoStore(t)
	d := importPublished(t, st, strings.ReplaceAll(deptDraft, "临川市市场监督管理局\n2026", "临川市人民政府办公室\n2026"))
	if d.Meta.IssuerType != review.IssuerOffice {
		t.Fatalf("issuer %q type %q", d.Meta.Issuer, d.Meta.IssuerType)
	}
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(d.ID))
	press(m, "f")
	f := m.ff.fields[0]
	if f.options[f.choice] != "本级人大常委会" || !strings.Contains(strings.Join(f.options, " "), "上一级人民政府") {
		t.Errorf("filing form options %v choice %d", f.options, f.choice)
	}
}

// Walking a real 条例 to publication at 80×24, the side panel spent five
// rows on the materials and cut the filing clocks off below “本级人大常委会”.
// Past registration with every paper in, the materials are one line, and
// the clock of each channel shows.
func TestPublishedDocumentShowsItsFilingClockAt80x24(t *testing.T) {
	st, _ := demoStore(t)
	d := importPublished(t, st, deptDraft)
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(d.ID))
	out := ansi.Strip(m.Render())
	for _, want := range []string{"材料齐全（", "本级人民政府", "未报送，期限"} {
		if !strings.Contains(out, want) {
			t.Errorf("the side panel lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "法律意见书") {
		t.Errorf("the side panel still lists the materials one by one:\n%s", out)
	}
	// Filed on time: “报送 … · 待登记 · 按时” is 32 cells in a panel of
	// 32, and its end was cut to “按…”; it breaks between its parts.
	if _, _, err := st.Do(review.NewEvent(d.ID, review.FilingRecorded{Channel: "government", Submitted: review.MustDate("2026-11-10")})); err != nil {
		t.Fatal(err)
	}
	run(m, m.openDoc(d.ID))
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "按时") {
		t.Errorf("the filing's status is cut:\n%s", out)
	}
}
