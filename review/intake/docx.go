package intake

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Zip-bomb guards for .docx: a part may not unpack beyond these sizes, and a
// large part may not be compressed more than maxCompressionRatio times.
const (
	MaxDocumentXML      = 64 << 20
	MaxDocxUnpacked     = 256 << 20
	maxSidePart         = 16 << 20 // numbering.xml, styles.xml, rels
	maxCompressionRatio = 200
)

// readDocx extracts the body text of a WordprocessingML package: paragraphs,
// tables, tracked changes as accepted, numbering rendered, fields as shown.
func readDocx(name string, data []byte) (string, *Error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fail(name, Corrupt, "无法解压 .docx / cannot unzip .docx: "+err.Error())
	}
	pkg := docxPackage{name: name, files: map[string]*zip.File{}}
	var declared uint64
	for _, f := range zr.File {
		declared += f.UncompressedSize64
		pkg.files[strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/")] = f
	}
	if declared > MaxDocxUnpacked {
		return "", fail(name, TooLarge, fmt.Sprintf("解压后 %d MiB / unpacks to %d MiB", declared>>20, declared>>20))
	}
	mainPart := pkg.mainPart()
	if _, ok := pkg.files[mainPart]; !ok {
		if _, xlsx := pkg.files["xl/workbook.xml"]; xlsx {
			return "", fail(name, NotDocument, "这是 Excel 表格（.xlsx）/ this is an Excel workbook")
		}
		if _, pptx := pkg.files["ppt/presentation.xml"]; pptx {
			return "", fail(name, NotDocument, "这是 PowerPoint 演示文稿（.pptx）/ this is a PowerPoint deck")
		}
		return "", fail(name, Corrupt, "缺少 word/document.xml / no word/document.xml")
	}
	doc, e := pkg.read(mainPart, MaxDocumentXML)
	if e != nil {
		return "", e
	}
	dir := path.Dir(mainPart)
	num := &numbering{}
	if b, e := pkg.readOptional(path.Join(dir, "numbering.xml")); e != nil {
		return "", e
	} else if b != nil {
		num.parseNumbering(b)
	}
	if b, e := pkg.readOptional(path.Join(dir, "styles.xml")); e != nil {
		return "", e
	} else if b != nil {
		num.parseStyles(b)
	}
	text, err := extractDocumentXML(doc, num)
	if errors.Is(err, errTooDeep) {
		return "", fail(name, Corrupt, fmt.Sprintf("word/document.xml 的元素嵌套超过 %d 层，不是正常的文档 / its elements are nested more than %d deep, which no real document does", maxDocxDepth, maxDocxDepth))
	}
	if err != nil {
		return "", fail(name, Corrupt, "word/document.xml 不是有效的 XML / is not valid XML: "+err.Error())
	}
	return text, nil
}

type docxPackage struct {
	name     string
	files    map[string]*zip.File
	unpacked int64
}

// mainPart is the officeDocument target named in _rels/.rels, normally
// word/document.xml.
func (p *docxPackage) mainPart() string {
	const fallback = "word/document.xml"
	b, e := p.readOptional("_rels/.rels")
	if e != nil || b == nil {
		return fallback
	}
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(b, &rels) != nil {
		return fallback
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			t := strings.TrimPrefix(path.Clean("/"+r.Target), "/")
			if _, ok := p.files[t]; ok {
				return t
			}
		}
	}
	return fallback
}

func (p *docxPackage) readOptional(name string) ([]byte, *Error) {
	if _, ok := p.files[name]; !ok {
		return nil, nil
	}
	return p.read(name, maxSidePart)
}

// read unpacks one part, trusting neither the declared size nor the ratio:
// the bytes actually read are capped too.
func (p *docxPackage) read(name string, limit int64) ([]byte, *Error) {
	f := p.files[name]
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fail(p.name, TooLarge, fmt.Sprintf("%s 解压后 %d MiB / unpacks to %d MiB", name, f.UncompressedSize64>>20, f.UncompressedSize64>>20))
	}
	if f.CompressedSize64 > 0 && f.UncompressedSize64 > 1<<20 &&
		f.UncompressedSize64/f.CompressedSize64 > maxCompressionRatio {
		return nil, fail(p.name, TooLarge, fmt.Sprintf("%s 压缩比 %d:1 异常 / abnormal compression ratio", name, f.UncompressedSize64/f.CompressedSize64))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fail(p.name, Corrupt, "无法解压 .docx / cannot unzip .docx: "+err.Error())
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fail(p.name, Corrupt, "无法解压 .docx / cannot unzip .docx: "+err.Error())
	}
	p.unpacked += int64(len(b))
	if int64(len(b)) > limit || p.unpacked > MaxDocxUnpacked {
		return nil, fail(p.name, TooLarge, name+" 解压后超过上限 / unpacks beyond the limit")
	}
	return b, nil
}

