package cleanup

import (
	"cmp"
	"slices"

	"beishen/review"
)

// Campaign is a cleanup campaign as the log records it: opened by a
// log-wide event whose sequence number is its ID, closed by another.
type Campaign struct {
	ID       uint64                `json:"id"`
	Name     string                `json:"name"`
	Trigger  review.CleanupTrigger `json:"trigger"`
	Law      string                `json:"law,omitempty"`
	LawDate  review.Date           `json:"law_date"`
	Repealed []string              `json:"repealed,omitempty"`
	Amended  []string              `json:"amended,omitempty"`
	Note     string                `json:"note,omitempty"`
	Opened   review.Date           `json:"opened"`
	Closed   review.Date           `json:"closed"`
	Actor    string                `json:"actor"`
}

// Change is the law change that opened the campaign, if one did.
func (c Campaign) Change() (LawChange, bool) {
	if c.Trigger != review.TriggerLaw || len(c.Repealed)+len(c.Amended) == 0 {
		return LawChange{}, false
	}
	return LawChange{Law: c.Law, Effective: c.LawDate, Repealed: c.Repealed, Amended: c.Amended}, true
}

// Campaigns folds the log-wide events of the log into campaigns, in the
// order they were opened. Other events are ignored.
func Campaigns(events []review.Event) ([]Campaign, error) {
	var out []Campaign
	for _, e := range events {
		if e.Doc != 0 || (e.Type != review.EvCampaignOpened && e.Type != review.EvCampaignClosed) {
			continue
		}
		p, err := e.Decode()
		if err != nil {
			return nil, err
		}
		switch p := p.(type) {
		case *review.CampaignOpened:
			out = append(out, Campaign{ID: e.Seq, Name: p.Name, Trigger: p.Trigger, Law: p.Law, LawDate: p.LawDate,
				Repealed: p.Repealed, Amended: p.Amended, Note: p.Note, Opened: e.Day(), Actor: e.Actor})
		case *review.CampaignClosed:
			for i := range out {
				if out[i].ID == p.Campaign {
					out[i].Closed = e.Day()
				}
			}
		}
	}
	return out, nil
}

// Member is a document of a campaign with its entry.
type Member struct {
	Doc   review.Document     `json:"doc"`
	Entry review.CleanupEntry `json:"entry"`
}

// Members lists the documents taken up by campaign id, in ID order.
func Members(id uint64, docs []review.Document) []Member {
	var out []Member
	for _, d := range docs {
		if e, ok := d.CleanupIn(id); ok {
			out = append(out, Member{Doc: d, Entry: e})
		}
	}
	slices.SortFunc(out, func(a, b Member) int { return cmp.Compare(a.Doc.ID, b.Doc.ID) })
	return out
}

// Progress counts a campaign's documents by outcome; Open have none yet.
type Progress struct {
	Total     int                           `json:"total"`
	Decided   int                           `json:"decided"`
	Open      int                           `json:"open"`
	ByOutcome map[review.CleanupOutcome]int `json:"by_outcome"`
}

// ProgressOf counts the members of a campaign.
func ProgressOf(members []Member) Progress {
	p := Progress{ByOutcome: map[review.CleanupOutcome]int{}}
	for _, m := range members {
		p.Total++
		if m.Entry.Outcome == "" {
			p.Open++
			continue
		}
		p.Decided++
		p.ByOutcome[m.Entry.Outcome]++
	}
	return p
}

// WithOutcome keeps the members concluded with outcome o.
func WithOutcome(members []Member, o review.CleanupOutcome) []Member {
	var out []Member
	for _, m := range members {
		if m.Entry.Outcome == o {
			out = append(out, m)
		}
	}
	return out
}
