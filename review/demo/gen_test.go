package demo

// This file builds the two binary samples from their UTF-8 sources in
// testdata/ and checks that the committed bytes are still what the sources
// produce. After editing a source, regenerate with:
//
//	go test ./review/demo -run TestGeneratedFiles -update

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

var update = flag.Bool("update", false, "rewrite the generated files in files/ from testdata/")

const (
	docxSource = "testdata/06-老旧小区改造项目管理办法-修改稿.markup.txt"
	docxName   = "06-老旧小区改造项目管理办法-修改稿.docx"
	gbkSource  = "testdata/07-房屋征收补偿安置工作规程-备案.utf8.txt"
	gbkName    = "07-房屋征收补偿安置工作规程-备案.txt"
)

func TestGeneratedFiles(t *testing.T) {
	for _, g := range []struct {
		source, name string
		build        func([]byte) ([]byte, error)
	}{
		{docxSource, docxName, buildDocx},
		{gbkSource, gbkName, buildGBK},
	} {
		src, err := os.ReadFile(g.source)
		if err != nil {
			t.Fatal(err)
		}
		want, err := g.build(src)
		if err != nil {
			t.Fatalf("%s: %v", g.name, err)
		}
		path := filepath.Join("files", g.name)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: regenerate with go test ./review/demo -run TestGeneratedFiles -update", path)
		}
	}
}

// buildGBK saves the text the way an old office PC's Notepad does: GB18030
// bytes with CRLF line ends.
func buildGBK(src []byte) ([]byte, error) {
	crlf := strings.ReplaceAll(string(src), "\n", "\r\n")
	return simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(crlf))
}

// The docx source is one paragraph per line:
//
//	# title        ## centred heading   > right-aligned (落款)
//	§ clause (auto-numbered 第X条)       §§ item (auto-numbered （X）)
//	[-deleted-] and {+inserted+} mark tracked changes inside a line.
func buildDocx(src []byte) ([]byte, error) {
	var body strings.Builder
	rev := 0
	for line := range strings.SplitSeq(strings.TrimRight(string(src), "\n"), "\n") {
		var ppr string
		switch {
		case strings.HasPrefix(line, "# "):
			line, ppr = line[2:], `<w:pStyle w:val="Title"/>`
		case strings.HasPrefix(line, "## "):
			line, ppr = line[3:], `<w:pStyle w:val="Heading1"/>`
		case strings.HasPrefix(line, "§§ "):
			line, ppr = strings.TrimPrefix(line, "§§ "), `<w:pStyle w:val="Clause"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>`
		case strings.HasPrefix(line, "§ "):
			line, ppr = strings.TrimPrefix(line, "§ "), `<w:pStyle w:val="Clause"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`
		case strings.HasPrefix(line, "> "):
			line, ppr = line[2:], `<w:ind w:firstLine="0" w:right="1280"/><w:jc w:val="right"/>`
		}
		body.WriteString("<w:p>")
		if ppr != "" {
			body.WriteString("<w:pPr>" + ppr + "</w:pPr>")
		}
		runs, err := docxRuns(line, &rev)
		if err != nil {
			return nil, err
		}
		body.WriteString(runs)
		body.WriteString("</w:p>\n")
	}
	doc := xml.Header + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>` + "\n" +
		body.String() + sectPr + `</w:body></w:document>`

	parts := []struct{ name, data string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreProps},
		{"word/document.xml", doc},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/styles.xml", styles},
		{"word/numbering.xml", numbering},
		{"word/settings.xml", settings},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	// A fixed timestamp keeps the committed bytes reproducible.
	stamp := time.Date(2026, 11, 4, 10, 30, 0, 0, time.UTC)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(p.data)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// docxRuns turns one line with [-…-] / {+…+} marks into plain, deleted and
// inserted runs, numbering each revision as Word does.
func docxRuns(line string, rev *int) (string, error) {
	var out strings.Builder
	run := func(tag, text string) string {
		var esc bytes.Buffer
		xml.EscapeText(&esc, []byte(text))
		return `<w:r><w:` + tag + ` xml:space="preserve">` + esc.String() + `</w:` + tag + `></w:r>`
	}
	revision := func(kind string) string {
		*rev++
		return `<w:` + kind + ` w:id="` + strconv.Itoa(*rev) + `" w:author="` + reviser + `" w:date="2026-11-04T09:30:00Z">`
	}
	for line != "" {
		i := strings.IndexAny(line, "[{")
		if i < 0 || !(strings.HasPrefix(line[i:], "[-") || strings.HasPrefix(line[i:], "{+")) {
			if i < 0 {
				out.WriteString(run("t", line))
				break
			}
			// A lone bracket is ordinary text.
			out.WriteString(run("t", line[:i+1]))
			line = line[i+1:]
			continue
		}
		if i > 0 {
			out.WriteString(run("t", line[:i]))
		}
		closer, kind, tag := "-]", "del", "delText"
		if line[i] == '{' {
			closer, kind, tag = "+}", "ins", "t"
		}
		rest := line[i+2:]
		j := strings.Index(rest, closer)
		if j < 0 {
			return "", &markupError{line}
		}
		out.WriteString(revision(kind) + run(tag, rest[:j]) + `</w:` + kind + `>`)
		line = rest[j+2:]
	}
	return out.String(), nil
}

type markupError struct{ line string }

func (e *markupError) Error() string { return "unclosed revision mark in: " + e.line }

const (
	nsW     = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	reviser = "区住建局 张磊"
	// A4 with the margins of the 党政机关公文格式 standard (GB/T 9704).
	sectPr = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`
)

const contentTypes = xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`

const packageRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`

const documentRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
</Relationships>`

const coreProps = xml.Header + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>临江区城镇老旧小区改造项目管理办法（修改稿）</dc:title>
<dc:creator>临江区住房和城乡建设局</dc:creator>
<cp:lastModifiedBy>区住建局 张磊</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-12T08:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-04T10:30:00Z</dcterms:modified>
</cp:coreProperties>`

// Body text is 仿宋_GB2312 三号 (16 pt) with a fixed 28.95 pt line, the usual
// government-document layout; headings use 黑体 and the title 方正小标宋简体.
const styles = xml.Header + `<w:styles xmlns:w="` + nsW + `">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240" w:line="700" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Clause"><w:name w:val="条款"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
</w:styles>`

// Level 0 prints 第一条, 第二条 … (bold 黑体 label, then a space); level 1
// prints （一）, （二） … and restarts under each clause.
const numbering = xml.Header + `<w:numbering xmlns:w="` + nsW + `">
<w:abstractNum w:abstractNumId="0">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="space"/><w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`

// trackRevisions keeps the reviewer's edits visible as tracked changes.
const settings = xml.Header + `<w:settings xmlns:w="` + nsW + `">
<w:trackRevisions/>
<w:defaultTabStop w:val="420"/>
<w:characterSpacingControl w:val="compressPunctuation"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>`
