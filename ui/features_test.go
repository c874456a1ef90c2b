package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/stats"
	"beishen/storage"
)

func lastEvent(t *testing.T, st *storage.Store, id uint64) (review.Event, review.Payload) {
	t.Helper()
	evs, err := st.Events(id)
	if err != nil || len(evs) == 0 {
		t.Fatalf("events of %d: %v", id, err)
	}
	e := evs[len(evs)-1]
	p, err := e.Decode()
	if err != nil {
		t.Fatal(err)
	}
	return e, p
}

func TestImportPromptShowsProgressAndAddsTheDocument(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	st, err := storage.Open(path, storage.Options{Actor: "审查员"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dir := t.TempDir()
	file := filepath.Join(dir, "关于加强河道管理的通知.txt")
	text := "临江区人民政府关于加强河道管理的通知\n\n第一条 为了加强河道管理，制定本通知。\n第二条 本通知自公布之日起施行。\n"
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, st, 100, 30)
	press(m, "i")
	if m.dlg == nil || !strings.Contains(ansi.Strip(m.Render()), "导入文件") {
		t.Fatalf("i should ask for a path:\n%s", ansi.Strip(m.Render()))
	}
	typeText(m, dir)
	_, cmd := m.Update(keyMsg("enter"))
	first := cmd() // the first progress message of the running import
	if _, ok := first.(importProgressMsg); !ok {
		t.Fatalf("first message %T, want progress", first)
	}
	_, next := m.Update(first)
	if line := ansi.Strip(m.statusLine(100)); !strings.Contains(line, "导入 ") || !strings.Contains(line, "/1") {
		t.Errorf("status line shows no progress: %q", line)
	}
	run(m, next)
	if m.queue.imp != nil || !strings.Contains(m.status, "导入完成：新增 1 件") {
		t.Fatalf("import not reported done: %q", m.status)
	}
	rows, _ := st.Summaries()
	if len(rows) != 1 || !strings.Contains(rows[0].Title, "河道管理") {
		t.Fatalf("store rows after import: %+v", rows)
	}
	if !strings.Contains(ansi.Strip(m.Render()), "河道管理") {
		t.Errorf("the imported document is not in the queue:\n%s", ansi.Strip(m.Render()))
	}
}

func TestMetaFormRecordsOneEditAndOneMaterial(t *testing.T) {
	st, _ := demoStore(t)
	before, _ := st.Events(3)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(3))
	press(m, "m", "enter", "ctrl+u")
	typeText(m, "临江区农贸市场管理通知")
	press(m, "enter")
	for range fMaterials {
		press(m, "down")
	}
	mat := review.Materials[0]
	was := m.form.mats[mat]
	press(m, "space", "S")
	if m.form != nil {
		t.Fatal("the form is still open after S")
	}
	after, _ := st.Events(3)
	added := after[len(before):]
	if len(added) != 2 {
		t.Fatalf("%d events recorded, want 2: %+v", len(added), added)
	}
	p0, _ := added[0].Decode()
	p1, _ := added[1].Decode()
	edit, ok := p0.(*review.MetadataEdited)
	if !ok || edit.Meta.Title != "临江区农贸市场管理通知" || strings.Join(edit.Changed, ",") != "title" {
		t.Errorf("first event %s %+v, want the title edit", added[0].Type, p0)
	}
	mm, ok := p1.(*review.MaterialsMarked)
	if !ok || mm.Material != mat || mm.Present == was {
		t.Errorf("second event %s %+v, want %s toggled", added[1].Type, p1, mat)
	}
	if i := m.queue.index(3); i < 0 || m.queue.rows[i].Title != "临江区农贸市场管理通知" {
		t.Error("the queue row does not show the new title")
	}
}

var han = regexp.MustCompile(`\p{Han}`)

