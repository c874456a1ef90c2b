package cli

import (
	"fmt"
	"os"

	"beishen/storage"
	"beishen/ui/jobs"
)

// Queue opens the review queue. Until the screen lands it prints the queue.
func (e *Env) Queue() error {
	return e.List(ListOptions{})
}

// Demo seeds the embedded samples into a fresh temporary database (or the
// --db file) and opens the queue on it.
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
	if err := jobs.SeedDemo(st); err != nil {
		st.Close()
		return e.Fail(err)
	}
	st.Close()
	fmt.Fprintf(e.Stderr, e.T("示例数据库：%s\n", "demo database: %s\n"), e.DB)
	_ = storage.SchemaVersion
	return e.Queue()
}
