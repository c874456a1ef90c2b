package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"beishen/review"
	"beishen/review/laws"
)

func decidedDoc() review.Document {
	f := func(rule string, cat review.Category, title, clause, excerpt string, basis ...string) review.Finding {
		return review.Finding{Rule: rule, Category: cat, Severity: review.High, Title: title, Clause: clause, Excerpt: excerpt, Basis: basis}
	}
	return review.Document{ID: 4, Kind: review.Filed,
		Meta: review.Meta{Title: "共享电单车停放管理暂行办法", DocNumber: number, Issuer: "临河区人民政府",
			DraftingUnit: "区交通运输局", Received: review.MustDate("2026-11-02")},
		Stage: review.StageInForce,
		Findings: []review.FindingState{
			{Finding: f("L01", review.Legality, "设定罚款", "第十二条", "处以五百元罚款", "《行政处罚法》第十六条"), Status: review.FindingConfirmed},
			{Finding: f("F04", review.FairCompetition, "要求在本地注册", "第八条", "须在本区注册", "《公平竞争审查条例》第九条"), Status: review.FindingConfirmed},
			{Finding: f("L06", review.Legality, "收取保证金", "第九条", "缴纳保证金"), Status: review.FindingDismissed, Reason: "有法定依据"},
		},
		Checks:      map[string]review.ChecklistEntry{"LC3": {Mark: review.Nonconforming, Note: "第十二条设定罚款"}, "LC1": {Mark: review.Conforms}},
		Outcome:     review.PassAmended,
		OutcomeNote: "删除第十二条罚款规定 & 第八条“须在本区注册”<后>通过。",
		DecidedAt:   review.MustDate("2026-11-27"),
	}
}

// docxText unzips a docx and returns its parts and the text of document.xml.
func docxText(t *testing.T, b []byte) (map[string]string, string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(data)
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			d := xml.NewDecoder(bytes.NewReader(data))
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
				}
			}
		}
	}
	var text strings.Builder
	d := xml.NewDecoder(strings.NewReader(parts["word/document.xml"]))
	inT := false
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inT = tok.Name.Local == "t"
			if tok.Name.Local == "p" {
				text.WriteString("\n")
			}
		case xml.EndElement:
			inT = false
		case xml.CharData:
			if inT {
				text.Write(tok)
			}
		}
	}
	return parts, text.String()
}

func TestOpinionDOCXHoldsTitleFindingsAndDecision(t *testing.T) {
	o := Opinion{Checklist: review.LegalityChecklist, Doc: decidedDoc(), Reviewer: "张审查", Date: review.MustDate("2026-11-27")}
	var buf bytes.Buffer
	if err := WriteOpinionDOCX(&buf, o); err != nil {
		t.Fatal(err)
	}
	parts, text := docxText(t, buf.Bytes())
	for _, p := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels", "docProps/core.xml"} {
		if _, ok := parts[p]; !ok {
			t.Errorf("package lacks %s", p)
		}
	}
	for _, want := range []string{"合法性审核意见书", "《共享电单车停放管理暂行办法》", number, "区交通运输局",
		"（一）设定罚款。", "见第十二条", "《行政处罚法》第十六条", "（二）要求在本地注册。",
		"审查结论：修改后通过。", "删除第十二条罚款规定 & 第八条“须在本区注册”<后>通过。",
		"LC3", "不符合", "第十二条设定罚款", "审核人：张审查", "2026年11月27日"} {
		if !strings.Contains(text, want) {
			t.Errorf("document text lacks %q", want)
		}
	}
	if strings.Contains(text, "收取保证金") {
		t.Error("a dismissed finding is in the opinion")
	}
	styles := parts["word/styles.xml"]
	if !strings.Contains(styles, `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"`) {
		t.Error("docDefaults do not name 仿宋_GB2312 as the East Asian font")
	}
	if !strings.Contains(parts["word/document.xml"], `w:eastAsia="方正小标宋简体"`) {
		t.Error("the title run does not name 方正小标宋简体")
	}
	// Reproducible bytes: the same opinion writes the same file.
	var again bytes.Buffer
	WriteOpinionDOCX(&again, o)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("two writes of one opinion differ")
	}
}

func TestFairCompetitionConclusionStatesOnlyItsFindings(t *testing.T) {
	d := decidedDoc()
	d.Checks["FC4"] = review.ChecklistEntry{Mark: review.Nonconforming, Note: "限定本地注册"}
	o := Opinion{Checklist: review.FairChecklist, Doc: d, Reviewer: "张审查", Date: review.MustDate("2026-11-27")}
	var buf bytes.Buffer
	if err := WriteOpinionDOCX(&buf, o); err != nil {
		t.Fatal(err)
	}
	_, text := docxText(t, buf.Bytes())
	for _, want := range []string{"公平竞争审查结论", "（一）要求在本地注册。", "公平竞争审查清单", "FC4", "限定本地注册"} {
		if !strings.Contains(text, want) {
			t.Errorf("conclusion lacks %q", want)
		}
	}
	if strings.Contains(text, "设定罚款") {
		t.Error("a legality finding is in the fair-competition conclusion")
	}
	var md bytes.Buffer
	if err := WriteOpinionMarkdown(&md, o); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "# 公平竞争审查结论") || !strings.Contains(md.String(), "审查结论：**修改后通过**") {
		t.Errorf("markdown conclusion:\n%s", md.String())
	}
}

