// Package cnum reads Chinese numerals and dates as written in official
// documents: Arabic digits (half- or full-width), counting numerals with
// units (二十一, 一百零五, 壹拾贰) and digit-by-digit years (二〇二三).
package cnum

import (
	"strings"
	"time"

	"beishen/review"
)

// limit bounds every number read, so that a long run of digits cannot overflow.
const limit = 1_000_000_000

var digitValue = map[rune]int{
	'〇': 0, '零': 0, '○': 0, 'Ｏ': 0, 'O': 0, '0': 0, '０': 0,
	'一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
	'五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
}

// Arabic reads a number written in Arabic digits, half- or full-width
// ("12", "１２"); ok is false for anything else.
func Arabic(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '０' && r <= '９':
			n = n*10 + int(r-'０')
		default:
			return 0, false
		}
		if n > limit {
			return 0, false
		}
	}
	return n, true
}

// Int reads a non-negative number written in Arabic digits or Chinese
// numerals: "12", "１２", "十二", "二十一", "一百零五", "壹拾贰", "两", and
// digit by digit "二〇二三". Surrounding white space is ignored; ok is false
// for anything else.
func Int(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if n, ok := Arabic(s); ok {
		return n, true
	}
	if !strings.ContainsAny(s, "十拾百佰千仟万") {
		// Digit by digit: 二〇二三.
		n := 0
		for _, r := range s {
			d, ok := digitValue[r]
			if !ok || n > limit/10 {
				return 0, false
			}
			n = n*10 + d
		}
		return n, true
	}
	total, section, digit := 0, 0, -1
	for _, r := range s {
		if d, ok := digitValue[r]; ok {
			digit = d
			continue
		}
		unit := 0
		switch r {
		case '十', '拾':
			unit = 10
		case '百', '佰':
			unit = 100
		case '千', '仟':
			unit = 1000
		case '万':
			if digit >= 0 {
				section += digit
			}
			if total += section * 10000; total > limit {
				return 0, false
			}
			section, digit = 0, -1
			continue
		default:
			return 0, false
		}
		if digit < 0 {
			digit = 1 // 十二 = 一十二
		}
		section += digit * unit
		digit = -1
	}
	if digit > 0 {
		section += digit
	}
	return total + section, true
}

// Year reads a year of four digits, Arabic ("2023") or Chinese written digit
// by digit ("二〇二三", "二零二零"), between 1900 and 2200: the years an
// official document in force can carry.
func Year(s string) (int, bool) {
	s = strings.TrimSpace(s)
	n := 0
	for _, r := range s {
		d, ok := digitValue[r]
		switch {
		case r >= '1' && r <= '9':
			d, ok = int(r-'0'), true
		case r >= '１' && r <= '９':
			d, ok = int(r-'０'), true
		}
		if !ok {
			return 0, false
		}
		n = n*10 + d
		if n > 9999 {
			return 0, false
		}
	}
	if n < 1900 || n > 2200 {
		return 0, false
	}
	return n, true
}

// Date reads year, month and day as written in a date (2023年3月31日,
// 二〇二三年三月三十一日), refusing impossible days such as 2月30日.
func Date(y, m, d string) (review.Date, bool) {
	year, ok1 := Year(y)
	month, ok2 := Int(m)
	day, ok3 := Int(d)
	if !ok1 || !ok2 || !ok3 || month < 1 || month > 12 || day < 1 || day > 31 {
		return review.Date{}, false
	}
	date := review.NewDate(year, time.Month(month), day)
	if date.Day() != day {
		return review.Date{}, false
	}
	return date, true
}
