package cleanup

import (
	"testing"

	"beishen/review"
)

// Every reason Select and Propose store reads in English on the English
// screen and command line; law names and articles stay as written, a
// reason a reviewer typed stays as typed, and Chinese stays Chinese.
func TestReasonsInEnglish(t *testing.T) {
	a := doc(1, review.StageInForce, "合同管理办法")
	a.Meta.Issuer = "临江市教育局"
	texts := map[uint64]string{1: "第三条 依据《中华人民共和国合同法》第五十二条和《中华人民共和国民法通则》，制定本办法。"}
	civil := Propose([]review.Document{a}, texts, CivilCode)
	library := Propose([]review.Document{a}, texts, LawChange{Law: LibraryUpdate, Effective: review.MustDate("2026-11-01"), Repealed: []string{"合同法"}})
	amended := Propose([]review.Document{a}, texts, LawChange{Law: "甲法", Effective: review.MustDate("2026-01-01"), Amended: []string{"合同法"}})
	cites := Select([]review.Document{a}, texts, Filter{Cites: []string{"合同法"}})
	dated := Select([]review.Document{a}, nil, Filter{Issuer: "教育局", From: review.MustDate("2019-01-01"), To: review.MustDate("2020-12-31")})
	after := Select([]review.Document{a}, nil, Filter{From: review.MustDate("2019-01-01")})
	before := Select([]review.Document{a}, nil, Filter{To: review.MustDate("2020-12-31")})
	all := Select([]review.Document{a}, nil, Filter{})
	for _, c := range []struct {
		got  []Proposal
		want string
	}{
		{civil, "after 《民法典》 took effect: cites the repealed 《民法通则》《合同法》 (《合同法》第五十二条)"},
		{library, "law library update (2026-11-01): cites 《合同法》, repealed or no longer in the collection (《合同法》第五十二条)"},
		{amended, "after 《甲法》 took effect: cites the amended 《合同法》 (《合同法》第五十二条)"},
		{cites, "cites the repealed 《合同法》"},
		{dated, "issuer contains “教育局”, published 2019-01-01 to 2020-12-31"},
		{after, "published on or after 2019-01-01"},
		{before, "published on or before 2020-12-31"},
		{all, "every document in force"},
	} {
		if len(c.got) != 1 {
			t.Fatalf("want one proposal for %q, got %+v", c.want, c.got)
		}
		if got := ReasonIn(c.got[0].Reason, review.EN); got != c.want {
			t.Errorf("%q in English:\n got %q\nwant %q", c.got[0].Reason, got, c.want)
		}
		if got := ReasonIn(c.got[0].Reason, review.ZH); got != c.got[0].Reason {
			t.Errorf("Chinese changed: %q → %q", c.got[0].Reason, got)
		}
	}
	if got := ReasonIn("区政府专题会议要求一并清理", review.EN); got != "区政府专题会议要求一并清理" {
		t.Errorf("a typed reason was rewritten: %q", got)
	}
}
