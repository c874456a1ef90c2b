package search

import (
	"reflect"
	"slices"
	"testing"
)

func docsOf(displays ...string) []Doc {
	docs := make([]Doc, len(displays))
	for i, s := range displays {
		docs[i] = Doc{ID: uint64(i + 1), Entry: Entry{Display: s, Prepared: Prepare(s)}}
	}
	return docs
}

func ids(res Result) []uint64 {
	out := make([]uint64, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = h.ID
	}
	return out
}

func hitFor(t *testing.T, res Result, id uint64) Hit {
	t.Helper()
	for _, h := range res.Hits {
		if h.ID == id {
			return h
		}
	}
	t.Fatalf("document %d not found; hits %v", id, ids(res))
	return Hit{}
}

func TestPinyinInitialsFindChineseTitle(t *testing.T) {
	ix := New(docsOf(
		"湖州市公平竞争审查实施办法 湖政规〔2023〕12号 湖州市人民政府",
		"湖州市劳动合同管理办法 湖政规〔2023〕13号 湖州市人民政府",
	))
	res := ix.Search("gpjz", 10)
	if got := ids(res); !reflect.DeepEqual(got, []uint64{1}) {
		t.Fatalf("gpjz: got %v, want [1]", got)
	}
	h := res.Hits[0]
	if !h.ByInitials {
		t.Errorf("gpjz hit not marked ByInitials")
	}
	// 公平竞争 are display runes 3..6.
	if !reflect.DeepEqual(h.Positions, []int{3, 4, 5, 6}) {
		t.Errorf("gpjz highlights %v, want [3 4 5 6]", h.Positions)
	}
	if res.Total != 1 || res.Direct != 0 {
		t.Errorf("Total=%d Direct=%d, want 1 and 0", res.Total, res.Direct)
	}
}

func TestPinyinInitialsMatchAdjacentCharactersOnly(t *testing.T) {
	// 公…平…竞…争 occur in order in 2 but never side by side: as with a
	// pinyin input method, gpjz stands for four adjacent characters.
	ix := New(docsOf(
		"关于做好公平竞争审查工作的通知",
		"公共资源平台竞买纷争处理规则",
	))
	res := ix.Search("gpjz", 10)
	if got := ids(res); !reflect.DeepEqual(got, []uint64{1}) {
		t.Fatalf("gpjz: got %v, want [1]", got)
	}
	if got := res.Hits[0].Positions; !reflect.DeepEqual(got, []int{4, 5, 6, 7}) {
		t.Errorf("gpjz highlights %v, want [4 5 6 7] (公平竞争)", got)
	}
	// The run may start in any field, e.g. the issuer.
	ix = New(docsOf(Join("关于调整补贴标准的通知", "湖民发〔2024〕3号", "湖州市民政局养老服务处")))
	if got := ids(ix.Search("ylfw", 10)); !reflect.DeepEqual(got, []uint64{1}) {
		t.Errorf("ylfw in the issuer field: got %v, want [1]", got)
	}
}

func TestSearcherInsertingALetterMidRun(t *testing.T) {
	// The user types gj (nothing: no 公竞 side by side), then puts p in
	// between: gpj must find 公平竞 although gj found nothing.
	ix := New(docsOf("公平竞争审查制度实施细则"))
	s := NewSearcher(ix)
	if got := ids(s.Search("gj", 10)); len(got) != 0 {
		t.Fatalf("gj: got %v, want nothing", got)
	}
	if got := ids(s.Search("gpj", 10)); !reflect.DeepEqual(got, []uint64{1}) {
		t.Errorf("gpj after gj: got %v, want [1]", got)
	}
}

func TestPolyphonesMatchEveryReading(t *testing.T) {
	ix := New(docsOf("关于规范银行收费的通知", "重大行政决策程序规定", "长期护理保险办法"))
	for _, c := range []struct {
		query string
		want  uint64
	}{
		{"yh", 1}, {"yx", 1}, // 行: hang / xing
		{"zd", 2}, {"cd", 2}, // 重: zhong / chong
		{"cq", 3}, {"zq", 3}, // 长: chang / zhang
	} {
		res := ix.Search(c.query, 10)
		if !slices.Contains(ids(res), c.want) {
			t.Errorf("%q: got %v, want document %d among them", c.query, ids(res), c.want)
		}
	}
}

