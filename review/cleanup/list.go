package cleanup

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"beishen/review"
	"beishen/review/safe"
)

// listTitles are the published names of the lists (§7.2): anything not on
// the 继续有效 list stops being a basis for administration.
var listTitles = map[review.CleanupOutcome]review.Label{
	review.KeepInForce: {ZH: "继续有效的规范性文件目录", EN: "Documents remaining in force"},
	review.Amend:       {ZH: "拟修改的规范性文件目录", EN: "Documents to be amended"},
	review.Repeal:      {ZH: "决定废止的规范性文件目录", EN: "Documents repealed"},
	review.DeclareVoid: {ZH: "宣布失效的规范性文件目录", EN: "Documents declared void"},
}

// ListTitle is the heading of the list of outcome o.
func ListTitle(o review.CleanupOutcome) review.Label { return listTitles[o] }

func header(lang review.Lang) []string {
	if lang == review.EN {
		return []string{"No.", "Title", "Document number", "Issuer", "Published", "Reason"}
	}
	return []string{"序号", "文件名称", "文号", "制定机关", "公布日期", "理由"}
}

func row(i int, m Member) []string {
	return []string{fmt.Sprint(i + 1), m.Doc.Meta.Title, m.Doc.Meta.DocNumber, m.Doc.Meta.Issuer,
		m.Doc.Meta.Published.String(), m.Entry.Why}
}

// WriteMarkdown writes the list of campaign c's documents with outcome o as
// a Markdown heading and table.
func WriteMarkdown(w io.Writer, c Campaign, members []Member, o review.CleanupOutcome, lang review.Lang) (err error) {
	sw := safe.NewWriter(w) // the one output sanitiser (review/safe)
	defer sw.Finish(&err)
	w = sw
	list := WithOutcome(members, o)
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", ListTitle(o).In(lang))
	if lang == review.EN {
		fmt.Fprintf(&b, "Campaign #%d %s: %d documents.\n\n", c.ID, c.Name, len(list))
	} else {
		fmt.Fprintf(&b, "清理批次 #%d %s：共%d件。\n\n", c.ID, c.Name, len(list))
	}
	h := header(lang)
	b.WriteString("| " + strings.Join(h, " | ") + " |\n|" + strings.Repeat("---|", len(h)) + "\n")
	for i, m := range list {
		cells := row(i, m)
		for j := range cells {
			cells[j] = strings.NewReplacer("|", "\\|", "\n", " ").Replace(cells[j])
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// WriteCSV writes the same list as CSV with a header row, UTF-8 with a byte
// order mark so that Excel opens the Chinese correctly.
func WriteCSV(w io.Writer, members []Member, o review.CleanupOutcome, lang review.Lang) (err error) {
	sw := safe.NewWriter(w) // the one output sanitiser (review/safe)
	defer sw.Finish(&err)
	w = sw
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write(header(lang))
	for i, m := range WithOutcome(members, o) {
		cw.Write(row(i, m))
	}
	cw.Flush()
	return cw.Error()
}
