// Package kv is the small transactional key-value interface the event
// engine of package storage is written over: flat named buckets of ordered
// byte keys, each with a sequence, read and written in transactions. bbolt
// (bolt.go) and etcd (package storage/etcdkv) are its two back ends.
//
// The shape is bbolt's, on purpose: the engine was written against bbolt,
// and bbolt's semantics (serialisable transactions, values valid until the
// transaction ends, sequences per bucket) are what etcd must reproduce.
package kv

import (
	"context"
	"errors"
)

// DB is an open store.
type DB interface {
	// View runs fn in a read-only transaction over one consistent
	// snapshot.
	View(fn func(Tx) error) error
	// Update runs fn in a serialisable read-write transaction. A back end
	// that detects a conflicting commit by someone else runs fn again on
	// the new state (so fn must be repeatable); an error from fn rolls the
	// transaction back.
	Update(fn func(Tx) error) error
	Close() error
}

// Tx is one transaction.
type Tx interface {
	// Bucket is the named bucket, nil when it was never created.
	Bucket(name []byte) Bucket
	CreateBucketIfNotExists(name []byte) (Bucket, error)
	// Full says the transaction is near the back end's limit of writes
	// in one commit; a bulk writer commits what it has and goes on in a
	// new transaction. bbolt has no such limit.
	Full() bool
}

// Bucket is a sorted map of byte keys with a sequence.
type Bucket interface {
	// Get returns the value of key, nil when absent; it is valid until the
	// transaction ends.
	Get(key []byte) []byte
	Put(key, value []byte) error
	Delete(key []byte) error
	// ForEach visits every key in order; an error stops it.
	ForEach(fn func(k, v []byte) error) error
	Cursor() Cursor
	Sequence() uint64
	SetSequence(v uint64) error
	NextSequence() (uint64, error)
	// KeyN counts the keys.
	KeyN() int
}

// Cursor walks a bucket in key order. Each method returns nil keys past
// either end.
type Cursor interface {
	First() (key, value []byte)
	Last() (key, value []byte)
	Next() (key, value []byte)
	Prev() (key, value []byte)
	Seek(seek []byte) (key, value []byte)
}

// ErrReadOnly is a write attempted in a read-only transaction.
var ErrReadOnly = errors.New("kv: write in a read-only transaction")

// Filler is a bucket that can be told how full to pack its pages (bbolt's
// FillPercent); a back end without pages ignores it.
type Filler interface{ SetFill(f float64) }

// Fill tells b how full to pack its pages, where the back end has pages.
func Fill(b Bucket, f float64) {
	if x, ok := b.(Filler); ok {
		x.SetFill(f)
	}
}

// Watcher is a back end that other clients write to as well: it reports the
// keys anyone puts into the named buckets, in commit order, until ctx ends.
type Watcher interface {
	Watch(ctx context.Context, buckets ...[]byte) <-chan []Put
}

// Put is one key written into a watched bucket; Value is nil when the key
// was deleted.
type Put struct {
	Bucket string
	Key    []byte
	Value  []byte
}

// Leaser is a back end that can tie a key to this client's lease, so that
// the key vanishes when the client ends or stops answering: the claims of a
// shared store.
type Leaser interface {
	// Hold puts key under the lease unless another client holds it: then
	// it returns the value held. mine says whether a value present is this
	// client's own (held again).
	Hold(bucket, key, value []byte, mine func(cur []byte) bool) (held []byte, err error)
	// Drop removes a key this client holds.
	Drop(bucket, key []byte) error
}
