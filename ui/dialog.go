package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

type dialogKind int

const (
	dlgPrompt   dialogKind = iota // a text field, enter submits
	dlgConfirm                    // y/enter confirms, n/esc cancels
	dlgDecision                   // outcome + opinion with live guards
)

// dialog is the one modal on screen: a prompt, a confirmation or the
// decision dialog. submit turns its answer into a Cmd.
type dialog struct {
	kind     dialogKind
	title    string
	body     []string
	label    string // the field's label
	in       input
	required bool
	err      string
	// submit turns the answer into the opening screen's Cmd and ask.
	submit func(d *dialog, text string) (tea.Cmd, ask)
	// The decision dialog: the outcome chosen and, for one document, the
	// document whose guards are shown live.
	outcome int
	doc     *review.Document
	count   int
	// area holds the decision's written opinion, over several lines.
	area textarea
	// names complete the field on tab (the assign form); typed is the
	// prefix being completed.
	names []string
	typed string
}

// text is the dialog's answer: the opinion of a decision, else the field.
func (d *dialog) text() string {
	if d.kind == dlgDecision {
		return d.area.Value()
	}
	return d.in.Value()
}

func (d *dialog) outcomeValue() review.Outcome { return review.Outcomes[d.outcome] }

// missing is what DecisionGuard still asks for.
func (d *dialog) missing() []review.Label {
	if d.doc == nil {
		return nil
	}
	return review.DecisionGuard(d.doc, d.outcomeValue(), d.text(), review.WorkflowVersion)
}

// dialogInner is the width inside a dialog's border and padding.
func dialogInner(width int) int { return min(width-4, 72) - 4 }

// update handles a key; done means the dialog closes, cmd and a are its
// result.
func (d *dialog) update(keys KeyMap, c *Context, msg tea.Msg) (done bool, cmd tea.Cmd, a ask) {
	k, isKey := msg.(tea.KeyPressMsg)
	is := func(b key.Binding) bool { return key.Matches(k, b) }
	if isKey {
		switch {
		case is(keys.Back):
			return true, nil, ask{}
		case is(keys.Submit):
			if d.kind == dlgConfirm || d.kind == dlgPrompt && !d.required || strings.TrimSpace(d.text()) != "" || d.kind == dlgDecision {
				if d.kind == dlgDecision {
					if miss := d.missing(); len(miss) > 0 {
						d.err = c.T("尚不能作出决定，请先补齐下列条件", "cannot decide yet: resolve the conditions below")
						return false, nil, ask{}
					}
					if d.doc == nil && d.outcomeValue() != review.Pass && strings.TrimSpace(d.text()) == "" {
						d.err = c.T("需要填写审查意见", "the opinion is required")
						return false, nil, ask{}
					}
				}
				cmd, a := d.submit(d, strings.TrimSpace(d.text()))
				return true, cmd, a
			}
			d.err = c.T("此项不能为空", "this cannot be empty")
			return false, nil, ask{}
		}
		if d.kind == dlgConfirm {
			switch {
			case is(keys.Yes):
				cmd, a := d.submit(d, "")
				return true, cmd, a
			case is(keys.No):
				return true, nil, ask{}
			}
			return false, nil, ask{}
		}
		if d.names != nil && is(keys.NextTab) {
			d.complete()
			return false, nil, ask{}
		}
		if d.kind == dlgDecision {
			switch {
			case is(keys.NextTab):
				d.outcome = (d.outcome + 1) % len(review.Outcomes)
				return false, nil, ask{}
			case is(keys.PrevTab):
				d.outcome = (d.outcome + len(review.Outcomes) - 1) % len(review.Outcomes)
				return false, nil, ask{}
			}
		}
	}
	if d.kind == dlgDecision {
		if d.area.Update(msg) {
			d.err = ""
		}
		return false, nil, ask{}
	}
	if d.kind != dlgConfirm && d.in.Update(msg) {
		d.err = ""
	}
	return false, nil, ask{}
}