// skippedElements hold no displayed body text: deleted or moved-away text,
// field codes, formatting, alternate renderings of the same content, and
// references to notes and comments that live in other parts.
var skippedElements = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true,
	"Fallback": true, "rPr": true, "sectPr": true, "tblPr": true, "tblGrid": true,
	"trPr": true, "tcPr": true, "sdtPr": true, "footnoteReference": true,
	"endnoteReference": true, "commentReference": true, "annotationRef": true,
	"pPrChange": true, "rPrChange": true, "tblPrChange": true, "fldData": true,
}

type paraState struct {
	style, numID string
	ilvl         int
	labelDone    bool
}

// docxText assembles body text while the XML streams past.
type docxText struct {
	num   *numbering
	sinks []*strings.Builder // the body, then one per open table cell
	rows  [][]string         // cells of each open table row
	paras []paraState
}

func (d *docxText) out() *strings.Builder { return d.sinks[len(d.sinks)-1] }

func (d *docxText) inCell() bool { return len(d.sinks) > 1 }

// write emits displayed text, first rendering the paragraph's list label.
func (d *docxText) write(s string) {
	d.label()
	if d.inCell() {
		s = strings.ReplaceAll(s, "\t", " ")
	}
	d.out().WriteString(s)
}

func (d *docxText) label() {
	if len(d.paras) == 0 {
		return
	}
	p := &d.paras[len(d.paras)-1]
	if p.labelDone {
		return
	}
	p.labelDone = true
	if l := d.num.next(p.style, p.numID, p.ilvl); l != "" {
		d.out().WriteString(l)
	}
}

// maxDocxDepth bounds the nesting of XML elements: Word's deepest real
// structures (tables in tables, content controls) stay far below it, and a
// file nested deeper is hostile.
const maxDocxDepth = 256

var errTooDeep = fmt.Errorf("XML elements nested more than %d deep", maxDocxDepth)

func extractDocumentXML(doc []byte, num *numbering) (string, error) {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	body := &strings.Builder{}
	body.Grow(len(doc) / 4)
	d := &docxText{num: num, sinks: []*strings.Builder{body}}
	var stack []string // local names of open elements
	skip := 0          // depth inside a skipped subtree
	// pPr counts the open pPr elements, so "is this inside paragraph
	// properties" costs nothing; rescanning the stack for each element made
	// a deeply nested file quadratic (issue 14).
	pPr := 0
	sawRoot := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			sawRoot = true
			name := t.Name.Local
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			if len(stack) >= maxDocxDepth {
				return "", errTooDeep
			}
			stack = append(stack, name)
			inPPr := pPr > 0
			if name == "pPr" {
				pPr++
			}
			if skip > 0 || skippedElements[name] {
				skip++
				continue
			}
			d.start(name, parent, t.Attr, inPPr)
		case xml.EndElement:
			if len(stack) == 0 {
				return "", errors.New("unbalanced end element")
			}
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if name == "pPr" {
				pPr--
			}
			if skip > 0 {
				skip--
				continue
			}
			d.end(name)
		case xml.CharData:
			if skip == 0 && len(stack) > 0 && stack[len(stack)-1] == "t" && pPr == 0 {
				d.write(string(t))
			}
		}
	}
	if !sawRoot {
		return "", errors.New("no XML elements")
	}
	return body.String(), nil
}

func attr(attrs []xml.Attr, local string) string {
	for _, a := range attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// start opens element name; inPPr says whether it lies inside paragraph
// properties.
func (d *docxText) start(name, parent string, attrs []xml.Attr, inPPr bool) {
	if inPPr {
		// Paragraph properties: only the numbering reference matters.
		if len(d.paras) == 0 {
			return
		}
		p := &d.paras[len(d.paras)-1]
		switch {
		case name == "pStyle":
			p.style = attr(attrs, "val")
		case name == "numId" && parent == "numPr":
			p.numID = attr(attrs, "val")
		case name == "ilvl" && parent == "numPr":
			p.ilvl = atoiOr(attr(attrs, "val"), 0)
		}
		return
	}
	switch name {
	case "p":
		d.paras = append(d.paras, paraState{ilvl: -1})
	case "tr":
		d.rows = append(d.rows, nil)
	case "tc":
		d.sinks = append(d.sinks, &strings.Builder{})
	case "tab":
		if parent != "tabs" {
			d.write("\t")
		}
	case "br", "cr":
		d.write("\n")
	case "noBreakHyphen":
		d.write("-")
	}
}

func (d *docxText) end(name string) {
	switch name {
	case "p":
		d.label()
		d.paras = d.paras[:len(d.paras)-1]
		d.out().WriteString("\n")
	case "tc":
		cell := d.out().String()
		d.sinks = d.sinks[:len(d.sinks)-1]
		cell = strings.ReplaceAll(strings.TrimRight(cell, "\n"), "\n", " ")
		if n := len(d.rows); n > 0 {
			d.rows[n-1] = append(d.rows[n-1], cell)
		} else {
			d.out().WriteString(cell + "\n")
		}
	case "tr":
		if n := len(d.rows); n > 0 {
			row := d.rows[n-1]
			d.rows = d.rows[:n-1]
			d.out().WriteString(strings.Join(row, "\t") + "\n")
		}
	}
}
