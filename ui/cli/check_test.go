package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beishen/review"
)

func TestCheckJSONShape(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "a.txt")
	clean := filepath.Join(dir, "b.txt")
	text := "第三条 申请本市产业扶持资金的企业，须在本市注册并纳税满三年。\n"
	if err := os.WriteFile(bad, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(clean, []byte("会议于上午九时召开。\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := Check(&out, &errOut, []string{bad, clean}, true, review.ZH); err != nil {
		t.Fatalf("Check: %v (stderr %q)", err, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one JSON line per file, got %d:\n%s", len(lines), out.String())
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first["file"] != bad {
		t.Errorf("file = %v", first["file"])
	}
	findings, _ := first["findings"].([]any)
	var f4 map[string]any
	for _, x := range findings {
		if m := x.(map[string]any); m["rule"] == "F04" {
			f4 = m
		}
	}
	if f4 == nil {
		t.Fatalf("no F04 finding in %s", lines[0])
	}
	for _, key := range []string{"rule", "category", "severity", "title", "basis", "line", "start", "end", "excerpt"} {
		if _, ok := f4[key]; !ok {
			t.Errorf("finding lacks %q: %v", key, f4)
		}
	}
	if f4["category"] != "fair_competition" || f4["line"] != float64(1) {
		t.Errorf("category %v line %v", f4["category"], f4["line"])
	}
	start, end := int(f4["start"].(float64)), int(f4["end"].(float64))
	if got := string([]rune(text)[start:end]); got != f4["excerpt"] {
		t.Errorf("excerpt %q, text[%d:%d] = %q", f4["excerpt"], start, end, got)
	}
	// A file without findings has "findings": [], never null.
	if !strings.Contains(lines[1], `"findings":[]`) {
		t.Errorf("clean file line = %s", lines[1])
	}
}

func TestCheckMissingFileFailsAfterTheOthers(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "ok.txt")
	if err := os.WriteFile(good, []byte("对拖欠物业费的业主，可以停止供水供电。\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "不存在.txt")
	var out, errOut bytes.Buffer
	err := Check(&out, &errOut, []string{missing, good}, false, review.ZH)
	if err == nil {
		t.Fatal("a missing file must make Check fail")
	}
	if !strings.Contains(errOut.String(), missing) || !strings.Contains(errOut.String(), "不存在") {
		t.Errorf("stderr should name the file and say it does not exist in Chinese: %q", errOut.String())
	}
	if !strings.Contains(err.Error(), "无法读取") {
		t.Errorf("error %q should be Chinese", err)
	}
	// The readable file was still checked and reported.
	if !strings.Contains(out.String(), "L09") || !strings.Contains(out.String(), "停止供水") {
		t.Errorf("report for the good file missing:\n%s", out.String())
	}
}

func TestCheckReportGroupsByClauseWithBasis(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.txt")
	text := "第二条 政府采购同等条件下优先采购本地企业产品。\n第五条 未按规定时间清运垃圾的，由区城管局处1000元罚款。\n"
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := Check(&out, &errOut, []string{p}, false, review.ZH); err != nil {
		t.Fatal(err)
	}
	report := out.String()
	for _, want := range []string{"第二条", "第五条", "F05", "L01", "依据：", "《中华人民共和国行政处罚法》第十六条", "理由："} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if strings.Index(report, "第二条") > strings.Index(report, "第五条") {
		t.Errorf("clauses out of order:\n%s", report)
	}
	var en bytes.Buffer
	if err := Check(&en, &errOut, []string{p}, false, review.EN); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(en.String(), "Sets an administrative penalty") || !strings.Contains(en.String(), "Basis: ") {
		t.Errorf("English report:\n%s", en.String())
	}
}

// Many files are checked on all cores but reported in the order given, and
// a finding on a sentence close to a published case names the case.
func TestCheckManyFilesInOrderWithPrecedents(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 24 {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		text := "会议于上午九时召开。\n"
		if i%5 == 2 {
			text = "父母涉诈的，子女在幼儿园、小学、初中新生录取和开学时一律不得就读城区学校。\n"
		}
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	var out, errOut bytes.Buffer
	if err := Check(&out, &errOut, files, true, review.ZH); err != nil {
		t.Fatalf("Check: %v (stderr %q)", err, errOut.String())
	}
	dec := json.NewDecoder(&out)
	for i, want := range files {
		var r checkResult
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("result %d: %v", i, err)
		}
		if r.File != want {
			t.Fatalf("result %d is %s, want %s", i, r.File, want)
		}
		if i%5 != 2 {
			continue
		}
		var p *review.Precedent
		for _, f := range r.Findings {
			if f.Category == review.Legality && f.Precedent != nil {
				p = f.Precedent
			}
		}
		if p == nil || p.ID != "LEG-002" || p.Publisher == "" || p.Issuer == "" {
			t.Errorf("%s: want the finding to carry case LEG-002 with issuer and publisher, got %+v", r.File, p)
		}
	}
}
