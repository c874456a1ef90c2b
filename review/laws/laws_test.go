package laws

import (
	"strings"
	"testing"

	"beishen/review"
)

func TestFindArticleParaItem(t *testing.T) {
	lib := Embedded()
	fcr, ok := Current(lib, "公平竞争审查条例", review.Date{})
	if !ok {
		t.Fatal("公平竞争审查条例 not embedded")
	}
	cases := []struct{ ref, want string }{
		{"第九条第（二）项", "（二）排斥、限制、强制或者变相强制外地经营者在本地投资经营或者设立分支机构"},
		{"第九条", "第九条　起草单位起草的政策措施，不得含有下列限制商品、要素自由流动的内容"},
	}
	for _, c := range cases {
		r, _, ok := ParseRef(c.ref)
		if !ok {
			t.Fatalf("ParseRef(%q) failed", c.ref)
		}
		if r.String() != c.ref {
			t.Errorf("Ref round trip %q → %q", c.ref, r.String())
		}
		_, words, ok := fcr.Find(r)
		if !ok || !strings.HasPrefix(words, c.want) {
			t.Errorf("%s: got %q", c.ref, words)
		}
	}
	pen, _ := Current(lib, "中华人民共和国行政处罚法", review.Date{})
	r, _, _ := ParseRef("第十条第二款")
	if _, w, _ := pen.Find(r); !strings.HasPrefix(w, "限制人身自由的行政处罚，只能由法律设定") {
		t.Errorf("行政处罚法第十条第二款 = %q", w)
	}
	civil, _ := Current(lib, "民法典", review.Date{})
	if a, ok := civil.Article(1260); !ok || !strings.Contains(a.Text(), "《中华人民共和国合同法》") {
		t.Errorf("民法典第一千二百六十条 = %q", a.Text())
	}
	if civil.LastArticle() != 1260 {
		t.Errorf("民法典 has %d articles", civil.LastArticle())
	}
}

func TestNumeral(t *testing.T) {
	for n, want := range map[int]string{1: "一", 10: "十", 12: "十二", 20: "二十", 105: "一百零五", 110: "一百一十", 1260: "一千二百六十", 1001: "一千零一"} {
		if got := Numeral(n); got != want {
			t.Errorf("Numeral(%d) = %s, want %s", n, got, want)
		}
	}
}

// TestEveryCitedBasisIsEmbedded: the laws the rules, checklist items and
// templates cite are readable from the first start.
func TestEveryCitedBasisIsEmbedded(t *testing.T) {
	for _, name := range []string{"公平竞争审查条例", "立法法", "优化营商环境条例", "民法典", "行政许可法", "行政强制法",
		"行政处罚法", "反垄断法", "宪法", "国有土地上房屋征收与补偿条例", "规章制定程序条例", "自然保护区条例",
		"法规规章备案审查条例", "公益事业捐赠法"} {
		if _, ok := Current(Embedded(), name, review.Date{}); !ok {
			t.Errorf("%s is not embedded", name)
		}
	}
}

func rules(fs []review.Finding) map[string][]review.Finding {
	m := map[string][]review.Finding{}
	for _, f := range fs {
		m[f.Rule] = append(m[f.Rule], f)
	}
	return m
}

// TestCheckRealDraft: a draft citing a repealed law, an old article number,
// an invented regulation, and correct citations.
func TestCheckRealDraft(t *testing.T) {
	draft := `临江市市场主体合同行为管理办法
第一条 为规范合同行为，根据《中华人民共和国合同法》《中华人民共和国民法典》的规定，制定本办法。
第二条 当事人逾期不缴纳罚款的，依照《中华人民共和国行政处罚法》第五十一条的规定，每日按罚款数额的百分之三加处罚款。
第三条 经营者违反本办法的，由市场监督管理部门依照《某某管理条例》第十条予以处理。
第四条 设定行政许可应当遵循《中华人民共和国行政许可法》第十二条的规定，对可以采用事后监管方式的事项不设行政许可。
第五条 起草单位不得排斥、限制外地经营者在本地投资经营或者设立分支机构（《公平竞争审查条例》第九条第（二）项）。
第六条 限制人身自由的行政处罚只能由法律设定（《行政处罚法》第十条第二款）。
第七条 本办法自2024年3月1日起施行。`
	day := review.MustDate("2024-01-15")
	got := rules(Check(draft, day))
	if fs := got[RuleRepealed]; len(fs) != 1 || !strings.Contains(fs[0].Reason, "《中华人民共和国合同法》已于2021年1月1日废止") ||
		!strings.Contains(fs[0].Reason, "第一千二百六十条") || fs[0].Excerpt != "《中华人民共和国合同法》" {
		t.Errorf("合同法: %+v", fs)
	}
	if fs := got[RuleArticle]; len(fs) != 1 || !strings.Contains(fs[0].Reason, "现行文本为“违法事实确凿并有法定依据") ||
		!strings.Contains(fs[0].Reason, "修订前第五十一条的内容现为第七十二条") {
		t.Errorf("行政处罚法第五十一条: %+v", fs)
	} else if fs[0].Excerpt != "《中华人民共和国行政处罚法》第五十一条" {
		t.Errorf("excerpt %q", fs[0].Excerpt)
	}
	if fs := got[RuleUnknown]; len(fs) != 1 || !strings.Contains(fs[0].Reason, "没有《某某管理条例》") {
		t.Errorf("某某管理条例: %+v", fs)
	}
	if n := len(Check(draft, day)); n != 3 {
		for _, f := range Check(draft, day) {
			t.Logf("%s %s %s", f.Rule, f.Excerpt, f.Reason)
		}
		t.Errorf("%d findings, want 3 (the correct citations stay silent)", n)
	}
	// Before 民法典 took effect, 合同法 was law.
	if fs := rules(Check(draft, review.MustDate("2019-06-01")))[RuleRepealed]; len(fs) != 0 {
		t.Errorf("合同法 reported on a 2019 draft: %+v", fs)
	}
}

