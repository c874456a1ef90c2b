package export

import (
	"bytes"
	"cmp"
	"embed"
	"fmt"
	"slices"
	"strings"
	"text/template"

	"beishen/review"
	"beishen/review/laws"
)

// PaperKind names a paper the office sends out.
type PaperKind string

const (
	PaperOpinion    PaperKind = "opinion"        // 合法性审核意见书 (drafts)
	PaperFair       PaperKind = "fcr"            // 公平竞争审查结论
	PaperRegistered PaperKind = "registered"     // 备案登记通知
	PaperDeferred   PaperKind = "deferred"       // 暂缓登记通知
	PaperReview     PaperKind = "review_opinion" // 审查意见书
	PaperCorrection PaperKind = "correction"     // 纠错函
	PaperTerminated PaperKind = "terminated"     // 审查终止通知
)

// PaperKinds lists every paper, drafts' first.
var PaperKinds = []PaperKind{PaperOpinion, PaperFair, PaperRegistered, PaperDeferred, PaperReview, PaperCorrection, PaperTerminated}

var paperTitles = map[PaperKind]review.Label{
	PaperOpinion:    {ZH: "合法性审核意见书", EN: "Legality review opinion"},
	PaperFair:       {ZH: "公平竞争审查结论", EN: "Fair-competition review conclusion"},
	PaperRegistered: {ZH: "备案登记通知", EN: "Notice of filing registration"},
	PaperDeferred:   {ZH: "暂缓登记通知", EN: "Notice of deferred registration"},
	PaperReview:     {ZH: "审查意见书", EN: "Written review opinion"},
	PaperCorrection: {ZH: "纠错函", EN: "Letter requiring correction"},
	PaperTerminated: {ZH: "审查终止通知", EN: "Notice of review concluded"},
}

// Label is the paper's name in both languages; Title the Chinese one.
func (k PaperKind) Label() review.Label {
	if l, ok := paperTitles[k]; ok {
		return l
	}
	return review.Label{ZH: string(k), EN: string(k)}
}

// Title is the paper's Chinese name, the heading of the paper itself.
func (k PaperKind) Title() string { return k.Label().ZH }

// ForFiled reports whether the paper belongs to the filing-review road.
func (k PaperKind) ForFiled() bool { return k != PaperOpinion && k != PaperFair }

// ParsePaperKind accepts a code or the paper's Chinese or English name.
func ParsePaperKind(s string) (PaperKind, bool) {
	for _, k := range PaperKinds {
		l := k.Label()
		if s == string(k) || s == l.ZH || strings.EqualFold(s, l.EN) {
			return k, true
		}
	}
	return "", false
}

// FilingReview is the filing-review outcome a paper on a filed document
// reports: what was decided and when, the decision's reference, the date
// the issuer must answer or supplement by, and the reason or what to
// supplement. The filing-review events fill it in; PapersFor reads Outcome.
type FilingReview struct {
	Outcome   string // registered, deferred, not_registered, concluded, opinion, correction, revoked
	Date      review.Date
	Reference string
	Due       review.Date
	Reason    string
}

// PaperOf is the paper that carries a filing-review outcome
// (FilingReview.Outcome) to the issuer.
func PaperOf(outcome string) (PaperKind, bool) {
	switch outcome {
	case "registered":
		return PaperRegistered, true
	case "deferred":
		return PaperDeferred, true
	case "concluded", "not_registered":
		// 不予登记 ends the matter with its reason (不属于行政规范性文件…):
		// the notice that the review ends, not the 备案登记通知.
		return PaperTerminated, true
	case "opinion":
		return PaperReview, true
	case "correction", "revoked":
		return PaperCorrection, true
	}
	return "", false
}

