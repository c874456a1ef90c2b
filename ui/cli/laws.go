package cli

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/laws"
	"beishen/storage"
)

// UseLibrary makes the store's imported library (over the embedded one)
// and its lists of changes the library the citation checks consult.
func UseLibrary(st *storage.Store) {
	mined, office, _ := st.LawChanges()
	laws.SetDefault(&laws.Checker{
		Src:     laws.Stack{st.Laws(), laws.Embedded()},
		Changes: laws.NewChanges(mined, laws.EmbeddedChanges(), office),
	})
}

// ReadLawDir reads a folder in the corpus layout: every law file, merged.
func ReadLawDir(dir string) ([]laws.Law, error) {
	var parts []laws.Law
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if laws.Skip(rel) {
			return nil
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		l, err := laws.Parse(filepath.ToSlash(filepath.Join(filepath.Base(dir), rel)), raw)
		if err != nil {
			return err
		}
		parts = append(parts, l)
		return nil
	})
	return laws.Merge(parts), err
}

// ImportLaws imports a folder of laws into the library and prints what
// changed; a changes.json in the folder adds to the office's list of
// repealed and amended laws.
func (e *Env) ImportLaws(dir, collection string) error {
	start := time.Now()
	ls, err := ReadLawDir(dir)
	if err != nil {
		return e.Fail(err)
	}
	if len(ls) == 0 {
		return e.Fail(review.Text{ZH: dir + " 中没有法律法规文件（.md）", EN: "no law files (.md) in " + dir})
	}
	if collection == "" {
		collection = filepath.Base(filepath.Clean(dir))
	}
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	before := fileSize(st.Path())
	abs, _ := filepath.Abs(dir)
	res, err := st.ImportLaws(collection, abs, ls)
	if err != nil {
		return e.Fail(err)
	}
	if file := filepath.Join(dir, "changes.json"); fileSize(file) > 0 {
		if err := e.addLawChanges(st, file); err != nil {
			return e.Fail(err)
		}
	}
	d := res.Diff
	fmt.Fprintf(e.Stdout, e.T("法规库「%s」：%d 部法律法规（%d 个版本），新增 %d，变更 %d，不再收录 %d，新见废止 %d；用时 %.1f 秒，数据库 %s → %s\n",
		"library %q: %d laws (%d versions), %d added, %d changed, %d gone, %d newly repealed; %.1f s, database %s → %s\n"),
		collection, d.Laws, d.Versions, len(d.Added), len(d.Changed), len(d.Gone), len(d.Repealed),
		time.Since(start).Seconds(), humanSize(before), humanSize(fileSize(st.Path())))
	for _, l := range []struct {
		zh, en string
		names  []string
	}{{"变更", "changed", d.Changed}, {"不再收录", "gone", d.Gone}} {
		if len(l.names) > 0 {
			fmt.Fprintf(e.Stdout, "  %s: %s\n", e.T(l.zh, l.en), strings.Join(l.names, "、"))
		}
	}
	return nil
}

// addLawChanges adds the entries of an office's changes file to the list.
func (e *Env) addLawChanges(st *storage.Store, file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	cs, err := laws.ParseChanges(raw)
	if err != nil {
		return err
	}
	if err := st.AddLawChanges(cs); err != nil {
		return err
	}
	fmt.Fprintf(e.Stdout, e.T("废止修改清单：加入 %d 条\n", "changes list: %d entries added\n"), len(cs))
	return nil
}

func fileSize(p string) int64 {
	fi, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return fi.Size()
}

func humanSize(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// withLibrary runs fn with the database's imported library as the one the
// citation checks read, when the database exists and can be opened to read
// (the embedded library otherwise): `check` stores nothing but should know
// the laws the office imported.
func (e *Env) withLibrary(fn func() error) error {
	path, err := e.DBPath()
	if err != nil {
		return fn()
	}
	if _, err := os.Stat(path); err != nil {
		return fn()
	}
	st, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		return fn()
	}
	defer st.Close()
	UseLibrary(st)
	defer laws.SetDefault(nil)
	return fn()
}

