package cli

import (
	"fmt"
	"strings"

	"beishen/review"
)

// Decide gives a decision on document id: the same domain operation the
// screen's decision dialog calls, so a refused decision names what is
// missing in both places.
func (e *Env) Decide(id uint64, outcome, note string) error {
	o, ok := review.ParseOutcome(outcome)
	if !ok {
		var names []string
		for _, x := range review.Outcomes {
			names = append(names, string(x)+"="+x.Label().In(e.Lang))
		}
		return e.Fail(review.Text{ZH: "未知的决定：" + outcome + "（可用：" + strings.Join(names, "、") + "）",
			EN: "unknown outcome: " + outcome + " (one of: " + strings.Join(names, ", ") + ")"})
	}
	return e.act(review.NewEvent(id, review.Decided{Outcome: o, Note: note}))
}

// Comment adds a reviewer's note to document id.
func (e *Env) Comment(id uint64, text, anchor string) error {
	return e.act(review.NewEvent(id, review.Comment{Text: text, Anchor: anchor}))
}

func (e *Env) act(ev review.Event) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	done, d, err := st.Do(ev)
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("已记录 #%d %s：%s（%s）\n", "recorded #%d %s: %s (%s)\n"),
		done.Seq, done.Type.Label().In(e.Lang), d.Meta.Title, d.Stage.Label().In(e.Lang))
	return nil
}

// Undo takes back the latest action (on document id, or the last document
// acted on when id is 0) by appending a compensating event.
func (e *Env) Undo(id uint64, redo bool) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	do := st.Undo
	if redo {
		do = st.Redo
	}
	ev, d, err := do(id)
	if err != nil {
		return e.Fail(err)
	}
	p, _ := ev.Decode()
	var target uint64
	var typ review.EventType
	switch p := p.(type) {
	case *review.Undo:
		target, typ = p.Target, p.Type
	case *review.Redo:
		target, typ = p.Target, p.Type
	}
	fmt.Fprintf(e.Stdout, e.T("已%s #%d（%s）：%s\n", "%s #%d (%s): %s\n"),
		ev.Type.Label().In(e.Lang), target, typ.Label().In(e.Lang), d.Meta.Title)
	return nil
}
