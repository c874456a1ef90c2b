package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
	"beishen/storage/kv"
)

// Report is the result of Verify.
type Report struct {
	Events    int
	Documents int
	Head      string // hash of the last event
	// Broken names the first event whose stored bytes do not match the
	// chain; zero when the chain is whole.
	Broken   uint64
	Problems []review.Text // every problem found, first one first, in both languages
	// MissingTexts counts versions stored without their text (a log handed
	// over without texts): not a problem, but said.
	MissingTexts int
}

// problem records one problem in both languages.
func (r *Report) problem(zh, en string) {
	r.Problems = append(r.Problems, review.Text{ZH: zh, EN: en})
}

// OK reports whether nothing was wrong.
func (r Report) OK() bool { return len(r.Problems) == 0 }

// releaseEvery is how many events a streaming reader reads between two
// calls of releaseMapped.
const releaseEvery = 1 << 16

// maxReplaying bounds how many documents Verify folds in memory at once
// while it streams the log. A document pushed out of memory is replayed
// from its own history (the docevents index) when its last event passes,
// so memory stays bounded whatever the size of the log.
const maxReplaying = 4096

// Verify recomputes the hash chain over the whole log, replays every
// document's history against its stored state, checks every stored text
// against the hash its event recorded and every queue row and search key
// against its state, and runs bbolt's own consistency check. It reads
// only, in one transaction, and in one pass over the log: each event is
// decoded once, checked against the chain and folded into its document's
// state, and a document is compared with its stored state as soon as its
// last event has passed (stored last_seq).
//
// On the bbolt file the page structure is checked first, with ordinary
// reads (pagewalk.go: what bbolt's tx.Check checks, which reading through
// the memory map made a fifth of the time), and the rest runs on three
// goroutines in the one read transaction (bbolt's read-only transactions
// keep no caches, so readers on separate cursors share it safely): one
// reads, decodes and hashes the log (and reads each document's stored
// state at its import), one folds the documents, and one checks the texts
// and compares each folded document with its stored state, row, search key
// and tally. Each side is ahead of the next by at most a few
// batches, so memory stays bounded whatever the size of the log. A shared
// store's transaction caches what it reads, so there it all runs on one.
func (s *Store) Verify() (Report, error) {
	// The pass keeps little alive (some 30 MB at 100,000 documents) and
	// allocates much: the collector waits for a fixed ceiling instead of
	// every doubling, which keeps memory bounded by the ceiling and took
	// 0.9 s of 8 s of CPU off a 100,000-document verify.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(verifyHeap))
	var r Report
	err := s.view(func(tx kv.Tx) error {
		btx := kv.BoltTx(tx) // nil on a shared store, which has no pages to check
		var structure []review.Text
		var check *background
		if btx != nil {
			walked, problems, err := walkPages(s.path, uint64(btx.ID()))
			if err != nil {
				return withPath(err, s.path)
			}
			for _, p := range problems {
				structure = append(structure, structureProblem(p))
			}
			if !walked { // the file moved on: bbolt checks the transaction's pages
				check = goGuarded(func() { structure = checkStructure(btx, tx) })
				defer check.wait() // the transaction outlives the check, even on a panic here
			}
		}
		v := newVerifier(tx, &r)
		// On the comparing goroutine, then (rest) on this one.
		rows := rowChecker{ownCursor(tx, tx.Bucket(bRows)), ownCursor(tx, tx.Bucket(bSearch))}
		v.perDoc = append(v.perDoc, func(_ kv.Tx, d *review.Document) []review.Text { return rows.check(d) })
		if btx != nil {
			v.startComparer()
			defer v.finishComparer() // ends it on a panic in the stream too
		}
		v.stream(btx != nil)
		v.rest()
		v.tally.end(v)
		if check != nil {
			check.wait()
		}
		r.Problems = append(r.Problems, structure...)
		return nil
	})
	return r, err
}

