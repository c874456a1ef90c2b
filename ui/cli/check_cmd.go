package cli

import "github.com/spf13/cobra"

// CheckCmd is `check [--json] FILE…`: the checks on files, nothing stored.
func CheckCmd(env *Env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "check [--json] FILE…",
		Short: "对文件运行自动审查，不入库",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return Check(env.Stdout, env.Stderr, args, asJSON, env.Lang)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "每个文件输出一行 JSON")
	return c
}
