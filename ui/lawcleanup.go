package ui

import (
	"fmt"
	"strings"

	"beishen/review"
	"beishen/review/cleanup"
)

// This file is how the cleanup screen follows the law library: when an
// import (beishen laws import) repealed, dropped or revised laws, the
// screen says so and a new superior-law campaign is pre-filled with that
// change, so that p proposes every document in force citing those laws.

// libraryHint is the line under the campaigns' title while the latest
// library change has no campaign of its own.
func (v *campaignsScreen) libraryHint(c *Context) string {
	if v.lib == nil || v.libraryCovered() {
		return ""
	}
	return c.T(fmt.Sprintf("法规库 %s 更新：废止或不再收录 %d 部、修订 %d 部 —— n 新建清理批次（起因选上位法变化即预填）", v.lib.Effective, len(v.lib.Repealed), len(v.lib.Amended)),
		fmt.Sprintf("law library updated %s: %d repealed or dropped, %d revised — n opens a campaign (pick the superior-law trigger to pre-fill)", v.lib.Effective, len(v.lib.Repealed), len(v.lib.Amended)))
}

// libraryCovered: a campaign for the library update was opened since.
func (v *campaignsScreen) libraryCovered() bool {
	for _, r := range v.rows {
		if r.c.Law == cleanup.LibraryUpdate && !r.c.LawDate.Before(v.lib.Effective) {
			return true
		}
	}
	return false
}

// prefill is the change a new superior-law campaign starts from: the
// library's latest change when no campaign has taken it up, else 民法典.
func (v *campaignsScreen) prefill() cleanup.LawChange {
	if v.lib != nil && !v.libraryCovered() {
		return *v.lib
	}
	return cleanup.CivilCode
}

// libraryAmended adds the revised laws of the library change to a campaign
// opened for it (the form has a field for the repealed ones only).
func (v *campaignsScreen) libraryAmended(p *review.CampaignOpened) {
	if v.lib != nil && p.Law == cleanup.LibraryUpdate {
		p.Amended = v.lib.Amended
		if p.LawDate.IsZero() {
			p.LawDate = v.lib.Effective
		}
	}
}

// changeLine describes a campaign's law change.
func changeLine(c *Context, ch cleanup.LawChange) string {
	s := c.T(fmt.Sprintf("《%s》%s 施行，废止：%s", ch.Law, ch.Effective, strings.Join(ch.Repealed, "、")),
		fmt.Sprintf("%s in effect %s, repealed: %s", ch.Law, ch.Effective, strings.Join(ch.Repealed, ", ")))
	if ch.Law == cleanup.LibraryUpdate {
		s = c.T(fmt.Sprintf("法规库 %s 更新，废止或不再收录：%s", ch.Effective, strings.Join(ch.Repealed, "、")),
			fmt.Sprintf("law library updated %s, repealed or dropped: %s", ch.Effective, strings.Join(ch.Repealed, ", ")))
	}
	if len(ch.Amended) > 0 {
		s += c.T("；修订：", "; revised: ") + strings.Join(ch.Amended, c.T("、", ", "))
	}
	return s
}

// citesLine names what a proposed document cites: the articles when the
// text names them, else the laws.
func citesLine(c *Context, p cleanup.Proposal) string {
	switch {
	case len(p.Articles) > 0:
		return c.T(" · 引用", " · cites ") + strings.Join(p.Articles, c.T("、", ", "))
	case len(p.Cites) > 0:
		return c.T(" · 引用《", " · cites 《") + strings.Join(p.Cites, "》《") + "》"
	}
	return ""
}
