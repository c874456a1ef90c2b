package rules

import (
	"testing"

	"beishen/review"
)

// The concepts the second look set's misses named (issue 12), each told in
// sentences written for this test: other places, parties, verbs and voices
// than any case, and look-alikes that must stay silent. hit sentences must
// get a finding of the category, silent ones none.
var look2Cases = []frameCase{
	{"the drafter's place retold (该市), named by a contract (甲方所在地) or as 域内", review.FairCompetition,
		[]string{
			"将纳税关系迁入该市的企业，给予三年奖励。",
			"对注册地迁入该区的上市公司给予500万元扶持。",
			"协议约定乙方须在甲方所在地设立子公司。",
			"乙方应在甲方辖区内注册独立法人公司。",
			"在同等条件下优先采购域内企业生产的产品。",
		},
		[]string{
			"该市场主体应当依法办理登记。",
			"重点领域内企业可按规定申请贷款贴息。",
			"流域内企业应当执行统一的排放标准。",
			"乙方应按合同约定提供服务。",
			"应该区分不同情形分别处理。",
		}},
	{"a shared-vehicle market handed out (第八条第（二）项)", review.FairCompetition,
		[]string{
			"县城管局通过公开招标确定两家公司为城区共享电单车运营企业。",
			"将主城区共享单车三年经营权进行拍卖。",
			"中标企业将独占全区共享电动自行车经营权。",
			"区交通局招标3家运营商在城区投放互联网租赁自行车。",
			"区城管局通过招投标方式引入两家共享电单车运营商。",
			"经遴选，某公司取得城区共享汽车投放资格。",
		},
		[]string{
			"经公开招标选定公共自行车系统的运营服务单位。",
			"不得通过招标、拍卖等方式限定共享单车运营企业数量。",
			"共享单车运营企业应当在划定区域内规范停放车辆。",
			"鼓励共享电单车企业为用户配备头盔。",
			"共享单车企业应当按照规定配备运维人员。",
		}},
	{"a right of first renewal (第十条第（四）项)", review.FairCompetition,
		[]string{
			"合同期满后，同等条件下乙方享有优先续约权。",
			"服务期届满，原运营单位在同等条件下优先续签。",
			"协议到期后给予现有承包商优先续期的权利。",
		},
		[]string{
			"承租人在同等条件下享有优先购买权。",
			"同等条件下，承租人享有优先承租权。",
			"不得给予现有经营者优先续约权。",
		}},
	{"a further proof or step when a permit or filing is processed (第八条第（一）、（四）项)", review.FairCompetition,
		[]string{
			"某区住建局在企业办理施工许可时，要求其另行提供消防部门出具的证明。",
			"在办理食品经营备案过程中，区市场监管局要求企业先取得街道办同意意见。",
			"区交通局要求企业经现场核查通过后方可备案。",
			"申请道路运输经营许可证时，该公司被要求提交村委会出具的无异议证明。",
		},
		[]string{
			"行政机关在办理行政许可时，应当要求申请人如实提交有关材料。",
			"办理备案时，不得要求企业提供其他证明材料。",
			"企业完成整改并经验收后，恢复生产。",
			"备案机关应当在收到材料后进行核查。",
			"窗口在办理营业执照时，要求申请人提供身份证明。", // the applicant's own papers
		}},
	{"operators told to deal with those of the drafter's place (第八条第（三）项)", review.FairCompetition,
		[]string{
			"申请经营许可的零售网点须与本县批发企业签订供货协议。",
			"入驻企业必须与当地物流公司签订合作协议。",
			"优先选用域内供应商提供的建材。",
		},
		[]string{
			"鼓励企业与高校签订合作协议。",
			"用户应当与供电企业签订供用电合同。",
			"政府采购优先采购节能环保产品。",
		}},
	{"an application stalled or refused without reasons (第八条第（五）项)", review.FairCompetition,
		[]string{
			"企业申请道路运输许可证后，区交通局迟迟未予审批。",
			"某酒店申请消防验收，县消防部门至今未答复。",
			"该合作社三次申请食品生产许可均未通过，也未被告知理由。",
			"直到营业执照到期，企业的变更登记仍未办结。",
		},
		[]string{
			"申请人逾期未办理的，视为放弃申请。",
			"行政机关未告知申请人理由的，由上级机关责令改正。",
			"备案事项未及时办理的，由主管部门责令限期改正。",
			"行政机关不得拖延办理许可事项。",
		}},
	{"a condition added to a licence (《行政许可法》第十六条第四款)", review.Legality,
		[]string{
			"申请办理《烟花爆竹零售许可证》的零售店，必须与辖区内批发企业签订连锁经营协议。",
			"申请道路运输经营许可的企业须先加入市运输协会。",
			"申请娱乐场所经营许可的，须与指定的安保公司签订服务合同。",
		},
		[]string{
			"申请烟花爆竹经营许可证的，应当提交下列材料。",
			"不得要求申请许可的企业加入协会。",
			"依照《烟花爆竹安全管理条例》的规定，申请批发许可证的企业须经安全评价。",
		}},
	{"a charge set up beyond the body's powers (第十条第（四）项)", review.FairCompetition,
		[]string{
			"该协会超越权限设置检测费项目，向会员企业收取。",
			"某中心越权设立评审费，由投标人承担。",
		},
		[]string{
			"行政机关不得超越权限设立收费项目。",
			"超越职权作出的行政决定无效。",
		}},
}

func TestLook2Concepts(t *testing.T) { assertFrameCases(t, look2Cases) }
