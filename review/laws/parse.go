package laws

import (
	"cmp"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"beishen/review"
	"beishen/review/cnum"
)

var (
	articleRe  = regexp.MustCompile(`^第([零〇一二三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?[\s\x{3000}]*`)
	headDateRe = regexp.MustCompile(`(\d{4})年(\d{1,2})月(\d{1,2})日`)
	fileDateRe = regexp.MustCompile(`[（(](\d{4}-\d{2}-\d{2})[)）]$`)
	htmlNoteRe = regexp.MustCompile(`<!--.*?-->`)
)

// Skip says whether a Markdown file of the collection is not a law: the
// folder indexes and the layout's template.
func Skip(rel string) bool {
	base := path.Base(rel)
	return !strings.HasSuffix(base, ".md") || base == "_index.md" || strings.Contains(base, "模版") || strings.Contains(base, "模板")
}

// LevelOf names the level of a file of the collection from its path:
// bulk/行政法规/… is 行政法规, laws/宪法/… is 宪法, anything else 法律
// unless a folder says otherwise.
func LevelOf(rel string) string {
	for _, l := range []string{"行政法规", "部门规章", "司法解释", "地方性法规", "宪法"} {
		if strings.Contains(rel, l+"/") {
			return l
		}
	}
	return "法律"
}

// Parse reads one Markdown file of the collection; rel is its path inside
// the imported folder (it gives the category, the level and, in the file
// name, the version's date).
func Parse(rel string, content []byte) (Law, error) {
	text := strings.ReplaceAll(string(content), "\r\n", "\n")
	l := Law{Source: rel, Level: LevelOf(rel), Category: path.Base(path.Dir(rel))}
	if l.Category == "." {
		l.Category = ""
	}
	head, body, found := strings.Cut(text, "<!-- INFO END -->")
	if !found {
		head, body = "", text
	}
	var subtitle string
	for _, line := range strings.Split(head, "\n") {
		line = strings.TrimSpace(htmlNoteRe.ReplaceAllString(line, ""))
		switch {
		case line == "" || line == "---" || strings.HasPrefix(line, "bookHidden") || strings.HasPrefix(line, "bookCollapse"):
		case strings.HasPrefix(line, "# "):
			t := strings.TrimSpace(line[2:])
			if l.Title == "" {
				l.Title = t
			} else {
				subtitle = t
			}
		default:
			l.History = append(l.History, line)
			m := headDateRe.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			d, ok := date(m[1], m[2], m[3])
			if !ok {
				continue
			}
			if strings.Contains(line, "施行") {
				l.Effective = d
			} else if d.After(l.Version) {
				l.Version = d
			}
		}
	}
	name := strings.TrimSuffix(path.Base(rel), ".md")
	if m := fileDateRe.FindStringSubmatch(name); m != nil {
		if d, err := review.ParseDate(m[1]); err == nil {
			l.Version = d
		}
		name = strings.TrimSpace(name[:len(name)-len(m[0])])
	}
	if l.Version.IsZero() {
		l.Version = l.Effective
	}
	if l.Title == "" {
		l.Title = name
	}
	l.Name = ShortName(l.Title)
	if subtitle != "" {
		l.Chapters = append(l.Chapters, subtitle)
	}
	cur := -1 // index of the article being read
	for _, para := range strings.Split(body, "\n") {
		para = strings.TrimSpace(htmlNoteRe.ReplaceAllString(para, ""))
		if para == "" {
			continue
		}
		if strings.HasPrefix(para, "#") {
			l.Chapters = append(l.Chapters, strings.Join(strings.Fields(strings.TrimLeft(para, "# ")), " "))
			cur = -1
			continue
		}
		if m := articleRe.FindStringSubmatchIndex(para); m != nil {
			num, _ := cnum.Int(para[m[2]:m[3]])
			sub := 0
			if m[4] >= 0 {
				sub, _ = cnum.Int(para[m[4]:m[5]])
			}
			label := strings.TrimSpace(para[:m[1]])
			rest := strings.TrimSpace(para[m[1]:])
			l.Articles = append(l.Articles, Article{Num: num, Sub: sub, Label: label, Chapter: len(l.Chapters) - 1, Paras: []string{rest}})
			cur = len(l.Articles) - 1
			continue
		}
		if cur >= 0 {
			l.Articles[cur].Paras = append(l.Articles[cur].Paras, para)
		}
	}
	if l.Title == "" {
		return l, fmt.Errorf("%s: 没有标题", rel)
	}
	return l, nil
}

func date(y, m, d string) (review.Date, bool) {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	t, err := review.ParseDate(fmt.Sprintf("%04d-%02d-%02d", yi, mi, di))
	return t, err == nil
}

// Merge joins the parts of a law split over several files (民法典's books)
// into one version per title and date; other laws pass through. The result
// is ordered by name, then version.
func Merge(parts []Law) []Law {
	type key struct {
		title string
		ver   review.Date
	}
	byKey := map[key][]Law{}
	var order []key
	for _, p := range parts {
		k := key{p.Title, p.Version}
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], p)
	}
	out := make([]Law, 0, len(order))
	for _, k := range order {
		ps := byKey[k]
		if len(ps) == 1 {
			out = append(out, ps[0])
			continue
		}
		slices.SortFunc(ps, func(a, b Law) int { return cmp.Compare(firstNum(a), firstNum(b)) })
		m := ps[0]
		m.Chapters, m.Articles = nil, nil
		var sources []string
		for _, p := range ps {
			off := len(m.Chapters)
			m.Chapters = append(m.Chapters, p.Chapters...)
			for _, a := range p.Articles {
				if a.Chapter >= 0 {
					a.Chapter += off
				}
				m.Articles = append(m.Articles, a)
			}
			sources = append(sources, p.Source)
			if m.Effective.IsZero() {
				m.Effective = p.Effective
			}
		}
		m.Source = strings.Join(sources, ";")
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b Law) int {
		if c := cmp.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return a.Version.Compare(b.Version)
	})
	return out
}

func firstNum(l Law) int {
	if len(l.Articles) == 0 {
		return 1 << 30
	}
	return l.Articles[0].Num
}
