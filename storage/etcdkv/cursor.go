package etcdkv

import (
	"sort"

	"go.etcd.io/etcd/api/v3/mvccpb"
	clientv3 "go.etcd.io/etcd/client/v3"
)

// page is how many keys a cursor reads in one round trip.
const page = 512

// cursor walks a bucket's range at the transaction's revision, page by
// page, merged with the transaction's own pending writes (local).
type cursor struct {
	t      *tx
	lo, hi string
	local  []string // pending writes in the range, sorted
	cur    string   // the current full key; "" before the first move
	// asc holds the keys from ascFrom on, complete up to ascTo (hi when
	// the page reached the end); desc the keys below descTo down to
	// descFrom.
	asc            []*mvccpb.KeyValue
	ascFrom, ascTo string
	desc           []*mvccpb.KeyValue
	descFrom       string
	descTo         string
}

func (c *cursor) First() ([]byte, []byte)        { return c.ge(c.lo) }
func (c *cursor) Last() ([]byte, []byte)         { return c.lt(c.hi) }
func (c *cursor) Seek(k []byte) ([]byte, []byte) { return c.ge(c.lo + string(k)) }

func (c *cursor) Next() ([]byte, []byte) {
	if c.cur == "" {
		return nil, nil
	}
	return c.ge(c.cur + "\x00")
}

func (c *cursor) Prev() ([]byte, []byte) {
	if c.cur == "" {
		return nil, nil
	}
	return c.lt(c.cur)
}

// ge moves to the first key ≥ x, lt to the last key < x, skipping keys
// deleted by a pending write.
func (c *cursor) ge(x string) ([]byte, []byte) { return c.move(x, true) }
func (c *cursor) lt(x string) ([]byte, []byte) { return c.move(x, false) }

func (c *cursor) move(x string, forward bool) ([]byte, []byte) {
	for {
		var r, l string
		var rv []byte
		var rok, lok bool
		if forward {
			r, rv, rok = c.remoteGE(x)
			l, lok = c.localGE(x)
		} else {
			r, rv, rok = c.remoteLT(x)
			l, lok = c.localLT(x)
		}
		var k string
		switch {
		case !rok && !lok:
			c.cur = ""
			return nil, nil
		case !rok || (lok && (l == r || (l < r) == forward)): // the nearer one
			k = l
		default:
			k = r
		}
		v, ok := c.t.writes[k]
		if !ok {
			v = rv
		}
		if ok && v == nil { // deleted in this transaction
			if x = k; forward {
				x = k + "\x00"
			}
			continue
		}
		c.cur = k
		if v == nil {
			v = []byte{} // present but empty
		}
		return []byte(k[len(c.lo):]), v
	}
}

func (c *cursor) localGE(x string) (string, bool) {
	i := sort.SearchStrings(c.local, x)
	if i < len(c.local) {
		return c.local[i], true
	}
	return "", false
}

func (c *cursor) localLT(x string) (string, bool) {
	i := sort.SearchStrings(c.local, x)
	if i > 0 {
		return c.local[i-1], true
	}
	return "", false
}

func (c *cursor) remoteGE(x string) (string, []byte, bool) {
	if x >= c.hi {
		return "", nil, false
	}
	if c.asc == nil || x < c.ascFrom || x >= c.ascTo {
		ctx, cancel := c.t.db.ctx()
		r, err := c.t.db.cli.Get(ctx, x, clientv3.WithRange(c.hi), clientv3.WithLimit(page), clientv3.WithRev(c.t.rev))
		cancel()
		if err != nil {
			c.t.fail(err)
			return "", nil, false
		}
		c.asc, c.ascFrom, c.ascTo = r.Kvs, x, c.hi
		if r.More && len(r.Kvs) > 0 {
			c.ascTo = string(r.Kvs[len(r.Kvs)-1].Key) + "\x00"
		}
		if c.asc == nil {
			c.asc = []*mvccpb.KeyValue{}
		}
	}
	i := sort.Search(len(c.asc), func(i int) bool { return string(c.asc[i].Key) >= x })
	if i < len(c.asc) {
		return string(c.asc[i].Key), c.asc[i].Value, true
	}
	return "", nil, false
}

func (c *cursor) remoteLT(x string) (string, []byte, bool) {
	if x <= c.lo {
		return "", nil, false
	}
	if c.desc == nil || x > c.descTo || x <= c.descFrom {
		ctx, cancel := c.t.db.ctx()
		r, err := c.t.db.cli.Get(ctx, c.lo, clientv3.WithRange(x), clientv3.WithLimit(page), clientv3.WithRev(c.t.rev),
			clientv3.WithSort(clientv3.SortByKey, clientv3.SortDescend))
		cancel()
		if err != nil {
			c.t.fail(err)
			return "", nil, false
		}
		c.desc, c.descTo, c.descFrom = r.Kvs, x, c.lo
		if r.More && len(r.Kvs) > 0 {
			c.descFrom = string(r.Kvs[len(r.Kvs)-1].Key)
		}
		if c.desc == nil {
			c.desc = []*mvccpb.KeyValue{}
		}
	}
	// desc is in descending order: the first key < x.
	i := sort.Search(len(c.desc), func(i int) bool { return string(c.desc[i].Key) < x })
	if i < len(c.desc) {
		return string(c.desc[i].Key), c.desc[i].Value, true
	}
	return "", nil, false
}
