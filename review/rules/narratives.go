package rules

import (
	"regexp"
	"strings"

	"beishen/review"
	"beishen/review/rules/places"
)

// Frames of the forms a published case retells a measure in, and of the
// contracts an authority signs: a market of shared vehicles handed out by
// tender or auction (《公平竞争审查条例》第八条第（二）项: 违法授予特许经营权),
// a right of first renewal given to the incumbent, a filing or a licence
// that the office processing it makes wait for a further proof or check
// (第八条第（一）、（四）项), and operators told to deal with those of the
// drafter's own place (第八条第（三）项, 第九条). Their words are the
// statutes' and the negative list's, not one case's.

var (
	// sharedMobility are the markets of shared vehicles and devices, which
	// no law makes a franchise: their operators may not be picked by the
	// authority (市场准入负面清单 典型案例: 共享单车经营权招标、拍卖).
	sharedMobility = newConcept("共享单车", "共享电单车", "共享电动单车", "共享电动车", "共享电动自行车", "共享自行车", "共享助力车", "共享汽车", "共享充电宝", "互联网租赁自行车", "互联网租赁电动自行车")
	// handedOut is the market handed to some: by tender, auction or lease
	// of the right, or by naming the operators.
	handedOut = regexp.MustCompile(`招标|招投标|遴选|比选|磋商|特许经营|授权|拍卖|竞拍|招租|出让|转让|中标|独占|独家|经营权|运营权|使用权|标的|确定[^，。；]{1,24}为[^，。；]{0,12}(?:运营|经营)(?:企业|商|主体|单位)|[0-9一二两三四五六七八九十]+家(?:运营|经营)(?:企业|商|主体)`)

	// firstRights are a right of first refusal given to the incumbent:
	// "合同到期后，在同等条件下，乙方享有优先续约权". (优先购买权 and
	// 优先承租权 are the civil code's and stay silent.)
	firstRights  = newConcept("优先续约", "优先续签", "优先续租", "优先续期", "优先续包", "优先续用", "续约优先", "续签优先", "优先合作权", "优先承接权", "优先经营权", "优先供货权", "优先中标")
	firstRightRe = regexp.MustCompile(`(?:享有|给予|赋予|拥有|获得|具有|取得)[^，。；]{0,6}(?:优先(?:续约|续签|续租|续期|续包|续用)|优先(?:合作|承接|经营|供货)权)|(?:优先(?:续约|续签|续租|续期|续包|续用)|(?:续约|续签)优先)(?:权|资格)?|优先中标`)

	// sceneEnds end the time clause a case report sets the scene with
	// (办理…许可证时, 办理…备案事项时), and checkEnds a check made to come
	// first (核查后再备案): the frame's rarer words, which wake it.
	sceneEnds = []string{"证时", "可时", "案时", "批时", "记时", "照时", "项时", "证过程中", "案过程中"}
	checkEnds = []string{"核查后", "审核后", "审查后", "验收后", "检查后", "通过后"}
	// extraAsked is what the office asked for besides: a proof from another
	// office, a check before the filing (备案 made an approval), a step first.
	extraAsked = regexp.MustCompile(`(?:^|[，,。；;])[^，,。；;]{0,24}?要求(?:其|企业|该企业|申请人|该公司|公司|经营者|业主|该单位)?(?:先|须|必须|另行|补充|再)?(?:提供|提交|出具|开具|补交|取得|完成|办理|进行|到)`)
	// stepWords ask for a step first or besides; othersPapers are papers or
	// consents another body gives.
	stepWords    = []string{"先", "另行", "补充", "补交", "再", "完成", "到"}
	othersPapers = []string{"出具", "开具", "回执", "同意", "意见", "核查", "审查", "批准", "签字", "盖章", "证明文件", "许可证明"}
	checkFirst   = regexp.MustCompile(`(?:现场核查|现场检查|现场勘验|现场踏勘|核查|审核|审查|验收|检查)(?:通过)?后(?:再|方可|才能|才)?(?:进行|予以|办理|给予)?备案`)
	// licensedAct names the permit or filing being processed.
	licensedAct = regexp.MustCompile(`(?:办理|申请|申办|报|受理|延续|变更)[^，。；]{0,30}?(?:许可证?|备案|审批|登记|执照|证书|证)[^，。；]{0,8}?(?:时|过程中|期间|事项时)`)

	// dealWith is operators told to contract or buy from others: the
	// counterpart must then be named by a place of the drafter's own. Its
	// words are the counterpart's end joined to the act (企业签订), rarer
	// than 签订 or 合作 alone, which every contract clause has.
	dealWith      = newConcept(append(joined(counterEnds, dealActs), "优先采购", "优先使用", "优先选用", "优先选择", "优先购买")...)
	counterEnds   = []string{"企业", "公司", "经营者", "供应商", "商户", "合作社", "厂家", "单位", "批发商"}
	dealActs      = []string{"签订", "签署", "合作", "结对"}
	ownCounterRe  = regexp.MustCompile(`(?:必须|须|需|应当|应|要|只能|一律)与([^，。；]{1,16}?)(?:` + strings.Join(counterEnds, "|") + `)(?:` + strings.Join(dealActs, "|") + `)`)
	ownPreference = regexp.MustCompile(`优先(?:采购|使用|选用|选择|购买)`)
)

