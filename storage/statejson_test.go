package storage

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"beishen/review"
)

// Verify accepts a stored state when its bytes are appendState's for the
// replayed one, so appendState must say everything json.Marshal says: the
// states here have every field filled (a field added to review.Document
// and not to appendState fails this), or a random part of them, with
// strings that need escaping and times in other zones.
func TestAppendStateIsMarshal(t *testing.T) {
	for i := range 3000 {
		rng := rand.New(rand.NewPCG(uint64(i), 15))
		full := i%3 == 0 // every field set
		var d review.Document
		fill(rng, reflect.ValueOf(&d).Elem(), full)
		for _, seq := range []uint64{0, uint64(i + 1)} {
			var want []byte
			var err error
			if seq != 0 && len(d.Findings) > 0 {
				want, err = json.Marshal(byReference(&d, seq))
			} else {
				want, err = json.Marshal(&d)
			}
			got, gotErr := appendState([]byte("prefix"), &d, seq)
			if (err != nil) != (gotErr != nil) {
				t.Fatalf("state %d, findings of #%d: json.Marshal's error %v, appendState's %v", i, seq, err, gotErr)
			}
			if err == nil && !bytes.Equal(got, append([]byte("prefix"), want...)) {
				t.Fatalf("state %d, findings of #%d:\n json.Marshal %s\n appendState  %s", i, seq, want, got[len("prefix"):])
			}
		}
	}
}

var (
	fillStrings = []string{"", "通过", "关于印发《某市优化营商环境若干措施》的通知", "a<b>&c", `引"号\斜杠`, "tab\there\n",
		"line\u2028sep", "bad \xff utf-8", "LC1", "FC0", "legal_opinion", "x"}
	fillZones = []*time.Location{time.UTC, review.Zone, time.FixedZone("", -5*3600-30*60), time.FixedZone("odd", 3600+17)}
)

// fill sets v's exported fields, each with a chance of a half (always when
// full), recursively.
func fill(rng *rand.Rand, v reflect.Value, full bool) {
	set := func() bool { return full || rng.IntN(2) == 0 }
	switch v.Type() {
	case reflect.TypeFor[time.Time]():
		if set() {
			t := time.Date(1990+rng.IntN(60), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60),
				[]int{0, 500_000_000, 123_456_789, 1000}[rng.IntN(4)], time.UTC)
			v.Set(reflect.ValueOf(t.In(fillZones[rng.IntN(len(fillZones))])))
		}
		return
	case reflect.TypeFor[review.Date]():
		if set() {
			v.Set(reflect.ValueOf(review.NewDate(1990+rng.IntN(60), time.Month(1+rng.IntN(12)), 1+rng.IntN(28))))
		}
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(rng, v.Field(i), full)
			}
		}
	case reflect.String:
		if set() {
			v.SetString(fillStrings[1+rng.IntN(len(fillStrings)-1)])
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		if set() {
			v.SetInt(int64(1 + rng.IntN(1000)))
		}
	case reflect.Uint64, reflect.Uint, reflect.Uint32:
		if set() {
			v.SetUint(uint64(1 + rng.IntN(1<<20)))
		}
	case reflect.Float64:
		if set() {
			v.SetFloat(rng.Float64())
		}
	case reflect.Bool:
		if set() {
			v.SetBool(true)
		}
	case reflect.Pointer:
		if set() {
			p := reflect.New(v.Type().Elem())
			fill(rng, p.Elem(), full)
			v.Set(p)
		}
	case reflect.Slice:
		if set() {
			n := 1 + rng.IntN(3)
			s := reflect.MakeSlice(v.Type(), n, n)
			for i := range n {
				fill(rng, s.Index(i), full)
			}
			v.Set(s)
		}
	case reflect.Map:
		if set() {
			m := reflect.MakeMap(v.Type())
			for range 1 + rng.IntN(5) {
				k := reflect.New(v.Type().Key()).Elem()
				fill(rng, k, true)
				e := reflect.New(v.Type().Elem()).Elem()
				fill(rng, e, full)
				m.SetMapIndex(k, e)
			}
			v.Set(m)
		}
	default:
		panic("fill: no value for " + v.Type().String())
	}
}