// PapersFor lists the papers that fit a document at its stage: a draft's
// opinion letter and fair-competition conclusion once it has findings
// answered or a decision; a filed document's papers by its filing-review
// outcome, or all of them while none is recorded.
func PapersFor(d review.Document, f FilingReview) []PaperKind {
	if d.Kind != review.Filed {
		return []PaperKind{PaperOpinion, PaperFair}
	}
	all := []PaperKind{PaperRegistered, PaperDeferred, PaperReview, PaperCorrection, PaperTerminated, PaperFair}
	// The paper of the latest outcome comes first; the others stay on
	// offer (a letter is often drafted before its outcome is recorded).
	first, ok := PaperOf(f.Outcome)
	if !ok {
		return all
	}
	out := []PaperKind{first}
	for _, k := range all {
		if k != first {
			out = append(out, k)
		}
	}
	return out
}

//go:embed templates/*.tmpl
var templateFS embed.FS

// DefaultTemplate is the built-in template of a paper, the starting point
// for an office's own (TemplateFile in the settings folder).
func DefaultTemplate(k PaperKind) string {
	name := TemplateFile(k)
	if k == PaperFair {
		name = TemplateFile(PaperOpinion) // the conclusion has the letter's header and sign-off
	}
	b, err := templateFS.ReadFile("templates/" + name)
	if err != nil {
		panic(err) // every kind has a template; checked by the tests
	}
	return string(b)
}

// TemplateFile is the file name of a paper's template.
func TemplateFile(k PaperKind) string { return string(k) + ".tmpl" }

// FindingLine is one problem as a paper states it.
type FindingLine struct {
	N          string // 一, 二 …
	Head, Body string // FindingText
	Basis      string // 《行政处罚法》第十六条、…
}

// FindingLines are the letter's findings as numbered lines, one per rule:
// a rule confirmed at several places is one problem stated with all its
// places, in the order the text has them (a text with fifty rewards would
// otherwise repeat one basis fifty times to the issuer).
func (o Opinion) FindingLines() []FindingLine {
	var order []string
	groups := map[string][]review.FindingState{}
	for _, f := range o.Findings() {
		k := cmp.Or(f.Rule, f.Title)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], f)
	}
	out := make([]FindingLine, 0, len(order))
	for i, k := range order {
		g := groups[k]
		head, body := FindingText(g[0], o.Library, o.Date)
		basis := g[0].Basis
		if len(g) > 1 {
			body, basis = groupText(g, o.Library, o.Date)
		}
		out = append(out, FindingLine{N: chineseNumber(i + 1), Head: oneLine(head), Body: oneLine(body), Basis: strings.Join(basis, "、")})
	}
	for _, it := range o.failedItems() {
		body := "依据" + strings.Join(BasisText([]string{it.Item.Basis}, o.Library, o.Date), "、")
		if n := strings.TrimRight(oneLine(it.Entry.Note), "。；"); n != "" {
			body += "；" + n
		}
		out = append(out, FindingLine{N: chineseNumber(len(out) + 1), Head: "审查事项“" + it.Item.Label.ZH + "”不符合要求",
			Body: body + "。", Basis: it.Item.Basis})
	}
	return out
}

// failedItems are the problems the reviewer found by reading
// (review.Document.FailedByReviewer), stated beside the findings: a letter
// whose table says 不符合 must not say above it that no problem was found,
// and the letters to a filed document's issuer carry no table. The
// fair-competition conclusion states its own items only.
func (o Opinion) failedItems() []CheckRow {
	var out []CheckRow
	for _, it := range o.Doc.FailedByReviewer() {
		if o.PaperKind() == PaperFair && !slices.ContainsFunc(review.FairChecklist.Items(), func(f review.Item) bool { return f.ID == it.ID }) {
			continue
		}
		out = append(out, CheckRow{it, o.Doc.Check(it.ID)})
	}
	return out
}

