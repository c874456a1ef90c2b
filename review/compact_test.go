package review

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// decodeBoth decodes data as an event of type t through Decode (the
// compact reader first) and through encoding/json alone.
func decodeBoth(t EventType, data []byte) (fast, slow Payload, fastErr, slowErr error) {
	fast, fastErr = Event{Seq: 1, Doc: 1, Type: t, Data: data}.Decode()
	slow = mustEmpty(t)
	slowErr = json.Unmarshal(data, slow)
	return fast, slow, fastErr, slowErr
}

func samplePayloads(t testing.TB) map[EventType][][]byte {
	marshal := func(p any) []byte {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	d := MustDate("2026-03-01")
	full := Imported{Kind: "draft", Meta: Meta{Title: "关于<印发>“A&B”的\"通知\"\n", DocNumber: "临政规〔2026〕1号", Issuer: "临江市人民政府",
		IssuerType: "government", DraftingUnit: "市司法局", Received: d, Signed: d, Published: d, Effective: d, ValidityYears: 5,
		ValidityEnd: MustDate("2031-02-28"), Provisional: true, AffectsOperators: true, LegalBases: []string{"《立法法》"},
		FiledVia: "npc", FromText: []string{MetaTitle, MetaSigned}},
		Version: VersionRef{N: 2, FileName: "a.txt", Format: "txt", Encoding: "GB18030", SHA256: "ab", TextSHA256: "cd", Size: 1 << 40,
			RulesVersion: "2026.12.4", Findings: []Finding{
				{Rule: "F04", Category: "fair_competition", Severity: "high", Title: "要求在本地注册", Basis: []string{"《公平竞争审查条例》第九条", "\u2028"},
					Line: 12, Start: 340, End: -1, Excerpt: "须在本市注册\t并纳税满三年", Reason: "r", Clause: "第三条",
					Precedent: &Precedent{ID: "p1", Issuer: "某县", Document: "《办法》", Text: "t", Wrong: "w", Publisher: "市监总局", Source: "s", Similarity: 0.123456789}},
				{Rule: "L01", Basis: []string{}, Precedent: &Precedent{Similarity: 1e-9}},
				{},
			}}}
	return map[EventType][][]byte{
		EvImported: {
			marshal(full),
			[]byte(typicalImport),
			marshal(Imported{}),
			marshal(Imported{Version: VersionRef{Findings: []Finding{}}}),
			[]byte(`{"kind":"filed","meta":{"title":"t","received":"2024-12-14","signed":"","affects_operators":false},"version":{"n":1,"findings":null}}`),
			// what encoding/json takes and the compact reader leaves to it
			[]byte(` {"kind":"filed"}`),
			[]byte(`{"kind" : "filed"}`),
			[]byte(`{"meta":{},"kind":"filed"}`),
			[]byte(`{"kind":"filed","kind":"draft"}`),
			[]byte(`{"KIND":"filed"}`),
			[]byte(`{"kind":"filed","other":[1,{"a":null}]}`),
			[]byte(`{"kind":null,"meta":{"title":null,"validity_years":null,"received":null}}`),
			[]byte("{\"kind\":\"\xff\xfe\"}"),
			[]byte("{\"kind\":\"\xed\xa0\x80\"}"),
			[]byte(`{"kind":"\u00e9\ud800"}`),
			[]byte(`{"version":{"n":1.0}}`),
			[]byte(`{"version":{"n":1e2}}`),
			[]byte(`{"version":{"n":-0}}`),
			[]byte(`{"version":{"size":123456789012345678901234}}`),
			[]byte(`{"version":{"findings":[{"precedent":{"similarity":1E+2}}]}}`),
			[]byte(`{"version":{"findings":[{"precedent":{"similarity":-0.5e-3}}]}}`),
			// not JSON at all, or not of this shape: both must refuse
			[]byte(`{"version":{"n":01}}`),
			[]byte(`{"version":{"n":"1"}}`),
			[]byte(`{"meta":{"received":"2026-02-30"}}`),
			[]byte(`{"meta":{"received":20260101}}`),
			[]byte(`{"version":{"findings":[{"precedent":{"similarity":.5}}]}}`),
			[]byte(`{"version":{"findings":[{"precedent":{"similarity":1.}}]}}`),
			[]byte(`{"kind":"a\u00"}`),
			[]byte("{\"kind\":\"a\x01\"}"),
			[]byte(`{"kind":"filed"`),
			[]byte(`{"kind":"filed"}x`),
			[]byte(`{"kind":"filed",}`),
			[]byte(`null`),
			[]byte(``),
		},
		EvChecklistMarked: {
			marshal(ChecklistMarked{Item: "LC3", Mark: "pass"}),
			marshal(ChecklistMarked{Item: "LC3", Mark: "fail", Note: "缺少依据 <见附件>"}),
			[]byte(`{"item":"LC3","mark":"pass","note":""}`),
			[]byte(`{"mark":"pass","item":"LC3"}`),
			[]byte(`{"item":"LC3","mark":true}`),
		},
		EvMaterialsMarked: {
			marshal(MaterialsMarked{Material: "drafting_note", Present: true}),
			marshal(MaterialsMarked{Material: Consultation, Present: true, Consultation: &ConsultationWindow{From: d, To: d.AddDays(30), Opinions: 7}}),
			[]byte(`{"material":"legal_basis","present":false,"consultation":null}`),
			[]byte(`{"material":"legal_basis","present":false,"consultation":{}}`),
			[]byte(`{"material":"legal_basis","present":"yes"}`),
			[]byte(`{"material":"legal_basis","present":tru}`),
		},
		EvStageChanged: {
			marshal(StageChanged{From: StageIntake, To: StageLegality}),
			marshal(StageChanged{From: StageLegality, To: StageIntake, Reason: "缺少<起草说明>\n"}),
			[]byte(`{"from":"intake","to":"legality","reason":""}`),
			[]byte(`{"to":"legality","from":"intake"}`),
			[]byte(`{"from":"intake","to":null}`),
			[]byte(`{"from":1}`),
		},
		EvFindingConfirm: {
			marshal(FindingAnswered{Key: "F04@340", Rule: "F04"}),
			[]byte(`{"key":"F04@340","rule":"F04","confirm":true}`),
			[]byte(`{"key":"F04@340","rule":"F04","reason":"\u786e"}`),
		},
		EvFindingDismiss: {
			marshal(FindingAnswered{Key: "L01@2", Rule: "L01", Reason: "已有上位法依据 & 授权"}),
			[]byte(`{"key":"L01@2","rule":["L01"]}`),
		},
		EvRegistration: {
			marshal(Registration{Result: "registered", Date: d}),
			marshal(Registration{Result: "deferred", Date: d, Reference: "临备〔2026〕3号", Missing: []Material{DraftingNote, LegalBasis},
				Due: d.AddDays(15), Reason: "材料不全", DueProvisional: true}),
			marshal(Registration{Result: "deferred", Missing: []Material{}}),
			[]byte(`{"result":"deferred","date":"2026-03-01","missing":null,"due":""}`),
			[]byte(`{"result":"deferred","date":"2026-13-01"}`),
			[]byte(`{"result":"deferred","missing":[1]}`),
			[]byte(`{"result":"deferred","due_provisional":1}`),
			[]byte(`{"date":"2026-03-01","result":"deferred"}`),
		},
	}
}

// The compact reader is only a faster way to the same payload: whatever
// it accepts decodes as encoding/json decodes it, and what encoding/json
// refuses is still refused with its message.
func TestCompactPayloadsDecodeAsEncodingJSONDoes(t *testing.T) {
	accepted := 0
	for typ, list := range samplePayloads(t) {
		for _, data := range list {
			if decodeCompact(data, mustEmpty(typ), false) {
				accepted++
			}
			fast, slow, fastErr, slowErr := decodeBoth(typ, data)
			if (fastErr == nil) != (slowErr == nil) {
				t.Errorf("%s %s: Decode error %v, encoding/json error %v", typ, data, fastErr, slowErr)
				continue
			}
			if fastErr == nil && !reflect.DeepEqual(fast, slow) {
				t.Errorf("%s %s:\nDecode        %+v\nencoding/json %+v", typ, data, fast, slow)
			}
			if fastErr != nil && !strings.Contains(fastErr.Error(), slowErr.Error()) {
				t.Errorf("%s %s: Decode says %q, encoding/json %q", typ, data, fastErr, slowErr)
			}
		}
	}
	if accepted < 10 {
		t.Fatalf("the compact reader took only %d of the samples: it is not being used", accepted)
	}
}

func mustEmpty(t EventType) Payload {
	switch t {
	case EvImported:
		return &Imported{}
	case EvChecklistMarked:
		return &ChecklistMarked{}
	case EvMaterialsMarked:
		return &MaterialsMarked{}
	case EvStageChanged:
		return &StageChanged{}
	case EvFindingConfirm, EvFindingDismiss:
		return &FindingAnswered{Confirm: t == EvFindingConfirm}
	case EvRegistration:
		return &Registration{}
	}
	panic(t)
}

func FuzzCompactPayloads(f *testing.F) {
	types := []EventType{EvImported, EvChecklistMarked, EvMaterialsMarked, EvStageChanged, EvFindingConfirm, EvFindingDismiss, EvRegistration}
	for i, typ := range types {
		for _, data := range samplePayloads(f)[typ] {
			f.Add(uint8(i), data)
		}
	}
	f.Fuzz(func(t *testing.T, i uint8, data []byte) {
		typ := types[int(i)%len(types)]
		p := mustEmpty(typ)
		if !decodeCompact(data, p, false) {
			return
		}
		want := mustEmpty(typ)
		if err := json.Unmarshal(data, want); err != nil {
			t.Fatalf("%s %q: the compact reader took what encoding/json refuses: %v", typ, data, err)
		}
		if !reflect.DeepEqual(p, want) {
			t.Fatalf("%s %q:\ncompact       %+v\nencoding/json %+v", typ, data, p, want)
		}
		// Sharing the data's bytes reads the same.
		own := append([]byte(nil), data...)
		shared := mustEmpty(typ)
		if !decodeCompact(own, shared, true) || !reflect.DeepEqual(shared, want) {
			t.Fatalf("%s %q: shared\n%+v\nencoding/json %+v", typ, data, shared, want)
		}
	})
}

// An import as the 100k benchmark's log holds them.
const typicalImport = `{"kind":"filed","meta":{"title":"舟山市关于废止《消耗臭氧层物质管理条例》部分条款的决定","doc_number":"舟环规〔2014〕21号","issuer":"舟山市生态环境局","issuer_type":"department","drafting_unit":"舟山市司法局","received":"2024-12-14","signed":"","published":"","effective":"","validity_end":"","affects_operators":true},"version":{"n":1,"file_name":"舟山市关于废止《消耗臭氧层物质管理条例》部分条款的决定.txt","format":"txt","encoding":"UTF-8","sha256":"52b0c0f8eb872baac99488ec98a8837372f138bdcbaf61471694743130c42e4a","text_sha256":"52b0c0f8eb872baac99488ec98a8837372f138bdcbaf61471694743130c42e4a","size":2029,"rules_version":"2026.12.4","findings":[{"rule":"L02","category":"legality","severity":"high","title":"设定行政许可或审批","basis":["《中华人民共和国行政许可法》第十七条","《优化营商环境条例》第六十四条","《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）一（一）"],"line":14,"start":524,"end":530,"excerpt":"实行核准管理","reason":"以审批、批准、许可作为从事活动的前提，属于设定或变相设定行政许可，规范性文件无此权限","clause":"第三条"}]}}`

// Decoding an import with findings, the bulk of replaying a log.
func BenchmarkDecodeImported(b *testing.B) {
	data := []byte(typicalImport)
	e := Event{Type: EvImported, Data: data}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := e.Decode(); err != nil {
			b.Fatal(err)
		}
	}
}
