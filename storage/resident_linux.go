package storage

import (
	"os"
	"strconv"
	"strings"
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

// mappedBudget is how much of the mapped file a long reader (verify) keeps
// resident before trimMapped lets it go.
const mappedBudget = 160 << 20

// trimMapped is releaseMapped once more than mappedBudget of the file is
// resident in this process. A page read again after a release costs a
// fault; releasing every fraction of a second, whatever was resident, made
// verify fault the file in several times over (a fifth of its time).
func trimMapped(t kv.Tx) {
	if residentFile() > mappedBudget {
		releaseMapped(t)
	}
}

// residentFile is the part of this process's resident set that maps files
// (the "shared" field of /proc/self/statm); the most it can be when it
// cannot be read, so that the caller releases as before.
func residentFile() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 1 << 62
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return 1 << 62
	}
	pages, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil {
		return 1 << 62
	}
	return pages * int64(os.Getpagesize())
}
