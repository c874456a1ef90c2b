package cleanup

import (
	"strings"

	"beishen/review"
)

// ParseLaws reads a typed list of laws ("《中华人民共和国合同法》，物权法、担保法")
// as short names, the form Cited and LawChange use. Commas (both widths),
// 顿号 and spaces separate them.
func ParseLaws(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || r == ' ' || r == '　' || r == ';' || r == '；'
	}) {
		if n := shortName(f); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// AddEvents are the CleanupAdded events that take the proposed documents
// into campaign id (named name), one per proposal, for one bulk write.
func AddEvents(id uint64, name string, props []Proposal) []review.Event {
	evs := make([]review.Event, len(props))
	for i, p := range props {
		evs[i] = review.NewEvent(p.Doc, review.CleanupAdded{Campaign: id, Name: name, Reason: p.Reason})
	}
	return evs
}