func TestMixedHanAndInitials(t *testing.T) {
	ix := New(docsOf(
		"南浔区公平竞争审查工作规则",
		"吴兴区公平竞争审查工作规则",
		"南浔区政府信息公开办法",
	))
	res := ix.Search("南浔gpjz", 10)
	if got := ids(res); !reflect.DeepEqual(got, []uint64{1}) {
		t.Fatalf("南浔gpjz: got %v, want [1]", got)
	}
	if got := res.Hits[0].Positions; !reflect.DeepEqual(got, []int{0, 1, 3, 4, 5, 6}) {
		t.Errorf("highlights %v, want [0 1 3 4 5 6]", got)
	}
}

func TestDirectMatchesComeBeforeInitials(t *testing.T) {
	// "ht" is typed in the title of 2 and stands for 合同 in 1.
	ix := New(docsOf("劳动合同管理办法", "HTTP接口安全规范"))
	res := ix.Search("ht", 10)
	if got := ids(res); !reflect.DeepEqual(got, []uint64{2, 1}) {
		t.Fatalf("ht: got %v, want [2 1]", got)
	}
	if res.Hits[0].ByInitials || !res.Hits[1].ByInitials {
		t.Errorf("ByInitials = %v, %v; want false, true", res.Hits[0].ByInitials, res.Hits[1].ByInitials)
	}
	if res.Direct != 1 || res.Total != 2 {
		t.Errorf("Direct=%d Total=%d, want 1 and 2", res.Direct, res.Total)
	}
}

func TestFullWidthMatchesASCII(t *testing.T) {
	ix := New(docsOf("关于ABC系统接入的通知", "关于ＡＢＣ系统接入的通知", "关于XYZ的通知"))
	for _, q := range []string{"ＡＢＣ", "abc", "ABC"} {
		res := ix.Search(q, 10)
		if got := ids(res); !reflect.DeepEqual(got, []uint64{1, 2}) {
			t.Errorf("%q: got %v, want [1 2]", q, got)
		}
	}
	h := hitFor(t, ix.Search("abc", 10), 2)
	if !reflect.DeepEqual(h.Positions, []int{2, 3, 4}) {
		t.Errorf("abc in full-width title highlights %v, want [2 3 4]", h.Positions)
	}
}

func TestHighlightsAreRuneIndexes(t *testing.T) {
	ix := New(docsOf("劳动合同管理办法"))
	res := ix.Search("合同", 10)
	if len(res.Hits) != 1 {
		t.Fatalf("合同: %d hits, want 1", len(res.Hits))
	}
	if got := res.Hits[0].Positions; !reflect.DeepEqual(got, []int{2, 3}) {
		t.Errorf("合同 in 劳动合同管理办法: positions %v, want [2 3]", got)
	}
}

func TestHighlightsSurviveNormalisationThatChangesLength(t *testing.T) {
	// ㈱ becomes three runes "(株)" under NFKC; the 会 after it is display rune 2.
	ix := New(docsOf("某㈱会社规定"))
	h := hitFor(t, ix.Search("株会", 10), 1)
	if !reflect.DeepEqual(h.Positions, []int{1, 2}) {
		t.Errorf("positions %v, want [1 2]", h.Positions)
	}
}

func TestEmptyQueryReturnsAllByID(t *testing.T) {
	docs := docsOf("丙", "甲", "乙", "丁")
	slices.Reverse(docs) // insertion order must not matter
	ix := New(docs)
	ix.Add(Doc{ID: 0, Entry: Key("戊")})
	res := ix.Search("", 3)
	if got := ids(res); !reflect.DeepEqual(got, []uint64{0, 1, 2}) {
		t.Errorf("empty query: got %v, want [0 1 2]", got)
	}
	if res.Total != 5 {
		t.Errorf("Total = %d, want 5", res.Total)
	}
}

