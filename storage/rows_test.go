package storage

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
)

func fullRow() review.Summary {
	d := review.MustDate
	return review.Summary{
		ID: 70001, Kind: review.Filed, Title: "关于印发《杭州市公平竞争审查实施细则》的通知", DocNumber: "杭政规〔2025〕3号",
		Issuer: "杭州市人民政府", DraftingUnit: "杭州市市场监督管理局", Stage: review.StageInForce,
		Received: d("2025-03-04"), StageSince: d("2025-04-01"),
		Pauses:    []review.Pause{{From: d("2025-03-10"), To: d("2025-03-20")}, {From: d("2025-03-25")}},
		Published: d("2025-04-02"), Effective: d("2025-05-01"), ValidityYears: 5, ValidityEnd: d("2030-04-30"),
		Provisional: true, AffectsOperators: true, High: 2, Medium: 1, Low: 3,
		Outcome: review.PassAmended, IssuerType: review.IssuerGovernment,
		Filings: []review.Filing{{Channel: "people_congress", Recipient: "杭州市人大常委会", FirstSubmitted: d("2025-04-10"),
			Submitted: d("2025-04-12"), Result: "accepted", ResubmitBy: d("2025-05-01"), Note: "补正后登记", Recorded: d("2025-04-20"),
			Noticed: d("2025-04-21"), ResubmitProvisional: true}},
		Version: 2, Updated: time.Date(2025, 4, 2, 15, 4, 5, 123456789, review.Zone),
		Assignee:  "李四",
		IssuerDue: d("2025-05-10"), IssuerDueProvisional: true,
	}
}

// Every field of the queue row survives the binary form. The row is filled
// completely (checked by reflection), so a field added to review.Summary
// without being encoded fails here instead of vanishing from the queue.
func TestRowEncodingKeepsEveryField(t *testing.T) {
	in := fullRow()
	v := reflect.ValueOf(in)
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).IsZero() {
			t.Fatalf("fullRow leaves %s empty: fill it, and encode it in rows.go", v.Type().Field(i).Name)
		}
	}
	var out review.Summary
	if err := decodeRow(encodeRow(in), &out); err != nil {
		t.Fatal(err)
	}
	// Compare as the JSON rows used to be compared: same instants and days.
	a, _ := json.Marshal(in)
	b, _ := json.Marshal(out)
	if string(a) != string(b) {
		t.Fatalf("row changed in the binary form:\n%s\n%s", a, b)
	}
	if !out.Updated.Equal(in.Updated) {
		t.Errorf("updated %v, want %v", out.Updated, in.Updated)
	}
	// A row written before the issuer's deadline reads without it.
	f := in.Filings[0]
	issuerTail := len(appendBool(appendDate(nil, in.IssuerDue), in.IssuerDueProvisional))
	old := encodeRow(in)
	old = old[:len(old)-issuerTail]
	if err := decodeRow(old, &out); err != nil || !out.IssuerDue.IsZero() || out.Assignee != in.Assignee {
		t.Errorf("row without the issuer's deadline: %s %q (%v)", out.IssuerDue, out.Assignee, err)
	}
	// One written before the assignee still reads, with nobody assigned.
	old = old[:len(old)-len(appendString(nil, in.Assignee))]
	if err := decodeRow(old, &out); err != nil || out.Assignee != "" || out.Filings[0].Noticed != f.Noticed || out.Title != in.Title {
		t.Errorf("row without the assignee: %q %+v (%v)", out.Assignee, out.Filings, err)
	}
	// And one written before the filings' trailing fields too.
	old = old[:len(old)-len(appendBool(appendDate(nil, f.Noticed), f.ResubmitProvisional))]
	if err := decodeRow(old, &out); err != nil || out.Filings[0].ResubmitBy != f.ResubmitBy || !out.Filings[0].Noticed.IsZero() {
		t.Errorf("row without the trailing filing fields: %+v (%v)", out.Filings, err)
	}
	// A row without filings written before the assignee ends at Updated.
	bare := in
	bare.Filings, bare.Assignee = nil, ""
	old = encodeRow(bare)
	old = old[:len(old)-issuerTail-len(appendString(nil, ""))]
	if err := decodeRow(old, &out); err != nil || out.Assignee != "" || out.Version != in.Version {
		t.Errorf("row without filings or assignee: %+v (%v)", out, err)
	}
	empty := review.Summary{ID: 1, Title: "无日期"}
	if err := decodeRow(encodeRow(empty), &out); err != nil || !reflect.DeepEqual(out, empty) {
		t.Errorf("empty row came back as %+v (%v)", out, err)
	}
}

