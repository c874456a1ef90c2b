package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"sync"

	"beishen/review"
	"beishen/review/laws"
	"beishen/storage/kv"
)

// The law library's buckets. They are created by the first import; a file
// without them has an empty library (the embedded one still answers).
var (
	bLawTitles  = []byte("lawtitles")  // short name → lawTitle JSON
	bLawVersion = []byte("lawversion") // name 0x00 YYYY-MM-DD → laws.Law JSON without articles
	bLawText    = []byte("lawtext")    // name 0x00 YYYY-MM-DD 0x00 index (2 bytes) → laws.Article JSON
	bLawChanges = []byte("lawchanges") // "office" → the office's list; "mined" → repeal clauses of the imported laws
)

// lawTitle is a law of the imported library: its versions with the hash of
// each, the collection it came from, and whether the last import of that
// collection still had it.
type lawTitle struct {
	laws.Title
	Collection string            `json:"collection"`
	Hashes     map[string]string `json:"hashes"` // version → SHA-256 of its JSON
	Gone       bool              `json:"gone,omitempty"`
}

func versionKey(name string, v review.Date) []byte {
	return []byte(name + "\x00" + v.String())
}

func articleKey(name string, v review.Date, i int) []byte {
	k := append(versionKey(name, v), 0, 0, 0)
	binary.BigEndian.PutUint16(k[len(k)-2:], uint16(i))
	return k
}

// LawsImport is what an import of the library did.
type LawsImport struct {
	Event review.Event
	Diff  review.LawsImported
}

// ImportLaws stores the laws of one collection (a folder in the corpus
// layout, merged by laws.Merge): new versions are written, versions whose
// text changed are replaced, laws of the same collection that the folder no
// longer has are marked gone (their text stays readable). The log gets one
// laws_imported event naming what changed, in the same transaction.
func (s *Store) ImportLaws(collection, dir string, ls []laws.Law) (LawsImport, error) {
	var res LawsImport
	defer s.lc.clear()
	err := s.db.Update(func(tx kv.Tx) error {
		for _, name := range [][]byte{bLawTitles, bLawVersion, bLawText, bLawChanges} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		titles, versions, texts := tx.Bucket(bLawTitles), tx.Bucket(bLawVersion), tx.Bucket(bLawText)
		// The laws come sorted by name (laws.Merge), so the keys arrive
		// mostly in order: pack the pages (bbolt splits at half otherwise).
		kv.Fill(versions, appendFill)
		kv.Fill(texts, appendFill)
		diff := review.LawsImported{Collection: collection, Dir: dir, Versions: len(ls)}
		seen := map[string]*lawTitle{}
		oldMined := map[string]bool{}
		for _, c := range loadChanges(tx, "mined") {
			oldMined[c.Law] = true
		}
		for i := range ls {
			l := &ls[i]
			t := seen[l.Name]
			if t == nil {
				t = &lawTitle{}
				if raw := titles.Get([]byte(l.Name)); raw != nil {
					if err := json.Unmarshal(raw, t); err != nil {
						return err
					}
				} else {
					diff.Added = append(diff.Added, l.Name)
				}
				if t.Hashes == nil {
					t.Hashes = map[string]string{}
				}
				if t.Gone && !slices.Contains(diff.Added, l.Name) {
					diff.Added = append(diff.Added, l.Name)
				}
				t.Name, t.Title.Title, t.Level, t.Collection, t.Gone = l.Name, l.Title, l.Level, collection, false
				seen[l.Name] = t
			}
			body := *l
			body.Articles = nil
			meta, err := json.Marshal(body)
			if err != nil {
				return err
			}
			arts, err := json.Marshal(l.Articles)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(append(meta, arts...))
			h := hex.EncodeToString(sum[:])
			ver := l.Version.String()
			old, had := t.Hashes[ver]
			if had && old == h {
				continue
			}
			if !slices.Contains(diff.Added, l.Name) && !slices.Contains(diff.Changed, l.Name) {
				diff.Changed = append(diff.Changed, l.Name)
			}
			t.Hashes[ver] = h
			if !slices.ContainsFunc(t.Versions, l.Version.Equal) {
				t.Versions = append(t.Versions, l.Version)
				slices.SortFunc(t.Versions, func(a, b review.Date) int { return a.Compare(b) })
			}
			if err := deletePrefix(texts, append(versionKey(l.Name, l.Version), 0)); err != nil {
				return err
			}
			if err := versions.Put(versionKey(l.Name, l.Version), meta); err != nil {
				return err
			}
			for j, a := range l.Articles {
				raw, err := json.Marshal(a)
				if err != nil {
					return err
				}
				if err := texts.Put(articleKey(l.Name, l.Version, j), raw); err != nil {
					return err
				}
			}
		}
		// Laws of this collection the folder no longer has.
		c := titles.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if seen[string(k)] != nil {
				continue
			}
			var t lawTitle
			if err := json.Unmarshal(v, &t); err != nil {
				return err
			}
			if t.Collection == collection && !t.Gone {
				t.Gone = true
				diff.Gone = append(diff.Gone, t.Name)
				seen[t.Name] = &t
			}
		}
		for name, t := range seen {
			raw, err := json.Marshal(t)
			if err != nil {
				return err
			}
			if err := titles.Put([]byte(name), raw); err != nil {
				return err
			}
		}
		diff.Laws = len(seen) - len(diff.Gone)
		// The repeal clauses of the whole library: new ones are news.
		ptrs := make([]*laws.Law, len(ls))
		for i := range ls {
			ptrs[i] = &ls[i]
		}
		mined := laws.MineRepeals(ptrs)
		for _, m := range loadChanges(tx, "mined") {
			if !slices.ContainsFunc(mined, func(c laws.Change) bool { return c.Law == m.Law }) {
				mined = append(mined, m)
			}
		}
		for _, m := range mined {
			if !oldMined[m.Law] && !slices.Contains(diff.Repealed, m.Law) {
				diff.Repealed = append(diff.Repealed, m.Law)
			}
		}
		if err := putChanges(tx, "mined", mined); err != nil {
			return err
		}
		for _, l := range [][]string{diff.Added, diff.Changed, diff.Gone, diff.Repealed} {
			slices.Sort(l)
		}
		ev := review.NewEvent(0, diff)
		s.stamp(tx, &ev)
		var none review.Document
		if err := review.Apply(&none, ev); err != nil {
			return err
		}
		res = LawsImport{Event: ev, Diff: diff}
		return s.persist(tx, &none, &ev)
	})
	return res, writeError(err)
}

