// Package laws is the law library: statutes read from the public Markdown
// layout of the national collection (LawRefBook: a title line, date lines,
// <!-- INFO END -->, chapters as ## headings, one 第X条 per paragraph),
// articles addressed down to 款 and 项, the list of repealed and amended
// laws with a source for each entry, and the checks of the citations in a
// draft against the law in force on its date. It reads what it is handed
// and touches no disk; the embedded part of the library ships in the binary.
package laws

import (
	"strings"

	"beishen/review"
)

// Law is one version of a statute.
type Law struct {
	// Title is the full title (中华人民共和国行政处罚法); Name the short one
	// that keys the library (行政处罚法).
	Title string `json:"title"`
	Name  string `json:"name"`
	// Level is 法律, 行政法规, 部门规章… (from the collection's folders).
	Level string `json:"level,omitempty"`
	// Category is the folder the file sits in (行政法, 经济法, 公安部…).
	Category string `json:"category,omitempty"`
	// Version is the date of this version (the file name's date, else the
	// last date of the header); Effective the date it took effect, if stated.
	Version   review.Date `json:"version"`
	Effective review.Date `json:"effective,omitempty"`
	// History is the header: adoption, amendments, entry into force.
	History  []string  `json:"history,omitempty"`
	Chapters []string  `json:"chapters,omitempty"`
	Articles []Article `json:"articles,omitempty"`
	// Source is the file (or files) the version was read from, relative to
	// the imported folder.
	Source string `json:"source,omitempty"`
}

// Article is one 条: its number, the chapter it sits in and its paragraphs.
// The first paragraph starts after the label.
type Article struct {
	Num     int      `json:"num"`
	Sub     int      `json:"sub,omitempty"` // 第N条之一 → 1
	Label   string   `json:"label"`
	Chapter int      `json:"chapter"` // index into Law.Chapters, -1 for none
	Paras   []string `json:"paras"`
}

// Text is the article as printed: its label and its paragraphs.
func (a Article) Text() string {
	return a.Label + "　" + strings.Join(a.Paras, "\n")
}

// Article returns the article numbered num (第num条, not 之一).
func (l *Law) Article(num int) (Article, bool) {
	i := l.articleIndex(num)
	if i < 0 {
		return Article{}, false
	}
	return l.Articles[i], true
}

func (l *Law) articleIndex(num int) int {
	for i, a := range l.Articles {
		if a.Num == num && a.Sub == 0 {
			return i
		}
	}
	return -1
}

// LastArticle is the highest article number of the version.
func (l *Law) LastArticle() int {
	n := 0
	for _, a := range l.Articles {
		n = max(n, a.Num)
	}
	return n
}

// ShortName strips book-title marks and the 中华人民共和国 prefix.
func ShortName(title string) string {
	t := strings.TrimSpace(title)
	t = strings.TrimPrefix(t, "《")
	t = strings.TrimSuffix(t, "》")
	return strings.TrimPrefix(t, "中华人民共和国")
}
