package export

import (
	"fmt"
	"strings"

	"beishen/review"
	"beishen/review/deadline"
)

// FindingRef is what a readable log says of the finding an answer refers
// to: its stable id, the rule's title, the clause and the quoted words. The
// offsets of the finding's key stay in the jsonl export, where a machine
// reads them.
type FindingRef struct {
	ID      string // FindingID, e.g. F04-1
	Rule    string
	Title   string
	Clause  string // 第五条, 一、（二）
	Excerpt string
}

// RefOf resolves the key (or FindingID) of an answer against the document
// as it stood when the answer was given; nil when d does not hold it.
func RefOf(d *review.Document, key string) *FindingRef {
	if d == nil {
		return nil
	}
	for i := range d.Findings {
		f := &d.Findings[i]
		if f.Key() == key || d.FindingID(i) == key {
			return &FindingRef{ID: d.FindingID(i), Rule: f.Rule, Title: f.Title, Clause: f.Clause, Excerpt: f.Excerpt}
		}
	}
	return nil
}

// Text is the finding as a reader knows it: 「F04-1 title」第五条：“words”.
func (f *FindingRef) Text(lang review.Lang) string {
	s := f.ID + " " + f.Title
	if lang == review.EN {
		s = f.ID + " “" + f.Title + "”"
		if f.Clause != "" {
			s += ", " + f.Clause
		}
		if f.Excerpt != "" {
			s += ": “" + strings.Trim(f.Excerpt, "…") + "”"
		}
		return s
	}
	s = f.ID + "「" + f.Title + "」"
	if f.Clause != "" {
		s += f.Clause
	}
	if f.Excerpt != "" {
		s += "：“" + strings.Trim(f.Excerpt, "…") + "”"
	}
	return s
}

// Detail says in one line what an event did, for the log's 内容 column,
// without the document's state: an answer names its rule only. Rows and
// Narrate resolve the finding and call Describe.
func Detail(e review.Event, lang review.Lang) string { return Describe(e, nil, lang) }

// Narrate describes every event of a history in order, each answer naming
// its finding as the document stood then. events must hold each document's
// history from its import (one document's, or the whole log).
func Narrate(events []review.Event, lang review.Lang) []string {
	rows := Rows(events, Filter{})
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = Describe(r.Event, r.Finding, lang)
	}
	return out
}

