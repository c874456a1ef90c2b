package storage

import (
	"os"
	"syscall"
	"unsafe"

	"beishen/storage/kv"
)

// releaseMapped tells the kernel this process no longer needs the pages of
// the mapped database file it has read so far: they leave its resident set
// and stay in the page cache, from which a later read takes them again
// without touching the disk. bbolt maps the file read-only and writes
// through the file, so nothing can be lost. A reader that streams the whole
// file (verify, exports, stats) calls it now and then, so that its
// resident memory stays bounded instead of growing to the file's size.
func releaseMapped(t kv.Tx) {
	tx := kv.BoltTx(t)
	if tx == nil {
		return // not a mapped file
	}
	info := tx.DB().Info()
	if info == nil || info.Data == 0 {
		return
	}
	fi, err := os.Stat(tx.DB().Path())
	if err != nil || fi.Size() <= 0 {
		return
	}
	ps := int64(os.Getpagesize())
	size := min(fi.Size(), tx.Size()) / ps * ps // within the mapping
	if size <= 0 {
		return
	}
	data := *(*unsafe.Pointer)(unsafe.Pointer(&info.Data))
	syscall.Madvise(unsafe.Slice((*byte)(data), size), syscall.MADV_DONTNEED)
}
