package etcdkv

import (
	"sort"

	"go.etcd.io/etcd/api/v3/mvccpb"
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
	// stride and dstride size the windows each way (fetch.go).
	stride, dstride uint64
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
		return []byte(k[len(c.lo):]), present(v)
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
	for x < c.hi {
		if c.asc == nil || x < c.ascFrom || x >= c.ascTo {
			kvs, to, ok := c.t.up(c.lo, c.hi, x, &c.stride, page)
			if !ok {
				return "", nil, false
			}
			c.asc, c.ascFrom, c.ascTo = kvs, x, to
		}
		i := sort.Search(len(c.asc), func(i int) bool { return string(c.asc[i].Key) >= x })
		if i < len(c.asc) {
			return string(c.asc[i].Key), c.asc[i].Value, true
		}
		x = c.ascTo // nothing more in this window: on to the next
	}
	return "", nil, false
}

func (c *cursor) remoteLT(x string) (string, []byte, bool) {
	for x > c.lo {
		if c.desc == nil || x > c.descTo || x <= c.descFrom {
			kvs, from, ok := c.t.down(c.lo, x, &c.dstride, page)
			if !ok {
				return "", nil, false
			}
			c.desc, c.descTo, c.descFrom = kvs, x, from
		}
		// desc is in descending order: the first key < x.
		i := sort.Search(len(c.desc), func(i int) bool { return string(c.desc[i].Key) < x })
		if i < len(c.desc) {
			return string(c.desc[i].Key), c.desc[i].Value, true
		}
		x = c.descFrom
	}
	return "", nil, false
}
