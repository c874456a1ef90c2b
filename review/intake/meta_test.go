package intake

import (
	"os"
	"path/filepath"
	"testing"

	"beishen/review"
)

// sharedDir is /work/shared (../shared beside the checkout in CI), found
// from the package directory; tests that need it skip without it.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	dir, err := filepath.Abs("../../../shared")
	if err == nil {
		if _, err = os.Stat(filepath.Join(dir, "corpus")); err == nil {
			return dir
		}
	}
	tb.Skip("shared/corpus not found beside the checkout")
	return ""
}

// The normative document in the dev corpus: title, issuer and date from the
// signature block, and "本政策自发布之日起施行" (not the reward clause's own
// retroactive "自2022年1月1日执行") as the entry into force. Values from
// corpus/dev/docs/index.jsonl.
func TestMetaDevDocument001(t *testing.T) {
	r, err := ReadFile(filepath.Join(sharedDir(t), "corpus/dev/docs/001.txt"))
	if err != nil {
		t.Fatal(err)
	}
	m := r.Meta
	if m.Title != "湖州市南浔区人民政府办公室关于印发加快推进服务业高质量发展若干意见的通知" {
		t.Errorf("title %q", m.Title)
	}
	if m.Issuer != "湖州市南浔区人民政府办公室" || m.SignedDate != review.MustDate("2023-03-31") {
		t.Errorf("issuer %q date %s", m.Issuer, m.SignedDate)
	}
	if !m.EffectiveOnPublication || !m.EffectiveDate.IsZero() {
		t.Errorf("effective: on publication %v, date %s", m.EffectiveOnPublication, m.EffectiveDate)
	}
	// 浔政办发〔2020〕11号 is cited as the document being replaced, not ours.
	if m.DocNumber != "" || m.Provisional {
		t.Errorf("doc number %q provisional %v", m.DocNumber, m.Provisional)
	}
}

// Local regulations (dev 002–004): adoption/approval dates under the title,
// the adopting congress as issuer, 施行 from the last article.
func TestMetaDevRegulations(t *testing.T) {
	dir := sharedDir(t)
	for _, c := range []struct {
		file, title, issuer, signed, effective string
	}{
		{"002.txt", "周口市大气污染防治条例", "周口市人民代表大会常务委员会", "2020-07-31", "2020-10-01"},
		{"003.txt", "河南省大气污染防治条例", "河南省人民代表大会常务委员会", "2017-12-01", "2018-03-01"},
	} {
		r, err := ReadFile(filepath.Join(dir, "corpus/dev/docs", c.file))
		if err != nil {
			t.Fatal(err)
		}
		m := r.Meta
		if m.Title != c.title || m.Issuer != c.issuer || m.SignedDate.String() != c.signed || m.EffectiveDate.String() != c.effective {
			t.Errorf("%s: %+v", c.file, m)
		}
	}
}

// Administrative regulations in Markdown from the bulk corpus: "# " title,
// the dated header lines (公布 / 修订 / 施行) and the 国务院令 number.
func TestMetaBulkRegulations(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus/bulk/行政法规")
	for _, c := range []struct {
		file, title, docNumber, issuer, signed, effective string
		onPublication, provisional                        bool
	}{
		{"不动产登记暂行条例(2019-03-24).md", "不动产登记暂行条例", "国务院令第656号", "国务院", "2014-11-24", "2015-03-01", false, true},
		{"专利代理条例(2018-11-06).md", "专利代理条例", "国务院令第706号", "国务院", "2018-11-06", "2019-03-01", false, false},
		{"上海航运交易所管理规定(1996-10-03).md", "上海航运交易所管理规定", "交通部令第8号", "交通部", "1996-10-03", "", true, false},
		{"旅行社条例(2020-11-29).md", "旅行社条例", "国务院令第550号", "国务院", "2017-03-01", "2009-05-01", false, false},
		{"两用物项出口管制条例(2024-09-30).md", "中华人民共和国两用物项出口管制条例", "", "", "", "2024-12-01", false, false},
	} {
		r, err := ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		m := r.Meta
		if m.Title != c.title || m.DocNumber != c.docNumber || m.Issuer != c.issuer || m.SignedDate.String() != c.signed ||
			m.EffectiveDate.String() != c.effective || m.EffectiveOnPublication != c.onPublication || m.Provisional != c.provisional {
			t.Errorf("%s:\n got %+v\nwant %+v", c.file, m, c)
		}
		if r.Format != MD {
			t.Errorf("%s: format %s", c.file, r.Format)
		}
	}
}

