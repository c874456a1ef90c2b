package rules

import (
	"regexp"
	"strconv"
	"strings"

	"beishen/review"
	"beishen/review/cnum"
	"beishen/review/laws"
)

// DocInfo is what the caller knows about a document beyond its text. Every
// field may be left zero: dates stated in the text are used when the field
// is empty, and checks that need an unknown fact do not run.
type DocInfo struct {
	Title         string
	IssuerName    string
	PublishedDate review.Date
	EffectiveDate review.Date
	ValidityYears int
	ValidityEnd   review.Date
	// Provisional is true for 暂行/试行 documents (also read from the title).
	Provisional bool
	// AffectsOperators is true when the document touches operators' economic
	// activity, i.e. it is in scope of the fair-competition review.
	AffectsOperators bool
	// FCRKnown is true when the caller knows whether a fair-competition
	// review conclusion exists; HasFCRConclusion says whether it does.
	FCRKnown         bool
	HasFCRConclusion bool
}

// InfoOf is what the checks read of a document's metadata: the import, the
// check command and the blind test build it one way.
func InfoOf(m review.Meta) DocInfo {
	return DocInfo{Title: m.Title, IssuerName: m.Issuer, PublishedDate: m.Signed,
		EffectiveDate: m.Effective, ValidityYears: m.ValidityYears,
		ValidityEnd: m.ValidityEnd, Provisional: m.Provisional}
}

// documentRules describes the document-level checks (see Rules).
var documentRules = []RuleInfo{
	{ID: "M01", Category: review.Legality, Severity: review.Medium, Document: true,
		Title: "制定主体为内设机构或临时机构", TitleEN: "Issued by an internal or ad-hoc body",
		Basis:       []string{basis37},
		Description: "以领导小组、指挥部、联席会议、内设处室科室等名义制发行政规范性文件。"},
	{ID: "M02", Category: review.Legality, Severity: review.High, Document: true,
		Title: "溯及既往", TitleEN: "Takes effect before publication",
		Basis:       []string{"《中华人民共和国立法法》第一百零四条"},
		Description: "施行日期早于公布日期，且不属于为更好保护当事人权益的特别规定。"},
	{ID: "M03", Category: review.Procedure, Severity: review.Low, Document: true,
		Title: "公布后施行过快", TitleEN: "Takes effect too soon after publication",
		Basis:       []string{"《优化营商环境条例》第六十五条", "《规章制定程序条例》第三十二条（参照）"},
		Description: "自公布之日起不足30日即施行，且未说明需要立即施行的理由，未给市场主体留出适应调整期。"},
	{ID: "M04", Category: review.Procedure, Severity: review.Low, Document: true,
		Title: "有效期缺失或过长", TitleEN: "Validity period missing or too long",
		Basis:       []string{"地方行政规范性文件有效期制度（一般不超过5年，暂行、试行不超过2年）"},
		Description: "未载明有效期，或有效期超过5年，或暂行、试行文件有效期超过2年。"},
	{ID: "M05", Category: review.Procedure, Severity: review.High, Document: true,
		Title: "未经公平竞争审查", TitleEN: "No fair-competition review",
		Basis:       []string{"《公平竞争审查条例》第十八条", "《优化营商环境条例》第六十三条"},
		Description: "涉及经营者经济活动的文件没有公平竞争审查结论，不得出台。"},
}

func docRule(id string) RuleInfo {
	for _, r := range documentRules {
		if r.ID == id {
			return r
		}
	}
	panic("rules: unknown document rule " + id)
}

// CheckDocument runs the sentence rules and the document-level checks.
func CheckDocument(text string, info DocInfo) []review.Finding {
	sents := Split(text)
	title := info.Title
	titleSpan := [2]int{0, 0}
	if len(sents) > 0 {
		first := sents[0]
		if title == "" {
			title = strings.TrimLeft(first.Text, "#* ")
		}
		titleSpan = [2]int{first.Start, first.End}
	}
	out := checkSentences(text, sents, statuteTitle(title), documentLevel(text, title))
	out = append(out, documentFindings(text, sents, info, title, titleSpan, out)...)
	// Citations are checked against the law in force on the draft's date
	// (review/laws); they replace the fixed list of repealed laws.
	out = append(out, laws.Check(text, info.PublishedDate)...)
	sortFindings(out)
	return out
}