var (
	// stallMarks are an application left without an answer, or refused
	// without a reason (《行政许可法》第三十八条第二款, 第四十二条): the
	// frame's words, which wake it.
	stallMarks = []string{"仍未", "均未", "都未", "迟迟未", "迟迟没有", "至今未", "一直未", "始终未", "未及时", "未能及时", "未被告知", "未告知", "未说明理由", "未说明原因", "久拖不办", "拖延办理"}
	stalled    = regexp.MustCompile(`(?:直至|直到|至今|迟迟|长期|多次|一直|始终|反复|仍|均|都)[^。；]{0,40}?(?:未|没有|未能)(?:成功|及时|予以|予|被|能)?(?:办理|受理|通过|审批|批准|办结|答复|获批|核发|延续|办成)|未能?及时(?:办理|受理|审批|答复|办结|核发)|未被?(?:书面)?(?:告知|说明|告诉)[^，。；]{0,8}(?:原因|理由)|久拖不办|拖延办理`)
	// applied is the matter the operator applied for.
	applied = []string{"申请", "办理", "许可", "审批", "备案", "登记", "证"}
)

// stallFrame: an operator's application left unanswered until it could not
// operate, or refused without a reason: "多次申请超限运输通行证均未通过，也未
// 被告知不通过原因", "直至许可证到期，延续仍未办理".
func stallFrame(s string, w *present) (int, int, bool) {
	if !containsAny(s, applied) {
		return -1, -1, false
	}
	for _, loc := range stalled.FindAllStringIndex(s, -1) {
		// "逾期未办理的，…": the case a rule provides for, not a delay told
		if strings.HasPrefix(s[loc[1]:], "的") || bannedBefore(s, loc[0]) {
			continue
		}
		return loc[0], loc[1], true
	}
	return -1, -1, false
}

var (
	// licenceEnds name the licence an applicant asks for, before the 的
	// that makes him the subject: the frame's words, which wake it.
	licenceEnds = []string{"许可证的", "许可证》的", "许可的", "资质的", "执照的"}
	// licenceCondition: applicants for a licence told to deal with, join or
	// get the consent of another first — a condition of the licence the
	// document adds (《行政许可法》第十六条第四款): "申请办理《烟花爆竹零售许可证》
	// 的零售店，必须与辖区内批发企业签订连锁经营协议". Materials to hand in
	// (应当提交…) are the application's, not a condition.
	licenceCondition = regexp.MustCompile(`申请(?:办理|领取|取得)?[^，。；]{0,24}?(?:许可证|许可|资质|执照)》?的[^，。；]{0,12}?[，,]?(?:必须|须|需|需要|应当先|应先|均须|一律)先?(?:与|经|加入|参加|签订|购买|使用|安装|接入)`)
)

// licenceConditionFrame finds a condition added to a licence.
func licenceConditionFrame(s string, w *present) (int, int, bool) {
	if loc := licenceCondition.FindStringIndex(s); loc != nil && !bannedBefore(s, loc[0]) {
		return loc[0], loc[1], true
	}
	return -1, -1, false
}

// joined returns every a followed by every b.
func joined(as, bs []string) []string {
	var out []string
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+b)
		}
	}
	return out
}

// sharedMarketFrame: a market of shared vehicles handed to some by tender,
// auction or naming: "通过公开招标确定两家公司为本地区共享单车运营企业".
func sharedMarketFrame(s string, w *present) (int, int, bool) {
	for _, m := range sharedMobility.find(s, w) {
		if bannedBefore(s, m.a) {
			continue
		}
		if loc := handedOut.FindStringIndex(s); loc != nil && !bannedBefore(s, loc[0]) {
			return min(m.a, loc[0]), max(m.b, loc[1]), true
		}
	}
	return -1, -1, false
}