// A typical draft: 版头 with the masthead and 文号 in a bracket variant, a
// title wrapped over two lines, Chinese-numeral signature date, validity.
func TestMetaNormativeDraft(t *testing.T) {
	text := `南浔区人民政府办公室文件

南政办规[2023]5号

南浔区人民政府办公室关于印发南浔区促进商贸流通
暂行办法的通知

各镇人民政府：
现将《南浔区促进商贸流通暂行办法》印发给你们，请认真贯彻执行。

南浔区人民政府办公室
南浔区商务局
（盖章）
二〇二三年三月三十一日

第一条 为促进商贸流通，制定本办法。
第二十条 本办法自2023年5月1日起施行，有效期至2025年4月30日。
`
	m := ExtractMeta(text)
	want := Meta{
		Title:         "南浔区人民政府办公室关于印发南浔区促进商贸流通暂行办法的通知",
		DocNumber:     "南政办规〔2023〕5号",
		Issuer:        "南浔区人民政府办公室、南浔区商务局",
		SignedDate:    review.MustDate("2023-03-31"),
		EffectiveDate: review.MustDate("2023-05-01"),
		ValidityEnd:   review.MustDate("2025-04-30"),
		Provisional:   true,
	}
	if m != want {
		t.Errorf("\n got %+v\nwant %+v", m, want)
	}
}

// Variants a reviewer meets: full-width and round brackets in 文号, "有效期为
// 五年", on-publication entry into force, issuer taken from the title when
// there is no signature block, a licence's 有效期 that is not the document's.
func TestMetaVariants(t *testing.T) {
	for _, c := range []struct {
		tried string
		text  string
		check func(Meta) bool
	}{
		{"full-width brackets", "XX市人民政府关于X的决定\n市政〔2024〕12号\n", func(m Meta) bool { return m.DocNumber == "市政〔2024〕12号" }},
		{"（） brackets", "浙政办发（2022）３号\n关于X的通知\n", func(m Meta) bool { return m.DocNumber == "浙政办发〔2022〕3号" }},
		{"［］ brackets", "湖政规［2021］7号\n关于X的通知\n", func(m Meta) bool { return m.DocNumber == "湖政规〔2021〕7号" }},
		{"validity in words", "关于X的办法\n第九条 本办法自印发之日起施行，有效期为五年。\n", func(m Meta) bool { return m.ValidityYears == 5 && m.EffectiveOnPublication }},
		{"issuer from the title", "湖州市人民政府关于加强X管理的通知\n各区：\n", func(m Meta) bool { return m.Issuer == "湖州市人民政府" }},
		{"licence validity is not the document's", "关于X的办法\n第五条 许可证有效期为3年。\n", func(m Meta) bool { return m.ValidityYears == 0 }},
		{"joint issuers on one line", "关于X的通知\n\n甲市城市管理局　　甲市公安局\n2026年9月1日\n", func(m Meta) bool { return m.Issuer == "甲市城市管理局、甲市公安局" }},
		{"date with 零 and 十", "关于X的通知\n\n某某局\n二零二零年十月二十日\n", func(m Meta) bool { return m.SignedDate == review.MustDate("2020-10-20") && m.Issuer == "某某局" }},
		{"impossible date ignored", "关于X的通知\n\n某某局\n2023年2月30日\n", func(m Meta) bool { return m.SignedDate.IsZero() }},
		{"试行 title", "关于X的实施细则（试行）\n", func(m Meta) bool { return m.Provisional }},
	} {
		if m := ExtractMeta(c.text); !c.check(m) {
			t.Errorf("%s: %+v", c.tried, m)
		}
	}
}

// Chinese numerals as Word writes clause numbers (reading them is review/cnum's).
func TestFormatNumber(t *testing.T) {
	for n, want := range map[int]string{1: "一", 10: "十", 11: "十一", 20: "二十", 105: "一百零五", 110: "一百一十", 1000: "一千"} {
		if got := formatNumber(n, "chineseCounting"); got != want {
			t.Errorf("formatNumber(%d) = %q, want %q", n, got, want)
		}
	}
	if got := formatNumber(12, "chineseLegalSimplified"); got != "壹拾贰" {
		t.Errorf("legal 12 = %q", got)
	}
}
