package deadline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	_ "embed"

	"beishen/review"
)

// defaultsJSON is the settings every office starts from. Sources (grades as
// in legal-rules.md): filing 30 days on both channels (北京条例第十一条,
// 上海条例第十条 A; government channel varies by province, §6.5);
// re-submission after 暂缓登记 10 days (北京条例第十二条 A); legality review 15
// working days (国办发〔2018〕115号, U); public comment 7 working days (C) and
// 30 days for measures affecting operators (优化营商环境条例第六十二条 A);
// earliest effective date publication + 30 days (规章制定程序条例第三十二条
// analogue A, 湖南 B); validity 5 years, 暂行/试行 2 years, evaluation 6
// months before expiry, cleanup every 2 years (local rules, §7.3, B/C).
//
//go:embed defaults.json
var defaultsJSON []byte

// Settings are the jurisdiction's numbers. Defaults() gives the built-in
// ones; LoadSettings lays a user's file over them.
type Settings struct {
	// Reviewer is the name written into the log; empty means the caller
	// uses the operating-system user.
	Reviewer string `json:"reviewer"`
	// Role is the reviewer's role, "reviewer" or "head" (review.RoleOf:
	// unset is the head, so one user on the local file is never refused).
	Role review.Role `json:"role,omitempty"`
	// Store is the office's shared store (etcd://h1:2379,h2:2379) the
	// program opens instead of the local file; --store overrides it.
	Store               string        `json:"store,omitempty"`
	Filing              FilingPeriods `json:"filing"`
	FilingResubmission  Period        `json:"filing_resubmission"` // after 暂缓登记
	IssuerResponse      Period        `json:"issuer_response"`     // to correct or answer a filing review (B‑12, N‑11)
	LegalityReview      Period        `json:"legality_review"`
	CommentGeneral      Period        `json:"comment_general"`
	CommentOperators    Period        `json:"comment_operators"` // measures affecting operators
	EarliestEffective   Period        `json:"earliest_effective"`
	Validity            int           `json:"validity_years"`
	ProvisionalValidity int           `json:"provisional_validity_years"` // 暂行/试行
	EvaluationMonths    int           `json:"evaluation_months"`          // before validity end
	CleanupYears        int           `json:"cleanup_years"`
	BackupKeep          int           `json:"backup_keep"`
	ExtendRestDayEnd    bool          `json:"extend_rest_day_end"`
	// BasisCiteOnly writes a finding's legal basis in `show`, the opinion
	// letter and the fair-competition conclusion as a bare citation; by
	// default the article's words are quoted from the law library.
	BasisCiteOnly bool `json:"basis_cite_only"`
	// CalendarYears adds years to the built-in holiday calendar or replaces
	// a year wholesale, e.g. when the State Council publishes 2027.
	CalendarYears map[int]Year `json:"calendar_years"`
	// Papers describe the office on the papers it sends out.
	Papers Papers `json:"papers"`
	// Dir is the folder the settings file was read from (empty for the
	// built-in defaults); the papers' templates are looked for there.
	Dir string `json:"-"`
}

// Papers are what the papers the office sends say of the office: its name,
// the letter-number patterns ({year} and {n}, numbered per year in the
// log), the sign-off names, the issuer's response period for a written
// review opinion, and the folder of the papers' templates.
type Papers struct {
	Body          string `json:"body"`           // 审查机关, e.g. 临河区司法局
	OpinionNumber string `json:"opinion_number"` // 合法性审核意见书 and 公平竞争审查结论
	FilingNumber  string `json:"filing_number"`  // the filing-review papers
	Handler       string `json:"handler"`        // 承办人
	Checker       string `json:"checker"`        // 审核人; empty: the reviewer who decided
	Head          string `json:"head"`           // 负责人
	ResponseDays  int    `json:"response_days"`  // the issuer's response to 审查意见书 / 纠错函
	Templates     string `json:"templates"`      // empty: "templates" beside the settings file
}

// TemplateDir is the folder where the office's own paper templates live.
func (s Settings) TemplateDir() string {
	switch {
	case s.Papers.Templates != "" && (filepath.IsAbs(s.Papers.Templates) || s.Dir == ""):
		return s.Papers.Templates
	case s.Papers.Templates != "":
		return filepath.Join(s.Dir, s.Papers.Templates)
	case s.Dir != "":
		return filepath.Join(s.Dir, "templates")
	}
	return ""
}

// FilingPeriods is the filing deadline of each channel.
type FilingPeriods struct {
	NPC        Period `json:"npc"`
	Government Period `json:"government"`
}

// Period returns the filing period of ch.
func (f FilingPeriods) Period(ch Channel) (Period, bool) {
	switch ch {
	case NPC:
		return f.NPC, true
	case Government:
		return f.Government, true
	}
	return Period{}, false
}

// SettingsError names the settings key at fault (dotted, e.g.
// "filing.government.unit") and what is wrong with it.
type SettingsError struct {
	Path    string // the settings file, when one was read
	Key     string
	Problem review.Label
}

