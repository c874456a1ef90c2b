// Package etcdkv is the etcd back end of storage/kv: the office's shared
// store. Each bucket is a key range under one prefix; a read transaction
// reads at one pinned revision, page by page; a write transaction reads at
// a revision, buffers its writes, and commits them in one etcd transaction
// that compares every key and range it read: if anyone committed to them
// since, the transaction runs again on the new state (optimistic
// concurrency, serialisable like bbolt's single writer).
package etcdkv

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.etcd.io/etcd/client/v3/concurrency"

	"beishen/storage/kv"
)

// Options tune Open. The zero value is right for an office's cluster.
type Options struct {
	// Prefix keeps one office's keys apart from anything else in the
	// cluster; default "/beishen/".
	Prefix string
	// MaxOps and MaxBytes are the cluster's limits on one transaction
	// (etcd's --max-txn-ops, 128, and --max-request-bytes, 1.5 MiB);
	// Full says a transaction is near them.
	MaxOps   int
	MaxBytes int
	// LeaseTTL is how long a claim outlives a program that stopped
	// answering, in seconds; default 15.
	LeaseTTL int
	// Timeout bounds one request; default 10 s.
	Timeout time.Duration
}

// DB is an open etcd store.
type DB struct {
	cli  *clientv3.Client
	opt  Options
	own  bool // Close closes cli
	mu   sync.Mutex
	sess *concurrency.Session // the lease claims are held under, made on first use
	// buckets that exist: buckets are never deleted, so once seen a
	// bucket needs no further round trip.
	known sync.Map
	stats struct{ gets, ranges, txns atomic.Int64 }
}

// Stats counts the requests made so far: point reads, range reads (cursor
// pages and read-ahead) and commits. The benchmarks report them a document.
type Stats struct{ Gets, Ranges, Txns int64 }

func (db *DB) Stats() Stats {
	return Stats{db.stats.gets.Load(), db.stats.ranges.Load(), db.stats.txns.Load()}
}

// New wraps an open client.
func New(cli *clientv3.Client, opt Options) *DB {
	if opt.Prefix == "" {
		opt.Prefix = "/beishen/"
	}
	if opt.MaxOps == 0 {
		opt.MaxOps = 128
	}
	if opt.MaxBytes == 0 {
		opt.MaxBytes = 1536 * 1024
	}
	if opt.LeaseTTL == 0 {
		opt.LeaseTTL = 15
	}
	if opt.Timeout == 0 {
		opt.Timeout = 10 * time.Second
	}
	return &DB{cli: cli, opt: opt}
}

// Own makes Close close the client too.
func (db *DB) Own() { db.own = true }

// Ping is a first read, proving the cluster answers and the credentials
// hold before the program draws a screen on it.
func (db *DB) Ping() error {
	_, err := db.revision()
	return err
}

func (db *DB) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), db.opt.Timeout)
}

// tidyTimeout bounds the requests that only tidy up (letting a claim go,
// ending the lease): with the cluster away the lease's TTL does the same,
// and a reviewer quitting should not face a blank screen for the lease's
// 15 s and a request's 10 s.
const tidyTimeout = 2 * time.Second

// Close ends the session (its claims go at once) and the connection.
func (db *DB) Close() error {
	db.mu.Lock()
	if db.sess != nil {
		// Not sess.Close, which waits up to the lease's TTL to revoke.
		lease := db.sess.Lease()
		db.sess.Orphan()
		ctx, cancel := context.WithTimeout(context.Background(), tidyTimeout)
		db.cli.Revoke(ctx, lease)
		cancel()
		db.sess = nil
	}
	db.mu.Unlock()
	if db.own {
		return db.cli.Close()
	}
	return nil
}

// revision is the store's current revision, the snapshot a transaction
// reads.
func (db *DB) revision() (int64, error) {
	ctx, cancel := db.ctx()
	defer cancel()
	r, err := db.cli.Get(ctx, db.opt.Prefix+"\x00ping", clientv3.WithCountOnly())
	if err != nil {
		return 0, &ClientError{err}
	}
	return r.Header.Revision, nil
}

// View runs fn over the store at one revision.
func (db *DB) View(fn func(kv.Tx) error) error {
	rev, err := db.revision()
	if err != nil {
		return err
	}
	t := &tx{db: db, rev: rev}
	if err := fn(t); err != nil {
		return err
	}
	return t.err
}

// ClientError is the cluster failing to answer (no leader, a timeout, the
// network): the caller tells the user the shared store is unreachable.
type ClientError struct{ Err error }

func (e *ClientError) Error() string { return e.Err.Error() }
func (e *ClientError) Unwrap() error { return e.Err }

