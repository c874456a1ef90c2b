package intake

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"beishen/review"
	"beishen/review/cnum"
)

// Meta is what the document says about itself: the fields a reviewer would
// otherwise type in by hand at filing. Any field may be empty.
type Meta struct {
	Title                  string      // 标题
	DocNumber              string      // 文号, normalised to 〔〕: 南政办规〔2023〕5号
	Issuer                 string      // 制定机关
	SignedDate             review.Date // 成文日期
	EffectiveDate          review.Date // 施行日期
	EffectiveOnPublication bool        // 自公布/印发之日起施行
	ValidityYears          int         // 有效期5年
	ValidityEnd            review.Date // 有效期至2027年3月31日
	Provisional            bool        // 暂行/试行 in the title
}

// Editable is what the text stated as the document's editable metadata,
// with FromText naming the fields the text gave and the issuer's type
// inferred from its name (the reviewer corrects it).
func (m Meta) Editable() review.Meta {
	meta := review.Meta{
		Title: m.Title, DocNumber: m.DocNumber, Issuer: m.Issuer,
		Signed: m.SignedDate, Effective: m.EffectiveDate,
		ValidityYears: m.ValidityYears, ValidityEnd: m.ValidityEnd, Provisional: m.Provisional,
		IssuerType: review.InferIssuerType(m.Issuer),
	}
	for _, f := range []struct {
		name string
		read bool
	}{
		{review.MetaTitle, m.Title != ""}, {review.MetaDocNumber, m.DocNumber != ""}, {review.MetaIssuer, m.Issuer != ""},
		{review.MetaSigned, !m.SignedDate.IsZero()}, {review.MetaEffective, !m.EffectiveDate.IsZero()},
		{review.MetaValidityYears, m.ValidityYears != 0}, {review.MetaValidityEnd, !m.ValidityEnd.IsZero()},
		{review.MetaProvisional, m.Provisional},
		{review.MetaIssuerType, meta.IssuerType != review.IssuerUnknown},
	} {
		if f.read {
			meta.FromText = append(meta.FromText, f.name)
		}
	}
	return meta
}

const (
	datePattern = `([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日`
	numPattern  = `([0-9０-９]{1,3}|[一二三四五六七八九十两]{1,3})`
	// The document speaking of itself: 本办法, 本规定, 本实施细则…
	selfPattern = `本[^\s，。；：、,;:（）()]{1,12}?`
)

var (
	// A line that is only a date: the date of a signature block.
	reDateLine = regexp.MustCompile(`^` + datePattern + `$`)
	// A header line of a regulation: "2019年3月1日 施行", "（2014年11月24日国务院令第656号公布）".
	reHeaderDate  = regexp.MustCompile(`^[（(]?\s*` + datePattern + `\s*(.*?)[）)]?$`)
	reDocNumber   = regexp.MustCompile(`([\p{Han}]{1,15}?)\s*[〔\[［(（]\s*((?:19|20|１９|２０)[0-9０-９]{2})\s*[〕\]］)）]\s*第?\s*([0-9０-９]{1,5})\s*号`)
	reOrderNo     = regexp.MustCompile(`([\p{Han}]{1,20}?令)\s*第\s*([0-9]{1,5})\s*号`)
	reEffective   = regexp.MustCompile(`(` + selfPattern + `)?自\s*(?:` + datePattern + `|(公布|发布|印发|颁布|下发|签发|公告)之日)\s*起?\s*(?:施行|实施|执行|生效)`)
	reValidYears  = regexp.MustCompile(`有效期\s*(?:为|限为|暂定为|暂定)?\s*` + numPattern + `\s*年`)
	reValidEnd    = regexp.MustCompile(`有效期[^。；\n]{0,30}?至\s*` + datePattern)
	reCongress    = regexp.MustCompile(`^(.*?)(?:第[0-9一二三四五六七八九十]+届)?(人民代表大会常务委员会|人民代表大会)第`)
	reTitleIssuer = regexp.MustCompile(`^(.+?)(?:关于|印发)`)
	// Lines above the title in an official document's header (版头).
	reHeaderLine = regexp.MustCompile(`^(?:签发人|公开方式|发文字号|文号|特急|加急|平急|特提|急件|机密|秘密|绝密|[0-9０-９]{4,}$)`)
)

