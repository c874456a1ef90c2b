package export

import (
	"fmt"
	"strings"

	"beishen/review"
	"beishen/review/deadline"
)

// Detail says in one line what an event did, for the log's 内容 column.
func Detail(e review.Event, lang review.Lang) string {
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
		return withNote(p.Key, p.Reason, lang)
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
		return withNote(p.From.Label().In(lang)+" → "+p.To.Label().In(lang), p.Reason, lang)
	case *review.Published:
		return t("文号 %s，公布 %s，施行 %s，有效期至 %s", "number %s, published %s, effective %s, valid until %s",
			p.DocNumber, p.Published, p.Effective, p.ValidityEnd)
	case *review.Exported:
		return t("%s %s → %s（SHA-256 %s，%d 字节）", "%s %s → %s (SHA-256 %s, %d bytes)",
			p.What, p.Format, p.File, p.SHA256, p.Size)
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