func TestEnglishScreensHaveNoChineseChrome(t *testing.T) {
	st, _ := demoStore(t)
	m := New(Options{Store: st, Today: testToday, Lang: review.EN})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	run(m, loadSummaries(st, m.ctx))
	lines := strings.Split(ansi.Strip(m.Render()), "\n")
	for _, i := range []int{0, 1, len(lines) - 2, len(lines) - 1} {
		if han.MatchString(lines[i]) {
			t.Errorf("queue line %d has Chinese chrome: %q", i, lines[i])
		}
	}
	if !strings.Contains(lines[1], "Number") || !strings.Contains(lines[1], "Stage") || !strings.Contains(lines[0], "All 11") {
		t.Errorf("queue header not in English:\n%s\n%s", lines[0], lines[1])
	}
	// At 80 columns the English stage names are too long for one row; the
	// short ones keep all seven tabs in view.
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if first := strings.SplitN(ansi.Strip(m.Render()), "\n", 2)[0]; !strings.Contains(first, "7 Cleanup 0") {
		t.Errorf("tabs cut at 80 columns: %q", first)
	}
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	// Document text stays Chinese, the labels around it are English.
	run(m, m.openDoc(4))
	press(m, "n")
	out := ansi.Strip(m.Render())
	if !strings.Contains(out, "Basis: ") || strings.Contains(out, "依据：") || !strings.Contains(out, "open findings") {
		t.Errorf("document screen labels not English:\n%s", out)
	}
	if !strings.Contains(out, "共享电单车") {
		t.Errorf("document content should stay Chinese:\n%s", out)
	}
	dl := strings.Split(out, "\n")
	if f := dl[len(dl)-1]; han.MatchString(f) {
		t.Errorf("document footer has Chinese: %q", f)
	}
	press(m, "esc", "S")
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "Statistics 2026") || han.MatchString(out) {
		t.Errorf("statistics screen not English:\n%s", out)
	}
}

func TestVersionDiffFromTheStore(t *testing.T) {
	st, _ := demoStore(t)
	v1, _ := st.Version(4, 1)
	lines := strings.Split(v1.Text, "\n")
	changed := -1
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "第三条") {
			changed = i
			lines[i] = "第三条 本政策适用于本区全部企业。"
			break
		}
	}
	if changed < 0 {
		t.Fatal("document 4 has no 第三条")
	}
	if _, err := st.AddVersion(4, storage.NewVersion{FileName: "v2.txt", Format: "txt", Text: strings.Join(lines, "\n"), SHA256: "v2"}, "修改稿"); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(4))
	press(m, "v")
	if m.ov != ovLines {
		t.Fatal("v did not open the comparison")
	}
	out := ansi.Strip(strings.Join(m.ovText, "\n"))
	for _, want := range []string{"第 1 版 → 第 2 版：1 处变化", "~ 第三条（修改）", "+ 第三条 本政策适用于本区全部企业。"} {
		if !strings.Contains(out, want) {
			t.Errorf("comparison lacks %q:\n%s", want, out)
		}
	}
	fits(t, "diff", m.Render(), 100, 30)

	// On a finding of the new version at 80×24, the reason stays on screen,
	// the version's note below it on one line where there is room (its
	// three lines above the finding pushed the reason off).
	v3, _ := st.Version(3, 1)
	if _, err := st.AddVersion(3, storage.NewVersion{FileName: "v2.txt", Format: "txt", Text: v3.Text + "\n附件：申报表\n", SHA256: "v2-3", Findings: v3.Findings}, "修改稿"); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []review.Lang{review.ZH, review.EN} {
		m := loadedIn(t, st, 80, 24, lang)
		run(m, m.openDoc(3)) // a draft with findings
		press(m, "n")
		out := ansi.Strip(m.Render())
		why, note := "说明：", "第 2 版："
		if lang == review.EN {
			why, note = "Why: ", "Version 2: "
		}
		// The note is what gives way: the English reason takes two lines,
		// and the cut is shown (the panel's last line ends in …).
		if !strings.Contains(out, why) || lang == review.ZH && !strings.Contains(out, note) {
			t.Errorf("%s: the finding's reason or the version's note is off screen:\n%s", lang, out)
		}
		if rows := strings.Split(out, "\n"); lang == review.EN && !strings.HasSuffix(strings.TrimRight(rows[len(rows)-3], " "), "…") {
			t.Errorf("the cut panel does not say so: %q\n%s", rows[len(rows)-3], out)
		}
	}
}

// screenText renders with the statistics scrolled through, all of it.
func statsText(m *Model) string {
	var all []string
	m.stats.top = 0
	for {
		lines := strings.Split(ansi.Strip(m.Render()), "\n")
		all = append(all, lines...)
		if m.stats.top+m.bodyHeight()-1 >= m.stats.lines {
			return strings.Join(all, "\n")
		}
		m.stats.top += m.bodyHeight() - 1
	}
}