// Render draws the dialog box at most width cells wide.
func (d *dialog) Render(c *Context, width int) string {
	st, th := c.Styles, c.Theme
	inner := dialogInner(width)
	var lines []string
	lines = append(lines, st.DialogTitle.Render(trunc(d.title, inner, th.Ellipsis)))
	for _, b := range d.body {
		for _, l := range wrapString(b, inner) {
			lines = append(lines, l)
		}
	}
	if d.kind == dlgDecision {
		lines = append(lines, "")
		var opts []string
		for i, o := range review.Outcomes {
			s := c.L(o.Label())
			if i == d.outcome {
				opts = append(opts, st.Selected.Render(th.Pointer+s))
			} else {
				opts = append(opts, " "+s)
			}
		}
		lines = append(lines, trunc(strings.Join(opts, " "), inner, th.Ellipsis))
		for _, l := range wrapString(c.T("tab 切换决定 · 输入审查意见，ctrl+j 或 alt+enter 换行 · enter 提交 · esc 取消",
			"tab outcome · type the opinion, ctrl+j or alt+enter for a new line · enter commits · esc cancels"), inner) {
			lines = append(lines, st.Dim.Render(l))
		}
		lines = append(lines, "")
		if d.label != "" {
			lines = append(lines, d.label)
		}
		lines = append(lines, d.area.Render(inner, 3, 8, true)...)
	}
	if d.kind == dlgPrompt {
		lines = append(lines, "")
		if d.label != "" {
			lines = append(lines, d.label)
		}
		lines = append(lines, d.in.Render(inner, true))
	}
	if d.kind == dlgDecision && d.doc != nil {
		miss := d.missing()
		lines = append(lines, "")
		if len(miss) == 0 {
			lines = append(lines, st.OK.Render(c.T("条件已满足，可以提交", "all conditions met; enter commits")))
		} else {
			lines = append(lines, st.Error.Render(c.T("尚缺：", "Missing:")))
			for _, l := range miss {
				for _, s := range wrapString("- "+c.L(l), inner) {
					lines = append(lines, st.Error.Render(s))
				}
			}
		}
	}
	if d.kind == dlgConfirm {
		lines = append(lines, "", st.Key.Render(c.T("y/enter 确认 · n/esc 取消", "y/enter confirm · n/esc cancel")))
	} else if d.kind == dlgPrompt {
		lines = append(lines, st.Dim.Render(c.T("enter 提交 · esc 取消", "enter submits · esc cancels")))
	}
	if d.err != "" {
		// Wrapped: a store's refusal says what to do in its last words.
		for _, l := range wrapString(d.err, inner) {
			lines = append(lines, st.Error.Render(l))
		}
	}
	for i, l := range lines {
		lines[i] = pad(l, inner, th.Ellipsis)
	}
	return st.Dialog.Width(inner + 4).Render(strings.Join(lines, "\n"))
}

// overlay draws box centred over base (width×height), cell-exact.
func overlay(base, box string, width, height int) string {
	bl := strings.Split(base, "\n")
	ol := strings.Split(box, "\n")
	if len(ol) > height {
		ol = ol[:height]
	}
	bw := 0
	for _, l := range ol {
		bw = max(bw, ansi.StringWidth(l))
	}
	x := max(0, (width-bw)/2)
	y := max(0, (height-len(ol))/2)
	for i, l := range ol {
		row := y + i
		if row >= len(bl) {
			break
		}
		left := ansi.Truncate(bl[row], x, "")
		left += strings.Repeat(" ", x-ansi.StringWidth(left))
		right := ansi.Cut(bl[row], x+bw, width)
		// A wide character cut in half leaves the line a cell short.
		mid := pad(l, bw, "")
		line := left + "\x1b[0m" + mid + "\x1b[0m" + right
		bl[row] = pad(line, width, "")
	}
	return strings.Join(bl, "\n")
}

// countLabel is "N 件文件", "1 document", "N documents".
func countLabel(c *Context, n int) string {
	return c.T(fmt.Sprintf("%d 件文件", n), review.Plural(n, "document"))
}
