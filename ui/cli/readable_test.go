package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"beishen/review"
)

// keyRe matches a finding key with its offsets, which only jsonl may carry.
var keyRe = regexp.MustCompile(`[A-Z]+[0-9]+@[0-9]+-[0-9]+`)

// A finding in show and in every readable log is its id, rule title, clause
// and quoted words; a dismissal carries its reason, a stage change its
// reason; the offsets stay in jsonl.
func TestLogsNameFindingsByClauseAndWords(t *testing.T) {
	e := newEnv(t)
	var f review.FindingState
	for _, x := range demoFindings(t, e, 4) {
		if x.Clause != "" && x.Excerpt != "" {
			f = x
			break
		}
	}
	if f.Rule == "" {
		t.Fatal("demo #4 has no finding with a clause")
	}
	words := strings.Trim(f.Excerpt, "…")
	if err := e.Finding(4, f.Key(), "dismiss", "该条款系转述上位法规定"); err != nil {
		t.Fatalf("dismiss: %v %s", err, e.errOut)
	}
	e.reset()
	if err := e.Show(4, false, false); err != nil {
		t.Fatal(err)
	}
	show := e.out.String()
	for _, want := range []string{f.Title, f.Clause + "：“" + words + "”", "排除理由：该条款系转述上位法规定"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
	if k := keyRe.FindString(show); k != "" {
		t.Errorf("show names a finding by its offsets %q", k)
	}
	dir := t.TempDir()
	for _, format := range []string{"md", "csv", "jsonl"} {
		file := filepath.Join(dir, "log."+format)
		if err := e.ExportLog(LogExportOptions{Format: format, File: file}); err != nil {
			t.Fatalf("%s: %v %s", format, err, e.errOut)
		}
		b, _ := os.ReadFile(file)
		s := string(b)
		if format == "jsonl" {
			if !strings.Contains(s, f.Key()) {
				t.Errorf("jsonl lost the key %s", f.Key())
			}
			continue
		}
		if k := keyRe.FindString(s); k != "" {
			t.Errorf("%s names a finding by its offsets %q", format, k)
		}
		for _, want := range []string{f.Clause + "：“" + words, "排除理由：该条款系转述上位法规定", "登记 → 退回修改；理由：起草说明未载明奖励资金测算依据"} {
			if !strings.Contains(s, want) {
				t.Errorf("%s lacks %q", format, want)
			}
		}
	}
}
