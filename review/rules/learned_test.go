package rules

import (
	"strings"
	"testing"

	"beishen/review"
)

// A designation no rule names (two firms handed the county's filling
// stations) is reported by the learned scorer alone, at low severity, with
// the words that weighed and the score against the threshold.
func TestLearnedFindingNamesItsWords(t *testing.T) {
	fs := Check("县内加油站新建、迁建项目，原则上由中石化、中石油两家企业实施。")
	if len(fs) != 1 || fs[0].Rule != learnedRule.ID {
		t.Fatalf("want one %s finding, got %v", learnedRule.ID, ruleList(fs))
	}
	f := fs[0]
	if f.Severity != review.Low || f.Category != review.FairCompetition {
		t.Errorf("severity %v category %v, want low fair competition", f.Severity, f.Category)
	}
	for _, want := range []string{"经营者与「县内」", "「项目」", "评分", "阈值", "没有规则命中"} {
		if !strings.Contains(f.Reason, want) {
			t.Errorf("reason %q lacks %q", f.Reason, want)
		}
	}
	if strings.Count(f.Reason, "「县内」") != 1 {
		t.Errorf("reason %q names 县内 twice", f.Reason)
	}
	if en := ReasonIn(f, review.EN); !strings.HasPrefix(en, "Found together, as in the published cases: an operator with 「县内」") {
		t.Errorf("English reason %q", en)
	}
}

// The scorer weighs words, not what the sentence does with them; the
// sentences below hold the words of the cases and restrict no one: the
// operators of every place treated alike (a province, a county, a short
// form), outsiders only allowed, the measure banned to the government or
// deleted. Without the guards of learnedFinding the scorer flags the first
// and the sixth; the look-alikes of frames_test and redteam_test (同一收费标准,
// 不指定品牌, 可以在本县工程中使用, 不得要求…设立分支机构) are the others the
// guards were written for.
func TestLearnedLookAlikesStaySilent(t *testing.T) {
	for _, s := range []string{
		"四川省外的供应商与省内供应商享受同等的投标条件和评审标准。",
		"在杨浦注册的企业和在外区注册的企业，申请本项扶持资金适用相同的条件。",
		"县外企业承接本县项目的，与县内企业执行统一的资质审查标准，不另设条件。",
		"外地生产的农机具经鉴定合格的，可以纳入本县农机购置补贴范围。",
		"不得要求参加投标的企业在本县设立分公司或者缴纳税收，已经设立的不作为加分条件。",
		"经清理，该区已删除“供应商须在本区注册”的条款。",
		"居民购买家电可申领补贴，不指定销售企业，不限品牌和产地。",
	} {
		for _, f := range Check(s) {
			if f.Rule == learnedRule.ID {
				t.Errorf("%s on the look-alike %q: %s", f.Rule, s, f.Reason)
			}
		}
	}
}

// A sentence a rule caught is not scored again: the scorer reports only
// what no rule reported.
func TestLearnedSilentWhereARuleFired(t *testing.T) {
	fs := Check("参加本次政府采购的供应商应当在四川省境内依法注册。")
	if len(fs) == 0 {
		t.Fatal("the rules no longer catch a local registration")
	}
	for _, f := range fs {
		if f.Rule == learnedRule.ID {
			t.Errorf("%s beside %v", f.Rule, ruleList(fs))
		}
	}
}

// The table names only words the rules' dictionary holds: a rule change
// that drops a word the scorer weighs must write the table again
// (`go test ./review/rules -run TestLearnWeights -learn.write`), or the
// score would silently change.
func TestLearnedTableMatchesTheDictionary(t *testing.T) {
	m := learnedModelFC()
	if m.threshold <= m.bias || m.nearPlace == 0 || m.nearOwn == 0 {
		t.Fatalf("table lacks its settings: bias %v threshold %v near-place %v near-own %v", m.bias, m.threshold, m.nearPlace, m.nearOwn)
	}
	words := 0
	for line := range strings.SplitSeq(learnedFCTable, "\n") {
		name, _, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		words++
		if _, known := dict.ids[name]; !known {
			t.Errorf("learned_fc.tsv weighs %q, which no rule's dictionary holds: write the table again", name)
		} else if !learnable(name) {
			t.Errorf("learned_fc.tsv weighs %q, which the scorer never reads", name)
		}
	}
	if words < 500 {
		t.Errorf("learned_fc.tsv weighs %d words", words)
	}
}

func ruleList(fs []review.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}