func TestStatisticsScreenShowsComputedFigures(t *testing.T) {
	st, _ := demoStore(t)
	evs, _ := st.AllEvents()
	docs, _ := st.Documents()
	m := loaded(t, st, 120, 40)
	press(m, "S")
	out := statsText(m)
	for _, year := range []int{2026, 2025} {
		r, err := stats.Compute(evs, docs, year, m.ctx.Settings)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{
			fmt.Sprintf("%d 年度统计", year),
			fmt.Sprintf("合计 %d 件", r.Received.Total),
			fmt.Sprintf("合计 %d 件次 · 纠错率 %s", r.Decisions.Total, stats.Percent(r.CorrectionRate)),
			fmt.Sprintf("报备及时率 %s", stats.Percent(r.Filing.OnTimeRate)),
		}
		for _, f := range r.Findings {
			want = append(want, fmt.Sprintf("%d 排除 %d", f.Confirmed, f.Dismissed))
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%d: statistics lack %q:\n%s", year, w, out)
			}
		}
		if year == 2026 {
			if r.Received.Total != 11 {
				t.Fatalf("demo received %d in 2026", r.Received.Total)
			}
			// The drafts bar is the longest: six 送审稿 against five 备案件.
			if !regexp.MustCompile(`送审稿 █+ +6`).MatchString(out) {
				t.Errorf("no bar for 6 drafts:\n%s", out)
			}
			press(m, "[")
			out = statsText(m)
		}
	}
	press(m, "esc")
	if m.screen != scrQueue {
		t.Error("esc did not return to the queue")
	}
}

func TestExpiringFilingAndCleanup(t *testing.T) {
	st, _ := demoStore(t)
	d5, _ := st.Document(5)
	meta := d5.Meta
	meta.ValidityEnd = review.MustDate("2027-03-31")
	if _, _, err := st.Do(review.NewEvent(5, review.MetadataEdited{Meta: meta, Changed: []string{"validity_end"}})); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Store: st, Today: review.MustDate("2026-12-01")})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, loadSummaries(st, m.ctx))
	press(m, "E")
	if len(m.exp.rows) != 1 || m.exp.rows[0].ID != 5 {
		t.Fatalf("expiring rows %+v, want document 5 only", m.exp.rows)
	}
	out := ansi.Strip(m.Render())
	if !regexp.MustCompile(`2027-03-31 +120 `).MatchString(out) {
		t.Errorf("validity end and days left not shown:\n%s", out)
	}
	press(m, "enter")
	out = ansi.Strip(m.Render())
	for _, want := range []string{"有效期至：2027-03-31", "本级人大常委会", "未报送，期限"} {
		if !strings.Contains(out, want) {
			t.Errorf("document info lacks %q:\n%s", want, out)
		}
	}
	// f: government channel, registered (the result moves off 待登记).
	press(m, "f")
	if m.ff == nil {
		t.Fatal("f opened no filing dialog")
	}
	fits(t, "filing", m.Render(), 100, 30)
	press(m, "right", "tab", "ctrl+u")
	typeText(m, "2026-11-30")
	press(m, "tab", "right", "enter")
	_, p := lastEvent(t, st, 5)
	fr, ok := p.(*review.FilingRecorded)
	if !ok || fr.Channel != "government" || fr.Submitted != review.MustDate("2026-11-30") || fr.Result != review.FilingRegistered {
		t.Fatalf("last event %+v, want the government filing", p)
	}
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "报送 2026-11-30 · 登记 · 按时") {
		t.Errorf("filing not shown in the side panel:\n%s", out)
	}
	// A cleanup campaign takes the document; C concludes it.
	ev, _, err := st.Do(review.NewEvent(0, review.CampaignOpened{Name: "2026年集中清理", Trigger: review.TriggerPeriodic}))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Do(review.NewEvent(5, review.CleanupAdded{Campaign: ev.Seq, Name: "2026年集中清理"})); err != nil {
		t.Fatal(err)
	}
	press(m, "esc")
	if m.screen != scrExpiring {
		t.Errorf("esc from a document opened in 即将到期 went to screen %d", m.screen)
	}
	press(m, "enter", "C")
	if m.ff == nil {
		t.Fatalf("C opened no cleanup dialog; status %q", m.status)
	}
	press(m, "right", "right", "enter") // 废止 without a reason
	if m.ff == nil || !strings.Contains(m.ff.err, "需要填写理由") {
		t.Fatal("repeal without a reason was not refused in the dialog")
	}
	press(m, "tab")
	typeText(m, "上位法已废止")
	press(m, "enter")
	d, _ := st.Document(5)
	if d.Stage != review.StageRepealed || d.Cleanups[0].Outcome != review.Repeal {
		t.Fatalf("document 5 at %s with %+v after C", d.Stage, d.Cleanups)
	}
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "废止 ") || !strings.Contains(out, "上位法已废止") {
		t.Errorf("cleanup history not shown:\n%s", out)
	}
}

