package export

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"

	"beishen/review"
	"beishen/review/safe"
)

// LogHeading is what the readable log says about itself.
type LogHeading struct {
	Filters map[string]string // Filter.Map()
	At      time.Time         // when the export was made
	Actor   string            // who made it
}

// WriteMarkdown writes the log rows as a readable markdown document: a
// heading naming the selection, one table row per event as it comes, and
// the number of events after the table.
func WriteMarkdown(w io.Writer, rows iter.Seq[Row], h LogHeading, lang review.Lang) (err error) {
	sw := safe.NewWriter(w) // the one output sanitiser (review/safe)
	defer sw.Finish(&err)
	b := bufio.NewWriterSize(sw, 64<<10)
	t := func(zh, en string) string { return review.Label{ZH: zh, EN: en}.In(lang) }
	fmt.Fprintf(b, "# %s\n\n", t("审查日志", "Review log"))
	fmt.Fprintf(b, "- %s：%s\n", t("范围", "Selection"), DescribeFilters(h.Filters, lang))
	fmt.Fprintf(b, "- %s：%s\n", t("导出时间", "Exported"), When(h.At))
	if h.Actor != "" {
		fmt.Fprintf(b, "- %s：%s\n", t("导出人", "Exported by"), mdCell(h.Actor))
	}
	b.WriteString("\n")
	// The hash column is shortened for reading; the jsonl export carries it whole.
	cols := header(lang)
	b.WriteString("| " + strings.Join(cols, " | ") + " |\n")
	b.WriteString(strings.Repeat("|---", len(cols)) + "|\n")
	n := 0
	for r := range rows {
		n++
		v := cells(r, lang)
		if h := v[len(v)-1]; len(h) > 12 {
			v[len(v)-1] = h[:12]
		}
		for i := range v {
			v[i] = mdCell(v[i])
		}
		b.WriteString("| " + strings.Join(v, " | ") + " |\n")
	}
	fmt.Fprintf(b, "\n- %s：%d\n", t("事件数", "Events"), n)
	return b.Flush()
}

// mdCell keeps a value inside one table cell: pipes escaped, line breaks
// folded.
func mdCell(s string) string {
	s = strings.ReplaceAll(s, "\\", "\\\\")
	s = strings.ReplaceAll(s, "|", "\\|")
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.NewReplacer("\n", " ", "\r", " ").Replace(s)
}
