package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"beishen/review/export"
	"beishen/storage"
)

// Restore replaces the database with a verified backup after the user
// confirms on in (unless yes); the current database is backed up first.
func (e *Env) Restore(backup string, yes bool, in io.Reader) error {
	path, err := e.DBPath()
	if err != nil {
		return e.Fail(err)
	}
	info, err := storage.InspectBackup(backup)
	if err != nil {
		return e.Fail(err)
	}
	current := 0
	if _, err := os.Stat(path); err == nil {
		st, err := storage.Open(path, storage.Options{ReadOnly: true})
		if err != nil {
			return e.Fail(err)
		}
		_, current, _ = st.Count()
		st.Close()
	}
	if !yes {
		fmt.Fprintf(e.Stdout, e.T("将用备份覆盖当前数据库 %s（当前 %d 个事件，备份 %d 个事件），确认？[y/N] ",
			"replace the current database %s (%d events now, %d in the backup) with the backup? [y/N] "), path, current, info.Events)
		line, _ := bufio.NewReader(in).ReadString('\n')
		if a := strings.ToLower(strings.TrimSpace(line)); a != "y" && a != "yes" && a != "是" {
			fmt.Fprintln(e.Stdout, e.T("已取消，数据库未改动。", "cancelled; the database is unchanged."))
			return nil
		}
	}
	set, err := e.Settings()
	if err != nil {
		return e.Fail(err)
	}
	saved, info, err := storage.Restore(path, backup, set.BackupKeep)
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("已从 %s 恢复（%d 个事件、%d 个文件）。\n", "restored from %s (%d events, %d documents).\n"),
		backup, info.Events, info.Documents)
	if saved != "" {
		fmt.Fprintf(e.Stdout, e.T("恢复前的数据库已备份到 %s，可用 restore 撤回本次恢复。\n",
			"the database before the restore is saved as %s; restore it to undo this.\n"), saved)
	}
	return nil
}

// ImportLog appends a jsonl log handed over from another machine to this
// database: the whole file is checked first, and nothing is imported if
// any line fails.
func (e *Env) ImportLog(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return e.Fail(err)
	}
	defer f.Close()
	log, err := export.ReadLog(f)
	if err != nil {
		return e.Fail(err)
	}
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	res, err := st.LoadLog(log.Events, func(doc uint64, n int) (string, bool) {
		t, ok := log.Texts[export.VersionKey{Doc: doc, N: n}]
		return t, ok
	})
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("已导入 %d 个事件（已有 %d 个相同的事件），重建 %d 个文件的状态。\n",
		"imported %d events (%d already present), rebuilt %d documents.\n"), res.Added, res.Skipped, res.Documents)
	if res.MissingTexts > 0 {
		fmt.Fprintf(e.Stdout, e.T("注意：%d 个版本没有正文（导出时未加 --with-texts），只能看到日志和发现，看不到原文。\n",
			"note: %d versions came without their text (exported without --with-texts); their log and findings are there, the text is not.\n"), res.MissingTexts)
	}
	return nil
}
