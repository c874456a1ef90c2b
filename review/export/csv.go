package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"iter"
	"strings"
	"unicode/utf8"

	"beishen/review"
	"beishen/review/safe"
)

// bom makes Excel on Chinese Windows read the file as UTF-8 instead of GBK.
var bom = []byte{0xEF, 0xBB, 0xBF}

// WriteCSV writes the log rows as CSV for Excel: UTF-8 with a BOM, CRLF
// line ends, and every cell that a spreadsheet would run as a formula
// neutralised (Neutralize). The stored log is untouched; only the export
// carries the quote.
func WriteCSV(w io.Writer, rows iter.Seq[Row], lang review.Lang) (err error) {
	sw := safe.NewWriter(w) // the one output sanitiser (review/safe)
	defer sw.Finish(&err)
	w = sw
	if _, err := w.Write(bom); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if err := cw.Write(header(lang)); err != nil {
		return err
	}
	for r := range rows {
		v := cells(r, lang)
		for i := range v {
			v[i] = Neutralize(v[i])
		}
		if err := cw.Write(v); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// Neutralize prefixes a cell that starts with a formula trigger (= + - @,
// TAB, CR or NUL; OWASP CSV Injection, ASVS 1.2.10) with a single quote, so
// that a spreadsheet shows it as text instead of evaluating it. The
// full-width forms ＝＋－＠ are treated the same: Chinese input methods type
// them, and spreadsheet programs with width conversion may read them as the
// ASCII triggers; a quote before them costs nothing.
func Neutralize(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	if s != "" && strings.ContainsRune("=+-@\t\r\x00＝＋－＠", r) {
		return "'" + s
	}
	return s
}
