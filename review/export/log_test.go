package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"beishen/review"
)

const (
	number = "临政办规〔2026〕9号"
	idCard = "110101199003074512"
	body   = "第一条 为规范共享电单车停放，制定本办法。"
)

// chain stamps and seals events the way the store does.
func chain(evs ...review.Event) []review.Event {
	prev := ""
	at := time.Date(2026, 11, 26, 9, 0, 0, 0, review.Zone)
	for i := range evs {
		evs[i].Seq = uint64(i + 1)
		evs[i].At = at.Add(time.Duration(2*i) * time.Hour)
		if evs[i].Actor == "" {
			evs[i].Actor = "张审查"
		}
		evs[i].Seal(prev)
		prev = evs[i].Hash
	}
	return evs
}

func sampleLog() []review.Event {
	ref := NewTextLine(1, 1, body)
	evs := []review.Event{review.NewEvent(1, review.Imported{Kind: review.Draft,
		Meta:    review.Meta{Title: "共享电单车停放管理暂行办法", DocNumber: number, DraftingUnit: "区交通运输局"},
		Version: review.VersionRef{N: 1, FileName: "04.txt", TextSHA256: ref.TextSHA256}})}
	for _, m := range review.RequiredMaterials(review.Draft, false) {
		evs = append(evs, review.NewEvent(1, review.MaterialsMarked{Material: m, Present: true}))
	}
	evs = append(evs, review.NewEvent(1, review.StageChanged{From: review.StageIntake, To: review.StageLegality}))
	for _, c := range []string{"=HYPERLINK(\"http://x\",\"点击\")", "+1", "-1", "@SUM(A1)", "\tTAB", "\rCR", "身份证号 " + idCard} {
		evs = append(evs, review.NewEvent(1, review.Comment{Text: c}))
	}
	other := review.NewEvent(1, review.Comment{Text: "另一位审查人的批注"})
	other.Actor = "李复核"
	evs = append(evs, other)
	return chain(evs...)
}

func TestRowsNameTheStageOfEachAction(t *testing.T) {
	rows := Rows(sampleLog(), Filter{})
	if rows[0].Stage != review.StageIntake || rows[0].DocNumber != number {
		t.Fatalf("import row = %+v", rows[0])
	}
	last := rows[len(rows)-1]
	if last.Stage != review.StageLegality || last.Title != "共享电单车停放管理暂行办法" {
		t.Fatalf("last comment row: stage %q title %q", last.Stage, last.Title)
	}
	if got := Rows(sampleLog(), Filter{Stage: review.StageLegality, Actor: "李复核"}); len(got) != 1 || got[0].Event.Actor != "李复核" {
		t.Fatalf("stage+actor filter gave %d rows", len(got))
	}
	if got := Rows(sampleLog(), Filter{Types: []review.EventType{review.EvStageChanged}}); len(got) != 1 {
		t.Fatalf("type filter gave %d rows", len(got))
	}
	// 09:00 on the 26th plus two hours per event: the 8th is at 23:00, the 9th on the 27th.
	day := review.MustDate("2026-11-27")
	for _, r := range Rows(sampleLog(), Filter{From: day, To: day}) {
		if r.Event.Day() != day {
			t.Fatalf("event #%d of %s passed a filter for %s", r.Event.Seq, r.Event.Day(), day)
		}
	}
	if n := len(Rows(sampleLog(), Filter{To: review.MustDate("2026-11-26")})); n != 8 {
		t.Fatalf("--to 2026-11-26 (inclusive) gave %d events, want 8 (09:00–23:00)", n)
	}
	if got := Rows(sampleLog(), Filter{From: day}); got[0].Event.Seq != 9 {
		t.Fatalf("--from 2026-11-27 starts at #%d, want #9 (01:00 on the 27th)", got[0].Event.Seq)
	}
}

func TestCSVOpensInChineseExcelAndRunsNoFormula(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, slices.Values(Rows(sampleLog(), Filter{})), review.ZH); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if !bytes.HasPrefix(out, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatal("no UTF-8 BOM")
	}
	if n, crlf := bytes.Count(out, []byte("\n")), bytes.Count(out, []byte("\r\n")); n != crlf {
		t.Fatalf("%d line ends, %d of them CRLF", n, crlf)
	}
	recs, err := csv.NewReader(bytes.NewReader(out[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0][:3], ",") != "序号,时间,审查人" {
		t.Fatalf("header = %v", recs[0])
	}
	details := map[string]bool{}
	for _, r := range recs[1:] {
		details[r[8]] = true
		for _, c := range r {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("cell %q starts with a formula trigger", c)
			}
		}
	}
	for _, want := range []string{"'=HYPERLINK(\"http://x\",\"点击\")", "'+1", "'-1", "'@SUM(A1)", "'\tTAB", "'CR", "身份证号 " + idCard} {
		// encoding/csv drops a lone CR in CRLF mode; the quote in front stays.
		if !details[want] {
			t.Errorf("no cell %q", want)
		}
	}
}

