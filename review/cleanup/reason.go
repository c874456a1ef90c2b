package cleanup

import (
	"strings"

	"beishen/review"
)

// The reasons Select and Propose store with a document they take up are
// Chinese, like the rest of the log; ReasonIn renders them for the English
// screen and command line. Law names and article references stay as
// written: they are names.

// ReasonIn renders a stored 纳入理由 in lang. A reason it does not know
// (one a reviewer typed) is returned as it is.
func ReasonIn(reason string, lang review.Lang) string {
	if lang != review.EN || reason == "" {
		return reason
	}
	if reason == everyInForce {
		return "every document in force"
	}
	if strings.HasPrefix(reason, issuerContains) || strings.HasPrefix(reason, publishedIn) {
		parts := strings.Split(reason, "，")
		for i, p := range parts {
			parts[i] = filterPartEN(p)
		}
		return strings.Join(parts, ", ")
	}
	if rest, ok := strings.CutPrefix(reason, LibraryUpdate+"（"); ok {
		if day, rest, ok := strings.Cut(rest, "）："); ok {
			return "law library update (" + day + "): " + citesEN(rest)
		}
	}
	if rest, ok := strings.CutPrefix(reason, "《"); ok {
		if law, rest, ok := strings.Cut(rest, "》施行后，"); ok {
			return "after 《" + law + "》 took effect: " + citesEN(rest)
		}
	}
	if strings.HasPrefix(reason, citesRepealed) {
		return citesEN(reason)
	}
	return reason
}

const (
	everyInForce   = "生效文件全部纳入"
	publishedIn    = "公布于"
	citesRepealed  = "引用已废止的"
	citesDropped   = "引用已废止或法规合集不再收录的"
	citesAmended   = "引用已修订的"
	issuerContains = "制定机关含"
)

// filterPartEN renders one condition of Filter.reason.
func filterPartEN(p string) string {
	if name, ok := strings.CutPrefix(p, issuerContains); ok {
		return "issuer contains " + name
	}
	if span, ok := strings.CutPrefix(p, publishedIn); ok {
		if from, to, ok := strings.Cut(span, "至"); ok {
			return "published " + from + " to " + to
		}
		if from, ok := strings.CutSuffix(span, "以后"); ok {
			return "published on or after " + from
		}
		if to, ok := strings.CutSuffix(span, "以前"); ok {
			return "published on or before " + to
		}
	}
	return p
}

// citesEN renders Propose's "引用已废止的《甲》，引用已修订的《乙》（《甲》第五条）".
func citesEN(s string) string {
	articles := ""
	if i := strings.LastIndex(s, "（"); i > 0 && strings.HasSuffix(s, "）") {
		s, articles = s[:i], " ("+strings.ReplaceAll(s[i+len("（"):len(s)-len("）")], "、", ", ")+")"
	}
	parts := strings.Split(s, "，")
	for i, p := range parts {
		switch {
		case strings.HasPrefix(p, citesDropped):
			parts[i] = "cites " + strings.TrimPrefix(p, citesDropped) + ", repealed or no longer in the collection"
		case strings.HasPrefix(p, citesRepealed):
			parts[i] = "cites the repealed " + strings.TrimPrefix(p, citesRepealed)
		case strings.HasPrefix(p, citesAmended):
			parts[i] = "cites the amended " + strings.TrimPrefix(p, citesAmended)
		}
	}
	return strings.Join(parts, "; ") + articles
}
