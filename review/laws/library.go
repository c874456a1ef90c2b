package laws

import (
	"bufio"
	"slices"
	"strings"
	"sync"

	"beishen/review"
)

// Title is a law the library knows by name: with its text (Versions not
// empty) or only from the collection's index.
type Title struct {
	Name     string        `json:"name"`  // short name, the key
	Title    string        `json:"title"` // full title
	Level    string        `json:"level,omitempty"`
	Expired  bool          `json:"expired,omitempty"` // the index marks every version expired
	Versions []review.Date `json:"versions,omitempty"`
}

// Source is what the checks and screens read from a library: the titles
// it knows and the text of one version of a law. The embedded library,
// the store's imported one and a stack of both implement it.
type Source interface {
	Titles() []Title
	Title(name string) (Title, bool)
	// Law returns the version of the law named name dated v.
	Law(name string, v review.Date) (*Law, bool)
}

// InForce picks the version of t in force on day: the latest dated on or
// before it (the latest of all when day is zero or precedes them all).
func (t Title) InForce(day review.Date) (review.Date, bool) {
	if len(t.Versions) == 0 {
		return review.Date{}, false
	}
	pick := t.Versions[len(t.Versions)-1]
	if !day.IsZero() {
		for i := len(t.Versions) - 1; i >= 0; i-- {
			if !t.Versions[i].After(day) {
				return t.Versions[i], true
			}
		}
	}
	return pick, true
}

// Current returns the version of name in force on day, with its text.
func Current(src Source, name string, day review.Date) (*Law, bool) {
	t, ok := src.Title(ShortName(name))
	if !ok {
		return nil, false
	}
	v, ok := t.InForce(day)
	if !ok {
		return nil, false
	}
	return src.Law(t.Name, v)
}

// Memory is a library held in memory: the embedded one, and tests'.
type Memory struct {
	titles map[string]*Title
	laws   map[string]map[review.Date]*Law
	sorted []Title
}

// NewMemory builds a library of the laws (already merged) and the titles
// known from an index.
func NewMemory(ls []Law, index []Title) *Memory {
	m := &Memory{titles: map[string]*Title{}, laws: map[string]map[review.Date]*Law{}}
	for _, t := range index {
		if cur, ok := m.titles[t.Name]; ok {
			cur.Expired = cur.Expired && t.Expired
			continue
		}
		t := t
		m.titles[t.Name] = &t
	}
	for i := range ls {
		l := &ls[i]
		t, ok := m.titles[l.Name]
		if !ok {
			t = &Title{Name: l.Name, Title: l.Title, Level: l.Level}
			m.titles[l.Name] = t
		}
		t.Title, t.Level = l.Title, l.Level
		if m.laws[l.Name] == nil {
			m.laws[l.Name] = map[review.Date]*Law{}
		}
		if _, dup := m.laws[l.Name][l.Version]; !dup {
			t.Versions = append(t.Versions, l.Version)
		}
		m.laws[l.Name][l.Version] = l
	}
	for _, t := range m.titles {
		slices.SortFunc(t.Versions, func(a, b review.Date) int { return a.Compare(b) })
		m.sorted = append(m.sorted, *t)
	}
	slices.SortFunc(m.sorted, func(a, b Title) int { return strings.Compare(a.Name, b.Name) })
	return m
}

func (m *Memory) Titles() []Title { return m.sorted }

func (m *Memory) Title(name string) (Title, bool) {
	t, ok := m.titles[ShortName(name)]
	if !ok {
		return Title{}, false
	}
	return *t, true
}

func (m *Memory) Law(name string, v review.Date) (*Law, bool) {
	l, ok := m.laws[ShortName(name)][v]
	return l, ok
}

// Laws lists every version held, by name then date.
func (m *Memory) Laws() []*Law {
	var out []*Law
	for _, t := range m.sorted {
		for _, v := range t.Versions {
			out = append(out, m.laws[t.Name][v])
		}
	}
	return out
}

// Stack reads the first source that has a law's text, and knows the titles
// of all of them: the store's imported library over the embedded one.
type Stack []Source

