package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"beishen/review"
	"beishen/storage/kv"
)

// NewVersion is a text arriving for review: what intake read and what the
// checks found in it.
type NewVersion struct {
	FileName     string
	Format       string
	Encoding     string
	SHA256       string // of the file bytes; duplicates are found by it
	Size         int64
	Text         string
	Findings     []review.Finding
	RulesVersion string
	// Read is what import read from this text's own words (review.Meta's
	// FromText names the fields): a resubmitted text updates the fields
	// the old text had given (Meta.Reread).
	Read review.Meta
}

// ImportItem is one file to import as a new document.
type ImportItem struct {
	Kind    review.Kind
	Meta    review.Meta
	Version NewVersion
}

// ImportResult says what became of one ImportItem.
type ImportResult struct {
	Doc         review.Document
	Duplicate   bool   // the same bytes are already stored
	DuplicateOf uint64 // the document holding them
	Err         error
}

// DuplicateError reports a file whose bytes are already stored.
type DuplicateError struct {
	File string
	Doc  uint64
	N    int
}

func (e *DuplicateError) Error() string { return e.Message(review.ZH) }
func (e *DuplicateError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("%s is already stored as document #%d version %d", e.File, e.Doc, e.N)
	}
	return fmt.Sprintf("%s 已导入过（文件 #%d 第 %d 版），未重复导入", e.File, e.Doc, e.N)
}

// Import stores one new document. It is ImportBatch of one.
func (s *Store) Import(it ImportItem) (ImportResult, error) {
	res, err := s.ImportBatch([]ImportItem{it})
	if err != nil {
		return ImportResult{}, err
	}
	return res[0], res[0].Err
}

// ImportBatch stores many documents in one transaction, so that a folder of
// hundreds of files costs one fsync per batch instead of one per file. A
// duplicate or an item the workflow refuses is reported in its result and
// does not stop the others.
//
// On a shared store the items commit in consecutive batches within the
// store's limit on one transaction, as DoAll's actions do.
func (s *Store) ImportBatch(items []ImportItem) ([]ImportResult, error) {
	out := make([]ImportResult, len(items))
	err := s.inBatches(len(items), func(tx kv.Tx, i, _ int) { out[i] = s.importOne(tx, items[i]) })
	return done(out, err)
}

// inBatches runs one for items 0 … n-1 in order, in one transaction on the
// local file; on a shared store in consecutive batches within its limit on
// one transaction (kv.Tx.Full), each whole or not at all. batch numbers the
// transaction from 1. A batch that fails leaves those before it committed:
// *PartialError says how many.
func (s *Store) inBatches(n int, one func(tx kv.Tx, i, batch int)) error {
	batch := 0
	for start := 0; start < n; batch++ {
		end := start
		err := s.update(func(tx kv.Tx) error {
			for end = start; end < n && (end == start || !tx.Full()); end++ {
				one(tx, end, batch+1)
			}
			return nil
		})
		if err != nil {
			if start > 0 {
				return &PartialError{Done: start, Of: n, Cause: writeError(err)}
			}
			return writeError(err)
		}
		start = end
	}
	return nil
}

