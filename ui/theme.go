package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Theme is the palette and the glyphs; every style derives from it.
type Theme struct {
	ASCII    bool
	Dark     bool
	NoColor  bool
	Border   lipgloss.Border
	Ellipsis string
	Pointer  string // the current row
	Marked   string // a marked row
	Sep      string // between footer items
	Up, Down string
	Bar      string            // the block of the statistics bars
	BarEmpty string            // the rest of a progress bar
	Check    map[string]string // checklist mark glyphs by mark code
}

// NewTheme builds the theme: ascii for terminals that draw ambiguous-width
// characters double, dark for the background the terminal reported,
// noColor for NO_COLOR.
func NewTheme(ascii, dark, noColor bool) Theme {
	t := Theme{ASCII: ascii, Dark: dark, NoColor: noColor}
	if ascii {
		t.Border, t.Ellipsis, t.Pointer, t.Marked, t.Sep, t.Up, t.Down = lipgloss.ASCIIBorder(), "...", ">", "*", " | ", "^", "v"
		// Not "[x]" for a failed item or a missing material: in plain text
		// [x] reads as ticked, the opposite.
		t.Check = map[string]string{"": "[ ]", "pass": "[+]", "fail": "[!]", "na": "[-]"}
		t.Bar, t.BarEmpty = "#", "-"
		return t
	}
	t.Border, t.Ellipsis, t.Pointer, t.Marked, t.Sep, t.Up, t.Down = lipgloss.RoundedBorder(), "…", ">", "*", " · ", "↑", "↓"
	t.Check = map[string]string{"": "[ ]", "pass": "[✓]", "fail": "[✗]", "na": "[-]"}
	t.Bar, t.BarEmpty = "█", "░"
	return t
}

// Styles are every lipgloss style the views use, derived in one place.
type Styles struct {
	Title, Dim, Bold                      lipgloss.Style
	Tab, TabActive                        lipgloss.Style
	Header, Selected, Marked              lipgloss.Style
	Overdue, Paused, High, Medium, OK     lipgloss.Style
	Match                                 lipgloss.Style
	Finding, FindingCur, FindingDone      lipgloss.Style
	Status, Error, Info                   lipgloss.Style
	Dialog, DialogTitle, Key, Added, Gone lipgloss.Style
}

// NewStyles derives the styles of t.
func NewStyles(t Theme) Styles {
	c := func(light, dark string) color.Color {
		if t.NoColor {
			return nil
		}
		if t.Dark {
			return lipgloss.Color(dark)
		}
		return lipgloss.Color(light)
	}
	fg := func(s lipgloss.Style, col color.Color) lipgloss.Style {
		if col == nil {
			return s
		}
		return s.Foreground(col)
	}
	bg := func(s lipgloss.Style, col color.Color) lipgloss.Style {
		if col == nil {
			return s
		}
		return s.Background(col)
	}
	base := lipgloss.NewStyle()
	accent := c("#005f87", "#5fafff")
	s := Styles{
		Title:       fg(base.Bold(true), accent),
		Dim:         fg(base, c("#808080", "#7a7a7a")),
		Bold:        base.Bold(true),
		Tab:         fg(base, c("#606060", "#a0a0a0")),
		TabActive:   fg(base.Bold(true).Underline(true), accent),
		Header:      fg(base.Bold(true), c("#303030", "#d0d0d0")),
		Selected:    base.Reverse(true),
		Marked:      fg(base.Bold(true), c("#af5f00", "#ffaf00")),
		Overdue:     fg(base.Bold(true), c("#d70000", "#ff5f5f")),
		Paused:      fg(base.Italic(true), c("#808080", "#9e9e9e")),
		High:        fg(base.Bold(true), c("#d70000", "#ff5f5f")),
		Medium:      fg(base, c("#af5f00", "#ffaf00")),
		OK:          fg(base, c("#008700", "#5fd75f")),
		Match:       fg(base.Bold(true).Underline(true), c("#d75f00", "#ffaf5f")),
		Finding:     fg(base.Underline(true), c("#af0000", "#ff8787")),
		FindingCur:  bg(fg(base.Bold(true).Reverse(t.NoColor), c("#ffffff", "#000000")), c("#d70000", "#ff8787")),
		FindingDone: fg(base.Faint(true), c("#5f8700", "#87af5f")),
		Status:      fg(base, c("#303030", "#c0c0c0")),
		Error:       fg(base.Bold(true), c("#d70000", "#ff5f5f")),
		Info:        fg(base, c("#008700", "#87d787")),
		Dialog:      fg(base.Border(t.Border).Padding(0, 1), accent).BorderForeground(accent),
		DialogTitle: fg(base.Bold(true), accent),
		Key:         fg(base.Bold(true), accent),
		Added:       fg(base, c("#008700", "#87d787")),
		Gone:        fg(base.Strikethrough(true), c("#d70000", "#ff8787")),
	}
	if t.NoColor {
		s.Dialog = base.Border(t.Border).Padding(0, 1)
	}
	return s
}
