package review

import "testing"

func TestInferIssuerType(t *testing.T) {
	for name, want := range map[string]IssuerType{
		"临川市人民政府":            IssuerGovernment,
		"临江区政府":              IssuerGovernment,
		"临川市人民政府办公室":         IssuerOffice,
		"临川省人民政府办公厅":         IssuerOffice,
		"临川市市场监督管理局":         IssuerDepartment,
		"市监局":                IssuerDepartment,
		"临川市发展和改革委员会":        IssuerDepartment,
		"临川市卫生健康委":           IssuerDepartment,
		"临川市金融工作办":           IssuerDepartment,
		"临川省教育厅":             IssuerDepartment,
		"临川市公共资源交易中心":        IssuerDepartment,
		"青川市城市管理局　青川市交通运输局":  IssuerDepartment,
		"青川市人民政府　青川市交通运输局":   IssuerUnknown,
		"临川市人民代表大会常务委员会":     IssuerUnknown,
		"临川经济技术开发区管理委员会":     IssuerUnknown,
		"青川市文明城市创建工作领导小组办公室": IssuerUnknown,
		"":     IssuerUnknown,
		"某某公司": IssuerUnknown,
	} {
		if got := InferIssuerType(name); got != want {
			t.Errorf("InferIssuerType(%q) = %q, want %q", name, got, want)
		}
	}
}
