package export

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// Fonts of official documents (GB/T 9704): the title in 方正小标宋简体 (宋体
// where it is not installed), headings in 黑体, the body in 仿宋_GB2312.
const (
	fontTitle   = "方正小标宋简体"
	fontHeading = "黑体"
	fontBody    = "仿宋_GB2312"
	fontLatin   = "Times New Roman"
)

// WriteOpinionDOCX writes the opinion letter as a minimal OOXML package
// that Word, WPS and LibreOffice open: A4 with official-document margins,
// the title centred, a 三号 仿宋 body at a fixed 28-point line pitch, the
// checklist as a table, and the reviewer and the date in Chinese at the
// foot. The East Asian font is named both in styles.xml's docDefaults and
// on every run, because Word picks rFonts/@eastAsia for Han characters and
// ignores @ascii for them.
func WriteOpinionDOCX(w io.Writer, o Opinion) error {
	zw := zip.NewWriter(w)
	// The opinion's date as every entry's time keeps the bytes reproducible.
	mod := time.Date(o.Date.Year(), o.Date.Month(), o.Date.Day(), 0, 0, 0, 0, time.UTC)
	if o.Date.IsZero() {
		mod = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", coreXML(o, mod)},
		{"word/_rels/document.xml.rels", docRels},
		{"word/styles.xml", stylesXML},
		{"word/document.xml", documentXML(o)},
	}
	for _, p := range parts {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	return zw.Close()
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`</Relationships>`

func coreXML(o Opinion, mod time.Time) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(o.Title()+"（"+o.Doc.Meta.Title+"）") + `</dc:title>` +
		`<dc:creator>` + esc(o.Reviewer) + `</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + mod.Format(time.RFC3339) + `</dcterms:created>` +
		`</cp:coreProperties>`
}

// rFonts names a font for every script of a run.
func rFonts(east string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>`, fontLatin, fontLatin, east, fontLatin)
}

// Sizes are in half-points: 二号 22pt, 三号 16pt, 四号 14pt.
var stylesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:docDefaults><w:rPrDefault><w:rPr>` + rFonts(fontBody) + `<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>` +
	`<w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="560" w:line="700" w:lineRule="exact"/></w:pPr>` +
	`<w:rPr>` + `<w:rFonts w:ascii="` + fontLatin + `" w:hAnsi="` + fontLatin + `" w:eastAsia="` + fontTitle + `" w:hint="eastAsia"/>` + `<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>` +
	`<w:pPr><w:keepNext/><w:ind w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>` + rFonts(fontHeading) + `</w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Cell"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>` +
	`<w:pPr><w:spacing w:line="320" w:lineRule="atLeast"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>` +
	`<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>` +
	`<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
	`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
	`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
	`</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`</w:styles>`

// esc escapes text for XML character data and attribute values.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// docBuilder accumulates the body of document.xml.
type docBuilder struct{ strings.Builder }

// run is one run of text in font east; bold for emphasis.
func run(text, east string, bold bool) string {
	rpr := rFonts(east)
	if bold {
		rpr += `<w:b/><w:bCs/>`
	}
	return `<w:r><w:rPr>` + rpr + `</w:rPr><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

// para writes a paragraph of style with the given runs.
func (b *docBuilder) para(style, extraPPr string, runs ...string) {
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + style + `"/>` + extraPPr + `</w:pPr>`)
	for _, r := range runs {
		b.WriteString(r)
	}
	b.WriteString(`</w:p>`)
}

func (b *docBuilder) table(widths []int, rows [][]string) {
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	for i, row := range rows {
		b.WriteString(`<w:tr>`)
		if i == 0 {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for c, cell := range row {
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, widths[c])
			b.para("Cell", "", run(cell, fontBody, i == 0))
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

func documentXML(o Opinion) string {
	var b docBuilder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	b.para("Title", "", run(o.Title(), fontTitle, false))
	for _, f := range o.Fields() {
		b.para("Body", "", run(f[0]+"：", fontBody, true), run(f[1], fontBody, false))
	}
	b.para("Heading1", "", run("一、审查发现的问题", fontHeading, false))
	fs := o.Findings()
	if len(fs) == 0 {
		b.para("Body", "", run("经审查，未发现需要修改的问题。", fontBody, false))
	}
	for i, f := range fs {
		head, body := FindingText(f, o.Library, o.Date)
		b.para("Body", "", run(fmt.Sprintf("（%s）%s。", chineseNumber(i+1), head), fontBody, true), run(body, fontBody, false))
	}
	b.para("Heading1", "", run("二、"+o.Checklist.Label().ZH, fontHeading, false))
	rows := [][]string{{"序号", "审查事项", "依据", "结论", "说明"}}
	for _, c := range o.Checks() {
		rows = append(rows, []string{c.Item.ID, c.Item.Label.ZH, c.Item.Basis, c.Entry.Mark.Label().ZH, c.Entry.Note})
	}
	// Column widths in twips; the text block of A4 with these margins is 8845.
	b.table([]int{950, 3250, 2245, 900, 1500}, rows)
	b.para("Heading1", "", run("三、审查意见", fontHeading, false))
	for _, p := range o.Extra() {
		b.para("Body", "", run(p, fontBody, false))
	}
	outcome, note := o.Decision()
	b.para("Body", "", run("审查结论：", fontBody, true), run(outcome+"。", fontBody, true))
	if note != "" {
		for _, line := range strings.Split(note, "\n") {
			b.para("Body", "", run(line, fontBody, false))
		}
	}
	right := `<w:jc w:val="right"/><w:ind w:firstLine="0"/>`
	b.para("Normal", `<w:spacing w:before="560"/>`+right, run("审核人："+o.Reviewer, fontBody, false))
	date := ""
	if !o.Date.IsZero() {
		date = o.Date.ChineseString()
	}
	b.para("Normal", right, run(date, fontBody, false))
	// A4, margins of GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
		`<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

// chineseNumber writes 1–99 as 一…九十九, for （一）（二）… numbering.
func chineseNumber(n int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return d[n]
	case n < 20:
		return "十" + d[n%10]
	case n < 100:
		return d[n/10] + "十" + d[n%10]
	}
	return fmt.Sprint(n)
}