func (s Stack) Titles() []Title {
	seen := map[string]int{}
	var out []Title
	for _, src := range s {
		for _, t := range src.Titles() {
			if i, ok := seen[t.Name]; ok {
				if len(out[i].Versions) == 0 {
					out[i].Versions = t.Versions
				}
				continue
			}
			seen[t.Name] = len(out)
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b Title) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func (s Stack) Title(name string) (Title, bool) {
	var first Title
	found := false
	for _, src := range s {
		t, ok := src.Title(name)
		if !ok {
			continue
		}
		if len(t.Versions) > 0 {
			if found {
				t.Expired = t.Expired && first.Expired
			}
			return t, true
		}
		if !found {
			first, found = t, true
		}
	}
	return first, found
}

func (s Stack) Law(name string, v review.Date) (*Law, bool) {
	for _, src := range s {
		if l, ok := src.Law(name, v); ok {
			return l, true
		}
	}
	return nil, false
}

// ReadBundle reads the embedded form of a set of files: each starts with a
// NUL byte and its path on one line.
func ReadBundle(raw string) ([]Law, error) {
	var parts []Law
	for _, chunk := range strings.Split(raw, "\x00")[1:] {
		rel, body, _ := strings.Cut(chunk, "\n")
		if Skip(rel) {
			continue
		}
		l, err := Parse(rel, []byte(body))
		if err != nil {
			return nil, err
		}
		parts = append(parts, l)
	}
	return Merge(parts), nil
}

// ReadTitles reads the index lines: level, name, publish date, expired
// (0/1), valid from, separated by tabs.
func ReadTitles(raw string) []Title {
	var out []Title
	sc := bufio.NewScanner(strings.NewReader(raw))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 {
			continue
		}
		out = append(out, Title{Name: ShortName(f[1]), Title: f[1], Level: f[0], Expired: f[3] == "1"})
	}
	return out
}

var (
	embeddedOnce sync.Once
	embeddedLib  *Memory
	embeddedChg  []Change
)

// Embedded is the library the binary carries: the laws the rules,
// checklist items and templates cite (from the LawRefBook collection), and
// the titles of the whole collection's index.
func Embedded() *Memory {
	embeddedOnce.Do(loadEmbedded)
	return embeddedLib
}

// EmbeddedChanges is the curated list of repealed and amended laws with
// the repeal clauses of the embedded laws.
func EmbeddedChanges() []Change {
	embeddedOnce.Do(loadEmbedded)
	return embeddedChg
}

// Hit is an article found by a search of the article text.
type Hit struct {
	Name    string  `json:"name"`
	Article Article `json:"article"`
}

// Searcher is a library whose article text can be searched: the versions
// in force now, every space-separated term of q in the article.
type Searcher interface {
	Search(q string, limit int) []Hit
}

func (m *Memory) Search(q string, limit int) []Hit {
	terms := strings.Fields(q)
	if len(terms) == 0 {
		return nil
	}
	var out []Hit
	for _, t := range m.sorted {
		if len(t.Versions) == 0 {
			continue
		}
		l := m.laws[t.Name][t.Versions[len(t.Versions)-1]]
		for _, a := range l.Articles {
			if Matches(a.Text(), terms) {
				out = append(out, Hit{Name: t.Name, Article: a})
				if limit > 0 && len(out) >= limit {
					return out
				}
			}
		}
	}
	return out
}

// Matches says whether s contains every term: the article search's test.
func Matches(s string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(s, t) {
			return false
		}
	}
	return true
}

// Search searches every source that can, the laws of an earlier source
// hiding the same law in a later one.
func (s Stack) Search(q string, limit int) []Hit {
	var out []Hit
	seen := map[string]bool{}
	for _, src := range s {
		sr, ok := src.(Searcher)
		if !ok {
			continue
		}
		here := map[string]bool{}
		for _, h := range sr.Search(q, 0) {
			if seen[h.Name] {
				continue
			}
			here[h.Name] = true
			out = append(out, h)
			if limit > 0 && len(out) >= limit {
				return out
			}
		}
		for _, t := range src.Titles() {
			if len(t.Versions) > 0 {
				seen[t.Name] = true
			}
		}
		for n := range here {
			seen[n] = true
		}
	}
	return out
}
