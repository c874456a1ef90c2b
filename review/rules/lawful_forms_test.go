package rules

import (
	"testing"

	"beishen/review"
)

// lawfulFormCases are the ways well-drafted local documents keep clear of
// what they mention (found on testdata/cleandocs 01–06, the half read; the
// sentences here are new): the authority forbearing its own act (不要求,
// 不指定, 不对…收取), a list the chapeau names as wrongs (属于…差别待遇：),
// outside operators or goods held to what local ones are, and a deposit
// within the cap of the regulation cited. Each hit beside them is the same
// measure set, not forborne: the guards must not swallow it.
var lawfulFormCases = []frameCase{
	{"forbearance of the authority, and the measure itself", review.FairCompetition,
		[]string{
			"申领创新券的企业须在本市设立法人或者分支机构。",
			"服务机构由市科学技术局指定。",
			"本地企业不要求提供担保，外地企业须在本县设立分公司方可投标。", // a contrast after the forbearance
		},
		[]string{
			"不要求企业在本市设立法人或者分支机构，不论其注册地。",
			"市科学技术局不指定服务机构，不设服务机构数量限制。",
			"补助条件向社会公开，不针对特定企业、特定品牌设定条件。",
			"县商务局不限定销售企业，消费者自主选择购买。",
		}},
	{"items named as wrongs by their chapeau", review.FairCompetition,
		nil,
		[]string{
			"采购人有下列情形之一的，属于对供应商实行差别待遇或者歧视待遇：（一）以特定行政区域的业绩作为加分条件；",
			"有下列情形之一的，属于排斥潜在投标人：（一）限定或者指定特定的品牌；",
		}},
	{"outsiders held to what local ones are, and held apart", review.FairCompetition,
		[]string{
			"在本县以外生产的建材，须经县住建局另行检测后方可使用。",
			"技术参数须与某品牌型号完全一致。",
		},
		[]string{
			"在本省以外生产的产品与在本省生产的产品适用同一补贴标准。",
			"外地企业在本区设立的分公司，与本区企业享受同等的扶持政策。",
		}},
	{"a deposit within the cap of the regulation cited", review.FairCompetition,
		[]string{
			"中标供应商须缴纳合同金额百分之十的履约保证金，项目验收满两年后无息退还。",
		},
		[]string{
			"投标保证金依照《中华人民共和国招标投标法实施条例》第二十六条的规定，不得超过招标项目估算价的2%。",
			"要求中标供应商提交履约保证金的，依照该条例第四十八条的规定，不得超过政府采购合同金额的10%。",
		}},
}

func TestLawfulForms(t *testing.T) { assertFrameCases(t, lawfulFormCases) }