func TestRankingPrefersTitleStartAndContiguity(t *testing.T) {
	ix := New(docsOf(
		"关于公共资源交易平台管理的通知 某市人民政府",
		"公平竞争审查制度实施细则 某市人民政府",
		"关于开展竞争性公平审查的通知 某市人民政府",
	))
	res := ix.Search("公平竞争", 10)
	if got := ids(res); len(got) == 0 || got[0] != 2 {
		t.Errorf("公平竞争: order %v, want document 2 first", got)
	}
}

func TestAddUpdateRemove(t *testing.T) {
	ix := New(docsOf("劳动合同管理办法", "政府信息公开办法"))
	s := NewSearcher(ix)
	if got := ids(s.Search("合同", 10)); !reflect.DeepEqual(got, []uint64{1}) {
		t.Fatalf("before edit: %v", got)
	}
	ix.Add(Doc{ID: 2, Entry: Key("建设工程合同示范文本")}) // edit of 2
	ix.Add(Doc{ID: 3, Entry: Key("合同审查指引")})
	if got := ids(s.Search("合同", 10)); !slices.Equal(sorted(got), []uint64{1, 2, 3}) {
		t.Errorf("after edit and add: %v, want 1 2 3", got)
	}
	if got := ids(s.Search("信息公开", 10)); len(got) != 0 {
		t.Errorf("edited-away title still found: %v", got)
	}
	if !ix.Remove(1) || ix.Remove(1) {
		t.Errorf("Remove should succeed once")
	}
	if got := ids(s.Search("合同", 10)); !slices.Equal(sorted(got), []uint64{2, 3}) {
		t.Errorf("after remove: %v, want 2 3", got)
	}
	if ix.Len() != 2 {
		t.Errorf("Len = %d, want 2", ix.Len())
	}
}

func TestCompactionKeepsResults(t *testing.T) {
	var docs []Doc
	for i := range 400 {
		title := "规范性文件备案审查办法"
		if i%2 == 0 {
			title = "劳动合同管理办法"
		}
		docs = append(docs, Doc{ID: uint64(i), Entry: Key(title)})
	}
	ix := New(docs)
	for i := 0; i < 400; i += 4 {
		ix.Remove(uint64(i)) // a quarter of the documents, all 合同 ones
	}
	res := ix.Search("合同", 0)
	if res.Total != 100 {
		t.Errorf("合同 after removals: Total %d, want 100", res.Total)
	}
	for _, h := range res.Hits {
		if h.ID%4 == 0 {
			t.Errorf("removed document %d returned", h.ID)
		}
	}
}

func TestLimitKeepsBestAndCountsAll(t *testing.T) {
	ix := New(synthetic(t, 5000))
	all := ix.Search("办法", 0)
	top := ix.Search("办法", 7)
	if len(top.Hits) != 7 || top.Total != all.Total {
		t.Fatalf("limit 7: %d hits, Total %d; want 7 and %d", len(top.Hits), top.Total, all.Total)
	}
	if !reflect.DeepEqual(ids(top), ids(all)[:7]) {
		t.Errorf("top 7 %v differ from the first 7 of the full ranking %v", ids(top), ids(all)[:7])
	}
}

func TestPreparedRoundTrip(t *testing.T) {
	for _, display := range []string{
		"关于规范银行收费的通知 湖政规〔2023〕12号",
		"关于ＡＢＣ系统接入的通知",
		"某㈱会社规定",
		"",
	} {
		p := Prepare(display)
		b, err := p.MarshalBinary()
		if err != nil {
			t.Fatalf("%q: marshal: %v", display, err)
		}
		var q Prepared
		if err := q.UnmarshalBinary(b); err != nil {
			t.Fatalf("%q: unmarshal: %v", display, err)
		}
		if q.Text != p.Text || !slices.Equal(q.Initials, p.Initials) || !slices.Equal(q.Orig, p.Orig) || (q.Orig == nil) != (p.Orig == nil) {
			t.Errorf("%q: round trip changed %+v into %+v", display, p, q)
		}
		if len(b) > len(p.Text)+2*len(p.Initials)+8 {
			t.Errorf("%q: %d bytes for %d text bytes, not compact", display, len(b), len(p.Text))
		}
	}
	var q Prepared
	if err := q.UnmarshalBinary([]byte{99, 0}); err != ErrPreparedVersion {
		t.Errorf("unknown version: err %v, want ErrPreparedVersion", err)
	}
	if err := q.UnmarshalBinary([]byte{preparedVersion, 5, 'a'}); err == nil {
		t.Errorf("truncated data accepted")
	}
}