// firstRightFrame: the incumbent given the first claim on the next term.
func firstRightFrame(s string, w *present) (int, int, bool) {
	if !firstRights.in(w) {
		return -1, -1, false
	}
	for _, loc := range firstRightRe.FindAllStringIndex(s, -1) {
		if !bannedBefore(s, loc[0]) && !describedAsWrong(s, loc[0]) {
			return loc[0], loc[1], true
		}
	}
	return -1, -1, false
}

// extraStepFrame: an office processing a permit or filing asks for a
// further proof or step: "在办理娱乐经营许可证时，文旅局要求其提供生态环境局
// 出具的备案回执", "要求企业完成现场核查后再进行备案".
func extraStepFrame(s string, w *present) (int, int, bool) {
	if loc := checkFirst.FindStringIndex(s); loc != nil && strings.Contains(s[:loc[0]], "要求") && !bannedBefore(s, loc[0]) {
		return back(s, loc[0], 8), loc[1], true
	}
	act := licensedAct.FindStringIndex(s)
	if act == nil || bannedBefore(s, act[0]) {
		return -1, -1, false
	}
	for _, loc := range extraAsked.FindAllStringIndex(s[act[1]:], -1) {
		a, b := act[1]+loc[0], act[1]+loc[1]
		k := strings.Index(s[a:b], "要求")
		// a duty the law lays on the office (应当要求, 可以要求) is no added step
		if hasSuffixAny(s[:a+k], []string{"应当", "可以", "有权", "应", "可", "不得", "不"}) {
			continue
		}
		// Something beyond the application itself: a step first or besides,
		// or a paper another body issues ("要求其提供…局出具的回执"); the
		// applicant's own papers (要求申请人提供身份证明) are the application.
		rest := s[b:]
		if k := strings.IndexAny(rest, "。；;"); k >= 0 {
			rest = rest[:k]
		}
		if !hasPrefixAny(s[a+k+len("要求"):], stepWords) && !containsAny(s[a+k:b], stepWords) && !containsAny(rest, othersPapers) {
			continue
		}
		return act[0], b, true
	}
	return -1, -1, false
}

// ownDealFrame: operators told to contract with, or steered to buy from,
// operators of the drafter's own place: "申请零售许可证的零售店必须与辖区内
// 批发企业签订连锁经营协议", "鼓励域内企业协作配套，政府优先采购".
func ownDealFrame(s string, w *present) (int, int, bool) {
	if !dealWith.in(w) {
		return -1, -1, false
	}
	for _, m := range ownCounterRe.FindAllStringSubmatchIndex(s, -1) {
		if ownPlaceIn(s, m[2], m[3]) && !bannedBefore(s, m[0]) {
			return m[0], m[1], true
		}
	}
	pref := ownPreference.FindStringIndex(s)
	if pref == nil || bannedBefore(s, pref[0]) || describedAsWrong(s, pref[0]) {
		return -1, -1, false
	}
	for _, p := range places.Find(s) {
		if p.Level != places.Relative || p.Other || strings.HasPrefix(p.Name, "全") {
			continue
		}
		// the place names the operators: "域内企业", "本地供应商"
		if parties.within(s, p.End, forward(s, p.End, 6), w) {
			return p.Start, pref[1], true
		}
	}
	return -1, -1, false
}

// ownPlaceIn reports whether s[a:b] names the drafter's own place.
func ownPlaceIn(s string, a, b int) bool {
	for _, p := range places.FindIn(s, a, b) {
		if p.Level == places.Relative && !p.Other && !strings.HasPrefix(p.Name, "全") {
			return true
		}
	}
	return false
}

