package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// helpLines is the full key list of the help overlay, in columns when the
// width allows; the overlay scrolls when it is longer than the window.
func helpLines(c *Context, k KeyMap, width int) []string {
	st, th := c.Styles, c.Theme
	groups := k.FullHelp()
	titles := c.groupTitles()
	// Three columns from 100 cells, so the whole list fits a 100×30
	// window; two below that; one when even two would not fit.
	per := 3
	switch {
	case width < 68:
		per = 1
	case width < 100:
		per = 2
	}
	colW := width / per
	keyW := 0 // the longest key, so the descriptions get the rest
	for _, g := range groups {
		for _, b := range g {
			keyW = max(keyW, ansi.StringWidth(b.Help().Key))
		}
	}
	descW := max(8, colW-keyW-2)
	var cols [][]string
	for gi, g := range groups {
		col := []string{st.Header.Render(titles[gi])}
		for _, b := range g {
			h := b.Help()
			// A long description goes on under itself rather than being cut.
			for i, d := range wrapString(h.Desc, descW) {
				if i == 0 {
					col = append(col, st.Key.Render(pad(h.Key, keyW, th.Ellipsis))+" "+d)
				} else {
					col = append(col, strings.Repeat(" ", keyW+1)+d)
				}
			}
		}
		cols = append(cols, col)
	}
	head := st.Title.Render(c.T("全部按键（esc 或 ? 关闭）", "All keys (esc or ? closes)"))
	// Each group goes under the column that is shortest so far, so a long
	// group (the document's keys) does not push the others down a row.
	stacks := make([][]string, per)
	for _, col := range cols {
		k := 0
		for i := range stacks {
			if len(stacks[i]) < len(stacks[k]) {
				k = i
			}
		}
		if len(stacks[k]) > 0 {
			stacks[k] = append(stacks[k], "")
		}
		stacks[k] = append(stacks[k], col...)
	}
	rows := 0
	for _, g := range stacks {
		rows = max(rows, len(g))
	}
	lines := []string{head, ""}
	for r := 0; r < rows; r++ {
		var b strings.Builder
		for _, g := range stacks {
			cell := ""
			if r < len(g) {
				cell = g[r]
			}
			b.WriteString(pad(cell, colW, th.Ellipsis))
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	return lines
}

// footer renders the keys that matter on the current screen in one line.
func footer(c *Context, bindings []key.Binding, width int) string {
	st, th := c.Styles, c.Theme
	var b strings.Builder
	for i, k := range bindings {
		h := k.Help()
		item := st.Key.Render(h.Key) + " " + st.Dim.Render(footDesc(h.Desc))
		if i > 0 {
			item = st.Dim.Render(th.Sep) + item
		}
		if ansi.StringWidth(b.String())+ansi.StringWidth(item) > width {
			break
		}
		b.WriteString(item)
	}
	return b.String()
}

// footDesc is a key's description in a footer: up to its first colon or
// bracket (清单标记：未查→符合… is 清单标记, 排除发现（需理由） is 排除发现),
// so that more keys fit one line; the help overlay says the rest.
func footDesc(d string) string {
	if i := strings.IndexAny(d, "：（(:"); i > 0 {
		return strings.TrimSpace(d[:i])
	}
	return d
}
