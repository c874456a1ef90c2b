// Package export writes what leaves the office: the review log as csv,
// xlsx, jsonl and markdown, and the opinion letters as docx and markdown.
// Every writer is pure: it takes events or a document and writes bytes to
// an io.Writer; files, hashes of files and the export event are the
// caller's (ui/jobs).
package export

import (
	"fmt"
	"slices"
	"sort"
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
// stages of earlier documents are unknown. A log too large to hold goes
// through a Walker instead.
func Rows(events []review.Event, f Filter) []Row {
	byDoc := map[uint64][]review.Event{}
	history := func(doc, before uint64) ([]review.Event, error) {
		h := byDoc[doc]
		i := sort.Search(len(h), func(i int) bool { return h[i].Seq >= before })
		return h[:i], nil
	}
	w := NewWalker(f, history)
	var out []Row
	for _, e := range events {
		if row, ok, _ := w.Next(e); ok {
			out = append(out, row)
		}
		if e.Doc != 0 {
			byDoc[e.Doc] = append(byDoc[e.Doc], e)
		}
	}
	return out
}

// History returns document doc's events before seq before, in log order:
// what a Walker replays when it has no state of the document at hand.
type History func(doc, before uint64) ([]review.Event, error)

// walkKeep is how many documents' states a Walker holds at once; a
// document pushed out is replayed from its History when it comes back.
const walkKeep = 8192

// Walker turns the log, event by event in log order, into the rows a
// filter selects, each naming the stage its document stood in when the
// action was taken. It holds the states of at most walkKeep documents and
// replays any other from its history, so its memory does not grow with the
// log, and an event the filter refuses for reasons other than the stage
// costs nothing for a document it holds no state of: a selective export
// costs in proportion to what it selects.
type Walker struct {
	f       Filter
	history History
	docs    map[uint64]*review.Document
	order   []uint64 // documents held, oldest first
	// selective: the filter selects without the stage, so the walk needs
	// only the events it selects, each document's state rebuilt from its
	// history (Wants tells the reader which events to read whole).
	selective bool
}

// NewWalker starts a walk from the first event of the log.
func NewWalker(f Filter, history History) *Walker {
	return &Walker{f: f, history: history, docs: map[uint64]*review.Document{},
		selective: f.Stage == "" && !f.Empty()}
}

// Wants says, from an event's head alone (sequence, document, type, time,
// actor; no data), whether Next needs the event: every event when the walk
// follows all states, only those the filter selects otherwise.
func (w *Walker) Wants(head review.Event) bool {
	return !w.selective || w.f.Match(head, "")
}

// Next takes the next event of the log and returns its row if the filter
// selects it.
func (w *Walker) Next(e review.Event) (Row, bool, error) {
	if e.Doc == 0 {
		return Row{Event: e}, w.f.Match(e, ""), nil
	}
	if w.selective {
		// No state is held: the events between two selected ones are not
		// read, so each selected one rebuilds its document from history.
		delete(w.docs, e.Doc)
		defer delete(w.docs, e.Doc)
	}
	d := w.docs[e.Doc]
	if d == nil {
		// Without a state of the document, only an event the filter may
		// select (or its import, which needs no history) is worth one.
		if e.Type != review.EvImported && (w.f.Stage == "" && !w.f.Match(e, "")) {
			return Row{}, false, nil
		}
		d = &review.Document{}
		if e.Type != review.EvImported {
			hist, err := w.history(e.Doc, e.Seq)
			if err != nil {
				return Row{}, false, err
			}
			if *d, err = review.Replay(e.Doc, hist); err != nil {
				*d = review.Document{}
			}
		}
		w.hold(e.Doc, d)
	}
	stage := d.Stage
	if e.Type == review.EvImported {
		stage = review.StageIntake
	}
	// A finding's answer names the finding as the version it answered had
	// it: clause and words, not offsets.
	var ref *FindingRef
	if e.Type == review.EvFindingConfirm || e.Type == review.EvFindingDismiss {
		if p, err := e.Decode(); err == nil {
			ref = RefOf(d, p.(*review.FindingAnswered).Key)
		}
	}
	switch e.Type {
	case review.EvUndo, review.EvRedo:
		w.replay(d, e)
	default:
		next := *d
		if review.Apply(&next, e) == nil {
			*d = next
		} else {
			w.replay(d, e)
		}
	}
	if !w.f.Match(e, stage) {
		return Row{}, false, nil
	}
	return Row{Event: e, Stage: stage, DocNumber: d.Meta.DocNumber, Title: d.Meta.Title, Finding: ref}, true, nil
}

// replay rebuilds d from its history up to and including e.
func (w *Walker) replay(d *review.Document, e review.Event) {
	hist, err := w.history(e.Doc, e.Seq)
	if err != nil {
		return
	}
	if r, err := review.Replay(e.Doc, append(hist, e)); err == nil {
		*d = r
	}
}

func (w *Walker) hold(id uint64, d *review.Document) {
	w.docs[id] = d
	w.order = append(w.order, id)
	for len(w.order) > walkKeep {
		delete(w.docs, w.order[0])
		w.order = w.order[1:]
	}
	if cap(w.order) > 4*walkKeep {
		w.order = append([]uint64(nil), w.order...)
	}
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