// background is work on a goroutine of its own under the same guard as
// the transaction's goroutine (guard in damage.go): a fault on the mapped
// file or a panic there comes back as a panic on the goroutine that waits,
// which guard turns into the damaged-file message.
type background struct {
	done chan any
	once sync.Once
	r    any
}

func goGuarded(fn func()) *background {
	b := &background{done: make(chan any, 1)}
	go func() {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() { b.done <- recover() }()
		fn()
	}()
	return b
}

// wait waits for the work to end and repanics its panic; it may be called
// more than once.
func (b *background) wait() {
	b.once.Do(func() { b.r = <-b.done })
	if b.r != nil {
		panic(b.r)
	}
}

// checkStructure is bbolt's check, which reads every page; the pages it
// has read leave the resident set as it goes.
func checkStructure(btx *bolt.Tx, tx kv.Tx) []review.Text {
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				trimMapped(tx)
			}
		}
	}()
	var out []review.Text
	for err := range btx.Check() {
		out = append(out, structureProblem(err.Error()))
	}
	return out
}

func structureProblem(p string) review.Text {
	return review.Text{ZH: "数据库结构检查: " + p, EN: "database structure check: " + p}
}

// replaying is one document being folded as its events stream past.
type replaying struct {
	d       review.Document
	lastSeq uint64 // the stored state's last_seq: when to compare
	// fromIndex means the fold was given up (an undo or redo, an event
	// the workflow refused, or memory): the document is replayed from its
	// history when it is compared.
	fromIndex bool
	seen      review.Event // the latest event of the document so far
	// findingsSeq is the event that brought the folded version, whose
	// findings a stored state refers to; stored is the state record read
	// for its last_seq, kept while the fold is in memory so it is
	// inflated once.
	findingsSeq uint64
	stored      []byte
	// seqs sums up the sequence numbers of the document's events folded
	// so far (seqsOf), for the check of its history list; seqsFromImport
	// says they are all of them, from its import on.
	seqs           uint64
	seqsFromImport bool
}

// seqsOf adds seq to a running sum of a document's sequence numbers in
// log order (FNV-1a over them): the history list must give the same.
func seqsOf(h, seq uint64) uint64 {
	if h == 0 {
		h = 14695981039346656037
	}
	return (h ^ seq) * 1099511628211
}

type verifier struct {
	tx   kv.Tx
	r    *Report
	docs kv.Bucket
	// docEvents is the history lists' bucket, looked up once.
	docEvents kv.Bucket
	open      map[uint64]*replaying
	spares    []*replaying // compared: reused by the next folds
	folding   []uint64     // documents with a fold in memory, oldest first
	done      []bool       // by document ID: compared already
	// perDoc are further checks of one document, run as the stream
	// reaches it (after its state is compared), each returning problems.
	perDoc []func(tx kv.Tx, d *review.Document) []review.Text
	tally  *tallyCheck // nil on a file of a schema before the tally
	// cmp compares documents on a goroutine of its own; nil on a shared
	// store, where they are compared as the stream reaches them.
	cmp *comparer
}

func newVerifier(tx kv.Tx, r *Report) *verifier {
	docs := tx.Bucket(bDocs)
	v := &verifier{tx: tx, r: r, docs: docs, docEvents: tx.Bucket(bDocEvents), open: map[uint64]*replaying{},
		done: make([]bool, docs.Sequence()+1), tally: newTallyCheck(tx)}
	if v.tally != nil {
		v.perDoc = append(v.perDoc, func(_ kv.Tx, d *review.Document) []review.Text { return v.tally.doc(d) })
	}
	return v
}

// problem records one, in both languages, with the same arguments.
func (v *verifier) problem(zh, en string, args ...any) {
	v.r.problem(fmt.Sprintf(zh, args...), fmt.Sprintf(en, args...))
}

