package ui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
)

// assign.go: the head of section gives documents to reviewers (A): a small
// form for the name, tab completing it from the names seen in the log.

// actorsMsg carries the names that acted in the log, for the assign form
// of documents ids.
type actorsMsg struct {
	ids   []uint64
	names []string
	err   error
}

// loadActors reads who has acted in the log, most frequent first.
func loadActors(st Store, ids []uint64) tea.Cmd {
	return func() tea.Msg {
		n := map[string]int{}
		err := st.EachEvent(0, func(e review.Event) error {
			if e.Actor != "" {
				n[e.Actor]++
			}
			if p, ok := assignedTo(e); ok {
				n[p]++
			}
			return nil
		})
		names := make([]string, 0, len(n))
		for a := range n {
			names = append(names, a)
		}
		slices.SortFunc(names, func(a, b string) int {
			if n[a] != n[b] {
				return n[b] - n[a]
			}
			return strings.Compare(a, b)
		})
		return actorsMsg{ids: ids, names: names, err: err}
	}
}

func assignedTo(e review.Event) (string, bool) {
	if e.Type != review.EvAssigned {
		return "", false
	}
	p, err := e.Decode()
	if err != nil {
		return "", false
	}
	return p.(*review.Assigned).To, true
}

// assignKey starts assigning ids (the marked rows, the current row or the
// open document); a reviewer is told only the head assigns.
func assignKey(c *Context, ids []uint64) (tea.Cmd, ask) {
	if err := c.Role.May(review.EvAssigned); err != nil {
		return nil, ask{err: err}
	}
	if len(ids) == 0 {
		return nil, ask{}
	}
	return loadActors(c.Store, ids), ask{}
}

// assignDialog is the form, once the names are read; one document is
// assigned through write (the open document's queue of actions), several
// in one DoAll.
func assignDialog(c *Context, msg actorsMsg, write func(review.Event) (tea.Cmd, ask)) ask {
	if msg.err != nil {
		return ask{err: msg.err}
	}
	title := c.T(fmt.Sprintf("分配 %d 件文件", len(msg.ids)), fmt.Sprintf("Assign %d documents", len(msg.ids)))
	if len(msg.ids) == 1 {
		title = c.T("分配文件 #", "Assign document #") + fmt.Sprint(msg.ids[0])
	}
	var body []string
	if len(msg.names) > 0 {
		body = append(body, c.T("已有：", "known: ")+strings.Join(msg.names[:min(len(msg.names), 8)], c.T("、", ", "))+
			c.T("（tab 补全）", " (tab completes)"))
	}
	ids := msg.ids
	return ask{dlg: &dialog{kind: dlgPrompt, required: true, title: title, body: body, names: msg.names,
		label: c.T("审查人员：", "Reviewer:"),
		submit: func(_ *dialog, text string) (tea.Cmd, ask) {
			by := c.Actor
			if len(ids) == 1 {
				return write(review.NewEvent(ids[0], review.Assigned{To: text, By: by}))
			}
			evs := make([]review.Event, len(ids))
			for i, id := range ids {
				evs[i] = review.NewEvent(id, review.Assigned{To: text, By: by})
			}
			return doAll(c.Store, evs), ask{}
		}}}
}

// complete fills the field with the next known name that starts with what
// was typed (tab again: the one after).
func (d *dialog) complete() {
	typed := d.in.Value()
	if d.typed == "" || !strings.HasPrefix(typed, d.typed) || !slices.Contains(d.names, typed) {
		d.typed = typed
	}
	var fits []string
	for _, n := range d.names {
		if strings.HasPrefix(n, d.typed) {
			fits = append(fits, n)
		}
	}
	if len(fits) == 0 {
		return
	}
	next := fits[0]
	if i := slices.Index(fits, typed); i >= 0 {
		next = fits[(i+1)%len(fits)]
	}
	d.in.Set(next)
}
