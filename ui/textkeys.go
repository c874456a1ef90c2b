package ui

import "charm.land/bubbles/v2/key"

// TextKeyMap is the editing keys of the text fields (input, textarea), as
// bubbles' textinput has its own: the usual readline keys, so a reviewer
// who knows a shell or a browser's field finds them where they expect.
type TextKeyMap struct {
	DeleteBack, DeleteForward, Left, Right key.Binding
	LineStart, LineEnd, DeleteToStart      key.Binding
	Space, NewLine, LineUp, LineDown       key.Binding
}

// textKeys is the one text keymap; the fields read it, never a key's string.
var textKeys = TextKeyMap{
	DeleteBack:    key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
	DeleteForward: key.NewBinding(key.WithKeys("delete", "ctrl+d")),
	Left:          key.NewBinding(key.WithKeys("left", "ctrl+b")),
	Right:         key.NewBinding(key.WithKeys("right", "ctrl+f")),
	LineStart:     key.NewBinding(key.WithKeys("home", "ctrl+a")),
	LineEnd:       key.NewBinding(key.WithKeys("end", "ctrl+e")),
	DeleteToStart: key.NewBinding(key.WithKeys("ctrl+u")),
	Space:         key.NewBinding(key.WithKeys("space")),
	NewLine:       key.NewBinding(key.WithKeys("ctrl+j", "alt+enter", "shift+enter")),
	LineUp:        key.NewBinding(key.WithKeys("up")),
	LineDown:      key.NewBinding(key.WithKeys("down")),
}
