package review

import (
	"errors"
	"strings"
	"testing"
)

// One user on the local file is never refused; a reviewer may not assign
// or decide, and is told who may.
func TestRoleDecidesWhoAssignsAndDecides(t *testing.T) {
	if RoleOf("", "").Role != RoleHead || RoleOf("", RoleReviewer).Role != RoleReviewer || RoleOf("reviewer", RoleHead).Role != RoleReviewer {
		t.Fatal("roles resolved wrongly")
	}
	for _, ty := range []EventType{EvAssigned, EvDecision, EvFilingReviewed, EvComment} {
		if err := RoleOf("", "").May(ty); err != nil {
			t.Errorf("head refused %s: %v", ty, err)
		}
	}
	err := RoleReviewer.May(EvDecision)
	var re *RoleError
	if !errors.As(err, &re) || Message(err, ZH) != "只有科长可以作出决定（通过、不予通过等）；你的角色是审查人员（设置项 role）" {
		t.Fatalf("reviewer deciding: %v", err)
	}
	if RoleReviewer.May(EvComment) != nil || RoleReviewer.May(EvAssigned) == nil {
		t.Fatal("a reviewer comments but does not assign")
	}
	// A role the shared store's account vouches for is not the setting's:
	// the refusal says where it came from (it named the setting, which
	// the user then changed to no effect).
	if msg := Message(RoleOf("reviewer", RoleHead).May(EvDecision), ZH); msg != "只有科长可以作出决定（通过、不予通过等）；你的角色是审查人员（共享库账户的角色，由共享库管理员设定）" {
		t.Errorf("a vouched reviewer deciding: %q", msg)
	}
	if msg := Message(RoleOf("", RoleReviewer).MayUndo(EvDecision, true), EN); !strings.Contains(msg, `settings "role"`) {
		t.Errorf("a reviewer by setting undoing a decision: %q", msg)
	}
}

// A document is assigned at any stage before its end; the assignee shows
// on its queue row; a closed document refuses it.
func TestAssignedSetsTheAssignee(t *testing.T) {
	d := Document{ID: 1, Kind: Draft, Stage: StageLegality}
	if err := Apply(&d, NewEvent(1, Assigned{To: " 李四 ", By: "王科长"})); err != nil {
		t.Fatal(err)
	}
	if d.Assignee != "李四" || Summarize(&d).Assignee != "李四" {
		t.Fatalf("assignee %q", d.Assignee)
	}
	if err := Apply(&d, NewEvent(1, Assigned{To: ""})); err == nil {
		t.Error("assigned to nobody was accepted")
	}
	d.Stage = StageRejected
	if err := Apply(&d, NewEvent(1, Assigned{To: "张三"})); err == nil {
		t.Error("a closed document was assigned")
	}
}
