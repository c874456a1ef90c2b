package review

import "fmt"

// Role is what a user may do in the office: a reviewer reviews; the head
// of section (科长) also assigns documents and takes the decisions.
type Role string

const (
	RoleReviewer Role = "reviewer"
	RoleHead     Role = "head"
)

func (r Role) Label() Label {
	if r == RoleReviewer {
		return Label{"审查人员", "reviewer"}
	}
	return Label{"科长", "head of section"}
}

// User is a user's role and where it came from: an authenticated shared
// store vouches for it, or the settings file says it. A refusal names the
// source, so that the user knows where the role can be changed.
type User struct {
	Role    Role
	Vouched bool // by the shared store's account
}

// RoleOf is the one place a user's role is resolved. fromStore is the
// role an authenticated shared store vouches for (storage.Identity.Role),
// which wins; otherwise setting, the settings file's "role". Unset (or
// unknown) is the head, so that a single user on the local file is never
// refused.
func RoleOf(fromStore string, setting Role) User {
	u := User{Role: RoleHead}
	if fromStore != "" {
		setting, u.Vouched = Role(fromStore), true
	}
	if setting == RoleReviewer {
		u.Role = RoleReviewer
	}
	return u
}

// May is Role.May, the refusal naming where the role came from.
func (u User) May(t EventType) error { return u.vouch(u.Role.May(t)) }

// MayUndo is Role.MayUndo, the refusal naming where the role came from.
func (u User) MayUndo(t EventType, undo bool) error { return u.vouch(u.Role.MayUndo(t, undo)) }

func (u User) vouch(err error) error {
	if re, ok := err.(*RoleError); ok {
		re.Vouched = u.Vouched
	}
	return err
}

// headOnly are the actions only the head of section takes: assigning, and
// the decisions (通过/不予通过…, a filed document's review outcome).
var headOnly = map[EventType]Label{
	EvAssigned:       {"分配文件", "assign documents"},
	EvDecision:       {"作出决定（通过、不予通过等）", "take the decision (pass, reject…)"},
	EvFilingReviewed: {"作出审查结论", "give the review outcome"},
}

// May refuses, with *RoleError, an action the role does not take.
func (r Role) May(t EventType) error {
	if what, ok := headOnly[t]; ok && r != RoleHead {
		return &RoleError{Role: r, What: what}
	}
	return nil
}

// MayUndo refuses, with *RoleError, taking back (undo) or putting back
// (redo) an action the role does not take: a reviewer's u does not undo
// the head's decision.
func (r Role) MayUndo(t EventType, undo bool) error {
	if _, ok := headOnly[t]; !ok || r == RoleHead {
		return nil
	}
	l := t.Label()
	if undo {
		return &RoleError{Role: r, What: Label{"撤销“" + l.ZH + "”", "undo “" + l.EN + "”"}}
	}
	return &RoleError{Role: r, What: Label{"重做“" + l.ZH + "”", "redo “" + l.EN + "”"}}
}

// RoleError says that only the head of section takes an action.
type RoleError struct {
	Role    Role
	What    Label
	Vouched bool // the role is the shared store's account's, not a setting
}

func (e *RoleError) Error() string { return e.Message(ZH) }
func (e *RoleError) Message(lang Lang) string {
	if lang == EN {
		from := `settings "role"`
		if e.Vouched {
			from = "the shared store's account; the store's administrator sets it"
		}
		return fmt.Sprintf("only the head of section may %s; your role is %s (%s)", e.What.EN, e.Role.Label().EN, from)
	}
	from := "设置项 role"
	if e.Vouched {
		from = "共享库账户的角色，由共享库管理员设定"
	}
	return fmt.Sprintf("只有科长可以%s；你的角色是%s（%s）", e.What.ZH, e.Role.Label().ZH, from)
}
