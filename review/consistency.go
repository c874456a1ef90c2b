package review

import (
	"encoding/json"
	"fmt"
	"strings"
)

// This file keeps the checklists and the findings from contradicting each
// other: a confirmed finding marks the items it bears on 不符合, an item
// with a confirmed finding cannot be marked 符合, and FC0 不适用 (outside
// the scope of the fair-competition review) closes FC1–FC8. The opinion
// letter and the fair-competition conclusion read ItemMark, so they can
// never say 符合 beside a confirmed problem.

// FindingID is the stable, readable id of the i-th finding of the current
// version: its rule and its ordinal among that rule's findings ("F04-1").
func (d *Document) FindingID(i int) string {
	n := 0
	for j := 0; j <= i && j < len(d.Findings); j++ {
		if d.Findings[j].Rule == d.Findings[i].Rule {
			n++
		}
	}
	return fmt.Sprintf("%s-%d", d.Findings[i].Rule, n)
}

// FindingByID finds a finding by its FindingID or its Key.
func (d *Document) FindingByID(id string) (*FindingState, bool) {
	for i := range d.Findings {
		if d.FindingID(i) == id || d.Findings[i].Key() == id {
			return &d.Findings[i], true
		}
	}
	return nil, false
}

// findingID is the FindingID of f, which must be one of d's findings.
func (d *Document) findingID(f *FindingState) string {
	for i := range d.Findings {
		if &d.Findings[i] == f {
			return d.FindingID(i)
		}
	}
	return f.Rule
}

// Confirmed lists the confirmed findings that bear on item it.
func (d *Document) Confirmed(it Item) []*FindingState {
	return d.confirmedUnder(it, WorkflowVersion)
}

// confirmedUnder is Confirmed for an action taken under workflow wf.
func (d *Document) confirmedUnder(it Item, wf int) []*FindingState {
	var out []*FindingState
	for i := range d.Findings {
		if f := &d.Findings[i]; f.Status == FindingConfirmed && it.bearsOnUnder(f.Rule, wf) {
			out = append(out, f)
		}
	}
	return out
}

// ItemMark is the mark an item stands at for anything written from the
// document: the reviewer's mark, except that an item with a confirmed
// finding is 不符合 whatever an older log recorded.
func (d *Document) ItemMark(it Item) Mark {
	if len(d.Confirmed(it)) > 0 {
		return Nonconforming
	}
	return d.Checks[it.ID].Mark
}

// FailedByReviewer lists the checklist items the reviewer marked 不符合
// that no confirmed finding holds there: problems found by reading, which
// the checks did not find (全域禁燃 beyond the superior law, LC10; no
// written conclusion, FC8). FC0 is the scope question, not a problem; a
// mark a finding left (its note says so) is the finding's, not the
// reviewer's; the fair-competition items count unless that review was
// skipped.
func (d *Document) FailedByReviewer() []Item {
	var out []Item
	for _, c := range []Checklist{LegalityChecklist, FairChecklist} {
		if c == FairChecklist && d.FCRSkipReason != "" {
			continue
		}
		for _, it := range c.Items() {
			e := d.Checks[it.ID]
			if it.ID == "FC0" || e.Mark != Nonconforming || len(d.Confirmed(it)) > 0 || strings.HasPrefix(e.Note, strings.TrimSpace(findingNotePrefix)) {
				continue
			}
			out = append(out, it)
		}
	}
	return out
}

// RestMark is the mark an unchecked item takes when the reviewer, done with
// the findings, marks the rest of the checklist at once: 符合, except the
// exception item (FC7), which is 不适用 while no exception is claimed; a
// letter saying 符合 there would read as if one had been.
func (d *Document) RestMark(it Item) Mark {
	if it.ID == exceptionItem && !d.Exception.Used() {
		return NotApplicable
	}
	return Conforms
}

const findingNotePrefix = "见已确认问题 "

// findingNote is the note a confirmed finding leaves on its items.
func (d *Document) findingNote(f *FindingState) string {
	return findingNotePrefix + d.findingID(f) + "：" + f.Title
}