// done is a bulk call's answer: every result, the committed ones of a
// partial run, or none.
func done[T any](out []T, err error) ([]T, error) {
	var pe *PartialError
	if errors.As(err, &pe) {
		return out[:pe.Done], err
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (s *Store) importOne(tx kv.Tx, it ImportItem) ImportResult {
	if doc, n, ok := findHash(tx, it.Version.SHA256); ok {
		return ImportResult{Duplicate: true, DuplicateOf: doc, Err: &DuplicateError{File: it.Version.FileName, Doc: doc, N: n}}
	}
	id, err := tx.Bucket(bDocs).NextSequence()
	if err != nil {
		return ImportResult{Err: err}
	}
	ref := versionRef(1, it.Version)
	ev := review.NewEvent(id, review.Imported{Kind: it.Kind, Meta: it.Meta, Version: ref})
	var d review.Document
	if err := s.commit(tx, &d, &ev); err != nil {
		return ImportResult{Err: err}
	}
	if err := putVersion(tx, id, ref, it.Version, ev); err != nil {
		return ImportResult{Err: err}
	}
	return ImportResult{Doc: d}
}

// AddVersion stores a resubmitted text of document id as its next version.
func (s *Store) AddVersion(id uint64, v NewVersion, note string) (review.Document, error) {
	var d review.Document
	err := s.update(func(tx kv.Tx) error {
		if doc, n, ok := findHash(tx, v.SHA256); ok {
			return &DuplicateError{File: v.FileName, Doc: doc, N: n}
		}
		var err error
		if d, err = getDoc(tx, id); err != nil {
			return err
		}
		ref := versionRef(d.Version+1, v)
		// The comparison with the previous text travels in the event, so
		// the log replays the re-review without reading any text.
		old, err := unpackText(tx.Bucket(bTexts).Get(pair(id, uint64(d.Version))))
		if err != nil {
			return err
		}
		diff := review.CompareVersions(old, v.Text, oldFindings(d), v.Findings)
		ev := review.NewEvent(id, review.VersionAdded{Version: ref, Note: note, Diff: &diff})
		if err := s.commit(tx, &d, &ev); err != nil {
			return err
		}
		if err := putVersion(tx, id, ref, v, ev); err != nil {
			return err
		}
		// The revised text's title (without （征求意见稿）) and dates replace
		// what the old text said, in the same transaction and on the log.
		if meta, changed := d.Meta.Reread(v.Read); len(changed) > 0 {
			me := review.NewEvent(id, review.MetadataEdited{Meta: meta, Changed: changed})
			return s.commit(tx, &d, &me)
		}
		return nil
	})
	return d, writeError(err)
}

// Do takes one review action: the event is checked against the workflow,
// chained, and committed with the document's new state in one transaction.
// When Do returns nil the action is on disk (bbolt fsyncs every commit).
func (s *Store) Do(ev review.Event) (review.Event, review.Document, error) {
	return s.DoSeen(ev, 0)
}

// Outcome is the result of one action of a bulk DoAll.
type Outcome struct {
	Event review.Event
	Doc   review.Document
	Err   error
	// Batch numbers the transaction the action committed in, from 1.
	Batch int
}

// DoAll applies actions to many documents: the bulk action on marked
// documents. An action the workflow refuses is reported and skipped; the
// others commit together, in one transaction on the local file. A shared
// store limits one transaction (etcd: 128 writes, 1.5 MiB), so there the
// actions commit in consecutive batches, each whole or not at all, in the
// order given; each outcome names its batch. If a batch fails to commit,
// the batches before it stay committed, and the error says how many
// actions did (*PartialError).
func (s *Store) DoAll(evs []review.Event) ([]Outcome, error) {
	out := make([]Outcome, len(evs))
	err := s.inBatches(len(evs), func(tx kv.Tx, i, batch int) {
		ev := evs[i]
		d, err := getDoc(tx, ev.Doc)
		if err == nil {
			err = s.commit(tx, &d, &ev)
		}
		out[i] = Outcome{Event: ev, Doc: d, Err: err, Batch: batch}
	})
	return done(out, err)
}

// PartialError: a bulk action on a shared store committed its first Done
// actions, in whole batches, and then failed.
type PartialError struct {
	Done, Of int
	Cause    error
}

func (e *PartialError) Error() string { return e.Message(review.ZH) }
func (e *PartialError) Unwrap() error { return e.Cause }
func (e *PartialError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("the first %d of %d actions were recorded; the rest were not: %s", e.Done, e.Of, review.Message(e.Cause, lang))
	}
	return fmt.Sprintf("前 %d 项操作（共 %d 项）已记录，其余未记录：%s", e.Done, e.Of, review.Message(e.Cause, lang))
}

// Undo takes back the latest effective action on document id by appending a
// compensating event; with id 0 it picks the document acted on last.
func (s *Store) Undo(id uint64) (review.Event, review.Document, error) {
	return s.compensate(id, true)
}

// Redo puts back the action the latest undo took back.
func (s *Store) Redo(id uint64) (review.Event, review.Document, error) {
	return s.compensate(id, false)
}

// ErrNothingToUndo and ErrNothingToRedo are the quiet answers of undo/redo.
var (
	ErrNothingToUndo = review.Text{ZH: "没有可以撤销的操作", EN: "nothing to undo"}
	ErrNothingToRedo = review.Text{ZH: "没有可以重做的操作", EN: "nothing to redo"}
)

func (s *Store) compensate(id uint64, undo bool) (review.Event, review.Document, error) {
	var ev review.Event
	var d review.Document
	err := s.update(func(tx kv.Tx) error {
		mine := ""
		if id == 0 && s.Shared() {
			// In the office's log the last action is anyone's: u in
			// the queue takes back this reviewer's own last action.
			mine = s.actor
		}
		if id == 0 {
			id = lastActedDoc(tx, mine)
		}
		if id == 0 {
			return nothing(undo)
		}
		hist, err := docEvents(tx, id)
		if err != nil {
			return err
		}
		var target review.Event
		var ok bool
		if undo {
			target, ok = review.UndoTarget(hist)
		} else {
			target, ok = review.RedoTarget(hist)
		}
		// An undo changes the document as any action does: not one
		// someone else has open for work.
		if !ok || ClaimBinds(target.Type) {
			if err := s.checkClaim(tx, id); err != nil {
				return err
			}
		}
		if !ok && undo && len(hist) > 0 {
			return &ImportUndoError{Doc: id}
		}
		if !ok {
			return nothing(undo)
		}
		if mine != "" && target.Actor != mine {
			// Someone acted on it after this reviewer: theirs is not
			// taken back from the queue by accident.
			return &StaleError{Latest: target}
		}
		// Taking back (or putting back) the head's decision or
		// assignment is the head's, as taking it is.
		if err := review.RoleOf(s.id.Role, s.setRole).MayUndo(target.Type, undo); err != nil {
			return err
		}
		if undo {
			ev = review.NewEvent(id, review.Undo{Target: target.Seq, Type: target.Type})
		} else {
			ev = review.NewEvent(id, review.Redo{Target: target.Seq, Type: target.Type})
		}
		return s.appendReplayed(tx, id, hist, &d, &ev, s.actor)
	})
	return ev, d, writeError(err)
}

// appendReplayed takes an undo or redo by actor: the document's state is
// its history replayed with ev, which is how an undo or redo is judged
// (review.Replay), and both are stored.
func (s *Store) appendReplayed(tx kv.Tx, id uint64, hist []review.Event, d *review.Document, ev *review.Event, actor string) error {
	s.stamp(tx, ev)
	ev.Actor = actor
	next, err := review.Replay(id, append(hist, *ev))
	if err != nil {
		return err
	}
	*d = next
	return s.persist(tx, d, ev)
}

// ImportUndoError: only the import is left to undo, and an import is not
// undone (the document would vanish from the queue with its history).
type ImportUndoError struct{ Doc uint64 }

func (e *ImportUndoError) Error() string { return e.Message(review.ZH) }
func (e *ImportUndoError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("nothing to undo on document #%d: only its import is left, and an import cannot be undone", e.Doc)
	}
	return fmt.Sprintf("文件 #%d 没有可以撤销的操作：只剩导入，导入不能撤销", e.Doc)
}

