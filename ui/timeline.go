package ui

import (
	"fmt"
	"strings"

	"beishen/review"
)

// renderTimeline lists a document's events: time, type, actor, short hash
// and what the event said.
func renderTimeline(c *Context, evs []review.Event, width int) []string {
	st := c.Styles
	var lines []string
	for _, e := range evs {
		hash := e.Hash
		if len(hash) > 8 {
			hash = hash[:8]
		}
		head := fmt.Sprintf("%s  %-4s %s", e.At.In(review.Zone).Format("2006-01-02 15:04"), c.L(e.Type.Label()), e.Actor)
		lines = append(lines, head+"  "+st.Dim.Render("#"+fmt.Sprint(e.Seq)+" "+hash))
		if d := eventDetail(c, e); d != "" {
			for _, l := range wrapString(d, width-4) {
				lines = append(lines, "    "+st.Dim.Render(l))
			}
		}
	}
	return lines
}

// eventDetail says in words what an event recorded.
func eventDetail(c *Context, e review.Event) string {
	p, err := e.Decode()
	if err != nil {
		return c.Err(err)
	}
	switch p := p.(type) {
	case *review.Imported:
		return p.Meta.Title + " (" + p.Version.FileName + ")"
	case *review.VersionAdded:
		return c.T(fmt.Sprintf("第 %d 版 %s", p.Version.N, p.Note), fmt.Sprintf("version %d %s", p.Version.N, p.Note))
	case *review.MetadataEdited:
		return strings.Join(p.Changed, "、")
	case *review.MaterialsMarked:
		m := c.T("缺", "missing")
		if p.Present {
			m = c.T("已交", "present")
		}
		return c.L(p.Material.Label()) + "：" + m
	case *review.ChecklistMarked:
		s := p.Item + " " + c.L(p.Mark.Label())
		if p.Note != "" {
			s += "：" + p.Note
		}
		return s
	case *review.FindingAnswered:
		return strings.TrimSpace(p.Key + " " + p.Reason)
	case *review.Comment:
		if p.Anchor != "" {
			return "[" + p.Anchor + "] " + p.Text
		}
		return p.Text
	case *review.ExceptionRecorded:
		return strings.Join([]string{p.Exception.Ground, p.Exception.Alternative, p.Exception.Term}, " / ")
	case *review.Decided:
		return c.L(p.Outcome.Label()) + "：" + p.Note
	case *review.StageChanged:
		s := c.L(p.From.Label()) + " → " + c.L(p.To.Label())
		if p.Reason != "" {
			s += "：" + p.Reason
		}
		return s
	case *review.Published:
		return p.DocNumber + " " + p.Published.String()
	case *review.Undo:
		return c.T("撤销", "undo") + " #" + fmt.Sprint(p.Target) + " " + c.L(p.Type.Label())
	case *review.Redo:
		return c.T("重做", "redo") + " #" + fmt.Sprint(p.Target) + " " + c.L(p.Type.Label())
	}
	return ""
}