// orgSuffixes end the name of an issuing body in a signature block.
var orgSuffixes = []string{
	"人民政府", "政府", "办公室", "办公厅", "委员会", "常委会", "管委会", "管理委员会",
	"局", "厅", "委", "部", "署", "院", "中心", "办", "所", "会", "处", "科", "队",
}

// docTypes end the title of a document.
var docTypes = []string{
	"通知", "办法", "规定", "意见", "决定", "细则", "方案", "条例", "公告", "通告",
	"规则", "措施", "批复", "函", "标准", "指引", "规划", "制度", "纲要", "实施意见", "若干措施", "暂行规定",
}

// ExtractMeta reads the metadata a document prints about itself.
func ExtractMeta(text string) Meta {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(strings.Trim(l, "\u3000\ufeff"))
	}
	var m Meta
	header := headerEnd(lines)
	m.Title = title(lines, header)
	m.Provisional = strings.Contains(m.Title, "暂行") || strings.Contains(m.Title, "试行")
	m.DocNumber = docNumber(lines, header)
	m.Issuer, m.SignedDate = signature(lines)
	regIssuer, regOrder, regDate, regEffective := regulationHeader(lines, header)
	if m.DocNumber == "" {
		m.DocNumber = regOrder
	}
	if m.SignedDate.IsZero() {
		m.SignedDate = regDate
	}
	if m.Issuer == "" {
		m.Issuer = regIssuer
	}
	if m.Issuer == "" {
		if g := reTitleIssuer.FindStringSubmatch(m.Title); g != nil && isOrgName(g[1]) {
			m.Issuer = g[1]
		}
	}
	effective(lines, &m)
	if m.EffectiveDate.IsZero() && !m.EffectiveOnPublication {
		m.EffectiveDate = regEffective
	}
	validity(text, &m)
	return m
}

// headerEnd is the index of the first line of the body proper: the first
// chapter or article, or a Markdown "INFO END" marker; at most 30 lines in.
func headerEnd(lines []string) int {
	for i, l := range lines {
		if i >= 30 {
			return i
		}
		l = strings.TrimLeft(l, "# ")
		if strings.HasPrefix(l, "<!-- INFO END") || strings.HasPrefix(l, "第一章") || strings.HasPrefix(l, "第一条") {
			return i
		}
	}
	return len(lines)
}

func title(lines []string, header int) string {
	for i := 0; i < header && i < len(lines); i++ {
		if h, ok := strings.CutPrefix(lines[i], "# "); ok {
			return strings.Trim(strings.TrimSpace(h), "*_ ")
		}
	}
	for i := 0; i < len(lines) && i < 15; i++ {
		l := lines[i]
		if l == "" || reHeaderLine.MatchString(l) || isDocNumberLine(l) || isRedHeader(l) {
			continue
		}
		if utf8.RuneCountInString(l) > 100 || strings.HasSuffix(l, "：") || strings.HasSuffix(l, "。") {
			return ""
		}
		// A long title often wraps: "…关于印发…的" / "通知".
		if !hasDocTypeSuffix(l) {
			for j := i + 1; j < len(lines) && j < i+3; j++ {
				next := lines[j]
				if next == "" {
					continue
				}
				if utf8.RuneCountInString(next) <= 30 && hasDocTypeSuffix(next) && !strings.ContainsAny(next, "，。：") {
					l += next
				}
				break
			}
		}
		return l
	}
	return ""
}

// isRedHeader spots the red masthead "××市人民政府办公室文件".
func isRedHeader(l string) bool {
	return strings.HasSuffix(l, "文件") && utf8.RuneCountInString(l) <= 25 && !strings.Contains(l, "关于")
}

