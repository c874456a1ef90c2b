package kv

import bolt "go.etcd.io/bbolt"

// Bolt is the bbolt back end: the local file.
type Bolt struct{ DB *bolt.DB }

func (b Bolt) View(fn func(Tx) error) error {
	return b.DB.View(func(tx *bolt.Tx) error { return fn(boltTx{tx}) })
}

func (b Bolt) Update(fn func(Tx) error) error {
	return b.DB.Update(func(tx *bolt.Tx) error { return fn(boltTx{tx}) })
}

func (b Bolt) Close() error { return b.DB.Close() }

// BoltTx is the bbolt transaction under tx, for the file-only work
// (migration, page walks) that needs it; nil on another back end.
func BoltTx(tx Tx) *bolt.Tx {
	if t, ok := tx.(boltTx); ok {
		return t.Tx
	}
	return nil
}

// WrapBolt makes a bbolt transaction a Tx, for code that already holds one.
func WrapBolt(tx *bolt.Tx) Tx { return boltTx{tx} }

type boltTx struct{ *bolt.Tx }

func (t boltTx) Bucket(name []byte) Bucket {
	b := t.Tx.Bucket(name)
	if b == nil {
		return nil
	}
	return boltBucket{b}
}

func (t boltTx) CreateBucketIfNotExists(name []byte) (Bucket, error) {
	b, err := t.Tx.CreateBucketIfNotExists(name)
	if err != nil {
		return nil, err
	}
	return boltBucket{b}, nil
}

func (boltTx) Full() bool { return false }

type boltBucket struct{ *bolt.Bucket }

func (b boltBucket) Cursor() Cursor    { return b.Bucket.Cursor() }
func (b boltBucket) KeyN() int         { return b.Stats().KeyN }
func (b boltBucket) SetFill(f float64) { b.FillPercent = f }
