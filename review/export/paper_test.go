package export

import (
	"bytes"
	"strings"
	"testing"

	"beishen/review"
)

func paperOf(k PaperKind) Opinion {
	o := Opinion{Kind: k, Checklist: review.LegalityChecklist, Doc: decidedDoc(), Reviewer: "张审查", Date: review.MustDate("2026-11-27"),
		Number: "临司审〔2026〕3号", Body: "临河区司法局", Addressee: "区交通运输局", Handler: "李承办", Head: "王局长",
		Filing: FilingReview{Due: review.MustDate("2026-12-27"), Reason: "起草说明\n制定依据"}}
	if k == PaperFair {
		o.Checklist = review.FairChecklist
	}
	return o
}

// Every paper has a built-in template that lays out the header, the
// addressee and the sign-off, in docx and markdown alike.
func TestEveryPaperHasHeaderAddresseeAndSignOff(t *testing.T) {
	for _, k := range PaperKinds {
		o := paperOf(k)
		var md, docx bytes.Buffer
		if err := WriteOpinionMarkdown(&md, o); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		if err := WriteOpinionDOCX(&docx, o); err != nil {
			t.Fatalf("%s docx: %v", k, err)
		}
		_, text := docxText(t, docx.Bytes())
		for _, want := range []string{"临河区司法局", k.Title(), "临司审〔2026〕3号", "区交通运输局：", "承办人：李承办", "审核人：张审查", "负责人：王局长", "2026年11月27日"} {
			if !strings.Contains(md.String(), want) {
				t.Errorf("%s markdown lacks %q:\n%s", k, want, md.String())
			}
			if !strings.Contains(text, want) {
				t.Errorf("%s docx lacks %q", k, want)
			}
		}
		if testing.Verbose() {
			t.Logf("%s:\n%s", k, md.String())
		}
	}
}

// The filed-document papers say what they must: what to supplement and by
// when, the problems with their basis and the response date.
func TestFiledPapersSayWhatAndByWhen(t *testing.T) {
	cases := map[PaperKind][]string{
		PaperDeferred:   {"（一）起草说明", "（二）制定依据", "请于2026年12月27日前补充报送"},
		PaperReview:     {"（一）设定罚款。", "《行政处罚法》第十六条", "于2026年12月27日前将处理意见书面回复"},
		PaperCorrection: {"（二）要求在本地注册。", "于2026年12月27日前自行纠正"},
		PaperTerminated: {"起草说明", "本件审查终止"},
		PaperRegistered: {"予以备案登记"},
	}
	for k, wants := range cases {
		var md bytes.Buffer
		if err := WriteOpinionMarkdown(&md, paperOf(k)); err != nil {
			t.Fatal(err)
		}
		for _, w := range wants {
			if !strings.Contains(md.String(), w) {
				t.Errorf("%s lacks %q:\n%s", k, w, md.String())
			}
		}
	}
}

// An office's own template replaces the built-in one; a broken one is
// reported, not written.
func TestOfficeTemplateReplacesTheBuiltIn(t *testing.T) {
	o := paperOf(PaperRegistered)
	o.Template = "# 登记通知书\n< {{.Addressee}}：\n. 予以登记，**编号** {{.Number}}。\n> {{.DateCN}}\n"
	var md bytes.Buffer
	if err := WriteOpinionMarkdown(&md, o); err != nil {
		t.Fatal(err)
	}
	want := "# 登记通知书\n\n区交通运输局：\n\n予以登记，**编号** 临司审〔2026〕3号。\n\n2026年11月27日\n"
	if md.String() != want {
		t.Fatalf("got\n%q\nwant\n%q", md.String(), want)
	}
	o.Template = "{{.NoSuchField}}"
	if err := WriteOpinionMarkdown(&md, o); err == nil || !strings.Contains(err.Error(), "模板有误") {
		t.Fatalf("a broken template: %v", err)
	}
}

// A rule confirmed at several places is one problem in a letter, stated
// with every clause and the words quoted from it, its basis once.
func TestPaperStatesARuleFoundTwiceAsOneProblem(t *testing.T) {
	o := paperOf(PaperReview)
	reward := func(clause, excerpt string) review.FindingState {
		return review.FindingState{Status: review.FindingConfirmed, Finding: review.Finding{Rule: "F10", Title: "给予特定经营者补贴",
			Category: review.FairCompetition, Basis: []string{"《公平竞争审查条例》第十条第（二）项"}, Clause: clause, Excerpt: excerpt, Reason: "需有法律依据"}}
	}
	o.Doc.Findings = []review.FindingState{reward("一、1.", "奖励3万元"), reward("一、1.", "奖励5万元"), reward("一、2.", "奖励30万元"), reward("一、2.", "奖励30万元"),
		{Status: review.FindingConfirmed, Finding: review.Finding{Rule: "M03", Title: "公布后施行过快", Excerpt: "自发布之日起施行"}}}
	o.Doc.Checks = nil // the findings alone: a failed item would be one more problem
	lines := o.FindingLines()
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2: %+v", len(lines), lines)
	}
	want := "见一、1.“奖励3万元”“奖励5万元”，见一、2.“奖励30万元”；依据《公平竞争审查条例》第十条第（二）项；需有法律依据。"
	if l := lines[0]; l.N != "一" || l.Head != "给予特定经营者补贴" || l.Body != want || l.Basis != "《公平竞争审查条例》第十条第（二）项" {
		t.Errorf("first line %+v\nwant body %s", l, want)
	}
	if l := lines[1]; l.N != "二" || l.Body != "原文“自发布之日起施行”。" {
		t.Errorf("second line %+v", l)
	}
}

