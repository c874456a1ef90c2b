package demo

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestSamplesAreCompleteAndConsistent(t *testing.T) {
	samples := Samples()
	if len(samples) != 11 {
		t.Fatalf("got %d samples, want 11", len(samples))
	}
	demoToday := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	names := map[string]bool{}
	for _, s := range samples {
		if names[s.Name] {
			t.Errorf("duplicate name %s", s.Name)
		}
		names[s.Name] = true
		if len(s.Data) == 0 {
			t.Errorf("%s is empty", s.Name)
		}
		if s.Kind != "draft" && s.Kind != "filed" {
			t.Errorf("%s: kind %q, want draft or filed", s.Name, s.Kind)
		}
		if s.DraftingUnit == "" {
			t.Errorf("%s: no drafting unit", s.Name)
		}
		got, err := time.Parse(time.DateOnly, s.Received)
		if err != nil {
			t.Errorf("%s: received %q: %v", s.Name, s.Received, err)
		} else if !got.Before(demoToday) || got.Before(demoToday.AddDate(0, -2, 0)) {
			t.Errorf("%s: received %s is not in the weeks before %s", s.Name, s.Received, demoToday.Format(time.DateOnly))
		}
	}
	// Every embedded file must be reachable through the catalogue.
	entries, err := files.ReadDir("files")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !names[e.Name()] {
			t.Errorf("files/%s is embedded but not in the catalogue", e.Name())
		}
	}
}

func TestSamplesReturnIndependentCopies(t *testing.T) {
	a := Samples()
	a[0].Data[0] ^= 0xff
	if b := Samples(); bytes.Equal(a[0].Data, b[0].Data) {
		t.Error("changing one caller's bytes changed the next caller's sample")
	}
}

var (
	docNumber  = regexp.MustCompile(`〔2026〕\d+号`)
	draftMark  = regexp.MustCompile(`（(送审稿|修改稿|征求意见稿)）`)
	validity   = regexp.MustCompile(`自\d{4}年\d{1,2}月\d{1,2}日起施行，有效期|自发布之日起施行`)
	latinWords = regexp.MustCompile(`[A-Za-z]{3,}`)
)

// The samples must read like documents a reviewer receives: a realistic
// length, a 文号 on filed documents, a draft marker on drafts, a commencement
// clause, and no English or placeholder text.
func TestSampleTextsReadLikeDocuments(t *testing.T) {
	for _, s := range Samples() {
		text := sampleText(t, s)
		if n := utf8.RuneCountInString(text); n < 1500 || n > 5000 {
			t.Errorf("%s: %d characters, want 1500–5000", s.Name, n)
		}
		switch s.Kind {
		case "filed":
			if !docNumber.MatchString(text) {
				t.Errorf("%s: filed document without a 2026 文号", s.Name)
			}
		case "draft":
			if !draftMark.MatchString(text) {
				t.Errorf("%s: draft without （送审稿）/（修改稿）/（征求意见稿）", s.Name)
			}
		}
		if !validity.MatchString(text) {
			t.Errorf("%s: no commencement clause", s.Name)
		}
		if w := latinWords.FindString(text); w != "" {
			t.Errorf("%s: contains Latin word %q", s.Name, w)
		}
		if !strings.Contains(text, s.DraftingUnit) && !strings.Contains(text, strings.TrimPrefix(s.DraftingUnit, "临江区")) {
			t.Errorf("%s: drafting unit %s is not named in the text", s.Name, s.DraftingUnit)
		}
	}
}

