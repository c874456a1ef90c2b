package laws

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"beishen/review"
)

// Kind says what happened to a law.
type Kind string

const (
	Repealed Kind = "repealed" // 废止
	Revised  Kind = "revised"  // 修订或修正
)

var kindLabels = map[Kind]review.Label{
	Repealed: {ZH: "已废止", EN: "repealed"},
	Revised:  {ZH: "已修订", EN: "revised"},
}

func (k Kind) Label() review.Label {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return review.Label{ZH: string(k), EN: string(k)}
}

// Change is one entry of the list of repealed and amended laws. The
// collection drops a law once it is repealed, so this list, with its source
// for every entry, is what says that 《合同法》 is no longer law.
type Change struct {
	// Law is the short name (合同法).
	Law  string      `json:"law"`
	Kind Kind        `json:"kind"`
	Date review.Date `json:"date"` // in effect from
	// By is the act that repealed or revised it; Basis the provision that
	// says so (the finding's basis); Source where the entry comes from.
	By     string `json:"by"`
	Basis  string `json:"basis"`
	Source string `json:"source"`
	// Renumbered is true when the revision moved article numbers; Moved
	// maps an old article number to its number after the revision, where
	// known.
	Renumbered bool        `json:"renumbered,omitempty"`
	Moved      map[int]int `json:"moved,omitempty"`
}

// ParseChanges reads a list of changes (the embedded one, or an office's
// own file in the same JSON form). Every entry needs a law, a kind, a date
// and a source.
func ParseChanges(raw []byte) ([]Change, error) {
	var in []struct {
		Change
		Moved map[string]int `json:"moved"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, fmt.Errorf("废止修改清单格式错误: %w", err)
	}
	out := make([]Change, 0, len(in))
	for i, e := range in {
		c := e.Change
		c.Law = ShortName(c.Law)
		if c.Law == "" || (c.Kind != Repealed && c.Kind != Revised) || c.Date.IsZero() || c.Source == "" {
			return nil, fmt.Errorf("废止修改清单第 %d 条缺少法律名称、类型（repealed/revised）、日期或来源", i+1)
		}
		for k, v := range e.Moved {
			n, err := strconv.Atoi(k)
			if err != nil {
				return nil, fmt.Errorf("废止修改清单第 %d 条的条文对应 %q 不是条号", i+1, k)
			}
			if c.Moved == nil {
				c.Moved = map[int]int{}
			}
			c.Moved[n] = v
		}
		out = append(out, c)
	}
	return out, nil
}

// repealRe finds a repeal clause in a law's text: …的《城市房屋拆迁管理条例》同时废止.
var repealRe = regexp.MustCompile(`((?:《[^》]{2,60}》[、和及]?)+)同时废止`)
var titleRe = regexp.MustCompile(`《([^》]{2,60})》`)

// MineRepeals reads the repeal clauses (“…《X》同时废止”) of the laws: each
// is an entry whose source is the clause itself.
func MineRepeals(ls []*Law) []Change {
	var out []Change
	for _, l := range ls {
		for _, a := range l.Articles {
			for _, p := range a.Paras {
				for _, m := range repealRe.FindAllStringSubmatch(p, -1) {
					for _, t := range titleRe.FindAllStringSubmatch(m[1], -1) {
						d := l.Effective
						if d.IsZero() {
							d = l.Version
						}
						basis := "《" + l.Title + "》" + a.Label
						out = append(out, Change{Law: ShortName(t[1]), Kind: Repealed, Date: d, By: l.Title,
							Basis: basis, Source: basis + "（" + l.Source + "）"})
					}
				}
			}
		}
	}
	return out
}

// Changes is the list the checks consult, by law.
type Changes struct{ byLaw map[string][]Change }

// NewChanges indexes the lists; an entry of a later list with the same law
// and kind replaces an earlier one (the office's file overrides the
// embedded list, the curated list the mined clauses).
func NewChanges(lists ...[]Change) *Changes {
	c := &Changes{byLaw: map[string][]Change{}}
	for _, list := range lists {
		for _, e := range list {
			cur := c.byLaw[e.Law]
			i := slices.IndexFunc(cur, func(o Change) bool { return o.Kind == e.Kind && (e.Kind == Repealed || o.Date.Equal(e.Date)) })
			if i >= 0 {
				cur[i] = e
			} else {
				cur = append(cur, e)
			}
			c.byLaw[e.Law] = cur
		}
	}
	return c
}

// Of returns the entries for the law named name, oldest first.
func (c *Changes) Of(name string) []Change {
	out := slices.Clone(c.byLaw[ShortName(name)])
	slices.SortFunc(out, func(a, b Change) int { return a.Date.Compare(b.Date) })
	return out
}

// RepealedOn returns the repeal of name in effect on day (any repeal when
// day is zero).
func (c *Changes) RepealedOn(name string, day review.Date) (Change, bool) {
	for _, e := range c.Of(name) {
		if e.Kind == Repealed && (day.IsZero() || !day.Before(e.Date)) {
			return e, true
		}
	}
	return Change{}, false
}

// All lists every entry, by law then date.
func (c *Changes) All() []Change {
	var out []Change
	for _, l := range c.byLaw {
		out = append(out, l...)
	}
	slices.SortFunc(out, func(a, b Change) int {
		if x := strings.Compare(a.Law, b.Law); x != 0 {
			return x
		}
		return a.Date.Compare(b.Date)
	})
	return out
}
