package ui

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"beishen/review"
	"beishen/storage"
	"beishen/ui/jobs"
)

// demoStore seeds a temporary database with the demo documents.
func demoStore(t *testing.T) (*storage.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	st, err := storage.Open(path, storage.Options{Actor: "审查员"})
	if err != nil {
		t.Fatal(err)
	}
	if err := jobs.SeedDemo(st); err != nil {
		t.Fatal(err)
	}
	return st, path
}

var testToday = review.MustDate("2026-11-20")

// loaded is a model with the queue read, the way Init leaves it, at w×h.
func loaded(t *testing.T, st *storage.Store, w, h int) *Model {
	t.Helper()
	return loadedIn(t, st, w, h, review.ZH)
}

// loadedIn is loaded speaking lang.
func loadedIn(t *testing.T, st *storage.Store, w, h int, lang review.Lang) *Model {
	t.Helper()
	m := New(Options{Store: st, Today: testToday, Lang: lang})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	run(m, loadSummaries(st, m.ctx))
	return m
}

// run executes cmd synchronously and feeds its messages back, the way the
// program would (batches flattened), until nothing is left.
func run(m *Model, cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		switch msg := msg.(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
			continue
		case nil:
			continue
		}
		if _, ok := msg.(tea.QuitMsg); ok {
			continue
		}
		_, next := m.Update(msg)
		queue = append(queue, next)
	}
}

func press(m *Model, keys ...string) {
	for _, k := range keys {
		run(m, func() tea.Msg { return keyMsg(k) })
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "ctrl+r":
		return tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// typeText types s one key at a time, the way a reviewer (or an IME) does.
func typeText(m *Model, s string) {
	for _, r := range s {
		press(m, string(r))
	}
}

// waitScreen waits until the program has drawn every one of s (since the
// last wait: reading the output drains it).
func waitScreen(t *testing.T, tm *teatest.TestModel, s ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		for _, x := range s {
			if !bytes.Contains(b, []byte(x)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}
