package cli

import (
	"github.com/spf13/cobra"

	"fmt"
	"os"
)

// Verify checks the hash chain, replays every document and runs bbolt's
// consistency check; any problem exits non-zero naming the first broken
// event.
func (e *Env) Verify() error {
	st, err := e.OpenRead()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	r, err := st.Verify()
	if err != nil {
		return e.Fail(err)
	}
	if r.OK() {
		// The page check is bbolt's; a shared store is read at one
		// revision, which the message names instead.
		structure := e.T("数据库结构无误", "database consistent")
		if st.Shared() {
			structure = e.T("共享库在同一版本下读出", "the shared store read at one revision")
		}
		fmt.Fprintf(e.Stdout, e.T("校验通过：%d 个事件、%d 个文件，哈希链完整，正文与导入时一致，%s。链尾 %s\n",
			"verified: %d events, %d documents, hash chain intact, texts as imported, %s. head %s\n"),
			r.Events, r.Documents, structure, short(r.Head))
		if r.MissingTexts > 0 {
			fmt.Fprintf(e.Stdout, e.T("（%d 个版本没有正文：移交的日志未附正文）\n", "(%d versions have no text: the handed-over log carried none)\n"), r.MissingTexts)
		}
		return nil
	}
	if r.Broken != 0 {
		fmt.Fprintf(e.Stderr, e.T("校验失败：第一个损坏的事件是 #%d\n", "verification failed: the first broken event is #%d\n"), r.Broken)
	} else {
		fmt.Fprintln(e.Stderr, e.T("校验失败", "verification failed"))
	}
	for _, p := range r.Problems {
		fmt.Fprintln(e.Stderr, "  "+p.Message(e.Lang))
	}
	return ErrReported
}

// Backup writes a consistent copy of the open database; an existing file
// is replaced only with force.
func (e *Env) Backup(dest string, force bool) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	path, err := st.Backup(dest, force)
	if err != nil {
		return e.Fail(err)
	}
	fi, _ := os.Stat(path)
	fmt.Fprintf(e.Stdout, e.T("已备份到 %s（%d 字节）\n", "backed up to %s (%d bytes)\n"), path, fi.Size())
	return nil
}

func short(h string) string {
	if len(h) > 16 {
		return h[:16]
	}
	return h
}

// BackupCmd is `backup DEST`.
func BackupCmd(env *Env) *cobra.Command {
	var force bool
	c := &cobra.Command{
		Use:   "backup DEST [--force]",
		Short: env.T("在不关闭数据库的情况下写出一致的备份副本", "Write a consistent backup copy without closing the database"),
		Args:  env.exactArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return env.Backup(args[0], force) },
	}
	c.Flags().BoolVar(&force, "force", false, forceHelp(env))
	return c
}
