package rules

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"beishen/review/rules/places"
)

// docLevel is where a document stands among the norms of 《立法法》: it
// decides which of the measures the legality rules look for the document
// may set itself.
type docLevel int

const (
	// levelNormative: a normative document, which may set none of them
	// (《行政处罚法》第十六条, 《行政许可法》第十七条, 《行政强制法》第十条).
	levelNormative docLevel = iota
	// levelStatute: a local regulation or a rule (地方性法规, 规章), which may
	// set some of them within its powers; a finding is only a prompt.
	levelStatute
	// levelNational: a law or an administrative regulation (法律, 行政法规),
	// which may set penalties, licences, coercion, fees and proofs; a
	// finding of the 设定权 rules there is noise.
	levelNational
)

var (
	// A line under a statute's title that says who adopted or issued it:
	// "2000年3月20日 中华人民共和国国务院令第285号发布", "（2017年12月1日河南省
	// 第十二届人民代表大会常务委员会第三十二次会议通过）".
	headerLineRe = regexp.MustCompile(`^[（(]?\s*(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日[^，。；,;]*(?:公布|发布|通过|批准|修订|修正|施行|令)`)
	// The makers of laws and administrative regulations, as a header names
	// them.
	nationalMakerRe = regexp.MustCompile(`国务院|全国人民代表大会|主席令|中央军事委员会`)
	// Local congresses and the orders by which rules are issued (部令,
	// 省人民政府令第N号, 交通部令2005年第7号).
	statuteMakerRe = regexp.MustCompile(`人民代表大会|令(?:[0-9０-９]{4}年)?第\s*[0-9０-９一二三四五六七八九十百]+\s*号`)
	// The State Council's own 规定, 办法, 决定 and 命令 are administrative
	// regulations (its Office's notices are not).
	// What the state's own instruments are called (中华人民共和国…条例、规定、
	// 办法、细则).
	nationalTitleRe    = regexp.MustCompile(`(?:法|条例|规定|办法|细则|规则|决定)$`)
	stateCouncilRuleRe = regexp.MustCompile(`^国务院(?:、中央军(?:事)?委(?:员会)?)?关于.+(?:规定|办法|决定|命令)$`)
)

// documentLevel reads a document's level from its title and the dated
// lines under the title (not from an issuer found elsewhere: 国务院办公厅's
// notices are normative documents). The dated header names the maker;
// without one the title's form decides: a law (…法), the State Council's
// own 规定, or a 条例 that names no place (a local regulation always names
// its own, 《立法法》 reserving 条例 for 行政法规 and 地方性法规).
func documentLevel(text, title string) docLevel {
	level := levelNormative
	mark := func(s string) {
		switch {
		case nationalMakerRe.MatchString(s):
			level = levelNational
		case level == levelNormative && statuteMakerRe.MatchString(s):
			level = levelStatute
		}
	}
	for _, line := range headerLines(text) {
		mark(line)
	}
	if level != levelNormative {
		return level
	}
	title = strings.TrimSpace(strings.TrimLeft(title, "#* "))
	// A title is short and has no sentence in it: a one-line clause that
	// ends with a citation (…《行政许可法》) is not the title of a law.
	if title == "" || utf8.RuneCountInString(title) > 60 || strings.ContainsAny(title, "，。；：,;:") {
		return levelNormative
	}
	national := strings.TrimPrefix(title, "中华人民共和国")
	if stateCouncilRuleRe.MatchString(national) || national != title && nationalTitleRe.MatchString(national) {
		return levelNational
	}
	if !statuteTitle(title) {
		return levelNormative
	}
	if strings.HasSuffix(strings.TrimRight(title, "》 "), "法") || !startsWithPlace(title) {
		return levelNational
	}
	return levelStatute
}

// startsWithPlace reports whether a title begins with the name of a
// division (河南省, 周口市, 延边朝鲜族自治州) or a placeholder for one (某省,
// XX市, as drafts and examples write them).
func startsWithPlace(title string) bool {
	if p, ok := places.At(title, 0); ok && p.Level != places.Relative && utf8.RuneCountInString(p.Name) >= 2 {
		return true
	}
	return placeholderPlaceRe.MatchString(title)
}

var placeholderPlaceRe = regexp.MustCompile(`^(?:某|[XxＸ×*＊]{1,3})(?:省|自治区|市|自治州|州|县|自治县|区|盟|旗)`)

// headerLines returns the dated lines between a document's title and its
// body (at most the first twelve lines): a statute's record of adoption,
// publication and revision.
func headerLines(text string) []string {
	var out []string
	for n := 0; n < 12 && text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "第一条") || strings.HasPrefix(line, "第一章") || strings.HasPrefix(line, "## ") || strings.HasPrefix(line, "<!--") {
			break
		}
		if utf8.RuneCountInString(line) <= 120 && headerLineRe.MatchString(line) {
			out = append(out, line)
		}
	}
	return out
}

// amendedInHeader reports whether a text's dated header records an
// amendment (修订, 修正, 修改): its latest date is then the amendment's, and
// the 施行 clause still gives the original text's date.
func amendedInHeader(text string) bool {
	for _, line := range headerLines(text) {
		if strings.Contains(line, "修订") || strings.Contains(line, "修正") || strings.Contains(line, "修改") {
			return true
		}
	}
	return false
}