// A damaged row is an error naming the document, never a panic.
func TestDamagedRowIsReported(t *testing.T) {
	raw := encodeRow(fullRow())
	for _, cut := range []int{1, 5, len(raw) / 2, len(raw) - 1} {
		var r review.Summary
		if err := decodeRow(raw[:cut], &r); err == nil {
			t.Errorf("row cut at %d of %d bytes decoded without error", cut, len(raw))
		}
	}
	if err := decodeRow(append(raw, 0), new(review.Summary)); err == nil {
		t.Error("row with a trailing byte decoded without error")
	}
}

// A database of schema 1 (JSON rows) is migrated when opened: its rows are
// rewritten in binary, the queue reads the same, and the log still verifies.
func TestSchema1RowsAreMigrated(t *testing.T) {
	s, path := openTemp(t)
	for i, title := range []string{"甲办法", "乙通知", "丙规定"} {
		if _, err := s.Import(item(title, title)); err != nil {
			t.Fatal(err, i)
		}
	}
	want, _ := s.Summaries()
	// Turn the file back into schema 1 as an older build wrote it.
	err := s.file.Update(func(tx *bolt.Tx) error {
		for _, r := range want {
			raw, _ := json.Marshal(r)
			if err := tx.Bucket(bRows).Put(itob(r.ID), raw); err != nil {
				return err
			}
		}
		return tx.Bucket(bMeta).Put(kSchema, itob(1))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path, Options{Actor: "张三", Now: clock()})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(want)
	b, _ := json.Marshal(got)
	if string(a) != string(b) {
		t.Fatalf("queue after migration:\n%s\nwant\n%s", b, a)
	}
	s.file.View(func(tx *bolt.Tx) error {
		if v := btoi(tx.Bucket(bMeta).Get(kSchema)); v != SchemaVersion {
			t.Errorf("schema %d after opening, want %d", v, SchemaVersion)
		}
		return tx.Bucket(bRows).ForEach(func(k, v []byte) error {
			if v[0] != rowFormat {
				t.Errorf("row #%d still JSON after migration", btoi(k))
			}
			return nil
		})
	})
	if r, err := s.Verify(); err != nil || !r.OK() {
		t.Fatalf("verify after migration: %v %v", err, r.Problems)
	}
}

// A filed document deferred before rows carried the issuer's deadline has
// a row without it: verify does not call that row altered, the queue reads
// it without the date, and the document's next event writes it in full.
func TestRowWithoutTheIssuersDeadlineVerifies(t *testing.T) {
	s, _ := openTemp(t)
	it := item("丁通知", "丁")
	it.Kind = review.Filed
	res, err := s.Import(it)
	if err != nil {
		t.Fatal(err)
	}
	id := res.Doc.ID
	if _, _, err := s.Do(review.NewEvent(id, review.Registration{Result: review.FilingDeferred, Date: review.MustDate("2026-11-02"),
		Missing: []review.Material{review.DraftingNote}, Due: review.MustDate("2026-11-12")})); err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Summaries()
	if got := rows[len(rows)-1]; got.IssuerDue != review.MustDate("2026-11-12") {
		t.Fatalf("row of the deferred document: due %s", got.IssuerDue)
	}
	// Write the row as a build before the field did.
	err = s.file.Update(func(tx *bolt.Tx) error {
		raw := encodeRow(rows[len(rows)-1])
		return tx.Bucket(bRows).Put(itob(id), raw[:len(raw)-len(appendBool(appendDate(nil, rows[len(rows)-1].IssuerDue), false))])
	})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := s.Verify(); err != nil || !r.OK() {
		t.Fatalf("verify of an older row: %v %v", err, r.Problems)
	}
	if _, _, err := s.Do(review.NewEvent(id, review.Comment{Text: "已电话催报"})); err != nil {
		t.Fatal(err)
	}
	if rows, _ := s.Summaries(); rows[len(rows)-1].IssuerDue != review.MustDate("2026-11-12") {
		t.Errorf("after the next event: due %s", rows[len(rows)-1].IssuerDue)
	}
}

// A queue row whose title was changed in the file is reported, whether the
// row is written in full or in the shorter form of an older build.
func TestVerifyReportsAnAlteredQueueRow(t *testing.T) {
	for _, older := range []bool{false, true} {
		s, _ := openTemp(t)
		res, err := s.Import(item("甲办法", "甲"))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := s.Summaries()
		r := rows[len(rows)-1]
		r.Title = "乙办法"
		raw := encodeRow(r)
		if older {
			raw = raw[:len(raw)-len(appendBool(appendDate(nil, r.IssuerDue), false))]
		}
		if err := s.file.Update(func(tx *bolt.Tx) error { return tx.Bucket(bRows).Put(itob(res.Doc.ID), raw) }); err != nil {
			t.Fatal(err)
		}
		rep, err := s.Verify()
		if err != nil || rep.OK() || !strings.Contains(rep.Problems[0].ZH, "队列记录与其状态不符") {
			t.Errorf("older row %v: verify says %v %v", older, err, rep.Problems)
		}
	}
}