// read is one event as the reading side hands it over: decoded (ok), its
// place on the chain judged (problems, broken) and, for an event that
// brings a version, its text checked.
type read struct {
	e           review.Event
	ok          bool
	broken      bool
	problems    []review.Text
	missingText bool
	// checkText says the text this event brings is still to be checked
	// (on the comparing goroutine).
	checkText bool
	// For an import, the document's stored state as the fold will want
	// it (storedLastSeq), read here to share the work between the sides.
	state *storedState
}

// storedState is a stored state record inflated, and its last_seq.
type storedState struct {
	lastSeq uint64
	plain   []byte
}

// readBatch is how many events go over at once; readAhead how many
// batches the reading side may be ahead.
const (
	readBatch = 256
	readAhead = 8
)

// stream checks the chain event by event and folds each document; ahead
// lets the log be read on a goroutine of its own.
func (v *verifier) stream(ahead bool) {
	lr := &logReader{tx: v.tx, texts: ownCursor(v.tx, v.tx.Bucket(bTexts)), docs: ownCursor(v.tx, v.docs),
		findings: ownCursor(v.tx, v.tx.Bucket(bFindings)), want: 1, hasher: newChainHasher(), textsLater: v.cmp != nil,
		rr: newRecordReader(), free: make(chan []read, readAhead+2)}
	defer lr.rr.close()
	tally := v.tally
	next := lr.next
	if ahead {
		batches := make(chan []read, readAhead)
		quit := make(chan struct{})
		reader := goGuarded(func() {
			defer close(batches)
			for b := lr.next(); b != nil; b = lr.next() {
				select {
				case batches <- b:
				case <-quit: // the folding side gave up (a panic on a damaged page)
					return
				}
			}
		})
		defer reader.wait()
		defer close(quit)
		next = func() []read {
			b := <-batches
			if b == nil {
				reader.wait() // a fault on the reading side surfaces here
			}
			return b
		}
	}
	r := v.r
	for batch := next(); batch != nil; batch = next() {
		for _, it := range batch {
			r.Events++
			if it.broken && r.Broken == 0 {
				r.Broken = it.e.Seq
			}
			r.Problems = append(r.Problems, it.problems...)
			if it.missingText {
				r.MissingTexts++
			}
			if it.checkText {
				e := it.e
				v.cmp.send(cmpJob{text: &e}, len(r.Problems))
			}
			if it.ok {
				tally.event(v, it.e)
			}
			if it.ok && it.e.Doc != 0 {
				v.fold(it.e, it.state)
			}
		}
		clear(batch) // what it refers to is the fold's now, or garbage
		select {
		case lr.free <- batch:
		default:
		}
	}
	r.Head = lr.prev.String()
	if h := string(v.tx.Bucket(bMeta).Get(kHead)); h != r.Head {
		r.problem("链尾哈希与最后一个事件不符（末尾事件被删除）", "the head hash does not match the last event (events at the end were deleted)")
	}
}

// logReader is the reading side of Verify: it decodes every event, checks
// it against the chain and checks the text an event brings, a batch at a
// time in log order; prev is the hash of the last event read.
type logReader struct {
	tx       kv.Tx
	texts    kv.Bucket
	docs     kv.Bucket
	findings kv.Bucket
	c        kv.Cursor
	n        int
	want     uint64
	prev     link
	done     bool
	// hasher checks the hashes (chainhash.go).
	hasher *chainHasher
	// textsLater leaves the texts to the comparing goroutine, which has
	// less to do.
	textsLater bool
	// stored is the stored hash of the record read last, when storedOK.
	stored   link
	storedOK bool
	rr       *recordReader
	// free takes back the batches the folding side is done with: the
	// events pass through a few dozen of them instead of thousands.
	free chan []read
}

// next reads the next batch, nil at the end of the log.
func (lr *logReader) next() []read {
	if lr.done {
		return nil
	}
	var batch []read
	select {
	case b := <-lr.free:
		batch = b[:0]
	default:
		batch = make([]read, 0, readBatch)
	}
	var k, raw []byte
	if lr.c == nil {
		lr.c = lr.tx.Bucket(bEvents).Cursor()
		k, raw = lr.c.First()
	} else {
		k, raw = lr.c.Next()
	}
	for ; k != nil; k, raw = lr.c.Next() {
		batch = append(batch, lr.one(btoi(k), raw))
		if len(batch) == readBatch {
			return batch
		}
	}
	lr.done = true
	if len(batch) == 0 {
		return nil
	}
	return batch
}