// Is lets errors.Is(err, ErrNothingToUndo) hold, for callers that treat it
// as the quiet answer.
func (e *ImportUndoError) Is(target error) bool { return target == ErrNothingToUndo }

func nothing(undo bool) error {
	if undo {
		return ErrNothingToUndo
	}
	return ErrNothingToRedo
}

// commit applies ev to d (the workflow's guards run here) and stores both.
// An action that would change nothing (confirming a confirmed finding,
// marking an item as it is) is not logged: the caller is told so.
func (s *Store) commit(tx kv.Tx, d *review.Document, ev *review.Event) error {
	return s.commitAs(tx, d, ev, s.actor)
}

// commitAs is commit by actor: this store's reviewer, or the author of an
// action brought back from a laptop (CheckIn).
func (s *Store) commitAs(tx kv.Tx, d *review.Document, ev *review.Event, actor string) error {
	if ClaimBinds(ev.Type) {
		if err := s.checkClaim(tx, ev.Doc); err != nil {
			return err
		}
	}
	if s.id.Authenticated {
		// The store judges what the cluster vouches for: a reviewer's
		// program that skipped the screen's check is refused here too.
		if err := review.RoleOf(s.id.Role, "").May(ev.Type); err != nil {
			return err
		}
	}
	s.stamp(tx, ev)
	ev.Actor = actor
	next := d.Clone()
	if err := review.Apply(&next, *ev); err != nil {
		return err
	}
	if ev.Doc != 0 && review.Unchanged(d, &next, ev.Type) {
		return &review.UnchangedError{Type: ev.Type}
	}
	*d = next
	return s.persist(tx, d, ev)
}

