package intake

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// buildDocx zips parts into a .docx; document is the inside of <w:body>.
func buildDocx(t testing.TB, body string, extra map[string]string) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`,
	}
	for k, v := range extra {
		parts[k] = v
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/numbering.xml", "word/styles.xml"} {
		v, ok := parts[name]
		if !ok {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(v))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func para(runs string) string { return `<w:p>` + runs + `</w:p>` }
func run(text string) string  { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

func readDocxText(t *testing.T, data []byte) string {
	t.Helper()
	r, err := Read("test.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	return r.Text
}

// Tracked changes: what a reviewer would see with changes accepted.
// Deleted text is absent, inserted text present, field codes hidden while
// their displayed result stays, and the Word-only fallback copy of a text
// box is not duplicated.
func TestDocxTrackedChangesAndFields(t *testing.T) {
	body := para(run("对符合条件的企业")+
		`<w:del w:id="1" w:author="审查员"><w:r><w:delText>在本区注册的</w:delText></w:r></w:del>`+
		`<w:ins w:id="2" w:author="审查员"><w:r><w:t>依法登记的</w:t></w:r></w:ins>`+
		run("给予奖励。")) +
		para(run("见第")+
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \* MERGEFORMAT </w:instrText></w:r>`+
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`+run("3")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`+
			run("页")) +
		para(`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>`+para(run("文本框"))+
			`</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>`+para(run("文本框"))+
			`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`)
	text := readDocxText(t, buildDocx(t, body, nil))
	if strings.Contains(text, "在本区注册的") {
		t.Errorf("deleted text extracted:\n%s", text)
	}
	if !strings.Contains(text, "对符合条件的企业依法登记的给予奖励。") {
		t.Errorf("inserted text missing:\n%s", text)
	}
	if strings.Contains(text, "PAGE") || !strings.Contains(text, "见第3页") {
		t.Errorf("field code shown or result lost:\n%s", text)
	}
	if strings.Count(text, "文本框") != 1 {
		t.Errorf("text box extracted %d times:\n%s", strings.Count(text, "文本框"), text)
	}
}

const numberingXML = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%2条"/><w:lvlRestart w:val="0"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%3）"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseLegalSimplified"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`

const stylesXML = `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wNS + `>
<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="条"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ClauseBody"><w:basedOn w:val="Clause"/></w:style>
</w:styles>`

func numbered(numID, ilvl int, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + itoa(ilvl) + `"/><w:numId w:val="` + itoa(numID) + `"/></w:numPr>` +
		`<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>` + run(text) + `</w:p>`
}

