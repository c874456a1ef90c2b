//go:build ignore

// gen.go writes cases.jsonl, the precedent library shipped in the product,
// from the published cases of the shared corpus (corpus/dev: fc-cases.jsonl,
// legality-cases.jsonl, fc-narratives.jsonl). Run from this directory:
//
//	go run gen.go -dev ../../../shared/corpus/dev
//
// Official documents and the bulletins that report on them are public and
// not protected by copyright (著作权法第五条); every case keeps its source.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// out is one case as stored: short keys keep the embedded file small.
type out struct {
	ID         string `json:"id"`
	Category   string `json:"cat"`
	Issuer     string `json:"issuer,omitempty"`
	Document   string `json:"doc,omitempty"`
	Text       string `json:"text"`
	Wrong      string `json:"wrong,omitempty"`
	Publisher  string `json:"pub,omitempty"`
	Source     string `json:"src,omitempty"`
	Paraphrase bool   `json:"para,omitempty"`
}

func main() {
	dev := flag.String("dev", "../../../shared/corpus/dev", "the corpus/dev directory")
	flag.Parse()
	var all []out
	for _, r := range read(filepath.Join(*dev, "fc-cases.jsonl")) {
		o := out{ID: r["id"], Category: r["category"], Issuer: r["issuer"], Document: r["title"], Text: r["clause"],
			Wrong: firstLine(r["rule_violated"]), Source: r["source_url_or_repo_path"]}
		switch {
		case strings.HasPrefix(o.ID, "X-NAT"):
			o.Publisher = "全国公平竞争审查督查发现的问题政策措施清单"
		case strings.HasPrefix(o.ID, "X-ZJ"):
			o.Publisher = "浙江省公平竞争审查第三方评估发现的妨碍统一市场和公平竞争问题清单"
		default:
			o.Publisher = r["source_url_or_repo_path"]
			o.Wrong = firstLine(r["problem"])
		}
		o.Source = strings.TrimPrefix(o.Source, "github:")
		all = append(all, o)
	}
	for _, r := range read(filepath.Join(*dev, "legality-cases.jsonl")) {
		all = append(all, out{ID: r["id"], Category: r["category"], Issuer: r["issuer"], Document: r["title"], Text: r["clause"],
			Wrong: firstLine(r["problem"]), Publisher: clip(r["outcome"], 80), Source: r["source"]})
	}
	for _, r := range read(filepath.Join(*dev, "fc-narratives.jsonl")) {
		all = append(all, out{ID: r["id"], Category: r["category"], Document: clip(r["title"], 60), Text: r["clause"],
			Wrong: r["violation_type"], Publisher: r["issuer"] + "《" + r["report"] + "》", Source: strings.TrimPrefix(r["source"], "github:"), Paraphrase: true})
	}
	f, err := os.Create("cases.jsonl")
	if err != nil {
		fail(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, o := range all {
		if err := enc.Encode(o); err != nil {
			fail(err)
		}
	}
	if err := w.Flush(); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
	fmt.Println(len(all), "cases")
}

func read(path string) []map[string]string {
	b, err := os.ReadFile(path)
	if err != nil {
		fail(err)
	}
	var rows []map[string]string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var raw map[string]any
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			fail(err)
		}
		row := map[string]string{}
		for k, v := range raw {
			row[k] = fmt.Sprint(v)
		}
		rows = append(rows, row)
	}
	return rows
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return clip(strings.TrimSpace(s), 80)
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