func TestDocxHasTrackedChangesAndAutomaticClauseNumbers(t *testing.T) {
	s := sample(t, docxName)
	zr, err := zip.NewReader(bytes.NewReader(s.Data), int64(len(s.Data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	for _, part := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/numbering.xml", "word/styles.xml", "word/_rels/document.xml.rels"} {
		if _, err := zr.Open(part); err != nil {
			t.Errorf("missing part %s", part)
		}
	}
	doc := zipPart(t, zr, "word/document.xml")
	for _, tag := range []string{"<w:ins ", "<w:del ", "<w:delText", "<w:numPr>"} {
		if !strings.Contains(doc, tag) {
			t.Errorf("document.xml has no %s", tag)
		}
	}
	num := zipPart(t, zr, "word/numbering.xml")
	if !strings.Contains(num, `w:numFmt w:val="chineseCounting"`) || !strings.Contains(num, `w:lvlText w:val="第%1条"`) {
		t.Error("numbering.xml does not define 第%1条 in chineseCounting")
	}
	if st := zipPart(t, zr, "word/styles.xml"); !strings.Contains(st, `w:eastAsia="仿宋_GB2312"`) {
		t.Error("styles.xml docDefaults lack the 仿宋_GB2312 East Asian font")
	}
	for _, part := range zr.File {
		if strings.HasSuffix(part.Name, ".xml") || strings.HasSuffix(part.Name, ".rels") {
			if err := xml.NewDecoder(strings.NewReader(zipPart(t, zr, part.Name))).Decode(new(any)); err != nil {
				t.Errorf("%s is not well-formed XML: %v", part.Name, err)
			}
		}
	}

	accepted := docxText(t, s.Data)
	if strings.Contains(accepted, "第一条") || strings.Contains(accepted, "第二十三条") {
		t.Error("clause labels are in the text runs; they must come from numbering.xml")
	}
	// The deleted designated-supplier wording survives only as w:delText;
	// the inserted local-performance requirement is live text.
	if strings.Contains(accepted, "青川城建建材有限公司") || !strings.Contains(doc, "青川城建建材有限公司") {
		t.Error("deleted wording must be present only as tracked deletion")
	}
	if !strings.Contains(accepted, "本市范围内近三年类似工程业绩") {
		t.Error("inserted wording missing from the accepted text")
	}
	if !strings.HasPrefix(accepted, "临江区城镇老旧小区改造项目管理办法") {
		t.Errorf("accepted text starts %q, want the title", firstLine(accepted))
	}
}

func TestGBKSampleIsNotUTF8AndDecodesWithGB18030(t *testing.T) {
	s := sample(t, gbkName)
	if utf8.Valid(s.Data) {
		t.Fatal("the GBK sample is valid UTF-8; it must be saved in GB18030")
	}
	text := decodeGB18030(t, s.Data)
	const title = "临江区人民政府办公室关于印发临江区房屋征收补偿安置工作规程的通知"
	if firstLine(text) != title {
		t.Errorf("first line %q, want %q", firstLine(text), title)
	}
	if !strings.Contains(string(s.Data), "\r\n") {
		t.Error("the GBK sample should have the CRLF line ends of a Windows editor")
	}
}

func sample(t *testing.T, name string) Sample {
	t.Helper()
	for _, s := range Samples() {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("no sample %s", name)
	return Sample{}
}

// sampleText is the text a reviewer reads: UTF-8 as is, the GBK file
// decoded, the docx with all tracked changes accepted.
func sampleText(t *testing.T, s Sample) string {
	t.Helper()
	switch {
	case path.Ext(s.Name) == ".docx":
		return docxText(t, s.Data)
	case !utf8.Valid(s.Data):
		return decodeGB18030(t, s.Data)
	}
	return string(s.Data)
}

func decodeGB18030(t *testing.T, b []byte) string {
	t.Helper()
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(string(out), "\r\n", "\n")
}

// docxText joins w:t runs, one line per paragraph; w:delText is skipped, so
// the result is the text with every tracked change accepted.
func docxText(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(strings.NewReader(zipPart(t, zr, "word/document.xml")))
	var b strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "t"
		case xml.EndElement:
			inText = false
			if tok.Name.Local == "p" {
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				b.Write(tok)
			}
		}
	}
	return b.String()
}

func zipPart(t *testing.T, zr *zip.Reader, name string) string {
	t.Helper()
	f, err := zr.Open(name)
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
