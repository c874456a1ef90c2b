package cli

import "github.com/spf13/cobra"

// CheckCmd is `check [--json] FILE…`: the checks on files, nothing stored.
func CheckCmd(env *Env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "check [--json] FILE…",
		Short: env.T("对文件运行自动审查，不入库", "Run the automatic review on files without adding them to the database"),
		Args:  env.minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return env.withLibrary(func() error { return Check(env.Stdout, env.Stderr, args, asJSON, env.Lang) })
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, env.T("每个文件输出一行 JSON", "one line of JSON per file"))
	return c
}
