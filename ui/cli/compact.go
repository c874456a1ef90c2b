package cli

// compact.go: the compact command, the local file rewritten in key order.

import (
	"fmt"

	"github.com/spf13/cobra"
)

// Compact rewrites the local database in key order and says what it gave
// back; the office's shared store compacts itself.
func (e *Env) Compact() error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	before, after, err := st.Compact()
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stdout, e.T("已压缩 %s：%.1f MB → %.1f MB（内容不变；verify 可核对）\n", "compacted %s: %.1f MB → %.1f MB (content unchanged; verify checks it)\n"),
		st.Path(), float64(before)/1e6, float64(after)/1e6)
	return nil
}

// CompactCmd is `compact`.
func CompactCmd(env *Env) *cobra.Command {
	return &cobra.Command{
		Use: "compact",
		Short: env.T("按键序重写本地数据库，收回多年增删留下的半空页面（原文件在新文件就绪前不动）",
			"Rewrite the local database in key order, giving back the half-empty pages years of growth leave (the original stays until the copy is ready)"),
		Args: env.exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return env.Compact() },
	}
}
