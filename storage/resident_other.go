//go:build !linux

package storage

import bolt "go.etcd.io/bbolt"

// releaseMapped is a no-op where the resident set cannot be trimmed this
// way (resident_linux.go).
func releaseMapped(*bolt.Tx) {}
