package review

// Outcome is the reviewer's decision on a document (DESIGN.md: 通过 /
// 修改后通过 / 退回修改 / 不予通过).
type Outcome string

const (
	Pass        Outcome = "pass"         // 通过
	PassAmended Outcome = "pass_amended" // 修改后通过
	Return      Outcome = "return"       // 退回修改
	Reject      Outcome = "reject"       // 不予通过
)

var outcomeLabels = map[Outcome]Label{
	Pass:        {"通过", "Pass"},
	PassAmended: {"修改后通过", "Pass after amendment"},
	Return:      {"退回修改", "Return for revision"},
	Reject:      {"不予通过", "Reject"},
}

// Outcomes lists the decisions in the order the decision dialog offers them.
var Outcomes = []Outcome{Pass, PassAmended, Return, Reject}

func (o Outcome) Label() Label { return labelOr(outcomeLabels, o) }

// ParseOutcome accepts a code or its Chinese or English label.
func ParseOutcome(s string) (Outcome, bool) {
	for _, o := range Outcomes {
		l := o.Label()
		if s == string(o) || s == l.ZH || s == l.EN {
			return o, true
		}
	}
	return "", false
}
