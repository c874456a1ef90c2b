package storage

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"beishen/review"
)

// DefaultBackupKeep is how many rotating backups are kept when the settings
// say nothing (settings key backup_keep).
const DefaultBackupKeep = 10

// BackupDir is where the rotating backups of the database at dbPath go:
// <dbdir>/backups/.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "backups") }

const backupPrefix, backupExt = "beishen-", ".db"

// RotateBackup writes a backup of the open database into BackupDir and
// deletes the oldest ones beyond keep (DefaultBackupKeep when keep < 1).
// The application calls it when it closes after changes. Names carry the
// time to the nanosecond, so name order is time order.
func (s *Store) RotateBackup(keep int) (string, error) {
	if s.Shared() {
		return "", &FileOnlyError{Op: "backup"}
	}
	if keep < 1 {
		keep = DefaultBackupKeep
	}
	dir := BackupDir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("无法创建备份目录 %s: %w", dir, err)
	}
	existing, err := listBackups(dir)
	if err != nil {
		return "", err
	}
	const layout = "20060102-150405.000000000"
	// China time, as in the log (review.Zone): the 18:00 backup is named 180000.
	name := func(t time.Time) string {
		return filepath.Join(dir, backupPrefix+t.In(review.Zone).Format(layout)+backupExt)
	}
	dest := name(s.now())
	if n := len(existing); n > 0 && dest <= existing[n-1] {
		// A clock that stands still or went back must not make the new
		// backup sort before an old one, or pruning would delete it.
		last := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(existing[n-1]), backupPrefix), backupExt)
		t, err := time.ParseInLocation(layout, last, review.Zone)
		if err != nil {
			return "", fmt.Errorf("备份目录中有无法识别的文件 %s", existing[n-1])
		}
		dest = name(t.Add(time.Nanosecond))
	}
	path, err := s.Backup(dest, false)
	if err != nil {
		return "", err
	}
	return path, pruneBackups(dir, keep)
}

// Backups lists the rotating backups of the database at dbPath, oldest first.
func Backups(dbPath string) ([]string, error) { return listBackups(BackupDir(dbPath)) }

func listBackups(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		n := e.Name()
		if e.Type().IsRegular() && strings.HasPrefix(n, backupPrefix) && strings.HasSuffix(n, backupExt) {
			out = append(out, filepath.Join(dir, n))
		}
	}
	slices.Sort(out)
	return out, nil
}

func pruneBackups(dir string, keep int) error {
	all, err := listBackups(dir)
	if err != nil {
		return err
	}
	for len(all) > keep {
		if err := os.Remove(all[0]); err != nil {
			return err
		}
		all = all[1:]
	}
	return nil
}

// BackupInfo describes a backup file that passed verification.
type BackupInfo struct {
	Path      string
	Events    int
	Documents int
	Head      string
}

// BadBackupError means a backup failed verification; restoring it is refused.
type BadBackupError struct {
	Path   string
	Report Report
}

func (e *BadBackupError) Error() string { return e.Message(review.ZH) }
func (e *BadBackupError) Message(lang review.Lang) string {
	first := ""
	if len(e.Report.Problems) > 0 {
		first = e.Report.Problems[0].Message(lang)
	}
	if lang == review.EN {
		return fmt.Sprintf("the backup %s does not verify (%s); it was not restored", e.Path, first)
	}
	return fmt.Sprintf("备份 %s 未通过校验（%s），未恢复", e.Path, first)
}

// InspectBackup opens a backup read-only and verifies it: the hash chain,
// every document's replay and bbolt's own check.
func InspectBackup(path string) (BackupInfo, error) {
	if _, err := os.Stat(path); err != nil {
		return BackupInfo{}, review.Text{ZH: fmt.Sprintf("找不到备份文件 %s（%v）", path, err), EN: fmt.Sprintf("cannot find the backup file %s (%v)", path, err)}
	}
	st, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		return BackupInfo{}, err
	}
	defer st.Close()
	r, err := st.Verify()
	if err != nil {
		return BackupInfo{}, err
	}
	if !r.OK() {
		return BackupInfo{}, &BadBackupError{Path: path, Report: r}
	}
	return BackupInfo{Path: path, Events: r.Events, Documents: r.Documents, Head: r.Head}, nil
}

// Restore replaces the database at dbPath with the backup: the backup is
// copied beside the database and verified there (so the bytes verified are
// the bytes installed), the current database is backed up into BackupDir
// first (so a restore can itself be undone), and the copy is renamed over
// the database. It refuses while another window has the database open.
// saved is the backup of the replaced database ("" when there was none).
func Restore(dbPath, backup string, keep int) (saved string, info BackupInfo, err error) {
	var cur *Store
	if _, err := os.Stat(dbPath); err == nil {
		// Holding the write lock keeps other windows out until the rename.
		if cur, err = Open(dbPath, Options{}); err != nil {
			return "", info, err
		}
		defer func() {
			if cur != nil {
				cur.Close()
			}
		}()
	}
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
		return "", info, err
	}
	tmp := dbPath + ".restore"
	if err := copyFile(backup, tmp); err != nil {
		os.Remove(tmp)
		return "", info, writeError(fmt.Errorf("无法复制备份 %s: %w", backup, err))
	}
	defer os.Remove(tmp) // gone after the rename; removed on any failure
	if info, err = InspectBackup(tmp); err != nil {
		var bad *BadBackupError
		if errors.As(err, &bad) {
			bad.Path = backup
		}
		var ce *CorruptError
		if errors.As(err, &ce) {
			ce.Path = backup // the copy's name would mean nothing to the reviewer
		}
		return "", info, err
	}
	info.Path = backup
	if cur != nil {
		if saved, err = cur.RotateBackup(keep); err != nil {
			return "", info, err
		}
		err = cur.Close()
		cur = nil
		if err != nil {
			return saved, info, err
		}
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		return saved, info, fmt.Errorf("无法替换数据库 %s: %w", dbPath, err)
	}
	return saved, info, nil
}

// copyFile copies src to a new 0600 file dst and syncs it.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