func styled(style, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>` + run(text) + `</w:p>`
}

func itoa(i int) string { return strings.TrimSpace(formatNumber(i, "decimal")) }

// Clause labels that exist only as Word auto-numbering are rendered as a
// reader sees them: 第一章, 第一条 … 第十二条 (numbered on across chapters,
// since the level says never restart), （一）（二） restarting under each
// clause, style-based numbering through basedOn, w:start honoured, and
// 大写 numerals.
func TestDocxAutoNumbering(t *testing.T) {
	var b strings.Builder
	b.WriteString(numbered(1, 0, "总则"))
	b.WriteString(numbered(1, 1, "为了规范管理，制定本办法。"))
	b.WriteString(numbered(1, 2, "甲项；"))
	b.WriteString(numbered(1, 2, "乙项。"))
	b.WriteString(numbered(1, 1, "本办法适用于本区。"))
	b.WriteString(numbered(1, 2, "重新编号的项。"))
	b.WriteString(numbered(1, 0, "附则"))
	for i := 0; i < 8; i++ {
		b.WriteString(styled("ClauseBody", "条文内容。"))
	}
	b.WriteString(styled("Clause", "本办法自2024年1月1日起施行。"))
	b.WriteString(numbered(2, 0, "从九开始"))
	b.WriteString(numbered(2, 0, "然后是十"))
	b.WriteString(numbered(3, 0, "大写一"))
	b.WriteString(numbered(3, 0, "大写二"))
	b.WriteString(para(run("无编号段落")))
	text := readDocxText(t, buildDocx(t, b.String(), map[string]string{
		"word/numbering.xml": numberingXML, "word/styles.xml": stylesXML,
	}))
	want := []string{
		"第一章 总则",
		"第一条 为了规范管理，制定本办法。",
		"（一）甲项；",
		"（二）乙项。",
		"第二条 本办法适用于本区。",
		"（一）重新编号的项。",
		"第二章 附则",
		"第三条 条文内容。",
		"第十条 条文内容。",
		"第十一条 本办法自2024年1月1日起施行。",
		"9. 从九开始",
		"10. 然后是十",
		"壹、大写一",
		"贰、大写二",
		"无编号段落",
	}
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	got := map[string]bool{}
	for _, l := range lines {
		got[l] = true
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing line %q in:\n%s", w, text)
		}
	}
}

// Tables: cells separated by tabs, rows by newlines, a cell's paragraphs
// kept on its row.
func TestDocxTable(t *testing.T) {
	cell := func(ps ...string) string {
		s := `<w:tc><w:tcPr><w:tcW w:w="2000"/></w:tcPr>`
		for _, p := range ps {
			s += para(run(p))
		}
		return s + `</w:tc>`
	}
	body := para(run("附表")) + `<w:tbl><w:tblPr/><w:tblGrid/>` +
		`<w:tr>` + cell("条款") + cell("审查意见") + `</w:tr>` +
		`<w:tr>` + cell("第五条") + cell("删除“本地注册”", "建议修改") + `</w:tr>` +
		`</w:tbl>` + para(run("表后"))
	text := readDocxText(t, buildDocx(t, body, nil))
	want := "附表\n条款\t审查意见\n第五条\t删除“本地注册” 建议修改\n表后\n"
	if text != want {
		t.Errorf("text = %q, want %q", text, want)
	}
}

// A .docx cut off in transfer (half the bytes) is reported as damaged with
// advice to get the original again.
func TestDocxTruncated(t *testing.T) {
	data := buildDocx(t, para(run(strings.Repeat("第一条 内容。", 200))), nil)
	_, err := Read("半截.docx", data[:len(data)/2])
	if CodeOf(err) != Corrupt {
		t.Fatalf("err = %v, want Corrupt", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "半截.docx") || !strings.Contains(msg, "请重新获取原件") || !strings.Contains(msg, "无法解压 .docx") {
		t.Errorf("message = %q", msg)
	}
}

// A zip whose document.xml is not XML at all is Corrupt, not empty text.
func TestDocxDocumentNotXML(t *testing.T) {
	data := buildDocx(t, "", map[string]string{"word/document.xml": "这不是 XML <w:p>"})
	_, err := Read("bad.docx", data)
	if CodeOf(err) != Corrupt || !strings.Contains(err.Error(), "XML") {
		t.Fatalf("err = %v, want Corrupt mentioning XML", err)
	}
}

// A binary file or a text file renamed .docx is not a document.
func TestDocxNotZip(t *testing.T) {
	_, err := Read("fake.docx", []byte("第一条 这只是文本，被改了扩展名。"))
	if CodeOf(err) != NotDocument {
		t.Fatalf("err = %v, want NotDocument", err)
	}
}

// A zip bomb: a tiny .docx whose document.xml unpacks to 100 MiB of spaces
// is refused as too large before it is unpacked; so is one that lies about
// its size in the directory (the bytes actually read are capped).
func TestDocxZipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document ` + wNS + `><w:body><w:p><w:r><w:t>`))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < 100; i++ {
		w.Write(chunk)
	}
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("bomb is %d bytes; expected a small file", buf.Len())
	}
	_, err := Read("bomb.docx", buf.Bytes())
	if CodeOf(err) != TooLarge {
		t.Fatalf("err = %v, want TooLarge", err)
	}

	// 20 MiB at a ratio of about 1000:1 (under the size cap, over the ratio cap).
	buf.Reset()
	zw = zip.NewWriter(&buf)
	w, _ = zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document ` + wNS + `><w:body><w:p><w:r><w:t>`))
	for i := 0; i < 20; i++ {
		w.Write(chunk)
	}
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	if _, err := Read("ratio.docx", buf.Bytes()); CodeOf(err) != TooLarge {
		t.Fatalf("high-ratio part: err = %v, want TooLarge", err)
	}
}

// The part reader caps bytes actually read even when the declared size
// (which an attacker controls) is small.
func TestDocxPartReadIsCapped(t *testing.T) {
	data := buildDocx(t, para(run(strings.Repeat("文字", 1000))), nil)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	p := docxPackage{name: "x.docx", files: map[string]*zip.File{}}
	for _, f := range zr.File {
		p.files[f.Name] = f
	}
	f := p.files["word/document.xml"]
	f.UncompressedSize64 = 10 // the lie
	if _, e := p.read("word/document.xml", 100); e == nil || (e.Code != TooLarge && e.Code != Corrupt) {
		t.Fatalf("err = %v, want the read refused", e)
	}
}
