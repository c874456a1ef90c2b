package jobs

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/review/export"
	"beishen/review/laws"
	"beishen/review/rules"
	"beishen/storage"
)

// LogFormats are the formats of a log export, the first the default.
var LogFormats = []string{"xlsx", "csv", "jsonl", "md"}

// LogRequest is a log export as the screen or the command line asks for it.
type LogRequest struct {
	Format    string // one of LogFormats
	Filter    export.Filter
	File      string // empty: DefaultLogName in the current directory
	WithTexts bool   // jsonl only: add the versions' texts for a hand-over
	Lang      review.Lang
	Force     bool // replace an existing File; without it an existing file is left alone
}

// Written is a file an export wrote and the event that recorded it.
type Written struct {
	File   string // absolute path
	SHA256 string
	Size   int64
	Events int // rows or events written
	Record review.Event
}

// DefaultLogName is 审查日志-YYYYMMDD.<format>.
func DefaultLogName(format string, day review.Date) string {
	return "审查日志-" + strings.ReplaceAll(day.String(), "-", "") + "." + format
}

// ExportLog writes the selected part of the review log in one format and
// records the export, with the SHA-256 of the bytes written, as an event
// of the log itself (document 0, log-wide).
func ExportLog(st Store, req LogRequest, now time.Time) (Written, error) {
	if req.Format == "" {
		req.Format = LogFormats[0]
	}
	known := false
	for _, f := range LogFormats {
		known = known || f == req.Format
	}
	if !known {
		return Written{}, review.Text{ZH: "未知的导出格式：" + req.Format + "（可用：xlsx、csv、jsonl、md）",
			EN: "unknown export format: " + req.Format + " (one of xlsx, csv, jsonl, md)"}
	}
	if req.File == "" {
		req.File = storage.FreeName(DefaultLogName(req.Format, review.DateOf(now.In(review.Zone))))
	}
	// The log streams from one read transaction through the writer: a
	// Walker follows the documents' stages in bounded memory, and a
	// document filter reads only that document's history.
	var w Written
	err := st.WalkLog(func(lw storage.LogWalk) error {
		walker := export.NewWalker(req.Filter, lw.History)
		var walkErr error
		n := 0
		picked := map[uint64]bool{}
		rows := func(yield func(export.Row) bool) {
			walkErr = lw.EachWhere(req.Filter.Doc, walker.Wants, func(e review.Event) error {
				r, ok, err := walker.Next(e)
				if err != nil || !ok {
					return err
				}
				n++
				picked[e.Doc] = true
				if !yield(r) {
					return errStopped
				}
				return nil
			})
		}
		write := func(out io.Writer) error {
			var err error
			switch req.Format {
			case "csv":
				err = export.WriteCSV(out, rows, req.Lang)
			case "xlsx":
				err = export.WriteXLSX(out, rows, req.Lang)
			case "md":
				err = export.WriteMarkdown(out, rows, export.LogHeading{Filters: req.Filter.Map(), At: now, Actor: st.Actor()}, req.Lang)
			default:
				err = export.WriteJSONL(out, func(yield func(review.Event) bool) {
					for r := range rows {
						if !yield(r.Event) {
							return
						}
					}
				}, texts(lw, req.WithTexts, picked, &walkErr))
			}
			if walkErr != nil && walkErr != errStopped {
				return walkErr
			}
			return err
		}
		var err error
		w, err = WriteFile(req.File, req.Force, write)
		w.Events = n
		return err
	})
	if err != nil {
		return w, err
	}
	filters := req.Filter.Map()
	if req.WithTexts {
		if filters == nil {
			filters = map[string]string{}
		}
		filters["with_texts"] = "true"
	}
	w.Record, _, err = st.Do(review.NewEvent(0, review.Exported{What: "log", Format: req.Format, File: w.File,
		SHA256: w.SHA256, Size: w.Size, Filters: filters}))
	return w, err
}

// errStopped ends a walk whose reader stopped early.
var errStopped = errors.New("stopped")