// decode reads the event stored under seq, with its hash and prev as
// links; after says the record read just before is the one under seq-1.
func (lr *logReader) decode(seq uint64, raw []byte, after bool) (e review.Event, hash, prev link, err error) {
	if len(raw) > 0 && raw[0] == '{' {
		e, err = decodeEvent(lr.tx, seq, raw)
		return e, linkOf(e.Hash), linkOf(e.Prev), err
	}
	var h storedLinks
	e, err = decodeBinaryEvent(lr.tx, lr.findings, seq, raw, lr.rr, &h)
	prev = h.prev
	if h.linked {
		if after {
			prev = lr.stored
		} else {
			prev = linkOf(storedHash(lr.tx.Bucket(bEvents).Get(itob(seq - 1))))
		}
	}
	return e, link{sum: h.hash, set: true}, prev, err
}

func (lr *logReader) one(seq uint64, raw []byte) read {
	if lr.n++; lr.n%releaseEvery == 0 {
		trimMapped(lr.tx)
	}
	it := read{e: review.Event{Seq: seq}}
	fail := func(zh, en string) {
		it.broken = true
		it.problems = append(it.problems, review.Text{ZH: fmt.Sprintf("事件 #%d: %s", seq, zh), EN: fmt.Sprintf("event #%d: %s", seq, en)})
	}
	if seq != lr.want {
		fail(fmt.Sprintf("序号不连续，应为 #%d（事件被删除或插入）", lr.want), fmt.Sprintf("the sequence jumps, #%d expected (an event was deleted or inserted)", lr.want))
	}
	after := seq == lr.want && lr.storedOK // the record just read is the one before
	lr.want = seq + 1
	e, hash, prev, err := lr.decode(seq, raw, after)
	lr.stored, lr.storedOK = hash, err == nil
	if err != nil {
		fail(fmt.Sprintf("内容无法解析，已被改动: %v", err), fmt.Sprintf("cannot be read, it was altered: %v", err))
		lr.prev = link{}
		return it
	}
	switch {
	case e.Seq != seq:
		fail(fmt.Sprintf("记录的序号 #%d 与位置不符", e.Seq), fmt.Sprintf("its recorded number #%d does not match its place", e.Seq))
	case prev != lr.prev:
		fail("前一事件哈希不符，链条在此断开", "the previous event's hash does not match: the chain breaks here")
	case !lr.hasher.okLinks(&e, hash, prev):
		fail("内容与哈希不符，事件已被改动", "its content does not match its hash: the event was altered")
	}
	lr.prev = hash
	it.e, it.ok = e, true
	if lr.textsLater {
		it.checkText = e.Type == review.EvImported || e.Type == review.EvVersionAdded
	} else {
		it.missingText = checkEventText(lr.texts, e, &it.problems, lr.rr)
	}
	if e.Type == review.EvImported && e.Doc != 0 {
		lastSeq, plain := storedLastSeq(lr.docs, e.Doc, lr.rr)
		it.state = &storedState{lastSeq, plain}
	}
	return it
}

