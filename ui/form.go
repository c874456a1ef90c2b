package ui

import (
	"slices"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"beishen/review"
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
}

const (
	fTitle = iota
	fNumber
	fIssuer
	fUnit
	fValidity
	fOperators
	fMaterials // materials follow, one row each
)

var formLabels = []review.Label{{ZH: "标题", EN: "Title"}, {ZH: "文号", EN: "Number"}, {ZH: "制定机关", EN: "Issuer"},
	{ZH: "起草单位", EN: "Drafting unit"}, {ZH: "有效期（年）", EN: "Validity (years)"}, {ZH: "涉及经营者经济活动", EN: "Affects operators"}}

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
func (f *metaForm) update(msg tea.Msg) (save, cancel bool) {
	if f.editing {
		if k, ok := msg.(tea.KeyPressMsg); ok {
			switch k.String() {
			case "enter":
				v := strings.TrimSpace(f.in.Value())
				if p := f.text(f.row); p != nil {
					*p = v
				} else if f.row == fValidity {
					f.meta.ValidityYears, _ = strconv.Atoi(v)
				}
				f.editing = false
				return
			case "esc":
				f.editing = false
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
	switch k.String() {
	case "esc", "q":
		return false, true
	case "ctrl+s", "S":
		return true, false
	case "j", "down", "tab":
		f.row = min(f.row+1, f.rows()-1)
	case "k", "up", "shift+tab":
		f.row = max(f.row-1, 0)
	case "enter", "e", "space":
		switch {
		case f.row == fOperators:
			f.meta.AffectsOperators = !f.meta.AffectsOperators
		case f.row >= fMaterials:
			m := review.Materials[f.row-fMaterials]
			f.mats[m] = !f.mats[m]
		case f.row == fValidity:
			f.editing = true
			f.in.Set(strconv.Itoa(f.meta.ValidityYears))
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
	var changed []string
	old := f.doc.Meta
	if old.Title != f.meta.Title {
		changed = append(changed, "title")
	}
	if old.DocNumber != f.meta.DocNumber {
		changed = append(changed, "doc_number")
	}
	if old.Issuer != f.meta.Issuer {
		changed = append(changed, "issuer")
	}
	if old.DraftingUnit != f.meta.DraftingUnit {
		changed = append(changed, "drafting_unit")
	}
	if old.ValidityYears != f.meta.ValidityYears {
		changed = append(changed, "validity_years")
	}
	if old.AffectsOperators != f.meta.AffectsOperators {
		changed = append(changed, "affects_operators")
	}
	if len(changed) > 0 {
		evs = append(evs, review.NewEvent(f.doc.ID, review.MetadataEdited{Meta: f.meta, Changed: changed}))
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
		var s string
		switch {
		case r < fValidity:
			s = pad(c.L(formLabels[r]), 14, th.Ellipsis) + *f.text(r)
		case r == fValidity:
			s = pad(c.L(formLabels[r]), 14, th.Ellipsis) + strconv.Itoa(f.meta.ValidityYears)
		case r == fOperators:
			s = th.Check[boolMark(f.meta.AffectsOperators)] + " " + c.L(formLabels[r])
		default:
			m := review.Materials[r-fMaterials]
			s = th.Check[boolMark(f.mats[m])] + " " + c.L(m.Label())
			if slices.Contains(req, m) {
				s += st.Dim.Render(c.T("（必需）", " (required)"))
			}
		}
		if r == f.row {
			if f.editing {
				s = pad(c.L(formLabels[min(r, fValidity)]), 14, th.Ellipsis) + f.in.Render(inner-14, true)
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

func boolMark(b bool) string {
	if b {
		return "pass"
	}
	return ""
}
