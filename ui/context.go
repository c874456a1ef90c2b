// Package ui is beishen's Bubble Tea v2 program. One root model (Model)
// only routes: it keeps the window size, the global keys (quit, help,
// messages), the overlays and the modal on top, the status line and
// message log, and which screen is shown. Each screen — queue, document,
// statistics, expiring, campaigns, laws — is a model of its own
// (screenModel) with its update, keys, help and size; it reaches the root
// only through the ask its Update returns, and a landed write or a change
// from the store's watch is broadcast to the screens, which each decide.
// Every store call runs in a tea.Cmd; one keymap and one theme are shared
// through a program Context.
package ui

import (
	"os"
	"time"

	"beishen/review"
	"beishen/review/deadline"
)

// Options start the program.
type Options struct {
	Store    Store
	Lang     review.Lang
	Settings deadline.Settings
	// ASCII draws borders, ellipses and arrows in ASCII for terminals that
	// draw ambiguous-width characters double (also BEISHEN_ASCII=1).
	ASCII bool
	// Today fixes the date deadlines are measured against; nil is today.
	Today review.Date
}

// Context is what every view shares: the store, language, settings,
// calendar, styles and the window size (gh-dash's ProgramContext).
type Context struct {
	Store    Store
	Lang     review.Lang
	Settings deadline.Settings
	Cal      *deadline.Calendar
	Today    review.Date
	Now      func() time.Time
	Width    int
	Height   int
	Theme    Theme
	Styles   Styles
	// Actor is who acts on the store (the queue's 我的); Role what they may
	// do (review.RoleOf: the store's authority, else settings "role").
	Actor string
	Role  review.User
	// Unvouched: a shared store without authentication, whose log takes
	// the actor's name from the settings; the status line says so.
	Unvouched bool
}

func newContext(o Options) *Context {
	if o.Lang == "" {
		o.Lang = review.ZH
	}
	if o.Settings.LegalityReview.N == 0 {
		o.Settings = deadline.Defaults()
	}
	cal, err := o.Settings.Calendar()
	if err != nil {
		cal = deadline.Embedded()
	}
	if o.Today.IsZero() {
		o.Today = review.DateOf(time.Now().In(review.Zone))
	}
	ascii := o.ASCII || os.Getenv("BEISHEN_ASCII") == "1"
	_, noColor := os.LookupEnv("NO_COLOR")
	th := NewTheme(ascii, true, noColor)
	c := &Context{Now: time.Now, Store: o.Store, Lang: o.Lang, Settings: o.Settings, Cal: cal, Today: o.Today,
		Theme: th, Styles: NewStyles(th), Role: review.RoleOf("", o.Settings.Role)}
	if o.Store != nil {
		c.Actor = o.Store.Actor()
		id := o.Store.Identity()
		c.Role = review.RoleOf(id.Role, o.Settings.Role)
		c.Unvouched = id.Shared && !id.Authenticated
	}
	return c
}

// T picks the text for the user's language.
func (c *Context) T(zh, en string) string {
	if c.Lang == review.EN {
		return en
	}
	return zh
}

// L renders a label in the user's language.
func (c *Context) L(l review.Label) string { return l.In(c.Lang) }

// Err renders an error in the user's language.
func (c *Context) Err(err error) string { return review.Message(err, c.Lang) }

// Due is the deadline of a queue row.
func (c *Context) Due(s review.Summary) deadline.Due {
	return deadline.DueOf(s, c.Settings, c.Cal, c.Today)
}