// fold applies e to its document's state and compares the document once
// its last stored event has passed.
func (v *verifier) fold(e review.Event, state *storedState) {
	p := v.open[e.Doc]
	if p == nil {
		p = v.spare()
		if state != nil {
			p.lastSeq, p.stored = state.lastSeq, state.plain
		} else {
			p.lastSeq, p.stored = storedLastSeq(v.docs, e.Doc, nil)
		}
		// A fold starts at the import; a document met later (its fold was
		// pushed out, or it was compared already) is replayed from its
		// history instead.
		p.fromIndex = e.Type != review.EvImported || v.isDone(e.Doc)
		p.seqsFromImport = !p.fromIndex
		v.open[e.Doc] = p
		if !p.fromIndex {
			v.folding = append(v.folding, e.Doc)
		}
	}
	p.seen = e
	p.seqs = seqsOf(p.seqs, e.Seq)
	if !p.fromIndex {
		switch e.Type {
		case review.EvExport:
		case review.EvUndo, review.EvRedo:
			p.give()
		default:
			if review.ApplySharing(&p.d, e) != nil { // e.Data is the reader's copy, for the fold alone
				p.give()
			} else if e.Type == review.EvImported || e.Type == review.EvVersionAdded {
				p.findingsSeq = e.Seq
			}
		}
	}
	if e.Seq == p.lastSeq {
		v.compare(e.Doc, p)
	}
	v.bound()
}

// spare is a replaying to start a fold with: one a compared document
// left, or a new one (a hundred thousand of them were 100 MB).
func (v *verifier) spare() *replaying {
	n := len(v.spares)
	if n == 0 {
		return &replaying{}
	}
	p := v.spares[n-1]
	v.spares = v.spares[:n-1]
	*p = replaying{}
	return p
}

func (p *replaying) give() {
	p.fromIndex, p.d, p.findingsSeq, p.stored = true, review.Document{}, 0, nil
}

// bound keeps at most maxReplaying folds in memory, giving up the oldest.
func (v *verifier) bound() {
	for len(v.folding) > maxReplaying {
		id := v.folding[0]
		v.folding = v.folding[1:]
		if p := v.open[id]; p != nil {
			p.give()
		}
	}
	if cap(v.folding) > 4*maxReplaying && len(v.folding) < maxReplaying {
		v.folding = append([]uint64(nil), v.folding...)
	}
}

func (v *verifier) isDone(id uint64) bool { return id < uint64(len(v.done)) && v.done[id] }

// storedLastSeq reads the stored state's last_seq, and returns the state
// record inflated for the comparison to come.
func storedLastSeq(docs kv.Bucket, id uint64, rr *recordReader) (uint64, []byte) {
	raw, err := rr.unpack(docs.Get(itob(id)))
	if raw == nil || err != nil {
		return 0, nil // reported when the document is compared
	}
	return lastSeqOf(raw), raw
}

var lastSeqKey = []byte(`"last_seq":`)

// lastSeqOf reads a stored state's last_seq without decoding the state:
// the key is a field of the document alone, and in a string its quotes
// would be escaped. 0 when it cannot be read (the comparison reports it).
func lastSeqOf(state []byte) uint64 {
	i := bytes.LastIndex(state, lastSeqKey)
	if i < 0 {
		return 0
	}
	digits := state[i+len(lastSeqKey):]
	n := 0
	for n < len(digits) && digits[n] >= '0' && digits[n] <= '9' {
		n++
	}
	seq, err := strconv.ParseUint(string(digits[:n]), 10, 64)
	if err != nil {
		return 0
	}
	return seq
}

// compare checks document id's replayed state against the stored one,
// on the comparing goroutine when there is one.
func (v *verifier) compare(id uint64, p *replaying) {
	delete(v.open, id)
	defer func() { v.spares = append(v.spares, p) }() // what the job needs is copied into it
	if id < uint64(len(v.done)) {
		v.done[id] = true
	}
	j := cmpJob{id: id, fromIndex: p.fromIndex, plain: p.stored, findingsSeq: p.findingsSeq}
	if p.seqsFromImport {
		j.seqs, j.upTo = p.seqs, p.seen.Seq+1
	}
	if !p.fromIndex {
		j.d = p.d
		j.d.Updated, j.d.LastSeq = p.seen.At, p.seen.Seq
	}
	if v.cmp != nil {
		v.cmp.send(j, len(v.r.Problems))
		return
	}
	v.r.Problems = append(v.r.Problems, v.compareNow(j)...)
}

