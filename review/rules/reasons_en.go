package rules

import (
	"regexp"
	"strconv"
	"strings"

	"beishen/review"
	"beishen/review/cnum"
)

// A finding stores its reason in Chinese, as the review log recorded it (the
// log is the source of truth and is never rewritten); the English a reviewer
// reads under --lang en is derived here when the finding is shown. The
// opinion letters and exports are official papers and stay Chinese.

// ReasonIn returns f's reason in lang: the stored Chinese for Chinese, and
// for English the rendering of the rule's reason with the suffixes the checks
// append. A reason this file does not know (a rule added later, an older
// log's wording) is shown in Chinese rather than not at all.
func ReasonIn(f review.Finding, lang review.Lang) string {
	if lang != review.EN || f.Reason == "" {
		return f.Reason
	}
	if en, ok := reasonEN(f.Reason); ok {
		return en
	}
	return f.Reason
}

// reasonEN renders a stored reason in English: the suffixes are peeled off
// its end (check.go appends them in a fixed order), the rest is looked up or
// matched against a template, and the suffixes follow in their order.
func reasonEN(zh string) (string, bool) {
	base, tail := zh, []string(nil)
	for peeled := true; peeled; {
		peeled = false
		for _, s := range reasonSuffixes {
			if m := s.re.FindStringSubmatch(base); m != nil && len(m[0]) < len(base) {
				tail = append([]string{s.en(m)}, tail...)
				base = base[:len(base)-len(m[0])]
				peeled = true
				break
			}
		}
	}
	en, ok := reasonsEN[base]
	if !ok {
		for _, t := range reasonTemplates {
			if m := t.re.FindStringSubmatch(base); m != nil {
				en, ok = t.en(m), true
				break
			}
		}
	}
	if !ok {
		return "", false
	}
	for _, s := range tail {
		en += " (" + s + ")"
	}
	return en, true
}

