package safe

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestTextEscapesWhatCouldDriveATerminal(t *testing.T) {
	cases := []struct{ in, want string }{
		{"合同审查", "合同审查"},
		{"a\tb\nc", "a\tb\nc"},
		{"x\x1b]0;TITLE\a\x1b]52;c;aGk=\a.txt", `x\u001b]0;TITLE\u0007\u001b]52;c;aGk=\u0007.txt`},
		{"\u009b31m", `\u009b31m`},
		{"abc\u202edcba", `abc\u202edcba`},
		{"\u2066x\u2069", `\u2066x\u2069`},
		{"line\r\n", "line\r\n"},
		{"over\rwrite", `over\u000dwrite`},
		{"bad\xffbyte", `bad\xffbyte`},
		{"del\x7f", `del\u007f`},
	}
	for _, c := range cases {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Whatever way the bytes are cut into writes, the result is Text of the whole.
func TestWriterMatchesTextAcrossWriteBoundaries(t *testing.T) {
	in := "标题\u202e\x1b[2J\r\n第二行\rX\xe5\x90"
	want := Text(in)
	for cut := 0; cut <= len(in); cut++ {
		var buf bytes.Buffer
		w := NewWriter(&buf)
		w.Write([]byte(in[:cut]))
		w.Write([]byte(in[cut:]))
		w.Flush()
		if buf.String() != want {
			t.Fatalf("cut at %d: %q, want %q", cut, buf.String(), want)
		}
	}
}

// A JSON line passed through the writer decodes to the same value.
func TestJSONStaysTheSameValue(t *testing.T) {
	v := map[string]string{"title": "通知\u202eFDP.exe\x1b]52;c;x\a\u0085"}
	raw, _ := json.Marshal(v)
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Write(raw)
	w.Flush()
	if strings.ContainsAny(buf.String(), "\u202e\x1b\a\u0085") {
		t.Fatalf("raw controls left: %q", buf.String())
	}
	var back map[string]string
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || back["title"] != v["title"] {
		t.Fatalf("decoded %q, %v", back, err)
	}
}
