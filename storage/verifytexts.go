package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"

	"beishen/review"
	"beishen/review/search"
	"beishen/storage/kv"
)

// Verify extends the log's tamper evidence to what the reviewer reads:
// every stored text against the text_sha256 its import or version event
// recorded (the event is on the hash chain), and every queue row and search
// key against the state they are derived from. A text stored empty is one a
// hand-over log did not carry: counted, not a problem.

// checkEventText checks the text event e brings, if it brings one,
// appending what is wrong to problems; missing reports a text stored empty.
func checkEventText(texts kv.Bucket, e review.Event, problems *[]review.Text, rr *recordReader) (missing bool) {
	if e.Type != review.EvImported && e.Type != review.EvVersionAdded {
		return false
	}
	ref, ok := textRef(e.Data)
	if !ok {
		return false // the fold reports an event it cannot read
	}
	text, err := rr.unpackTemp(texts.Get(pair(e.Doc, uint64(ref.N))))
	if err != nil {
		*problems = append(*problems, review.Text{ZH: fmt.Sprintf("文件 #%d 第 %d 版的正文已损坏: %v", e.Doc, ref.N, err), EN: fmt.Sprintf("document #%d version %d: its text is damaged: %v", e.Doc, ref.N, err)})
		return false
	}
	sum := sha256.Sum256(text)
	switch {
	case len(text) == 0 && ref.TextSHA256 != sha(""):
		return true
	case hex.EncodeToString(sum[:]) != ref.TextSHA256:
		*problems = append(*problems, review.Text{ZH: fmt.Sprintf("文件 #%d 第 %d 版的正文与导入时记录的哈希（事件 #%d）不符：正文已被改动", e.Doc, ref.N, e.Seq),
			EN: fmt.Sprintf("document #%d version %d: its text does not match the hash recorded when it was imported (event #%d): the text was altered", e.Doc, ref.N, e.Seq)})
	}
	return false
}

// textRef is the version number and text hash an imported or
// version_added event records. Only those: decoding the whole event would
// build its findings, which the fold decodes anyway. In the JSON a writer
// sealed, the version is the one object with these keys (in a string
// their quotes would be escaped), so they are found by their bytes; data
// of another shape is decoded.
func textRef(data []byte) (ref struct {
	N          int    `json:"n"`
	TextSHA256 string `json:"text_sha256"`
}, ok bool) {
	if i := bytes.Index(data, versionNKey); i >= 0 {
		rest := data[i+len(versionNKey):]
		n := 0
		for n < len(rest) && n < 9 && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if j := bytes.Index(rest, textSHAKey); n > 0 && j >= 0 && len(rest) >= j+len(textSHAKey)+65 && rest[j+len(textSHAKey)+64] == '"' {
			ref.N, _ = strconv.Atoi(string(rest[:n]))
			ref.TextSHA256 = string(rest[j+len(textSHAKey) : j+len(textSHAKey)+64])
			return ref, true
		}
	}
	var x struct {
		Version struct {
			N          int    `json:"n"`
			TextSHA256 string `json:"text_sha256"`
		} `json:"version"`
	}
	if json.Unmarshal(data, &x) != nil {
		return ref, false
	}
	ref.N, ref.TextSHA256 = x.Version.N, x.Version.TextSHA256
	return ref, true
}

var (
	versionNKey = []byte(`"version":{"n":`)
	textSHAKey  = []byte(`,"text_sha256":"`)
)

// checkRow compares document d's queue row and search key with the ones
// its state gives: the row byte for byte first (it is the encoding of the
// summary), then as JSON values, so a row an older build wrote passes.
func checkRow(tx kv.Tx, d *review.Document) []review.Text {
	return rowChecker{tx.Bucket(bRows), tx.Bucket(bSearch)}.check(d)
}

// rowChecker is checkRow with the buckets looked up once.
type rowChecker struct{ rows, search kv.Bucket }

func (rc rowChecker) check(d *review.Document) []review.Text {
	k := itob(d.ID)
	raw, key := rc.rows.Get(k), rc.search.Get(k)
	if d.Removed {
		if raw != nil {
			return []review.Text{{ZH: fmt.Sprintf("文件 #%d 已撤销导入，却仍在队列中", d.ID), EN: fmt.Sprintf("document #%d: its import was undone but it is still in the queue", d.ID)}}
		}
		return nil
	}
	var out []review.Text
	want := review.Summarize(d)
	if enc := encodeRow(want); raw == nil || !bytes.Equal(raw, enc) {
		var got review.Summary
		if raw == nil || decodeRow(raw, &got) != nil || !sameRow(sinceIssuerDue(got, want), want, enc) {
			out = append(out, review.Text{ZH: fmt.Sprintf("文件 #%d 的队列记录与其状态不符（列表中的标题等已被改动）", d.ID),
				EN: fmt.Sprintf("document #%d: its queue row differs from its state (the title or other fields in the list were altered)", d.ID)})
		}
	}
	if display, _, ok := splitSearchKey(key); key != nil && (!ok || display != search.Join(SearchFields(want)...)) {
		out = append(out, review.Text{ZH: fmt.Sprintf("文件 #%d 的检索记录与其状态不符", d.ID), EN: fmt.Sprintf("document #%d: its search entry differs from its state", d.ID)})
	}
	return out
}

// TextChangedError means a stored text no longer matches the hash its
// import or version event recorded: it is not shown or exported as if it
// were the text that arrived.
type TextChangedError struct {
	Doc uint64
	N   int
}

func (e *TextChangedError) Error() string { return e.Message(review.ZH) }
func (e *TextChangedError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("the text of document #%d version %d does not match the hash recorded when it was imported: it was altered; run verify, and restore from a backup", e.Doc, e.N)
	}
	return fmt.Sprintf("文件 #%d 第 %d 版的正文与导入时记录的哈希不符，已被改动；请运行 verify 并从备份恢复", e.Doc, e.N)
}

// checkText compares a text about to be read with the hash recorded for it
// in the document's log. An empty text is one a hand-over did not carry.
func checkText(tx kv.Tx, doc uint64, n int, text []byte) error {
	if len(text) == 0 {
		return nil
	}
	hist, err := docEvents(tx, doc)
	if err != nil {
		return err
	}
	for _, e := range hist {
		if ref, ok := e.Version(); ok && ref.N == n && ref.TextSHA256 != sha(string(text)) {
			return &TextChangedError{Doc: doc, N: n}
		}
	}
	return nil
}

// sameRow reports whether got, a row read back, is the row want, whose
// encoding is enc: a row an older build wrote reads back without the
// fields it lacked, and written today it would be want's bytes (which says
// it at once: comparing the two as JSON values took seconds at 100k); a
// JSON row (schema 1) is compared as JSON.
func sameRow(got, want review.Summary, enc []byte) bool {
	return bytes.Equal(encodeRow(got), enc) || sameJSON(got, want)
}

// sinceIssuerDue is got as a row written before rows carried the issuer's
// deadline would have it: such a row reads without it, and is not altered
// for that; the document's next event writes it in full.
func sinceIssuerDue(got, want review.Summary) review.Summary {
	if got.IssuerDue.IsZero() && !got.IssuerDueProvisional {
		got.IssuerDue, got.IssuerDueProvisional = want.IssuerDue, want.IssuerDueProvisional
	}
	return got
}