func hasDocTypeSuffix(l string) bool {
	l = strings.TrimRight(l, "）)")
	l = strings.TrimSuffix(strings.TrimSuffix(l, "暂行"), "试行")
	for _, t := range docTypes {
		if strings.HasSuffix(l, t) || strings.HasSuffix(l, t+"（试行）") || strings.HasSuffix(l, t+"（暂行）") {
			return true
		}
	}
	return false
}

func isDocNumberLine(l string) bool {
	if len(l) > 90 || !strings.HasSuffix(l, "号") {
		return false
	}
	loc := reDocNumber.FindStringIndex(l)
	return loc != nil && loc[0] == 0 && loc[1] == len(l)
}

// docNumber is the document's own 文号: in the header above the title, or
// on a line of its own. Numbers cited inside sentences (《…》（浔政办发〔2020〕11号）)
// belong to other documents.
func docNumber(lines []string, header int) string {
	for i, l := range lines {
		if l == "" {
			continue
		}
		inHeader := i < min(header, 8)
		if !inHeader && !isDocNumberLine(l) {
			continue
		}
		if strings.ContainsAny(l, "《》") {
			continue
		}
		if g := reDocNumber.FindStringSubmatch(l); g != nil {
			year, _ := cnum.Arabic(g[2])
			n, _ := cnum.Arabic(g[3])
			return fmt.Sprintf("%s〔%d〕%d号", g[1], year, n)
		}
	}
	return ""
}

// signature finds the signature block (落款): the issuing bodies on the
// lines right above a line that is only a date. The first block wins: in a
// 印发 notice it is the notice's, before any attachment.
func signature(lines []string) (issuer string, date review.Date) {
	tail := max(0, len(lines)-20)
	for i, l := range lines {
		g := reDateLine.FindStringSubmatch(l)
		if g == nil {
			continue
		}
		d, ok := cnum.Date(g[1], g[2], g[3])
		if !ok {
			continue
		}
		var orgs []string
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			o := strings.Trim(lines[j], "（）() ")
			if o == "" || o == "盖章" || o == "印章" {
				continue
			}
			if !isOrgName(o) {
				break
			}
			// Joint issuers may share one line: "甲局　　乙局".
			parts := strings.Fields(o)
			for _, part := range parts {
				if !isOrgName(part) {
					parts = []string{o}
					break
				}
			}
			orgs = append(parts, orgs...)
		}
		if len(orgs) > 0 {
			return strings.Join(orgs, "、"), d
		}
		if i >= tail && date.IsZero() {
			date = d
		}
	}
	return "", date
}

func isOrgName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 40 || strings.ContainsAny(s, "，。：；、,.:;《》“”\"") {
		return false
	}
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// regulationHeader reads the dated lines under a regulation's title:
// "2014年11月24日 中华人民共和国国务院令第656号公布", "2019年3月1日 施行".
// The signed date is the latest adoption, publication or revision; the
// issuer is the body that made the order or adopted it; the order number
// (国务院令第656号) is the last one named.
func regulationHeader(lines []string, header int) (issuer, order string, signed, effective review.Date) {
	for i := 1; i < header && i < len(lines); i++ {
		g := reHeaderDate.FindStringSubmatch(lines[i])
		if g == nil {
			continue
		}
		d, ok := cnum.Date(g[1], g[2], g[3])
		if !ok {
			continue
		}
		what := strings.TrimSpace(g[4])
		if what == "施行" || what == "起施行" || what == "实施" {
			effective = d
			continue
		}
		if what != "" && !strings.ContainsAny(what, "公发通批修印") {
			continue
		}
		if d.After(signed) {
			signed = d
		}
		if o := reOrderNo.FindStringSubmatch(what); o != nil {
			order = strings.TrimPrefix(o[1], "中华人民共和国") + "第" + o[2] + "号"
		}
		if issuer == "" {
			issuer = headerIssuer(what)
		}
	}
	return issuer, order, signed, effective
}

