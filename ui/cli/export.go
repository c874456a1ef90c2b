package cli

import (
	"fmt"
	"strings"
	"time"

	"beishen/review"
	"beishen/review/export"
	"beishen/ui/jobs"
)

// LogExportOptions are the flags of `export log`.
type LogExportOptions struct {
	Format    string
	From, To  string // YYYY-MM-DD, inclusive
	Doc       uint64
	Stage     string
	Actor     string
	Types     []string
	File      string
	WithTexts bool
	Force     bool // replace an existing -o file
}

func (e *Env) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

// filter turns the flags into an export filter, refusing what it cannot read.
func (e *Env) filter(o LogExportOptions) (export.Filter, error) {
	var f export.Filter
	var err error
	if f.From, err = review.ParseDate(o.From); err != nil {
		return f, review.Text{ZH: "--from " + err.Error(), EN: "--from must be YYYY-MM-DD: " + o.From}
	}
	if f.To, err = review.ParseDate(o.To); err != nil {
		return f, review.Text{ZH: "--to " + err.Error(), EN: "--to must be YYYY-MM-DD: " + o.To}
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, review.Text{ZH: "--to 早于 --from", EN: "--to is before --from"}
	}
	if o.Stage != "" {
		s, ok := review.ParseStage(o.Stage)
		if !ok {
			return f, review.Text{ZH: "未知的阶段：" + o.Stage, EN: "unknown stage: " + o.Stage}
		}
		f.Stage = s
	}
	for _, t := range o.Types {
		known := false
		for _, x := range review.EventTypes() {
			if t == string(x) || t == x.Label().ZH || t == x.Label().EN {
				f.Types, known = append(f.Types, x), true
			}
		}
		if !known {
			var names []string
			for _, x := range review.EventTypes() {
				names = append(names, string(x))
			}
			return f, review.Text{ZH: "未知的事件类型：" + t + "（可用：" + strings.Join(names, "、") + "）",
				EN: "unknown event type: " + t + " (one of " + strings.Join(names, ", ") + ")"}
		}
	}
	f.Doc, f.Actor = o.Doc, o.Actor
	return f, nil
}

// ExportLog writes the review log (or the part the filters select) and
// records the export in the log.
func (e *Env) ExportLog(o LogExportOptions) error {
	f, err := e.filter(o)
	if err != nil {
		return e.Fail(err)
	}
	if o.WithTexts && o.Format != "jsonl" {
		return e.Fail(review.Text{ZH: "--with-texts 只用于 --format jsonl", EN: "--with-texts goes with --format jsonl only"})
	}
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	w, err := jobs.ExportLog(st, jobs.LogRequest{Format: o.Format, Filter: f, File: o.File, WithTexts: o.WithTexts, Lang: e.Lang, Force: o.Force}, e.now())
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("已导出 %d 个事件到 %s（%d 字节，SHA-256 %s），已记入审查日志 #%d\n",
		"exported %d events to %s (%d bytes, SHA-256 %s), recorded as log event #%d\n"),
		w.Events, w.File, w.Size, w.SHA256, w.Record.Seq)
	return nil
}

// ExportOpinion writes a document's opinion letter and records the export.
func (e *Env) ExportOpinion(id uint64, file string, fair, force bool) error {
	kind := export.PaperOpinion
	if fair {
		kind = export.PaperFair
	}
	return e.ExportPaper(id, PaperOptions{Kind: string(kind), File: file, Force: force})
}

// PaperOptions are the flags of `export paper`.
type PaperOptions struct {
	Kind      string // a PaperKind or its name
	File      string
	Due       string // YYYY-MM-DD
	Date      string // YYYY-MM-DD
	Reason    string
	Reference string
	Force     bool // replace an existing file
	// Precedents cites, after each finding, the nearest published case.
	Precedents bool
}

