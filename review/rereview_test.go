package review

import (
	"strings"
	"testing"
)

// A filed document deferred at 登记 and supplemented by a new version (I)
// told the reviewer “清单 0 项需重新审查（），0 项沿用原标记，0 条发现沿用原
// 处理”: nothing had been marked yet, so there is nothing to say about the
// checklist; and where items do reopen, they are named in the brackets.
func TestRereviewSaysNoEmptyChecklistPart(t *testing.T) {
	at := &Rereview{From: 1, Stage: StageIntake, Changed: []string{"第五条"}}
	if got, want := at.Say(ZH), "回到“登记”：与第 1 版相比修改了 第五条"; got != want {
		t.Errorf("supplemented at intake: %q, want %q", got, want)
	}
	if got := at.Say(EN); strings.Contains(got, "()") || strings.Contains(got, "checklist") {
		t.Errorf("supplemented at intake, English: %q", got)
	}
	kept := &Rereview{From: 2, Stage: StageLegality, Changed: []string{"第三条"}, Kept: 12, Answers: 3}
	if got, want := kept.Say(ZH), "回到“合法性审查”：与第 2 版相比修改了 第三条；清单 0 项需重新审查，12 项沿用原标记，3 条发现沿用原处理"; got != want {
		t.Errorf("nothing reopened: %q, want %q", got, want)
	}
	re := &Rereview{From: 2, Stage: StageLegality, Changed: []string{"第三条"}, Reopened: []string{"LC6", "FC5"}, Kept: 10, Answers: 3}
	if got, want := re.Say(ZH), "回到“合法性审查”：与第 2 版相比修改了 第三条；清单 2 项需重新审查（LC6、FC5），10 项沿用原标记，3 条发现沿用原处理"; got != want {
		t.Errorf("two reopened: %q, want %q", got, want)
	}
	if got, want := re.Say(EN), "back to Legality review: clauses changed since version 2: 第三条; 2 checklist items to check again (LC6, FC5), 10 marks carried over, 3 finding answers kept"; got != want {
		t.Errorf("two reopened, English: %q, want %q", got, want)
	}
}
