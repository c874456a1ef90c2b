// Package jobs holds the long-running work that the command line and the
// screen share: importing files with progress. Callers get progress through
// a callback, so the CLI draws a bar on stderr and the screen turns it into
// messages, while the work itself is written once.
package jobs

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"beishen/review"
	"beishen/review/intake"
	"beishen/review/rules"
	"beishen/storage"
)

// ImportOptions tune Import.
type ImportOptions struct {
	// Kind forces draft or filed; empty guesses from the text.
	Kind review.Kind
	// Progress is called after each file is settled (stored, duplicate or
	// failed), from one goroutine at a time.
	Progress func(done, total int, file string)
	// Received is the received date recorded on new documents; zero means
	// the day of the import event.
	Received review.Date
	// Prepare adjusts an item before it is stored (the demo sets the
	// drafting unit); nil leaves it as read.
	Prepare func(file string, it *storage.ImportItem)
}

// Failure is a file that could not be imported, with the reason.
type Failure struct {
	File string
	Err  error
}

// ImportReport is what Import did.
type ImportReport struct {
	Imported   []review.Document
	Duplicates []Failure // Err is the *storage.DuplicateError naming the stored copy
	Failed     []Failure
	Files      int
}

// batchSize trades fsyncs for latency: one transaction per this many files.
const batchSize = 32

// Import reads every supported file under paths, runs the checks on each,
// and stores them. Files are read and checked on all cores; storing happens
// in batches, each committed before its files are reported done. A bad file
// is reported and the good ones are kept.
func Import(ctx context.Context, st Store, paths []string, opt ImportOptions) (ImportReport, error) {
	files, errs := intake.Collect(paths)
	rep := ImportReport{Files: len(files) + len(errs)}
	for _, err := range errs {
		rep.Failed = append(rep.Failed, Failure{File: errPath(err), Err: err})
	}
	done := len(errs)
	progress := func(file string) {
		done++
		if opt.Progress != nil {
			opt.Progress(done, rep.Files, file)
		}
	}

	type prepared struct {
		file string
		item storage.ImportItem
		err  error
	}
	jobs := make(chan int)
	results := make([]chan prepared, len(files))
	for i := range results {
		results[i] = make(chan prepared, 1)
	}
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				it, err := Prepare(files[i], opt.Kind)
				if err == nil && opt.Prepare != nil {
					opt.Prepare(files[i], &it)
				}
				if err == nil && !opt.Received.IsZero() && it.Meta.Received.IsZero() {
					it.Meta.Received = opt.Received
				}
				results[i] <- prepared{files[i], it, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()

	var batch []prepared
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		items := make([]storage.ImportItem, len(batch))
		for i, p := range batch {
			items[i] = p.item
		}
		res, err := st.ImportBatch(items)
		if err != nil {
			return err
		}
		for i, r := range res {
			switch {
			case r.Duplicate:
				rep.Duplicates = append(rep.Duplicates, Failure{File: batch[i].file, Err: r.Err})
			case r.Err != nil:
				rep.Failed = append(rep.Failed, Failure{File: batch[i].file, Err: r.Err})
			default:
				rep.Imported = append(rep.Imported, r.Doc)
			}
			progress(batch[i].file)
		}
		batch = batch[:0]
		return nil
	}
	for i := range files {
		var p prepared
		select {
		case p = <-results[i]:
		case <-ctx.Done():
			wg.Wait()
			return rep, ctx.Err()
		}
		if p.err != nil {
			rep.Failed = append(rep.Failed, Failure{File: p.file, Err: p.err})
			progress(p.file)
			continue
		}
		batch = append(batch, p)
		if len(batch) == batchSize {
			if err := flush(); err != nil {
				wg.Wait()
				return rep, stopped(rep, err)
			}
		}
	}
	wg.Wait()
	return rep, stopped(rep, flush())
}

// StoppedError means an import stopped part way (a full disk, a write
// error): the batches committed before stay stored, the rest is not.
type StoppedError struct {
	Kept, NotStored int
	Cause           error
}

