package etcdkv

import (
	"encoding/binary"

	"go.etcd.io/etcd/api/v3/mvccpb"
	clientv3 "go.etcd.io/etcd/client/v3"
)

// etcd counts every key of a requested range, whatever the limit (the
// response's Count), and sorts a descending range whole before it applies
// the limit. A page asked as "from here to the bucket's end" would cost the
// size of the rest of the bucket: paging through 100,000 documents would
// be quadratic. So each request asks a window of the key space that is
// expected to hold about a page: a stride added to (or taken from) the
// eight bytes after the bucket's prefix read as a big-endian number, which
// is what every id-keyed bucket's keys are. The stride halves when a window
// overflows and grows when it comes back sparse or empty.

const firstStride = page

// shift moves key x of the bucket starting at lo by d in the number its
// first eight bytes spell; ok is false past either end of that space.
func shift(lo, x string, d uint64, up bool) (string, bool) {
	var n [8]byte
	copy(n[:], x[len(lo):])
	v := binary.BigEndian.Uint64(n[:])
	switch {
	case up && v+d < v, !up && v < d:
		return "", false
	case up:
		v += d
	default:
		v -= d
	}
	binary.BigEndian.PutUint64(n[:], v)
	return lo + string(n[:]), true
}

// up reads at most limit keys ≥ from and < hi, ascending. It returns them
// and the end of the span they cover completely: keys in [from, to) that
// are not in kvs are absent.
func (t *tx) up(lo, hi, from string, stride *uint64, limit int64) (kvs []*mvccpb.KeyValue, to string, ok bool) {
	if *stride == 0 {
		*stride = firstStride
	}
	for at := from; ; {
		end, in := shift(lo, at, *stride, true)
		if !in || end > hi {
			end = hi
		}
		r, err := t.rangeAt(at, end, limit, false)
		if err != nil {
			t.fail(err)
			return nil, "", false
		}
		switch {
		case r.More:
			*stride = max(1, *stride/2)
			return r.Kvs, string(r.Kvs[len(r.Kvs)-1].Key) + "\x00", true
		case len(r.Kvs) > 0 || end == hi:
			if int64(len(r.Kvs)) < limit/4 {
				*stride = grow(*stride)
			}
			return r.Kvs, end, true
		}
		at, *stride = end, grow(*stride) // an empty window: look further
	}
}

// down reads at most limit keys < to and ≥ lo, in descending order, and
// the start of the span they cover completely.
func (t *tx) down(lo, to string, stride *uint64, limit int64) (kvs []*mvccpb.KeyValue, from string, ok bool) {
	if *stride == 0 {
		*stride = firstStride
	}
	for at := to; ; {
		start, in := shift(lo, at, *stride, false)
		if !in || start < lo {
			start = lo
		}
		r, err := t.rangeAt(start, at, limit, true)
		if err != nil {
			t.fail(err)
			return nil, "", false
		}
		switch {
		case r.More:
			*stride = max(1, *stride/2)
			return r.Kvs, string(r.Kvs[len(r.Kvs)-1].Key), true
		case len(r.Kvs) > 0 || start == lo:
			if int64(len(r.Kvs)) < limit/4 {
				*stride = grow(*stride)
			}
			return r.Kvs, start, true
		}
		at, *stride = start, grow(*stride)
	}
}

// grow widens a stride fourfold, up to half the space: the next shift then
// runs off the end and the window reaches the bucket's end (a stride that
// wrapped to zero would ask the same empty window for ever).
func grow(d uint64) uint64 {
	if d >= 1<<61 {
		return 1 << 63
	}
	return d * 4
}

// rangeAt is one range request at the transaction's revision.
func (t *tx) rangeAt(from, end string, limit int64, descending bool) (*clientv3.GetResponse, error) {
	ctx, cancel := t.db.ctx()
	defer cancel()
	t.db.stats.ranges.Add(1)
	opts := []clientv3.OpOption{clientv3.WithRange(end), clientv3.WithLimit(limit), clientv3.WithRev(t.rev)}
	if descending {
		opts = append(opts, clientv3.WithSort(clientv3.SortByKey, clientv3.SortDescend))
	}
	r, err := t.db.cli.Get(ctx, from, opts...)
	if err == nil && r.Kvs == nil {
		r.Kvs = []*mvccpb.KeyValue{}
	}
	return r, err
}