func TestPreparedKeepsSearchBehaviour(t *testing.T) {
	// A document loaded from the store with unmarshalled keys must search
	// exactly like a freshly prepared one.
	e := Key("关于规范银行收费的通知", "湖政规〔2023〕12号", "湖州市人民政府")
	b, _ := e.Prepared.MarshalBinary()
	var loaded Prepared
	if err := loaded.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	ix := New([]Doc{{ID: 7, Entry: Entry{Display: e.Display, Prepared: loaded}}})
	if got := ids(ix.Search("yh", 5)); !reflect.DeepEqual(got, []uint64{7}) {
		t.Errorf("yh on loaded keys: %v", got)
	}
}

func TestMissingPreparedIsComputed(t *testing.T) {
	ix := New([]Doc{{ID: 1, Entry: Entry{Display: "公平竞争审查"}}})
	if got := ids(ix.Search("gpjz", 5)); !reflect.DeepEqual(got, []uint64{1}) {
		t.Errorf("doc without Prepared: gpjz got %v", got)
	}
}

func sorted(v []uint64) []uint64 {
	v = slices.Clone(v)
	slices.Sort(v)
	return v
}

// The ranking takes shortcuts (scores from postings, skipped texts); every
// reported score must still be what scoring the document's text gives, and
// the page must hold the best of all matches.
func TestShortcutScoresEqualTextScores(t *testing.T) {
	docs := synthetic(t, 5000)
	ix := New(docs)
	for _, q := range []string{"公", "公平", "公平竞争审查", "g", "gp", "gpjz", "〔", "〔2", "〔2023〕", "办法 湖", "南浔gpjz"} {
		p := newPattern(q)
		best := map[bool][]ranked{}
		for o := range ix.docs {
			text, inits := ix.text(uint32(o))
			for _, loose := range []bool{false, true} {
				if loose && p.letters == 0 {
					continue
				}
				if s, e, ok := p.window(text, inits, loose); ok {
					sc := p.score(text, inits, loose, s, e, nil)
					best[loose] = append(best[loose], ranked{score: int32(sc), start: int32(s), size: int32(len(text)), id: ix.ids[o]})
					break
				}
			}
		}
		var want []uint64
		for _, loose := range []bool{false, true} {
			slices.SortFunc(best[loose], func(a, b ranked) int {
				if better(a, b) {
					return -1
				}
				return 1
			})
			for _, r := range best[loose] {
				want = append(want, r.id)
			}
		}
		want = want[:min(len(want), 30)]
		res := ix.Search(q, 30)
		if !slices.Equal(ids(res), want) {
			t.Errorf("%q: page %v, full scoring ranks %v", q, ids(res), want)
		}
		for _, h := range res.Hits {
			o := ix.byID[h.ID]
			text, inits := ix.text(o)
			s, e, _ := p.window(text, inits, h.ByInitials)
			if sc := p.score(text, inits, h.ByInitials, s, e, nil); sc != h.Score {
				t.Errorf("%q, document %d: score %d, text scores %d", q, h.ID, h.Score, sc)
			}
		}
	}
}

func TestTypingARepeatedDigitFindsLaterOccurrences(t *testing.T) {
	// The third 2 of 2022 lies beyond the second occurrence recorded in
	// the postings in document 2; document 1 has one 2 too few.
	ix := New(docsOf("第2号0文2", "第2号0文2件2", "2022年工作要点", "第0号"))
	s := NewSearcher(ix)
	var got []uint64
	for _, q := range keystrokes("2022") {
		got = ids(s.Search(q, 10))
	}
	if !slices.Equal(sorted(got), []uint64{2, 3}) {
		t.Errorf("typing 2022: got %v, want 2 and 3", got)
	}
	if h := hitFor(t, ix.Search("2022", 10), 2); !reflect.DeepEqual(h.Positions, []int{1, 3, 5, 7}) {
		t.Errorf("2022 in 第2号0文2件2 highlights %v, want [1 3 5 7]", h.Positions)
	}
}
