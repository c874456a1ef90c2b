package export

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"

	"beishen/review"
)

// TextLine is a version's text carried after the events of a hand-over
// export (--with-texts). Texts are not part of the hash chain; each one is
// bound to the chain by the TextSHA256 of the imported or version_added
// event that introduced its version.
type TextLine struct {
	Type       string `json:"type"` // always "text"; no event type is called that
	Doc        uint64 `json:"doc"`
	N          int    `json:"n"`
	TextSHA256 string `json:"text_sha256"`
	Text       string `json:"text"`
}

// textType marks a TextLine among the event lines.
const textType = "text"

// NewTextLine makes the text line of version n of document doc.
func NewTextLine(doc uint64, n int, text string) TextLine {
	sum := sha256.Sum256([]byte(text))
	return TextLine{Type: textType, Doc: doc, N: n, TextSHA256: hex.EncodeToString(sum[:]), Text: text}
}

// WriteJSONL writes every event as stored (with its seq, prev and hash),
// one per line, then the text lines. It is for machines and re-import.
func WriteJSONL(w io.Writer, events iter.Seq[review.Event], texts iter.Seq[TextLine]) error {
	// Not through review/safe: the bytes of a line are what the event
	// hashes cover (a payload is kept as written), and json.Marshal
	// already writes every C0 control, ESC and BEL included, as \u00XX.
	// json.Marshal, as the store does, so that each line is the stored bytes.
	bw := bufio.NewWriter(w)
	line := func(v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		bw.Write(b)
		return bw.WriteByte('\n')
	}
	for e := range events {
		if err := line(e); err != nil {
			return err
		}
	}
	for t := range texts {
		if err := line(t); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Log is a jsonl log read back: the events in order and the texts by
// version.
type Log struct {
	Events []review.Event
	Texts  map[VersionKey]string
}

// VersionKey names version N of document Doc.
type VersionKey struct {
	Doc uint64
	N   int
}

// LineError names the line of a jsonl log that cannot be accepted.
type LineError struct {
	Line    int
	Problem review.Label
}

func (e *LineError) Error() string { return e.Message(review.ZH) }
func (e *LineError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("line %d: %s; nothing was imported", e.Line, e.Problem.EN)
	}
	return fmt.Sprintf("第 %d 行：%s；未导入任何内容", e.Line, e.Problem.ZH)
}

// MaxLogLine bounds one line of a jsonl log: the longest line beishen
// writes is a text line, and a text is at most 64 MiB (intake.MaxTextSize),
// which JSON at worst doubles. A longer line is refused as soon as it is
// seen, instead of being read whole (a 300 MB line took 1.4 GB).
const MaxLogLine = 129 << 20

// ReadLog reads a whole-log jsonl export and checks it line by line: each
// event's hash must match its content, the events must chain from the
// first event of a log (seq 1, no previous hash) without a gap, and each
// text must match the hash its version recorded. The first problem is
// returned as a *LineError.
func ReadLog(r io.Reader) (Log, error) {
	log := Log{Texts: map[VersionKey]string{}}
	want := map[VersionKey]string{} // text hashes recorded by the events
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), MaxLogLine)
	line := 0
	fail := func(zh, en string) (Log, error) {
		return Log{}, &LineError{Line: line, Problem: review.Label{ZH: zh, EN: en}}
	}
	textsStarted := false
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if line == 1 {
			raw = bytes.TrimPrefix(raw, bom)
		}
		if len(raw) == 0 {
			continue
		}
		var kind struct {
			Type string `json:"type"`
		}
		if err := json.Unmarshal(raw, &kind); err != nil {
			return fail("不是有效的 JSON（"+err.Error()+"）", "not valid JSON ("+err.Error()+")")
		}
		if kind.Type == textType {
			textsStarted = true
			var t TextLine
			if err := json.Unmarshal(raw, &t); err != nil {
				return fail("正文记录无法解析（"+err.Error()+"）", "the text record does not parse ("+err.Error()+")")
			}
			k := VersionKey{t.Doc, t.N}
			sum := sha256.Sum256([]byte(t.Text))
			switch h, ok := want[k]; {
			case !ok:
				return fail(fmt.Sprintf("文件 #%d 第 %d 版的正文在日志中没有对应的版本", t.Doc, t.N),
					fmt.Sprintf("the text of document #%d version %d has no version in the log", t.Doc, t.N))
			case hex.EncodeToString(sum[:]) != h:
				return fail(fmt.Sprintf("文件 #%d 第 %d 版的正文与日志记录的哈希不符，正文已被改动", t.Doc, t.N),
					fmt.Sprintf("the text of document #%d version %d does not match the hash in the log; it was changed", t.Doc, t.N))
			}
			log.Texts[k] = t.Text
			continue
		}
		if textsStarted {
			return fail("正文记录之后不应再有事件", "an event follows the text records")
		}
		var e review.Event
		if err := json.Unmarshal(raw, &e); err != nil {
			return fail("事件无法解析（"+err.Error()+"）", "the event does not parse ("+err.Error()+")")
		}
		if e.ComputeHash() != e.Hash {
			return fail("哈希不符，该事件已被改动", "the hash does not match; the event was changed")
		}
		prevSeq, prevHash := uint64(0), ""
		if n := len(log.Events); n > 0 {
			prevSeq, prevHash = log.Events[n-1].Seq, log.Events[n-1].Hash
		}
		if e.Seq != prevSeq+1 || e.Prev != prevHash {
			if len(log.Events) == 0 {
				return fail("日志不是从第一个事件开始（按条件筛选的导出不能导入）",
					"the log does not start at its first event (a filtered export cannot be imported)")
			}
			return fail(fmt.Sprintf("与上一事件 #%d 接不上，中间有事件被删除或插入", prevSeq),
				fmt.Sprintf("does not follow event #%d; events were removed or inserted", prevSeq))
		}
		if ref, ok := e.Version(); ok {
			want[VersionKey{e.Doc, ref.N}] = ref.TextSHA256
		}
		log.Events = append(log.Events, e)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		line++
		return fail(fmt.Sprintf("一行超过 %d MiB，不是备审导出的日志", MaxLogLine>>20),
			fmt.Sprintf("a line is longer than %d MiB: this is not a log beishen exported", MaxLogLine>>20))
	} else if err != nil {
		return Log{}, err
	}
	return log, nil
}
