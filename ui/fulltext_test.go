package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"beishen/review"
)

// / lists the title hits at once; the texts are searched by a Cmd after
// them, whose hits come below, marked 「正文」, with the clause and words
// of the selected one under the list, and the bar gives both counts.
func TestSearchAddsTextHitsBelowTitleHits(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 100, 30)
	press(m, "/")
	typeText(m, "数据服")
	// The last keystroke by hand: its title search, then the screen as it
	// is before the texts are read.
	_, cmd := m.Update(keyMsg("务"))
	_, scan := m.Update(cmd())
	if scan == nil {
		t.Fatal("the title hits did not start the text search")
	}
	out := ansi.Strip(m.Render())
	if !strings.Contains(out, "标题 0 条，正文检索中…") {
		t.Errorf("while the texts are read the bar should say so:\n%s", out)
	}
	run(m, scan)
	out = ansi.Strip(m.Render())
	for _, want := range []string{"共 1 条：标题 0，正文 1", "「正文」临江区公共数据开放管理办法", "正文 第十条：", "收取数据服务费"} {
		if !strings.Contains(out, want) {
			t.Errorf("screen lacks %q:\n%s", want, out)
		}
	}
	fits(t, "text search", m.Render(), 100, 30)
	m.ctx.Lang = review.EN
	out = ansi.Strip(m.Render())
	for _, want := range []string{"1 hits: 0 by title, 1 in the text", "[text] 临江区公共数据开放管理办法", "text 第十条: "} {
		if !strings.Contains(out, want) {
			t.Errorf("English screen lacks %q:\n%s", want, out)
		}
	}
	m.ctx.Lang = review.ZH
	// enter opens the text hit like any other row.
	press(m, "enter")
	if m.screen != scrDoc || m.doc.id != 11 {
		t.Errorf("enter opened screen %v doc %d, want the document 11", m.screen, m.doc.id)
	}
}

// A text batch of a query the reviewer has since changed is dropped, and
// the query's own scan lists only its own hits.
func TestStaleTextBatchesAreDropped(t *testing.T) {
	st, _ := demoStore(t)
	m := loaded(t, st, 80, 24)
	press(m, "/")
	_, cmd := m.Update(keyMsg("费"))
	_, stale := m.Update(cmd())
	if stale == nil {
		t.Fatal("no text search started")
	}
	typeText(m, "用")
	m.Update(stale()) // the scan of 费 ends after the query became 费用
	for _, h := range m.queue.textHits {
		if m.queue.query != "费用" {
			t.Fatalf("query %q", m.queue.query)
		}
		if !strings.Contains(h.Excerpt, "费用") {
			t.Errorf("a hit of the older query is listed: %q", h.Excerpt)
		}
	}
	if m.queue.text.running {
		t.Error("the scan of 费用 did not finish")
	}
	out := ansi.Strip(m.Render())
	if !strings.Contains(out, "共 ") || strings.Contains(out, "检索中") {
		t.Errorf("the bar does not give the final counts:\n%s", out)
	}
	fits(t, "text search 80x24", m.Render(), 80, 24)
	// esc drops the query and its hits.
	press(m, "esc")
	if len(m.queue.textHits) != 0 || strings.Contains(ansi.Strip(m.Render()), "「正文」") {
		t.Error("esc left the text hits on screen")
	}
}