// cmpJob is a document whose last event has passed: its replayed state
// (unless it is to be replayed from its history), and its stored state as
// already read.
type cmpJob struct {
	// text, when not nil, is an event whose text is to be checked, and
	// the job is only that.
	text        *review.Event
	id          uint64
	fromIndex   bool
	d           review.Document
	plain       []byte
	findingsSeq uint64
	// seqs, when upTo is not 0, is what seqsOf gives for the document's
	// events before upTo, all of which were folded.
	seqs, upTo uint64
}

// compareNow compares one document and returns the problems found.
func (v *verifier) compareNow(j cmpJob) (out []review.Text) {
	problem := func(zh, en string, args ...any) {
		out = append(out, review.Text{ZH: fmt.Sprintf(zh, args...), EN: fmt.Sprintf(en, args...)})
	}
	if j.upTo != 0 {
		seqs, err := docSeqsIn(v.docEvents, j.id, j.upTo)
		h := uint64(0)
		for _, seq := range seqs {
			h = seqsOf(h, seq)
		}
		if err != nil || h != j.seqs {
			problem("文件 #%d 的事件索引与审查日志不符（其历史会缺少或多出事件）", "document #%d: its history index differs from the log (its history would lack or show events)", j.id)
		}
	}
	// A state read at the import was there; the record is read again only
	// to be decoded, when the bytes differ.
	raw := j.plain
	if raw == nil {
		raw = v.docs.Get(itob(j.id))
	}
	if raw == nil {
		problem("文件 #%d 有审查日志但没有状态记录", "document #%d has a log but no state record", j.id)
		return out
	}
	replayed := j.d
	if j.fromIndex {
		hist, err := docEvents(v.tx, j.id)
		if err != nil {
			problem("文件 #%d: %v", "document #%d: %v", j.id, err)
			return out
		}
		if replayed, err = review.Replay(j.id, hist); err != nil {
			problem("文件 #%d: %v", "document #%d: %v", j.id, err)
			return out
		}
		j.plain, j.findingsSeq = nil, 0
	}
	out = append(out, v.check(j.id, raw, j.plain, replayed, j.findingsSeq)...)
	return append(out, v.more(&replayed)...)
}

func (v *verifier) more(d *review.Document) (out []review.Text) {
	for _, f := range v.perDoc {
		out = append(out, f(v.tx, d)...)
	}
	return out
}

// comparer is the goroutine that compares documents while the stream
// goes on, a few dozen behind at most. The problems it finds go where the
// stream was when it handed the document over, so the report reads as if
// all had been found in one pass.
type comparer struct {
	jobs chan placedJob
	quit chan struct{} // closed when the goroutine ends
	bg   *background
	out  []placed
	// missingTexts counts the texts stored empty among those checked.
	missingTexts int
	end          []review.Text // what is found once every job is done
}

type placedJob struct {
	cmpJob
	at int
}

type placed struct {
	at       int
	problems []review.Text
}

const compareAhead = 64

func (v *verifier) startComparer() {
	c := &comparer{jobs: make(chan placedJob, compareAhead), quit: make(chan struct{})}
	c.bg = goGuarded(func() {
		defer close(c.quit)
		texts := ownCursor(v.tx, v.tx.Bucket(bTexts))
		rr := newRecordReader()
		defer rr.close()
		refs := versionRefs{tx: v.tx, b: ownCursor(v.tx, v.tx.Bucket(bVersions)), pending: map[[2]uint64]uint64{}}
		for j := range c.jobs {
			var p []review.Text
			if j.text != nil {
				if checkEventText(texts, *j.text, &p, rr) {
					c.missingTexts++
				}
				p = append(p, refs.event(*j.text)...)
			} else {
				p = v.compareNow(j.cmpJob)
			}
			if len(p) > 0 {
				c.out = append(c.out, placed{j.at, p})
			}
		}
		c.end = refs.end()
	})
	v.cmp = c
}