var (
	internalIssuerRe = regexp.MustCompile(`(?:领导小组|指挥部|联席会议|工作专班|委员会办公室|领导小组办公室)|(?:处|科|股|大队|支队|中队)$`)
	ndTitleRe        = regexp.MustCompile(`(?:办法|规定|意见|通知|措施|细则|方案|决定|规则|规范|实施意见|若干政策)$`)
	fcrScopeRe       = regexp.MustCompile(`市场准入|产业|招商引资|政府采购|招标投标|资质|补贴|奖励|扶持|奖补|经营者|企业|市场主体`)
	numDate          = `([0-9０-９〇零一二三四五六七八九]{4})年([0-9０-９一二三四五六七八九十]{1,3})月([0-9０-９一二三四五六七八九十]{1,3})日`
	effectiveDateRe  = regexp.MustCompile(`自` + numDate + `(?:零时)?起(?:施行|执行|实施|生效|试行)`)
	effectiveNowRe   = regexp.MustCompile(`自(?:公布|印发|发布|下发|发文)之日起(?:施行|执行|实施|生效|试行)`)
	standaloneDateRe = regexp.MustCompile(`^` + numDate + `(?:印发|发布)?$`)
	validityYearsRe  = regexp.MustCompile(`有效期(?:为|是|暂定为?)?([0-9一二三四五六七八九十两]{1,3})年`)
	validityEndRe    = regexp.MustCompile(`有效期(?:至|到|截至)` + numDate)
	retroGoodRe      = regexp.MustCompile(`有利于|从轻|更好地?保护`)
	soonReasonRe     = regexp.MustCompile(`因|由于|紧急|确需|急需|立即`)
)

