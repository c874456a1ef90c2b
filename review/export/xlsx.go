package export

import (
	"io"
	"strconv"

	"github.com/charmbracelet/x/ansi"
	"github.com/xuri/excelize/v2"

	"beishen/review"
)

// maxColWidth caps a column so that long details wrap instead of running
// off the screen (in Excel width units, one per half-width character).
const maxColWidth = 60

// WriteXLSX writes the log rows as an Excel workbook through excelize's
// streaming writer: a frozen bold header row, an auto filter, column
// widths measured for Chinese (a Han character is two units), and every
// value a text cell, so that 文号 and 18-digit ID numbers are never turned
// into numbers or formulas. Only the sequence and document number are
// numeric, for sorting.
func WriteXLSX(w io.Writer, rows []Row, lang review.Lang) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := review.Label{ZH: "审查日志", EN: "Review log"}.In(lang)
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
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
	all := make([][]string, 0, len(rows)+1)
	all = append(all, header(lang))
	for _, r := range rows {
		all = append(all, cells(r, lang))
	}
	// Column widths and panes must precede the first row in a stream.
	for c := range Columns {
		width := 4
		for _, v := range all {
			width = max(width, ansi.StringWidth(v[c])+2)
		}
		if err := sw.SetColWidth(c+1, c+1, float64(min(width, maxColWidth))); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i, v := range all {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		vals := make([]any, len(v))
		for c, s := range v {
			style := text
			if i == 0 {
				style = head
			}
			var val any = s
			if i > 0 && (c == 0 || c == 3) && s != "" { // 序号, 文件编号
				if n, err := strconv.ParseUint(s, 10, 64); err == nil {
					val = n
				}
			}
			vals[c] = excelize.Cell{StyleID: style, Value: val}
		}
		if err := sw.SetRow(cell, vals); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(Columns), len(all))
	if err := f.AutoFilter(sheet, "A1:"+last, nil); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}
