package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"beishen/review"
	"beishen/review/deadline"
)

// metaForm edits a document's metadata and required materials; saving
// records one MetadataEdited and one MaterialsMarked per changed material.
type metaForm struct {
	doc     review.Document
	meta    review.Meta
	mats    map[review.Material]bool
	row     int
	editing bool
	in      input
	bad     bool // the validity typed is neither years nor a date, or the date no date
}

const (
	fTitle = iota
	fNumber
	fIssuer
	fUnit
	fValidity
	fOperators
	fIssuerType
	fFiledVia  // filed documents only: the channel it came through
	fPublished // filed documents only: the publication date the filing clock runs from
	fMaterials // materials follow, one row each
)

var formLabels = []review.Label{{ZH: "标题", EN: "Title"}, {ZH: "文号", EN: "Number"}, {ZH: "制定机关", EN: "Issuer"},
	{ZH: "起草单位", EN: "Drafting unit"}, {ZH: "有效期", EN: "Validity"}, {ZH: "涉及经营者经济活动", EN: "Affects operators"},
	{ZH: "制定机关类型", EN: "Issuer type"}, {ZH: "备案渠道", EN: "Filed via"}, {ZH: "公布日期", EN: "Published"}}

func newMetaForm(d review.Document) *metaForm {
	f := &metaForm{doc: d, meta: d.Meta, mats: map[review.Material]bool{}}
	for k, v := range d.Material {
		f.mats[k] = v
	}
	return f
}

func (f *metaForm) rows() int { return fMaterials + len(review.Materials) }

func (f *metaForm) text(row int) *string {
	switch row {
	case fTitle:
		return &f.meta.Title
	case fNumber:
		return &f.meta.DocNumber
	case fIssuer:
		return &f.meta.Issuer
	case fUnit:
		return &f.meta.DraftingUnit
	}
	return nil
}

// update handles a key; save or cancel closes the form.
func (f *metaForm) update(keys KeyMap, msg tea.Msg) (save, cancel bool) {
	if f.editing {
		if k, ok := msg.(tea.KeyPressMsg); ok {
			switch {
			case key.Matches(k, keys.Submit):
				v := strings.TrimSpace(f.in.Value())
				if p := f.text(f.row); p != nil {
					*p = v
				} else if f.row == fValidity {
					years, end, ok := review.ParseValidity(v)
					if f.bad = !ok; f.bad {
						return // stays open: neither years nor a date
					}
					f.meta.ValidityYears, f.meta.ValidityEnd = years, end
				} else if f.row == fPublished {
					day, err := review.ParseDate(v)
					if f.bad = err != nil; f.bad {
						return // stays open: not a date
					}
					f.meta.Published = day
				}
				f.editing = false
				return
			case key.Matches(k, keys.Back):
				f.editing, f.bad = false, false
				return
			}
		}
		f.in.Update(msg)
		return
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return
	}
	switch {
	case key.Matches(k, keys.Back), key.Matches(k, keys.Quit):
		return false, true
	case key.Matches(k, keys.Save):
		return true, false
	case key.Matches(k, keys.FormDown):
		f.row = min(f.row+1, f.rows()-1)
		for !f.shown(f.row) { // the filed-only rows on a draft
			f.row++
		}
	case key.Matches(k, keys.FormUp):
		f.row = max(f.row-1, 0)
		for !f.shown(f.row) {
			f.row--
		}
	case key.Matches(k, keys.FormEdit):
		switch {
		case f.row == fOperators:
			f.meta.AffectsOperators = !f.meta.AffectsOperators
		case f.row == fIssuerType:
			i := slices.Index(review.IssuerTypes, f.meta.IssuerType)
			f.meta.IssuerType = review.IssuerTypes[(i+1)%len(review.IssuerTypes)]
		case f.row == fFiledVia:
			f.meta.FiledVia = nextChannel(f.meta.FiledVia)
		case f.row >= fMaterials:
			m := review.Materials[f.row-fMaterials]
			f.mats[m] = !f.mats[m]
		case f.row == fValidity:
			f.editing = true
			f.in.Set(validityInput(f.meta))
		case f.row == fPublished:
			f.editing = true
			f.in.Set(f.meta.Published.String())
		default:
			f.editing = true
			f.in.Set(*f.text(f.row))
		}
	}
	return
}

