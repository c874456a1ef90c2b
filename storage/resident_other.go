//go:build !linux

package storage

import "beishen/storage/kv"

// releaseMapped is a no-op where the resident set cannot be trimmed this
// way (resident_linux.go).
func releaseMapped(kv.Tx) {}

// trimMapped is releaseMapped's budgeted form (resident_linux.go).
func trimMapped(kv.Tx) {}
