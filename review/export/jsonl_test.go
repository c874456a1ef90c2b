package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"beishen/review"
)

func jsonl(t *testing.T, evs []review.Event, texts ...TextLine) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, slices.Values(evs), slices.Values(texts)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestJSONLLinesAreTheEventsWithTheirHashes(t *testing.T) {
	evs := sampleLog()
	out := jsonl(t, evs, NewTextLine(1, 1, body))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(evs)+1 {
		t.Fatalf("%d lines for %d events and one text", len(lines), len(evs))
	}
	stored, _ := json.Marshal(evs[3])
	if lines[3] != string(stored) {
		t.Fatalf("line 4 is not the stored event:\n%s\n%s", lines[3], stored)
	}
	log, err := ReadLog(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Events) != len(evs) || log.Events[len(evs)-1].Hash != evs[len(evs)-1].Hash {
		t.Fatal("events did not come back with their hashes")
	}
	if log.Texts[VersionKey{1, 1}] != body {
		t.Fatal("text did not come back")
	}
}

func TestReadLogNamesTheChangedLine(t *testing.T) {
	out := jsonl(t, sampleLog(), NewTextLine(1, 1, body))
	cases := []struct {
		name, from, to string
		line           int
		problem        string
	}{
		{"edited comment", "另一位审查人的批注", "另一位审查人的意见", 14, "哈希不符，该事件已被改动"},
		{"edited text", "为规范共享电单车停放", "为管理共享电单车停放", 15, "正文与日志记录的哈希不符"},
		{"broken JSON", `"seq":2,`, `"seq":2,,`, 2, "不是有效的 JSON"},
	}
	for _, c := range cases {
		bad := strings.Replace(out, c.from, c.to, 1)
		_, err := ReadLog(strings.NewReader(bad))
		var le *LineError
		if !errors.As(err, &le) || le.Line != c.line {
			t.Fatalf("%s: got %v, want an error on line %d", c.name, err, c.line)
		}
		if msg := le.Message(review.ZH); !strings.Contains(msg, c.problem) || !strings.HasSuffix(msg, "未导入任何内容") {
			t.Errorf("%s: message %q", c.name, msg)
		}
	}
	// A deleted event breaks the chain at the line after the gap.
	lines := strings.SplitAfter(out, "\n")
	gap := strings.Join(append(append([]string{}, lines[:4]...), lines[5:]...), "")
	_, err := ReadLog(strings.NewReader(gap))
	var le *LineError
	if !errors.As(err, &le) || le.Line != 5 || !strings.Contains(le.Message(review.ZH), "接不上") {
		t.Fatalf("deleted line 5: %v", err)
	}
	want := "第 14 行：哈希不符，该事件已被改动；未导入任何内容"
	_, err = ReadLog(strings.NewReader(strings.Replace(out, "另一位审查人的批注", "改过的批注", 1)))
	if err.Error() != want {
		t.Fatalf("message %q, want %q", err, want)
	}
}
