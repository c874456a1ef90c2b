package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime/debug"

	"beishen/review"
	"beishen/storage/etcdkv"
	"beishen/storage/kv"
)

// A damaged file (truncated, bits flipped) must get the damaged-file
// message and never a panic or a signal from bbolt, which trusts its file:
// a page number past the end of a truncated file faults on the memory map
// (SIGBUS), a flipped page type fails an assertion. Two defences:
//
//   - checkFile reads the two meta pages before bbolt opens the file, as
//     bbolt would pick one, and checks that the file holds every page the
//     chosen meta counts (its high-water mark) and that its root and
//     freelist lie below that mark;
//   - guard runs every transaction with faults turned into panics
//     (debug.SetPanicOnFault) and bbolt's panics turned into a CorruptError,
//     for damage inside the pages that no cheap check can see.

// bbolt's file layout (go.etcd.io/bbolt/internal/common): pages 0 and 1 are
// meta pages; a page starts with a 16-byte header, and a meta page's body
// is magic, version, page size, flags, root bucket (root pgid, sequence),
// freelist pgid, high-water pgid, txid and an FNV-64a checksum of the rest.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16
	metaSize       = 64
	noFreelist     = ^uint64(0)
)

type metaPage struct {
	pageSize                      uint32
	root, freelist, highWater, tx uint64
}

// readMeta decodes the meta page body b; ok is false when its magic,
// version or checksum is wrong.
func readMeta(b []byte) (m metaPage, ok bool) {
	if len(b) < metaSize {
		return m, false
	}
	le := binary.LittleEndian // bbolt files are in the machine's order; beishen runs on little-endian machines
	if le.Uint32(b[0:]) != boltMagic || le.Uint32(b[4:]) != boltVersion {
		return m, false
	}
	h := fnv.New64a()
	h.Write(b[:56])
	if h.Sum64() != le.Uint64(b[56:]) {
		return m, false
	}
	m = metaPage{pageSize: le.Uint32(b[8:]), root: le.Uint64(b[16:]), freelist: le.Uint64(b[32:]),
		highWater: le.Uint64(b[40:]), tx: le.Uint64(b[48:])}
	return m, true
}

// checkFile finds damage a bbolt open would crash on. A missing or empty
// file is a new database and passes.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	size := fi.Size()
	if size == 0 {
		return nil
	}
	if !fi.Mode().IsRegular() {
		return damaged(review.Text{ZH: "不是普通文件", EN: "not a regular file"})
	}
	head := make([]byte, pageHeaderSize+metaSize)
	if _, err := io.ReadFull(f, head); err != nil {
		return damaged(review.Text{ZH: "文件过短", EN: "the file is too short"})
	}
	m0, ok0 := readMeta(head[pageHeaderSize:])
	// The second meta page is one page further on; the first tells the page
	// size, or when it is itself damaged the usual sizes are tried.
	sizes := []int64{4096, 8192, 16384, 32768, 65536, 2048, 1024}
	if ok0 {
		sizes = []int64{int64(m0.pageSize)}
	}
	var m1 metaPage
	ok1 := false
	for _, ps := range sizes {
		if ps < pageHeaderSize+metaSize || ps > 1<<20 {
			continue
		}
		if _, err := f.ReadAt(head, ps); err != nil {
			continue
		}
		if m1, ok1 = readMeta(head[pageHeaderSize:]); ok1 {
			break
		}
	}
	// bbolt takes the valid meta with the higher transaction id.
	m := m0
	switch {
	case ok0 && ok1 && m1.tx > m0.tx, !ok0 && ok1:
		m = m1
	case !ok0 && !ok1:
		return damaged(review.Text{ZH: "两个元数据页都已损坏", EN: "both meta pages are damaged"})
	}
	ps := int64(m.pageSize)
	switch {
	case ps < 1024 || ps > 1<<20 || ps&(ps-1) != 0:
		return damaged(review.Text{ZH: fmt.Sprintf("页大小 %d 不合理", ps), EN: fmt.Sprintf("page size %d is impossible", ps)})
	case m.highWater < 3 || m.highWater > uint64(size/ps):
		return damaged(review.Text{
			ZH: fmt.Sprintf("文件应有 %d 页（%d 字节），实际只有 %d 字节，可能被截断", m.highWater, m.highWater*uint64(ps), size),
			EN: fmt.Sprintf("the file should hold %d pages (%d bytes) but has %d bytes; it may have been cut short", m.highWater, m.highWater*uint64(ps), size)})
	case m.root < 2 || m.root >= m.highWater, m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= m.highWater):
		return damaged(review.Text{ZH: "元数据页指向文件之外", EN: "a meta page points outside the file"})
	}
	if m.freelist != noFreelist && !freelistFits(f, m) {
		return damaged(review.Text{ZH: "空闲页列表已损坏", EN: "the free page list is damaged"})
	}
	return nil
}

