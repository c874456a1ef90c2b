package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/ui/cli"
)

// run builds the command line as main does and executes it with args.
func run(t *testing.T, args []string, getenv func(string) string) (out string, msg string) {
	t.Helper()
	var buf bytes.Buffer
	env := &cli.Env{Stdout: &buf, Stderr: &buf, Lang: cli.LangOf(args, getenv)}
	root := rootCmd(env)
	root.SetArgs(args)
	root.SetOut(&buf)
	root.SetErr(&buf)
	err := root.Execute()
	return buf.String(), review.Message(err, env.Lang)
}

func noEnv(string) string { return "" }

// hanOutsideParens returns the Han characters of s that are not inside
// (...): English help may keep a Chinese term in parentheses after its
// translation, nowhere else.
func hanOutsideParens(s string) string {
	var han []rune
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0 && unicode.Is(unicode.Han, r):
			han = append(han, r)
		}
	}
	return string(han)
}

// commandPaths lists every command under c as argument lists.
func commandPaths(c *cobra.Command, prefix []string) [][]string {
	var paths [][]string
	for _, sub := range c.Commands() {
		p := append(append([]string(nil), prefix...), sub.Name())
		paths = append(paths, p)
		paths = append(paths, commandPaths(sub, p)...)
	}
	return paths
}

func TestHelpIsEnglishWithLangEn(t *testing.T) {
	out, _ := run(t, []string{"--lang", "en", "--help"}, noEnv)
	for _, want := range []string{"Usage:", "Available Commands:", "Flags:", "Import .txt/.md/.docx/.pdf files",
		"help for beishen", "Help about any command", `Use "beishen [command] --help"`} {
		if !strings.Contains(out, want) {
			t.Errorf("beishen --lang en --help lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "导入") || strings.Contains(out, "可用命令") {
		t.Errorf("beishen --lang en --help still speaks Chinese:\n%s", out)
	}

	out, _ = run(t, []string{"--lang=en", "import", "--help"}, noEnv)
	for _, want := range []string{"Usage:", "beishen import", "Global Flags:", "--version-of", "resubmitted after being returned for amendment"} {
		if !strings.Contains(out, want) {
			t.Errorf("beishen --lang=en import --help lacks %q:\n%s", want, out)
		}
	}

	// Every command's help, not only these two: a text left untranslated
	// anywhere shows up here.
	env := &cli.Env{Lang: review.EN}
	for _, path := range commandPaths(rootCmd(env), nil) {
		args := append([]string{"--lang", "en"}, append(path, "--help")...)
		out, _ := run(t, args, noEnv)
		if han := hanOutsideParens(out); han != "" {
			t.Errorf("beishen %s has Chinese outside parentheses (%s):\n%s", strings.Join(args, " "), han, out)
		}
	}
}

func TestHelpIsChineseByDefault(t *testing.T) {
	out, _ := run(t, []string{"--help"}, noEnv)
	for _, want := range []string{"用法：", "可用命令：", "参数：", "导入", "显示 beishen 的帮助", "显示任一命令的帮助",
		`使用 "beishen [命令] --help" 查看命令的详细说明`} {
		if !strings.Contains(out, want) {
			t.Errorf("beishen --help lacks %q:\n%s", want, out)
		}
	}
	for _, english := range []string{"Usage:", "Available Commands:", "Flags:", "help for", "Help about"} {
		if strings.Contains(out, english) {
			t.Errorf("beishen --help contains %q:\n%s", english, out)
		}
	}
	out, _ = run(t, []string{"export", "log", "--help"}, noEnv)
	if !strings.Contains(out, "全局参数：") || !strings.Contains(out, `（默认 "xlsx"）`) || strings.Contains(out, "[flags]") {
		t.Errorf("beishen export log --help is not all Chinese:\n%s", out)
	}
}

func TestLanguageFromEnvironment(t *testing.T) {
	getenv := func(k string) string {
		if k == "BEISHEN_LANG" {
			return "en"
		}
		return ""
	}
	if out, _ := run(t, []string{"--help"}, getenv); !strings.Contains(out, "Available Commands:") {
		t.Errorf("BEISHEN_LANG=en beishen --help is not English:\n%s", out)
	}
	if out, _ := run(t, []string{"--lang", "zh", "--help"}, getenv); !strings.Contains(out, "可用命令：") {
		t.Errorf("--lang zh does not win over BEISHEN_LANG=en:\n%s", out)
	}
}

func TestArgumentErrorsInTheUsersLanguage(t *testing.T) {
	if _, msg := run(t, []string{"--lang", "en", "show"}, noEnv); !strings.Contains(msg, "beishen show takes 1 argument(s), got 0") {
		t.Errorf("beishen --lang en show: %q", msg)
	}
	if _, msg := run(t, []string{"show"}, noEnv); !strings.Contains(msg, "beishen show 需要 1 个参数，收到 0 个") {
		t.Errorf("beishen show: %q", msg)
	}
	if _, msg := run(t, []string{"shwo"}, noEnv); !strings.Contains(msg, `未知命令 "shwo"`) {
		t.Errorf("beishen shwo: %q", msg)
	}
	if _, msg := run(t, []string{"--lang=en", "list", "--bogus"}, noEnv); !strings.Contains(msg, "unknown flag: --bogus (see beishen list --help)") {
		t.Errorf("beishen --lang=en list --bogus: %q", msg)
	}
}

// beishen show explains a stored finding in the language asked for: the
// log keeps the Chinese reason, --lang en shows its English.
func TestShowExplainsFindingsInTheLanguageAsked(t *testing.T) {
	dir := t.TempDir()
	db, file := filepath.Join(dir, "t.db"), filepath.Join(dir, "措施.txt")
	text := "临江区关于促进商贸发展的若干措施\n\n第一条 经营者违反本措施的，由区商务局处5000元罚款。\n第二条 本措施自2026年12月1日起施行，有效期3年。\n"
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, msg := run(t, []string{"--db", db, "import", file}, noEnv); msg != "" {
		t.Fatalf("import: %s %s", msg, out)
	}
	zh := "规范性文件自行规定了处罚种类或幅度"
	en := "The document sets a kind or range of penalty itself"
	for _, c := range []struct {
		args       []string
		want, lack string
	}{
		{[]string{"--db", db, "show", "1"}, "说明：" + zh, en},
		{[]string{"--db", db, "--lang", "en", "show", "1"}, "Why: " + en, zh},
		{[]string{"--db", db, "--lang", "en", "findings", "1"}, "why: " + en, zh},
		{[]string{"--db", db, "--lang", "en", "show", "1", "--json"}, zh, en},
	} {
		out, msg := run(t, c.args, noEnv)
		if msg != "" || !strings.Contains(out, c.want) || strings.Contains(out, c.lack) {
			t.Errorf("beishen %s: want %q, not %q (%s):\n%s", strings.Join(c.args[2:], " "), c.want, c.lack, msg, out)
		}
	}
}
