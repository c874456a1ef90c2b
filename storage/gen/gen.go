// Package gen builds large, realistic beishen databases deterministically,
// for benchmarks at the scale of a provincial cleanup (100,000 documents).
// It lives beside storage because it writes only through storage's public
// API (ImportBatch, DoAll), and apart from it because it also needs intake,
// the checks and the search titles, which the store itself must not import.
package gen

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math/rand"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"beishen/review"
	"beishen/review/intake"
	"beishen/review/rules"
	"beishen/review/search"
	"beishen/storage"
)

// Version names the shape of what Generate builds; a cached database of an
// older version is rebuilt. 4: a draft with an item marked 不符合 is
// passed after amendment, not outright (workflow 5). 5: the store writes
// 16 KB pages and packs the queue rows fuller.
const Version = 5

// Batch sizes: bbolt advises well under 100,000 random inserts per
// transaction, and the import of one chunk must fit comfortably in memory.
const (
	importChunk = 2000
	eventChunk  = 20000
)

// Generate adds n documents to st, the same ones for the same seed and
// corpus: local documents titled after the regulations under corpusRoot
// (search.Synthetic), each text an excerpt of 1–4 KB of clauses of one of
// those regulations read through intake, with the findings of the checks,
// received over two years, and a share walked through the workflow by real
// events (materials, stages, checklists, answered findings, comments,
// decisions). Event times come from the store's clock.
func Generate(st *storage.Store, n int, seed int64, corpusRoot string) error {
	texts, err := loadTexts(corpusRoot)
	if err != nil {
		return err
	}
	if len(texts) == 0 {
		return fmt.Errorf("gen: no regulations under %s", corpusRoot)
	}
	titles, err := search.LoadTitles(corpusRoot)
	if err != nil {
		return err
	}
	docs := search.Synthetic(titles, n, seed)
	rng := rand.New(rand.NewSource(seed))
	// Everything random is drawn here, in order, so the result does not
	// depend on how the checks are spread over cores.
	plans := make([]plan, n)
	for i := range plans {
		plans[i] = newPlan(rng, docs[i].Display, texts)
	}
	for from := 0; from < n; from += importChunk {
		to := min(from+importChunk, n)
		items := buildItems(plans[from:to])
		res, err := st.ImportBatch(items)
		if err != nil {
			return err
		}
		var evs []review.Event
		for i, r := range res {
			if r.Err != nil {
				return fmt.Errorf("gen: document %d: %w", from+i+1, r.Err)
			}
			evs = append(evs, plans[from+i].walk(r.Doc)...)
		}
		for len(evs) > 0 {
			k := min(len(evs), eventChunk)
			out, err := st.DoAll(evs[:k])
			if err != nil {
				return err
			}
			for _, o := range out {
				if o.Err != nil {
					return fmt.Errorf("gen: #%d %s: %w", o.Event.Doc, o.Event.Type, o.Err)
				}
			}
			evs = evs[k:]
		}
	}
	return nil
}

// loadTexts reads every regulation under root through intake, as a reviewer's
// import would, and keeps its non-empty lines: the clauses excerpts are cut
// from. Files are sorted so the corpus is the same on every machine.
func loadTexts(root string) ([][]string, error) {
	var paths []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ".md") && !strings.HasPrefix(d.Name(), "_") {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out [][]string
	for _, p := range paths {
		res, err := intake.ReadFile(p)
		if err != nil {
			continue // an unreadable regulation is simply not used
		}
		var lines []string
		for _, l := range strings.Split(res.Text, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "<!--") {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			out = append(out, lines)
		}
	}
	return out, nil
}

// depth is how far a generated document has gone through the workflow.
type depth int

const (
	atIntake depth = iota
	atLegality
	atFair
	atDecision
	decided
	returned
)

// plan is everything random about one document, drawn up front.
type plan struct {
	kind                    review.Kind
	title, number, issuer   string
	drafter                 string
	received                review.Date
	affects                 bool
	text                    string
	depth                   depth
	marked, checked         int // materials marked, checklist items marked at the current stage
	outcome                 review.Outcome
	comment, confirmFinding bool
}

