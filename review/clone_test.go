package review

import (
	"encoding/json"
	"reflect"
	"testing"
)

// fill sets every field reachable from v to a non-zero value, so that a
// field Clone forgets to copy shows up as shared.
func fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Pointer:
		if depth > 4 {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), depth+1)
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(Date{}) {
			v.Set(reflect.ValueOf(MustDate("2026-01-02")))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+1)
			}
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0), depth+1)
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k, depth+1)
		fill(e, depth+1)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint64:
		v.SetUint(1)
	}
}

// scrub zeroes everything reachable through the maps, slices and pointers
// of v in place, leaving v's own scalar fields alone.
func scrub(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			v.Elem().Set(reflect.Zero(v.Elem().Type()))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				scrub(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			v.Index(i).Set(reflect.Zero(v.Type().Elem()))
		}
	case reflect.Map:
		v.Clear()
	}
}

// TestCloneSharesNothing fails when a field added to Document holds a map,
// slice or pointer that Clone does not copy: scrubbing everything the clone
// reaches through references must leave the original as it was.
func TestCloneSharesNothing(t *testing.T) {
	var d Document
	fill(reflect.ValueOf(&d).Elem(), 0)
	before, _ := json.Marshal(d)
	c := d.Clone()
	scrub(reflect.ValueOf(&c).Elem())
	after, _ := json.Marshal(d)
	if string(before) != string(after) {
		t.Fatalf("Clone shares state with the original:\nbefore %s\nafter  %s", before, after)
	}
}