func (c *comparer) send(j cmpJob, at int) {
	select {
	case c.jobs <- placedJob{j, at}:
	case <-c.quit:
		c.bg.wait() // it ended early: a fault there surfaces here
	}
}

// finish waits for the comparisons and puts their problems in place.
func (v *verifier) finishComparer() {
	c := v.cmp
	if c == nil {
		return
	}
	v.cmp = nil
	close(c.jobs)
	c.bg.wait()
	v.r.MissingTexts += c.missingTexts
	r := v.r
	if len(c.out) > 0 {
		merged := make([]review.Text, 0, len(r.Problems)+len(c.out))
		i := 0
		for _, pl := range c.out {
			merged = append(append(merged, r.Problems[i:pl.at]...), pl.problems...)
			i = pl.at
		}
		r.Problems = append(merged, r.Problems[i:]...)
	}
	r.Problems = append(r.Problems, c.end...)
}

// versionRefs checks that a version record stored as a reference (schema
// 5) names an event that brought that version (the last one, as written):
// the one whose version, findings and time it stands for. A record naming
// a later event waits for that event to pass.
type versionRefs struct {
	tx      kv.Tx
	b       kv.Bucket
	pending map[[2]uint64]uint64 // doc, version → the later event named
}

func (vr *versionRefs) event(e review.Event) []review.Text {
	ref, ok := textRef(e.Data)
	if !ok {
		return nil
	}
	k := [2]uint64{e.Doc, uint64(ref.N)}
	named := versionEvent(vr.b.Get(pair(e.Doc, uint64(ref.N))))
	switch {
	case named == 0 || named == e.Seq:
		delete(vr.pending, k) // a record of its own (checked as before), or the right event
	case named > e.Seq:
		vr.pending[k] = named
	case !vr.brings(named, e.Doc, ref.N):
		return []review.Text{versionRefProblem(e.Doc, ref.N, named, e.Seq)}
	}
	return nil
}

// brings reports whether event seq (before the one at hand: a file
// rewritten from an older schema may name an earlier one) brought version
// n of doc.
func (vr *versionRefs) brings(seq, doc uint64, n int) bool {
	e, err := eventAt(vr.tx, seq)
	if err != nil || e.Doc != doc || (e.Type != review.EvImported && e.Type != review.EvVersionAdded) {
		return false
	}
	ref, ok := textRef(e.Data)
	return ok && ref.N == n
}

func (vr *versionRefs) end() (out []review.Text) {
	for k, named := range vr.pending {
		out = append(out, versionRefProblem(k[0], int(k[1]), named, 0))
	}
	return out
}

func versionRefProblem(doc uint64, n int, named, brought uint64) review.Text {
	if brought == 0 {
		return review.Text{ZH: fmt.Sprintf("文件 #%d 第 %d 版的版本记录指向事件 #%d，该事件并未带来此版本", doc, n, named),
			EN: fmt.Sprintf("document #%d version %d: its version record refers to event #%d, which did not bring it", doc, n, named)}
	}
	return review.Text{ZH: fmt.Sprintf("文件 #%d 第 %d 版的版本记录指向事件 #%d，而此版本最后由事件 #%d 带来", doc, n, named, brought),
		EN: fmt.Sprintf("document #%d version %d: its version record refers to event #%d, but the version was last brought by event #%d", doc, n, named, brought)}
}

