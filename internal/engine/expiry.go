package engine

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/tally-operator/tally/internal/ruleset"
)

// expiry is when the points rule r awards for an event at `at` expire.
func (e *Engine) expiry(r *compiledRule, at time.Time) *time.Time {
	policy := e.rs.Program.Expiry
	if r.Expiry != nil {
		policy = *r.Expiry
	}
	t, err := ExpiresAt(policy, e.loc, at)
	if err != nil {
		return nil // the schema admits only valid periods; a rule set never holds another
	}
	return t
}

// ExpiresAt is when points earned at `earned` expire under policy, in the program's time
// zone loc; nil when they never expire.
//
// Rolling adds the period to the moment of earning, months as calendar months (31 January
// plus one month is 28 or 29 February). YearlyClearing expires everything earned in calendar
// year Y at the end of month/day of year Y+AfterYears, that is at midnight starting the next
// day; a 29 February clearing date falls on 28 February in years without one.
func ExpiresAt(policy ruleset.Expiry, loc *time.Location, earned time.Time) (*time.Time, error) {
	switch policy.Policy {
	case "", ruleset.ExpiryNever:
		return nil, nil
	case ruleset.ExpiryRolling:
		n, unit, err := parsePeriod(policy.Period)
		if err != nil {
			return nil, err
		}
		local := earned.In(loc)
		var t time.Time
		switch unit {
		case "mo":
			t = addMonths(local, n)
		case "d":
			t = local.AddDate(0, 0, n)
		case "h":
			t = local.Add(time.Duration(n) * time.Hour)
		case "m":
			t = local.Add(time.Duration(n) * time.Minute)
		}
		t = t.UTC()
		return &t, nil
	case ruleset.ExpiryYearlyClearing:
		year := earned.In(loc).Year() + int(policy.AfterYears)
		month := time.Month(policy.Month)
		day := min(int(policy.Day), daysIn(year, month))
		t := time.Date(year, month, day+1, 0, 0, 0, 0, loc).UTC()
		return &t, nil
	}
	return nil, fmt.Errorf("unknown expiry policy %q", policy.Policy)
}

func parsePeriod(p string) (int, string, error) {
	for _, unit := range []string{"mo", "d", "h", "m"} {
		if num, ok := strings.CutSuffix(p, unit); ok {
			n, err := strconv.Atoi(num)
			if err != nil || n <= 0 {
				break
			}
			return n, unit, nil
		}
	}
	return 0, "", fmt.Errorf("period %q: want a number and mo, d, h or m", p)
}

// addMonths adds calendar months, keeping the day of month where it exists and otherwise
// using the month's last day.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	target := time.Date(y, m+time.Month(n), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	return target.AddDate(0, 0, min(d, daysIn(target.Year(), target.Month()))-1)
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