// freelistFits checks the free-list page's header: bbolt reads it whole
// (a read-only open in tx.Check's own goroutine, where a fault could not be
// caught), so its pages and its count must lie inside the file.
func freelistFits(f *os.File, m metaPage) bool {
	ps := int64(m.pageSize)
	h := make([]byte, pageHeaderSize+8)
	if _, err := f.ReadAt(h, int64(m.freelist)*ps); err != nil {
		return false
	}
	le := binary.LittleEndian
	flags, count, overflow := le.Uint16(h[8:]), uint64(le.Uint16(h[10:])), uint64(le.Uint32(h[12:]))
	if flags != 0x10 || m.freelist+overflow >= m.highWater {
		return false
	}
	room := (overflow+1)*uint64(ps) - pageHeaderSize
	if count == 0xFFFF { // the real count is the first element
		count = le.Uint64(h[pageHeaderSize:]) + 1
	}
	return count <= room/8
}

// damaged is the Cause of a CorruptError for damage found here; Open fills
// in the path and the newest backup.
func damaged(cause error) error { return &CorruptError{Cause: cause} }

// guard runs fn, turning a fault on the memory map and a panic inside bbolt
// into a CorruptError about the file at path: a damaged page is reported,
// never fatal.
func guard(path string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = withPath(&CorruptError{Cause: fmt.Errorf("%v", r)}, path)
		}
	}()
	return fn()
}

// view and update are bbolt's View and Update under guard: every
// transaction of the store goes through them.
func (s *Store) view(fn func(kv.Tx) error) error {
	return s.unreachable(s.guard(func() error { return s.db.View(fn) }))
}

// unreachable says, in the user's language, that the shared store did not
// answer, where a back end's own error would be English and technical.
func (s *Store) unreachable(err error) error {
	var ce *etcdkv.ClientError
	if errors.As(err, &ce) || errors.Is(err, etcdkv.ErrBusy) {
		return &UnreachableError{Store: s.path, Cause: err, Open: true}
	}
	var tl *etcdkv.TooLargeError
	if errors.As(err, &tl) {
		return review.Text{
			ZH: fmt.Sprintf("一次写入超出共享库的事务上限（%d 项、%d 字节，上限 %d 项、%d 字节）：未记录任何内容；过大的文本请在本地数据库中处理", tl.Ops, tl.Bytes, tl.MaxOps, tl.MaxBytes),
			EN: fmt.Sprintf("one write exceeds the shared store's limit on a transaction (%d operations, %d bytes; the limit is %d, %d): nothing was recorded; work on a text this large in a local file", tl.Ops, tl.Bytes, tl.MaxOps, tl.MaxBytes),
		}
	}
	return err
}

// guard is the package's guard on the local file; a shared store has no
// mapped file to fault on, and its panics are bugs to see, not damage.
func (s *Store) guard(fn func() error) error {
	if s.file == nil {
		return fn()
	}
	return guard(s.path, fn)
}

func (s *Store) update(fn func(kv.Tx) error) error {
	var changes []Change
	err := s.guard(func() error {
		return s.db.Update(func(tx kv.Tx) error {
			changes = changes[:0] // a shared store may run fn again
			return fn(logged{tx, &changes})
		})
	})
	if _, shared := s.db.(kv.Watcher); err == nil && !shared {
		// A shared store tells every client, this one included, through
		// its watch (follow); the local file has only this process.
		s.hub.publish(changes)
	}
	return s.unreachable(err)
}

// withPath completes a CorruptError with the file it is about and the
// newest rotating backup, which the message offers to restore.
func withPath(err error, path string) error {
	var ce *CorruptError
	if errors.As(err, &ce) {
		if ce.Path == "" {
			ce.Path = path
		}
		if ce.Backup == "" {
			if all, _ := Backups(path); len(all) > 0 {
				ce.Backup = all[len(all)-1]
			}
		}
	}
	return err
}