// Describe says in one line what an event did: the one description every
// readable log uses (timeline, show, csv, xlsx, md, docx). f is the finding
// an answer refers to (RefOf), nil when unknown.
func Describe(e review.Event, f *FindingRef, lang review.Lang) string {
	p, err := e.Decode()
	if err != nil {
		return string(e.Data)
	}
	t := func(zh, en string, args ...any) string {
		if lang == review.EN {
			return fmt.Sprintf(en, args...)
		}
		return fmt.Sprintf(zh, args...)
	}
	switch p := p.(type) {
	case *review.Imported:
		return t("%s《%s》第 %d 版 %s，自动发现 %d 条", "%s “%s” version %d %s, %d automatic findings",
			p.Kind.Label().In(lang), p.Meta.Title, p.Version.N, p.Version.FileName, len(p.Version.Findings))
	case *review.VersionAdded:
		s := t("第 %d 版 %s，自动发现 %d 条", "version %d %s, %d automatic findings",
			p.Version.N, p.Version.FileName, len(p.Version.Findings))
		return withNote(s, p.Note, lang)
	case *review.MetadataEdited:
		return t("修改：%s", "changed: %s", strings.Join(p.Changed, "、"))
	case *review.MaterialsMarked:
		state := review.Label{ZH: "已附", EN: "present"}
		if !p.Present {
			state = review.Label{ZH: "缺", EN: "missing"}
		}
		return p.Material.Label().In(lang) + " " + state.In(lang)
	case *review.ChecklistMarked:
		name := p.Item
		if _, it, ok := review.ItemByID(p.Item); ok {
			name = p.Item + " " + it.Label.In(lang)
		}
		return withNote(name+" → "+p.Mark.Label().In(lang), p.Note, lang)
	case *review.FindingAnswered:
		what := p.Rule
		if f != nil {
			what = f.Text(lang)
		}
		if p.Reason == "" {
			return what
		}
		if p.Confirm {
			return what + t("；说明：%s", "; note: %s", p.Reason)
		}
		return what + t("；排除理由：%s", "; dismissed because: %s", p.Reason)
	case *review.Assigned:
		return t("分配给 %s", "assigned to %s", p.To)
	case *review.Comment:
		if p.Anchor != "" {
			return p.Anchor + "：" + p.Text
		}
		return p.Text
	case *review.ExceptionRecorded:
		x := p.Exception
		return t("理由：%s；替代方案：%s；期限：%s", "ground: %s; alternative: %s; term: %s", x.Ground, x.Alternative, x.Term)
	case *review.Decided:
		return withNote(p.Outcome.Label().In(lang), p.Note, lang)
	case *review.StageChanged:
		s := p.From.Label().In(lang) + " → " + p.To.Label().In(lang)
		if strings.TrimSpace(p.Reason) == "" {
			return s
		}
		return s + t("；理由：%s", "; reason: %s", p.Reason)
	case *review.Deliberated:
		meeting := p.Meeting.Label().In(lang)
		if p.Session != "" {
			meeting = p.Session
		}
		return withNote(t("%s %s：%s", "%s %s: %s", meeting, p.Date, p.Result.Label().In(lang)), p.Note, lang)
	case *review.Registration:
		return p.Say(lang)
	case *review.FilingReviewed:
		return p.Say(lang)
	case *review.CampaignOpened:
		return withNote(p.Name+" · "+p.Trigger.Label().In(lang), p.Note, lang)
	case *review.CampaignClosed:
		return withNote(t("清理 #%d 结束", "campaign #%d closed", p.Campaign), p.Note, lang)
	case *review.CleanupAdded:
		return withNote(p.Name, p.Reason, lang)
	case *review.CleanupDecided:
		return withNote(p.Outcome.Label().In(lang), p.Reason, lang)
	case *review.Published:
		return t("文号 %s，公布 %s，施行 %s，有效期至 %s", "number %s, published %s, effective %s, valid until %s",
			p.DocNumber, p.Published, p.Effective, p.ValidityEnd)
	case *review.Exported:
		what := p.What
		if k := p.Filters["paper"]; k != "" {
			what = PaperKind(k).Label().In(lang)
			if n := p.Filters["number"]; n != "" {
				what += " " + n
			}
		}
		return t("%s %s → %s（SHA-256 %s，%d 字节）", "%s %s → %s (SHA-256 %s, %d bytes)",
			what, p.Format, p.File, p.SHA256, p.Size)
	case *review.Undo:
		return t("撤销 #%d（%s）", "undid #%d (%s)", p.Target, p.Type.Label().In(lang))
	case *review.Redo:
		return t("重做 #%d（%s）", "redid #%d (%s)", p.Target, p.Type.Label().In(lang))
	case *review.FilingRecorded:
		return withNote(filingDetail(p, lang), p.Note, lang)
	case *review.DeadlineRecomputed:
		was := p.Was.String()
		if p.Was.IsZero() {
			was = t("未计算", "not computed")
		}
		if p.Channel == "" { // a filed document's own deadline, not a channel's
			return t("%s %s → %s%s", "%s %s → %s%s", p.Label().In(lang), was, p.Date, tentative(p.Provisional, lang))
		}
		return t("%s（%s）%s → %s%s", "%s (%s) %s → %s%s", p.Label().In(lang),
			deadline.Channel(p.Channel).Label().In(lang), was, p.Date, tentative(p.Provisional, lang))
	}
	return string(e.Data)
}

// filingDetail is a filing with its result and, after 暂缓登记, the
// re-filing deadline as recorded, marked when it was provisional.
func filingDetail(p *review.FilingRecorded, lang review.Lang) string {
	t := func(zh, en string) string {
		if lang == review.EN {
			return en
		}
		return zh
	}
	s := deadline.Channel(p.Channel).Label().In(lang) + t(" ", ", submitted ") + p.Submitted.String() +
		t(" 报送，", ", ") + p.Result.Label().In(lang)
	if p.Result != review.FilingDeferred {
		return s
	}
	if !p.Noticed.IsZero() {
		s += t("，", ", notice received ") + p.Noticed.String() + t(" 收到通知", "")
	}
	if p.ResubmitBy.IsZero() {
		return s + t("，补正重报期限未能计算", ", the re-filing deadline could not be computed")
	}
	return s + t("，补正重报期限 ", ", re-file by ") + p.ResubmitBy.String() + tentative(p.ResubmitProvisional, lang)
}

// tentative is the 暂定 mark after a provisional date, or nothing.
func tentative(on bool, lang review.Lang) string {
	if !on {
		return ""
	}
	if lang == review.EN {
		return " (" + deadline.TentativeMark.EN + ")"
	}
	return "（" + deadline.TentativeMark.ZH + "）"
}

func withNote(s, note string, lang review.Lang) string {
	if strings.TrimSpace(note) == "" {
		return s
	}
	if lang == review.EN {
		return s + " (" + note + ")"
	}
	return s + "（" + note + "）"
}
