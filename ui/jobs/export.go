package jobs

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"beishen/review"
	"beishen/review/export"
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
func ExportLog(st *storage.Store, req LogRequest, now time.Time) (Written, error) {
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
		req.File = DefaultLogName(req.Format, review.DateOf(now.In(review.Zone)))
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
		w, err = WriteFile(req.File, write)
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

// OpinionRequest asks for the opinion letter of one document.
type OpinionRequest struct {
	Doc  uint64
	Fair bool   // the 公平竞争审查结论 instead of the 合法性审核意见书
	File string // .docx or .md; empty: Opinion.FileStem + ".docx" in the current directory
}

// BuildOpinion gathers the letter's content: the document's current state,
// the reviewer who gave the decision still in effect (the store's actor
// when none), and the decision's date (today when none).
func BuildOpinion(st *storage.Store, req OpinionRequest, today review.Date) (export.Opinion, error) {
	d, err := st.Document(req.Doc)
	if err != nil {
		return export.Opinion{}, err
	}
	hist, err := st.Events(req.Doc)
	if err != nil {
		return export.Opinion{}, err
	}
	o := export.Opinion{Checklist: review.LegalityChecklist, Doc: d, Reviewer: st.Actor(), Date: today}
	if req.Fair {
		o.Checklist = review.FairChecklist
	}
	if eff, err := review.Effective(hist); err == nil && d.Outcome != "" {
		for i := len(eff) - 1; i >= 0; i-- {
			if eff[i].Type == review.EvDecision {
				o.Reviewer, o.Date = eff[i].Actor, eff[i].Day()
				break
			}
		}
	}
	return o, nil
}

// ExportOpinion writes the opinion letter of a document as .docx or .md and
// records the export as an event on that document.
func ExportOpinion(st *storage.Store, req OpinionRequest, today review.Date) (Written, error) {
	o, err := BuildOpinion(st, req, today)
	if err != nil {
		return Written{}, err
	}
	if req.File == "" {
		req.File = o.FileStem() + ".docx"
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
	w, err := WriteFile(req.File, write)
	if err != nil {
		return w, err
	}
	kind := string(o.Checklist)
	w.Record, _, err = st.Do(review.NewEvent(req.Doc, review.Exported{What: "opinion", Format: format, File: w.File,
		SHA256: w.SHA256, Size: w.Size, Filters: map[string]string{"letter": kind}}))
	return w, err
}

// WriteFile writes a file the way exports do: 0600, through a temporary
// file beside it that is synced and renamed, so a reader never sees half a
// file; it returns the SHA-256 and size of the bytes written.
func WriteFile(path string, write func(io.Writer) error) (Written, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Written{}, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(abs), "."+filepath.Base(abs)+".*.part")
	if err != nil {
		return Written{}, fmt.Errorf("无法写入 %s: %w", abs, err)
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
		err = os.Rename(tmp.Name(), abs)
	}
	if err != nil {
		return Written{}, fmt.Errorf("无法写入 %s: %w", abs, err)
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
func FindExport(st *storage.Store, file string) (sum string, found []ExportRecord, err error) {
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
