package rules

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"beishen/review"
)

// Training the learned scorer (learned.go). It learns from texts the
// measures of unseen recall never read:
//   - positives: the fair-competition clauses of the corpus's read sources
//     (loadDevCases: every other source is held out, and held-out 2 is half
//     of those), with the case descriptions when -learn.narr is set, and the
//     violations of the dev halves of the blind sets;
//   - negatives: the sentences of half of the national regulations of
//     corpus/bulk (by sorted file name, even ones) and the lawful look-alikes
//     of the blind sets' dev halves, weighed -learn.local times as much,
//     for they are in the register of local documents, as the violations are.
//
// Features are learnedFeatures', so training and checking read a sentence
// alike. A word seen in fewer than three positive cases and in no negative
// is not weighed: a word found in one case is a sign of fitting (issue 12).
// The threshold is set on the other half of corpus/bulk, which training
// never saw, to -learn.rate findings per 1,000 characters.
var (
	learnWrite  = flag.Bool("learn.write", false, "train the learned scorer and write learned_fc.tsv")
	learnCV     = flag.Bool("learn.cv", false, "cross-validate the learned scorer's settings over the training sources")
	learnNarr   = flag.Bool("learn.narr", false, "train on the corpus's case descriptions too")
	learnLambda = flag.Float64("learn.lambda", 1e-4, "L2 penalty of the learned scorer")
	learnLocal  = flag.Float64("learn.local", 5, "weight of a local lawful look-alike against a national regulation's sentence")
	learnRate   = flag.Float64("learn.rate", 0.01, "findings per 1,000 characters the threshold allows on the unseen half of corpus/bulk")
)

// learnBlindFiles are the blind files whose dev halves the scorer learns
// from (their test halves stay unseen).
var learnBlindFiles = []string{
	"testdata/blind/sentences.jsonl", "testdata/blind2/clauses.jsonl", "testdata/blind3/paraphrases.jsonl",
	"testdata/blind4/fc.jsonl", "testdata/blind4/legality.jsonl",
	"testdata/blind5/fc.jsonl", "testdata/blind5/legality.jsonl",
}

// learnUnit is one training example: a text's features and its label.
type learnUnit struct {
	feats  []int32
	label  bool
	local  bool   // a lawful look-alike in the local register
	source string // where it was published (or the blind text), for folds
}

// learnCorpus holds the training units and the unseen half of corpus/bulk.
type learnCorpus struct {
	units      []learnUnit
	bulkB      [][]int32 // features of the unseen half's sentences no rule caught
	bulkBChars int
}

// candidates returns the features of the sentences of text the scorer would
// read: those with a word of some rule and learnedCandidate's tests, and,
// with uncaught, only those without a finding.
func candidates(text string, uncaught bool) [][]int32 {
	words := newPresent(len(dict.words))
	var fs []review.Finding
	if uncaught {
		fs = Check(text)
	}
	var out [][]int32
	for _, s := range Split(text) {
		if scanner.scan(s.Text, words) == 0 || !learnedCandidate(s, words) {
			continue
		}
		if slices.ContainsFunc(fs, func(f review.Finding) bool { return f.Start >= s.Start && f.Start < s.End && f.Rule != learnedRule.ID }) {
			continue
		}
		out = append(out, learnedFeatures(nil, s.Text, words))
	}
	return out
}

// union is the features of a text's candidate sentences together: a case is
// a clause, and which of its sentences holds the problem is not labelled.
func union(sents [][]int32) []int32 {
	var out []int32
	for _, f := range sents {
		for _, id := range f {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

func readLearnJSONL(tb testing.TB, path string) []blindSentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []blindSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l blindSentence
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		out = append(out, l)
	}
	return out
}

// blindSentence is a line of a blind file (blind_test.go reads them in full).
type blindSentence struct{ ID, Set, Kind, Text string }

func loadLearnCorpus(tb testing.TB) *learnCorpus {
	tb.Helper()
	c := &learnCorpus{}
	pos := func(text, source string) {
		if f := union(candidates(text, false)); f != nil {
			c.units = append(c.units, learnUnit{feats: f, label: true, source: source})
		}
	}
	for _, d := range loadDevCases(tb) {
		if d.held || d.Category != review.FairCompetition || d.set == "FC narratives" && !*learnNarr {
			continue
		}
		pos(d.Clause, d.source)
	}
	for _, path := range learnBlindFiles {
		for _, l := range readLearnJSONL(tb, path) {
			if l.Set != "dev" {
				continue
			}
			switch {
			case l.Kind == "fc" || l.Kind == "clause" || l.Kind == "narr" && *learnNarr:
				pos(l.Text, path+"#"+l.ID)
			case l.Kind == "clean":
				for _, f := range candidates(l.Text, true) {
					c.units = append(c.units, learnUnit{feats: f, local: true, source: path + "#" + l.ID})
				}
			}
		}
	}
	bulk := readCorpusDir(tb, "corpus/bulk")
	for i, name := range slices.Sorted(maps.Keys(bulk)) {
		if i%2 == 0 {
			for _, f := range candidates(bulk[name], true) {
				c.units = append(c.units, learnUnit{feats: f, source: "bulk"})
			}
			continue
		}
		c.bulkBChars += len([]rune(bulk[name]))
		c.bulkB = append(c.bulkB, candidates(bulk[name], true)...)
	}
	return c
}

// kept are the features the scorer may weigh: seen in at least three
// positive cases, or in a negative.
func kept(units []learnUnit) map[int32]bool {
	cases := map[int32]int{}
	keep := map[int32]bool{}
	for _, u := range units {
		for _, id := range u.feats {
			if u.label {
				cases[id]++
			} else {
				keep[id] = true
			}
		}
	}
	for id, n := range cases {
		if n >= 3 {
			keep[id] = true
		}
	}
	return keep
}

// trainLearned fits a logistic regression by stochastic gradient descent,
// the classes weighed equally, in a fixed order (the same table every run).
func trainLearned(units []learnUnit, keep map[int32]bool, lambda, local float64) *learnedModel {
	const epochs = 15
	w := map[int32]float64{}
	bias := 0.0
	var npos, nneg float64
	for _, u := range units {
		if u.label {
			npos++
		} else {
			nneg++
		}
	}
	wpos, wneg := 0.5*(npos+nneg)/npos, 0.5*(npos+nneg)/nneg
	order := make([]int, len(units))
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(1, 2))
	lr := 0.05
	for range epochs {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			u := units[i]
			z := bias
			for _, id := range u.feats {
				if keep[id] {
					z += w[id]
				}
			}
			y, cw := 0.0, wneg
			if u.label {
				y, cw = 1, wpos
			} else if u.local {
				cw *= local
			}
			g := cw * (1/(1+math.Exp(-z)) - y)
			bias -= lr * g
			for _, id := range u.feats {
				if keep[id] {
					w[id] -= lr * (g + lambda*w[id])
				}
			}
		}
		lr *= 0.9
	}
	m := &learnedModel{weight: make([]float32, len(scanner.words)), bias: float32(bias)}
	for id, v := range w {
		switch id {
		case featNearPlace:
			m.nearPlace = float32(v)
		case featNearOwn:
			m.nearOwn = float32(v)
		default:
			m.weight[id] = float32(v)
		}
	}
	return m
}