func deletePrefix(b kv.Bucket, prefix []byte) error {
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Seek(prefix) {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

func loadChanges(tx kv.Tx, key string) []laws.Change {
	b := tx.Bucket(bLawChanges)
	if b == nil {
		return nil
	}
	var out []laws.Change
	if raw := b.Get([]byte(key)); raw != nil {
		json.Unmarshal(raw, &out)
	}
	return out
}

func putChanges(tx kv.Tx, key string, cs []laws.Change) error {
	raw, err := json.Marshal(cs)
	if err != nil {
		return err
	}
	return tx.Bucket(bLawChanges).Put([]byte(key), raw)
}

// AddLawChanges adds entries to the office's list of repealed and amended
// laws (an entry for the same law and kind replaces the earlier one).
func (s *Store) AddLawChanges(cs []laws.Change) error {
	return writeError(s.db.Update(func(tx kv.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(bLawChanges); err != nil {
			return err
		}
		return putChanges(tx, "office", laws.NewChanges(loadChanges(tx, "office"), cs).All())
	}))
}

// LawChanges returns the repeal clauses mined from the imported laws and
// the office's own entries.
func (s *Store) LawChanges() (mined, office []laws.Change, err error) {
	err = s.db.View(func(tx kv.Tx) error {
		mined, office = loadChanges(tx, "mined"), loadChanges(tx, "office")
		return nil
	})
	return mined, office, err
}

// Laws is the imported library as a laws.Source.
func (s *Store) Laws() laws.Source { return storeLibrary{s} }

type storeLibrary struct{ s *Store }

func (l storeLibrary) Titles() []laws.Title {
	var out []laws.Title
	l.s.db.View(func(tx kv.Tx) error {
		b := tx.Bucket(bLawTitles)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var t lawTitle
			if json.Unmarshal(v, &t) == nil {
				out = append(out, t.Title)
			}
			return nil
		})
	})
	return out
}

