package ui

import (
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/review/export"
	"beishen/storage"
	"beishen/ui/jobs"
)

// This file holds the export dialogs: the review log from the queue (L)
// and the open document's opinion letter (o). The files are written by
// ui/jobs in a Cmd, which records their SHA-256 as an export event.

type exportedMsg struct {
	w   jobs.Written
	err error
}

func exportLogCmd(st Store, req jobs.LogRequest, now time.Time) tea.Cmd {
	return func() tea.Msg {
		w, err := jobs.ExportLog(st, req, now)
		return exportedMsg{w: w, err: err}
	}
}

// exportOpinionCmd writes the letter; with no file it names it the way
// jobs does (title-number-date) with the chosen extension.
func exportOpinionCmd(st Store, req jobs.OpinionRequest, ext string, today review.Date) tea.Cmd {
	return func() tea.Msg {
		if req.File == "" {
			o, err := jobs.BuildOpinion(st, req, today)
			if err != nil {
				return exportedMsg{err: err}
			}
			req.File = storage.FreeName(o.FileStem() + "." + ext)
		}
		w, err := jobs.ExportOpinion(st, req, today)
		return exportedMsg{w: w, err: err}
	}
}

// said is the status line after an export: where and which bytes.
func (msg exportedMsg) said(c *Context) ask {
	if msg.err != nil {
		return ask{err: msg.err}
	}
	sum := msg.w.SHA256
	if len(sum) > 12 {
		sum = sum[:12]
	}
	return ask{status: c.T("已导出：", "exported: ") + msg.w.File + " · SHA-256 " + sum + "…"}
}

// exportLogForm asks for the format, an optional date range and the file.
func exportLogForm(c *Context) *fieldForm {
	formats := jobs.LogFormats
	f := &fieldForm{title: c.T("导出审查日志", "Export the review log"),
		body: []string{c.T("导出文件的 SHA-256 记入日志，可用 beishen verify --export 核验", "the file's SHA-256 is recorded in the log; beishen verify --export checks it")},
		fields: []field{
			{label: c.T("格式", "Format"), options: formats},
			{label: c.T("起始日期", "From"), hint: c.T("可选，YYYY-MM-DD", "optional, YYYY-MM-DD")},
			{label: c.T("截止日期", "To"), hint: c.T("可选，YYYY-MM-DD", "optional, YYYY-MM-DD")},
			{label: c.T("输出文件", "File"), hint: c.T("相对路径写入当前目录", "relative paths are in the current directory")},
		}}
	f.fields[3].in.Set(jobs.DefaultLogName(formats[0], c.Today))
	f.changed = func(f *fieldForm, row, old int) {
		if row != 0 {
			return
		}
		// The file follows the format unless the reviewer typed another.
		p := &f.fields[3].in
		oldExt, newExt := "."+formats[old], "."+formats[f.fields[0].choice]
		if strings.HasSuffix(p.Value(), oldExt) {
			p.Set(strings.TrimSuffix(p.Value(), oldExt) + newExt)
		}
	}
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		from, err1 := review.ParseDate(f.fields[1].value())
		to, err2 := review.ParseDate(f.fields[2].value())
		if err1 != nil || err2 != nil {
			return nil, ask{}, c.T("日期应为 YYYY-MM-DD", "dates must be YYYY-MM-DD")
		}
		if !from.IsZero() && !to.IsZero() && to.Before(from) {
			return nil, ask{}, c.T("截止日期早于起始日期", "the end is before the start")
		}
		file := f.fields[3].value()
		if file == "" {
			return nil, ask{}, c.T("需要输出文件名", "the file name is required")
		}
		req := jobs.LogRequest{Format: formats[f.fields[0].choice], Filter: export.Filter{From: from, To: to},
			File: file, Lang: c.Lang}
		return exportLogCmd(c.Store, req, c.Now()), ask{status: c.T("正在导出…", "exporting…")}, ""
	}
	return f
}

// exportOpinionForm offers the papers that fit the open document — a
// draft's opinion letter and fair-competition conclusion, a filed
// document's filing-review papers by its outcome — with the format, the
// file, and for a filed document's paper the date to answer by and what to
// supplement or why.
func (v *docScreen) exportOpinionForm() *fieldForm {
	c, d := v.ctx, v.doc
	review0 := jobs.FilingReviewOf(d)
	kinds := export.PapersFor(d, review0)
	var names []string
	for _, k := range kinds {
		names = append(names, c.L(k.Label()))
	}
	exts := []string{"docx", "md"}
	f := &fieldForm{title: c.T("导出文书：", "Export a paper: ") + d.Meta.Title,
		body: []string{c.T("编号、主送、落款取自设置；文件的 SHA-256 记入日志，可用 beishen verify --export 核验",
			"number, addressee and sign-off come from the settings; the file's SHA-256 is recorded in the log (beishen verify --export)")},
		fields: []field{
			{label: c.T("文书", "Paper"), options: names},
			{label: c.T("格式", "Format"), options: exts},
			{label: c.T("输出文件", "File"), hint: c.T("留空：文书名-编号-日期，写入当前目录", "empty: paper-number-date, in the current directory")},
		}}
	filed := d.Kind == review.Filed
	if filed {
		f.fields = append(f.fields,
			field{label: c.T("答复/补正期限", "Answer by"), hint: c.T("可选，YYYY-MM-DD；留空按登记或审查结论所定期限", "optional, YYYY-MM-DD; empty: the one the registration or outcome set")},
			field{label: c.T("补正材料/理由", "Supplement/reason"), hint: c.T("可选；多项用；分隔", "optional; separate items with ；")})
		// The letter states the deadline the outcome set: shown, so that
		// the reviewer sees what the issuer will read (the row was empty).
		if !review0.Due.IsZero() {
			f.fields[3].in.Set(review0.Due.String())
		}
	}
	f.changed = func(f *fieldForm, row, old int) {
		p := &f.fields[2].in
		if row == 1 && strings.HasSuffix(p.Value(), "."+exts[old]) {
			p.Set(strings.TrimSuffix(p.Value(), "."+exts[old]) + "." + exts[f.fields[1].choice])
		}
	}
	id := d.ID
	set := c.Settings
	f.submit = func(f *fieldForm) (tea.Cmd, ask, string) {
		ext := exts[f.fields[1].choice]
		file := f.fields[2].value()
		if file != "" && strings.TrimPrefix(strings.ToLower(filepath.Ext(file)), ".") != ext {
			file += "." + ext
		}
		kind := kinds[f.fields[0].choice]
		// Each confirmed finding cites the nearest published case, as show
		// --precedents does: the letter tells the drafter who was corrected
		// for the same thing.
		req := jobs.OpinionRequest{Doc: id, Kind: kind, File: file, Settings: &set, Precedents: true}
		if filed && kind.ForFiled() {
			due, err := review.ParseDate(f.fields[3].value())
			if err != nil {
				return nil, ask{}, v.ctx.T("日期应为 YYYY-MM-DD", "dates must be YYYY-MM-DD")
			}
			fr := review0
			if !due.IsZero() {
				fr.Due = due
			}
			if r := strings.TrimSpace(f.fields[4].value()); r != "" {
				fr.Reason = strings.Join(strings.FieldsFunc(r, func(r rune) bool { return r == '；' || r == ';' }), "\n")
			}
			req.Filing = &fr
		}
		return exportOpinionCmd(v.ctx.Store, req, ext, v.ctx.Today), ask{status: v.ctx.T("正在导出…", "exporting…")}, ""
	}
	return f
}
