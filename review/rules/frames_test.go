package rules

import (
	"testing"

	"beishen/review"
)

// The frame tests vary what a phrasing rule cannot: the order of the
// concepts, the place (a province, a prefecture, a county, a short form, a
// relative form) and who is the subject of 不得. Each sentence was written
// for this test; none is from a corpus. hit sentences must get a finding of
// the category, silent ones none.
var frameCases = []struct {
	name      string
	cat       review.Category
	hit, skip []string
}{
	{"locality", review.FairCompetition,
		[]string{
			"参加本次政府采购的供应商应当在四川省境内依法注册。", // province, place first
			"供应商的注册地须在仙游县。",             // county, place last
			"申报企业应在罗江注册全资子公司。",          // county short form after 在
			"在广西设立分支机构的企业方可申报。",         // province short form, condition last
			"投标人须在海口市设有售后服务网点。",         // prefecture, condition first
			"对在杨浦注册并纳税的企业给予一次性奖励。",      // district short form, benefit
			"只有在本县纳税的企业才能享受本政策。",        // relative form
			"申请补贴的企业，其税收结算关系应在延边。",      // autonomous prefecture short form
			"本县建设项目必须使用本地生产的建材产品。",      // goods produced in a place
		},
		[]string{
			"本市各类企业平等享受本政策，不因注册地、所有制不同而区别对待。", // equal treatment
			"不得要求供应商在四川省境内注册。",                // ban on the authority
			"任何单位不得以在本地注册作为企业享受政策的条件。",        // ban on the authority, 以…作为
			"公司应当在中华人民共和国境内依法注册。",             // the whole country
			"各镇（街道）应于每月5日前将辖区内企业用工情况报区人社局。",   // a report, no condition
			"本办法所称本地企业，是指依法在本市登记注册的各类市场主体。",   // a definition
			"出口加工区内企业生产的产品应当出口。",              // 区内 in a longer word
		}},
	{"exit", review.FairCompetition,
		[]string{
			"获得奖励的企业十年内不得迁出本市。",      // ban on operators, term before
			"企业不得在五年内迁出本区，否则收回奖励资金。", // ban on operators, claw-back after
			"享受补贴的企业注销的，应当退回已领取的补贴。", // claw-back on exit
			"入驻企业承诺八年内不迁离园区。",        // promise
		},
		[]string{
			"不得限制企业迁出本市。",             // ban on the authority
			"企业迁出的，由迁入地办理相关手续。",       // no bind
			"企业办理注销登记的，可以通过简易注销程序办理。", // deregistration procedure
			"各地不得设置企业迁移的前置条件。",        // ban on the authority
		}},
	{"designation", review.FairCompetition,
		[]string{
			"由县供销社所属企业独家负责全县化肥统一配送。",  // one enterprise
			"全县化肥统一配送由县供销社所属企业独家负责。",  // the same, other order
			"消费券限定只能在指定商场使用。",         // shops designated
			"400万元以下的工程可直接发包某公司负责施工。", // direct award
			"共享单车运营企业数量限定为2家。",        // a cap on the number
			"明确市城投公司作为充电设施建设运营主体。",    // a named firm made the operator
			"各学校须从中标的5家服装企业中选定校服供应商。", // a choice among N named firms
		},
		[]string{
			"任何单位和个人不得强制经营者使用指定的检测机构。",    // ban on the authority
			"采购人应当通过公开招标确定唯一一家供应商。",       // competition
			"市场监管部门重点核查是否存在限定交易、指定品牌等行为。", // a checker's question
			"申请人应当将材料提交至指定窗口办理。",          // a counter, not an operator
		}},
	{"fee", review.FairCompetition,
		[]string{
			"使用费由运营企业按年度向城市管理部门缴纳。", // fee first
			"商户进场经营前应当缴纳进场费2000元。",  // payer first
			"对中标人按投放车辆数量收取占道经营费。",   // collected from the operator
		},
		[]string{
			"行政机关不得向企业收取入场费。",      // ban on the authority
			"对小微企业免收入网费。",          // a waiver
			"物业服务企业应当公示物业管理费收费标准。", // no demand
		}},
	{"measure", review.Legality,
		[]string{
			"未按期整改的企业，由主管部门降低资质等级。", // 行政处罚法第九条
			"对拒不拆除的违法建筑，由街道组织代履行。",  // 行政强制法第十二条
			"对拖欠物业费的业主，不予办理房屋交易手续。", // 国办发〔2018〕37号
			"对违规户的家庭，一律停发低保金。",      // 国办发〔2018〕37号
			"机关工作人员参与赌博的，给予撤职处分。",   // 政务处分法第七条
		},
		[]string{
			"对表现突出的单位，予以通报表扬。",
			"逾期不缴纳罚款的，依照《中华人民共和国行政强制法》的规定加处罚款。",
			"申请材料不齐全的，应当一次性告知需要补正的全部内容。",
		}},
}

func TestFrames(t *testing.T) {
	for _, c := range frameCases {
		for _, s := range c.hit {
			if _, ok := reports(Check(s), string(c.cat)); !ok {
				t.Errorf("%s: no %s finding on %q (got %v)", c.name, c.cat, s, ruleIDs(Check(s)))
			}
		}
		for _, s := range c.skip {
			if f, ok := reports(Check(s), string(c.cat)); ok {
				t.Errorf("%s: %s %q on the look-alike %q", c.name, f.Rule, f.Excerpt, s)
			}
		}
	}
}
