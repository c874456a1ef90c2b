package storage

import (
	"fmt"

	"beishen/review"
	"beishen/review/search"
	"beishen/storage/kv"
)

// verifyTexts extends the log's tamper evidence to what the reviewer reads:
// every stored text against the text_sha256 its import or version event
// recorded (the event is on the hash chain), and every queue row and search
// key against the state they are derived from. A text stored empty is one a
// hand-over log did not carry: counted, not a problem.
func verifyTexts(tx kv.Tx, r *Report) {
	texts := tx.Bucket(bTexts)
	tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
		e, err := decodeEvent(tx, btoi(k), v)
		if err != nil {
			return nil // the chain check reports it
		}
		ref, ok := e.Version()
		if !ok {
			return nil
		}
		t, err := unpackText(texts.Get(pair(e.Doc, uint64(ref.N))))
		if err != nil {
			r.problem(fmt.Sprintf("文件 #%d 第 %d 版的正文已损坏: %v", e.Doc, ref.N, err), fmt.Sprintf("document #%d version %d: its text is damaged: %v", e.Doc, ref.N, err))
			return nil
		}
		text := []byte(t)
		switch {
		case len(text) == 0 && ref.TextSHA256 != sha(""):
			r.MissingTexts++
		case sha(string(text)) != ref.TextSHA256:
			r.problem(fmt.Sprintf("文件 #%d 第 %d 版的正文与导入时记录的哈希（事件 #%d）不符：正文已被改动", e.Doc, ref.N, e.Seq),
				fmt.Sprintf("document #%d version %d: its text does not match the hash recorded when it was imported (event #%d): the text was altered", e.Doc, ref.N, e.Seq))
		}
		return nil
	})
	rows, keys := tx.Bucket(bRows), tx.Bucket(bSearch)
	tx.Bucket(bDocs).ForEach(func(k, v []byte) error {
		d, err := decodeDoc(tx, v)
		if err != nil {
			return nil // the state check reports it
		}
		raw := rows.Get(k)
		if d.Removed {
			if raw != nil {
				r.problem(fmt.Sprintf("文件 #%d 已撤销导入，却仍在队列中", d.ID), fmt.Sprintf("document #%d: its import was undone but it is still in the queue", d.ID))
			}
			return nil
		}
		want := review.Summarize(&d)
		var got review.Summary
		if raw == nil || decodeRow(raw, &got) != nil || !sameJSON(got, want) {
			r.problem(fmt.Sprintf("文件 #%d 的队列记录与其状态不符（列表中的标题等已被改动）", d.ID),
				fmt.Sprintf("document #%d: its queue row differs from its state (the title or other fields in the list were altered)", d.ID))
		}
		if display, _, ok := splitSearchKey(keys.Get(k)); keys.Get(k) != nil && (!ok || display != search.Join(SearchFields(want)...)) {
			r.problem(fmt.Sprintf("文件 #%d 的检索记录与其状态不符", d.ID), fmt.Sprintf("document #%d: its search entry differs from its state", d.ID))
		}
		return nil
	})
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
