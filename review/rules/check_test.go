package rules

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"beishen/review"
)

func findingFor(t *testing.T, text, rule string) (review.Finding, bool) {
	t.Helper()
	for _, f := range Check(text) {
		if f.Rule == rule {
			return f, true
		}
	}
	return review.Finding{}, false
}

func TestFindingCarriesSpanBasisAndClause(t *testing.T) {
	text := "第三条 支持措施\n（二）申请本市产业扶持资金的企业，须在本市注册并纳税满三年。"
	f, ok := findingFor(t, text, "F04")
	if !ok {
		t.Fatalf("no F04 finding in %q", text)
	}
	if got := string([]rune(text)[f.Start:f.End]); got != f.Excerpt {
		t.Errorf("excerpt %q but text[%d:%d] = %q", f.Excerpt, f.Start, f.End, got)
	}
	if !strings.Contains(f.Excerpt, "本市注册") {
		t.Errorf("excerpt %q should show the local registration requirement", f.Excerpt)
	}
	if f.Line != 2 || f.Clause != "第三条（二）" {
		t.Errorf("line %d clause %q, want 2 and 第三条（二）", f.Line, f.Clause)
	}
	if f.Category != review.FairCompetition || f.Severity != review.High {
		t.Errorf("category %s severity %s", f.Category, f.Severity)
	}
	if len(f.Basis) == 0 || f.Basis[0] != "《公平竞争审查条例》第九条第（二）项" {
		t.Errorf("basis %v", f.Basis)
	}
	if f.Reason == "" || f.Title == "" {
		t.Errorf("finding needs a title and a reason: %+v", f)
	}
}

func TestCitationOfANormativeDocumentIsNoBasis(t *testing.T) {
	proper := "违反本规定的，依照《中华人民共和国大气污染防治法》处二千元罚款。"
	if _, ok := findingFor(t, proper, "L01"); ok {
		t.Errorf("a penalty citing a law should not be flagged: %q", proper)
	}
	local := "违反本规定的，依照《某市市容管理办法》处二千元罚款。"
	f, ok := findingFor(t, local, "L01")
	if !ok {
		t.Fatalf("a penalty citing a local 办法 must still be flagged: %q", local)
	}
	if f.Severity != review.High || !strings.Contains(f.Reason, "某市市容管理办法") {
		t.Errorf("severity %s reason %q: should stay high and name the cited document", f.Severity, f.Reason)
	}
	notice := "按照《某县关于加强殡葬管理的通知》，对违规土葬的予以强制拆除。"
	if _, ok := findingFor(t, notice, "L04"); !ok {
		t.Errorf("a 通知 is no basis for coercion: %q", notice)
	}
}