// texts are the text lines of a hand-over export: the versions of the
// documents picked, read after the events (the lines follow them).
func texts(lw storage.LogWalk, with bool, picked map[uint64]bool, errp *error) iter.Seq[export.TextLine] {
	return func(yield func(export.TextLine) bool) {
		if !with {
			return
		}
		err := lw.Texts(func(doc uint64, n int, text string) error {
			if !picked[doc] {
				return nil
			}
			if !yield(export.NewTextLine(doc, n, text)) {
				return errStopped
			}
			return nil
		})
		if err != nil && *errp == nil {
			*errp = err
		}
	}
}

// OpinionRequest asks for one paper on one document: the opinion letter,
// the fair-competition conclusion, or a filing-review paper (Kind).
type OpinionRequest struct {
	Doc  uint64
	Fair bool             // the 公平竞争审查结论 instead of the 合法性审核意见书
	Kind export.PaperKind // empty: by Fair
	File string           // .docx or .md; empty: Opinion.FileStem + ".docx" in the current directory
	// Settings give the reviewing body, the number patterns, the sign-off
	// and the templates' folder; nil: the built-in defaults.
	Settings *deadline.Settings
	// Filing is the filing-review outcome a filed document's paper reports;
	// nil: FilingReviewOf the document.
	Filing *export.FilingReview
	// Force replaces an existing File; without it an existing file is left alone.
	Force bool
	// Precedents cites, after each finding, the nearest published case.
	Precedents bool
}

// kind is the paper asked for.
func (r OpinionRequest) kind() export.PaperKind {
	switch {
	case r.Kind != "":
		return r.Kind
	case r.Fair:
		return export.PaperFair
	}
	return export.PaperOpinion
}

// BuildOpinion gathers the paper's content: the document's current state,
// the reviewer who gave the decision still in effect (the settings'
// 审核人, else the store's actor when none), the decision's date (today
// when none), the office from the settings, the office's template when its
// folder holds one, and the letter number the log gives it.
func BuildOpinion(st Store, req OpinionRequest, today review.Date) (export.Opinion, error) {
	o, _, err := buildPaper(st, req, today)
	return o, err
}

// number is a paper's letter number and what the export event records of it.
type number struct {
	text, series, basis string
	year, n             int
}

func buildPaper(st Store, req OpinionRequest, today review.Date) (export.Opinion, number, error) {
	set := deadline.Defaults()
	if req.Settings != nil {
		set = *req.Settings
	}
	d, err := st.Document(req.Doc)
	if err != nil {
		return export.Opinion{}, number{}, err
	}
	hist, err := st.Events(req.Doc)
	if err != nil {
		return export.Opinion{}, number{}, err
	}
	if req.Precedents && len(d.Findings) > 0 {
		v, err := st.Version(req.Doc, d.Version)
		if err != nil {
			return export.Opinion{}, number{}, err
		}
		for i := range d.Findings {
			d.Findings[i].Precedent = rules.NearestPrecedent(v.Text, d.Findings[i].Finding)
		}
	}
	kind := req.kind()
	o := export.Opinion{Kind: kind, Checklist: review.LegalityChecklist, Doc: d, Reviewer: st.Actor(), Date: today,
		Body: set.Papers.Body, Handler: set.Papers.Handler, Head: set.Papers.Head}
	if !set.BasisCiteOnly {
		o.Library = laws.Stack{st.Laws(), laws.Embedded()}
	}
	if kind == export.PaperFair {
		o.Checklist = review.FairChecklist
	}
	var basis string
	if eff, err := review.Effective(hist); err == nil && d.Outcome != "" {
		for i := len(eff) - 1; i >= 0; i-- {
			if eff[i].Type == review.EvDecision {
				o.Reviewer, o.Date = eff[i].Actor, eff[i].Day()
				basis = fmt.Sprint(eff[i].Seq)
				break
			}
		}
	}
	o.Addressee = firstOf(d.Meta.DraftingUnit, d.Meta.Issuer)
	pattern := set.Papers.OpinionNumber
	if kind.ForFiled() {
		pattern = set.Papers.FilingNumber
		o.Addressee = firstOf(d.Meta.Issuer, d.Meta.DraftingUnit)
		f := FilingReviewOf(d)
		if req.Filing != nil {
			f = *req.Filing
		}
		if f.Date.IsZero() {
			f.Date = today
		}
		if f.Due.IsZero() {
			switch kind {
			case export.PaperReview, export.PaperCorrection:
				f.Due = f.Date.AddDays(set.Papers.ResponseDays)
			case export.PaperDeferred:
				f.Due = f.Date.AddDays(set.FilingResubmission.N)
			}
		}
		o.Filing, o.Date = f, f.Date
		basis = f.Date.String() + " " + f.Outcome + " " + f.Reference
	}
	if set.Papers.Checker != "" {
		o.Reviewer = set.Papers.Checker
	}
	if dir := set.TemplateDir(); dir != "" {
		names := []string{export.TemplateFile(kind)}
		if kind == export.PaperFair {
			names = append(names, export.TemplateFile(export.PaperOpinion))
		}
		for _, name := range names {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err == nil {
				o.Template = string(b)
				break
			}
			if !errors.Is(err, fs.ErrNotExist) {
				return o, number{}, err
			}
		}
	}
	num := number{series: pattern, basis: basis, year: o.Date.Year()}
	if o.Date.IsZero() {
		num.year = today.Year()
	}
	// The letter of a review outcome recorded with its number (the 文号 of
	// the 审查意见书 or 纠错函, typed in the outcome's form or --reference)
	// carries that number, not the next of the series: the log and the
	// letter must not disagree. (A registration's reference is the 登记编号
	// the notice quotes, not the notice's own number.)
	if r := d.Review; r != nil && r.Reference != "" && kind.ForFiled() {
		if carried, ok := export.PaperOf(FilingReviewOf(d).Outcome); ok && carried == kind {
			num.text, num.series = r.Reference, ""
			o.Number = num.text
			return o, num, nil
		}
	}
	if pattern != "" {
		if num.n, err = letterNumber(st, d.ID, kind, num); err != nil {
			return o, num, err
		}
		num.text = strings.NewReplacer("{year}", fmt.Sprint(num.year), "{n}", fmt.Sprint(num.n)).Replace(pattern)
		o.Number = num.text
	}
	return o, num, nil
}