// groupText states the findings of one rule as FindingText states one:
// each clause once with the words quoted from it, the bases once, and the
// reasons that differ.
func groupText(g []review.FindingState, lib laws.Source, day review.Date) (body string, basis []string) {
	var places []string
	var quotes []string
	clause := g[0].Clause
	flush := func() {
		p := ""
		if clause != "" {
			p = "见" + clause
		}
		if p+strings.Join(quotes, "") != "" {
			places = append(places, p+strings.Join(quotes, ""))
		}
		quotes = nil
	}
	var reasons []string
	var precedent *review.FindingState
	for i, f := range g {
		if f.Clause != clause {
			flush()
			clause = f.Clause
		}
		if q := "“" + strings.Trim(f.Excerpt, "…") + "”"; f.Excerpt != "" && !slices.Contains(quotes, q) {
			quotes = append(quotes, q)
		}
		for _, b := range f.Basis {
			if !slices.Contains(basis, b) {
				basis = append(basis, b)
			}
		}
		for _, r := range []string{f.Reason, f.Finding.Reason} {
			if r != "" && !slices.Contains(reasons, r) {
				reasons = append(reasons, r)
			}
		}
		if f.Precedent != nil && precedent == nil {
			precedent = &g[i]
		}
	}
	flush()
	parts := []string{strings.Join(places, "，")}
	if len(basis) > 0 {
		parts = append(parts, "依据"+strings.Join(BasisText(basis, lib, day), "、"))
	}
	parts = append(parts, reasons...)
	if precedent != nil {
		// The case a precedent gives is stated as for one finding.
		_, one := FindingText(review.FindingState{Finding: review.Finding{Precedent: precedent.Precedent}}, lib, day)
		parts = append(parts, strings.TrimSuffix(one, "。"))
	}
	return strings.Join(parts, "；") + "。", basis
}

// NoteLines are the reviewer's opinion, one paragraph per line.
func (o Opinion) NoteLines() []string {
	_, note := o.Decision()
	return paragraphs(note)
}

// ReasonLines are the filing outcome's reason or the things to supplement,
// one per line.
func (o Opinion) ReasonLines() []string { return paragraphs(o.Filing.Reason) }

// Missing are the required materials the document still lacks, by name.
func (o Opinion) Missing() []string {
	var out []string
	for _, m := range o.Doc.MissingMaterials() {
		out = append(out, m.Label().ZH)
	}
	return out
}

// SignOff are the sign-off lines: 承办人, 审核人, 负责人, each when named.
func (o Opinion) SignOff() []string {
	var out []string
	for _, s := range [][2]string{{"承办人", o.Handler}, {"审核人", o.Reviewer}, {"负责人", o.Head}} {
		if s[1] != "" {
			out = append(out, s[0]+"："+s[1])
		}
	}
	return out
}

// DateCN is the paper's date in Chinese, empty when unknown.
func (o Opinion) DateCN() string { return cnDate(o.Date) }

// DocRef names the document as a paper cites it: 《title》（number）.
func (o Opinion) DocRef() string {
	s := "《" + oneLine(o.Doc.Meta.Title) + "》"
	if o.Doc.Meta.DocNumber != "" {
		s += "（" + oneLine(o.Doc.Meta.DocNumber) + "）"
	}
	return s
}

func cnDate(d review.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.ChineseString()
}

func paragraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\r", " ", "\n", " ").Replace(s)), " ")
}

var templateFuncs = template.FuncMap{
	"cn":   chineseNumber,
	"date": cnDate,
	"line": oneLine,
	// cell keeps a value inside one table cell of the markup.
	"cell": func(s string) string { return strings.ReplaceAll(oneLine(s), "|", "｜") },
	"join": strings.Join,
	"inc":  func(i int) int { return i + 1 },
}

// BlockKind is the layout of one paragraph of a paper.
type BlockKind int

const (
	BlockBody    BlockKind = iota // indented two characters, 仿宋
	BlockTitle                    // the paper's name, centred, 小标宋 二号
	BlockOrgan                    // the reviewing body at the head, centred
	BlockHeading                  // 一、… in 黑体
	BlockCenter                   // centred (the letter number)
	BlockLeft                     // flush left (the addressee)
	BlockRight                    // flush right (sign-off and date)
	BlockTable                    // Rows, the first the header
)

// Block is one laid-out paragraph or table; Spans alternate plain and bold
// (Bold[i] says which).
type Block struct {
	Kind  BlockKind
	Spans []string
	Bold  []bool
	Rows  [][]string
}

