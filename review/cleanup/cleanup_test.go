package cleanup

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"beishen/review"
)

func doc(id uint64, stage review.Stage, title string, bases ...string) review.Document {
	return review.Document{ID: id, Kind: review.Draft, Stage: stage,
		Meta: review.Meta{Title: title, Issuer: "临江市人民政府", LegalBases: bases, Published: review.MustDate("2019-05-01")}}
}

func TestCivilCodeProposesExactlyTheDocumentsCitingRepealedLaws(t *testing.T) {
	docs := []review.Document{
		doc(1, review.StageInForce, "合同管理办法"),
		doc(2, review.StageInForce, "不动产登记办法"),
		doc(3, review.StageInForce, "劳动用工办法"),
		doc(4, review.StageInForce, "担保管理办法", "《中华人民共和国担保法》第十条"),
		doc(5, review.StageLegality, "在审的合同办法"),
		doc(6, review.StageInForce, "民法典实施办法"),
		doc(7, review.StageInForce, "提及合同法而未加书名号"),
	}
	texts := map[uint64]string{
		1: "第一条 根据《中华人民共和国合同法》，制定本办法。",
		2: "第一条 依据《物权法》和《不动产登记暂行条例》。",
		3: "第一条 根据《中华人民共和国劳动合同法》制定本办法。",
		4: "第一条 为规范担保管理，制定本办法。",
		5: "第一条 根据《合同法》制定本办法。",
		6: "第一条 根据《中华人民共和国民法典》制定本办法。",
		7: "第一条 本办法所称合同，与合同法所称合同相同。",
	}
	got := Propose(docs, texts, CivilCode)
	var ids []uint64
	for _, p := range got {
		ids = append(ids, p.Doc)
	}
	if !slices.Equal(ids, []uint64{1, 2, 4}) {
		t.Fatalf("proposed %v, want [1 2 4] (劳动合同法, a document under review, 民法典 and an unmarked mention are not citations of a repealed law)", ids)
	}
	if !slices.Equal(got[0].Cites, []string{"合同法"}) || !slices.Equal(got[2].Cites, []string{"担保法"}) {
		t.Errorf("cites = %v / %v", got[0].Cites, got[2].Cites)
	}
	if want := "《民法典》施行后，引用已废止的《物权法》"; got[1].Reason != want {
		t.Errorf("reason = %q, want %q", got[1].Reason, want)
	}
}

func TestSelectFiltersByIssuerAndDate(t *testing.T) {
	a := doc(1, review.StageInForce, "甲")
	b := doc(2, review.StageInForce, "乙")
	b.Meta.Issuer, b.Meta.Published = "临江市教育局", review.MustDate("2023-03-01")
	got := Select([]review.Document{a, b}, nil, Filter{Issuer: "教育局"})
	if len(got) != 1 || got[0].Doc != 2 || got[0].Reason != "制定机关含“教育局”" {
		t.Errorf("issuer filter: %+v", got)
	}
	got = Select([]review.Document{a, b}, nil, Filter{From: review.MustDate("2020-01-01")})
	if len(got) != 1 || got[0].Doc != 2 || got[0].Reason != "公布于2020-01-01以后" {
		t.Errorf("date filter: %+v", got)
	}
	// A selection is always given a reason: the campaign's 纳入理由 column
	// and the published lists showed nothing for one chosen by issuer.
	got = Select([]review.Document{a, b}, nil, Filter{Issuer: "教育局", From: review.MustDate("2020-01-01"), To: review.MustDate("2023-12-31")})
	if len(got) != 1 || got[0].Reason != "制定机关含“教育局”，公布于2020-01-01至2023-12-31" {
		t.Errorf("issuer and dates: %+v", got)
	}
	if got = Select([]review.Document{a, b}, nil, Filter{}); len(got) != 2 || got[0].Reason != "生效文件全部纳入" {
		t.Errorf("no filter: %+v", got)
	}
}

