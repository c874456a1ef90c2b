package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"strings"

	"charm.land/lipgloss/v2"

	"beishen/review"
	"beishen/review/intake"
	"beishen/review/rules"
	"beishen/review/safe"
)

// checkResult is one file in the `check --json` contract (DESIGN.md); its
// findings are review.Finding as stored, with the title in the chosen language.
// The reason stays the stored Chinese in every language: --json is data for
// other tools, not UI (the report's 理由/Reason line is rendered in lang).
type checkResult struct {
	File     string           `json:"file"`
	Findings []review.Finding `json:"findings"`
}

// Check runs the automatic checks on files without storing them. Every file
// is processed, on all cores at once, and reported in the order given;
// files that cannot be read are reported on stderr and make the returned
// error non-nil once all files are done. Each finding carries the nearest
// published case.
func Check(stdout, stderr io.Writer, files []string, asJSON bool, lang review.Lang) error {
	failed := 0
	// Colour is drawn on the terminal itself, under the output sanitiser;
	// writeReport then passes every piece of text through it by hand.
	color := isTerminal(safe.Unwrap(stdout))
	report := stdout
	if color {
		report = safe.Unwrap(stdout)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for r := range checkAll(files) {
		path := r.path
		if r.err != nil {
			failed++
			fmt.Fprintln(stderr, readErrorMessage(path, r.err, lang))
			continue
		}
		if asJSON {
			// Never null: an empty file list reads as "findings": [].
			res := checkResult{File: path, Findings: make([]review.Finding, 0, len(r.findings))}
			for _, f := range r.findings {
				f.Title = titleIn(f, lang)
				res.Findings = append(res.Findings, f)
			}
			if err := enc.Encode(res); err != nil {
				return err
			}
			continue
		}
		writeReport(report, path, r.text, r.findings, lang, color)
	}
	if failed > 0 {
		if lang == review.EN {
			return fmt.Errorf("check: %d of %d files could not be read", failed, len(files))
		}
		return fmt.Errorf("check：%d 个文件（共 %d 个）无法读取", failed, len(files))
	}
	return nil
}

// checked is one file's result.
type checked struct {
	path, text string
	findings   []review.Finding
	err        error
}

// checkAll reads and checks files on every core and yields the results in
// the order of files. At most a few results wait ahead of the one being
// printed, so memory stays bounded however many files there are.
func checkAll(files []string) iter.Seq[checked] {
	return func(yield func(checked) bool) {
		workers := min(runtime.GOMAXPROCS(0), max(1, len(files)))
		slots := make([]chan checked, len(files))
		for i := range slots {
			slots[i] = make(chan checked, 1)
		}
		// The feeder hands out files in order, each once a place in a window
		// of workers*4 files ahead of the printer is free.
		window := make(chan struct{}, workers*4)
		next := make(chan int)
		done := make(chan struct{})
		defer close(done)
		go func() {
			defer close(next)
			for i := range files {
				select {
				case window <- struct{}{}:
				case <-done:
					return
				}
				select {
				case next <- i:
				case <-done:
					return
				}
			}
		}()
		for range workers {
			go func() {
				for i := range next {
					slots[i] <- checkFile(files[i])
				}
			}()
		}
		for i := range files {
			r := <-slots[i]
			<-window
			if !yield(r) {
				return
			}
		}
	}
}

func checkFile(path string) checked {
	text, info, err := readForCheck(path)
	if err != nil {
		return checked{path: path, err: err}
	}
	return checked{path: path, text: text, findings: rules.WithPrecedents(text, rules.CheckDocument(text, info))}
}

// readForCheck extracts the text of a file and what it states about itself.
func readForCheck(path string) (string, rules.DocInfo, error) {
	res, err := intake.ReadFile(path)
	if err != nil {
		return "", rules.DocInfo{}, err
	}
	return res.Text, rules.InfoOf(res.Meta.Editable()), nil
}

func readErrorMessage(path string, err error, lang review.Lang) string {
	var ie *intake.Error
	if errors.As(err, &ie) {
		return ie.Message(lang)
	}
	if lang == review.EN {
		return fmt.Sprintf("%s: cannot be read (%v)", path, err)
	}
	return fmt.Sprintf("%s：无法读取（%v）", path, err)
}

func titleIn(f review.Finding, lang review.Lang) string {
	if lang == review.EN {
		if r, ok := rules.RuleByID(f.Rule); ok && r.TitleEN != "" {
			return r.TitleEN
		}
	}
	return f.Title
}

var (
	styleFile    = lipgloss.NewStyle().Bold(true)
	styleClause  = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("12"))
	styleHit     = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("0")).Background(lipgloss.Color("11"))
	styleDim     = lipgloss.NewStyle().Faint(true)
	severityTone = map[review.Severity]lipgloss.Style{
		review.High:   lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("9")),
		review.Medium: lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("11")),
		review.Low:    lipgloss.NewStyle().Foreground(lipgloss.Color("8")),
	}
)

