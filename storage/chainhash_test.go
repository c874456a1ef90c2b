package storage

import (
	"encoding/json"
	"testing"
	"time"

	"beishen/review"
)

// The direct encoding is Canonical's, byte for byte, for events as a
// writer seals them; and whatever an event holds, the hasher's verdict is
// ComputeHash's.
func TestChainHasherAgreesWithComputeHash(t *testing.T) {
	at := time.Date(2026, 11, 20, 9, 0, 0, 123456789, review.Zone)
	base := []review.Event{
		review.NewEvent(3, review.Comment{Text: "请补充制定依据。"}),
		review.NewEvent(3, review.Comment{Text: "a < b && c > d \u2028 \"引号\" \\ 反斜杠"}),
		review.NewEvent(0, review.Comment{Text: "log-wide"}),
		{Doc: 9, Type: "custom type \"x\"", Data: json.RawMessage(`{"a":1}`)},
		{Doc: 9, Type: review.EvComment, Data: json.RawMessage("{ \"text\" : \"空格\" }")},
		{Doc: 9, Type: review.EvComment, Data: json.RawMessage(`{"text":"x"},"workflow":3`)},
		{Doc: 9, Type: review.EvComment, Data: nil},
		{Doc: 9, Type: review.EvComment, Data: json.RawMessage(`[1,2]`)},
	}
	h := newChainHasher()
	prev := ""
	for i, e := range base {
		for _, wf := range []int{0, 3} {
			for _, actor := range []string{"审查员", "x<y>&", ""} {
				e.Seq, e.At, e.Actor, e.Workflow = uint64(i+1), at, actor, wf
				e.Seal(prev)
				if sum, fast := h.sum(&e, linkOf(e.Prev)); fast && json.Valid(e.Data) && string(e.Data) == string(compact(e.Data)) {
					if string(h.buf) != string(e.Canonical()) {
						t.Errorf("direct encoding\n%s\nCanonical\n%s", h.buf, e.Canonical())
					}
					_ = sum
				}
				if !h.ok(&e) {
					t.Errorf("event %d (%s, workflow %d, actor %q): sealed but not ok", i, e.Data, wf, actor)
				}
				// Whatever is changed, the verdict is ComputeHash's.
				for _, alter := range []func(x *review.Event){
					func(x *review.Event) { x.Seq++ },
					func(x *review.Event) { x.Doc++ },
					func(x *review.Event) { x.Actor += "x" },
					func(x *review.Event) { x.At = x.At.Add(time.Nanosecond) },
					func(x *review.Event) { x.Workflow++ },
					func(x *review.Event) { x.Prev = "" },
					func(x *review.Event) { x.Data = append(append(json.RawMessage(nil), x.Data...), ' ') },
					func(x *review.Event) {
						if x.Workflow != 0 {
							x.Data = json.RawMessage(string(x.Data) + `,"workflow":3`)
							x.Workflow = 0
						} else {
							x.Seq++
						}
					},
				} {
					x := e
					alter(&x)
					if got, want := h.ok(&x), x.ComputeHash() == x.Hash; got != want {
						t.Errorf("event %d altered (%s, workflow %d): ok %v, ComputeHash says %v", i, x.Data, x.Workflow, got, want)
					}
				}
				prev = e.Hash
			}
		}
	}
}

func compact(b []byte) []byte {
	out, err := json.Marshal(json.RawMessage(b))
	if err != nil {
		return nil
	}
	return out
}