func TestCheckTypoAndRenumberedFromOlderVersion(t *testing.T) {
	fs := Check("依照《中华人民共和国行政许诺法》的规定办理。", review.Date{})
	if len(fs) != 1 || !strings.Contains(fs[0].Reason, "疑为《中华人民共和国行政许可法》之误") {
		t.Errorf("typo: %+v", fs)
	}
	// 反垄断法 2022 moved 第三十七条 (行政机关不得滥用行政权力制定含有排除、限制竞争内容的规定) to 第四十五条;
	// the library has both versions.
	fs = Check("行政机关不得滥用行政权力，制定含有排除、限制竞争内容的规定（《反垄断法》第三十七条）。", review.MustDate("2023-05-01"))
	if len(fs) != 1 || fs[0].Rule != RuleArticle || !strings.Contains(fs[0].Reason, "现为第四十五条") {
		t.Errorf("反垄断法第三十七条: %+v", fs)
	}
	// On a draft of 2020 the 2007 text was in force: 第三十七条 was right.
	if fs := Check("行政机关不得滥用行政权力，制定含有排除、限制竞争内容的规定（《反垄断法》第三十七条）。", review.MustDate("2020-05-01")); len(fs) != 0 {
		t.Errorf("反垄断法第三十七条 on a 2020 draft: %+v", fs)
	}
	// Article beyond the end.
	fs = Check("根据《中华人民共和国行政许可法》第九十九条。", review.Date{})
	if len(fs) != 1 || !strings.Contains(fs[0].Reason, "没有第九十九条") {
		t.Errorf("行政许可法第九十九条: %+v", fs)
	}
	// Local regulations and notices are not the national library's business.
	if fs := Check("根据《浙江省公平竞争审查办法》和《关于加强管理的通知》，参照《城市道路管理条例》第十条。", review.Date{}); len(fs) != 0 {
		t.Errorf("silent citations reported: %+v", fs)
	}
}

func TestChangesHaveSources(t *testing.T) {
	for _, c := range EmbeddedChanges() {
		if c.Source == "" || c.Basis == "" || c.Date.IsZero() {
			t.Errorf("change without source: %+v", c)
		}
	}
	// The 行政处罚法 map points at the articles that hold the old words.
	pen, _ := Current(Embedded(), "行政处罚法", review.Date{})
	ch := NewChanges(EmbeddedChanges()).Of("行政处罚法")[0]
	for old, kw := range map[int]string{51: "加处罚款", 33: "当场", 31: "告知", 32: "陈述", 29: "二年", 42: "听证", 14: "其他规范性文件"} {
		a, _ := pen.Article(ch.Moved[old])
		if !strings.Contains(a.Text(), kw) {
			t.Errorf("old 第%d条 → 第%d条 lacks %q: %s", old, ch.Moved[old], kw, a.Text())
		}
	}
}

func TestQuoteBasis(t *testing.T) {
	qs := QuoteBasis(Embedded(), "《公平竞争审查条例》第十七条、第十八条", review.Date{})
	if len(qs) != 2 || qs[1].Label != "第十八条" || qs[1].Cite != "《公平竞争审查条例》第十八条" {
		t.Errorf("two articles: %+v", qs)
	}
	qs = QuoteBasis(Embedded(), "《中华人民共和国立法法》第十一条第（五）项", review.Date{})
	if len(qs) != 1 || !strings.Contains(qs[0].Words, "限制人身自由的强制措施和处罚") {
		t.Errorf("立法法第十一条第（五）项: %+v", qs)
	}
	if got := Cited(qs[0], true); !strings.HasPrefix(got, "《中华人民共和国立法法》第十一条第（五）项：“（五）对公民政治权利的剥夺") {
		t.Errorf("cited: %s", got)
	}
	qs = QuoteBasis(Embedded(), "《宪法》第二章", review.Date{})
	if len(qs) != 1 || !strings.Contains(qs[0].Chapter, "公民的基本权利和义务") || !strings.Contains(qs[0].Words, "第三十三条") {
		t.Errorf("宪法第二章: %+v", qs)
	}
	qs = QuoteBasis(Embedded(), "《中华人民共和国合同法》第五十二条", review.Date{})
	if len(qs) != 1 || qs[0].Found() {
		t.Errorf("合同法: %+v", qs)
	}
}

