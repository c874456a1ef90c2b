// Package export writes what leaves the office: the review log as csv,
// xlsx, jsonl and markdown, and the opinion letters as docx and markdown.
// Every writer is pure: it takes events or a document and writes bytes to
// an io.Writer; files, hashes of files and the export event are the
// caller's (ui/jobs).
package export

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"beishen/review"
)

// Filter selects the events of a log export. Zero fields match everything.
type Filter struct {
	From, To review.Date // inclusive, calendar days in review.Zone
	Doc      uint64
	// Stage is the stage the document stood in when the action was taken.
	Stage review.Stage
	Actor string
	Types []review.EventType
}

// Match reports whether event e, taken while its document was at stage,
// passes the filter.
func (f Filter) Match(e review.Event, stage review.Stage) bool {
	day := e.Day()
	switch {
	case !f.From.IsZero() && day.Before(f.From):
		return false
	case !f.To.IsZero() && day.After(f.To):
		return false
	case f.Doc != 0 && e.Doc != f.Doc:
		return false
	case f.Stage != "" && stage != f.Stage:
		return false
	case f.Actor != "" && e.Actor != f.Actor:
		return false
	case len(f.Types) > 0 && !slices.Contains(f.Types, e.Type):
		return false
	}
	return true
}

// Empty reports whether the filter selects the whole log.
func (f Filter) Empty() bool { return len(f.Map()) == 0 }

