package rules

import (
	"strings"
	"testing"

	"beishen/review"
)

func docFinding(fs []review.Finding, rule string) (review.Finding, bool) {
	for _, f := range fs {
		if f.Rule == rule {
			return f, true
		}
	}
	return review.Finding{}, false
}

const sampleND = "某区关于促进商贸发展的若干措施\n一、总则\n1.加强服务。\n"

func TestRetroactivityFromTextDates(t *testing.T) {
	text := sampleND + "本措施自2024年1月1日起施行，有效期3年。\n某区人民政府\n2024年3月15日\n"
	f, ok := docFinding(CheckDocument(text, DocInfo{}), "M02")
	if !ok {
		t.Fatalf("effective 2024-01-01 before published 2024-03-15 must be flagged")
	}
	if f.Excerpt != "自2024年1月1日起施行" || f.Category != review.Legality {
		t.Errorf("excerpt %q category %s", f.Excerpt, f.Category)
	}
	later := sampleND + "本措施自2024年5月1日起施行，有效期3年。\n2024年3月15日\n"
	if _, ok := docFinding(CheckDocument(later, DocInfo{}), "M02"); ok {
		t.Errorf("effective after publication is not retroactive")
	}
	favourable := sampleND + "为更好地保护企业权益，本措施自2024年1月1日起施行，有效期3年。\n2024年3月15日\n"
	if _, ok := docFinding(CheckDocument(favourable, DocInfo{}), "M02"); ok {
		t.Errorf("a favourable retroactive provision is allowed")
	}
}

// A regulation republished after an amendment carries the amendment's date
// in its header and its original 施行 clause: not retroactive. The same
// dates in a text that records no amendment are.
func TestRetroactivityNotReadIntoAnAmendment(t *testing.T) {
	header := "# 某市养犬管理条例\n\n2010年6月1日 某市人民代表大会常务委员会第十次会议通过\n\n"
	amended := header + "2019年3月2日 某市人民代表大会常务委员会第二十次会议修正\n\n第一条 为了规范养犬行为，制定本条例。\n\n第三十条 本条例自2010年10月1日起施行。\n"
	if f, ok := docFinding(CheckDocument(amended, DocInfo{PublishedDate: review.NewDate(2019, 3, 2)}), "M02"); ok {
		t.Errorf("an amended text's original 施行 date reported: %q", f.Reason)
	}
	plain := header + "第一条 为了规范养犬行为，制定本条例。\n\n第三十条 本条例自2010年1月1日起施行。\n"
	if _, ok := docFinding(CheckDocument(plain, DocInfo{PublishedDate: review.NewDate(2010, 6, 1)}), "M02"); !ok {
		t.Errorf("施行 2010-01-01 before adoption 2010-06-01 with no amendment recorded: no M02")
	}
}

func TestEffectiveTooSoon(t *testing.T) {
	soon := sampleND + "本措施自2025年3月10日起施行，有效期3年。"
	info := DocInfo{PublishedDate: review.MustDate("2025-03-01")}
	f, ok := docFinding(CheckDocument(soon, info), "M03")
	if !ok || !strings.Contains(f.Reason, "9日") {
		t.Fatalf("9 days after publication must be flagged with the number of days; got %+v", f)
	}
	ok30 := sampleND + "本措施自2025年4月1日起施行，有效期3年。"
	if _, ok := docFinding(CheckDocument(ok30, info), "M03"); ok {
		t.Errorf("31 days after publication is fine")
	}
	now := sampleND + "本措施自印发之日起施行，有效期3年。"
	if _, ok := docFinding(CheckDocument(now, DocInfo{}), "M03"); !ok {
		t.Errorf("自印发之日起施行 without a reason must be flagged")
	}
}

func TestValidityMissingOrTooLong(t *testing.T) {
	if _, ok := docFinding(CheckDocument(sampleND, DocInfo{}), "M04"); !ok {
		t.Errorf("a 措施 without 有效期 must be flagged")
	}
	long := sampleND + "本措施有效期8年。"
	if f, ok := docFinding(CheckDocument(long, DocInfo{}), "M04"); !ok || f.Excerpt != "有效期8年" {
		t.Errorf("8 years must be flagged at its statement; got %+v", f)
	}
	provisional := "某市共享单车管理暂行办法\n本办法自2025年1月1日起施行，有效期至2029年12月31日。"
	if _, ok := docFinding(CheckDocument(provisional, DocInfo{}), "M04"); !ok {
		t.Errorf("a 暂行办法 valid for five years must be flagged")
	}
	fine := sampleND + "本措施有效期五年。"
	if _, ok := docFinding(CheckDocument(fine, DocInfo{}), "M04"); ok {
		t.Errorf("five years is within the limit")
	}
	regulation := "某省大气污染防治条例\n第一条 为了防治大气污染，制定本条例。"
	if _, ok := docFinding(CheckDocument(regulation, DocInfo{}), "M04"); ok {
		t.Errorf("regulations carry no validity period")
	}
}

func TestFCRMissingOnlyWhenKnown(t *testing.T) {
	text := "某区关于支持总部企业发展的若干措施\n对新落户的总部企业给予一次性奖励100万元。"
	if _, ok := docFinding(CheckDocument(text, DocInfo{}), "M05"); ok {
		t.Errorf("without FCR knowledge M05 must not run")
	}
	if _, ok := docFinding(CheckDocument(text, DocInfo{FCRKnown: true}), "M05"); !ok {
		t.Errorf("an in-scope document with no FCR conclusion must be flagged")
	}
	if _, ok := docFinding(CheckDocument(text, DocInfo{FCRKnown: true, HasFCRConclusion: true}), "M05"); ok {
		t.Errorf("an FCR conclusion exists: no M05")
	}
	internal := "某区机关食堂就餐管理规定\n就餐时间为中午十二点。"
	if _, ok := docFinding(CheckDocument(internal, DocInfo{FCRKnown: true}), "M05"); ok {
		t.Errorf("a document not touching operators needs no FCR")
	}
}

func TestInternalIssuer(t *testing.T) {
	for issuer, want := range map[string]bool{
		"某市创建全国文明城市工作领导小组办公室": true,
		"某市交通运输局执法支队":         true,
		"某市人民政府办公室":           false,
		"某市交通运输局":             false,
	} {
		_, got := docFinding(CheckDocument(sampleND, DocInfo{IssuerName: issuer}), "M01")
		if got != want {
			t.Errorf("issuer %q: M01 = %v, want %v", issuer, got, want)
		}
	}
}

// A document-level finding on a span is grouped under the clause the span
// sits in: `check` and the screen showed M03 on 第十一条 as unnumbered text.
func TestDocumentFindingNamesItsClause(t *testing.T) {
	text := "某县关于电动自行车充电设施的实施意见\n第一条 本意见适用于本县。\n第十一条 本意见自印发之日起施行，有效期五年。\n"
	f, ok := docFinding(CheckDocument(text, DocInfo{}), "M03")
	if !ok {
		t.Fatal("自印发之日起施行 without a reason must be flagged")
	}
	if f.Clause != "第十一条" || f.Line != 3 {
		t.Errorf("M03 is in 第十一条 on line 3; got clause %q line %d", f.Clause, f.Line)
	}
}
