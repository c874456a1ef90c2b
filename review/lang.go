package review

// Lang is the language of everything the user reads: Chinese by default,
// English with --lang en.
type Lang string

const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// ParseLang accepts "zh"/"en" (and their common spellings); anything else is
// Chinese, the language of the people this tool is for.
func ParseLang(s string) Lang {
	switch s {
	case "en", "EN", "english", "English":
		return EN
	}
	return ZH
}

// Label is a user-visible text in both languages. Every enum a user sees
// carries one, so the screen and the command line never print a raw code.
type Label struct{ ZH, EN string }

// In returns the label in lang.
func (l Label) In(lang Lang) string {
	if lang == EN && l.EN != "" {
		return l.EN
	}
	return l.ZH
}
