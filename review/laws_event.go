package review

// LawsImported records an import of the law library (beishen laws import):
// which laws the folder added, which changed (a new or different version),
// which disappeared from the collection since its last import, and which
// its repeal clauses newly name as repealed. It belongs to no document.
type LawsImported struct {
	Collection string   `json:"collection"`
	Dir        string   `json:"dir"`
	Laws       int      `json:"laws"`
	Versions   int      `json:"versions"`
	Added      []string `json:"added,omitempty"`
	Changed    []string `json:"changed,omitempty"`
	Gone       []string `json:"gone,omitempty"`
	Repealed   []string `json:"repealed,omitempty"`
}

func (LawsImported) EventType() EventType { return EvLawsImported }

// Affected are the laws whose change obliges cleanup: changed, gone or
// repealed (short names, each once).
func (p LawsImported) Affected() []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range [][]string{p.Changed, p.Gone, p.Repealed} {
		for _, n := range l {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}