// The generated documents were received in the two years before this day,
// the clock Cached gives the store.
var lastReceived = review.MustDate("2026-11-19")

func newPlan(rng *rand.Rand, display string, texts [][]string) plan {
	// Synthetic's display is "title 文号 issuer drafter"; only the title may
	// hold spaces.
	f := strings.Fields(display)
	p := plan{
		title:   strings.Join(f[:len(f)-3], " "),
		number:  f[len(f)-3],
		issuer:  f[len(f)-2],
		drafter: f[len(f)-1],
		kind:    review.Filed,
	}
	if rng.Intn(5) < 2 {
		p.kind = review.Draft
	}
	p.received = lastReceived.AddDays(-rng.Intn(730))
	p.affects = rng.Intn(3) > 0

	// An excerpt of consecutive clauses of one regulation, 1–4 KB.
	lines := texts[rng.Intn(len(texts))]
	want := 1024 + rng.Intn(3072)
	start := rng.Intn(len(lines))
	var b strings.Builder
	b.WriteString(p.title + "\n" + p.number + "\n\n")
	for i := start; b.Len() < want && i < start+len(lines); i++ {
		b.WriteString(lines[i%len(lines)])
		b.WriteByte('\n')
	}
	b.WriteString("\n" + p.issuer + "\n" + p.received.ChineseString() + "\n")
	p.text = b.String()

	// Most of a provincial collection waits at intake; the rest is spread
	// over the stages a reviewer's work leaves documents in.
	switch r := rng.Intn(100); {
	case r < 55:
		p.depth = atIntake
	case r < 70:
		p.depth = atLegality
	case r < 78:
		p.depth = atFair
	case r < 85:
		p.depth = atDecision
	case r < 95:
		p.depth = decided
	default:
		p.depth = returned
	}
	if !p.affects && p.depth == atFair {
		p.depth = atLegality // a document outside FCR scope skips that stage
	}
	p.marked = rng.Intn(6)
	p.checked = rng.Intn(len(review.LegalityItems))
	if p.depth == atFair {
		p.checked = rng.Intn(len(review.FairItems))
	}
	p.outcome = []review.Outcome{review.PassAmended, review.PassAmended, review.Pass, review.Return, review.Reject}[rng.Intn(5)]
	p.comment = rng.Intn(3) == 0
	p.confirmFinding = rng.Intn(2) == 0
	return p
}

// buildItems runs the checks on the plans' texts on all cores.
func buildItems(plans []plan) []storage.ImportItem {
	items := make([]storage.ImportItem, len(plans))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(plans); i += workers {
				items[i] = plans[i].item()
			}
		}(w)
	}
	wg.Wait()
	return items
}

func (p plan) item() storage.ImportItem {
	sum := sha256.Sum256([]byte(p.text))
	return storage.ImportItem{
		Kind: p.kind,
		Meta: review.Meta{
			Title: p.title, DocNumber: p.number, Issuer: p.issuer, DraftingUnit: p.drafter,
			IssuerType: review.IssuerDepartment, Received: p.received, AffectsOperators: p.affects,
		},
		Version: storage.NewVersion{
			FileName: p.title + ".txt", Format: string(intake.TXT), Encoding: "UTF-8",
			SHA256: hex.EncodeToString(sum[:]), Size: int64(len(p.text)), Text: p.text,
			Findings: rules.Check(p.text), RulesVersion: rules.Version,
		},
	}
}