func (l storeLibrary) Title(name string) (laws.Title, bool) {
	var t lawTitle
	found := false
	l.s.db.View(func(tx kv.Tx) error {
		b := tx.Bucket(bLawTitles)
		if b == nil {
			return nil
		}
		if raw := b.Get([]byte(laws.ShortName(name))); raw != nil {
			found = json.Unmarshal(raw, &t) == nil
		}
		return nil
	})
	return t.Title, found
}

// lawCache keeps the laws read last, whole: a law is read again and again
// (every citation of 民法典, every b on the same basis) and its 1,260
// articles take milliseconds to decode. An import empties it.
type lawCache struct {
	mu   sync.Mutex
	laws map[string]*laws.Law
}

const lawCacheSize = 32

func (c *lawCache) get(k string) (*laws.Law, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.laws[k]
	return l, ok
}

func (c *lawCache) put(k string, l *laws.Law) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.laws == nil || len(c.laws) >= lawCacheSize {
		c.laws = map[string]*laws.Law{} // small and rarely full: start over
	}
	c.laws[k] = l
}

func (c *lawCache) clear() {
	c.mu.Lock()
	c.laws = nil
	c.mu.Unlock()
}

func (l storeLibrary) Law(name string, v review.Date) (*laws.Law, bool) {
	name = laws.ShortName(name)
	key := string(versionKey(name, v))
	if law, ok := l.s.lc.get(key); ok {
		return law, true
	}
	law, ok := l.read(name, v)
	if ok {
		l.s.lc.put(key, law)
	}
	return law, ok
}

func (l storeLibrary) read(name string, v review.Date) (*laws.Law, bool) {
	var law laws.Law
	found := false
	l.s.db.View(func(tx kv.Tx) error {
		vb, tb := tx.Bucket(bLawVersion), tx.Bucket(bLawText)
		if vb == nil || tb == nil {
			return nil
		}
		raw := vb.Get(versionKey(name, v))
		if raw == nil || json.Unmarshal(raw, &law) != nil {
			return nil
		}
		prefix := append(versionKey(name, v), 0)
		c := tb.Cursor()
		for k, a := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, a = c.Next() {
			var art laws.Article
			if err := json.Unmarshal(a, &art); err != nil {
				return err
			}
			law.Articles = append(law.Articles, art)
		}
		found = true
		return nil
	})
	return &law, found
}

// Search finds the articles whose words contain every term of q, in the
// versions in force now (the latest of each law), at most limit of them.
func (l storeLibrary) Search(q string, limit int) []laws.Hit {
	terms := strings.Fields(q)
	if len(terms) == 0 {
		return nil
	}
	bterms := make([][]byte, len(terms))
	for i, t := range terms {
		bterms[i] = []byte(t)
	}
	var out []laws.Hit
	l.s.db.View(func(tx kv.Tx) error {
		tb, titles := tx.Bucket(bLawText), tx.Bucket(bLawTitles)
		if tb == nil {
			return nil
		}
		latest := map[string]string{}
		titles.ForEach(func(k, v []byte) error {
			var t lawTitle
			if json.Unmarshal(v, &t) == nil && len(t.Versions) > 0 {
				latest[t.Name] = t.Versions[len(t.Versions)-1].String()
			}
			return nil
		})
		c := tb.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if !containsAll(v, bterms) {
				continue
			}
			parts := bytes.SplitN(k, []byte{0}, 3)
			if len(parts) < 3 || latest[string(parts[0])] != string(parts[1]) {
				continue
			}
			var a laws.Article
			if json.Unmarshal(v, &a) != nil {
				continue
			}
			if !laws.Matches(a.Text(), terms) {
				continue // the JSON escaping matched, not the words
			}
			out = append(out, laws.Hit{Name: string(parts[0]), Article: a})
			if limit > 0 && len(out) >= limit {
				return nil
			}
		}
		return nil
	})
	return out
}

func containsAll(v []byte, terms [][]byte) bool {
	for _, t := range terms {
		if !bytes.Contains(v, t) {
			return false
		}
	}
	return true
}
