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
	blocks, err := o.Layout()
	if err != nil {
		return err
	}
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
		{"word/document.xml", documentXML(blocks)},
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

func documentXML(blocks []Block) string {
	var b docBuilder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	runs := func(bl Block, east string) []string {
		out := make([]string, len(bl.Spans))
		for i, s := range bl.Spans {
			out[i] = run(s, east, bl.Bold[i])
		}
		return out
	}
	flush := `<w:ind w:firstLine="0"/>`
	prev := BlockBody
	for _, bl := range blocks {
		switch bl.Kind {
		case BlockOrgan:
			// 发文机关标志: centred, in the title face, red, above a red rule.
			b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="center"/>` + flush +
				`<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="C00000"/></w:pBdr>` +
				`<w:spacing w:after="560" w:line="800" w:lineRule="exact"/></w:pPr>`)
			for i, s := range bl.Spans {
				b.WriteString(`<w:r><w:rPr>` + rFonts(fontTitle) + `<w:color w:val="C00000"/><w:sz w:val="52"/><w:szCs w:val="52"/>`)
				if bl.Bold[i] {
					b.WriteString(`<w:b/>`)
				}
				b.WriteString(`</w:rPr><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>`)
			}
			b.WriteString(`</w:p>`)
		case BlockTitle:
			b.para("Title", "", runs(bl, fontTitle)...)
		case BlockHeading:
			b.para("Heading1", "", runs(bl, fontHeading)...)
		case BlockCenter:
			b.para("Normal", `<w:jc w:val="center"/>`+flush, runs(bl, fontBody)...)
		case BlockLeft:
			b.para("Normal", `<w:jc w:val="left"/>`+flush, runs(bl, fontBody)...)
		case BlockRight:
			extra := ""
			if prev != BlockRight {
				extra = `<w:spacing w:before="560"/>`
			}
			b.para("Normal", extra+`<w:jc w:val="right"/>`+flush, runs(bl, fontBody)...)
		case BlockTable:
			b.table(tableWidths(bl.Rows), bl.Rows)
		default:
			b.para("Body", "", runs(bl, fontBody)...)
		}
		prev = bl.Kind
	}
	// A4, margins of GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
		`<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

// tableWidths are the column widths in twips; the text block of A4 with
// these margins is 8845. The checklist's five columns have their own.
func tableWidths(rows [][]string) []int {
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	if n == 5 {
		return []int{950, 3250, 2245, 900, 1500}
	}
	w := make([]int, n)
	for i := range w {
		w[i] = 8845 / max(n, 1)
	}
	return w
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