func TestExportDialogsWriteFilesAndRecordTheirHash(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	dir := t.TempDir()
	press(m, "L")
	if m.ff == nil || m.ff.fields[3].value() != "审查日志-20261120.xlsx" {
		t.Fatalf("export dialog not prefilled with the default name: %+v", m.ff)
	}
	press(m, "right") // csv: the file name follows
	if got := m.ff.fields[3].value(); got != "审查日志-20261120.csv" {
		t.Errorf("file %q after choosing csv", got)
	}
	press(m, "tab")
	typeText(m, "2026-01-01")
	press(m, "tab", "tab", "ctrl+u")
	file := filepath.Join(dir, "log.csv")
	typeText(m, file)
	press(m, "enter")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("no file written: %v (status %q)", err, m.status)
	}
	sum := sha256.Sum256(data)
	hexSum := hex.EncodeToString(sum[:])
	all, _ := st.AllEvents()
	e := all[len(all)-1]
	p, _ := e.Decode()
	x, ok := p.(*review.Exported)
	if !ok || x.SHA256 != hexSum || x.Format != "csv" || x.Filters["from"] != "2026-01-01" {
		t.Fatalf("last log event %s %+v, want the export with sha %s", e.Type, p, hexSum)
	}
	if !strings.Contains(m.status, file) || !strings.Contains(m.status, hexSum[:12]) {
		t.Errorf("status %q should name the file and its SHA-256", m.status)
	}
	// The opinion letter of document 5 as the fair-competition conclusion.
	run(m, m.openDoc(5))
	press(m, "o", "right", "tab", "tab")
	typeText(m, filepath.Join(dir, "结论"))
	press(m, "enter")
	op := filepath.Join(dir, "结论.docx")
	data, err = os.ReadFile(op)
	if err != nil {
		t.Fatalf("no opinion written: %v (status %q)", err, m.status)
	}
	sum = sha256.Sum256(data)
	_, p = lastEvent(t, st, 5)
	if x, ok := p.(*review.Exported); !ok || x.SHA256 != hex.EncodeToString(sum[:]) || x.Filters["letter"] != string(review.FairChecklist) {
		t.Errorf("last event of 5 %+v, want the fair-competition letter export", p)
	}
	if !strings.Contains(m.status, op) {
		t.Errorf("status %q should name %s", m.status, op)
	}
}

func TestChecklistMarkersKeepTheirColumn(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 120, 40)
	run(m, m.openDoc(8)) // findings bear on LC1, LC3, LC5, LC9, LC16
	cols := map[int]bool{}
	marked := 0
	for _, l := range strings.Split(ansi.Strip(m.Render()), "\n") {
		i := strings.Index(l, "│")
		if i < 0 {
			continue
		}
		side := l[i+len("│"):]
		if !regexp.MustCompile(`\[.\] LC\d`).MatchString(side) {
			continue
		}
		if strings.Contains(side, "!") {
			marked++
		}
		at := regexp.MustCompile(`\[.\] LC`).FindStringIndex(side)[0]
		cols[ansi.StringWidth(side[:at])] = true
	}
	if marked == 0 || len(cols) != 1 {
		t.Errorf("checklist marks start at columns %v (%d rows with a findings marker)", cols, marked)
	}
}

func TestNewScreensFitEveryWindow(t *testing.T) {
	st, _ := demoStore(t)
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			for _, ascii := range []bool{false, true} {
				m := New(Options{Store: st, Today: testToday, ASCII: ascii})
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
				run(m, loadSummaries(st, m.ctx))
				press(m, "S")
				fits(t, "stats", m.Render(), w, h)
				bar := "█"
				if ascii {
					bar = "#"
				}
				if !strings.Contains(statsText(m), bar) {
					t.Errorf("no %s bars in the statistics", bar)
				}
				press(m, "G", "j", "j")
				fits(t, "stats scrolled", m.Render(), w, h)
				press(m, "esc", "E")
				fits(t, "expiring", m.Render(), w, h)
				press(m, "esc", "L")
				fits(t, "export log", m.Render(), w, h)
				press(m, "esc", "?", "j", "j", "j")
				fits(t, "help", m.Render(), w, h)
				press(m, "esc")
				run(m, m.openDoc(5))
				fits(t, "in force", m.Render(), w, h)
				press(m, "f")
				fits(t, "filing", m.Render(), w, h)
				press(m, "esc", "o")
				fits(t, "opinion", m.Render(), w, h)
				press(m, "esc")
			}
		})
	}
}

