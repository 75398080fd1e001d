package engine_test

import (
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// member.segments, member.isBirthday and member.isBirthdayMonth read the member's profile in
// the program's time zone: midnight in Shanghai is 16:00 the day before in UTC, and a
// 29 February birthday is on 28 February in years without one.
func TestSegmentsAndBirthdays(t *testing.T) {
	at := func(s string) time.Time {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	for _, c := range []struct {
		name, zone, birthday string
		segments             []string
		cond                 string
		at                   time.Time
		want                 bool
	}{
		{"in a segment", "UTC", "", []string{"students", "vip"}, `'vip' in member.segments`, at("2026-04-18T10:00:00Z"), true},
		{"in no segment", "UTC", "", nil, `'vip' in member.segments || member.segments.size() > 0`, at("2026-04-18T10:00:00Z"), false},
		{"birthday at midnight in the program's zone", "Asia/Shanghai", "04-18", nil, `member.isBirthday(event.occurredAt)`, at("2026-04-17T16:00:00Z"), true},
		{"a second before, the day before there", "Asia/Shanghai", "04-18", nil, `member.isBirthday(event.occurredAt)`, at("2026-04-17T15:59:59Z"), false},
		{"the last second of the birthday", "Asia/Shanghai", "04-18", nil, `member.isBirthday(event.occurredAt)`, at("2026-04-18T15:59:59Z"), true},
		{"the same instant in UTC", "UTC", "04-18", nil, `member.isBirthday(event.occurredAt)`, at("2026-04-17T16:00:00Z"), false},
		{"a birthday given with its year", "UTC", "1990-04-18", nil, `member.isBirthday(event.occurredAt)`, at("2026-04-18T10:00:00Z"), true},
		{"29 February in a leap year", "UTC", "02-29", nil, `member.isBirthday(event.occurredAt)`, at("2028-02-29T10:00:00Z"), true},
		{"28 February in a leap year", "UTC", "02-29", nil, `member.isBirthday(event.occurredAt)`, at("2028-02-28T10:00:00Z"), false},
		{"28 February in a year without 29", "UTC", "02-29", nil, `member.isBirthday(event.occurredAt)`, at("2027-02-28T10:00:00Z"), true},
		{"1 March in a year without 29", "UTC", "02-29", nil, `member.isBirthday(event.occurredAt)`, at("2027-03-01T10:00:00Z"), false},
		{"birthday month", "Asia/Shanghai", "04-18", nil, `member.isBirthdayMonth(event.occurredAt)`, at("2026-03-31T16:30:00Z"), true},
		{"not the birthday month", "Asia/Shanghai", "04-18", nil, `member.isBirthdayMonth(event.occurredAt)`, at("2026-03-31T15:30:00Z"), false},
		{"no birthday", "UTC", "", nil, `member.isBirthday(event.occurredAt) || member.isBirthdayMonth(event.occurredAt)`, at("2026-04-18T10:00:00Z"), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newEngine(t, &ruleset.Ruleset{Version: "v", Program: ruleset.Program{TimeZone: c.zone},
				Rules: []ruleset.Rule{{Name: "r", EventType: "purchase", Mode: ruleset.ModeActive, Condition: c.cond, Points: fixed(1)}}})
			m := engine.MemberState{Member: ruleset.Member{ID: "m", Birthday: c.birthday, Segments: c.segments}}
			out, err := e.Evaluate(engine.Event{ID: "e", Type: "purchase", Member: "m", OccurredAt: c.at}, m, c.at)
			if err != nil {
				t.Fatal(err)
			}
			if got := out.Points == 1; got != c.want {
				t.Errorf("%s at %s for birthday %q: %v, want %v (%+v)", c.cond, c.at, c.birthday, got, c.want, out.Explanation)
			}
		})
	}
}

// A cap of period Year counts the calendar year in the program's time zone.
func TestYearCaps(t *testing.T) {
	e := newEngine(t, &ruleset.Ruleset{Version: "v", Program: ruleset.Program{TimeZone: "UTC"},
		Rules: []ruleset.Rule{{Name: "r", EventType: "purchase", Mode: ruleset.ModeActive, Points: fixed(10),
			Caps: []ruleset.Cap{{Period: ruleset.PeriodYear, MaxCount: 1}}}}})
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		year int64
		want int64
	}{{0, 10}, {1, 0}} {
		m := engine.MemberState{Rules: map[string]engine.Usage{"r": {Year: engine.Tally{Count: c.year, Points: 10 * c.year}}}}
		out, err := e.Evaluate(engine.Event{ID: "e", Type: "purchase", Member: "m"}, m, now)
		if err != nil || out.Points != c.want {
			t.Errorf("with %d awards this year: %d points, %v; want %d", c.year, out.Points, err, c.want)
		}
	}
}
