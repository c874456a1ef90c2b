// Package demo holds the sample documents that `beishen demo` seeds into a
// fresh database: eleven normative documents of the fictional 青川市 and its
// 临江区, written for this project, mixing ordinary lawful clauses with the
// kinds of clauses reviewers question.
package demo

import (
	"embed"
	"fmt"
)

// Sample is one document as the reviewing office receives it.
type Sample struct {
	Name             string // file name, e.g. "01-先进制造业若干政策-送审稿.txt"
	Data             []byte // the file bytes exactly as a reviewer would receive them
	Kind             string // "draft" (送审稿) or "filed" (备案件)
	DraftingUnit     string // 起草单位 for drafts; the issuing organ's lead unit for filed ones
	AffectsOperators bool   // 涉及经营者经济活动: puts it in fair-competition review scope
	Received         string // "2026-11-02": received date, weeks before the demo's today (2026-11-27)
}

//go:embed files/*
var files embed.FS

// catalogue is the stable order and the intake facts a clerk would type in.
// Received dates are chosen so that on 2026-11-27 some drafts are past their
// 15-working-day review window (01, 09), one is due that day (06), and one
// filed document arrived long after its publication (04).
var catalogue = []Sample{
	{Name: "01-先进制造业若干政策-送审稿.txt", Kind: "draft", DraftingUnit: "临江区经济和信息化局", AffectsOperators: true, Received: "2026-11-03"},
	{Name: "02-政府采购管理实施办法-送审稿.txt", Kind: "draft", DraftingUnit: "临江区财政局", AffectsOperators: true, Received: "2026-11-16"},
	{Name: "03-农贸市场经营秩序管理通知-备案.txt", Kind: "filed", DraftingUnit: "青川市市场监督管理局", AffectsOperators: true, Received: "2026-10-20"},
	{Name: "04-共享电单车停放管理暂行办法-备案.txt", Kind: "filed", DraftingUnit: "青川市城市管理局", AffectsOperators: true, Received: "2026-11-05"},
	{Name: "05-养老服务补贴管理办法-送审稿.txt", Kind: "draft", DraftingUnit: "临江区民政局", AffectsOperators: false, Received: "2026-11-20"},
	{Name: "06-老旧小区改造项目管理办法-修改稿.docx", Kind: "draft", DraftingUnit: "临江区住房和城乡建设局", AffectsOperators: true, Received: "2026-11-09"},
	{Name: "07-房屋征收补偿安置工作规程-备案.txt", Kind: "filed", DraftingUnit: "临江区住房和城乡建设局", AffectsOperators: false, Received: "2026-11-02"},
	{Name: "08-文明城市创建环境秩序整治通告-备案.txt", Kind: "filed", DraftingUnit: "青川市文明城市创建工作领导小组办公室", AffectsOperators: true, Received: "2026-11-12"},
	{Name: "09-招商引资优惠政策实施细则-送审稿.txt", Kind: "draft", DraftingUnit: "临江区商务局", AffectsOperators: true, Received: "2026-11-06"},
	{Name: "10-建筑业企业资质管理通知-备案.txt", Kind: "filed", DraftingUnit: "青川市住房和城乡建设局", AffectsOperators: true, Received: "2026-11-23"},
	{Name: "11-公共数据开放管理办法-征求意见稿.md", Kind: "draft", DraftingUnit: "临江区大数据发展管理局", AffectsOperators: true, Received: "2026-11-24"},
}

// Samples returns the demo documents in catalogue order, each with its own
// copy of the bytes so callers may modify them freely.
func Samples() []Sample {
	out := make([]Sample, len(catalogue))
	for i, s := range catalogue {
		data, err := files.ReadFile("files/" + s.Name)
		if err != nil {
			// The catalogue and the embedded files are compiled together;
			// a mismatch is a build defect, caught by the package tests.
			panic(fmt.Sprintf("demo: missing embedded file %s: %v", s.Name, err))
		}
		s.Data = data
		out[i] = s
	}
	return out
}
