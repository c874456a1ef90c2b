package jobs

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"beishen/review"
	"beishen/review/cleanup"
)

// DocsAndTexts reads every document and the text of its current version:
// what cleanup.Propose and cleanup.Select choose from.
func DocsAndTexts(st Store) ([]review.Document, map[uint64]string, error) {
	docs, err := st.Documents()
	if err != nil {
		return nil, nil, err
	}
	texts, err := st.CurrentTexts(docs)
	return docs, texts, err
}

// PublishedLists are the lists an office publishes at the end of a
// campaign (§7.2, "继续有效、拟修改、废止和失效的…目录"): one per outcome, so
// that every concluded document is on one of them; a document to be
// amended is on the 拟修改 list, not on none.
var PublishedLists = []review.CleanupOutcome{review.KeepInForce, review.Amend, review.Repeal, review.DeclareVoid}

// ListFormats are the formats of the published lists, the first the default.
var ListFormats = []string{"md", "csv"}

// ListsRequest asks for the published lists of one campaign.
type ListsRequest struct {
	Campaign cleanup.Campaign
	Format   string // one of ListFormats
	// File is the Markdown file, or for CSV the stem of the four files
	// (stem-继续有效.csv …); empty: DefaultListsName in the current directory.
	File  string
	Lang  review.Lang
	Force bool // replace existing files; without it an existing file is left alone
}

// DefaultListsName is 清理目录-<campaign>-YYYYMMDD.<format>.
func DefaultListsName(id uint64, format string, day review.Date) string {
	return fmt.Sprintf("清理目录-%d-%s.%s", id, strings.ReplaceAll(day.String(), "-", ""), format)
}

// ExportLists writes the campaign's published lists, read from the
// documents' current state: Markdown as one file with a heading per list,
// CSV as one file per list (a CSV holds one table). Each file is written
// like every export (0600, atomic) and recorded, with its SHA-256, as a
// log-wide export event, so `verify --export` can later prove it.
func ExportLists(st Store, req ListsRequest, now time.Time) ([]Written, error) {
	if req.Format == "" {
		req.Format = ListFormats[0]
	}
	if req.Format != "md" && req.Format != "csv" {
		return nil, review.Text{ZH: "清理目录只能导出为 md 或 csv：" + req.Format, EN: "the lists are written as md or csv: " + req.Format}
	}
	c := req.Campaign
	if req.File == "" {
		req.File = DefaultListsName(c.ID, req.Format, review.DateOf(now.In(review.Zone)))
	}
	docs, err := st.Documents()
	if err != nil {
		return nil, err
	}
	members := cleanup.Members(c.ID, docs)
	type file struct {
		path  string
		lists []review.CleanupOutcome
		write func(io.Writer) error
	}
	var files []file
	if req.Format == "md" {
		files = append(files, file{req.File, PublishedLists, func(w io.Writer) error {
			if _, err := fmt.Fprintf(w, "# %s #%d %s\n\n", review.Label{ZH: "清理批次", EN: "Cleanup campaign"}.In(req.Lang), c.ID, c.Name); err != nil {
				return err
			}
			for _, o := range PublishedLists {
				if err := cleanup.WriteMarkdown(w, c, members, o, req.Lang); err != nil {
					return err
				}
				if _, err := io.WriteString(w, "\n"); err != nil {
					return err
				}
			}
			return nil
		}})
	} else {
		stem := strings.TrimSuffix(req.File, filepath.Ext(req.File))
		for _, o := range PublishedLists {
			suffix := o.Label().ZH
			if req.Lang == review.EN {
				suffix = string(o)
			}
			files = append(files, file{stem + "-" + suffix + ".csv", []review.CleanupOutcome{o},
				func(w io.Writer) error { return cleanup.WriteCSV(w, members, o, req.Lang) }})
		}
	}
	var out []Written
	for _, f := range files {
		w, err := WriteFile(f.path, req.Force, f.write)
		if err != nil {
			return out, err
		}
		var lists []string
		for _, o := range f.lists {
			lists = append(lists, string(o))
			w.Events += len(cleanup.WithOutcome(members, o))
		}
		w.Record, _, err = st.Do(review.NewEvent(0, review.Exported{What: "cleanup_lists", Format: req.Format, File: w.File,
			SHA256: w.SHA256, Size: w.Size, Filters: map[string]string{"campaign": fmt.Sprint(c.ID), "lists": strings.Join(lists, ",")}}))
		if err != nil {
			return out, err
		}
		out = append(out, w)
	}
	return out, nil
}
