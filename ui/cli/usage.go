package cli

import (
	"fmt"
	"regexp"
	"strings"
	"text/template"

	"github.com/spf13/cobra"

	"beishen/review"
)

// This file holds the command line's own words (usage headings, the help
// and completion commands, -h, argument and flag errors) in the user's
// language; cobra writes them in English and fixes them before flags are
// parsed, so they are set when the tree is built.

// LangOf reads the interface language from the command line (--lang en,
// --lang=en) or, failing that, from $BEISHEN_LANG (getenv's value). It runs
// before cobra parses anything because the help texts are built from it.
func LangOf(args []string, getenv func(string) string) review.Lang {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return review.ParseLang(v)
		}
		if a == "--lang" && i+1 < len(args) {
			return review.ParseLang(args[i+1])
		}
	}
	return review.ParseLang(getenv("BEISHEN_LANG"))
}

// Localize puts the command line's own words into the user's language on
// the whole tree under root. Call it after every command is added.
func (e *Env) Localize(root *cobra.Command) {
	// cobra adds these two while executing; adding them now lets their
	// texts be set here, and cobra then keeps them.
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	if e.Lang != review.EN {
		cobra.AddTemplateFuncs(template.FuncMap{"zhUseLine": zhUseLine, "zhFlags": zhFlags})
		root.SetUsageTemplate(usageTemplateZH)
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return review.Text{
			ZH: fmt.Sprintf("参数有误：%v（见 %s --help）", err, c.CommandPath()),
			EN: fmt.Sprintf("%v (see %s --help)", err, c.CommandPath()),
		}
	})
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Use = e.T("help [命令]", "help [command]")
			c.Short = e.T("显示任一命令的帮助", "Help about any command")
			c.Long = e.T("显示任一命令的帮助：beishen help [命令]。", "Help provides help for any command: beishen help [command].")
		case "completion":
			c.Short = e.T("生成指定 shell 的自动补全脚本", "Generate the autocompletion script for the specified shell")
			c.Long = e.T("生成 beishen 在指定 shell 中的自动补全脚本；各子命令的帮助说明如何使用生成的脚本。",
				"Generate the autocompletion script for beishen for the specified shell. See each sub-command's help for how to use the generated script.")
			for _, sh := range c.Commands() {
				sh.Short = e.T("生成 "+sh.Name()+" 的自动补全脚本", "Generate the autocompletion script for "+sh.Name())
				if f := sh.Flags().Lookup("no-descriptions"); f != nil {
					f.Usage = e.T("补全时不显示说明", "disable completion descriptions")
				}
			}
		}
	}
	e.helpFlags(root)
}

// helpFlags defines -h on every command before cobra adds its English one.
func (e *Env) helpFlags(c *cobra.Command) {
	if c.Flags().Lookup("help") == nil {
		c.Flags().BoolP("help", "h", false, e.T("显示 "+c.CommandPath()+" 的帮助", "help for "+c.CommandPath()))
	}
	for _, sub := range c.Commands() {
		e.helpFlags(sub)
	}
}

// exactArgs, minArgs and NoArgs check the number of arguments and say what
// is wrong in the user's language; on a command with subcommands NoArgs
// reports an unknown command.
func (e *Env) exactArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != n {
			return e.argCount(c, fmt.Sprintf("需要 %d 个参数", n), fmt.Sprintf("takes %d argument(s)", n), len(args))
		}
		return nil
	}
}

func (e *Env) minArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) < n {
			return e.argCount(c, fmt.Sprintf("至少需要 %d 个参数", n), fmt.Sprintf("takes at least %d argument(s)", n), len(args))
		}
		return nil
	}
}

func (e *Env) NoArgs(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if c.HasSubCommands() {
		return review.Text{
			ZH: fmt.Sprintf("未知命令 %q（见 %s --help）", args[0], c.CommandPath()),
			EN: fmt.Sprintf("unknown command %q (see %s --help)", args[0], c.CommandPath()),
		}
	}
	return e.argCount(c, "不接受参数", "takes no arguments", len(args))
}

func (e *Env) argCount(c *cobra.Command, zh, en string, got int) error {
	return review.Text{
		ZH: fmt.Sprintf("%s %s，收到 %d 个（用法：%s）", c.CommandPath(), zh, got, c.UseLine()),
		EN: fmt.Sprintf("%s %s, got %d (usage: %s)", c.CommandPath(), en, got, c.UseLine()),
	}
}

// zhUseLine and zhFlags translate the words cobra and pflag put into a use
// line (" [flags]") and a flag list (` (default "md")`).
func zhUseLine(s string) string { return strings.Replace(s, " [flags]", " [参数]", 1) }

var flagDefault = regexp.MustCompile(`(?m) \(default (.*)\)$`)

func zhFlags(s string) string { return flagDefault.ReplaceAllString(s, "（默认 $1）") }

// usageTemplateZH is cobra's default usage template (v1.10.2) with Chinese
// headings.
const usageTemplateZH = `用法：{{if .Runnable}}
  {{zhUseLine .UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [命令]{{end}}{{if gt (len .Aliases) 0}}

别名：
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

示例：
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}{{$cmds := .Commands}}{{if eq (len .Groups) 0}}

可用命令：{{range $cmds}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{else}}{{range $group := .Groups}}

{{.Title}}{{range $cmds}}{{if (and (eq .GroupID $group.ID) (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if not .AllChildCommandsHaveGroup}}

其他命令：{{range $cmds}}{{if (and (eq .GroupID "") (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

参数：
{{.LocalFlags.FlagUsages | zhFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

全局参数：
{{.InheritedFlags.FlagUsages | zhFlags | trimTrailingWhitespaces}}{{end}}{{if .HasHelpSubCommands}}

其他帮助主题：{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

使用 "{{.CommandPath}} [命令] --help" 查看命令的详细说明。{{end}}
`