func documentFindings(text string, sents []Sentence, info DocInfo, title string, titleSpan [2]int, found []review.Finding) []review.Finding {
	var out []review.Finding
	runes := []rune(text)
	mk := func(id string, start, end int, reason string) review.Finding {
		r := docRule(id)
		f := review.Finding{Rule: id, Category: r.Category, Severity: r.Severity, Title: r.Title, Basis: r.Basis, Reason: reason}
		if start >= 0 && end <= len(runes) && start <= end {
			f.Start, f.End = start, end
			f.Excerpt = string(runes[start:end])
			f.Line = 1 + strings.Count(string(runes[:start]), "\n")
			// A finding on a span belongs to the clause it sits in (M03 on
			// 第十一条 is shown under 第十一条, not as unnumbered text).
			for _, s := range sents {
				if s.Start <= start && start < s.End {
					f.Clause = s.Clause
					break
				}
			}
		}
		return f
	}
	statute := statuteTitle(title)

	// M01: the issuer.
	if info.IssuerName != "" && internalIssuerRe.MatchString(strings.TrimSpace(info.IssuerName)) {
		out = append(out, mk("M01", 0, 0, "制定主体「"+info.IssuerName+"」不是具有对外管理职能的行政机关"))
	}

	// Dates: metadata first, then what the text states.
	published := info.PublishedDate
	if published.IsZero() {
		for _, s := range sents {
			if m := standaloneDateRe.FindStringSubmatch(strings.TrimSpace(s.Text)); m != nil {
				if d, ok := cnum.Date(m[1], m[2], m[3]); ok {
					published = d
					break
				}
			}
		}
	}
	effective := info.EffectiveDate
	effSpan := [2]int{-1, -1}
	effNow := false
	for _, s := range sents {
		if loc := effectiveDateRe.FindStringSubmatchIndex(s.Text); loc != nil {
			if d, ok := cnum.Date(s.Text[loc[2]:loc[3]], s.Text[loc[4]:loc[5]], s.Text[loc[6]:loc[7]]); ok {
				if effective.IsZero() {
					effective = d
				}
				a, b := runeSpan(s, loc[0], loc[1])
				effSpan = [2]int{a, b}
			}
		} else if loc := effectiveNowRe.FindStringIndex(s.Text); loc != nil {
			a, b := runeSpan(s, loc[0], loc[1])
			effSpan = [2]int{a, b}
			effNow = !soonReasonRe.MatchString(s.Text)
			if effective.IsZero() && !published.IsZero() {
				effective = published
			}
		}
	}

	// M02: retroactivity. An amended text published anew keeps its
	// original 施行 date: that is no retroactivity.
	if !effective.IsZero() && !published.IsZero() && effective.Before(published) && !retroGoodRe.MatchString(text) && !amendedInHeader(text) {
		s, e := spanOr(effSpan, titleSpan)
		out = append(out, mk("M02", s, e, "施行日期"+effective.ChineseString()+"早于公布日期"+published.ChineseString()+"，且未说明属于有利于当事人的特别规定"))
	}
	// M03: effective too soon.
	if !statute {
		if !effective.IsZero() && !published.IsZero() && !effective.Before(published) && published.DaysUntil(effective) < 30 && (effNow || effSpan[0] >= 0 || !info.EffectiveDate.IsZero()) {
			if published.DaysUntil(effective) > 0 || effNow || effSpan[0] < 0 {
				s, e := spanOr(effSpan, titleSpan)
				out = append(out, mk("M03", s, e, "公布后"+strconv.Itoa(published.DaysUntil(effective))+"日即施行，未说明理由，未留出30日适应期"))
			}
		} else if published.IsZero() && effNow {
			out = append(out, mk("M03", effSpan[0], effSpan[1], "自公布之日起施行，未说明需要立即施行的理由，未留出适应调整期"))
		}
	}

	// M04: validity.
	if !statute && ndTitleRe.MatchString(strings.TrimSpace(title)) {
		provisional := info.Provisional || strings.Contains(title, "暂行") || strings.Contains(title, "试行")
		years, end := info.ValidityYears, info.ValidityEnd
		vSpan := [2]int{-1, -1}
		for _, s := range sents {
			if loc := validityYearsRe.FindStringSubmatchIndex(s.Text); loc != nil {
				if n, ok := cnum.Int(s.Text[loc[2]:loc[3]]); ok && years == 0 {
					years = n
				}
				a, b := runeSpan(s, loc[0], loc[1])
				vSpan = [2]int{a, b}
				break
			}
			if loc := validityEndRe.FindStringSubmatchIndex(s.Text); loc != nil {
				if d, ok := cnum.Date(s.Text[loc[2]:loc[3]], s.Text[loc[4]:loc[5]], s.Text[loc[6]:loc[7]]); ok && end.IsZero() {
					end = d
				}
				a, b := runeSpan(s, loc[0], loc[1])
				vSpan = [2]int{a, b}
				break
			}
		}
		if years == 0 && !end.IsZero() {
			from := effective
			if from.IsZero() {
				from = published
			}
			if !from.IsZero() {
				// Round up to whole years, with a month's grace for "至…年12月31日".
				months := (end.Year()-from.Year())*12 + int(end.Month()-from.Month())
				years = (months + 11 - 1) / 12
				if months <= 0 {
					years = 0
				}
			}
		}
		limit := 5
		if provisional {
			limit = 2
		}
		switch {
		case years == 0 && end.IsZero():
			out = append(out, mk("M04", titleSpan[0], titleSpan[1], "文件未载明有效期"))
		case years > limit:
			s, e := spanOr(vSpan, titleSpan)
			kind := "一般文件"
			if provisional {
				kind = "暂行、试行文件"
			}
			out = append(out, mk("M04", s, e, "有效期约"+strconv.Itoa(years)+"年，超过"+kind+"通常的"+strconv.Itoa(limit)+"年上限"))
		}
	}

	// M05: fair-competition review missing.
	if info.FCRKnown && !info.HasFCRConclusion {
		inScope := info.AffectsOperators || fcrScopeRe.MatchString(title)
		for _, f := range found {
			if f.Category == review.FairCompetition {
				inScope = true
				break
			}
		}
		if inScope {
			out = append(out, mk("M05", titleSpan[0], titleSpan[1], "文件涉及经营者经济活动，但没有公平竞争审查结论"))
		}
	}
	return out
}

func spanOr(a, b [2]int) (int, int) {
	if a[0] >= 0 {
		return a[0], a[1]
	}
	return b[0], b[1]
}
