package cli

import (
	"github.com/spf13/cobra"

	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	"beishen/review"
	"beishen/review/deadline"
	"beishen/review/safe"
	"beishen/storage"
	"beishen/ui/jobs"
)

// Import imports files and folders, drawing a progress bar on stderr when
// more than a few files arrive, and prints a summary. It returns an error
// (exit 1) if any file failed; the good files are kept either way.
func (e *Env) Import(paths []string, kind review.Kind) error { return e.ImportVia(paths, kind, "") }

// ImportVia imports like Import; a filed document is recorded as received
// through channel via (npc or government; empty: government), whose
// deadline from 公布日期 says whether it was filed late.
func (e *Env) ImportVia(paths []string, kind review.Kind, via string) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	opt := jobs.ImportOptions{Kind: kind}
	if via != "" {
		opt.Prepare = func(_ string, it *storage.ImportItem) {
			if it.Kind == review.Filed {
				it.Meta.FiledVia = via
			}
		}
	}
	return e.importInto(st, paths, opt)
}

func (e *Env) importInto(st *storage.Store, paths []string, opt jobs.ImportOptions) error {
	start := time.Now()
	bar := newProgress(e.Stderr, e.T("导入", "Import"))
	opt.Progress = bar.update
	rep, err := jobs.Import(context.Background(), st, paths, opt)
	bar.finish()
	if err != nil && len(rep.Imported) == 0 {
		return e.Fail(err)
	}
	set, _ := e.Settings()
	late := 0
	for _, d := range rep.Imported {
		// Late filing is flagged as the document arrives (有件必备).
		flag := ""
		if d.Kind == review.Filed {
			if l, due, err := deadline.FiledLate(d.Meta, set); err == nil && l {
				late++
				flag = fmt.Sprintf(e.T("（迟报：应于 %s 前报备）", " (filed late: due %s)"), due)
			}
		}
		if rep.Files <= 20 || flag != "" {
			fmt.Fprintf(e.Stdout, "%s #%d %s%s\n", e.T("已导入", "imported"), d.ID, d.Meta.Title, flag)
		}
	}
	if late > 0 {
		fmt.Fprintln(e.Stdout, e.T(fmt.Sprintf("其中迟报备案件 %d 件", late), review.Plural(late, "filed document")+" arrived late"))
	}
	for _, f := range rep.Duplicates {
		fmt.Fprintf(e.Stdout, "%s %s\n", e.T("重复", "duplicate"), review.Message(f.Err, e.Lang))
	}
	for _, f := range rep.Failed {
		// An intake error names its file already; others get the name here.
		msg := review.Message(f.Err, e.Lang)
		if !strings.Contains(msg, f.File) {
			msg = filepath.Base(f.File) + ": " + msg
		}
		fmt.Fprintf(e.Stderr, "%s %s\n", e.T("失败", "failed"), msg)
	}
	secs := time.Since(start).Seconds()
	rate := float64(len(rep.Imported)) / max(secs, 1e-3)
	fmt.Fprintf(e.Stdout, e.T("共 %d 个文件：导入 %d，重复 %d，失败 %d（%.1f 秒，%.0f 件/秒）\n",
		"%d files: %d imported, %d duplicates, %d failed (%.1f s, %.0f docs/s)\n"),
		rep.Files, len(rep.Imported), len(rep.Duplicates), len(rep.Failed), secs, rate)
	if err != nil { // stopped part way: what was kept is listed above
		return e.Fail(err)
	}
	if len(rep.Failed) > 0 {
		return ErrReported
	}
	return nil
}

// progress draws a one-line bar on a terminal, and a line per tenth of the
// work elsewhere (CI logs, pipes), only when there are more than a few files.
type progress struct {
	out   interface{ Write([]byte) (int, error) }
	label string
	tty   bool
	last  int
	shown bool
}

func newProgress(w interface{ Write([]byte) (int, error) }, label string) *progress {
	p := &progress{out: w, label: label}
	// The bar is the program's own drawing (it returns to the start of the
	// line with \r), so on a terminal it goes under the output sanitiser.
	if f, ok := safe.Unwrap(w).(*os.File); ok && term.IsTerminal(f.Fd()) {
		p.out, p.tty = f, true
	}
	return p
}

