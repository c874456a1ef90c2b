package cli

// meta.go: the meta command, the screen's metadata form (m) for scripts.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"beishen/review"
	"beishen/review/deadline"
)

// MetaOptions are the fields the meta command sets; Given says which
// flags were given (an empty value clears a field, an absent flag keeps it).
type MetaOptions struct {
	Title, Number, Issuer, DraftingUnit, Validity, IssuerType, FiledVia, Published string
	AffectsOperators                                                               bool
	Given                                                                          func(flag string) bool
}

// Meta edits document id's metadata as the m form does (review.Meta.Edit:
// the issuer's type follows a new name unless chosen); with no flag it
// prints the fields.
func (e *Env) Meta(id uint64, o MetaOptions) error {
	d, err := e.document(id)
	if err != nil {
		return err
	}
	next := d.Meta
	given := false
	set := func(flag string, to *string, v string) {
		if o.Given(flag) {
			*to, given = strings.TrimSpace(v), true
		}
	}
	set("title", &next.Title, o.Title)
	set("number", &next.DocNumber, o.Number)
	set("issuer", &next.Issuer, o.Issuer)
	set("drafting-unit", &next.DraftingUnit, o.DraftingUnit)
	if o.Given("validity") {
		years, end, ok := review.ParseValidity(o.Validity)
		if !ok {
			return e.Fail(review.Text{ZH: "--validity 应为年数（1–50）或有效期至 YYYY-MM-DD：" + o.Validity,
				EN: "--validity must be years (1–50) or an end date YYYY-MM-DD: " + o.Validity})
		}
		next.ValidityYears, next.ValidityEnd, given = years, end, true
	}
	if o.Given("affects-operators") {
		next.AffectsOperators, given = o.AffectsOperators, true
	}
	if o.Given("issuer-type") {
		t := review.IssuerType(strings.TrimSpace(o.IssuerType))
		if !slices.Contains(review.IssuerTypes, t) {
			var names []string
			for _, x := range review.IssuerTypes[1:] {
				names = append(names, string(x)+"="+x.Label().In(e.Lang))
			}
			return e.Fail(review.Text{ZH: "未知的制定机关类型：" + o.IssuerType + "（可用：" + strings.Join(names, "、") + "）",
				EN: "unknown issuer type: " + o.IssuerType + " (one of: " + strings.Join(names, ", ") + ")"})
		}
		next.IssuerType, given = t, true
	}
	if o.Given("filed-via") || o.Given("published") {
		if d.Kind != review.Filed {
			return e.Fail(review.Text{ZH: "--filed-via 与 --published 只用于备案件（送审稿的公布用 publish 记录）",
				EN: "--filed-via and --published are for filed documents (a draft's publication is recorded by publish)"})
		}
	}
	if o.Given("filed-via") {
		ch := deadline.Channel(strings.TrimSpace(o.FiledVia))
		if ch != "" && !slices.Contains(deadline.Channels, ch) {
			return e.Fail(review.Text{ZH: "--filed-via 应为 npc（本级人大常委会）或 government（人民政府）：" + o.FiledVia,
				EN: "--filed-via must be npc or government: " + o.FiledVia})
		}
		next.FiledVia, given = string(ch), true
	}
	if o.Given("published") {
		day, err := review.ParseDate(o.Published)
		if err != nil {
			return e.Fail(review.Text{ZH: "--published 应为 YYYY-MM-DD：" + o.Published, EN: "--published must be YYYY-MM-DD: " + o.Published})
		}
		next.Published, given = day, true
	}
	if !given {
		e.printMeta(d)
		return nil
	}
	ed, changed := d.Meta.Edit(next)
	if !changed {
		fmt.Fprintln(e.Stdout, e.T("信息未变，无需记录", "nothing changed; nothing recorded"))
		return nil
	}
	return e.act(review.NewEvent(id, ed))
}

// printMeta prints the fields the meta command sets, with their flags.
func (e *Env) printMeta(d review.Document) {
	m := d.Meta
	validity := e.T("未载明（按默认）", "not stated (the default applies)")
	switch {
	case !m.ValidityEnd.IsZero():
		validity = m.ValidityEnd.String()
	case m.ValidityYears > 0:
		validity = fmt.Sprint(m.ValidityYears) + e.T(" 年", " years")
	}
	rows := [][3]string{
		{"--title", e.T("标题", "Title"), m.Title},
		{"--number", e.T("文号", "Number"), m.DocNumber},
		{"--issuer", e.T("制定机关", "Issuer"), m.Issuer},
		{"--issuer-type", e.T("制定机关类型", "Issuer type"), string(m.IssuerType) + " " + m.IssuerType.Label().In(e.Lang)},
		{"--drafting-unit", e.T("起草单位", "Drafting unit"), m.DraftingUnit},
		{"--validity", e.T("有效期", "Validity"), validity},
		{"--affects-operators", e.T("涉及经营者经济活动", "Affects operators"), fmt.Sprint(m.AffectsOperators)},
	}
	if d.Kind == review.Filed {
		rows = append(rows, [3]string{"--filed-via", e.T("备案渠道", "Filed via"), m.FiledVia},
			[3]string{"--published", e.T("公布日期", "Published"), m.Published.String()})
	}
	fmt.Fprintf(e.Stdout, "#%d %s\n", d.ID, m.Title)
	for _, r := range rows {
		fmt.Fprintf(e.Stdout, "  %-20s %s%s%s\n", r[0], r[1], e.T("：", ": "), r[2])
	}
}

// MetaCmd is `meta ID [--title T] [--number N] [--issuer I] …`.
func MetaCmd(env *Env) *cobra.Command {
	var o MetaOptions
	c := &cobra.Command{
		Use: "meta ID [--title T] [--number N] [--issuer I] [--issuer-type T] [--drafting-unit U] [--validity YEARS|D] [--affects-operators=false] [--filed-via npc|government] [--published D]",
		Short: env.T("修改文件信息（同界面 m）：只改给出的项；不给参数时列出",
			"Edit a document's metadata (the screen's m): only the flags given change; with none, print them"),
		Args: env.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := env.idArg(args[0])
			if err != nil {
				return err
			}
			o.Given = func(flag string) bool { return cmd.Flags().Changed(flag) }
			return env.Meta(id, o)
		},
	}
	f := c.Flags()
	f.StringVar(&o.Title, "title", "", env.T("标题", "title"))
	f.StringVar(&o.Number, "number", "", env.T("文号", "document number"))
	f.StringVar(&o.Issuer, "issuer", "", env.T("制定机关（类型随之推断，除非已选定）", "issuer (its type follows unless chosen)"))
	f.StringVar(&o.IssuerType, "issuer-type", "", env.T("制定机关类型：government、office、department、agency、authorized", "issuer type: government, office, department, agency, authorized"))
	f.StringVar(&o.DraftingUnit, "drafting-unit", "", env.T("起草单位", "drafting unit"))
	f.StringVar(&o.Validity, "validity", "", env.T("有效期：年数或有效期至 YYYY-MM-DD；空为默认", "validity: years or an end date YYYY-MM-DD; empty for the default"))
	f.BoolVar(&o.AffectsOperators, "affects-operators", true, env.T("涉及经营者经济活动（公平竞争审查）", "affects operators (fair-competition review)"))
	f.StringVar(&o.FiledVia, "filed-via", "", env.T("备案件的报送渠道：npc 或 government", "a filed document's channel: npc or government"))
	f.StringVar(&o.Published, "published", "", env.T("备案件的公布日期（报备期限自此起算）", "a filed document's publication date (the filing clock runs from it)"))
	return c
}
