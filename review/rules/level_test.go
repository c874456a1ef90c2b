package rules

import (
	"testing"

	"beishen/review"
)

// A fine set in a text is a finding whose weight depends on who made the
// text: a normative document may set none, a local regulation or a rule
// some (a prompt), a law or an administrative regulation all of them
// (nothing to report).
func TestLevelDecidesSettingFindings(t *testing.T) {
	body := "\n\n第二十条 违反本规定，未取得许可证从事经营的，处一万元以上五万元以下罚款。\n"
	for _, c := range []struct {
		name, text string
		want       review.Severity // "" = no finding
	}{
		{"a district's notice", "某区人民政府关于加强市场管理的通知" + body, review.High},
		{"the State Council's Office's notice", "国务院办公厅关于加强市场管理的通知" + body, review.High},
		{"a State Council order in the header", "# 个人存款账户实名制规定\n\n2000年3月20日 中华人民共和国国务院令第285号发布\n" + body, ""},
		{"approved by the State Council, issued by a ministry", "# 水路货物运输合同实施细则\n\n1986年11月8日 国务院批准\n\n1986年12月1日 交通部发布\n" + body, ""},
		{"a law", "中华人民共和国广告法" + body, ""},
		{"a 条例 naming no place", "化妆品监督管理条例" + body, ""},
		{"the State Council's own 规定", "国务院关于管理外国企业常驻代表机构的暂行规定" + body, ""},
		{"the state's 规定 by its full name", "中华人民共和国国务院关于管理外国企业常驻代表机构的暂行规定" + body, ""},
		{"a province's regulation", "河南省大气污染防治条例" + body, review.Low},
		{"a county's regulation, short place form", "长阳土家族自治县水资源保护条例" + body, review.Low},
		{"a city government's rule", "# 杭州市市容管理办法\n\n2019年5月1日 杭州市人民政府令第312号公布\n" + body, review.Low},
		{"a ministry's rule", "# 机动车维修管理规定\n\n2005年6月24日 交通部令2005年第7号发布\n" + body, review.Low},
		{"a congress's adoption", "# 周口市养犬管理条例\n\n2020年6月23日 周口市第四届人民代表大会常务委员会第二十五次会议通过\n" + body, review.Low},
	} {
		f, ok := findingFor(t, c.text, "L01")
		switch {
		case c.want == "" && ok:
			t.Errorf("%s: L01 %s %q, want none", c.name, f.Severity, f.Excerpt)
		case c.want != "" && !ok:
			t.Errorf("%s: no L01, want %s", c.name, c.want)
		case ok && f.Severity != c.want:
			t.Errorf("%s: L01 %s, want %s", c.name, f.Severity, c.want)
		}
	}
}

// A clause checked alone is a normative document's, whatever it cites or
// whoever it names: a report that mentions the State Council or ends with
// a law's title is not that law.
func TestLevelOfAClauseAlone(t *testing.T) {
	for _, text := range []string{
		"对未取得许可证从事经营的，由市场监管部门处一万元罚款，违反了《中华人民共和国行政处罚法》",
		"2023年3月，某县人民政府经国务院批准的规划范围内，对未取得许可证从事经营的，处一万元罚款",
	} {
		if got := documentLevel(text, firstLine(text)); got != levelNormative {
			t.Errorf("%q: level %d, want a normative document's", text, got)
		}
		if _, ok := findingFor(t, text, "L01"); !ok {
			t.Errorf("%q: no L01", text)
		}
	}
}