func (e *StoppedError) Error() string { return e.Message(review.ZH) }
func (e *StoppedError) Unwrap() error { return e.Cause }
func (e *StoppedError) Message(lang review.Lang) string {
	var full *storage.FullError
	if errors.As(e.Cause, &full) {
		return review.Text{
			ZH: fmt.Sprintf("磁盘空间已满，导入中途停止：已导入的 %d 个文件已保存（见上），其余 %d 个文件未导入；请清理磁盘后再导入一次（已保存的会报告为重复）", e.Kept, e.NotStored),
			EN: fmt.Sprintf("the disk is full and the import stopped part way: the %d documents imported above are saved, the other %d files were not imported; free some space and import again (those saved will be reported as duplicates)", e.Kept, e.NotStored),
		}.Message(lang)
	}
	return review.Text{
		ZH: fmt.Sprintf("导入中途停止（%s）：已导入的 %d 个文件已保存（见上），其余 %d 个文件未导入", review.Message(e.Cause, review.ZH), e.Kept, e.NotStored),
		EN: fmt.Sprintf("the import stopped part way (%s): the %d documents imported above are saved, the other %d files were not imported", review.Message(e.Cause, review.EN), e.Kept, e.NotStored),
	}.Message(lang)
}

// stopped says what an import that failed at err kept: the error itself
// when nothing was stored (it then says truly that nothing changed).
func stopped(rep ImportReport, err error) error {
	if err == nil || len(rep.Imported)+len(rep.Duplicates) == 0 {
		return err
	}
	settled := len(rep.Imported) + len(rep.Duplicates) + len(rep.Failed)
	return &StoppedError{Kept: len(rep.Imported), NotStored: rep.Files - settled, Cause: err}
}

// Prepare reads one file and runs the checks: everything an import needs
// before the store. AddVersion and the screen's import use it too.
func Prepare(file string, kind review.Kind) (storage.ImportItem, error) {
	res, err := intake.ReadFile(file)
	if err != nil {
		return storage.ImportItem{}, err
	}
	return itemOf(filepath.Base(file), res, kind), nil
}

// itemOf runs the checks on what intake read and builds the store's item.
func itemOf(name string, res *intake.Result, kind review.Kind) storage.ImportItem {
	meta := res.Meta.Editable()
	if kind == "" {
		kind = GuessKind(meta)
	}
	// Document-level checks (issuer, retroactivity, effective date,
	// validity) run on what intake read; the FCR-conclusion check waits
	// until the reviewer has marked the materials.
	findings := rules.CheckDocument(res.Text, rules.InfoOf(meta))
	meta.AffectsOperators = GuessAffectsOperators(meta.Title, findings)
	return storage.ImportItem{
		Kind: kind,
		Meta: meta,
		Version: storage.NewVersion{
			FileName: name, Format: string(res.Format), Encoding: res.Encoding,
			SHA256: res.SHA256, Size: res.Size, Text: res.Text,
			Findings: findings, RulesVersion: rules.Version, Read: meta,
		},
	}
}

// GuessKind treats a text that calls itself a draft (送审稿, 征求意见稿) or
// has no 文号 as a draft, and an issued text with a 文号 as filed.
func GuessKind(m review.Meta) review.Kind {
	if m.DocNumber != "" && !strings.Contains(m.Title, "送审稿") && !strings.Contains(m.Title, "征求意见稿") && !strings.Contains(m.Title, "草案") {
		return review.Filed
	}
	return review.Draft
}

// operatorWords mark subjects that 公平竞争审查条例 reaches (legal-rules.md
// §10.3 M05): a title about them affects operators.
var operatorWords = []string{"市场", "产业", "招商", "采购", "招标", "投标", "资质", "补贴", "奖励", "扶持", "经营", "企业", "价格", "收费", "准入"}

// GuessAffectsOperators is the import's default for the FCR-scope flag:
// on when the title names a market subject or the text has any
// fair-competition finding. Leaving the review out wrongly is the worse
// error, so the default leans to yes; the reviewer corrects it.
func GuessAffectsOperators(title string, findings []review.Finding) bool {
	for _, f := range findings {
		if f.Category == review.FairCompetition {
			return true
		}
	}
	for _, w := range operatorWords {
		if strings.Contains(title, w) {
			return true
		}
	}
	return false
}

func errPath(err error) string {
	if e, ok := err.(*intake.Error); ok {
		return e.Path
	}
	return ""
}