func TestListsAsMarkdownAndCSV(t *testing.T) {
	d := doc(1, review.StageRepealed, "合同管理办法")
	d.Meta.DocNumber = "临政规〔2019〕3号"
	members := []Member{{Doc: d, Entry: review.CleanupEntry{Campaign: 9, Outcome: review.Repeal, Why: "上位法已废止"}}}
	c := Campaign{ID: 9, Name: "民法典专项清理"}
	var md bytes.Buffer
	WriteMarkdown(&md, c, members, review.Repeal, review.ZH)
	for _, want := range []string{"## 决定废止的规范性文件目录", "清理批次 #9 民法典专项清理：共1件。", "| 1 | 合同管理办法 | 临政规〔2019〕3号 | 临江市人民政府 | 2019-05-01 | 上位法已废止 |"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	md.Reset()
	WriteMarkdown(&md, c, members, review.KeepInForce, review.EN)
	if !strings.Contains(md.String(), "Documents remaining in force") || !strings.Contains(md.String(), "0 documents") {
		t.Errorf("empty English list:\n%s", md.String())
	}
	var csv bytes.Buffer
	WriteCSV(&csv, members, review.Repeal, review.ZH)
	if want := "\ufeff序号,文件名称,文号,制定机关,公布日期,理由\n1,合同管理办法,临政规〔2019〕3号,临江市人民政府,2019-05-01,上位法已废止\n"; csv.String() != want {
		t.Errorf("csv = %q", csv.String())
	}
}

func TestParseLawsReadsTypedLists(t *testing.T) {
	got := ParseLaws("《中华人民共和国合同法》，物权法、 担保法,《民法通则》第五条")
	if want := []string{"合同法", "物权法", "担保法", "民法通则"}; !slices.Equal(got, want) {
		t.Errorf("ParseLaws = %v, want %v", got, want)
	}
	if got := ParseLaws(" ，、"); len(got) != 0 {
		t.Errorf("separators only gave %v", got)
	}
}

func TestAddEventsCarryTheCampaignAndReason(t *testing.T) {
	evs := AddEvents(7, "民法典专项清理", []Proposal{{Doc: 3, Reason: "引用已废止的《合同法》"}})
	if len(evs) != 1 || evs[0].Doc != 3 || evs[0].Type != review.EvCleanupAdded {
		t.Fatalf("events %+v", evs)
	}
	p, _ := evs[0].Decode()
	if a := p.(*review.CleanupAdded); a.Campaign != 7 || a.Name != "民法典专项清理" || a.Reason != "引用已废止的《合同法》" {
		t.Errorf("payload %+v", a)
	}
}

// An import of the law library that revised one law and dropped another:
// the cleanup proposes the documents citing either, naming the articles.
func TestLibraryUpdateProposesDocumentsCitingChangedLaws(t *testing.T) {
	ev := review.NewEvent(0, review.LawsImported{Collection: "laws", Changed: []string{"行政处罚法"}, Gone: []string{"某某条例"}})
	ev.At = review.MustDate("2026-11-20").Time()
	ch, ok := FromLibrary([]review.Event{ev})
	if !ok || ch.Law != LibraryUpdate || !slices.Equal(ch.Amended, []string{"行政处罚法"}) || !slices.Equal(ch.Repealed, []string{"某某条例"}) {
		t.Fatalf("FromLibrary = %+v %v", ch, ok)
	}
	docs := []review.Document{doc(1, review.StageInForce, "罚款办法"), doc(2, review.StageInForce, "某某办法"), doc(3, review.StageInForce, "无关办法")}
	texts := map[uint64]string{
		1: "第三条 依照《中华人民共和国行政处罚法》第五十一条、第五十二条的规定执行。",
		2: "第一条 根据《某某条例》制定本办法。",
		3: "第一条 根据《中华人民共和国行政许可法》第十二条制定本办法。",
	}
	got := Propose(docs, texts, ch)
	if len(got) != 2 || got[0].Doc != 1 || got[1].Doc != 2 {
		t.Fatalf("proposed %+v", got)
	}
	if !slices.Equal(got[0].Articles, []string{"《行政处罚法》第五十一条", "《行政处罚法》第五十二条"}) ||
		got[0].Reason != "法规库更新（2026-11-20）：引用已修订的《行政处罚法》（《行政处罚法》第五十一条、《行政处罚法》第五十二条）" {
		t.Errorf("doc 1: %+v", got[0])
	}
	if got[1].Reason != "法规库更新（2026-11-20）：引用已废止或法规合集不再收录的《某某条例》" {
		t.Errorf("doc 2: %q", got[1].Reason)
	}
	// The known changes come from the library's list: 民法典 and the others.
	if c, ok := ChangeNamed("国有土地上房屋征收与补偿条例"); !ok || !slices.Contains(c.Repealed, "城市房屋拆迁管理条例") {
		t.Errorf("征收条例 change: %+v %v", c, ok)
	}
	if len(CivilCode.Repealed) != 9 || !CivilCode.Effective.Equal(review.MustDate("2021-01-01")) {
		t.Errorf("CivilCode = %+v", CivilCode)
	}
}
