package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
	"beishen/storage"
)

// A reviewer pressed a on a filed document that does not affect operators
// with its legality checklist done, and was asked “转入“待决定”需要理由”:
// nothing said the move skips the fair-competition review, nor what the
// reason (printed in the conclusion as its ground) should explain.
func TestAdvanceAskingToSkipTheFairReviewSaysSo(t *testing.T) {
	st, _ := demoStore(t)
	res, err := st.Import(storage.ImportItem{Kind: review.Filed,
		Meta: review.Meta{Title: "青山县政府合同管理办法", Issuer: "青山县人民政府", Published: review.MustDate("2026-11-01")},
		Version: storage.NewVersion{FileName: "合同.txt", Format: "txt", Encoding: "UTF-8", SHA256: "sha-合同",
			Text: "青山县政府合同管理办法\n第一条 县政府各部门订立合同，应当经合法性审查。\n", RulesVersion: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	id := res.Doc.ID
	var evs []review.Event
	for _, mat := range review.RequiredMaterials(review.Filed, false) {
		evs = append(evs, review.NewEvent(id, review.MaterialsMarked{Material: mat, Present: true}))
	}
	evs = append(evs, review.NewEvent(id, review.Registration{Result: review.FilingRegistered, Date: st.Today()}))
	for _, it := range review.LegalityChecklist.Items() {
		evs = append(evs, review.NewEvent(id, review.ChecklistMarked{Item: it.ID, Mark: review.Conforms}))
	}
	if _, err := st.DoAll(evs); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, st, 80, 24)
	run(m, m.openDoc(id))
	press(m, "a")
	if out := ansi.Strip(m.Render()); !strings.Contains(out, "跳过公平竞争审查须说明文件为何不涉及经") {
		t.Fatalf("the reason asked for does not say it skips the fair-competition review:\n%s", out)
	}
	typeText(m, "仅规范行政机关内部合同管理")
	press(m, "enter")
	if d, _ := st.Document(id); d.Stage != review.StageDecision || d.FCRSkipReason != "仅规范行政机关内部合同管理" {
		t.Errorf("after the reason: %s %q", d.Stage, d.FCRSkipReason)
	}
}