// answered folds a confirmation or dismissal into the checklists (workflow
// 2): confirming marks every item the finding bears on 不符合; dismissing a
// finding that was confirmed re-opens the items no other confirmed finding
// holds at 不符合.
func (d *Document) answered(f *FindingState, wasConfirmed bool, wf int) {
	if d.Checks == nil {
		d.Checks = map[string]ChecklistEntry{}
	}
	for _, c := range []Checklist{LegalityChecklist, FairChecklist} {
		for _, it := range c.Items() {
			if !it.bearsOnUnder(f.Rule, wf) {
				continue
			}
			e := d.Checks[it.ID]
			switch {
			case f.Status == FindingConfirmed:
				note := d.findingNote(f)
				if e.Mark == Nonconforming && e.Note != "" && !strings.Contains(e.Note, note) {
					note = e.Note + "；" + note
				}
				d.Checks[it.ID] = ChecklistEntry{Mark: Nonconforming, Note: note}
			case wasConfirmed && e.Mark == Nonconforming && len(d.confirmedUnder(it, wf)) == 0:
				d.Checks[it.ID] = ChecklistEntry{Changed: true}
			}
		}
	}
}

// markGuard refuses a mark that contradicts a confirmed finding.
func (d *Document) markGuard(it Item, m Mark, wf int) []Label {
	if m != Conforms && m != NotApplicable {
		return nil
	}
	var names []string
	for _, f := range d.confirmedUnder(it, wf) {
		names = append(names, d.findingID(f)+" "+f.Title)
	}
	if it.ID == "FC0" && m == NotApplicable {
		for _, x := range FairItems[1:] {
			for _, f := range d.confirmedUnder(x, wf) {
				names = append(names, d.findingID(f)+" "+f.Title)
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	return []Label{lf("%s 有已确认的问题（%s），不能标为“%s”；如认为不构成问题，请先排除该发现并说明理由",
		"%s has a confirmed finding (%s) and cannot be marked %q; dismiss the finding with a reason first if it is not a problem",
		it.ID, strings.Join(names, "；"), m.Label())}
}

// marked folds a checklist mark (workflow 2): FC0 不适用 puts the whole
// fair-competition checklist out of scope.
func (d *Document) marked(p *ChecklistMarked, wf int) {
	note := p.Note
	if wf >= 3 && (p.Mark == Conforms || p.Mark == NotApplicable) {
		note = withoutFindingNotes(note)
	}
	d.Checks[p.Item] = ChecklistEntry{Mark: p.Mark, Note: note}
	if p.Item == "FC0" && p.Mark == NotApplicable {
		for _, it := range FairItems[1:] {
			d.Checks[it.ID] = ChecklistEntry{Mark: NotApplicable, Note: "FC0 不适用：不属于公平竞争审查范围"}
		}
	}
}

// withoutFindingNotes drops from a note what confirmed findings wrote into
// it (findingNote): an item marked 符合 or 不适用 has no confirmed finding
// (markGuard), so such a line is left over from an earlier version, and a
// letter would print "符合 | 见已确认问题 L01-1" (workflow 3).
func withoutFindingNotes(note string) string {
	var keep []string
	for _, part := range strings.Split(note, "；") {
		if part != "" && !strings.HasPrefix(part, findingNotePrefix) {
			keep = append(keep, part)
		}
	}
	return strings.Join(keep, "；")
}

// UnchangedError answers an action that would change nothing: it is not
// logged, and the reviewer is told so.
type UnchangedError struct{ Type EventType }

func (e *UnchangedError) Error() string { return e.Message(ZH) }

// Message says that nothing was recorded.
func (e *UnchangedError) Message(lang Lang) string {
	if lang == EN {
		return fmt.Sprintf("nothing to record: %s would not change the document", e.Type.Label().EN)
	}
	return fmt.Sprintf("无需记录：“%s”不会改变文件状态", e.Type.Label().ZH)
}

// Unchanged reports whether applying an event of type t turned before into
// an after that differs in nothing but its bookkeeping. Comments, versions
// and exports are facts in themselves and always count.
func Unchanged(before, after *Document, t EventType) bool {
	switch t {
	case EvComment, EvExport, EvImported, EvVersionAdded, EvUndo, EvRedo:
		return false
	}
	a, b := *before, *after
	a.Updated, a.LastSeq, b.LastSeq = b.Updated, 0, 0
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}
