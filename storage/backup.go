package storage

import (
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the database to dest while the store
// stays open (a bbolt read transaction sees one snapshot). dest may be a
// directory, which gets a time-stamped file. The copy is written beside its
// final name and renamed, so a crash never leaves half a backup under it.
func (s *Store) Backup(dest string) (string, error) {
	if fi, err := os.Stat(dest); err == nil && fi.IsDir() {
		dest = filepath.Join(dest, "beishen-"+s.now().Format("20060102-150405")+".db")
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return "", fmt.Errorf("无法创建备份目录: %w", err)
	}
	tmp := dest + ".part"
	err := s.view(func(tx *bolt.Tx) error { return tx.CopyFile(tmp, 0o600) })
	if err == nil {
		err = syncFile(tmp)
	}
	if err == nil {
		err = os.Rename(tmp, dest)
	}
	if err != nil {
		os.Remove(tmp)
		return "", writeError(fmt.Errorf("备份失败: %w", err))
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
