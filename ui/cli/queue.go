package cli

import (
	"github.com/spf13/cobra"

	"fmt"
	"os"

	"beishen/review"
	"beishen/ui"
	"beishen/ui/jobs"
)

// Queue opens the review queue on the screen.
func (e *Env) Queue() error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	set, err := e.Settings()
	if err != nil {
		return e.Fail(err)
	}
	before, err := st.LastEvent()
	if err != nil {
		return e.Fail(err)
	}
	runErr := ui.Run(ui.Options{Store: st, Lang: e.Lang, Settings: set, ASCII: e.ASCII, Today: today(e.Now)})
	// A session that changed anything leaves a rotating backup behind, so
	// a bad day's work can be rolled back with restore. A shared store is
	// the cluster's to back up (etcdctl snapshot save), and is not asked:
	// with the cluster gone it would hold the quitting reviewer for a
	// request's timeout.
	if !st.Shared() {
		if after, err := st.LastEvent(); err == nil && after > before {
			if path, err := st.RotateBackup(set.BackupKeep); err != nil {
				fmt.Fprintln(e.Stderr, e.T("自动备份失败：", "automatic backup failed: ")+review.Message(err, e.Lang))
			} else {
				fmt.Fprintf(e.Stderr, e.T("已自动备份到 %s\n", "backed up to %s\n"), path)
			}
		}
	}
	if runErr != nil {
		return e.Fail(runErr)
	}
	return nil
}

// Demo seeds the embedded samples into a fresh temporary database (or the
// --db file) and opens the queue on it; with noUI it prints the queue.
func (e *Env) Demo(noUI bool) error {
	if e.DB == "" {
		dir, err := os.MkdirTemp("", "beishen-demo-")
		if err != nil {
			return e.Fail(err)
		}
		e.DB = dir + "/demo.db"
	}
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	// A --db that already holds work is opened as it is: seeding it again
	// would only report eleven duplicates.
	if last, err := st.LastEvent(); err != nil || last == 0 {
		if err := jobs.SeedDemo(st); err != nil {
			st.Close()
			return e.Fail(err)
		}
	}
	st.Close()
	fmt.Fprintf(e.Stderr, e.T("示例数据库：%s\n", "demo database: %s\n"), e.DB)
	if noUI {
		return e.List(ListOptions{})
	}
	return e.Queue()
}

// DemoCmd is `demo [--no-ui]`.
func DemoCmd(env *Env) *cobra.Command {
	var noUI bool
	c := &cobra.Command{
		Use: "demo",
		Short: env.T("在全新的临时数据库中载入示例文件并打开审查队列（--db 指定则载入该文件）",
			"Load sample documents into a fresh temporary database and open the review queue (into the --db file if given)"),
		Args: env.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return env.Demo(noUI) },
	}
	c.Flags().BoolVar(&noUI, "no-ui", false, env.T("只载入示例数据并打印队列，不打开界面",
		"only load the sample data and print the queue, without opening the interface"))
	return c
}