func (e *SettingsError) Error() string { return e.Message(review.ZH) }

func (e *SettingsError) Message(lang review.Lang) string {
	var b strings.Builder
	if lang == review.EN {
		b.WriteString("Settings")
		if e.Path != "" {
			fmt.Fprintf(&b, " file %s", e.Path)
		}
		if e.Key != "" {
			fmt.Fprintf(&b, ", key %q", e.Key)
		}
		fmt.Fprintf(&b, ": %s", e.Problem.EN)
		return b.String()
	}
	b.WriteString("设置")
	if e.Path != "" {
		fmt.Fprintf(&b, "文件 %s", e.Path)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, " 中的 %q", e.Key)
	}
	fmt.Fprintf(&b, "：%s", e.Problem.ZH)
	return b.String()
}

// Defaults returns the built-in settings.
func Defaults() Settings {
	var s Settings
	if err := json.Unmarshal(defaultsJSON, &s); err != nil {
		panic(err) // checked by the tests
	}
	return s
}

// DefaultSettingsPath is where LoadSettings looks unless told otherwise:
// <user config dir>/beishen/settings.json.
func DefaultSettingsPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "beishen", "settings.json"), nil
}

// LoadSettings reads the settings file at path and lays it over the
// defaults: keys the file leaves out keep their default. A missing file (or
// an empty path) gives the defaults. An unknown key is an error naming it,
// so a misspelt setting is never silently ignored.
func LoadSettings(path string) (Settings, error) {
	s := Defaults()
	if path == "" {
		return s, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		s.Dir = filepath.Dir(path)
		return s, nil
	}
	if err != nil {
		return s, &SettingsError{Path: path, Problem: review.Label{ZH: "无法读取：" + err.Error(), EN: "cannot read: " + err.Error()}}
	}
	s, err = ParseSettings(data)
	s.Dir = filepath.Dir(path)
	var se *SettingsError
	if errors.As(err, &se) {
		se.Path = path
	}
	return s, err
}

// ParseSettings lays a settings document over the defaults and validates
// the result.
func ParseSettings(data []byte) (Settings, error) {
	s := Defaults()
	if len(bytes.TrimSpace(data)) == 0 {
		return s, nil
	}
	var syn *json.SyntaxError
	if err := json.Unmarshal(data, new(any)); errors.As(err, &syn) {
		line := bytes.Count(data[:syn.Offset], []byte("\n")) + 1
		return s, &SettingsError{Problem: review.Label{
			ZH: fmt.Sprintf("第 %d 行 JSON 格式错误（%v）", line, syn),
			EN: fmt.Sprintf("JSON syntax error on line %d (%v)", line, syn),
		}}
	} else if err != nil {
		return s, &SettingsError{Problem: review.Label{ZH: "JSON 格式错误：" + err.Error(), EN: "JSON error: " + err.Error()}}
	}
	if key := unknownKey(reflect.TypeFor[Settings](), data, ""); key != "" {
		return s, &SettingsError{Key: key, Problem: review.Label{ZH: "未知的设置项", EN: "unknown setting"}}
	}
	if err := checkCalendarYears(data); err != nil {
		return s, err
	}
	if err := json.Unmarshal(data, &s); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return s, &SettingsError{Key: te.Field, Problem: review.Label{
				ZH: "类型不对：应为" + kindName(te.Type).ZH,
				EN: "wrong type: expected " + kindName(te.Type).EN,
			}}
		}
		return s, &SettingsError{Problem: review.Label{ZH: "取值无效：" + err.Error(), EN: "invalid value: " + err.Error()}}
	}
	return s, s.Validate()
}