// thresholdFor is the score above which the sentences of corpus/bulk's
// unseen half give rate findings per 1,000 characters.
func (c *learnCorpus) thresholdFor(m *learnedModel, rate float64) float32 {
	scores := make([]float64, len(c.bulkB))
	for i, f := range c.bulkB {
		scores[i] = float64(m.score(f))
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(scores)))
	k := min(int(rate*float64(c.bulkBChars)/1000), len(scores)-1)
	return float32(scores[k]) + 1e-3
}

// table writes the model as learned_fc.tsv reads it, words in order, weights
// under 0.05 left out.
func (m *learnedModel) table() string {
	var b strings.Builder
	b.WriteString("# learned scorer of fair-competition cases (learned.go); written by\n# go test ./review/rules -run TestLearnWeights -learn.write\n")
	num := func(v float32) string { return strconv.FormatFloat(float64(v), 'f', 3, 32) }
	fmt.Fprintf(&b, "#bias\t%s\n#threshold\t%s\n#near-place\t%s\n#near-own\t%s\n", num(m.bias), num(m.threshold), num(m.nearPlace), num(m.nearOwn))
	var ids []int
	for id, v := range m.weight {
		if math.Abs(float64(v)) >= 0.05 {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return scanner.words[ids[i]] < scanner.words[ids[j]] })
	for _, id := range ids {
		fmt.Fprintf(&b, "%s\t%s\n", scanner.words[id], num(m.weight[id]))
	}
	return b.String()
}

// TestLearnWeights trains the scorer (-learn.write writes the table) or
// cross-validates its settings (-learn.cv).
func TestLearnWeights(t *testing.T) {
	if !*learnWrite && !*learnCV {
		t.Skip("-learn.write or -learn.cv")
	}
	c := loadLearnCorpus(t)
	keep := kept(c.units)
	npos := 0
	for _, u := range c.units {
		if u.label {
			npos++
		}
	}
	t.Logf("%d units, %d positive; %d features weighed; unseen half of corpus/bulk: %d sentences, %d chars", len(c.units), npos, len(keep), len(c.bulkB), c.bulkBChars)
	if *learnCV {
		c.crossValidate(t, keep)
		return
	}
	m := trainLearned(c.units, keep, *learnLambda, *learnLocal)
	m.threshold = c.thresholdFor(m, *learnRate)
	if err := os.WriteFile("learned_fc.tsv", []byte(m.table()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("threshold %.3f; learned_fc.tsv written", m.threshold)
}

// crossValidate trains on four fifths of the positive and local sources and
// counts the fifth left out, at the threshold the unseen bulk half sets, for
// each setting.
func (c *learnCorpus) crossValidate(t *testing.T, keep map[int32]bool) {
	fold := func(u learnUnit) int {
		h := 0
		for _, r := range u.source {
			h = h*31 + int(r)
		}
		return (h%5 + 5) % 5
	}
	for _, lambda := range []float64{1e-5, 1e-4, 1e-3} {
		for _, local := range []float64{1, 5, 20} {
			var hit, npos, fa, nneg int
			for k := range 5 {
				var train, test []learnUnit
				for _, u := range c.units {
					if u.source != "bulk" && fold(u) == k {
						test = append(test, u)
					} else {
						train = append(train, u)
					}
				}
				m := trainLearned(train, keep, lambda, local)
				thr := c.thresholdFor(m, *learnRate)
				for _, u := range test {
					flagged := m.score(u.feats) >= thr
					if u.label {
						npos++
						if flagged {
							hit++
						}
					} else {
						nneg++
						if flagged {
							fa++
						}
					}
				}
			}
			t.Logf("lambda %g, local weight %g: left-out cases found %d/%d = %.1f%%, left-out look-alikes flagged %d/%d = %.1f%%",
				lambda, local, hit, npos, 100*float64(hit)/float64(npos), fa, nneg, 100*float64(fa)/float64(nneg))
		}
	}
}
