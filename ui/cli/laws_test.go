package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"beishen/review"
	"beishen/review/laws"
	"beishen/storage"
)

func lawFile(t *testing.T, dir, rel, body string) {
	t.Helper()
	p := filepath.Join(dir, rel)
	os.MkdirAll(filepath.Dir(p), 0o700)
	write(t, p, []byte(body))
}

const lawA = "# 中华人民共和国甲法\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了甲，制定本法。\n\n第二条 下列事项适用本法：\n\n（一）甲事项；\n\n（二）乙事项。\n\n前款规定以外的事项，不适用本法。\n"

// Import, re-import with one law changed and one gone, and read back: the
// log names what changed; show prints down to the 项.
func TestLawsImportUpdateAndShow(t *testing.T) {
	e := newEnv(t)
	dir := filepath.Join(t.TempDir(), "laws")
	lawFile(t, dir, "行政法/甲法(2020-01-01).md", lawA)
	lawFile(t, dir, "行政法/乙条例(2019-05-01).md", "# 乙条例\n\n<!-- INFO END -->\n\n第一条 乙。\n")
	lawFile(t, dir, "_index.md", "---\n")
	if err := e.ImportLaws(dir, ""); err != nil {
		t.Fatal(e.errOut.String())
	}
	if !strings.Contains(e.out.String(), "2 部法律法规（2 个版本），新增 2，变更 0，不再收录 0") {
		t.Errorf("first import: %s", e.out.String())
	}
	e.reset()
	if err := e.ShowLaw("《中华人民共和国甲法》", "第二条第（二）项", review.Date{}); err != nil {
		t.Fatal(e.errOut.String())
	}
	if !strings.Contains(e.out.String(), "（二）乙事项。") || strings.Contains(e.out.String(), "甲事项") {
		t.Errorf("show 第二条第（二）项: %s", e.out.String())
	}
	e.reset()
	e.ShowLaw("甲法", "2.2", review.Date{})
	if !strings.Contains(e.out.String(), "前款规定以外的事项") {
		t.Errorf("show 2.2: %s", e.out.String())
	}

	// A newer copy: 甲法 gets a second version, 乙条例 disappears, 丙法 arrives.
	e.reset()
	lawFile(t, dir, "行政法/甲法(2024-01-01).md", strings.Replace(lawA, "2020年1月1日 通过", "2024年1月1日 修正", 1))
	os.Remove(filepath.Join(dir, "行政法/乙条例(2019-05-01).md"))
	lawFile(t, dir, "行政法/丙法(2023-01-01).md", "# 丙法\n\n<!-- INFO END -->\n\n第一条 丙。\n")
	// The office's own entry: 丙法 replaced a 丁暂行条例 the collection never had.
	write(t, filepath.Join(dir, "changes.json"), []byte(`[{"law":"丁暂行条例","kind":"repealed","date":"2023-01-01","by":"丙法","basis":"《丙法》第一条","source":"本单位整理"}]`))
	if err := e.ImportLaws(dir, ""); err != nil {
		t.Fatal(e.errOut.String())
	}
	if !strings.Contains(e.out.String(), "新增 1，变更 1，不再收录 1") {
		t.Errorf("second import: %s", e.out.String())
	}
	st, err := e.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	evs, _ := st.AllEvents()
	last := evs[len(evs)-1]
	p, err := last.Decode()
	if err != nil || last.Type != review.EvLawsImported {
		t.Fatalf("last event %s: %v", last.Type, err)
	}
	d := p.(*review.LawsImported)
	if strings.Join(d.Added, ",") != "丙法" || strings.Join(d.Changed, ",") != "甲法" || strings.Join(d.Gone, ",") != "乙条例" {
		t.Errorf("event: %+v", d)
	}
	if rep, err := st.Verify(); err != nil || !rep.OK() {
		t.Errorf("verify after the import: %+v %v", rep, err)
	}
	// The gone law's text stays readable; the check uses the store's library.
	if _, ok := laws.Current(st.Laws(), "乙条例", review.Date{}); !ok {
		t.Error("乙条例's text is gone")
	}
	if fs := laws.Check("根据《中华人民共和国甲法》第三条制定。", review.Date{}); len(fs) != 1 || !strings.Contains(fs[0].Reason, "没有第三条（共2条）") {
		t.Errorf("check against the imported library: %+v", fs)
	}
	if fs := laws.Check("根据《丁暂行条例》制定。", review.MustDate("2024-01-01")); len(fs) != 1 || fs[0].Rule != laws.RuleRepealed || fs[0].Basis[0] != "《丙法》第一条" {
		t.Errorf("the office's entry: %+v", fs)
	}
}

