package storage

import (
	"encoding/json"
	"fmt"

	"beishen/review"
	"beishen/storage/kv"
)

// This file gives the cleanup campaigns what they read (the current texts,
// a campaign's opening event), and the offline merge and the tests the
// whole log and every document's full state.

// Documents returns the state of every document (undone imports left out),
// in ID order.
func (s *Store) Documents() ([]review.Document, error) {
	var out []review.Document
	err := s.view(func(tx kv.Tx) error {
		return tx.Bucket(bDocs).ForEach(func(k, v []byte) error {
			d, err := decodeDoc(tx, v)
			if err != nil {
				return fmt.Errorf("文件 #%d 的记录已损坏: %w", btoi(k), err)
			}
			if !d.Removed {
				out = append(out, d)
			}
			return nil
		})
	})
	return out, err
}

// CurrentTexts returns the text of the current version of each document in
// docs, keyed by document ID, in one read transaction.
func (s *Store) CurrentTexts(docs []review.Document) (map[uint64]string, error) {
	out := make(map[uint64]string, len(docs))
	err := s.view(func(tx kv.Tx) error {
		b := tx.Bucket(bTexts)
		for _, d := range docs {
			t, err := unpackText(b.Get(pair(d.ID, uint64(d.Version))))
			if err != nil {
				return fmt.Errorf("文件 #%d 的正文已损坏: %w", d.ID, err)
			}
			out[d.ID] = t
		}
		return nil
	})
	return out, err
}

// AllEvents returns the whole log in order.
func (s *Store) AllEvents() ([]review.Event, error) {
	var out []review.Event
	err := s.EachEvent(1, func(e review.Event) error {
		out = append(out, e)
		return nil
	})
	return out, err
}

// CampaignNotFoundError names a campaign number with no opening event.
type CampaignNotFoundError struct{ ID uint64 }

func (e *CampaignNotFoundError) Error() string { return e.Message(review.ZH) }

func (e *CampaignNotFoundError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("no cleanup campaign #%d", e.ID)
	}
	return fmt.Sprintf("没有编号为 %d 的清理批次", e.ID)
}

// Campaign returns the opening event of campaign id (its ID is that
// event's sequence number).
func (s *Store) Campaign(id uint64) (review.Event, review.CampaignOpened, error) {
	var ev review.Event
	var p review.CampaignOpened
	err := s.view(func(tx kv.Tx) error {
		raw := tx.Bucket(bEvents).Get(itob(id))
		if raw == nil {
			return &CampaignNotFoundError{ID: id}
		}
		var err error
		if ev, err = decodeEvent(tx, id, raw); err != nil {
			return err
		}
		if ev.Type != review.EvCampaignOpened {
			return &CampaignNotFoundError{ID: id}
		}
		return json.Unmarshal(ev.Data, &p)
	})
	return ev, p, err
}
