package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beishen/review"
)

// A document concluded 修改 is on the 拟修改的规范性文件目录 of the exported
// lists (Markdown from the screen, and CSV: one file per list), between
// 继续有效 and 废止, and on no other list.
func TestCleanupListsIncludeTheDocumentsToBeAmended(t *testing.T) {
	st, _ := demoStore(t)
	keep := seedInForce(t, st, "临江区档案管理办法", "临政规〔2019〕5号", "第一条 为加强档案管理，制定本办法。\n")
	amend := seedInForce(t, st, "临江区合同管理办法", "临政规〔2019〕3号", contractText)
	ev, _, err := st.Do(review.NewEvent(0, review.CampaignOpened{Name: "2026年集中清理", Trigger: review.TriggerPeriodic}))
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		id  uint64
		o   review.CleanupOutcome
		why string
	}{{keep, review.KeepInForce, ""}, {amend, review.Amend, "引用的《合同法》已废止，改引《民法典》"}} {
		if _, _, err := st.Do(review.NewEvent(x.id, review.CleanupAdded{Campaign: ev.Seq, Name: "2026年集中清理"})); err != nil {
			t.Fatal(err)
		}
		if _, _, err := st.Do(review.NewEvent(x.id, review.CleanupDecided{Campaign: ev.Seq, Outcome: x.o, Reason: x.why})); err != nil {
			t.Fatal(err)
		}
	}
	m := loaded(t, st, 80, 24)
	press(m, "K", "enter")
	dir := t.TempDir()
	md := string(exportLists(t, m, filepath.Join(dir, "目录.md")))
	keepAt := strings.Index(md, "## 继续有效的规范性文件目录")
	amendAt := strings.Index(md, "## 拟修改的规范性文件目录")
	repealAt := strings.Index(md, "## 决定废止的规范性文件目录")
	rowAt := strings.Index(md, "| 1 | 临江区合同管理办法 | 临政规〔2019〕3号 | 临江区人民政府 | 2019-05-01 | 引用的《合同法》已废止，改引《民法典》 |")
	if keepAt < 0 || amendAt < keepAt || repealAt < amendAt || rowAt < amendAt || rowAt > repealAt {
		t.Errorf("the amended document is not under 拟修改:\n%s", md)
	}
	if strings.Count(md, "临江区合同管理办法") != 1 || strings.Count(md, "临江区档案管理办法") != 1 {
		t.Errorf("each document should be on exactly one list:\n%s", md)
	}

	// CSV: one file per list, the amended one in 目录-修改.csv.
	stem := filepath.Join(dir, "目录")
	press(m, "o", "right", "tab", "ctrl+u") // csv: one file per list
	typeText(m, stem+".csv")
	press(m, "enter")
	for suffix, want := range map[string]string{"继续有效": "临江区档案管理办法", "修改": "临江区合同管理办法", "废止": "", "宣布失效": ""} {
		b, err := os.ReadFile(stem + "-" + suffix + ".csv")
		if err != nil {
			t.Fatalf("no %s list: %v (status %q)", suffix, err, m.status)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if want == "" && len(lines) != 1 || want != "" && (len(lines) != 2 || !strings.Contains(lines[1], want)) {
			t.Errorf("%s.csv:\n%s", suffix, b)
		}
	}
}