const fewFiles = 5

func (p *progress) update(done, total int, _ string) {
	if total <= fewFiles {
		return
	}
	p.shown = true
	if p.tty {
		const width = 30
		n := done * width / total
		fmt.Fprintf(p.out, "\r%s [%s%s] %d/%d", p.label, strings.Repeat("█", n), strings.Repeat("░", width-n), done, total)
		return
	}
	if tenth := done * 10 / total; tenth > p.last || done == total {
		p.last = tenth
		fmt.Fprintf(p.out, "%s %d/%d\n", p.label, done, total)
	}
}

func (p *progress) finish() {
	if p.shown && p.tty {
		fmt.Fprintln(p.out)
	}
}

// AddVersion stores a resubmitted text as the next version of document id:
// the checks run on it, a returned draft re-enters the legality review and
// its paused clock resumes.
func (e *Env) AddVersion(id uint64, file, note string) error {
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	defer st.Close()
	it, err := jobs.Prepare(file, "")
	if err != nil {
		return e.Fail(err)
	}
	d, err := st.AddVersion(id, it.Version, note)
	if err != nil {
		return e.Fail(err)
	}
	// All the new version's findings and those still open: a version whose
	// answers were all carried over said “自动发现 0 条” over seven.
	h, m, l := d.OpenFindings()
	fmt.Fprintf(e.Stdout, e.T("已导入 #%d 第 %d 版：%s（%s，自动发现 %d 条，待处理 %d 条）\n", "imported #%d version %d: %s (%s, %d findings, %d open)\n"),
		d.ID, d.Version, d.Meta.Title, d.Stage.Label().In(e.Lang), len(d.Findings), h+m+l)
	if d.Rereview != nil {
		fmt.Fprintln(e.Stdout, d.Rereview.Say(e.Lang))
	}
	return nil
}

// ImportCmd is `import [--kind K] PATH…` and `import --version-of ID FILE`.
func ImportCmd(env *Env) *cobra.Command {
	var kind, note string
	var versionOf uint64
	var via string
	c := &cobra.Command{
		Use: "import [--kind draft|filed] PATH… | import --version-of ID FILE",
		Short: env.T("导入 .txt/.md/.docx/.pdf 文件或文件夹（递归）；--version-of 把重新报送的文本作为已有文件的新版本",
			"Import .txt/.md/.docx/.pdf files or folders (recursively); --version-of adds a resubmitted text as a new version of an existing document"),
		Args: env.minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if versionOf != 0 {
				if len(args) != 1 {
					return env.Fail(review.Text{ZH: "--version-of 只接受一个文件", EN: "--version-of takes exactly one file"})
				}
				return env.AddVersion(versionOf, args[0], note)
			}
			var k review.Kind
			if kind != "" {
				var ok bool
				if k, ok = review.ParseKind(kind); !ok {
					return env.Fail(review.Text{ZH: "--kind 应为 draft（送审稿）或 filed（备案件）", EN: "--kind must be draft or filed"})
				}
			}
			if via != "" && via != string(deadline.NPC) && via != string(deadline.Government) {
				return env.Fail(review.Text{ZH: "--channel 应为 npc（人大常委会）或 government（政府）", EN: "--channel must be npc or government"})
			}
			return env.ImportVia(args, k, via)
		},
	}
	c.Flags().StringVar(&kind, "kind", "", env.T("draft 送审稿 | filed 备案件（默认按文号和标题判断）",
		"draft: draft submitted for review (送审稿) | filed: document submitted for filing (备案件); by default judged from the document number and title"))
	c.Flags().StringVar(&via, "channel", "", env.T("备案件的报备渠道：npc 人大常委会、government 政府（默认），迟报按其期限判断",
		"the channel a filed document came through: npc or government (default); late filing is judged by its deadline"))
	c.Flags().Uint64Var(&versionOf, "version-of", 0, env.T("作为该编号文件的新版本导入（退回修改后重新报送）",
		"import as a new version of the document with this ID (resubmitted after being returned for amendment)"))
	c.Flags().StringVar(&note, "note", "", env.T("新版本的说明", "note on the new version"))
	return c
}
