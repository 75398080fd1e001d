package ruleset

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
)

// cel-go's timestamp accessors that take a time zone ("getDayOfWeek('Asia/Shanghai')") load
// the zone from the tz database on every call: a file read per evaluation. These bindings
// replace them, with the same names, signatures and results, and keep each zone once loaded.
var zones sync.Map // name -> *time.Location

func zone(name string) (*time.Location, error) {
	if l, ok := zones.Load(name); ok {
		return l.(*time.Location), nil
	}
	var loc *time.Location
	if sign, hm, ok := cutOffset(name); ok {
		h, m, _ := strings.Cut(hm, ":")
		hours, err1 := strconv.Atoi(h)
		mins, err2 := strconv.Atoi(m)
		if err1 != nil || err2 != nil || hours > 14 || mins > 59 {
			return nil, fmt.Errorf("invalid time zone offset %q", name)
		}
		loc = time.FixedZone(name, sign*(hours*3600+mins*60))
	} else {
		l, err := time.LoadLocation(name)
		if err != nil {
			return nil, err
		}
		loc = l
	}
	zones.Store(name, loc)
	return loc, nil
}

func cutOffset(s string) (sign int, rest string, ok bool) {
	if !strings.Contains(s, ":") {
		return 0, "", false
	}
	switch {
	case strings.HasPrefix(s, "+"):
		return 1, s[1:], true
	case strings.HasPrefix(s, "-"):
		return -1, s[1:], true
	}
	return 1, s, true
}

func zonedTimestampFunctions() []cel.EnvOption {
	accessors := []struct {
		function, overload string
		get                func(time.Time) int
	}{
		{"getFullYear", "timestamp_to_year_with_tz", func(t time.Time) int { return t.Year() }},
		{"getMonth", "timestamp_to_month_with_tz", func(t time.Time) int { return int(t.Month()) - 1 }},
		{"getDayOfYear", "timestamp_to_day_of_year_with_tz", func(t time.Time) int { return t.YearDay() - 1 }},
		{"getDayOfMonth", "timestamp_to_day_of_month_with_tz", func(t time.Time) int { return t.Day() - 1 }},
		{"getDate", "timestamp_to_day_of_month_1_based_with_tz", func(t time.Time) int { return t.Day() }},
		{"getDayOfWeek", "timestamp_to_day_of_week_with_tz", func(t time.Time) int { return int(t.Weekday()) }},
		{"getHours", "timestamp_to_hours_with_tz", func(t time.Time) int { return t.Hour() }},
		{"getMinutes", "timestamp_to_minutes_with_tz", func(t time.Time) int { return t.Minute() }},
		{"getSeconds", "timestamp_to_seconds_tz", func(t time.Time) int { return t.Second() }},
		{"getMilliseconds", "timestamp_to_milliseconds_with_tz", func(t time.Time) int { return t.Nanosecond() / 1e6 }},
	}
	var opts []cel.EnvOption
	for _, a := range accessors {
		get := a.get
		opts = append(opts, cel.Function(a.function, cel.MemberOverload(a.overload,
			[]*cel.Type{cel.TimestampType, cel.StringType}, cel.IntType,
			cel.BinaryBinding(func(ts, tz ref.Val) ref.Val {
				t, ok1 := ts.(types.Timestamp)
				name, ok2 := tz.(types.String)
				if !ok1 || !ok2 {
					return types.MaybeNoSuchOverloadErr(tz)
				}
				loc, err := zone(string(name))
				if err != nil {
					return types.WrapErr(err)
				}
				return types.Int(get(t.Time.In(loc)))
			}))))
	}
	return opts
}
