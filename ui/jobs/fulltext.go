package jobs

import (
	"context"
	"strings"

	"beishen/review/rules"
	"beishen/review/search"
)

// This file is the second tier of a search, shared by the screen's / and
// `list --query`: the documents whose current text holds the query and
// which the first tier (title, 文号, issuer, drafting unit) did not find.

// TextHit is one document found in its text, with where: the excerpt,
// and the clause as a finding names it (第五条, 一、1.).
type TextHit struct {
	ID uint64
	search.TextMatch
	Clause string
}

// TextSearch is the second tier of one query.
type TextSearch struct {
	Query search.TextQuery
	// Titles are the documents the first tier found: not listed again.
	Titles map[uint64]bool
}

// TitleSearcher is the first tier: search.Index or search.Searcher.
type TitleSearcher interface {
	Search(query string, limit int) search.Result
}

// NewTextSearch prepares the second tier of q over n documents; s answers
// the first tier, every match of which is asked for (not the page a screen
// shows), so that no document is listed in both tiers.
func NewTextSearch(s TitleSearcher, n int, q string) TextSearch {
	titles := map[uint64]bool{}
	for _, h := range s.Search(q, n+1).Hits {
		titles[h.ID] = true
	}
	return TextSearch{Query: search.NewTextQuery(q), Titles: titles}
}

// TextBatch is what one Scan read: the hits, how many texts it read, and
// where the next batch starts (0: every text was read).
type TextBatch struct {
	Hits []TextHit
	Read int
	Next uint64
}

// Scan reads at most max texts of documents after ID after and matches
// them; ctx stops it between two texts (a newer query superseded it).
func (t TextSearch) Scan(ctx context.Context, st Store, after uint64, max int) (TextBatch, error) {
	var b TextBatch
	if t.Query.Empty() {
		return b, nil
	}
	next, err := st.CurrentTextsFrom(ctx, after, max, func(id uint64, text string) error {
		b.Read++
		if t.Titles[id] {
			return nil
		}
		if m, ok := t.Query.Match(text); ok {
			b.Hits = append(b.Hits, TextHit{ID: id, TextMatch: m, Clause: clauseAt(text, m.At)})
		}
		return nil
	})
	b.Next = next
	return b, err
}

// TextBatchSize is how many texts one Scan of the screen reads: a batch
// is a short read transaction, and the screen shows progress between two.
const TextBatchSize = 2000

// All scans every current text, in ID order.
func (t TextSearch) All(ctx context.Context, st Store) ([]TextHit, error) {
	var out []TextHit
	var after uint64
	for {
		b, err := t.Scan(ctx, st, after, TextBatchSize)
		if err != nil {
			return nil, err
		}
		out = append(out, b.Hits...)
		if b.Next == 0 {
			return out, nil
		}
		after = b.Next
	}
}

// clauseAt labels the clause holding byte offset at the way the checks
// label a finding's clause; only the text up to the match's line is split,
// since a label depends on what comes before it.
func clauseAt(text string, at int) string {
	end := len(text)
	if i := strings.IndexByte(text[at:], '\n'); i >= 0 {
		end = at + i
	}
	clause := ""
	for _, s := range rules.Split(text[:end]) {
		if s.ByteStart > at {
			break
		}
		clause = s.Clause
	}
	return clause
}
