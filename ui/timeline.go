package ui

import (
	"fmt"

	"beishen/review"
	"beishen/review/export"
)

// renderTimeline lists a document's events: time, type, actor, short hash
// and what the event said, in the words of every readable log
// (export.Narrate): a finding by its rule title, clause and quoted words.
func renderTimeline(c *Context, evs []review.Event, width int) []string {
	st := c.Styles
	var lines []string
	details := export.Narrate(evs, c.Lang)
	for i, e := range evs {
		hash := e.Hash
		if len(hash) > 8 {
			hash = hash[:8]
		}
		head := fmt.Sprintf("%s  %-4s %s", e.At.In(review.Zone).Format("2006-01-02 15:04"), c.L(e.Type.Label()), e.Actor)
		lines = append(lines, head+"  "+st.Dim.Render("#"+fmt.Sprint(e.Seq)+" "+hash))
		if d := details[i]; d != "" {
			for _, l := range wrapString(d, width-4) {
				lines = append(lines, "    "+st.Dim.Render(l))
			}
		}
	}
	return lines
}
