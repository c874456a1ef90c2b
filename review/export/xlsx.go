package export

import (
	"fmt"
	"io"
	"iter"
	"strconv"

	"github.com/charmbracelet/x/ansi"
	"github.com/xuri/excelize/v2"

	"beishen/review"
)

// maxColWidth caps a column so that long details wrap instead of running
// off the screen (in Excel width units, one per half-width character).
const maxColWidth = 60

// sheetRows is how many rows one worksheet takes: Excel's limit of
// 1,048,576, the header included. A longer log continues on further sheets
// (审查日志 (2), …), each with the header again. Tests lower it.
var sheetRows = 1 << 20

// widthSample is how many rows the column widths are measured on: widths
// must be set before the first row of a stream, and a log is not held
// whole to measure it.
const widthSample = 1000

// WriteXLSX writes the log rows as an Excel workbook through excelize's
// streaming writer: a frozen bold header row, an auto filter, column
// widths measured for Chinese (a Han character is two units) on the first
// rows, and every value a text cell, so that 文号 and 18-digit ID numbers
// are never turned into numbers or formulas. Only the sequence and
// document number are numeric, for sorting. Rows are written as they come;
// past Excel's row limit the log continues on a further sheet.
func WriteXLSX(w io.Writer, rows iter.Seq[Row], lang review.Lang) error {
	f := excelize.NewFile()
	defer f.Close()
	base := review.Label{ZH: "审查日志", EN: "Review log"}.In(lang)
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return err
	}
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49, // "@": text, also for what the user types later
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	next, stop := iter.Pull(rows)
	defer stop()
	var sample [][]string
	for len(sample) < widthSample {
		r, ok := next()
		if !ok {
			break
		}
		sample = append(sample, cells(r, lang))
	}
	widths := make([]float64, len(Columns))
	hd := header(lang)
	for c := range Columns {
		width := max(4, ansi.StringWidth(hd[c])+2)
		for _, v := range sample {
			width = max(width, ansi.StringWidth(v[c])+2)
		}
		widths[c] = float64(min(width, maxColWidth))
	}
	pending := func() ([]string, bool) {
		if len(sample) > 0 {
			v := sample[0]
			sample = sample[1:]
			return v, true
		}
		r, ok := next()
		if !ok {
			return nil, false
		}
		return cells(r, lang), true
	}
	var sw *excelize.StreamWriter
	var sheet string
	line, sheets := 0, 0
	finish := func() error {
		if err := sw.Flush(); err != nil {
			return err
		}
		last, _ := excelize.CoordinatesToCellName(len(Columns), line)
		return f.AutoFilter(sheet, "A1:"+last, nil)
	}
	put := func(v []string, style int, numeric bool) error {
		line++
		cell, err := excelize.CoordinatesToCellName(1, line)
		if err != nil {
			return err
		}
		vals := make([]any, len(v))
		for c, s := range v {
			var val any = s
			if numeric && (c == 0 || c == 3) && s != "" { // 序号, 文件编号
				if n, err := strconv.ParseUint(s, 10, 64); err == nil {
					val = n
				}
			}
			vals[c] = excelize.Cell{StyleID: style, Value: val}
		}
		return sw.SetRow(cell, vals)
	}
	startSheet := func() error {
		sheets++
		sheet = base
		if sheets == 1 {
			if err := f.SetSheetName("Sheet1", sheet); err != nil {
				return err
			}
		} else {
			sheet = fmt.Sprintf("%s (%d)", base, sheets)
			if _, err := f.NewSheet(sheet); err != nil {
				return err
			}
		}
		var err error
		if sw, err = f.NewStreamWriter(sheet); err != nil {
			return err
		}
		// Column widths and panes must precede the first row in a stream.
		for c, wd := range widths {
			if err := sw.SetColWidth(c+1, c+1, wd); err != nil {
				return err
			}
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		line = 0
		return put(hd, head, false)
	}
	if err := startSheet(); err != nil {
		return err
	}
	for {
		v, ok := pending()
		if !ok {
			break
		}
		if line >= sheetRows {
			if err := finish(); err != nil {
				return err
			}
			if err := startSheet(); err != nil {
				return err
			}
		}
		if err := put(v, text, true); err != nil {
			return err
		}
	}
	if err := finish(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}
