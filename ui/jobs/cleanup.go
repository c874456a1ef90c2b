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

// CleanupStore is what the cleanup jobs read: the queue rows, the states
// of chosen documents, their texts, and the log's events of a few kinds.
type CleanupStore interface {
	EachSummary(fn func(review.Summary) error) error
	DocumentsLight(ids []uint64, fn func(review.Document) error) error
	CurrentTexts(docs []review.Document) (map[uint64]string, error)
	EachEventWhere(want func(review.Event) bool, fn func(review.Event) error) error
}

// InForceDocsAndTexts reads the documents in force, the only ones
// cleanup.Propose and cleanup.Select take up, with the text of each one's
// current version. The queue rows say which they are: reading every state
// and every text cost `cleanup select` 8 s and 1.2 GB at 100,000 documents.
func InForceDocsAndTexts(st CleanupStore) ([]review.Document, map[uint64]string, error) {
	var ids []uint64
	err := st.EachSummary(func(r review.Summary) error {
		if r.Stage == review.StageInForce {
			ids = append(ids, r.ID)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var docs []review.Document
	if err := st.DocumentsLight(ids, func(d review.Document) error { docs = append(docs, d); return nil }); err != nil {
		return nil, nil, err
	}
	texts, err := st.CurrentTexts(docs)
	return docs, texts, err
}

// CampaignSet is the log's cleanup campaigns with the documents they took
// up, and the law library's last update (nil before the first import).
type CampaignSet struct {
	Campaigns []cleanup.Campaign
	Docs      []review.Document // every document ever added to a campaign, without findings or checklist
	Library   *cleanup.LawChange
}

// Members is campaign id's documents with their entries.
func (c CampaignSet) Members(id uint64) []cleanup.Member { return cleanup.Members(id, c.Docs) }

// LoadCampaigns reads only what the campaigns need: their events, the law
// library's updates, and the states of the documents ever added to one. At
// 100,000 documents the whole log and every state took 2.3 GB and 13 s on
// the campaigns screen, and 1.2 GB and 12 s for `cleanup status`.
func LoadCampaigns(st CleanupStore) (CampaignSet, error) {
	var evs []review.Event
	var ids []uint64
	added := map[uint64]bool{}
	err := st.EachEventWhere(func(e review.Event) bool {
		switch e.Type {
		case review.EvCampaignOpened, review.EvCampaignClosed, review.EvLawsImported, review.EvCleanupAdded:
			return true
		}
		return false
	}, func(e review.Event) error {
		if e.Type != review.EvCleanupAdded {
			evs = append(evs, e)
		} else if !added[e.Doc] {
			added[e.Doc] = true
			ids = append(ids, e.Doc)
		}
		return nil
	})
	if err != nil {
		return CampaignSet{}, err
	}
	var set CampaignSet
	if set.Campaigns, err = cleanup.Campaigns(evs); err != nil {
		return CampaignSet{}, err
	}
	if err := st.DocumentsLight(ids, func(d review.Document) error { set.Docs = append(set.Docs, d); return nil }); err != nil {
		return CampaignSet{}, err
	}
	if ch, ok := cleanup.FromLibrary(evs); ok {
		set.Library = &ch
	}
	return set, nil
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
	set, err := LoadCampaigns(st)
	if err != nil {
		return nil, err
	}
	members := set.Members(c.ID)
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