// ErrBusy means a write lost the race to other clients too many times in a
// row; nothing was written.
var ErrBusy = errors.New("etcdkv: too many concurrent writers, nothing was written; try again")

// TooLargeError means one transaction exceeds the cluster's limits.
type TooLargeError struct{ Ops, Bytes, MaxOps, MaxBytes int }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("etcdkv: one transaction of %d writes and %d bytes exceeds the cluster's limits (%d, %d)", e.Ops, e.Bytes, e.MaxOps, e.MaxBytes)
}

// Update runs fn until its writes commit on the state it read.
func (db *DB) Update(fn func(kv.Tx) error) error {
	for attempt := 0; attempt < 200; attempt++ {
		rev, err := db.revision()
		if err != nil {
			return err
		}
		t := &tx{db: db, rev: rev, writable: true, read: map[string][]byte{}, writes: map[string][]byte{}}
		if err := fn(t); err != nil {
			return err
		}
		if t.err != nil {
			return t.err
		}
		if len(t.writes) == 0 {
			return nil
		}
		ok, err := t.commit()
		if err != nil || ok {
			return err
		}
		// Someone committed to what fn read: back off a little (more
		// with each loss, with jitter so that the losers spread out)
		// and run fn again on the new state.
		time.Sleep(time.Duration(rand.Int64N(int64(time.Millisecond) * int64(1+min(attempt, 20)))))
	}
	return ErrBusy
}

func (t *tx) commit() (bool, error) {
	if len(t.writes) > t.db.opt.MaxOps || len(t.read)+len(t.ranges) > t.db.opt.MaxOps || t.bytes > t.db.opt.MaxBytes {
		return false, &TooLargeError{Ops: max(len(t.writes), len(t.read)+len(t.ranges)), Bytes: t.bytes, MaxOps: t.db.opt.MaxOps, MaxBytes: t.db.opt.MaxBytes}
	}
	cmps := make([]clientv3.Cmp, 0, len(t.read)+len(t.ranges))
	for k := range t.read {
		cmps = append(cmps, clientv3.Compare(clientv3.ModRevision(k), "<", t.rev+1))
	}
	for _, r := range t.ranges {
		cmps = append(cmps, clientv3.Compare(clientv3.ModRevision(r[0]).WithRange(r[1]), "<", t.rev+1))
	}
	ops := make([]clientv3.Op, 0, len(t.writes))
	for k, v := range t.writes {
		if v == nil {
			ops = append(ops, clientv3.OpDelete(k))
		} else {
			ops = append(ops, clientv3.OpPut(k, string(v)))
		}
	}
	ctx, cancel := t.db.ctx()
	defer cancel()
	t.db.stats.txns.Add(1)
	r, err := t.db.cli.Txn(ctx).If(cmps...).Then(ops...).Commit()
	if err != nil {
		return false, &ClientError{err}
	}
	return r.Succeeded, nil
}