// Validate checks every period and count, and builds the calendar once so a
// bad extra year is reported when the settings are read, not at the first
// deadline.
func (s Settings) Validate() error {
	periods := []struct {
		key string
		p   Period
	}{
		{"filing.npc", s.Filing.NPC},
		{"filing.government", s.Filing.Government},
		{"filing_resubmission", s.FilingResubmission},
		{"legality_review", s.LegalityReview},
		{"comment_general", s.CommentGeneral},
		{"comment_operators", s.CommentOperators},
		{"earliest_effective", s.EarliestEffective},
	}
	for _, p := range periods {
		if !p.p.Unit.Valid() {
			return &SettingsError{Key: p.key + ".unit", Problem: review.Label{
				ZH: fmt.Sprintf("应为 \"calendar\"（日）或 \"working\"（工作日），而不是 %q", p.p.Unit),
				EN: fmt.Sprintf("must be \"calendar\" or \"working\", not %q", p.p.Unit),
			}}
		}
		if p.p.N < 0 {
			return &SettingsError{Key: p.key + ".days", Problem: review.Label{ZH: "天数不能为负", EN: "must not be negative"}}
		}
	}
	counts := []struct {
		key string
		n   int
	}{
		{"validity_years", s.Validity},
		{"provisional_validity_years", s.ProvisionalValidity},
		{"evaluation_months", s.EvaluationMonths},
		{"cleanup_years", s.CleanupYears},
		{"backup_keep", s.BackupKeep},
		{"papers.response_days", s.Papers.ResponseDays},
	}
	for _, c := range counts {
		if c.n < 1 {
			return &SettingsError{Key: c.key, Problem: review.Label{
				ZH: fmt.Sprintf("应为正整数，而不是 %d", c.n),
				EN: fmt.Sprintf("must be a positive whole number, not %d", c.n),
			}}
		}
	}
	for _, p := range []struct{ key, v string }{{"papers.opinion_number", s.Papers.OpinionNumber}, {"papers.filing_number", s.Papers.FilingNumber}} {
		if p.v != "" && !strings.Contains(p.v, "{n}") {
			return &SettingsError{Key: p.key, Problem: review.Label{
				ZH: fmt.Sprintf("编号格式 %q 缺少序号 {n}（例如 临司审〔{year}〕{n}号）；留空则不编号", p.v),
				EN: fmt.Sprintf("the number pattern %q lacks the sequence {n} (e.g. 临司审〔{year}〕{n}号); leave it empty for no number", p.v),
			}}
		}
	}
	if s.Role != "" && s.Role != review.RoleReviewer && s.Role != review.RoleHead {
		return &SettingsError{Key: "role", Problem: review.Label{
			ZH: fmt.Sprintf("应为 \"reviewer\"（审查人员）或 \"head\"（科长），而不是 %q", s.Role),
			EN: fmt.Sprintf("must be \"reviewer\" or \"head\", not %q", s.Role),
		}}
	}
	_, err := s.Calendar()
	return err
}

// Calendar is the built-in holiday calendar with the settings' extra years
// and rest-day extension applied.
func (s Settings) Calendar() (*Calendar, error) {
	c := Embedded()
	c.ExtendRestDayEnd = s.ExtendRestDayEnd
	if len(s.CalendarYears) == 0 {
		return c, nil
	}
	return c.WithYears(s.CalendarYears)
}

// checkCalendarYears reports a year key that is not a year, or a date that
// is not YYYY-MM-DD, with its key: the decoder's own errors do not say where.
func checkCalendarYears(data []byte) error {
	var f struct {
		Years map[string]map[string][]string `json:"calendar_years"`
	}
	if json.Unmarshal(data, &f) != nil {
		return nil // a type error, reported by the decoder
	}
	for _, y := range slices.Sorted(maps.Keys(f.Years)) {
		if n, err := strconv.Atoi(y); err != nil || n < 1900 || n > 9999 {
			return &SettingsError{Key: "calendar_years." + y, Problem: review.Label{ZH: "应为四位年份", EN: "must be a four-digit year"}}
		}
		for _, list := range slices.Sorted(maps.Keys(f.Years[y])) {
			for _, v := range f.Years[y][list] {
				if _, err := review.ParseDate(v); err != nil || v == "" {
					return &SettingsError{Key: "calendar_years." + y + "." + list, Problem: review.Label{
						ZH: fmt.Sprintf("日期应为 YYYY-MM-DD，而不是 %q", v),
						EN: fmt.Sprintf("dates must be YYYY-MM-DD, not %q", v),
					}}
				}
			}
		}
	}
	return nil
}

var textUnmarshaler = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()

// unknownKey returns the dotted path of the first key in data (sorted, so
// the report is stable) that type t has no field for, or "".
func unknownKey(t reflect.Type, data []byte, path string) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return ""
	}
	join := func(k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	switch t.Kind() {
	case reflect.Struct:
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return "" // a type error, reported by the decoder
		}
		fields := map[string]reflect.Type{}
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.IsExported() && name != "" && name != "-" {
				fields[name] = f.Type
			}
		}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			ft, ok := fields[k]
			if !ok {
				return join(k)
			}
			if bad := unknownKey(ft, obj[k], join(k)); bad != "" {
				return bad
			}
		}
	case reflect.Map:
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return ""
		}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			if bad := unknownKey(t.Elem(), obj[k], join(k)); bad != "" {
				return bad
			}
		}
	case reflect.Slice:
		var arr []json.RawMessage
		if json.Unmarshal(data, &arr) != nil {
			return ""
		}
		for i, v := range arr {
			if bad := unknownKey(t.Elem(), v, join(fmt.Sprint(i))); bad != "" {
				return bad
			}
		}
	}
	return ""
}

func kindName(t reflect.Type) review.Label {
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return review.Label{ZH: "整数", EN: "a whole number"}
	case reflect.String:
		return review.Label{ZH: "文本", EN: "text"}
	case reflect.Bool:
		return review.Label{ZH: "true 或 false", EN: "true or false"}
	case reflect.Struct, reflect.Map:
		return review.Label{ZH: "对象 {…}", EN: "an object {…}"}
	case reflect.Slice:
		return review.Label{ZH: "列表 […]", EN: "a list […]"}
	}
	return review.Label{ZH: t.String(), EN: t.String()}
}