// walk is the reviewer's work on d that the plan calls for, as events the
// workflow accepts in order.
func (p plan) walk(d review.Document) []review.Event {
	var evs []review.Event
	add := func(pl review.Payload) { evs = append(evs, review.NewEvent(d.ID, pl)) }
	mats := review.RequiredMaterials(d.Kind, d.Meta.AffectsOperators)
	if p.depth == atIntake {
		for _, m := range mats[:min(p.marked, len(mats))] {
			add(review.MaterialsMarked{Material: m, Present: true})
		}
		return evs
	}
	for _, m := range mats {
		add(review.MaterialsMarked{Material: m, Present: true})
	}
	if p.depth == returned {
		add(review.StageChanged{From: review.StageIntake, To: review.StageReturned, Reason: "起草说明未载明制定依据，退回补正"})
		return evs
	}
	if d.Kind == review.Filed {
		add(review.Registration{Result: review.FilingRegistered, Date: d.Meta.Received})
	} else {
		add(review.StageChanged{From: review.StageIntake, To: review.StageLegality})
	}
	failed := false // an item marked 不符合 by the reviewer
	check := func(items []review.Item, n int) {
		for _, it := range items[:n] {
			mark, note := review.Conforms, ""
			for _, f := range d.Findings {
				if it.BearsOn(f.Rule) {
					mark, note = review.Nonconforming, "见自动发现 "+f.Rule+"："+f.Title
					break
				}
			}
			if it.ID == "FC7" {
				mark = review.NotApplicable // no Art.12 exception is claimed
			}
			failed = failed || mark == review.Nonconforming
			add(review.ChecklistMarked{Item: it.ID, Mark: mark, Note: note})
		}
	}
	if p.depth == atLegality {
		check(review.LegalityItems, p.checked)
		return evs
	}
	check(review.LegalityItems, len(review.LegalityItems))
	if !d.Meta.AffectsOperators {
		add(review.StageChanged{From: review.StageLegality, To: review.StageDecision, Reason: "不涉及经营者经济活动"})
	} else {
		add(review.StageChanged{From: review.StageLegality, To: review.StageFairCompetition})
		if p.depth == atFair {
			check(review.FairItems, p.checked)
			return evs
		}
		check(review.FairItems, len(review.FairItems))
		add(review.StageChanged{From: review.StageFairCompetition, To: review.StageDecision})
	}
	confirmed := 0
	for _, f := range d.Findings {
		confirm := p.confirmFinding && f.Severity == review.High
		reason := ""
		if confirm {
			confirmed++
		} else {
			reason = "结合上下文，该表述有上位法依据"
		}
		add(review.FindingAnswered{Key: f.Key(), Rule: f.Rule, Confirm: confirm, Reason: reason})
	}
	if p.comment {
		add(review.Comment{Text: "请起草单位补充说明本条的上位法依据。"})
	}
	if p.depth == atDecision {
		return evs
	}
	outcome := p.outcome
	// An item marked 不符合 rules out an outright 通过 as a confirmed
	// finding does (workflow 5).
	if outcome == review.Pass && (confirmed > 0 || failed) {
		outcome = review.PassAmended
	}
	note := ""
	if outcome != review.Pass {
		note = "经审查，建议按审查意见修改相关条款。"
	}
	if d.Kind == review.Filed {
		add(filedOutcome(outcome, confirmed, d.Meta.Received, note))
		return evs
	}
	add(review.Decided{Outcome: outcome, Note: note})
	// Since the road after the decision (WorkflowVersion 2) an approved
	// draft waits for the collective deliberation; most have had it, some
	// still wait.
	if p.kind == review.Draft && (outcome == review.Pass || outcome == review.PassAmended) && !p.comment {
		add(review.Deliberated{Meeting: review.StandingMeeting, Session: "政府常务会议", Date: lastReceived.AddDays(1), Result: review.DeliberationPass})
	}
	return evs
}

// filedOutcome is the filing-review outcome that stands for a draft's
// decision in the plan: a filed document is concluded, not decided.
func filedOutcome(o review.Outcome, confirmed int, day review.Date, note string) review.FilingReviewed {
	p := review.FilingReviewed{Outcome: review.NoProblem, Date: day}
	switch {
	case o == review.Reject:
		p.Outcome, p.Note = review.Revoke, note
	case o == review.Pass:
	case confirmed > 0 && o == review.Return:
		p.Outcome, p.Due, p.Note = review.WrittenOpinion, day.AddDays(30), note
	default:
		p.Outcome, p.Plan, p.Due = review.SelfCorrect, note, day.AddDays(30)
	}
	return p
}