// stamp gives ev its place in the log: sequence, time, actor, and the
// workflow rules it is taken under. The sequence is only claimed in
// persist, so a refused action in a bulk transaction leaves no gap in the
// log.
func (s *Store) stamp(tx kv.Tx, ev *review.Event) {
	ev.Seq, ev.At, ev.Actor = tx.Bucket(bEvents).Sequence()+1, s.now(), s.actor
	ev.Workflow = review.WorkflowVersion
}

// oldFindings are the findings of d's current version, before a new one.
func oldFindings(d review.Document) []review.Finding {
	out := make([]review.Finding, len(d.Findings))
	for i, f := range d.Findings {
		out[i] = f.Finding
	}
	return out
}

// persist seals ev onto the chain and writes it with the document state.
func (s *Store) persist(tx kv.Tx, d *review.Document, ev *review.Event) error {
	meta := tx.Bucket(bMeta)
	head := string(meta.Get(kHead))
	ev.Seal(head)
	if err := putEvent(tx, *ev, head); err != nil {
		return err
	}
	if err := meta.Put(kHead, []byte(ev.Hash)); err != nil {
		return err
	}
	note(tx, *ev)
	if ev.Doc == 0 {
		return nil
	}
	if err := addDocEvent(tx, ev.Doc, ev.Seq); err != nil {
		return err
	}
	if ref, ok := ev.Version(); ok && ref.N == d.Version && tx.Bucket(bFindings).Get(itob(ev.Seq)) != nil {
		// The version this event brings is the current one, and its
		// findings are the ones just stored under the event.
		return putDoc(tx, d, ev.Seq, ref.Findings)
	}
	return putDoc(tx, d, 0, nil)
}

// putEvent appends a sealed event to the log, its findings (if it brings a
// version) to the findings bucket under its sequence number; before is the
// hash of the event stored before it.
func putEvent(tx kv.Tx, ev review.Event, before string) error {
	raw, findings, err := encodeEvent(ev, before)
	if err != nil {
		return err
	}
	events := tx.Bucket(bEvents)
	kv.Fill(events, appendFill)
	if err := events.SetSequence(ev.Seq); err != nil {
		return err
	}
	if findings != nil {
		fb := tx.Bucket(bFindings)
		kv.Fill(fb, appendFill)
		if err := fb.Put(itob(ev.Seq), pack(findings)); err != nil {
			return err
		}
	}
	if err := putTally(tx, ev); err != nil {
		return err
	}
	return events.Put(itob(ev.Seq), raw)
}

// putDoc stores d's state and queue row; findingsSeq is the event that
// brought d's current version, 0 to look it up in the version record, and
// known its findings if the caller holds them decoded.
func putDoc(tx kv.Tx, d *review.Document, findingsSeq uint64, known []review.Finding) error {
	if findingsSeq == 0 {
		findingsSeq, known = versionFindingsSeq(tx, d.ID, d.Version), nil
	}
	raw, err := encodeDoc(tx, d, findingsSeq, known)
	if err != nil {
		return err
	}
	docs, rows, keys := tx.Bucket(bDocs), tx.Bucket(bRows), tx.Bucket(bSearch)
	kv.Fill(keys, appendFill)
	kv.Fill(rows, rowsFill)
	kv.Fill(docs, docsFill)
	if err := docs.Put(itob(d.ID), raw); err != nil {
		return err
	}
	if err := putTallyDoc(tx, d); err != nil {
		return err
	}
	if d.Removed {
		if err := tx.Bucket(bSearch).Delete(itob(d.ID)); err != nil {
			return err
		}
		return tx.Bucket(bRows).Delete(itob(d.ID))
	}
	sum := review.Summarize(d)
	if err := tx.Bucket(bRows).Put(itob(d.ID), encodeRow(sum)); err != nil {
		return err
	}
	return putSearchKey(tx, sum)
}

// appendFill is how full bbolt packs the pages of the buckets that only grow
// at their end (the log, versions, texts): bbolt's default of one half
// suits random inserts and would leave every page of an append-only bucket
// half empty, doubling the file of a 100,000-document office. Nothing is
// ever inserted before their last key, so their pages are packed full.
const appendFill = 1.0