// check compares a stored state with the replayed one: byte for byte
// first (the stored bytes are the encoding of the state), and through a
// normalised comparison when the bytes differ. plain, when not nil, is the
// stored record already inflated; findingsSeq, when not zero, the event
// whose findings the replayed version has.
func (v *verifier) check(id uint64, raw, plain []byte, replayed review.Document, findingsSeq uint64) []review.Text {
	// The replayed findings came from the event whose findings record the
	// state refers to (its hash was checked), so the state's stored form
	// is built without reading that record again.
	var err error
	if plain == nil {
		plain, err = unpack(raw)
	}
	if err == nil {
		if findingsSeq == 0 {
			findingsSeq = versionFindingsSeq(v.tx, id, replayed.Version)
		}
		buf := stateBufs.Get().(*[]byte)
		enc, err := appendState((*buf)[:0], &replayed, findingsSeq)
		same := err == nil && bytes.Equal(enc, plain)
		if cap(enc) <= 1<<20 {
			*buf = enc[:0]
		}
		stateBufs.Put(buf)
		if same {
			return nil
		}
	}
	stored, err := decodeDoc(v.tx, raw)
	if err != nil {
		return []review.Text{{ZH: fmt.Sprintf("文件 #%d 的状态记录无法解析: %v", id, err), EN: fmt.Sprintf("document #%d: its state record cannot be read: %v", id, err)}}
	}
	if !sameState(stored, replayed) {
		return []review.Text{{ZH: fmt.Sprintf("文件 #%d 的当前状态与审查日志重放结果不一致", id), EN: fmt.Sprintf("document #%d: its state differs from the replay of its log", id)}}
	}
	return nil
}

// rest compares the documents still open when the log ended (their stored
// last_seq was never reached) and those with a state but no fold at all.
func (v *verifier) rest() {
	for id, p := range v.open {
		v.compare(id, p)
	}
	v.finishComparer()
	c := v.docs.Cursor()
	for k, raw := c.First(); k != nil; k, raw = c.Next() {
		v.r.Documents++
		id := btoi(k)
		if v.isDone(id) {
			continue
		}
		hist, err := docEvents(v.tx, id)
		if err != nil {
			v.problem("文件 #%d: %v", "document #%d: %v", id, err)
			continue
		}
		replayed, err := review.Replay(id, hist)
		if err != nil {
			v.problem("文件 #%d: %v", "document #%d: %v", id, err)
			continue
		}
		v.r.Problems = append(v.r.Problems, v.check(id, raw, nil, replayed, 0)...)
		v.r.Problems = append(v.r.Problems, v.more(&replayed)...)
	}
}

// sameJSON compares through JSON, the form in which states are stored, so
// that nil and empty maps or times in different zones compare equal.
func sameJSON(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	var x, y any
	json.Unmarshal(ja, &x)
	json.Unmarshal(jb, &y)
	return reflect.DeepEqual(x, y)
}

// sameState compares two states as their JSON values: a state stored by an
// older release (missing fields, other key order) that means the same
// document is the same.
func sameState(a, b review.Document) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	var x, y any
	json.Unmarshal(ja, &x)
	json.Unmarshal(jb, &y)
	return reflect.DeepEqual(x, y)
}

// oneCursor is a bucket whose Get goes through one cursor kept for it, for
// one goroutine's many reads: bbolt makes a cursor for every Get and grows
// its path down the tree three times (145 MB of a 100k verify's 1.36 GB).
type oneCursor struct {
	kv.Bucket
	c kv.Cursor
}

// ownCursor is b with a cursor of its own for Get, on the local file; a
// shared store's Gets are served by its read-ahead, and stay as they are.
func ownCursor(tx kv.Tx, b kv.Bucket) kv.Bucket {
	if b == nil || kv.BoltTx(tx) == nil {
		return b
	}
	return &oneCursor{Bucket: b, c: b.Cursor()}
}

func (o *oneCursor) Get(key []byte) []byte {
	k, v := o.c.Seek(key)
	if !bytes.Equal(k, key) {
		return nil // absent, or (v nil) a nested bucket, as Get says
	}
	return v
}

// stateBufs are the buffers check encodes replayed states into.
var stateBufs = sync.Pool{New: func() any { return new([]byte) }}

// verifyHeap is the heap Verify lets grow before collecting. Its live data
// is some 30 MB at 100k; every page of the ceiling is faulted in once, a
// fault a page (57,000 of them at 200 MB, 40,000 at 128), and a lower one
// collects more often: at 128 MB the two weigh about even, with 70 MB less
// resident (64 MB took more time).
const verifyHeap = 128 << 20