// Text is the block's text without emphasis.
func (b Block) Text() string { return strings.Join(b.Spans, "") }

// Layout renders the paper's template and reads the result as blocks. The
// markup is one paragraph per line:
//
//	% 临河区司法局        the reviewing body at the head
//	# 合法性审核意见书    the title
//	:: 临司审〔2026〕3号  centred
//	< 区交通运输局：      flush left (the addressee)
//	> 审核人：张审查      flush right
//	## 一、审查发现的问题 a heading
//	| a | b | c |        table rows, the first the header
//	. text               a paragraph taken literally (no **)
//	text with **bold**   a body paragraph
//
// Blank lines are ignored.
func (o Opinion) Layout() ([]Block, error) {
	src := o.Template
	if strings.TrimSpace(src) == "" {
		src = DefaultTemplate(o.PaperKind())
	}
	t, err := template.New(TemplateFile(o.PaperKind())).Funcs(templateFuncs).Option("missingkey=error").Parse(src)
	if err != nil {
		return nil, review.Text{ZH: "意见书模板有误：" + err.Error(), EN: "the paper's template is wrong: " + err.Error()}
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, o); err != nil {
		return nil, review.Text{ZH: "意见书模板有误：" + err.Error(), EN: "the paper's template is wrong: " + err.Error()}
	}
	return ParseMarkup(buf.String()), nil
}

// ParseMarkup reads the markup Layout describes.
func ParseMarkup(s string) []Block {
	var out []Block
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l := strings.TrimRight(line, " \t")
		if strings.TrimSpace(l) == "" {
			continue
		}
		prefixes := []struct {
			p string
			k BlockKind
		}{{"% ", BlockOrgan}, {"## ", BlockHeading}, {"# ", BlockTitle}, {":: ", BlockCenter}, {"< ", BlockLeft}, {"> ", BlockRight}}
		kind, rest, literal := BlockBody, strings.TrimLeft(l, " \t"), false
		for _, p := range prefixes {
			if strings.HasPrefix(rest, p.p) {
				kind, rest = p.k, strings.TrimSpace(rest[len(p.p):])
				break
			}
		}
		if kind == BlockBody && strings.HasPrefix(rest, ". ") {
			rest, literal = strings.TrimSpace(rest[2:]), true
		}
		if kind == BlockBody && !literal && strings.HasPrefix(rest, "|") {
			row := strings.Split(strings.Trim(rest, "|"), "|")
			for i := range row {
				row[i] = strings.TrimSpace(row[i])
			}
			if n := len(out); n > 0 && out[n-1].Kind == BlockTable {
				out[n-1].Rows = append(out[n-1].Rows, row)
			} else {
				out = append(out, Block{Kind: BlockTable, Rows: [][]string{row}})
			}
			continue
		}
		b := Block{Kind: kind}
		if literal || !strings.Contains(rest, "**") {
			b.Spans, b.Bold = []string{rest}, []bool{false}
		} else {
			for i, part := range strings.Split(rest, "**") {
				if part != "" {
					b.Spans = append(b.Spans, part)
					b.Bold = append(b.Bold, i%2 == 1)
				}
			}
		}
		out = append(out, b)
	}
	return out
}

// paperMarkdown writes laid-out blocks as markdown.
func paperMarkdown(blocks []Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		switch bl.Kind {
		case BlockTitle:
			fmt.Fprintf(&b, "# %s\n\n", bl.Text())
		case BlockHeading:
			fmt.Fprintf(&b, "## %s\n\n", bl.Text())
		case BlockTable:
			for i, row := range bl.Rows {
				cells := make([]string, len(row))
				for j, c := range row {
					cells[j] = mdCell(c)
				}
				b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
				if i == 0 {
					b.WriteString(strings.Repeat("|---", len(row)) + "|\n")
				}
			}
			b.WriteString("\n")
		default:
			for i, s := range bl.Spans {
				if bl.Bold[i] {
					fmt.Fprintf(&b, "**%s**", s)
				} else {
					b.WriteString(s)
				}
			}
			b.WriteString("\n\n")
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}
