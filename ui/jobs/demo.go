package jobs

import (
	"fmt"

	"beishen/review"
	"beishen/review/demo"
	"beishen/review/intake"
	"beishen/storage"
)

// SeedDemo imports the embedded sample documents and walks some of them
// through the workflow, so that a newcomer sees a queue at every stage: one
// waiting at intake with materials missing, some in legality and
// fair-competition review, one awaiting decision, one returned with its
// clock paused, one in force. Every step is a real action through the same
// guards a reviewer meets.
func SeedDemo(st Store) error {
	var items []storage.ImportItem
	for _, s := range demo.Samples() {
		res, err := intake.Read(s.Name, s.Data)
		if err != nil {
			return fmt.Errorf("示例文件 %s: %w", s.Name, err)
		}
		it := itemOf(s.Name, res, review.Kind(s.Kind))
		it.Meta.DraftingUnit = s.DraftingUnit
		it.Meta.AffectsOperators = s.AffectsOperators
		it.Meta.Received = review.MustDate(s.Received)
		if it.Meta.Issuer == "" && s.Kind == string(review.Filed) {
			it.Meta.Issuer = s.DraftingUnit
			it.Meta.IssuerType = review.InferIssuerType(it.Meta.Issuer)
		}
		items = append(items, it)
	}
	res, err := st.ImportBatch(items)
	if err != nil {
		return err
	}
	docs := map[int]review.Document{}
	for i, r := range res {
		if r.Err != nil {
			return r.Err
		}
		docs[i+1] = r.Doc
	}
	var evs []review.Event
	add := func(id int, p review.Payload) { evs = append(evs, review.NewEvent(docs[id].ID, p)) }
	materials := func(id int) {
		d := docs[id]
		for _, m := range review.RequiredMaterials(d.Kind, d.Meta.AffectsOperators) {
			add(id, review.MaterialsMarked{Material: m, Present: true})
		}
	}
	move := func(id int, from, to review.Stage, reason string) {
		// A filed document enters its review by being registered (登记审查).
		if docs[id].Kind == review.Filed && from == review.StageIntake && to == review.StageLegality {
			add(id, review.Registration{Result: review.FilingRegistered, Date: docs[id].Meta.Received})
			return
		}
		add(id, review.StageChanged{From: from, To: to, Reason: reason})
	}
	// check marks a whole checklist the way a reviewer would: an item that
	// a finding of the document bears on fails, with the rule as the note.
	check := func(id int, c review.Checklist) {
		for _, it := range c.Items() {
			mark, note := review.Conforms, ""
			for _, f := range docs[id].Findings {
				if it.BearsOn(f.Rule) {
					mark, note = review.Nonconforming, "见自动发现 "+f.Rule+"："+f.Title
					break
				}
			}
			if it.ID == "FC7" {
				mark = review.NotApplicable // no Art.12 exception is claimed
			}
			add(id, review.ChecklistMarked{Item: it.ID, Mark: mark, Note: note})
		}
	}
	answer := func(id int) {
		for _, f := range docs[id].Findings {
			add(id, review.FindingAnswered{Key: f.Key(), Rule: f.Rule, Confirm: true})
		}
	}

	// 01 先进制造业政策: materials complete, waiting in legality review.
	materials(1)
	move(1, review.StageIntake, review.StageLegality, "")
	// 02 政府采购: legality done, now in fair-competition review.
	materials(2)
	move(2, review.StageIntake, review.StageLegality, "")
	check(2, review.LegalityChecklist)
	move(2, review.StageLegality, review.StageFairCompetition, "")
	// 03 农贸市场 (filed): legality review half done.
	materials(3)
	move(3, review.StageIntake, review.StageLegality, "")
	for _, it := range review.LegalityItems[:6] {
		add(3, review.ChecklistMarked{Item: it.ID, Mark: review.Conforms})
	}
	// 04 共享电单车暂行办法: both checklists done, findings confirmed: awaiting decision.
	materials(4)
	move(4, review.StageIntake, review.StageLegality, "")
	check(4, review.LegalityChecklist)
	move(4, review.StageLegality, review.StageFairCompetition, "")
	check(4, review.FairChecklist)
	answer(4)
	move(4, review.StageFairCompetition, review.StageDecision, "")
	add(4, review.Comment{Text: "暂行办法有效期不应超过2年，建议修改第二十二条。", Anchor: "第二十二条"})
	// 05 养老服务补贴: clean draft, passed and published.
	materials(5)
	move(5, review.StageIntake, review.StageLegality, "")
	check(5, review.LegalityChecklist)
	move(5, review.StageLegality, review.StageDecision, "仅涉及老年人补贴发放，不涉及经营者经济活动")
	answer(5)
	add(5, review.Decided{Outcome: review.Pass, Note: "经审查，未发现合法性问题。"})
	// Deliberated and published on the demo's 2026-11-25, or on the day of
	// seeding under a test clock set earlier: a fact is never dated after
	// the day it is recorded.
	day := review.MustDate("2026-11-25")
	if today := st.Today(); today.Before(day) {
		day = today
	}
	add(5, review.Deliberated{Meeting: review.StandingMeeting, Session: "区政府第12次常务会议", Date: day, Result: review.DeliberationPass})
	add(5, review.Published{DocNumber: "临政办规〔2026〕9号", Published: day,
		Effective: review.MustDate("2027-01-01"), ValidityYears: 5})
	// 08 领导小组通告 (filed): in legality review.
	materials(8)
	move(8, review.StageIntake, review.StageLegality, "")
	// 09 招商引资: returned for revision, clock paused.
	materials(9)
	move(9, review.StageIntake, review.StageReturned, "起草说明未载明奖励资金测算依据，退回补正")

	out, err := st.DoAll(evs)
	if err != nil {
		return err
	}
	for _, o := range out {
		if o.Err != nil {
			return fmt.Errorf("示例流程 #%d %s: %w", o.Event.Doc, o.Event.Type, o.Err)
		}
	}
	return nil
}
