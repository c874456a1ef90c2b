package review

import (
	"strings"
	"testing"
)

// Every rule bears on a checklist item from workflow 3 on: a confirmed F16
// (把业务交给特定经营者, 条例第八条) marks FC3 不符合 and refuses FC3 符合. The
// same confirmation taken under workflow 2 replays as it was stored then,
// so an older log still verifies.
func TestFrameFindingsBearOnTheirItemsFromWorkflow3(t *testing.T) {
	f := Finding{Rule: "F16", Category: FairCompetition, Severity: High, Start: 0, End: 4, Title: "把业务交给特定经营者"}
	for _, tc := range []struct {
		wf   int
		want Mark
	}{{2, Unchecked}, {3, Nonconforming}} {
		h := newHistory(Draft, true, f)
		e := h.add(FindingAnswered{Key: f.Key(), Rule: "F16"})
		e.Type = EvFindingConfirm
		e.Workflow = tc.wf
		h.evs[len(h.evs)-1] = e
		d, err := Replay(h.id, h.evs)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Check("FC3").Mark; got != tc.want {
			t.Errorf("workflow %d: FC3 after confirming F16 = %q, want %q", tc.wf, got, tc.want)
		}
		mark := NewEvent(h.id, ChecklistMarked{Item: "FC3", Mark: Conforms})
		mark.Workflow = tc.wf
		err = Apply(&d, mark)
		if refused := err != nil; refused != (tc.wf >= 3) {
			t.Errorf("workflow %d: marking FC3 符合 with F16 confirmed: err = %v", tc.wf, err)
		}
	}
	// The display judges by today's table whatever the log recorded.
	if !FairItems[3].BearsOn("F16") || FairItems[3].ID != "FC3" {
		t.Errorf("FC3 must bear on F16 today")
	}
}

// An item a confirmed finding bears on by today's table counts as answered
// for the stage guards: the screen showed LC8 ✗ (L09 confirmed under
// workflow 2) while advancing said "LC8 未查".
func TestConfirmedFindingAnswersItsItemForTheGuards(t *testing.T) {
	f := Finding{Rule: "L09", Category: Legality, Severity: Medium, Start: 0, End: 4, Title: "一刀切限制或惩戒"}
	h := newHistory(Draft, false, f)
	e := h.add(FindingAnswered{Key: f.Key(), Rule: "L09"})
	e.Type, e.Workflow = EvFindingConfirm, 2
	h.evs[len(h.evs)-1] = e
	d, err := Replay(h.id, h.evs)
	if err != nil {
		t.Fatal(err)
	}
	if d.Check("LC8").Mark != Unchecked || d.ItemMark(LegalityItems[7]) != Nonconforming {
		t.Fatalf("LC8 stored %q, shown %q", d.Check("LC8").Mark, d.ItemMark(LegalityItems[7]))
	}
	for _, l := range guardChecklist(LegalityChecklist)(&d, "") {
		if strings.Contains(l.ZH, "LC8") {
			t.Errorf("LC8 is answered by the confirmed L09; the guard says %s", l.ZH)
		}
	}
}

// Marking an item 符合 after a new version drops what a confirmed finding
// of the old version wrote in its note, and keeps the reviewer's own words
// (workflow 3): the letter printed "符合 | 见已确认问题 L01-1：设定行政处罚".
func TestConformingMarkDropsOldFindingNotes(t *testing.T) {
	h := newHistory(Draft, false)
	mark := func(wf int) Document {
		e := h.add(ChecklistMarked{Item: "LC3", Mark: Conforms, Note: "见已确认问题 L01-1：设定行政处罚；第七条已改为援引《消防法》"})
		e.Workflow = wf
		h.evs[len(h.evs)-1] = e
		d, err := Replay(h.id, h.evs)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	if d := mark(3); d.Check("LC3").Note != "第七条已改为援引《消防法》" {
		t.Errorf("workflow 3 note: %q", d.Check("LC3").Note)
	}
	if d := mark(2); d.Check("LC3").Note != "见已确认问题 L01-1：设定行政处罚；第七条已改为援引《消防法》" {
		t.Errorf("a workflow 2 mark replays as it was stored: %q", d.Check("LC3").Note)
	}
}

// Marking the rest of the fair-competition checklist at once leaves FC7
// (the exception's ground, alternative and term) 不适用 while no exception
// is claimed, and 符合 once one is; every other item takes 符合.
func TestRestMarkLeavesTheExceptionItemNotApplicableWithoutAnException(t *testing.T) {
	var d Document
	for _, it := range FairItems {
		want := Conforms
		if it.ID == "FC7" {
			want = NotApplicable
		}
		if got := d.RestMark(it); got != want {
			t.Errorf("%s without an exception: %q, want %q", it.ID, got, want)
		}
	}
	d.Exception.Ground = "保障国家安全"
	_, fc7, _ := ItemByID("FC7")
	if got := d.RestMark(fc7); got != Conforms {
		t.Errorf("FC7 with an exception claimed: %q, want 符合", got)
	}
}