// Map is the filter as recorded in the export event (review.Exported.Filters).
func (f Filter) Map() map[string]string {
	m := map[string]string{}
	if !f.From.IsZero() {
		m["from"] = f.From.String()
	}
	if !f.To.IsZero() {
		m["to"] = f.To.String()
	}
	if f.Doc != 0 {
		m["doc"] = fmt.Sprint(f.Doc)
	}
	if f.Stage != "" {
		m["stage"] = string(f.Stage)
	}
	if f.Actor != "" {
		m["actor"] = f.Actor
	}
	if len(f.Types) > 0 {
		ts := make([]string, len(f.Types))
		for i, t := range f.Types {
			ts[i] = string(t)
		}
		m["type"] = strings.Join(ts, ",")
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

// DescribeFilters renders recorded filters (Filter.Map) for a reader.
func DescribeFilters(m map[string]string, lang review.Lang) string {
	if len(m) == 0 {
		return review.Label{ZH: "全部事件", EN: "all events"}.In(lang)
	}
	names := []struct{ key, zh, en string }{
		{"from", "起始日期", "from"}, {"to", "截止日期", "to"}, {"doc", "文件", "document"},
		{"stage", "阶段", "stage"}, {"actor", "审查人", "reviewer"}, {"type", "事件类型", "type"},
	}
	var parts []string
	for _, n := range names {
		v, ok := m[n.key]
		if !ok {
			continue
		}
		switch n.key {
		case "doc":
			v = "#" + v
		case "stage":
			v = review.Stage(v).Label().In(lang)
		case "type":
			var ls []string
			for _, t := range strings.Split(v, ",") {
				ls = append(ls, review.EventType(t).Label().In(lang))
			}
			v = strings.Join(ls, "、")
		}
		if lang == review.EN {
			parts = append(parts, n.en+" "+v)
		} else {
			parts = append(parts, n.zh+"："+v)
		}
	}
	if lang == review.EN {
		return strings.Join(parts, "; ")
	}
	return strings.Join(parts, "；")
}

// Row is one event as a reader of the log sees it: with the document's
// number and title and the stage at which the action was taken.
type Row struct {
	Event     review.Event
	Stage     review.Stage
	DocNumber string
	Title     string
	// Finding is the finding an answer refers to, as the document stood
	// when it was answered; nil for other events.
	Finding *FindingRef
}

// Rows walks the whole log in order, following each document's state so
// that every row can name the stage the action was taken in, and returns
// the rows f selects. events must be the log from its first event, or the
// stages of earlier documents are unknown.
func Rows(events []review.Event, f Filter) []Row {
	type docState struct {
		doc  review.Document
		hist []review.Event
	}
	docs := map[uint64]*docState{}
	var out []Row
	for _, e := range events {
		var stage review.Stage
		var number, title string
		var ref *FindingRef
		if e.Doc != 0 {
			s := docs[e.Doc]
			if s == nil {
				s = &docState{}
				docs[e.Doc] = s
			}
			stage = s.doc.Stage
			if e.Type == review.EvImported {
				stage = review.StageIntake
			}
			if e.Type == review.EvFindingConfirm || e.Type == review.EvFindingDismiss {
				if p, err := e.Decode(); err == nil {
					ref = RefOf(&s.doc, p.(*review.FindingAnswered).Key)
				}
			}
			s.hist = append(s.hist, e)
			switch e.Type {
			case review.EvUndo, review.EvRedo:
				if d, err := review.Replay(e.Doc, s.hist); err == nil {
					s.doc = d
				}
			default:
				next := s.doc
				if review.Apply(&next, e) == nil {
					s.doc = next
				} else if d, err := review.Replay(e.Doc, s.hist); err == nil {
					s.doc = d
				}
			}
			number, title = s.doc.Meta.DocNumber, s.doc.Meta.Title
		}
		if f.Match(e, stage) {
			out = append(out, Row{Event: e, Stage: stage, DocNumber: number, Title: title, Finding: ref})
		}
	}
	return out
}

// Column is one column of the tabular log formats.
type Column struct {
	Label review.Label
	Value func(r Row, lang review.Lang) string
}

// Columns are the columns of the csv, xlsx and markdown logs, in order.
var Columns = []Column{
	{review.Label{ZH: "序号", EN: "Seq"}, func(r Row, _ review.Lang) string { return fmt.Sprint(r.Event.Seq) }},
	{review.Label{ZH: "时间", EN: "Time"}, func(r Row, _ review.Lang) string { return When(r.Event.At) }},
	{review.Label{ZH: "审查人", EN: "Reviewer"}, func(r Row, _ review.Lang) string { return r.Event.Actor }},
	{review.Label{ZH: "文件编号", EN: "Doc"}, func(r Row, _ review.Lang) string {
		if r.Event.Doc == 0 {
			return ""
		}
		return fmt.Sprint(r.Event.Doc)
	}},
	{review.Label{ZH: "文号", EN: "Number"}, func(r Row, _ review.Lang) string { return r.DocNumber }},
	{review.Label{ZH: "文件标题", EN: "Title"}, func(r Row, _ review.Lang) string { return r.Title }},
	{review.Label{ZH: "阶段", EN: "Stage"}, func(r Row, lang review.Lang) string {
		if r.Stage == "" {
			return ""
		}
		return r.Stage.Label().In(lang)
	}},
	{review.Label{ZH: "操作", EN: "Action"}, func(r Row, lang review.Lang) string { return r.Event.Type.Label().In(lang) }},
	{review.Label{ZH: "内容", EN: "Details"}, func(r Row, lang review.Lang) string { return Describe(r.Event, r.Finding, lang) }},
	{review.Label{ZH: "哈希", EN: "Hash"}, func(r Row, _ review.Lang) string { return r.Event.Hash }},
}

// When is an event time as the log shows it: to the second, in review.Zone.
func When(t time.Time) string { return t.In(review.Zone).Format("2006-01-02 15:04:05") }

// header returns the column labels in lang.
func header(lang review.Lang) []string {
	h := make([]string, len(Columns))
	for i, c := range Columns {
		h[i] = c.Label.In(lang)
	}
	return h
}

// cells returns the row's values in column order.
func cells(r Row, lang review.Lang) []string {
	v := make([]string, len(Columns))
	for i, c := range Columns {
		v[i] = c.Value(r, lang)
	}
	return v
}
