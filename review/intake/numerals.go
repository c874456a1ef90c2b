package intake

import (
	"strconv"
	"strings"
)

var (
	cnDigits      = []rune("〇一二三四五六七八九")
	cnLegalDigits = []rune("零壹贰叁肆伍陆柒捌玖")
)

// chineseCount writes n (1…99999) the way clause numbers are read:
// 十一, 二十, 一百零五. digits/units choose everyday or 大写 (壹拾) forms.
func chineseCount(n int, digits []rune, units [4]string) string {
	if n <= 0 || n > 99999 {
		return strconv.Itoa(n)
	}
	if n >= 10000 {
		head := chineseCount(n/10000, digits, units) + "万"
		rest := n % 10000
		if rest == 0 {
			return head
		}
		if rest < 1000 {
			head += "零"
			if units[1] != "十" {
				head = strings.TrimSuffix(head, "零") + string(digits[0])
			}
		}
		return head + chineseCount(rest, digits, units)
	}
	zeroRune := digits[0]
	if units[1] == "十" {
		zeroRune = '零' // 一百零五; 〇 is for digit-by-digit numbers
	}
	var b strings.Builder
	place := []int{1000, 100, 10, 1}
	unit := []string{units[3], units[2], units[1], ""}
	zero := false
	for i, p := range place {
		d := n / p % 10
		if d == 0 {
			if b.Len() > 0 {
				zero = true
			}
			continue
		}
		if zero {
			b.WriteRune(zeroRune)
			zero = false
		}
		// 十一 rather than 一十一 when the number starts with the tens digit.
		if !(p == 10 && d == 1 && b.Len() == 0 && units[1] == "十") {
			b.WriteRune(digits[d])
		}
		b.WriteString(unit[i])
	}
	return b.String()
}

var (
	cnUnits      = [4]string{"", "十", "百", "千"}
	cnLegalUnits = [4]string{"", "拾", "佰", "仟"}
)

// formatNumber renders counter n in a WordprocessingML w:numFmt.
func formatNumber(n int, numFmt string) string {
	switch numFmt {
	case "chineseCounting", "chineseCountingThousand", "taiwanCounting", "taiwanCountingThousand", "japaneseCounting", "koreanCounting":
		return chineseCount(n, cnDigits, cnUnits)
	case "chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal":
		return chineseCount(n, cnLegalDigits, cnLegalUnits)
	case "ideographDigital", "taiwanDigital", "japaneseDigitalTenThousand":
		var b strings.Builder
		for _, c := range strconv.Itoa(n) {
			b.WriteRune(cnDigits[c-'0'])
		}
		return b.String()
	case "ideographTraditional":
		return cycle(n, []rune("甲乙丙丁戊己庚辛壬癸"))
	case "ideographZodiac":
		return cycle(n, []rune("子丑寅卯辰巳午未申酉戌亥"))
	case "decimalFullWidth", "decimalFullWidth2":
		var b strings.Builder
		for _, c := range strconv.Itoa(n) {
			b.WriteRune(c - '0' + '０')
		}
		return b.String()
	case "decimalZero":
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalEnclosedParen":
		return "(" + strconv.Itoa(n) + ")"
	case "lowerLetter", "upperLetter":
		s := letters(n)
		if numFmt == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman", "upperRoman":
		s := roman(n)
		if numFmt == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	case "none", "bullet":
		return ""
	}
	return strconv.Itoa(n)
}

func cycle(n int, set []rune) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	return string(set[(n-1)%len(set)])
}

// letters is Word's a, b, …, z, aa, bb, … sequence.
func letters(n int) string {
	if n <= 0 || n > 26*30 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