// BenchmarkLawLibrary imports the whole national collection (laws/ plus
// bulk/行政法规 and bulk/部门规章) once and measures opening an article and
// searching all article text. Run:
//
//	go test ./ui/cli -run XXX -bench LawLibrary -benchtime 200x
func BenchmarkLawLibrary(b *testing.B) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(corpus, "laws")); err != nil {
		b.Skip("corpus not available")
	}
	path := filepath.Join(b.TempDir(), "laws.db")
	st, err := storage.Open(path, storage.Options{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	versions := 0
	for _, sub := range []string{"laws", "bulk/行政法规", "bulk/部门规章"} {
		ls, err := ReadLawDir(filepath.Join(corpus, sub))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.ImportLaws(filepath.Base(sub), sub, ls); err != nil {
			b.Fatal(err)
		}
		versions += len(ls)
	}
	fi, _ := os.Stat(path)
	b.Logf("import: %d versions in %s, database %.1f MB", versions, time.Since(start).Round(time.Millisecond), float64(fi.Size())/(1<<20))
	src := st.Laws()
	ref, _, _ := laws.ParseRef("第一千二百六十条")
	b.Run("open-article", func(b *testing.B) {
		for b.Loop() {
			l, ok := laws.Current(src, "民法典", review.Date{})
			if !ok {
				b.Fatal("民法典 missing")
			}
			if _, _, ok := l.Find(ref); !ok {
				b.Fatal("第一千二百六十条 missing")
			}
		}
	})
	// Cold: a different law each time (the store keeps the last 32).
	var names []string
	for _, t := range src.Titles() {
		names = append(names, t.Name)
	}
	b.Run("open-article-cold", func(b *testing.B) {
		i := 0
		for b.Loop() {
			l, ok := laws.Current(src, names[i%len(names)], review.Date{})
			if !ok {
				b.Fatalf("%s has no text", names[i%len(names)])
			}
			l.Article(1) // some (决定, 办法 without 条) have none
			i++
		}
	})
	b.Run("open-article-small-law", func(b *testing.B) {
		for b.Loop() {
			l, _ := laws.Current(src, "公平竞争审查条例", review.Date{})
			if _, _, ok := l.Find(laws.Ref{Article: 9, Item: 2}); !ok {
				b.Fatal("第九条第（二）项 missing")
			}
		}
	})
	b.Run("search-all-text", func(b *testing.B) {
		sr := src.(laws.Searcher)
		n := 0
		for b.Loop() {
			n = len(sr.Search("加处罚款", 0))
		}
		b.Logf("%d articles", n)
	})
}

// A library import that drops a law opens a cleanup that proposes the
// in-force document citing it.
func TestLibraryUpdateOpensACleanup(t *testing.T) {
	e := newEnv(t)
	seedDemo(t, e)
	dir := filepath.Join(t.TempDir(), "行政法规")
	lawFile(t, dir, "社会救助暂行办法(2019-03-02).md", "# 社会救助暂行办法\n\n<!-- INFO END -->\n\n第一条 为了加强社会救助。\n")
	lawFile(t, dir, "乙条例(2019-05-01).md", "# 乙条例\n\n<!-- INFO END -->\n\n第一条 乙。\n")
	if err := e.ImportLaws(dir, ""); err != nil {
		t.Fatal(e.errOut.String())
	}
	os.Remove(filepath.Join(dir, "社会救助暂行办法(2019-03-02).md"))
	if err := e.ImportLaws(dir, ""); err != nil {
		t.Fatal(e.errOut.String())
	}
	e.reset()
	if err := e.OpenCampaign("法规库更新专项清理", "law", "法规库更新", ""); err != nil {
		t.Fatal(e.errOut.String())
	}
	if out := e.out.String(); !strings.Contains(out, "临江区养老服务补贴管理办法") || !strings.Contains(out, "社会救助暂行办法") {
		t.Errorf("the cleanup does not propose the document citing the dropped law:\n%s", out)
	}
}
