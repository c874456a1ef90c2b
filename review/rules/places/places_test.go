package places

import "testing"

func TestFindNamesEveryTier(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"供应商应当在四川省境内依法注册", []string{"四川省"}},
		{"在广西设立分支机构", []string{"广西"}},
		{"注册地在杨浦的企业", []string{"杨浦"}},
		{"海口市企业", []string{"海口市"}},
		{"延边的企业和恩施的企业", []string{"延边", "恩施"}},
		{"在仙游县注册", []string{"仙游县"}},
		{"外地企业和本市企业", []string{"外地", "本市"}},
	}
	for _, c := range cases {
		var got []string
		for _, s := range Find(c.text) {
			got = append(got, s.Name)
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: got %v, want %v", c.text, got, c.want)
			}
		}
	}
}

func TestOrdinaryWordsAndTheNationAreNoPlace(t *testing.T) {
	for _, s := range []string{
		"在中华人民共和国境内从事经营活动", "出口加工区内企业",
		"公安机关依法处理",
		"会同有关部门制定",
		"省、自治区、直辖市和县级人民政府",
		"延长期限",
		"沿海城市",
	} {
		if got := Find(s); len(got) != 0 {
			t.Errorf("%s: found %v, want no place", s, got)
		}
	}
}

func TestLevelsAndOthers(t *testing.T) {
	p, ok := Lookup("广西")
	if !ok || p.Level != Province || !p.Short {
		t.Errorf("广西: %+v %v", p, ok)
	}
	p, ok = Lookup("外地")
	if !ok || !p.Other {
		t.Errorf("外地 should mean elsewhere: %+v", p)
	}
	p, ok = Lookup("杨浦区")
	if !ok || p.Level != County || p.Code != "310110" {
		t.Errorf("杨浦区: %+v", p)
	}
}

// A report retells the drafter's place as 该市 where something moves into
// it, a contract as 甲方所在地, a clause as 域内; the same runes inside other
// words (该市场, 领域内, 流域内) and a 该市 that only points back name none.
func TestRetoldForms(t *testing.T) {
	for s, want := range map[string]string{
		"将注册地迁至该市": "该市", "总部迁入该县": "该县", "在甲方所在地注册": "甲方所在地", "鼓励域内企业": "域内",
	} {
		if got := Find(s); len(got) != 1 || got[0].Name != want || got[0].Level != Relative {
			t.Errorf("%s: found %v, want %s", s, got, want)
		}
	}
	for _, s := range []string{"进入该市场", "重点领域内企业", "流域内企业", "该市人民政府批准", "应该区分"} {
		if got := Find(s); len(got) != 0 {
			t.Errorf("%s: found %v, want no place", s, got)
		}
	}
}