// writeReport prints a reader's report: findings grouped by clause, each
// excerpt highlighted within its sentence, with basis and reason.
func writeReport(w io.Writer, path, text string, findings []review.Finding, lang review.Lang, color bool) {
	paint := func(s lipgloss.Style, t string) string {
		if !color {
			return safe.Text(t)
		}
		return s.Render(safe.Text(t))
	}
	zh := lang != review.EN
	if len(findings) == 0 {
		if zh {
			fmt.Fprintf(w, "%s：未发现问题\n\n", paint(styleFile, path))
		} else {
			fmt.Fprintf(w, "%s: no findings\n\n", paint(styleFile, path))
		}
		return
	}
	if zh {
		fmt.Fprintf(w, "%s：%d 处提示（规则版本 %s）\n", paint(styleFile, path), len(findings), rules.Version)
	} else {
		fmt.Fprintf(w, "%s: %d findings (rule set %s)\n", paint(styleFile, path), len(findings), rules.Version)
	}
	sents := rules.Split(text)
	runes := []rune(text)
	lastClause := "\x00"
	for _, f := range findings {
		clause := f.Clause
		if clause == "" {
			clause = map[bool]string{true: "（未编号部分）", false: "(unnumbered text)"}[zh]
		}
		if clause != lastClause {
			fmt.Fprintf(w, "\n%s\n", paint(styleClause, clause))
			lastClause = clause
		}
		sev := f.Severity.Label().In(lang)
		fmt.Fprintf(w, "  %s %s %s  %s\n", paint(severityTone[f.Severity], "["+sev+"]"), safe.Text(f.Rule), safe.Text(titleIn(f, lang)), paint(styleDim, fmt.Sprintf("L%d", f.Line)))
		mark := func(t string) string { return "【" + t + "】" }
		if color {
			mark = func(t string) string { return styleHit.Render(t) }
		}
		if ctx := sentenceAround(sents, runes, f, mark); ctx != "" {
			fmt.Fprintf(w, "    %s\n", ctx)
		}
		label := map[bool][2]string{true: {"依据", "理由"}, false: {"Basis", "Reason"}}[zh]
		sep := map[bool]string{true: "：", false: ": "}[zh]
		fmt.Fprintf(w, "    %s%s%s\n", label[0], sep, safe.Text(strings.Join(f.Basis, "；")))
		if why := rules.ReasonIn(f, lang); why != "" {
			fmt.Fprintf(w, "    %s%s%s\n", label[1], sep, safe.Text(why))
		}
		if l := f.Precedent.Lines(lang); len(l) > 0 {
			fmt.Fprintf(w, "    %s\n", paint(styleDim, l[0]))
		}
	}
	fmt.Fprintln(w)
}

// sentenceAround returns the sentence containing a finding with the excerpt
// marked; long sentences are cut to about 60 runes either side.
func sentenceAround(sents []rules.Sentence, runes []rune, f review.Finding, mark func(string) string) string {
	if f.End <= f.Start || f.End > len(runes) {
		return ""
	}
	from, to := f.Start, f.End
	for _, s := range sents {
		if s.Start <= f.Start && f.Start < s.End {
			from, to = s.Start, max(s.End, f.End)
			break
		}
	}
	const reach = 60
	pre, post := "", ""
	if f.Start-from > reach {
		from, pre = f.Start-reach, "…"
	}
	if to-f.End > reach {
		to, post = f.End+reach, "…"
	}
	excerpt := safe.Text(strings.ReplaceAll(string(runes[f.Start:f.End]), "\n", " "))
	return pre + safe.Text(string(runes[from:f.Start])) + mark(excerpt) + safe.Text(string(runes[f.End:to])) + post
}

// isTerminal reports whether w is a character device (colour is then useful).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