// A reviewer of a filed document marked FC8 (出台前形成书面审查结论) 不符合
// — the issuer had no written fair-competition conclusion — and sent the
// 审查意见书: it listed the confirmed findings only, so the issuer never
// heard of the problem the reviewer found by reading. The letters to a
// filed document's issuer have no checklist table; such an item is now
// one more numbered problem with its basis and the reviewer's note, while
// an item a confirmed finding already states (LC3 here) is not repeated.
func TestFiledLettersNameAFailedItemNoFindingStates(t *testing.T) {
	for _, k := range []PaperKind{PaperReview, PaperCorrection} {
		o := paperOf(k)
		o.Doc.Checks["FC8"] = review.ChecklistEntry{Mark: review.Nonconforming, Note: "报备材料中无公平竞争审查结论。"}
		o.Doc.Checks["FC0"] = review.ChecklistEntry{Mark: review.Nonconforming}
		// Marked by L06-1 when it was confirmed; it has since been dismissed.
		o.Doc.Checks["LC6"] = review.ChecklistEntry{Mark: review.Nonconforming, Note: "见已确认问题 L06-1：收取保证金"}
		var md bytes.Buffer
		if err := WriteOpinionMarkdown(&md, o); err != nil {
			t.Fatal(err)
		}
		out := md.String()
		want := "**（三）审查事项“出台前形成书面审查结论”不符合要求。**依据《公平竞争审查条例》第十七条、第十八条；报备材料中无公平竞争审查结论。"
		if !strings.Contains(out, want) {
			t.Errorf("%s lacks %q:\n%s", k, want, out)
		}
		if strings.Contains(out, "第十二条设定罚款") || strings.Contains(out, "属于审查范围") || strings.Contains(out, "收取保证金") || strings.Contains(out, "（四）") {
			t.Errorf("%s repeats an item a finding states, or names the scope item:\n%s", k, out)
		}
	}
	// A draft's letters name such an item too, beside their table: walking
	// a real 条例 returned for its 第三十六条 (LC10 不符合, no finding), the
	// opinion said “经查，未发现需要修改的问题” above a table reading 不符合
	// and a decision 退回修改. The fair-competition conclusion names its
	// own items only.
	o := paperOf(PaperOpinion)
	o.Doc.Checks["FC8"] = review.ChecklistEntry{Mark: review.Nonconforming}
	o.Doc.Checks["LC10"] = review.ChecklistEntry{Mark: review.Nonconforming, Note: "第三十六条全域禁燃，超出上位法授权"}
	lines := o.FindingLines()
	if len(lines) != 4 || !strings.Contains(lines[2].Head+lines[2].Body, "与上位法不抵触”不符合要求依据《立法法》第一百零七条；第三十六条全域禁燃") {
		t.Errorf("the opinion letter states %d problems, want the 2 findings, LC10 and FC8: %+v", len(lines), lines)
	}
	o.Checklist = review.FairChecklist
	if lines := o.FindingLines(); len(lines) == 0 || strings.Contains(lines[len(lines)-1].Head, "与上位法不抵触") {
		t.Errorf("the fair-competition conclusion states a legality item: %+v", lines)
	}
}

// A reviewer refused registration (不予登记: a 地方性法规, not a normative
// document) and pressed o: the paper offered first was the 备案登记通知,
// which tells the issuer “予以备案登记”. The notice that the review ends,
// with the reason, comes first now.
func TestNotRegisteredOffersTheTerminationNoticeFirst(t *testing.T) {
	d := decidedDoc()
	f := FilingReview{Outcome: "not_registered", Reason: "系地方性法规，不属于行政规范性文件"}
	if ks := PapersFor(d, f); len(ks) == 0 || ks[0] != PaperTerminated {
		t.Fatalf("papers for a refused registration: %v", ks)
	}
	o := paperOf(PaperTerminated)
	o.Filing = f
	var md bytes.Buffer
	if err := WriteOpinionMarkdown(&md, o); err != nil {
		t.Fatal(err)
	}
	if out := md.String(); !strings.Contains(out, "系地方性法规，不属于行政规范性文件") || strings.Contains(out, "予以备案登记") {
		t.Errorf("the termination notice:\n%s", out)
	}
}