// reasonsEN is the English of every fixed reason: those of the sentence
// rules (the reason: fields of legality.go, fairness.go and the frames) and
// the fixed ones of the document rules. The test names any rule missing here.
var reasonsEN = map[string]string{
	// legality.go
	"规范性文件自行规定了处罚种类或幅度，且未引用可设定该处罚的法律、法规或规章":           "The document sets a kind or range of penalty itself and cites no law, regulation or rule that may set that penalty",
	"以审批、批准、许可作为从事活动的前提，属于设定或变相设定行政许可，规范性文件无此权限":      "Makes approval or a licence a precondition for an activity: a licence set openly or in disguise, which a normative document may not do",
	"在上位法规定之外为办理许可、登记增加条件或材料":                         "Adds conditions or materials for a licence or registration beyond those the superior law sets",
	"规定了查封、扣押、强制拆除、强行处置等强制手段，规范性文件不得设定行政强制":           "Provides for coercion such as sealing up, seizure, forced demolition or disposal; a normative document may not set administrative coercion",
	"规定了收容、遣送、强制学习等限制人身自由的措施，只能由法律设定":                 "Provides for measures that restrict personal liberty (detention, repatriation, compulsory study), which only a law may set",
	"要求公民、法人缴纳费用、保证金或捐款，需有法律、行政法规依据":                  "Requires citizens or legal persons to pay fees, deposits or donations, which needs a basis in a law or administrative regulation",
	"要求申请人提交证明或公证文书，需核对证明事项清单和法定依据":                   "Requires applicants to submit certificates or notarised documents; check the list of certification requirements and the legal basis",
	"以户籍或无犯罪记录为条件限制权利或服务，需有法律依据":                      "Restricts rights or services on condition of household registration or a clean criminal record, which needs a basis in law",
	"规定了一刀切的不予办理、惩戒或禁入措施，减损权利需有法律依据":                  "Sets blanket refusals, sanctions or bans; reducing rights needs a basis in law",
	"把当事人的责任延及子女、配偶等亲属，违反罪责自负原则":                      "Extends a person's liability to their children, spouse or other relatives, against the principle that liability is personal",
	"以限期或包保方式迫使被征收人签约、腾房，不符合先补偿后搬迁和罪责自负":              "Presses expropriated owners to sign or move out by deadlines or by holding others answerable, against compensation first and personal liability",
	"允许从事上位法限制的开发利用活动，需核对是否低于上位法的保护要求":                "Allows development or use that the superior law restricts; check that the protection does not fall below the superior law's",
	"把新规定的不利后果适用于施行前的行为或待遇，违反不溯及既往原则":                 "Applies the new provision's adverse consequences to conduct or benefits before it took effect, against the principle of non-retroactivity",
	"对某种行为直接规定给予开除、撤职等处分，处分的种类和情形只能由法律、法规设定":          "Directly sets sanctions such as dismissal or removal from post for some conduct; only laws and regulations may set their kinds and grounds",
	"对某种情形直接规定处罚、强制或减损权利的措施，未引用设定该措施的法律、法规":           "Directly sets a penalty, a coercive measure or a reduction of rights for some situation without citing the law or regulation that sets it",
	"在法律、法规之外另行或变相设置审批、备案、证明等手续，规范性文件不得设定行政许可":        "Sets approvals, filings, certificates or similar formalities beyond laws and regulations, even in disguise; a normative document may not set licences",
	"以性别、婚姻、生育状况、户籍或病原携带为由限制入学、报考、录用或从业，减损公民权利且无法律依据": "Limits schooling, exams, hiring or work for sex, marriage, childbirth, hukou or carrying a pathogen: rights cut with no legal basis",
	"义务教育阶段以考试、测试成绩录取新生，违反免试就近入学的规定":                  "Admits pupils to compulsory schooling by examination or test scores, against admission without examination near home",
	"规定行政机关查阅、调取公民通信记录，侵犯宪法保护的通信自由和通信秘密":              "Lets an administrative body read or obtain citizens' communication records, against the freedom and privacy of correspondence the Constitution protects",
	"要求以审计结论作为合同结算依据，干预当事人依法约定合同价款，无法律依据":             "Requires an audit's conclusion as the basis of contract settlement, which interferes with the price the parties agree, without a legal basis",
	"已被取消或放开的审批、收费或证明仍被要求或收取，失去法律依据":                  "Still requires or charges approvals, fees or certificates that have been abolished or freed, which have lost their legal basis",
	"点名或限定了特定经营者、品牌或服务商，排斥其他经营者参与竞争":                  "Names, or restricts the choice to, particular operators, brands or service providers, keeping other operators from competing",
	"授予特定经营者特许经营或排他性权利，未写明通过招标等竞争方式确定":                "Grants a particular operator a concession or exclusive right without stating that it is chosen by tender or another competitive procedure",
	"把在特定部门、协会、平台登记备案或取得会员资格作为参与市场的条件":                "Makes registration or filing with a particular department, association or platform, or membership of it, a condition for taking part in the market",
	"以在本地注册、设点、纳税或就近到场作为条件或得分因素，排斥外地经营者":              "Makes local registration, a local office, local tax payment or presence nearby a condition or a scoring factor, excluding non-local operators",
	"按经营者是否本地、产品是否本地生产给予优先、奖励或不同分值":                   "Gives priority, rewards or different scores according to whether an operator is local or a product is made locally",
	"对外地或进口的商品、经营者设置额外门槛，或把资格限定在本地":                   "Sets extra hurdles for non-local or imported goods or operators, or restricts eligibility to local ones",
	"把特定地区的业绩、奖项或地方颁发的资格作为条件或得分因素，排斥外地经营者":            "Makes a track record or awards in a particular region, or qualifications issued locally, a condition or a scoring factor, excluding non-local operators",
	"以所有制、规模或资质等级设置门槛，需说明与项目实际需要相称":                   "Sets thresholds by form of ownership, size or qualification grade; they must be shown to match the project's actual needs",
	"奖补按企业纳税或对地方的财政贡献计算或排名，相当于选择性税收返还":                "Calculates or ranks rewards by a firm's taxes or fiscal contribution to the locality, which amounts to a selective tax rebate",
	"对特定或新引进经营者给予选择性奖补、要素或收费优惠，需有法律、行政法规依据或国务院批准":     "Selective rewards or factor or fee breaks for particular or newly attracted operators need a law or administrative regulation or State Council approval",
	"由文件规定价格水平或统一收费标准，干预市场调节价":                        "The document sets price levels or uniform charges, interfering with market-regulated prices",
	"由协会或政府统一价格、划分市场，组织或便利经营者实施垄断":                    "Has an association or the government fix prices or divide markets, organising or helping operators to act as a monopoly",
	"以退回奖补、审批同意或承诺年限限制经营者迁出、注销，构成退出障碍":                "Holds operators back from moving away or deregistering by clawing back rewards, requiring approval or committed years: a barrier to exit",
	"要求经营者缴纳或由采购人扣留保证金、尾款，占用经营者资金":                    "Requires operators to pay deposits, or lets the purchaser withhold deposits or final payments, tying up operators' funds",
	"把经营者在某地注册、设立、纳税或生产作为条件或给予区别待遇，排斥或限制外地经营者":        "Makes registering, setting up, paying tax or producing in a place a condition or ground for different treatment, excluding or restricting outsiders",
	"把采购、经营或服务交给特定经营者，排除了其他经营者":                       "Hands purchasing, business or services to particular operators, shutting out other operators",
	"以禁止、期限或收回奖补限制经营者迁出、注销，构成退出障碍":                    "Holds operators back from moving away or deregistering by prohibitions, time limits or clawing back rewards: a barrier to exit",
	"要求经营者缴纳没有法律、行政法规依据的费用，增加经营成本":                    "Requires operators to pay fees with no basis in a law or administrative regulation, raising their costs",
	"没有法律、行政法规依据增设审批、备案、证明或准入条件，构成市场准入障碍":             "Adds approvals, filings, certificates or entry conditions without a basis in a law or administrative regulation: a barrier to market entry",
	"拒绝或一律不予为经营者办理相关事项，限制经营者进入市场或正常经营":                "Refuses, or refuses across the board, to handle operators' matters, restricting their entry to the market or their normal business",
	"只允许选定的经营者在该市场经营，排除了其他经营者":                        "Lets only selected operators do business in the market, shutting out other operators",
	"文中说明该措施造成准入障碍或排除、限制竞争的效果":                        "The text itself says the measure creates a barrier to entry or excludes or restricts competition",
	"通过与经营者签订协议给予排他或优先待遇，妨碍其他经营者进入相关市场":               "Gives exclusive or preferential treatment through agreements with operators, hindering other operators from entering the relevant market",
	"在全国统一的市场准入负面清单之外自行制定市场准入性质的清单或目录":                "Draws up its own list or catalogue of market-entry restrictions outside the national negative list for market access",
	"文中叙述的做法属于《公平竞争审查条例》或《反垄断法》所列排除、限制竞争的情形":          "The practice the text describes is one that 《公平竞争审查条例》 or 《反垄断法》 lists as excluding or restricting competition",
	"对经营者或网点数量实行限制，限制新的经营者进入市场":                       "Caps the number of operators or outlets, keeping new operators out of the market",
	"以招标、拍卖或直接确定的方式把共享出行市场交给选定的经营者，限定了经营者数量":          "Hands a shared-vehicle market to chosen operators by tender, auction or naming them, capping the number of operators",
	"给予特定经营者优先续约等优先权，排斥其他经营者参与竞争":                     "Gives certain operators a right of first renewal or similar priority, keeping others from competing",
	"办理许可、备案时另行要求证明或前置程序，变相增设准入条件":                    "Asks for further proofs or prior steps when processing a permit or filing, adding conditions of entry in disguise",
	"对经营者的申请长期拖延或不说明理由不予办理，限制其进入市场或正常经营":              "Leaves operators' applications unanswered for long or refuses them without reasons, keeping them from the market or from operating",
	"为法定的行政许可增设条件，规范性文件不得增设许可条件":                      "Adds a condition to a licence the law sets; a normative document may not add conditions to a licence",
	"要求或引导经营者与本地经营者交易，限定了交易对象":                        "Tells or steers operators to deal with local operators, restricting whom they trade with",
	"已被取消或应以竞争方式确定的事项仍维持原有限制":                         "Keeps the old restrictions on matters that have been abolished or should be decided by competition",
	"没有依据向经营者收取费用，增加经营成本、抬高准入门槛":                      "Charges operators fees without a basis, raising their costs and the threshold for entry",
	"强制经营者或群众购买、使用、加入或签约，限定了交易、排除了选择":                 "Forces operators or the public to buy, use, join or sign up, dictating whom they deal with and taking away their choice",
	"对外地、民营或中小经营者实行歧视性、差别化的标准或待遇":                     "Applies discriminatory or different standards or treatment to non-local, private or small and medium-sized operators",
	"对特定经营者给予选择性的补贴、返还或减免，需有法律、行政法规依据或国务院批准":          "Selective subsidies, rebates or reductions for particular operators need a basis in a law or administrative regulation, or State Council approval",
	"排斥、限制外地经营者或者外地商品、要素进入本地市场":                       "Excludes or restricts non-local operators, goods or factors of production from entering the local market",
	"以所有制形式给予区别待遇或设定参与条件，违反对各类所有制经营者平等对待的要求":          "Treats operators differently or sets conditions for taking part by form of ownership, against equal treatment of every form of ownership",
	"只从行政机关设定的库或名单中选择经营者，排斥库外经营者参与":                   "Chooses operators only from a pool or list an administrative body set up, excluding operators outside it",
	"限制商品迁入、落户，阻碍外地商品进入本地市场":                          "Restricts goods from being brought in or registered locally, hindering non-local goods from entering the local market",

	// document.go, the fixed reasons
	"自公布之日起施行，未说明需要立即施行的理由，未留出适应调整期": "Takes effect on publication with no reason given for immediate effect, leaving no time to adapt",
	"文件未载明有效期": "The document states no validity period",
	"文件涉及经营者经济活动，但没有公平竞争审查结论": "The document concerns operators' economic activity but has no fair-competition review conclusion",
}