// events are what saving the form records.
func (f *metaForm) events() []review.Event {
	var evs []review.Event
	if ed, ok := f.doc.Meta.Edit(f.meta); ok {
		evs = append(evs, review.NewEvent(f.doc.ID, ed))
	}
	for _, m := range review.Materials {
		if f.mats[m] != f.doc.Material[m] {
			evs = append(evs, review.NewEvent(f.doc.ID, review.MaterialsMarked{Material: m, Present: f.mats[m]}))
		}
	}
	return evs
}

// Render draws the form.
func (f *metaForm) Render(c *Context, width int) string {
	st, th := c.Styles, c.Theme
	w := min(width-4, 72)
	inner := w - 4
	lines := []string{st.DialogTitle.Render(c.T("文件信息与材料", "Metadata and materials"))}
	req := review.RequiredMaterials(f.doc.Kind, f.meta.AffectsOperators)
	for r := 0; r < f.rows(); r++ {
		if !f.shown(r) {
			continue
		}
		var s string
		switch {
		case r < fValidity:
			s = pad(c.L(formLabels[r]), 14, th.Ellipsis) + *f.text(r) + f.source(c, r)
		case r == fValidity:
			s = pad(c.L(formLabels[r]), 14, th.Ellipsis) + f.validity(c) + f.source(c, r)
		case r == fOperators:
			s = th.Check[boolMark(f.meta.AffectsOperators)] + " " + c.L(formLabels[r])
		case r == fIssuerType:
			s = pad(c.L(formLabels[r]), 14, th.Ellipsis) + c.L(f.meta.IssuerType.Label()) + f.source(c, r)
		case r == fFiledVia:
			s = pad(c.L(formLabels[r]), 14, th.Ellipsis) + c.L(filedVia(f.meta)) + f.source(c, r)
		case r == fPublished:
			s = pad(c.L(formLabels[r]), 14, th.Ellipsis) + f.meta.Published.String() + f.source(c, r)
		default:
			m := review.Materials[r-fMaterials]
			s = th.Check[boolMark(f.mats[m])] + " " + c.L(m.Label())
			if slices.Contains(req, m) {
				s += st.Dim.Render(c.T("（必需）", " (required)"))
			}
		}
		if r == f.row {
			if f.editing {
				s = pad(c.L(formLabels[r]), 14, th.Ellipsis) + f.in.Render(inner-14, true)
				if r == fValidity || r == fPublished {
					hint := c.T("年数（如 5）或有效期至（如 2030-12-31）；留空按默认", "years (e.g. 5) or an end date (e.g. 2030-12-31); empty for the default")
					if r == fPublished {
						hint = c.T("YYYY-MM-DD，报备期限自此起算（备案报告所载）", "YYYY-MM-DD, the filing clock runs from it (as the filing report states)")
					}
					if f.bad {
						hint = st.Error.Render(c.T("不是有效的年数或日期：", "not valid years or date: ") + hint)
					}
					lines = append(lines, pad(s, inner, th.Ellipsis))
					s = " " + strings.Repeat(" ", 13) + st.Dim.Render(hint)
				}
			} else {
				s = st.Selected.Render(pad(th.Pointer+s, inner, th.Ellipsis))
			}
		} else {
			s = " " + s
		}
		lines = append(lines, pad(s, inner, th.Ellipsis))
	}
	lines = append(lines, "", st.Dim.Render(pad(c.T("enter 编辑/切换 · S 保存 · esc 放弃", "enter edit/toggle · S save · esc discard"), inner, th.Ellipsis)))
	return st.Dialog.Width(w).Render(strings.Join(lines, "\n"))
}

// validity is what the validity row shows: 有效期至 when an end date is
// set, the years when those are, else the default the deadlines use.
func (f *metaForm) validity(c *Context) string {
	m := f.meta
	switch {
	case !m.ValidityEnd.IsZero() && m.ValidityYears > 0:
		return c.T(fmt.Sprintf("%d 年，至 %s", m.ValidityYears, m.ValidityEnd), fmt.Sprintf("%d years, until %s", m.ValidityYears, m.ValidityEnd))
	case !m.ValidityEnd.IsZero():
		return c.T("至 ", "until ") + m.ValidityEnd.String()
	case m.ValidityYears > 0:
		return c.T(fmt.Sprintf("%d 年", m.ValidityYears), fmt.Sprintf("%d years", m.ValidityYears))
	}
	years := c.Settings.Validity
	if m.Provisional {
		years = c.Settings.ProvisionalValidity
	}
	return c.T(fmt.Sprintf("未载明，按 %d 年", years), fmt.Sprintf("not stated: %d years", years))
}