// library opens the library to read: the store's over the embedded one
// when the database exists, else the embedded one alone.
func (e *Env) library() (laws.Source, func(), error) {
	path, err := e.DBPath()
	if err != nil {
		return nil, nil, err
	}
	if _, err := os.Stat(path); err != nil {
		return laws.Embedded(), func() {}, nil
	}
	st, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		return nil, nil, err
	}
	return laws.Stack{st.Laws(), laws.Embedded()}, func() { st.Close() }, nil
}

// ShowLaw prints an article of a law (or the law's table of contents)
// in the version in force on day (zero: the latest).
func (e *Env) ShowLaw(name, article string, day review.Date) error {
	src, done, err := e.library()
	if err != nil {
		return e.Fail(err)
	}
	defer done()
	law, ok := laws.Current(src, laws.Resolve(name), day)
	if !ok {
		if t, known := src.Title(laws.Resolve(name)); known {
			return e.Fail(review.Text{ZH: "法规库只有《" + t.Title + "》的名称，没有正文；请用 beishen laws import 导入法规合集",
				EN: "the library knows 《" + t.Title + "》 by name only; import the collection with beishen laws import"})
		}
		var like []string
		for _, t := range src.Titles() {
			if strings.Contains(t.Title, laws.Resolve(name)) && len(like) < 5 {
				like = append(like, "《"+t.Title+"》")
			}
		}
		if len(like) > 0 {
			return e.Fail(review.Text{ZH: "法规库中没有《" + name + "》；名称相近的有：" + strings.Join(like, "、"),
				EN: "no law named 《" + name + "》 in the library; similar: " + strings.Join(like, ", ")})
		}
		return e.Fail(review.Text{ZH: "法规库中没有《" + name + "》", EN: "no law named 《" + name + "》 in the library"})
	}
	fmt.Fprintf(e.Stdout, "《%s》（%s）\n", law.Title, law.Version.ChineseString())
	if article == "" {
		for _, h := range law.History {
			fmt.Fprintln(e.Stdout, "  "+h)
		}
		for _, c := range law.Chapters {
			fmt.Fprintln(e.Stdout, c)
		}
		fmt.Fprintf(e.Stdout, e.T("共 %d 条\n", "%d articles\n"), len(law.Articles))
		return nil
	}
	r, ok := laws.ParseUserRef(article)
	if !ok {
		return e.Fail(review.Text{ZH: "条文应写作 第九条、第九条第（二）项 或 9：" + article, EN: "write the article as 第九条, 第九条第（二）项 or 9: " + article})
	}
	art, words, ok := law.Find(r)
	if !ok {
		return e.Fail(review.Text{ZH: fmt.Sprintf("《%s》没有%s（共 %d 条）", law.Title, r, law.LastArticle()),
			EN: fmt.Sprintf("《%s》 has no %s (%d articles)", law.Title, r, law.LastArticle())})
	}
	if art.Chapter >= 0 && art.Chapter < len(law.Chapters) {
		fmt.Fprintln(e.Stdout, law.Chapters[art.Chapter])
	}
	if r.Para > 0 || r.Item > 0 {
		fmt.Fprintln(e.Stdout, r.String())
	}
	fmt.Fprintln(e.Stdout, words)
	return nil
}