// reasonTemplate renders a reason built with numbers or names: m are the
// submatches of re, which matches the whole reason.
type reasonTemplate struct {
	re *regexp.Regexp
	en func(m []string) string
}

// chineseDate matches review.Date.ChineseString's "2024年3月1日".
const chineseDate = `(\d{4}年\d{1,2}月\d{1,2}日)`

// isoDate turns a date as ChineseString wrote it into 2024-03-01; what it
// cannot read stays as it was.
func isoDate(zh string) string {
	y, rest, _ := strings.Cut(zh, "年")
	m, rest, _ := strings.Cut(rest, "月")
	if d, ok := cnum.Date(y, m, strings.TrimSuffix(rest, "日")); ok {
		return d.String()
	}
	return zh
}

// reasonTemplates are the reasons document.go, similar.go and the citation
// checks (review/laws) build with numbers or names; the numbers and names
// are carried over.
var reasonTemplates = []reasonTemplate{
	// M01
	{regexp.MustCompile(`^制定主体「(.*)」不是具有对外管理职能的行政机关$`), func(m []string) string {
		return "The issuer 「" + m[1] + "」 is not an administrative body with external management powers"
	}},
	// M02
	{regexp.MustCompile(`^施行日期` + chineseDate + `早于公布日期` + chineseDate + `，且未说明属于有利于当事人的特别规定$`), func(m []string) string {
		return "Takes effect on " + isoDate(m[1]) + ", before its publication on " + isoDate(m[2]) + ", and does not say it is a special provision in the parties' favour"
	}},
	// M03
	{regexp.MustCompile(`^公布后(\d+)日即施行，未说明理由，未留出30日适应期$`), func(m []string) string {
		n, _ := strconv.Atoi(m[1])
		when := "Takes effect " + review.Plural(n, "day") + " after publication"
		if n == 0 {
			when = "Takes effect on the day of publication"
		}
		return when + " with no reason given, leaving no 30-day period to adapt"
	}},
	// M04
	{regexp.MustCompile(`^有效期约(\d+)年，超过(一般文件|暂行、试行文件)通常的(\d+)年上限$`), func(m []string) string {
		n, _ := strconv.Atoi(m[1])
		limit, _ := strconv.Atoi(m[3])
		kind := "a document"
		if m[2] == "暂行、试行文件" {
			kind = "a provisional or trial document"
		}
		return "Valid for about " + review.Plural(n, "year") + ", longer than the usual limit of " + review.Plural(limit, "year") + " for " + kind
	}},
	// S01, S02: the frame in English, the case as the library has it.
	{regexp.MustCompile(`(?s)^与已纠正案例 ([^（\s]+)（(.*?)）相似：(.*)$`), func(m []string) string {
		s := "Close to published case " + m[1] + " (" + m[2] + ")"
		if m[3] != "" {
			s += ": " + m[3]
		}
		return s
	}},
	// S03: the words named stay as written, the places quoted.
	{regexp.MustCompile(`^句中(.*)等要素同时出现，组合与已纠正的案例相近（评分 ([\d.-]+)，阈值 ([\d.-]+)）；没有规则命中，请核查$`), func(m []string) string {
		var parts []string
		for _, w := range strings.Split(m[1], "、") {
			if p, ok := strings.CutPrefix(w, "经营者与"); ok {
				w = "an operator with " + p
			}
			parts = append(parts, w)
		}
		return "Found together, as in the published cases: " + strings.Join(parts, ", ") + " (score " + m[2] + ", threshold " + m[3] + "); no rule matched: check it"
	}},
	// C01
	{regexp.MustCompile(`^法规库中没有(《.*?》)，疑为(《.*?》)之误，请核对名称$`), func(m []string) string {
		return "The law library has no " + m[1] + "; perhaps " + m[2] + " is meant: check the name"
	}},
	{regexp.MustCompile(`^法规库（国家法律、行政法规、部门规章合集）中没有(《.*?》)：名称有误或该法规不存在，请核对$`), func(m []string) string {
		return "The law library (national laws, administrative regulations and departmental rules) has no " + m[1] + ": the name is wrong or the law does not exist; check it"
	}},
	// C02
	{regexp.MustCompile(`(?s)^(《.*?》)已于` + chineseDate + `废止（(.*?)）(?:，由(《.*?》)取代)?；应改引现行有效的上位法(?:(《.*?》)相应条文)?$`), func(m []string) string {
		s := m[1] + " was repealed on " + isoDate(m[2]) + " (" + m[3] + ")"
		if m[4] != "" {
			s += " and replaced by " + m[4]
		}
		s += "; cite the superior law in force instead"
		if m[5] != "" {
			s += ", the corresponding article of " + m[5]
		}
		return s
	}},
	{regexp.MustCompile(`^(《.*?》)在法律法规合集索引中标注为已失效；应改引现行有效的上位法$`), func(m []string) string {
		return m[1] + " is marked as no longer in force in the index of the law collection; cite the superior law in force instead"
	}},
	// C03
	{regexp.MustCompile(`^(《.*?》)现行文本（` + chineseDate + `版）没有(\S+?)（共(\d+)条）$`), func(m []string) string {
		return m[1] + " in force (version of " + isoDate(m[2]) + ") has no " + m[3] + " (it has " + m[4] + " articles)"
	}},
	{regexp.MustCompile(`(?s)^(《.*?》)现行文本（` + chineseDate + `版）(\S+?)没有(\S+?)：(.*)$`), func(m []string) string {
		return m[1] + " in force (version of " + isoDate(m[2]) + "): " + m[3] + " has no " + m[4] + ": " + m[5]
	}},
	{regexp.MustCompile(`(?s)^(《.*?》)已修订，条文序号调整：所引(.+?)现行文本为“(.*?)”，与引文不符(?:；修订前(.+?)的内容现为(第[^“]+?条)(“.*”)?)?，请核对条号$`), func(m []string) string {
		s := m[1] + " was revised and its articles renumbered: the cited " + m[2] + " now reads “" + m[3] + "”, which does not match the citation"
		if m[4] != "" {
			s += "; what was " + m[4] + " before the revision is now " + m[5] + m[6]
		}
		return s + "; check the article number"
	}},
}

// reasonSuffixes are what check.go appends to a sentence rule's reason, each
// matched at the end of the reason.
var reasonSuffixes = []reasonTemplate{
	{regexp.MustCompile(`（本文件为法律法规，可在权限内设定，请核对上位法）$`), func([]string) string {
		return "this document is a law or regulation, which may set this within its powers: check the superior law"
	}},
	{regexp.MustCompile(`（所在条款已写明第十二条例外的理由、替代方案评估和期限）$`), func([]string) string {
		return "the clause states the grounds, the assessment of alternatives and the term of an exception under Fair Competition Review Regulation Art.12"
	}},
	{regexp.MustCompile(`（句中援引了法律法规依据，请核对依据是否支持）$`), func([]string) string {
		return "the sentence cites a law or regulation as its basis: check that the basis supports it"
	}},
	{regexp.MustCompile(`（所引(《.*?》)不是法律、法规或规章，不能作为依据）$`), func(m []string) string {
		return "the cited " + m[1] + " is not a law, regulation or rule and cannot serve as a basis"
	}},
}