func TestXLSXKeepsNumbersAsText(t *testing.T) {
	rows := Rows(sampleLog(), Filter{})
	rows = append(rows, Row{Event: rows[1].Event, DocNumber: idCard}) // an ID number alone in a cell
	f := writeXLSX(t, rows)
	sheet := "审查日志"
	get := func(cell string) string {
		v, err := f.GetCellValue(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if get("A1") != "序号" || get("J1") != "哈希" {
		t.Fatalf("header A1=%q J1=%q", get("A1"), get("J1"))
	}
	if get("E2") != number {
		t.Fatalf("E2 = %q, want %q", get("E2"), number)
	}
	last := len(rows) + 1
	cell, _ := excelize.CoordinatesToCellName(5, last)
	if v := get(cell); v != idCard {
		t.Fatalf("ID number read back as %q", v)
	}
	if typ, _ := f.GetCellType(sheet, cell); typ != excelize.CellTypeInlineString {
		t.Fatalf("ID number cell type %v, want inline string", typ)
	}
	// The formula-looking comment is text, not a formula.
	for r := 2; r <= last; r++ {
		c, _ := excelize.CoordinatesToCellName(9, r)
		if fm, _ := f.GetCellFormula(sheet, c); fm != "" {
			t.Fatalf("%s holds formula %q", c, fm)
		}
	}
	if get("I"+itoa(10)) == "" {
		t.Fatal("detail column empty")
	}
	panes, err := f.GetPanes(sheet)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Fatalf("header not frozen: %+v %v", panes, err)
	}
	wTitle, _ := f.GetColWidth(sheet, "F")
	if wTitle < float64(len([]rune("共享电单车停放管理暂行办法"))*2) {
		t.Fatalf("title column width %v too narrow for the Chinese title", wTitle)
	}
	names := f.GetDefinedName()
	found := false
	for _, n := range names {
		found = found || n.Name == "_xlnm._FilterDatabase"
	}
	if !found {
		t.Fatal("no auto filter")
	}
}

func TestNeutralizeEachTrigger(t *testing.T) {
	for _, c := range []string{"=", "+", "-", "@", "\t", "\r", "\x00", "＝", "＋", "－", "＠"} {
		if got := Neutralize(c + "1"); got != "'"+c+"1" {
			t.Errorf("Neutralize(%q) = %q", c+"1", got)
		}
	}
	if got := Neutralize("临政办规〔2026〕9号"); got != "临政办规〔2026〕9号" {
		t.Errorf("plain cell changed to %q", got)
	}
}

func itoa(n int) string { c, _ := excelize.CoordinatesToCellName(1, n); return c[1:] }

func TestMarkdownLogIsReadable(t *testing.T) {
	var buf bytes.Buffer
	at := time.Date(2026, 11, 27, 10, 0, 0, 0, review.Zone)
	f := Filter{Actor: "李复核"}
	if err := WriteMarkdown(&buf, slices.Values(Rows(sampleLog(), f)), LogHeading{Filters: f.Map(), At: at, Actor: "张审查"}, review.ZH); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"# 审查日志", "审查人：李复核", "2026-11-27 10:00:00", "另一位审查人的批注", "事件数：1"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}

// A deferral recorded with a provisional re-filing deadline says so in the
// exported log, and so does the event that recomputes it.
func TestDetailMarksProvisionalDeadlines(t *testing.T) {
	d := review.MustDate
	fr := review.NewEvent(5, review.FilingRecorded{Channel: "npc", Submitted: d("2026-12-20"), Result: review.FilingDeferred,
		Noticed: d("2026-12-28"), ResubmitBy: d("2027-01-07"), ResubmitProvisional: true})
	if got, want := Detail(fr, review.ZH), "本级人大常委会 2026-12-20 报送，暂缓登记，2026-12-28 收到通知，补正重报期限 2027-01-07（暂定）"; got != want {
		t.Errorf("zh detail %q, want %q", got, want)
	}
	if got := Detail(fr, review.EN); !strings.HasSuffix(got, "re-file by 2027-01-07 (provisional)") {
		t.Errorf("en detail %q", got)
	}
	rc := review.NewEvent(5, review.DeadlineRecomputed{Deadline: review.DeadlineResubmission, Channel: "npc", Was: d("2027-01-07"), Date: d("2027-01-08")})
	if got, want := Detail(rc, review.ZH), "补正重报期限（本级人大常委会）2027-01-07 → 2027-01-08"; got != want {
		t.Errorf("zh detail %q, want %q", got, want)
	}
}

// Past Excel's row limit the log continues on further sheets, each with
// its header, instead of failing (issue 15: the 1.2M-event log).
func TestXLSXContinuesOnFurtherSheets(t *testing.T) {
	defer func(n int) { sheetRows = n }(sheetRows)
	sheetRows = 4 // a header and three events a sheet
	rows := Rows(sampleLog(), Filter{})
	f := writeXLSX(t, rows)
	sheets := f.GetSheetList()
	if want := (len(rows) + 2) / 3; len(sheets) != want || sheets[0] != "审查日志" || sheets[1] != "审查日志 (2)" {
		t.Fatalf("sheets %v, want %d of them", sheets, want)
	}
	var seqs []string
	for _, s := range sheets {
		all, err := f.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		if all[0][0] != "序号" || len(all) > 4 {
			t.Fatalf("sheet %s: %d rows, header %v", s, len(all), all[0])
		}
		for _, r := range all[1:] {
			seqs = append(seqs, r[0])
		}
	}
	if len(seqs) != len(rows) || seqs[0] != "1" || seqs[len(seqs)-1] != fmt.Sprint(rows[len(rows)-1].Event.Seq) {
		t.Fatalf("events across sheets: %v", seqs)
	}
}

// writeXLSX writes rows as a workbook and opens it again.
func writeXLSX(t *testing.T, rows []Row) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, slices.Values(rows), review.ZH); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
