package storage

import (
	"errors"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
)

// Backup writes a consistent copy of the database to dest while the store
// stays open (a bbolt read transaction sees one snapshot). dest may be a
// directory, which gets a time-stamped file. The copy is written beside its
// final name and then named, so a crash never leaves half a backup under
// it; an existing file is replaced only when replace is set.
func (s *Store) Backup(dest string, replace bool) (string, error) {
	if s.Shared() {
		return "", &FileOnlyError{Op: "backup"}
	}
	if fi, err := os.Stat(dest); err == nil && fi.IsDir() {
		// China time, as in the log (review.Zone), whatever the machine's zone;
		// a name already taken gets a free one, never replaced.
		dest = FreeName(filepath.Join(dest, "beishen-"+s.now().In(review.Zone).Format("20060102-150405")+".db"))
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return "", &WriteError{Path: filepath.Dir(dest), Cause: err}
	}
	if _, err := os.Lstat(dest); err == nil && !replace {
		return "", &ExistsError{Path: dest}
	}
	tmp := dest + ".part"
	err := guard(s.path, func() error {
		return s.file.View(func(tx *bolt.Tx) error { return tx.CopyFile(tmp, 0o600) })
	})
	if err == nil {
		err = syncFile(tmp)
	}
	if err == nil {
		err = Place(tmp, dest, replace)
	}
	if err != nil {
		os.Remove(tmp)
		var ex *ExistsError
		if errors.As(err, &ex) {
			return "", err
		}
		return "", writeError(&WriteError{Path: dest, Cause: err})
	}
	return dest, nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
