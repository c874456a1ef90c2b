package cli

import (
	"testing"

	"beishen/review"
)

func TestLangOf(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "BEISHEN_LANG" {
				return v
			}
			return ""
		}
	}
	for _, c := range []struct {
		args []string
		env  string
		want review.Lang
	}{
		{nil, "", review.ZH},
		{[]string{"--lang", "en", "--help"}, "", review.EN},
		{[]string{"import", "--lang=en", "a.txt"}, "", review.EN},
		{[]string{"list"}, "en", review.EN},
		{[]string{"--lang", "zh"}, "en", review.ZH},
		{[]string{"comment", "1", "--", "--lang=en"}, "", review.ZH}, // after -- it is the comment's text
		{[]string{"--lang"}, "", review.ZH},
	} {
		if got := LangOf(c.args, env(c.env)); got != c.want {
			t.Errorf("LangOf(%q) with BEISHEN_LANG=%q = %s, want %s", c.args, c.env, got, c.want)
		}
	}
}