// Watch reports the keys put into or deleted from the buckets, from now on.
// A watch the cluster drops (its leader lost, the network away) is taken up
// again from the revision after the last one reported, so nothing is missed
// while the cluster keeps its history.
func (db *DB) Watch(ctx context.Context, buckets ...[]byte) <-chan []kv.Put {
	out := make(chan []kv.Put, 16)
	want := map[string]bool{}
	for _, b := range buckets {
		want[string(b)] = true
	}
	go func() {
		defer close(out)
		var next int64 // the revision to resume from
		if rev, err := db.revision(); err == nil {
			next = rev + 1
		}
		for ctx.Err() == nil {
			opts := []clientv3.OpOption{clientv3.WithPrefix()}
			if next > 0 {
				opts = append(opts, clientv3.WithRev(next))
			}
			for resp := range db.cli.Watch(clientv3.WithRequireLeader(ctx), db.opt.Prefix, opts...) {
				if resp.CompactRevision > 0 {
					next = resp.CompactRevision // history gone: take up what is left
				}
				var puts []kv.Put
				for _, ev := range resp.Events {
					next = max(next, ev.Kv.ModRevision+1)
					b, k, ok := db.split(string(ev.Kv.Key))
					if !ok || !want[b] {
						continue
					}
					p := kv.Put{Bucket: b, Key: []byte(k)}
					if ev.Type == clientv3.EventTypePut {
						p.Value = ev.Kv.Value
					}
					puts = append(puts, p)
				}
				if len(puts) > 0 {
					select {
					case out <- puts:
					case <-ctx.Done():
						return
					}
				}
			}
			select { // dropped: wait a moment, then watch again
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}()
	return out
}

// session is the lease claims are held under.
func (db *DB) session() (*concurrency.Session, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.sess != nil {
		select {
		case <-db.sess.Done(): // the lease expired (the network was away): take a new one
		default:
			return db.sess, nil
		}
	}
	s, err := concurrency.NewSession(db.cli, concurrency.WithTTL(db.opt.LeaseTTL))
	if err != nil {
		return nil, &ClientError{err}
	}
	db.sess = s
	return s, nil
}

// Hold puts key under this client's lease unless another holds it.
func (db *DB) Hold(bucket, key, value []byte, mine func(cur []byte) bool) ([]byte, error) {
	held, err := db.hold(bucket, key, value, mine)
	if errors.Is(err, rpctypes.ErrLeaseNotFound) {
		// The lease ended while the network was away and the session
		// has not heard yet: take a new one.
		db.mu.Lock()
		if db.sess != nil {
			db.sess.Orphan()
			db.sess = nil
		}
		db.mu.Unlock()
		held, err = db.hold(bucket, key, value, mine)
	}
	return held, err
}

func (db *DB) hold(bucket, key, value []byte, mine func(cur []byte) bool) ([]byte, error) {
	s, err := db.session()
	if err != nil {
		return nil, err
	}
	if err := db.ensureBucket(bucket); err != nil {
		return nil, err
	}
	k := db.key(bucket, key)
	ctx, cancel := db.ctx()
	defer cancel()
	r, err := db.cli.Txn(ctx).
		If(clientv3.Compare(clientv3.CreateRevision(k), "=", 0)).
		Then(clientv3.OpPut(k, string(value), clientv3.WithLease(s.Lease()))).
		Else(clientv3.OpGet(k)).Commit()
	if err != nil {
		return nil, &ClientError{err}
	}
	if r.Succeeded {
		return nil, nil
	}
	kvs := r.Responses[0].GetResponseRange().Kvs
	if len(kvs) == 0 {
		return db.hold(bucket, key, value, mine) // released meanwhile
	}
	if mine(kvs[0].Value) {
		return nil, nil
	}
	return kvs[0].Value, nil
}

// Drop removes key if this client's lease holds it.
func (db *DB) Drop(bucket, key []byte) error {
	db.mu.Lock()
	s := db.sess
	db.mu.Unlock()
	if s == nil {
		return nil
	}
	k := db.key(bucket, key)
	ctx, cancel := context.WithTimeout(context.Background(), min(tidyTimeout, db.opt.Timeout))
	defer cancel()
	_, err := db.cli.Txn(ctx).
		If(clientv3.Compare(clientv3.LeaseValue(k), "=", s.Lease())).
		Then(clientv3.OpDelete(k)).Commit()
	if err != nil {
		return &ClientError{err}
	}
	return nil
}

func (db *DB) ensureBucket(name []byte) error {
	if _, ok := db.known.Load(string(name)); ok {
		return nil
	}
	ctx, cancel := db.ctx()
	defer cancel()
	m := db.marker(name)
	_, err := db.cli.Txn(ctx).If(clientv3.Compare(clientv3.CreateRevision(m), "=", 0)).Then(clientv3.OpPut(m, "\x01")).Commit()
	if err != nil {
		return &ClientError{err}
	}
	db.known.Store(string(name), true)
	return nil
}

// Keys: a bucket's keys are prefix + name + "/" + key; its marker and
// sequence live under prefix + NUL, outside every bucket's range.
func (db *DB) key(bucket, key []byte) string {
	return db.opt.Prefix + string(bucket) + "/" + string(key)
}
func (db *DB) marker(bucket []byte) string { return db.opt.Prefix + "\x00b/" + string(bucket) }
func (db *DB) seqKey(bucket []byte) string { return db.opt.Prefix + "\x00s/" + string(bucket) }

// bounds is a bucket's key range [lo, hi).
func (db *DB) bounds(bucket []byte) (string, string) {
	lo := db.opt.Prefix + string(bucket) + "/"
	return lo, db.opt.Prefix + string(bucket) + "0" // '0' follows '/'
}

// split parses a full key into bucket and key.
func (db *DB) split(full string) (string, string, bool) {
	if len(full) <= len(db.opt.Prefix) || full[:len(db.opt.Prefix)] != db.opt.Prefix {
		return "", "", false
	}
	rest := full[len(db.opt.Prefix):]
	for i := 0; i < len(rest); i++ {
		if rest[i] == 0 {
			return "", "", false
		}
		if rest[i] == '/' {
			return rest[:i], rest[i+1:], true
		}
	}
	return "", "", false
}

// Abandon stops the lease's keep-alive without revoking it, as a killed
// program would: its claims expire with the lease's TTL. For tests.
func (db *DB) Abandon() {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.sess != nil {
		db.sess.Orphan()
		db.sess = nil
	}
}
