package rules

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/review/precedent"
)

// hasHan reports whether s holds a Chinese character outside 《…》, 「…」 and
// “…” (names and quoted text are carried over as they are).
func hasHan(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '《', '「', '“', '（':
			depth++
		case '》', '」', '”', '）':
			depth--
		default:
			if depth <= 0 && r >= 0x4e00 && r <= 0x9fff {
				return true
			}
		}
	}
	return false
}

// documentReasonFixtures produce every reason a rule builds at check time
// rather than in its definition: the document rules, the similarity rules
// and the citation rules. A rule added to Rules() whose reason is not a
// sentence rule's reason: field needs a fixture here.
func documentReasonFixtures(t *testing.T) []review.Finding {
	var out []review.Finding
	doc := func(text string, info DocInfo) { out = append(out, CheckDocument(text, info)...) }
	doc(sampleND, DocInfo{IssuerName: "某市创建全国文明城市工作领导小组办公室"})                // M01, M04 missing
	doc(sampleND+"本措施自2024年1月1日起施行，有效期3年。\n某区人民政府\n2024年3月15日\n", DocInfo{}) // M02
	doc(sampleND+"本措施自2025年3月10日起施行，有效期3年。", DocInfo{PublishedDate: review.MustDate("2025-03-01")})
	doc(sampleND+"本措施自印发之日起施行，有效期3年。", DocInfo{PublishedDate: review.MustDate("2025-03-01")}) // M03, 0 days
	doc(sampleND+"本措施自印发之日起施行，有效期3年。", DocInfo{})                                             // M03 without a date
	doc(sampleND+"本措施有效期8年。", DocInfo{})                                                      // M04 too long
	doc("某市共享单车管理暂行办法\n本办法自2025年1月1日起施行，有效期至2029年12月31日。", DocInfo{})                         // M04 provisional
	doc("某区关于支持总部企业发展的若干措施\n对新落户的总部企业给予一次性奖励100万元。", DocInfo{FCRKnown: true})                 // M05
	// The citation rules (review/laws), each of their wordings.
	doc(`临江市市场主体合同行为管理办法
第一条 为规范合同行为，根据《中华人民共和国合同法》《中华人民共和国民法典》的规定，制定本办法。
第二条 当事人逾期不缴纳罚款的，依照《中华人民共和国行政处罚法》第五十一条的规定，每日按罚款数额的百分之三加处罚款。
第三条 经营者违反本办法的，由市场监督管理部门依照《某某管理条例》第十条予以处理。`, DocInfo{PublishedDate: review.MustDate("2024-01-15")})
	doc("依照《中华人民共和国行政许诺法》的规定办理。根据《中华人民共和国行政许可法》第九十九条。", DocInfo{})
	// The learned scorer: a designation of two firms no rule names.
	doc("县内加油站新建、迁建项目，原则上由中石化、中石油两家企业实施。", DocInfo{})
	// The similarity rules: a published case's own wording, one of each
	// category. Every legality case is also caught by a rule, which
	// silences the similarity check, so its sentences are put to it directly.
	seen := map[string]bool{}
	words := newPresent(len(dict.words))
	for _, c := range precedent.All() {
		for _, s := range Split(c.Text) {
			scanner.scan(s.Text, words)
			if f, ok := similarFinding(s, words); ok && !seen[f.Rule] {
				seen[f.Rule] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// TestEveryReasonHasEnglish fails naming any rule whose reason the English
// screen would show in Chinese: every sentence rule's reason, and every
// reason the fixtures draw from the other rules.
func TestEveryReasonHasEnglish(t *testing.T) {
	covered := map[string]bool{}
	for _, r := range sentenceRules {
		covered[r.ID] = true
		en, ok := reasonEN(r.reason)
		if !ok {
			t.Errorf("rule %s: its reason %q has no English in reasons_en.go", r.ID, r.reason)
		} else if hasHan(en) {
			t.Errorf("rule %s: the English of its reason still reads Chinese: %q", r.ID, en)
		}
	}
	for _, f := range documentReasonFixtures(t) {
		covered[f.Rule] = true
		en := ReasonIn(f, review.EN)
		if en == f.Reason {
			t.Errorf("rule %s: the reason %q has no English in reasons_en.go (got %q)", f.Rule, f.Reason, en)
		}
	}
	for _, r := range Rules() {
		if !covered[r.ID] {
			t.Errorf("rule %s (%s): no fixture produces its reason; add one to documentReasonFixtures and its English to reasons_en.go", r.ID, r.Title)
		}
	}
}

// The numbers and names of a built reason carry over into the English.
func TestReasonTemplatesCarryNumbersAndNames(t *testing.T) {
	for zh, want := range map[string]string{
		"公布后9日即施行，未说明理由，未留出30日适应期":                        "Takes effect 9 days after publication with no reason given, leaving no 30-day period to adapt",
		"公布后1日即施行，未说明理由，未留出30日适应期":                        "Takes effect 1 day after publication",
		"公布后0日即施行，未说明理由，未留出30日适应期":                        "Takes effect on the day of publication",
		"施行日期2024年1月1日早于公布日期2024年3月15日，且未说明属于有利于当事人的特别规定": "Takes effect on 2024-01-01, before its publication on 2024-03-15",
		"有效期约8年，超过一般文件通常的5年上限":                            "Valid for about 8 years, longer than the usual limit of 5 years for a document",
		"有效期约5年，超过暂行、试行文件通常的2年上限":                         "limit of 2 years for a provisional or trial document",
		"制定主体「某市创建全国文明城市工作领导小组办公室」不是具有对外管理职能的行政机关":        "The issuer 「某市创建全国文明城市工作领导小组办公室」 is not",
		"与已纠正案例 P-17（某县人民政府《关于促进建筑业发展的意见（试行）》）相似：限定本地企业":  "Close to published case P-17 (某县人民政府《关于促进建筑业发展的意见（试行）》): 限定本地企业",
		// A title that quotes another title (seen in corpus/bulk).
		"法规库中没有《国家机关、事业单位贯彻〈国务院关于职工工作时间的规定〉的实施办法》，疑为《国家机关、事业单位贯彻《国务院关于职工工作时间的规定》的实施办法》之误，请核对名称": "The law library has no 《国家机关、事业单位贯彻〈国务院关于职工工作时间的规定〉的实施办法》; perhaps 《国家机关、事业单位贯彻《国务院关于职工工作时间的规定》的实施办法》 is meant",
		"《中华人民共和国合同法》已于2021年1月1日废止（《中华人民共和国民法典》第一千二百六十条）；应改引现行有效的上位法":                           "《中华人民共和国合同法》 was repealed on 2021-01-01 (《中华人民共和国民法典》第一千二百六十条); cite the superior law in force instead",
	} {
		if got := ReasonIn(review.Finding{Reason: zh}, review.EN); !strings.Contains(got, want) {
			t.Errorf("%s\n got %q\nwant %q in it", zh, got, want)
		}
	}
}

// The suffixes check.go appends are translated and kept in their order.
func TestReasonSuffixesInOrder(t *testing.T) {
	base := sentenceRules[0].reason
	baseEN, _ := reasonEN(base)
	zh := base + "（所引《某某办法》不是法律、法规或规章，不能作为依据）" + "（本文件为法律法规，可在权限内设定，请核对上位法）" + "（所在条款已写明第十二条例外的理由、替代方案评估和期限）"
	want := baseEN + " (the cited 《某某办法》 is not a law, regulation or rule and cannot serve as a basis)" +
		" (this document is a law or regulation, which may set this within its powers: check the superior law)" +
		" (the clause states the grounds, the assessment of alternatives and the term of an exception under Fair Competition Review Regulation Art.12)"
	if got := ReasonIn(review.Finding{Reason: zh}, review.EN); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	cited := base + "（句中援引了法律法规依据，请核对依据是否支持）"
	if got := ReasonIn(review.Finding{Reason: cited}, review.EN); got != baseEN+" (the sentence cites a law or regulation as its basis: check that the basis supports it)" {
		t.Errorf("cited basis: %q", got)
	}
	// Real findings with a suffix, as Check stores them.
	l01, _ := reasonEN(ruleByID("L01").reason)
	for text, want := range map[string]string{
		"某市共享单车管理条例\n第十条 违反本条例规定的，由城市管理部门处200元罚款。":               l01 + " (this document is a law or regulation, which may set this within its powers: check the superior law)",
		"某区关于促进商贸发展的若干措施\n第三条 依照《某区招商引资工作规程》，对违反规定的经营者处1000元罚款。": l01 + " (the cited 《某区招商引资工作规程》 is not a law, regulation or rule and cannot serve as a basis)",
	} {
		fs := Check(text)
		if len(fs) != 1 || fs[0].Rule != "L01" {
			t.Fatalf("%s: want one L01, got %+v", text, fs)
		}
		if got := ReasonIn(fs[0], review.EN); got != want {
			t.Errorf("%s:\n got %q\nwant %q", text, got, want)
		}
	}
}

func ruleByID(id string) *sentenceRule {
	for _, r := range sentenceRules {
		if r.ID == id {
			return r
		}
	}
	panic("no rule " + id)
}

// Chinese stays as stored; an unknown reason is shown in Chinese, never as
// nothing; no reason stays none.
func TestReasonFallsBackToChinese(t *testing.T) {
	f := review.Finding{Rule: "F04", Reason: sentenceRules[0].reason}
	if got := ReasonIn(f, review.ZH); got != f.Reason {
		t.Errorf("Chinese: %q", got)
	}
	for _, zh := range []string{"某条后来新增的规则的理由", "旧版本日志里的说法（本文件为法律法规，可在权限内设定，请核对上位法）"} {
		if got := ReasonIn(review.Finding{Reason: zh}, review.EN); got != zh {
			t.Errorf("unknown reason %q: got %q, want the Chinese", zh, got)
		}
	}
	if got := ReasonIn(review.Finding{}, review.EN); got != "" {
		t.Errorf("no reason: %q", got)
	}
}

// panelLines is how many lines of an 80-column finding panel the reason
// takes after its label: Chinese is cut anywhere, English between words
// (as the screen's wrapString does).
func panelLines(label, s string) int {
	if !strings.Contains(label, "Why") {
		return (ansi.StringWidth(label+s) + 79) / 80
	}
	lines, cur := 1, 0
	for _, w := range strings.Fields(label + s) {
		n := ansi.StringWidth(w)
		switch {
		case cur == 0:
			cur = n
		case cur+1+n > 80:
			lines, cur = lines+1, n
		default:
			cur += 1 + n
		}
	}
	return lines
}

// At 80×24 the finding panel gives the explanation two lines (more when
// the Chinese itself takes more): an English reason longer than that was
// cut mid-sentence on the screen.
func TestEnglishReasonsFitThePanel(t *testing.T) {
	for zh, en := range reasonsEN {
		if zl, el := panelLines("说明：", zh), panelLines("Why: ", en); el > max(2, zl) {
			t.Errorf("%q takes %d lines at 80 columns (the Chinese %d): %q", zh, el, zl, en)
		}
	}
}