// letterNumber is the paper's number in its series and year: the number an
// earlier export of the same paper (same document, kind and basis — the
// decision, or the filing-review outcome) was given, else one more than the
// highest the log's export events record.
func letterNumber(st Store, doc uint64, kind export.PaperKind, num number) (int, error) {
	year := fmt.Sprint(num.year)
	highest, same := 0, 0
	err := st.EachEvent(1, func(e review.Event) error {
		if e.Type != review.EvExport {
			return nil
		}
		p, err := e.Decode()
		if err != nil {
			return nil
		}
		f := p.(*review.Exported).Filters
		if f["series"] != num.series || f["year"] != year {
			return nil
		}
		n, err := strconv.Atoi(f["n"])
		if err != nil {
			return nil
		}
		highest = max(highest, n)
		if e.Doc == doc && f["paper"] == string(kind) && f["basis"] == num.basis && same == 0 {
			same = n
		}
		return nil
	})
	if same > 0 {
		return same, err
	}
	return highest + 1, err
}

// FilingReviewOf is the filing-review outcome of a filed document as the
// document records it today: the registration result of its latest filing
// record, else its decision (通过: review concluded; 修改后通过/退回修改: a
// written opinion; 不予通过: correction). The filing-review road fills in
// its own outcomes here.
func FilingReviewOf(d review.Document) export.FilingReview {
	var f export.FilingReview
	if r := d.Registration; r != nil {
		f = export.FilingReview{Date: r.Date, Reference: r.Reference, Due: r.Due, Reason: r.Reason}
		switch r.Result {
		case review.FilingRegistered:
			f.Outcome = "registered"
		case review.FilingDeferred:
			f.Outcome = "deferred"
			var names []string
			for _, m := range r.Missing {
				names = append(names, m.Label().ZH)
			}
			f.Reason = strings.Join(append(names, firstOf(r.Reason)), "\n")
			f.Reason = strings.TrimSpace(f.Reason)
		case review.FilingRefused:
			f.Outcome = "not_registered"
		}
	}
	if p := d.Review; p != nil {
		f = export.FilingReview{Date: p.Date, Reference: p.Reference, Due: p.Due, Reason: firstOf(p.Note, p.Plan)}
		switch p.Outcome {
		case review.NoProblem:
			f.Outcome = "concluded"
		case review.WrittenOpinion:
			f.Outcome = "opinion"
		case review.SelfCorrect, review.OrderCorrect:
			f.Outcome = "correction"
		case review.Revoke:
			f.Outcome = "revoked"
		case review.IssuerRepealed:
			f.Outcome, f.Reason = "concluded", "制定机关已于"+p.Date.ChineseString()+"废止该文件。"
		}
	}
	return f
}

