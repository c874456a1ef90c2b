package cnum

import (
	"testing"

	"beishen/review"
)

// Numbers as they appear in dates, validity periods and clause numbers.
func TestInt(t *testing.T) {
	for s, want := range map[string]int{
		"二〇二三": 2023, "二零二零": 2020, "一九九八": 1998, "三": 3, "十": 10, "十二": 12,
		"二十": 20, "三十一": 31, "一百零五": 105, "一百一十": 110, "12": 12, "１２": 12,
		"壹拾贰": 12, "两": 2, "一万零五": 10005, " 5 ": 5,
	} {
		if got, ok := Int(s); !ok || got != want {
			t.Errorf("Int(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "十二条", "abc", "1.5", "-3", "九九九九九九九九九九九"} {
		if n, ok := Int(s); ok {
			t.Errorf("Int(%q) = %d, want no number", s, n)
		}
	}
}

func TestYear(t *testing.T) {
	for s, want := range map[string]int{"2023": 2023, "２０２３": 2023, "二〇二三": 2023, "二零二零": 2020, "一九九八": 1998, "二○一九": 2019} {
		if got, ok := Year(s); !ok || got != want {
			t.Errorf("Year(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"23", "0023", "二千零二十三", "12023", "三月"} {
		if y, ok := Year(s); ok {
			t.Errorf("Year(%q) = %d, want no year", s, y)
		}
	}
}

func TestDate(t *testing.T) {
	for _, c := range []struct {
		y, m, d string
		want    string
	}{
		{"二〇二三", "三", "三十一", "2023-03-31"},
		{"2023", "5", "1", "2023-05-01"},
		{"２０２４", "１２", "３１", "2024-12-31"},
		{"二零二零", "十", "二十", "2020-10-20"},
		{"2024", "2", "29", "2024-02-29"},
	} {
		got, ok := Date(c.y, c.m, c.d)
		if !ok || got != review.MustDate(c.want) {
			t.Errorf("Date(%s, %s, %s) = %v, %v; want %s", c.y, c.m, c.d, got, ok, c.want)
		}
	}
	for _, c := range [][3]string{{"2023", "2", "30"}, {"2023", "2", "29"}, {"2023", "13", "1"}, {"2023", "4", "31"}, {"2023", "0", "1"}, {"23", "1", "1"}} {
		if d, ok := Date(c[0], c[1], c[2]); ok {
			t.Errorf("Date(%v) = %v, want no date", c, d)
		}
	}
}
