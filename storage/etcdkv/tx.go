package etcdkv

import (
	"encoding/binary"
	"sort"

	"go.etcd.io/etcd/api/v3/mvccpb"
	clientv3 "go.etcd.io/etcd/client/v3"

	"beishen/storage/kv"
)

// tx reads at rev; a writable one buffers its writes and remembers what it
// read, for the comparisons of its commit.
type tx struct {
	db       *DB
	rev      int64
	writable bool
	ranges   [][2]string       // ranges read from the store
	writes   map[string][]byte // nil value: deleted
	bytes    int
	// read holds, in a writable transaction, the keys read from the store
	// and their values: a key costs one round trip, and the commit
	// compares each of them.
	read  map[string][]byte
	ahead map[string]*window // per bucket, the page a reader in key order fetched ahead
	err   error              // the first failed read: the commit refuses
}

func (t *tx) Full() bool {
	// Leave room for one more action: a review action writes about eight
	// keys and reads as many; an import adds its text.
	const room = 24
	return len(t.writes) > t.db.opt.MaxOps-room || len(t.read)+len(t.ranges) > t.db.opt.MaxOps-room ||
		t.bytes > t.db.opt.MaxBytes*2/3
}

// get reads full key k as the transaction sees it.
func (t *tx) get(k string) []byte {
	if v, ok := t.writes[k]; ok {
		return v
	}
	if v, ok := t.read[k]; ok {
		return v
	}
	ctx, cancel := t.db.ctx()
	defer cancel()
	t.db.stats.gets.Add(1)
	r, err := t.db.cli.Get(ctx, k, clientv3.WithRev(t.rev))
	var v []byte
	if err != nil {
		t.fail(err)
	} else if len(r.Kvs) > 0 {
		v = present(r.Kvs[0].Value)
	}
	if t.writable {
		// A read-only transaction keeps nothing: a verify or an export
		// reads the whole store through one, in constant memory.
		t.read[k] = v
	}
	return v
}

// present is a stored value as bbolt would give it: an empty value is
// there, not nil (protobuf decodes it as nil).
func present(v []byte) []byte {
	if v == nil {
		return []byte{}
	}
	return v
}

func (t *tx) fail(err error) {
	if t.err == nil {
		t.err = &ClientError{err}
	}
}

func (t *tx) put(k string, v []byte) error {
	if !t.writable {
		return kv.ErrReadOnly
	}
	if t.err != nil {
		return t.err // a read failed: what fn decided may rest on it
	}
	if v == nil {
		v = []byte{}
	}
	t.bytes += len(k) + len(v)
	t.writes[k] = v
	return nil
}

func (t *tx) del(k string) error {
	if !t.writable {
		return kv.ErrReadOnly
	}
	if t.err != nil {
		return t.err
	}
	t.bytes += len(k)
	t.writes[k] = nil
	return nil
}

func (t *tx) Bucket(name []byte) kv.Bucket {
	if _, ok := t.db.known.Load(string(name)); !ok {
		if t.get(t.db.marker(name)) == nil {
			return nil
		}
		if _, pending := t.writes[t.db.marker(name)]; !pending {
			t.db.known.Store(string(name), true)
		}
	}
	return &bucket{t: t, name: name}
}

func (t *tx) CreateBucketIfNotExists(name []byte) (kv.Bucket, error) {
	if b := t.Bucket(name); b != nil {
		return b, nil
	}
	if err := t.put(t.db.marker(name), []byte{1}); err != nil {
		return nil, err
	}
	return &bucket{t: t, name: name}, nil
}

type bucket struct {
	t    *tx
	name []byte
}

func (b *bucket) Get(key []byte) []byte {
	k := b.t.db.key(b.name, key)
	if !b.t.writable {
		return b.t.readAhead(b.name, k)
	}
	return b.t.get(k)
}

// window is the run of a bucket's keys a read-only transaction fetched
// ahead: keys in [from, to) that are not in kvs are absent.
type window struct {
	from, to string
	kvs      []*mvccpb.KeyValue
	last     string // the key read last in this bucket
	stride   uint64 // fetch.go
}

// readAhead serves the point reads of a read-only transaction. A reader
// that walks a bucket in key order (verify, an export, the statistics, each
// reading every document's state, row and text by id) would pay one round
// trip a key; once two reads in a row go up, the next ones are fetched a
// page at a time. Only the current page is kept.
func (t *tx) readAhead(bucket []byte, k string) []byte {
	if t.ahead == nil {
		t.ahead = map[string]*window{}
	}
	w := t.ahead[string(bucket)]
	if w == nil {
		w = &window{}
		t.ahead[string(bucket)] = w
	}
	ascending := w.last != "" && k > w.last
	w.last = k
	if w.kvs != nil && k >= w.from && k < w.to {
		return w.find(k)
	}
	if !ascending {
		return t.get(k)
	}
	lo, hi := t.db.bounds(bucket)
	kvs, to, ok := t.up(lo, hi, k, &w.stride, aheadPage)
	if !ok {
		return nil
	}
	w.from, w.to, w.kvs = k, to, kvs
	return w.find(k)
}

func (w *window) find(k string) []byte {
	i := sort.Search(len(w.kvs), func(i int) bool { return string(w.kvs[i].Key) >= k })
	if i < len(w.kvs) && string(w.kvs[i].Key) == k {
		return present(w.kvs[i].Value)
	}
	return nil
}

func (b *bucket) Put(key, value []byte) error {
	return b.t.put(b.t.db.key(b.name, key), append([]byte(nil), value...))
}

func (b *bucket) Delete(key []byte) error { return b.t.del(b.t.db.key(b.name, key)) }

func (b *bucket) ForEach(fn func(k, v []byte) error) error {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return b.t.err
}

func (b *bucket) Sequence() uint64 {
	v := b.t.get(b.t.db.seqKey(b.name))
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func (b *bucket) SetSequence(v uint64) error {
	raw := make([]byte, 8)
	binary.BigEndian.PutUint64(raw, v)
	return b.t.put(b.t.db.seqKey(b.name), raw)
}

func (b *bucket) NextSequence() (uint64, error) {
	n := b.Sequence() + 1
	return n, b.SetSequence(n)
}

func (b *bucket) KeyN() int {
	lo, hi := b.t.db.bounds(b.name)
	ctx, cancel := b.t.db.ctx()
	defer cancel()
	r, err := b.t.db.cli.Get(ctx, lo, clientv3.WithRange(hi), clientv3.WithCountOnly(), clientv3.WithRev(b.t.rev))
	if err != nil {
		b.t.fail(err)
		return 0
	}
	return int(r.Count)
}

func (b *bucket) Cursor() kv.Cursor {
	lo, hi := b.t.db.bounds(b.name)
	c := &cursor{t: b.t, lo: lo, hi: hi}
	if b.t.writable {
		b.t.ranges = append(b.t.ranges, [2]string{lo, hi})
		for k := range b.t.writes {
			if k >= lo && k < hi {
				c.local = append(c.local, k)
			}
		}
		sort.Strings(c.local)
	}
	return c
}

// aheadPage is how many keys a read ahead fetches: smaller than a cursor's
// page, since the values read by id (states, texts) are the large ones.
const aheadPage = 128
