package laws

import (
	"fmt"
	"regexp"
	"strings"

	"beishen/review"
)

// Quote is what a basis string points at, for a reader: the law's title
// and version, the chapter, and the words of the article (or 款, 项).
type Quote struct {
	Cite    string      `json:"cite"` // 《中华人民共和国行政处罚法》第十六条
	Title   string      `json:"title,omitempty"`
	Version review.Date `json:"version,omitempty"`
	Chapter string      `json:"chapter,omitempty"`
	// Label is the article's (第十六条); Words the words cited, without it.
	Label string `json:"label,omitempty"`
	Words string `json:"words,omitempty"`
	// Missing says why there are no words: the law is not in the library,
	// known by name only, or has no such article.
	Missing review.Label `json:"missing,omitempty"`
}

// Found says whether the quote has words.
func (q Quote) Found() bool { return q.Words != "" }

var chapterRe = regexp.MustCompile(`^第[零〇一二三四五六七八九十百]+[章编节]`)

// QuoteBasis resolves every citation in a basis string against src, in the
// version in force on day (zero: the latest): 《立法法》第十一条第（五）项,
// 《公平竞争审查条例》第十七条、第十八条, 《宪法》第二章.
func QuoteBasis(src Source, basis string, day review.Date) []Quote {
	var out []Quote
	runes := []rune(basis)
	for _, c := range Cite(basis) {
		name := "《" + c.Written + "》"
		law, ok := Current(src, c.Name, day)
		if !ok {
			q := Quote{Cite: name, Missing: review.Label{ZH: "法规库中没有该法规的正文", EN: "the library has no text of this law"}}
			if t, known := src.Title(c.Name); known {
				q.Title = t.Title
				if t.Expired {
					q.Missing = review.Label{ZH: "该法规已失效", EN: "this law is no longer in force"}
				}
			}
			out = append(out, q)
			continue
		}
		base := Quote{Title: law.Title, Version: law.Version}
		if len(c.Refs) == 0 {
			q := base
			q.Cite = name
			after := string(runes[c.End:])
			if ch := chapterRe.FindString(after); ch != "" {
				q.Cite += ch
				q.Chapter, q.Words = chapterWords(law, ch)
			}
			if q.Words == "" {
				q.Words = strings.Join(law.History, "\n")
				q.Missing = review.Label{ZH: "未指明条文；以下为制定和修改经过", EN: "no article named; its adoption and amendments follow"}
			}
			out = append(out, q)
			continue
		}
		for _, r := range c.Refs {
			q := base
			q.Cite = name + r.String()
			art, words, ok := law.Find(r)
			switch {
			case ok:
				q.Label, q.Words = r.String(), words
				if r.Para == 0 && r.Item == 0 {
					q.Words = strings.Join(art.Paras, "\n")
				}
				if art.Chapter >= 0 && art.Chapter < len(law.Chapters) {
					q.Chapter = law.Chapters[art.Chapter]
				}
			case art.Label != "":
				q.Missing = review.Label{ZH: fmt.Sprintf("%s没有%s", art.Label, r), EN: fmt.Sprintf("%s has no %s", art.Label, r)}
				q.Label, q.Words = art.Label, strings.Join(art.Paras, "\n")
			default:
				q.Missing = review.Label{ZH: fmt.Sprintf("现行文本没有%s（共%d条）", Ref{Article: r.Article, Sub: r.Sub}, law.LastArticle()),
					EN: fmt.Sprintf("the text in force has no %s (%d articles)", Ref{Article: r.Article, Sub: r.Sub}, law.LastArticle())}
			}
			out = append(out, q)
		}
	}
	return out
}

// chapterWords are the articles of the chapter whose heading starts with ch.
func chapterWords(law *Law, ch string) (string, string) {
	for i, h := range law.Chapters {
		if !strings.HasPrefix(h, ch) {
			continue
		}
		var b []string
		for _, a := range law.Articles {
			if a.Chapter == i {
				b = append(b, a.Text())
			}
		}
		return h, strings.Join(b, "\n")
	}
	return "", ""
}

// Cited is one line for an opinion letter: the citation, then its words in
// quotation marks when quote is true and the library has them.
func Cited(q Quote, quote bool) string {
	if !quote || !q.Found() || q.Missing.ZH != "" {
		return q.Cite
	}
	return q.Cite + "：“" + strings.ReplaceAll(q.Words, "\n", "") + "”"
}