// narrativeFrameRules are the rules of this file, in report order after
// the other frames.
func narrativeFrameRules() []*sentenceRule {
	sanction := `的，由|的,由|(?:依法|依规)(?:予以|给予)?(?:处罚|查处|追究|处理)|追究[^，。]{0,8}责任`
	return []*sentenceRule{
		{
			RuleInfo: RuleInfo{ID: "F36", Category: review.FairCompetition, Severity: review.High,
				Title: "以招标、拍卖等方式把共享出行市场交给选定的经营者", TitleEN: "Hands a shared-vehicle market to chosen operators",
				Basis:       []string{fcr8_2, fcr8_4, aml39},
				Description: "对共享单车、共享电单车等无需特许经营的市场，以招标、拍卖、招租经营权或使用权，或直接确定运营企业的方式，把市场交给选定的经营者，限定经营者数量。"},
			anchors:       sharedMobility.words,
			frame:         sharedMarketFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `不得|禁止|不再|取消`),
			cite:          citeSuppress,
			reason:        "以招标、拍卖或直接确定的方式把共享出行市场交给选定的经营者，限定了经营者数量",
		},
		{
			RuleInfo: RuleInfo{ID: "F37", Category: review.FairCompetition, Severity: review.Medium,
				Title: "给予现有经营者优先续约等优先权", TitleEN: "Gives the incumbent a right of first renewal",
				Basis:       []string{fcr8_5, fcr10_4},
				Description: "在合同、协议或文件中给予特定经营者优先续约、优先续签、优先合作等权利，使其他经营者在下一期竞争中处于不利地位。"},
			anchors:       firstRights.words,
			frame:         firstRightFrame,
			statuteSilent: true,
			suppress:      res(sanction, `优先购买权|优先承租权`),
			cite:          citeSuppress,
			reason:        "给予特定经营者优先续约等优先权，排斥其他经营者参与竞争",
		},
		{
			RuleInfo: RuleInfo{ID: "F38", Category: review.FairCompetition, Severity: review.Medium,
				Title: "办理许可、备案时另行要求证明或前置程序", TitleEN: "Asks for further proofs or steps when processing a permit or filing",
				Basis:       []string{fcr8_1, fcr8_4},
				Description: "办理许可、备案、登记等事项时，另行要求经营者提供其他部门出具的证明、先行核查或办理其他手续，把备案变为审批或增设前置条件。"},
			anchors:       append(append([]string{}, sceneEnds...), checkEnds...),
			frame:         extraStepFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `(?:法律|行政法规|国务院)(?:另有)?规定|依法|依照|按照规定|一次性告知`),
			cite:          citeSuppress,
			reason:        "办理许可、备案时另行要求证明或前置程序，变相增设准入条件",
		},
		{
			RuleInfo: RuleInfo{ID: "F39", Category: review.FairCompetition, Severity: review.High,
				Title: "要求或引导与本地经营者交易", TitleEN: "Tells operators to deal with local operators",
				Basis:       []string{fcr8_3, fcr9_1},
				Description: "要求经营者与本地经营者签订协议、合作，或引导优先采购、使用本地经营者的商品和服务。"},
			anchors:       dealWith.words,
			frame:         ownDealFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `一视同仁|平等对待|不得|各类`),
			cite:          citeSuppress,
			reason:        "要求或引导经营者与本地经营者交易，限定了交易对象",
		},
		{
			RuleInfo: RuleInfo{ID: "F40", Category: review.FairCompetition, Severity: review.Medium,
				Title: "拖延或不说明理由不予办理", TitleEN: "Leaves applications unanswered or refused without reasons",
				Basis:       []string{fcr8_5, "《中华人民共和国行政许可法》第三十八条、第四十二条"},
				Description: "经营者申请许可、备案、延续等事项，被长期拖延、多次不予通过且不说明理由，使其无法进入市场或正常经营。"},
			anchors:       stallMarks,
			frame:         stallFrame,
			pejorativeOwn: true,
			statuteSilent: true,
			suppress:      res(sanction, `应当|可以|视为|不得`),
			cite:          citeSuppress,
			reason:        "对经营者的申请长期拖延或不说明理由不予办理，限制其进入市场或正常经营",
		},
		{
			RuleInfo: RuleInfo{ID: "L18", Category: review.Legality, Severity: review.High,
				Title: "为行政许可增设条件", TitleEN: "Adds a condition to a licence",
				Basis:       []string{basisLicenceAdd, basisLicence},
				Description: "规定申请某项许可的经营者必须先与特定经营者签约、加入组织、经某一单位同意或购买使用某种产品，为法定许可增设条件。"},
			anchors:        licenceEnds,
			frame:          licenceConditionFrame,
			nationalSilent: true,
			suppress:       res(sanction, `(?:法律|行政法规|国务院)(?:另有)?规定|不得`),
			cite:           citeSuppress, statuteLowers: true,
			reason: "为法定的行政许可增设条件，规范性文件不得增设许可条件",
		},
	}
}