// A returned draft's resubmitted text is imported from its own screen: it
// becomes version 2, is checked again, re-enters the legality review, and
// the screen shows the new text.
func TestNewVersionFromTheDocumentScreen(t *testing.T) {
	st, _ := demoStore(t)
	file := filepath.Join(t.TempDir(), "招商引资实施细则-修改稿.txt")
	text := "临江区招商引资优惠政策实施细则（修改稿）\n\n第一条 为优化营商环境，依据《优化营商环境条例》，制定本细则。\n第二条 对新引进企业，按其缴纳税款的百分之五十给予奖励。\n"
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(9))
	press(m, "I")
	if m.dlg == nil || !strings.Contains(ansi.Strip(m.Render()), "第 2 版") {
		t.Fatalf("I should ask for the file of version 2:\n%s", ansi.Strip(m.Render()))
	}
	typeText(m, file)
	press(m, "enter")
	if !strings.Contains(m.status, "已导入第 2 版：回到“合法性审查”") {
		t.Fatalf("status after the new version: %q", m.status)
	}
	d, _ := st.Document(9)
	if d.Version != 2 || d.Stage != review.StageLegality || d.Pauses[len(d.Pauses)-1].To.IsZero() {
		t.Fatalf("store after the new version: version %d, stage %s, pauses %+v", d.Version, d.Stage, d.Pauses)
	}
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "修改稿") || !strings.Contains(out, "v2") {
		t.Errorf("the screen does not show version 2:\n%s", out)
	}
	// The line the change replaced on the status line stays in the log:
	// how many findings the new text has.
	press(m, "M")
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "已导入第 2 版：") || !strings.Contains(out, "自动发现") {
		t.Errorf("the message log lacks the new version's findings:\n%s", out)
	}
}

// A filing is recorded when it is sent (待登记) and its answer when the
// recipient gives it: f on a channel already sent comes back with its date
// and result, and the answer replaces the result. The form used to record
// 登记 the day the filing was sent.
func TestFilingSentThenAnswered(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	run(m, m.openDoc(5))
	press(m, "f", "tab", "ctrl+u")
	typeText(m, "2026-11-30")
	press(m, "enter")
	_, p := lastEvent(t, st, 5)
	if fr, ok := p.(*review.FilingRecorded); !ok || fr.Result != review.FilingPending || fr.Submitted != review.MustDate("2026-11-30") {
		t.Fatalf("sent: last event %+v, want a filing awaiting registration", p)
	}
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "报送 2026-11-30 · 待登记") {
		t.Errorf("the sent filing is not shown awaiting registration:\n%s", out)
	}
	press(m, "f")
	if got := m.ff.fields[1].value(); got == "2026-11-30" {
		t.Errorf("the channel due next (not sent) starts today; got %q", got)
	}
	press(m, "left") // back to 本级人大常委会, sent on 2026-11-30
	if got := m.ff.fields[1].value(); got != "2026-11-30" {
		t.Errorf("the answer's form follows the channel sent before; got %q", got)
	}
	press(m, "tab", "tab", "right", "enter") // 待登记 → 登记
	d, _ := st.Document(5)
	if len(d.Filings) != 1 || d.Filings[0].Result != review.FilingRegistered || d.Filings[0].Submitted != review.MustDate("2026-11-30") {
		t.Errorf("after the answer: %+v", d.Filings)
	}
}

// A choice wider than the form keeps the chosen option in view and marked
// without colour: in English at 80 columns, 暂缓登记 (Registration
// deferred) was cut off the filing form's row when chosen.
func TestChosenOptionStaysInView(t *testing.T) {
	st, _ := demoStore(t)
	m := New(Options{Store: st, Today: testToday, Lang: review.EN})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(m, loadSummaries(st, m.ctx))
	run(m, m.openDoc(5))
	press(m, "f", "tab", "tab", "right", "right", "right")
	out := ansi.Strip(m.Render())
	fits(t, "filing form", m.Render(), 80, 24)
	if !strings.Contains(out, m.ctx.Theme.Pointer+"Registration deferred") {
		t.Errorf("the chosen result is not in view:\n%s", out)
	}
}
