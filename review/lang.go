package review

import "fmt"

import "errors"

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

// Plural is "1 document", "3 documents": the English count of a noun with
// a regular plural (Chinese counts need none).
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Localized is an error that can speak the user's language. Errors a user
// may see (refused actions, unreadable files, a locked database) implement
// it; Error() stays Chinese for logs.
type Localized interface {
	error
	Message(lang Lang) string
}

// Message renders err for the user: the first Localized error in its chain
// speaks lang, anything else prints as is.
func Message(err error, lang Lang) string {
	if err == nil {
		return ""
	}
	var l Localized
	if errors.As(err, &l) {
		return l.Message(lang)
	}
	return err.Error()
}

// Text is a Localized error made from a Label.
type Text Label

func (t Text) Error() string            { return t.ZH }
func (t Text) Message(lang Lang) string { return Label(t).In(lang) }