// source is the dim marker after a value: read from the text, typed in,
// a default, or empty.
func (f *metaForm) source(c *Context, row int) string {
	m := f.meta
	var fields []string
	set := false
	switch row {
	case fTitle:
		fields, set = []string{review.MetaTitle}, m.Title != ""
	case fNumber:
		fields, set = []string{review.MetaDocNumber}, m.DocNumber != ""
	case fIssuer:
		fields, set = []string{review.MetaIssuer}, m.Issuer != ""
	case fUnit:
		set = m.DraftingUnit != ""
	case fPublished:
		if m.Published.IsZero() && !m.Signed.IsZero() {
			return c.Styles.Dim.Render(c.T("（未填：按成文日期 ", "(empty: the signing date ") + m.Signed.String() + c.T(" 计）", " counts)"))
		}
		fields, set = []string{review.MetaPublished}, !m.Published.IsZero()
	case fFiledVia:
		if m.FiledVia == "" {
			return c.Styles.Dim.Render(c.T(" （默认）", " (default)"))
		}
		set = true
	case fIssuerType:
		if m.Read(review.MetaIssuerType) {
			return c.Styles.Dim.Render(c.T(" （据名称推断）", " (from the name)"))
		}
		if m.IssuerType == review.IssuerUnknown {
			return "" // its label is 未填 already
		}
		set = true
	case fValidity:
		if !m.ValidityEnd.IsZero() {
			fields = append(fields, review.MetaValidityEnd)
		}
		if m.ValidityYears > 0 {
			fields = append(fields, review.MetaValidityYears)
		}
		if len(fields) == 0 {
			return c.Styles.Dim.Render(c.T(" （默认）", " (default)"))
		}
		set = true
	}
	switch {
	case !set:
		return c.Styles.Dim.Render(c.T("（未填）", "(empty)"))
	case len(fields) > 0 && slices.ContainsFunc(fields, m.Read):
		return c.Styles.Dim.Render(c.T(" （文本）", " (from text)"))
	}
	return c.Styles.Dim.Render(c.T(" （录入）", " (entered)"))
}

// validityInput is the validity as the editor starts it.
func validityInput(m review.Meta) string {
	switch {
	case !m.ValidityEnd.IsZero():
		return m.ValidityEnd.String()
	case m.ValidityYears > 0:
		return strconv.Itoa(m.ValidityYears)
	}
	return ""
}

func boolMark(b bool) string {
	if b {
		return "pass"
	}
	return ""
}

// shown reports whether the form has row r for this document: the channel
// only for a filed document.
func (f *metaForm) shown(r int) bool {
	return r != fFiledVia && r != fPublished || f.doc.Kind == review.Filed
}

// filedVia names the channel a filed document came through; unset, the
// government channel, which its late-filing deadline assumes
// (deadline.FiledLate).
func filedVia(m review.Meta) review.Label {
	ch := deadline.Channel(m.FiledVia)
	if ch == "" {
		ch = deadline.Government
	}
	return ch.LabelFor(m.IssuerType)
}

// nextChannel is the channel after via in the choice's cycle; unset counts
// as the government channel, so the first press offers the other one.
func nextChannel(via string) string {
	ch := deadline.Channel(via)
	if ch == "" {
		ch = deadline.Government
	}
	i := slices.Index(deadline.Channels, ch)
	return string(deadline.Channels[(i+1)%len(deadline.Channels)])
}

// saved stores the form's changes in one DoAll, or says there were none.
func (f *metaForm) saved(c *Context) (tea.Cmd, ask) {
	evs := f.events()
	if len(evs) == 0 {
		return nil, ask{status: c.T("没有修改", "nothing changed")}
	}
	return doAll(c.Store, evs), ask{}
}