// ExportPaper writes a paper on a document, numbered and signed from the
// settings, and records the export.
func (e *Env) ExportPaper(id uint64, o PaperOptions) error {
	kind, ok := export.ParsePaperKind(o.Kind)
	if !ok {
		var names []string
		for _, k := range export.PaperKinds {
			names = append(names, string(k)+"（"+k.Title()+"）")
		}
		return e.Fail(review.Text{ZH: "未知的文书：" + o.Kind + "（可用：" + strings.Join(names, "、") + "）",
			EN: "unknown paper: " + o.Kind + " (one of " + strings.Join(names, ", ") + ")"})
	}
	due, err1 := review.ParseDate(o.Due)
	date, err2 := review.ParseDate(o.Date)
	if err1 != nil || err2 != nil {
		return e.Fail(review.Text{ZH: "日期应为 YYYY-MM-DD", EN: "dates must be YYYY-MM-DD"})
	}
	set, err := e.Settings()
	if err != nil {
		return e.Fail(err)
	}
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	req := jobs.OpinionRequest{Doc: id, Kind: kind, File: o.File, Settings: &set, Force: o.Force, Precedents: o.Precedents}
	if kind.ForFiled() {
		d, err := st.Document(id)
		if err != nil {
			return e.Fail(err)
		}
		if d.Kind != review.Filed {
			return e.Fail(review.Text{ZH: fmt.Sprintf("%s 只发给报送备案的文件，#%d 是%s", kind.Title(), id, d.Kind.Label().ZH),
				EN: fmt.Sprintf("a %s goes with a filed document; #%d is a %s", kind.Label().EN, id, d.Kind.Label().EN)})
		}
		f := jobs.FilingReviewOf(d)
		if !date.IsZero() {
			f.Date = date
		}
		if !due.IsZero() {
			f.Due = due
		}
		if o.Reason != "" {
			f.Reason = o.Reason
		}
		if o.Reference != "" {
			f.Reference = o.Reference
		}
		req.Filing = &f
	}
	w, err := jobs.ExportOpinion(st, req, today(e.Now))
	if err != nil {
		return e.Fail(err)
	}
	number := ""
	if p, err := w.Record.Decode(); err == nil {
		if n := p.(*review.Exported).Filters["number"]; n != "" {
			number = n + " "
		}
	}
	fmt.Fprintf(e.Stdout, e.T("已写出%s %s%s（%d 字节，SHA-256 %s），已记入审查日志 #%d\n",
		"wrote the %s %s%s (%d bytes, SHA-256 %s), recorded as log event #%d\n"), kind.Label().In(e.Lang), number, w.File, w.Size, w.SHA256, w.Record.Seq)
	return nil
}

// VerifyExport says whether file is byte for byte an export the log
// recorded, and when, by whom and with which filters it was made.
func (e *Env) VerifyExport(file string) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	sum, found, err := jobs.FindExport(st, file)
	if err != nil {
		return e.Fail(err)
	}
	if len(found) == 0 {
		return e.Fail(review.Text{ZH: "未找到：该文件与审查日志记录的任何导出都不一致（可能已被修改）",
			EN: "not found: the file matches no export recorded in the review log (it may have been changed)"})
	}
	for _, r := range found {
		x := r.Export
		what := e.T("审查日志", "review log")
		switch x.What {
		case "opinion", "paper":
			what = e.T(fmt.Sprintf("文件 #%d 的意见书", r.Event.Doc), fmt.Sprintf("opinion on document #%d", r.Event.Doc))
			if k := export.PaperKind(x.Filters["paper"]); k != "" {
				what = e.T(fmt.Sprintf("文件 #%d 的%s", r.Event.Doc, k.Title()), fmt.Sprintf("%s on document #%d", k.Label().EN, r.Event.Doc))
				if n := x.Filters["number"]; n != "" {
					what += e.T("（"+n+"）", " ("+n+")")
				}
			}
		case "cleanup_lists":
			what = e.T("清理批次 #"+x.Filters["campaign"]+" 的清理目录", "lists of cleanup campaign #"+x.Filters["campaign"])
		}
		fmt.Fprintf(e.Stdout, e.T("一致：该文件是 %s 由 %s 导出的%s（%s，审查日志 #%d）\n",
			"match: this file is the %[3]s exported at %[1]s by %[2]s (%[4]s, log event #%[5]d)\n"),
			export.When(r.Event.At), r.Event.Actor, what, x.Format, r.Event.Seq)
		if x.What == "log" {
			fmt.Fprintf(e.Stdout, e.T("  范围：%s\n", "  selection: %s\n"), export.DescribeFilters(withoutTexts(x.Filters), e.Lang))
		}
		fmt.Fprintf(e.Stdout, e.T("  原文件名：%s\n  SHA-256：%s（%d 字节）\n", "  written as: %s\n  SHA-256: %s (%d bytes)\n"), x.File, sum, x.Size)
	}
	return nil
}

func withoutTexts(m map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		if k != "with_texts" {
			out[k] = v
		}
	}
	return out
}