func TestProperInstrumentByName(t *testing.T) {
	cases := map[string]bool{
		"中华人民共和国行政处罚法":       true,
		"浙江省大气污染防治条例":        true,
		"食品经营许可和备案管理办法":      true,
		"杭州市城市市容和环境卫生管理规定":   true,
		"某市市容管理办法":           false,
		"某区关于促进服务业发展的若干意见":   false,
		"某县人民政府关于加强管理的通知":    false,
		"国务院关于取消一批行政许可事项的决定": true,
		"某市人民政府关于调整收费的决定":    false,
		"城市生活垃圾管理办法":         true,
	}
	for name, want := range cases {
		if got := properInstrument(name); got != want {
			t.Errorf("properInstrument(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestException12LowersSeverityOnlyWhenComplete(t *testing.T) {
	base := "第五条 为保护环境，对使用本地生产的清洁能源车辆的企业给予补贴。"
	full := base + "经评估没有对公平竞争影响更小的替代方案。本条实施期限至2027年12月31日。"
	partial := base + "经评估没有对公平竞争影响更小的替代方案。"
	sev := func(text string) review.Severity {
		f, ok := findingFor(t, text, "F05")
		if !ok {
			t.Fatalf("no F05 in %q", text)
		}
		return f.Severity
	}
	if got := sev(full); got != review.Low {
		t.Errorf("ground, alternative and term stated: severity %s, want low", got)
	}
	if got := sev(partial); got != review.High {
		t.Errorf("no term stated: severity %s, want high", got)
	}
}

func TestStatuteLowersSettingRules(t *testing.T) {
	body := "\n第二十条 违反本条例规定的，处一万元以上五万元以下罚款。"
	law, _ := findingFor(t, "某省大气污染防治条例"+body, "L01")
	nd, _ := findingFor(t, "某区关于加强大气污染防治的通知"+body, "L01")
	if law.Severity != review.Low || nd.Severity != review.High {
		t.Errorf("L01 severity in a 条例 %q, in a 通知 %q; want low and high", law.Severity, nd.Severity)
	}
}

func TestRulesListsEveryRuleWithBasis(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.ID] {
			t.Errorf("duplicate rule %s", r.ID)
		}
		seen[r.ID] = true
		if r.Title == "" || r.TitleEN == "" || len(r.Basis) == 0 || r.Description == "" {
			t.Errorf("rule %s lacks title, English title, basis or description: %+v", r.ID, r)
		}
		if r.TitleIn(review.EN) != r.TitleEN {
			t.Errorf("rule %s: TitleIn(EN) = %q", r.ID, r.TitleIn(review.EN))
		}
	}
	for _, id := range []string{"L01", "L10", "C02", "F01", "F13", "M02", "M05"} {
		if !seen[id] {
			t.Errorf("rule %s missing from Rules()", id)
		}
	}
}

// readDev returns the dev corpus directory or skips the test.
func readDev(t testing.TB) string {
	dir := filepath.Join(sharedDir, "corpus", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("dev corpus not available: %v", err)
	}
	return dir
}

func TestExcerptsAreExactSpansOnDevDocs(t *testing.T) {
	dir := readDev(t)
	paths, _ := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	negs, _ := filepath.Glob(filepath.Join(dir, "negatives", "*.md"))
	paths = append(paths, negs...)
	if len(paths) == 0 {
		t.Skip("no dev documents")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		runes := []rune(text)
		for _, f := range CheckDocument(text, DocInfo{}) {
			if f.Start < 0 || f.End > len(runes) || f.Start > f.End {
				t.Errorf("%s: %s span %d–%d out of range", p, f.Rule, f.Start, f.End)
				continue
			}
			if got := string(runes[f.Start:f.End]); got != f.Excerpt {
				t.Errorf("%s: %s excerpt %q but text[%d:%d] = %q", p, f.Rule, f.Excerpt, f.Start, f.End, got)
			}
			if f.End > f.Start {
				if line := 1 + strings.Count(string(runes[:f.Start]), "\n"); line != f.Line {
					t.Errorf("%s: %s line %d, want %d", p, f.Rule, f.Line, line)
				}
			}
		}
	}
}

// TestDevCorpusRecallAndNoise keeps the measured quality from sliding: the
// brief's floor is 85% recall and at most 0.5 fair-competition findings per
// 1,000 characters of texts that prohibit the practices.
func TestDevCorpusRecallAndNoise(t *testing.T) {
	dir := readDev(t)
	for _, name := range []string{"fc-cases.jsonl", "legality-cases.jsonl"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		hits, n := map[string]int{}, map[string]int{}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var c struct{ ID, Clause, Category string }
			if json.Unmarshal(sc.Bytes(), &c) != nil || c.Clause == "" {
				continue
			}
			n[c.Category]++
			for _, fd := range Check(c.Clause + "\n") {
				if string(fd.Category) == c.Category {
					hits[c.Category]++
					break
				}
			}
		}
		f.Close()
		for cat, total := range n {
			if rate := float64(hits[cat]) / float64(total); total >= 5 && rate < 0.85 {
				t.Errorf("%s: recall %s %d/%d = %.1f%%, want ≥ 85%%", name, cat, hits[cat], total, 100*rate)
			}
		}
	}
	negs, _ := filepath.Glob(filepath.Join(dir, "negatives", "*"))
	for _, p := range negs {
		b, _ := os.ReadFile(p)
		fc := 0
		for _, f := range Check(string(b)) {
			if f.Category == review.FairCompetition {
				fc++
				t.Logf("%s: %s %q", filepath.Base(p), f.Rule, f.Excerpt)
			}
		}
		if per := 1000 * float64(fc) / float64(utf8.RuneCount(b)); per > 0.5 {
			t.Errorf("%s: %.2f fair-competition findings per 1000 characters, want ≤ 0.5", filepath.Base(p), per)
		}
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"申请本市产业扶持资金的企业，须在本市注册并纳税满三年。",
		"第九条 不得含有下列内容：\n（一）限制外地商品；",
		"本办法自2024年1月1日起施行。\n2024年3月15日",
		"《》依照《", "\xe4\xb8", "一律不得",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		runes := []rune(text)
		for _, fd := range CheckDocument(text, DocInfo{FCRKnown: true}) {
			if fd.Start < 0 || fd.End < fd.Start || fd.End > n {
				t.Fatalf("%s: span %d–%d outside %d runes", fd.Rule, fd.Start, fd.End, n)
			}
			if string(runes[fd.Start:fd.End]) != string([]rune(fd.Excerpt)) {
				t.Fatalf("%s: excerpt %q differs from span", fd.Rule, fd.Excerpt)
			}
		}
	})
}