// The letters quote each basis from the law library, or cite it only.
func TestOpinionQuotesTheBasisOrCitesIt(t *testing.T) {
	for _, fair := range []bool{false, true} {
		o := Opinion{Checklist: review.LegalityChecklist, Doc: decidedDoc(), Reviewer: "张审查", Date: review.MustDate("2026-11-27"), Library: laws.Embedded()}
		want := "依据《行政处罚法》第十六条：“除法律、法规、规章外，其他规范性文件不得设定行政处罚。”"
		if fair {
			o.Checklist = review.FairChecklist
			want = "依据《公平竞争审查条例》第九条：“起草单位起草的政策措施，不得含有下列限制商品、要素自由流动的内容：（一）"
		}
		var md bytes.Buffer
		if err := WriteOpinionMarkdown(&md, o); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(md.String(), want) {
			t.Errorf("fair=%v: no quote %q in\n%s", fair, want, md.String())
		}
		var docx bytes.Buffer
		if err := WriteOpinionDOCX(&docx, o); err != nil {
			t.Fatal(err)
		}
		if _, text := docxText(t, docx.Bytes()); !strings.Contains(text, want) {
			t.Errorf("fair=%v: docx lacks the quote", fair)
		}
		o.Library = nil
		md.Reset()
		WriteOpinionMarkdown(&md, o)
		if strings.Contains(md.String(), "：“") {
			t.Errorf("fair=%v: cite-only letter quotes:\n%s", fair, md.String())
		}
	}
}

// For every checklist item a rule bears on, a confirmed finding of that
// rule makes the item's row in the letter say 不符合, even when the log
// (an older one, written before marks followed findings) says 符合.
func TestLetterNeverSaysConformsBesideAConfirmedFinding(t *testing.T) {
	for _, cl := range []review.Checklist{review.LegalityChecklist, review.FairChecklist} {
		for _, it := range cl.Items() {
			for _, rule := range it.Rules {
				d := review.Document{Kind: review.Draft, Meta: review.Meta{Title: "测试办法"}, Checks: map[string]review.ChecklistEntry{}}
				for _, x := range cl.Items() {
					d.Checks[x.ID] = review.ChecklistEntry{Mark: review.Conforms}
				}
				d.Findings = []review.FindingState{{Finding: review.Finding{Rule: rule + "x", Title: "问题" + rule, Category: review.FairCompetition}, Status: review.FindingConfirmed}}
				var md bytes.Buffer
				if err := WriteOpinionMarkdown(&md, Opinion{Checklist: cl, Doc: d, Reviewer: "张审查", Date: review.MustDate("2026-11-27")}); err != nil {
					t.Fatal(err)
				}
				for _, line := range strings.Split(md.String(), "\n") {
					if strings.HasPrefix(line, "| "+it.ID+" |") && (!strings.Contains(line, "不符合") || !strings.Contains(line, "问题"+rule)) {
						t.Errorf("%s with a confirmed %s finding: %s", it.ID, rule, line)
					}
				}
			}
		}
	}
}

// A finding with its nearest published case cites the case in the letter:
// who issued it, in which document, what was wrong, who published it.
func TestFindingTextCitesThePrecedent(t *testing.T) {
	f := review.FindingState{Finding: review.Finding{Rule: "L10", Category: review.Legality, Title: "株连家属", Excerpt: "子女一律不得就读城区学校",
		Precedent: &review.Precedent{ID: "LEG-002", Issuer: "泉州市泉港区某领导小组", Document: "关于对涉诈重点人员采取惩戒措施的通告",
			Wrong: "株连子女，限制受教育权", Publisher: "全国人大常委会法工委备案审查工作情况报告"}}, Status: review.FindingConfirmed}
	_, body := FindingText(f, nil, review.Date{})
	for _, want := range []string{"参见已纠正案例：泉州市泉港区某领导小组《关于对涉诈重点人员采取惩戒措施的通告》", "株连子女，限制受教育权", "全国人大常委会法工委备案审查工作情况报告"} {
		if !strings.Contains(body, want) {
			t.Errorf("letter lacks %q: %s", want, body)
		}
	}
	f.Precedent = nil
	if _, body := FindingText(f, nil, review.Date{}); strings.Contains(body, "参见") {
		t.Errorf("no precedent, yet the letter cites one: %s", body)
	}
}