// BenchmarkLoadEmbedded is the first use of the embedded library: gunzip
// and parse the cited laws and the title index.
func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		loadEmbedded()
	}
}

// BenchmarkCheckDraft is the citation check of one draft.
func BenchmarkCheckDraft(b *testing.B) {
	text := strings.Repeat("根据《中华人民共和国行政许可法》第十二条、《中华人民共和国合同法》和《某某管理条例》的规定，依照《中华人民共和国行政处罚法》第五十一条，每日按罚款数额的百分之三加处罚款。\n", 5)
	Check(text, review.Date{})
	for b.Loop() {
		Check(text, review.Date{})
	}
}

// A county notice of 2020 filed for review cited 《中华人民共和国合同法》 and
// 《中华人民共和国担保法》, both in force then (repealed by the 民法典 on
// 2021-01-01). The reviewer was told the 担保法 “does not exist or is
// misnamed” (C01): the library lacks it, but the repeal list knows it.
func TestALawRepealedAfterTheDocumentsDateIsNotUnknown(t *testing.T) {
	text := "青山县人民政府关于规范政府合同管理的通知\n第一条 为规范政府合同管理，根据《中华人民共和国合同法》《中华人民共和国担保法》，制定本通知。\n"
	if got := rules(Check(text, review.MustDate("2020-05-10"))); len(got) != 0 {
		t.Errorf("on 2020-05-10: %+v", got)
	}
	got := rules(Check(text, review.MustDate("2024-01-15")))
	if fs := got[RuleRepealed]; len(fs) != 2 {
		t.Errorf("on 2024-01-15, want both repealed: %+v", got)
	}
}

// A bare 中华人民共和国… is a citation when it is a law's title
// (中华人民共和国行政处罚法第五十一条), not when it is a place and an
// adverb: “在中华人民共和国境内依法登记注册的企业” was read as a law
// named 《境内依法》 and flagged as unknown.
func TestABarePlaceIsNoCitation(t *testing.T) {
	if cs := Cite("申报主体为在中华人民共和国境内依法登记注册的企业。"); len(cs) != 0 {
		t.Errorf("a place read as a law: %+v", cs)
	}
	cs := Cite("依照中华人民共和国行政处罚法第五十一条处罚。")
	if len(cs) != 1 || cs[0].Written != "行政处罚法" {
		t.Errorf("a bare law title: %+v", cs)
	}
}

// A citation's span is in runes of the whole text, for every citation of a
// text: the quoted ones first, then the bare ones, each counted on from the
// one before (Cite counts incrementally since counting from the start took
// a tenth of the checks' time).
func TestCitationSpansAreRuneOffsets(t *testing.T) {
	text := "第一条 根据《中华人民共和国行政处罚法》第九条、第十条和《行政许可法》，制定本办法。\n" +
		"第九条 违反本办法的，依照中华人民共和国行政强制法第十二条处理；另见《价格法》。"
	cs := Cite(text)
	if len(cs) != 4 {
		t.Fatalf("want 4 citations, got %+v", cs)
	}
	runes := []rune(text)
	for _, c := range cs {
		span := string(runes[c.Start:c.End])
		title := string(runes[c.Start:c.TitleEnd])
		if !strings.Contains(title, c.Written) || !strings.HasPrefix(span, title) {
			t.Errorf("%s: span %q, title %q", c.Written, span, title)
		}
	}
	if got := string(runes[cs[0].Start:cs[0].End]); got != "《中华人民共和国行政处罚法》第九条、第十条" {
		t.Errorf("first citation spans %q", got)
	}
}

// A sentence that repeats a law's article restates it; one that changes
// the measure, or a phrase too short to tell, does not.
func TestRestated(t *testing.T) {
	cite, ok := Restated("饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。")
	if !ok || !strings.Contains(cite, "道路交通安全法》第九十一条") {
		t.Errorf("the traffic law's article 91 restated: got %q, %v", cite, ok)
	}
	// a particle added and the marks changed, as a document copies: still the article
	if _, ok := Restated("饮酒后驾驶机动车的 处暂扣六个月机动车驾驶证 并处一千元以上二千元以下的罚款"); !ok {
		t.Error("a near copy of article 91 is not seen as restating it")
	}
	// a regulation the library carries for the measures it sets
	if cite, ok := Restated("未经许可举办焰火晚会的，由公安部门责令停止燃放，对责任单位处1万元以上5万元以下的罚款。"); !ok || !strings.Contains(cite, "烟花爆竹安全管理条例》第四十二条") {
		t.Errorf("the fireworks regulation's article 42 restated: got %q, %v", cite, ok)
	}
	for _, s := range []string{
		"饮酒后驾驶机动车的公职人员，一律予以开除，并在全县范围内通报批评。", // the law's condition, another measure
		"责令停业、关闭。", // too short to tell
		"饮酒后驾驶电动自行车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。", // the law's measure laid on another conduct
		"对在禁养区内饲养犬只的，没收犬只并处五百元罚款。",
	} {
		if cite, ok := Restated(s); ok {
			t.Errorf("%q is said to restate %s", s, cite)
		}
	}
}