// rowsFill packs the queue rows almost full: a row is appended when its
// document is imported and rewritten on every action, but it keeps its size
// within a few bytes. Packed completely full, the first row that grows by
// a byte splits its page into a full one and a nearly empty one: measured
// on storage/gen's 20,000 documents (16 KB pages), the bucket's pages were
// 65% used at 1.0, 85% at 0.85 and 95% at 0.95.
const rowsFill = 0.95

// docsFill leaves room in the documents' pages: a state grows with every
// action on a document of the last batch, and full pages split on each
// growth into a full page and a nearly empty one. Measured on storage/gen's
// 10,000 documents: the bucket's pages 59% used at 1.0, 82% at 0.7, 70% at
// 0.6; the file 2% smaller at 0.7. With 16 KB pages (20,000 documents):
// 73% at 0.6, 80% at 0.65, 85% at 0.7, 76% at 0.8, 56% at 0.9.
const docsFill = 0.7

func versionRef(n int, v NewVersion) review.VersionRef {
	sum := sha256.Sum256([]byte(v.Text))
	return review.VersionRef{
		N: n, FileName: v.FileName, Format: v.Format, Encoding: v.Encoding,
		SHA256: v.SHA256, TextSHA256: hex.EncodeToString(sum[:]), Size: v.Size,
		RulesVersion: v.RulesVersion, Findings: v.Findings,
	}
}

func putVersion(tx kv.Tx, id uint64, ref review.VersionRef, v NewVersion, ev review.Event) error {
	rec := review.Version{
		Doc: id, N: ref.N, FileName: v.FileName, Format: v.Format, Encoding: v.Encoding,
		SHA256: v.SHA256, Size: v.Size, Imported: ev.At, RulesVersion: v.RulesVersion, Findings: v.Findings,
	}
	seq := uint64(0)
	if tx.Bucket(bFindings).Get(itob(ev.Seq)) != nil {
		seq = ev.Seq // the event's findings are stored; the record refers to them
	}
	raw, err := encodeVersion(tx, rec, seq)
	if err != nil {
		return err
	}
	k := pair(id, uint64(ref.N))
	versions, texts := tx.Bucket(bVersions), tx.Bucket(bTexts)
	kv.Fill(versions, appendFill)
	kv.Fill(texts, appendFill)
	if err := versions.Put(k, raw); err != nil {
		return err
	}
	if err := texts.Put(k, packText(v.Text)); err != nil {
		return err
	}
	if v.SHA256 == "" {
		return nil
	}
	return tx.Bucket(bHashes).Put([]byte(v.SHA256), k)
}

// findHash finds stored bytes by their SHA-256, ignoring documents whose
// import was undone.
func findHash(tx kv.Tx, sum string) (uint64, int, bool) {
	if sum == "" {
		return 0, 0, false
	}
	k := tx.Bucket(bHashes).Get([]byte(sum))
	if len(k) != 16 {
		return 0, 0, false
	}
	id, n := unpair(k)
	if d, err := getDoc(tx, id); err != nil || d.Removed {
		return 0, 0, false
	}
	return id, int(n), true
}

// lastActedDoc is the document of the log's last action (by actor, when
// one is named); 0 when there is none.
func lastActedDoc(tx kv.Tx, actor string) uint64 {
	c := tx.Bucket(bEvents).Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		e, err := decodeEvent(tx, btoi(k), v)
		if err == nil && e.Doc != 0 && e.Type != review.EvExport && (actor == "" || e.Actor == actor) {
			return e.Doc
		}
	}
	return 0
}

// FullError means the disk is full: the action was not saved, and the
// database is as it was before.
type FullError struct{ Cause error }

func (e *FullError) Error() string { return e.Message(review.ZH) }
func (e *FullError) Unwrap() error { return e.Cause }
func (e *FullError) Message(lang review.Lang) string {
	if lang == review.EN {
		return "the disk is full: the action was not saved and nothing was changed; free some space and try again"
	}
	return "磁盘空间已满：本次操作未保存，数据未被改动；请清理磁盘后重试"
}

func writeError(err error) error {
	if err == nil {
		return nil
	}
	if isNoSpace(err) {
		return &FullError{Cause: err}
	}
	return err
}
