package review

import (
	"strings"
	"unicode"
)

// InferIssuerType reads the legal form of the issuing body from its name,
// for the import to set and the reviewer to correct: 人民政府 → government;
// its 办公室/办公厅 → office; a 局, 厅, 委员会, 委, 办, 署 or 中心 →
// department. A standing committee, a 管理委员会 (often a dispatched
// body), a 领导小组办公室 (a coordinating body that may not issue normative
// documents) or anything else stays unknown, and so does a joint issuance
// of bodies of different forms.
func InferIssuerType(name string) IssuerType {
	parts := strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、，,；;/", r)
	})
	t := IssuerUnknown
	for i, p := range parts {
		pt := issuerTypeOf(p)
		if pt == IssuerUnknown || (i > 0 && pt != t) {
			return IssuerUnknown
		}
		t = pt
	}
	return t
}

func issuerTypeOf(name string) IssuerType {
	has := func(s ...string) bool {
		for _, x := range s {
			if strings.HasSuffix(name, x) {
				return true
			}
		}
		return false
	}
	switch {
	case has("人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅", "政府办"):
		return IssuerOffice
	case has("人民政府", "政府"):
		return IssuerGovernment
	case has("常务委员会", "常委会", "人民代表大会", "管理委员会", "管委会", "领导小组办公室", "领导小组"):
		return IssuerUnknown
	case has("局", "厅", "委员会", "委", "办公室", "办", "署", "中心"):
		return IssuerDepartment
	}
	return IssuerUnknown
}