func firstOf(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// ExportOpinion writes a paper on a document as .docx or .md and records
// the export, with the paper's kind and letter number, as an event on that
// document.
func ExportOpinion(st Store, req OpinionRequest, today review.Date) (Written, error) {
	o, num, err := buildPaper(st, req, today)
	if err != nil {
		return Written{}, err
	}
	if req.File == "" {
		req.File = storage.FreeName(o.FileStem() + ".docx")
	}
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(req.File)), ".")
	var write func(io.Writer) error
	switch format {
	case "docx":
		write = func(w io.Writer) error { return export.WriteOpinionDOCX(w, o) }
	case "md":
		write = func(w io.Writer) error { return export.WriteOpinionMarkdown(w, o) }
	default:
		return Written{}, review.Text{ZH: "意见书只能导出为 .docx 或 .md：" + req.File, EN: "an opinion is written as .docx or .md: " + req.File}
	}
	// Lay the paper out before any file is touched: a broken template is
	// reported, and nothing is written or recorded.
	if _, err := o.Layout(); err != nil {
		return Written{}, err
	}
	w, err := WriteFile(req.File, req.Force, write)
	if err != nil {
		return w, err
	}
	what := "opinion"
	if o.PaperKind().ForFiled() {
		what = "paper"
	}
	filters := map[string]string{"letter": string(o.Checklist), "paper": string(o.PaperKind())}
	if num.text != "" {
		filters["number"], filters["series"], filters["year"], filters["n"] = num.text, num.series, fmt.Sprint(num.year), fmt.Sprint(num.n)
	}
	if num.basis != "" {
		filters["basis"] = num.basis
	}
	w.Record, _, err = st.Do(review.NewEvent(req.Doc, review.Exported{What: what, Format: format, File: w.File,
		SHA256: w.SHA256, Size: w.Size, Filters: filters}))
	return w, err
}

// WriteFile writes a file the way exports do: 0600, through a temporary
// file beside it that is synced and then named, so a reader never sees half
// a file, and never in the place of an existing file unless replace; it
// returns the SHA-256 and size of the bytes written.
func WriteFile(path string, replace bool, write func(io.Writer) error) (Written, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Written{}, err
	}
	if _, err := os.Lstat(abs); err == nil && !replace {
		return Written{}, &storage.ExistsError{Path: abs}
	}
	tmp, err := os.CreateTemp(filepath.Dir(abs), "."+filepath.Base(abs)+".*.part")
	if err != nil {
		return Written{}, &storage.WriteError{Path: abs, Cause: err}
	}
	defer os.Remove(tmp.Name()) // gone after the rename
	h := sha256.New()
	cw := &counter{w: io.MultiWriter(tmp, h)}
	err = write(cw)
	if err == nil {
		err = tmp.Chmod(0o600)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = storage.Place(tmp.Name(), abs, replace)
	}
	if errors.As(err, new(*storage.ExistsError)) {
		return Written{}, err
	}
	if err != nil {
		return Written{}, &storage.WriteError{Path: abs, Cause: err}
	}
	return Written{File: abs, SHA256: hex.EncodeToString(h.Sum(nil)), Size: cw.n}, nil
}

type counter struct {
	w io.Writer
	n int64
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ExportRecord is an export the log recorded.
type ExportRecord struct {
	Event  review.Event
	Export review.Exported
}

// FindExport hashes a file and looks for exports of exactly those bytes in
// the log; sum is the file's SHA-256.
func FindExport(st Store, file string) (sum string, found []ExportRecord, err error) {
	f, err := os.Open(file)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", nil, err
	}
	sum = hex.EncodeToString(h.Sum(nil))
	err = st.EachEvent(1, func(e review.Event) error {
		if e.Type != review.EvExport {
			return nil
		}
		p, err := e.Decode()
		if err != nil {
			return nil
		}
		if x := p.(*review.Exported); x.SHA256 == sum {
			found = append(found, ExportRecord{e, *x})
		}
		return nil
	})
	return sum, found, err
}