func headerIssuer(what string) string {
	if g := reOrderNo.FindStringSubmatch(what); g != nil {
		org := strings.TrimSuffix(g[1], "令")
		if o := strings.TrimPrefix(org, "中华人民共和国"); o != "" {
			org = o
		}
		return org
	}
	if g := reCongress.FindStringSubmatch(what); g != nil {
		return g[1] + g[2]
	}
	return ""
}

// effective reads the clause that puts the document itself into force:
// "本办法自2023年5月1日起施行" or "本通知自印发之日起施行". A clause about a part
// ("涉及奖励的相关政策自2022年1月1日执行") does not count unless nothing else does.
func effective(lines []string, m *Meta) {
	var fallback []string
	for _, line := range lines {
		// Cheap filters first: a long document is mostly other sentences.
		if !strings.Contains(line, "自") || !strings.ContainsAny(line, "施实执生") {
			continue
		}
		for _, idx := range reEffective.FindAllStringSubmatchIndex(line, -1) {
			g := make([]string, len(idx)/2)
			for k := range g {
				if idx[2*k] >= 0 {
					g[k] = line[idx[2*k]:idx[2*k+1]]
				}
			}
			if g[1] != "" {
				applyEffective(g, m)
				return
			}
			// "自2023年5月1日起施行。" opening its own sentence also speaks of
			// the whole document.
			if fallback == nil && trimLabel(sentenceBefore(line, idx[0])) == "" {
				fallback = g
			}
		}
	}
	if fallback != nil {
		applyEffective(fallback, m)
	}
}

func applyEffective(g []string, m *Meta) {
	if g[5] != "" {
		m.EffectiveOnPublication = true
		return
	}
	if d, ok := cnum.Date(g[2], g[3], g[4]); ok {
		m.EffectiveDate = d
	}
}

// validity reads "有效期5年" / "有效期至2027年3月31日" from sentences about the
// document itself, not the validity of a licence it regulates.
func validity(text string, m *Meta) {
	if !strings.Contains(text, "有效期") {
		return
	}
	for _, s := range splitSentences(text) {
		if !strings.Contains(s, "有效期") || !aboutItself(s) {
			continue
		}
		if m.ValidityEnd.IsZero() {
			if g := reValidEnd.FindStringSubmatch(s); g != nil {
				if d, ok := cnum.Date(g[1], g[2], g[3]); ok {
					m.ValidityEnd = d
				}
			}
		}
		if m.ValidityYears == 0 {
			if g := reValidYears.FindStringSubmatch(s); g != nil {
				if n, ok := cnum.Int(g[1]); ok && n > 0 && n <= 50 {
					m.ValidityYears = n
				}
			}
		}
	}
}

// aboutItself: the sentence names the document (本办法…) or its entry into force.
func aboutItself(s string) bool {
	i := strings.Index(s, "有效期")
	before := s[:i]
	if strings.Contains(before, "施行") || strings.Contains(before, "实施") {
		return true
	}
	for _, t := range docTypes {
		if strings.Contains(before, "本"+t) {
			return true
		}
	}
	return trimLabel(before) == ""
}

// trimLabel drops a leading clause label (第十条, （五）, 3.) from a sentence.
func trimLabel(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "第") {
		if i := strings.Index(s, "条"); i > 0 && i <= 20 {
			return s[i+len("条"):]
		}
	}
	if strings.HasPrefix(s, "（") {
		if i := strings.Index(s, "）"); i > 0 && i <= 15 {
			return s[i+len("）"):]
		}
	}
	return s
}

// sentenceBefore is the part of the sentence that ends at byte offset end.
func sentenceBefore(text string, end int) string {
	s := text[:end]
	if i := strings.LastIndexAny(s, "。；\n"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
	}
	return s
}

func splitSentences(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '\n' || r == '；' })
}