// SearchLaws prints the articles whose text has every term of q.
func (e *Env) SearchLaws(q string, limit int) error {
	src, done, err := e.library()
	if err != nil {
		return e.Fail(err)
	}
	defer done()
	sr, ok := src.(laws.Searcher)
	if !ok {
		return nil
	}
	start := time.Now()
	hits := sr.Search(q, limit)
	for _, h := range hits {
		fmt.Fprintf(e.Stdout, "《%s》%s　%s\n", h.Name, h.Article.Label, clipRunes(strings.Join(h.Article.Paras, ""), 60))
	}
	fmt.Fprintf(e.Stderr, e.T("%d 条，用时 %s\n", "%d articles, %s\n"), len(hits), time.Since(start).Round(time.Microsecond))
	return nil
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// LawChanges prints the list of repealed and amended laws: the embedded
// one, the office's and the repeal clauses of the imported laws.
func (e *Env) LawChanges() error {
	var mined, office []laws.Change
	if path, err := e.DBPath(); err == nil {
		if _, err := os.Stat(path); err == nil {
			st, err := storage.Open(path, storage.Options{ReadOnly: true})
			if err != nil {
				return e.Fail(err)
			}
			mined, office, _ = st.LawChanges()
			st.Close()
		}
	}
	for _, c := range laws.NewChanges(mined, laws.EmbeddedChanges(), office).All() {
		fmt.Fprintf(e.Stdout, "《%s》\t%s\t%s\t%s\t%s\n", c.Law, c.Kind.Label().In(e.Lang), c.Date, c.Basis, c.Source)
	}
	return nil
}

// LawsCmd is `beishen laws`: import, show, search and the changes list.
func LawsCmd(e *Env) *cobra.Command {
	root := &cobra.Command{Use: "laws", Short: e.T("法规库：导入法规合集、查看条文、全文检索、废止修改清单",
		"Law library: import the collection, show an article, search article text, the list of repealed and amended laws")}
	var collection string
	imp := &cobra.Command{
		Use:   "import DIR",
		Short: e.T("导入或更新一个法规合集文件夹（LawRefBook 的 Markdown 格式），记入审查日志", "Import or update a folder of laws in the LawRefBook Markdown layout; logged"),
		Args:  e.exactArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return e.ImportLaws(args[0], collection) },
	}
	imp.Flags().StringVar(&collection, "collection", "", e.T("合集名称（默认为文件夹名）；同一合集再次导入时，未再出现的法规记为不再收录",
		"collection name (default: the folder's name); on re-import, laws of the collection no longer present are marked gone"))
	var date string
	show := &cobra.Command{
		Use:   e.T("show NAME [ARTICLE]", "show NAME [ARTICLE]"),
		Short: e.T("显示条文，如 laws show 公平竞争审查条例 第九条第（二）项", "Print an article, e.g. laws show NAME 9 (article 9 of the law named 公平竞争审查条例; 9.2 is its paragraph 2; references such as 第九条第（二）项 work too)"),
		Args:  cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var day review.Date
			if date != "" {
				d, err := review.ParseDate(date)
				if err != nil {
					return e.Fail(err)
				}
				day = d
			}
			art := ""
			if len(args) > 1 {
				art = args[1]
			}
			return e.ShowLaw(args[0], art, day)
		},
	}
	show.Flags().StringVar(&date, "date", "", e.T("显示该日有效的版本（YYYY-MM-DD）", "show the version in force on this date (YYYY-MM-DD)"))
	var limit int
	search := &cobra.Command{
		Use:   "search TERMS…",
		Short: e.T("检索现行条文全文（多个词须同时出现）", "Search the text of the articles in force (all terms must appear)"),
		Args:  cobra.MinimumNArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return e.SearchLaws(strings.Join(args, " "), limit) },
	}
	search.Flags().IntVar(&limit, "limit", 50, e.T("最多显示条数", "at most this many articles"))
	var add string
	changes := &cobra.Command{
		Use:   "changes [--add FILE.json]",
		Short: e.T("废止修改清单（每条注明来源）；--add 加入本单位的条目", "The list of repealed and amended laws, each with its source; --add adds the office's entries"),
		Args:  e.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if add != "" {
				st, err := e.Open()
				if err != nil {
					return e.Fail(err)
				}
				err = e.addLawChanges(st, add)
				st.Close()
				if err != nil {
					return e.Fail(err)
				}
			}
			return e.LawChanges()
		},
	}
	changes.Flags().StringVar(&add, "add", "", e.T("本单位的废止修改清单（JSON，格式同内置清单）", "the office's list (JSON, in the embedded list's form)"))
	root.AddCommand(imp, show, search, changes)
	return root
}
