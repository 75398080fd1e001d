package jobs_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/jobs"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// check is one expiry run and the balances it must leave.
type check struct {
	asOf     string
	balances map[string]int64
}

// runChecks runs the expiry job at each check's time, in order, and compares balances.
func runChecks(t *testing.T, p *program, checks []check) {
	t.Helper()
	for _, c := range checks {
		p.expire(t, mustTime(t, c.asOf))
		for member, want := range c.balances {
			if got := p.balance(t, member); got != want {
				t.Errorf("as of %s: member %s has %d points, want %d", c.asOf, member, got, want)
			}
		}
	}
	p.verify(t)
}

// A purchase at 23:59 on 31 December is in that year where the program lives, whatever the
// year is in UTC: in Shanghai (UTC+8) a purchase at 23:59 UTC is already on 1 January.
func TestYearlyClearingAtYearEndShanghaiVersusUTC(t *testing.T) {
	clearing := yearly(12, 31, 1)
	shanghai := newProgram(t, setExpiry("Asia/Shanghai", clearing))
	utc := newProgram(t, setExpiry("UTC", clearing))
	for _, p := range []*program{shanghai, utc} {
		// 23:59 on 31 December 2025 in Shanghai, that is 15:59 UTC.
		p.event(t, "a", "a", "purchase", "10", mustTime(t, "2025-12-31T23:59:00+08:00"))
		// 23:59 on 31 December 2025 in UTC, that is 07:59 on 1 January 2026 in Shanghai.
		p.event(t, "b", "b", "purchase", "10", mustTime(t, "2025-12-31T23:59:00Z"))
	}
	t.Run("Asia/Shanghai", func(t *testing.T) {
		runChecks(t, shanghai, []check{
			// 2025's points clear at the end of 31 December 2026, Shanghai time.
			{"2026-12-31T23:59:59+08:00", map[string]int64{"a": 10, "b": 10}},
			{"2027-01-01T00:00:00+08:00", map[string]int64{"a": 0, "b": 10}},
			// b earned in 2026 (Shanghai): cleared a year later.
			{"2027-12-31T23:59:59+08:00", map[string]int64{"b": 10}},
			{"2028-01-01T00:00:00+08:00", map[string]int64{"b": 0}},
		})
	})
	t.Run("UTC", func(t *testing.T) {
		runChecks(t, utc, []check{
			// Midnight in Shanghai is nothing to a UTC program.
			{"2027-01-01T00:00:00+08:00", map[string]int64{"a": 10, "b": 10}},
			{"2026-12-31T23:59:59Z", map[string]int64{"a": 10, "b": 10}},
			// Both earned in 2025 (UTC).
			{"2027-01-01T00:00:00Z", map[string]int64{"a": 0, "b": 0}},
		})
	})
}

// A clearing date of 29 February falls on 28 February in years without one.
func TestYearlyClearingOnLeapDay(t *testing.T) {
	p := newProgram(t, setExpiry("UTC", yearly(2, 29, 1)))
	p.event(t, "2023", "m2023", "purchase", "10", mustTime(t, "2023-06-01T12:00:00Z"))
	p.event(t, "2024", "m2024", "purchase", "10", mustTime(t, "2024-06-01T12:00:00Z"))
	runChecks(t, p, []check{
		{"2024-02-29T23:59:59Z", map[string]int64{"m2023": 10, "m2024": 10}},
		{"2024-03-01T00:00:00Z", map[string]int64{"m2023": 0, "m2024": 10}},
		{"2025-02-28T23:59:59Z", map[string]int64{"m2024": 10}},
		{"2025-03-01T00:00:00Z", map[string]int64{"m2024": 0}},
	})
}

// Rolling periods count calendar months and days in the program's time zone: a month after
// 31 January 2024 is 29 February, twelve months after 29 February 2024 is 28 February 2025,
// and a day in New York across the spring change of clocks is 23 hours.
func TestRollingExpiryAcrossLeapDayAndClockChanges(t *testing.T) {
	t.Run("month after 31 January", func(t *testing.T) {
		p := newProgram(t, setExpiry("UTC", rolling("1mo")))
		p.event(t, "jan31", "m", "purchase", "10", mustTime(t, "2024-01-31T10:00:00Z"))
		runChecks(t, p, []check{
			{"2024-02-29T09:59:59Z", map[string]int64{"m": 10}},
			{"2024-02-29T10:00:00Z", map[string]int64{"m": 0}},
		})
	})
	t.Run("year after 29 February", func(t *testing.T) {
		p := newProgram(t, setExpiry("Asia/Shanghai", rolling("12mo")))
		p.event(t, "feb29", "m", "purchase", "10", mustTime(t, "2024-02-29T12:00:00+08:00"))
		runChecks(t, p, []check{
			{"2025-02-28T11:59:59+08:00", map[string]int64{"m": 10}},
			{"2025-02-28T12:00:00+08:00", map[string]int64{"m": 0}},
		})
	})
	t.Run("day across daylight saving time", func(t *testing.T) {
		p := newProgram(t, setExpiry("America/New_York", rolling("1d")))
		// Clocks go forward at 02:00 on 9 March 2025: noon to noon is 23 hours.
		p.event(t, "dst", "m", "purchase", "10", mustTime(t, "2025-03-08T12:00:00-05:00"))
		runChecks(t, p, []check{
			{"2025-03-09T11:59:59-04:00", map[string]int64{"m": 10}},
			{"2025-03-09T12:00:00-04:00", map[string]int64{"m": 0}},
		})
	})
}

// An EarnRule's own expiry overrides the program's, for the points that rule awards.
func TestPerRuleExpiryOverrides(t *testing.T) {
	week := rolling("7d")
	never := v1alpha1.LotExpiry{Policy: v1alpha1.ExpiryNever}
	p := newProgram(t, func(in *ruleset.Input) {
		setExpiry("Asia/Shanghai", yearly(12, 31, 1))(in)
		for i := range in.Rules {
			switch in.Rules[i].Name {
			case "sign-in":
				in.Rules[i].Spec.Expiry = &week
			case "review":
				in.Rules[i].Spec.Expiry = &never
			}
		}
	})
	at := mustTime(t, "2025-03-10T12:00:00+08:00")
	purchase := p.event(t, "buy", "m", "purchase", "30", at)
	signIn := p.event(t, "in", "m", "sign_in", "", at)
	review := p.event(t, "rev", "m", "review", "", at)
	if purchase != 30 || signIn != 5 || review != 20 {
		t.Fatalf("earned %d, %d, %d; want 30, 5, 20", purchase, signIn, review)
	}
	runChecks(t, p, []check{
		{"2025-03-17T11:59:59+08:00", map[string]int64{"m": 55}},
		{"2025-03-17T12:00:00+08:00", map[string]int64{"m": 50}}, // the sign-in's week is over
		{"2027-01-01T00:00:00+08:00", map[string]int64{"m": 20}}, // the purchase cleared with 2025
		{"2100-01-01T00:00:00+08:00", map[string]int64{"m": 20}}, // the review's points never expire
	})
}

func TestNeverExpires(t *testing.T) {
	p := newProgram(t, setExpiry("UTC", v1alpha1.LotExpiry{Policy: v1alpha1.ExpiryNever}))
	p.event(t, "e", "m", "purchase", "10", mustTime(t, "2020-01-01T00:00:00Z"))
	sum := p.expire(t, mustTime(t, "2100-01-01T00:00:00Z"))
	if sum.Expired.Points != 0 || sum.Notices.Notices != 0 || p.balance(t, "m") != 10 {
		t.Errorf("under Never: expired %+v, notices %+v, balance %d", sum.Expired, sum.Notices, p.balance(t, "m"))
	}
}

// The summary says what expired and what it was worth; a second run at the same time finds
// nothing; a dry run reports the same figures, per member, and changes nothing.
func TestExpirySummaryDryRunAndRerun(t *testing.T) {
	p := newProgram(t, setExpiry("UTC", rolling("30d")))
	at := mustTime(t, "2025-05-01T08:00:00Z")
	for i, m := range []string{"x", "y", "y"} {
		p.event(t, string(rune('a'+i)), m, "purchase", "100", at.Add(time.Duration(i)*time.Hour))
	}
	asOf := at.AddDate(0, 0, 31)
	opts := p.options(asOf)
	opts.DryRun = true
	dry, err := jobs.Expire(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if p.balance(t, "x") != 100 || p.balance(t, "y") != 200 {
		t.Fatal("a dry run changed balances")
	}
	wantMembers := []ledger.MemberExpiry{{Member: "x", Lots: 1, Points: 100}, {Member: "y", Lots: 2, Points: 200}}
	if len(dry.Members) != 2 || dry.Members[0] != wantMembers[0] || dry.Members[1] != wantMembers[1] {
		t.Errorf("dry run per member: %+v, want %+v", dry.Members, wantMembers)
	}
	// The coffee program's point is worth 0.10 CNY.
	if dry.Expired.Points != 300 || dry.Expired.Lots != 3 || dry.Expired.Members != 2 || dry.ExpiredValue != "30.00" || dry.Currency != "CNY" {
		t.Errorf("dry run: %+v, value %s %s; want 300 points in 3 lots of 2 members, 30.00 CNY", dry.Expired, dry.ExpiredValue, dry.Currency)
	}

	sum := p.expire(t, asOf)
	if sum.Expired.Points != dry.Expired.Points || sum.Expired.Lots != dry.Expired.Lots || sum.Expired.Members != dry.Expired.Members || sum.ExpiredValue != dry.ExpiredValue {
		t.Errorf("run %+v %s differs from its dry run %+v %s", sum.Expired, sum.ExpiredValue, dry.Expired, dry.ExpiredValue)
	}
	again := p.expire(t, asOf)
	if again.Expired.Points != 0 || again.Expired.Lots != 0 {
		t.Errorf("a second run expired %+v", again.Expired)
	}
	daily, err := p.ledger.Daily(context.Background(), asOf, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if len(daily) != 1 || daily[0].Expired != 300 {
		t.Errorf("daily report on the day of expiry: %+v, want 300 expired", daily)
	}
	p.verify(t)
}

// A member is told once per lot that points expire within the notice window: each run
// announces only the lots that entered the window since the last.
func TestExpiryNoticesOncePerLot(t *testing.T) {
	p := newProgram(t, func(in *ruleset.Input) {
		setExpiry("UTC", rolling("40d"))(in)
		days := int32(30)
		in.Program.Spec.Expiry.NoticeDays = &days
	})
	day0 := mustTime(t, "2025-01-01T00:00:00Z")
	day := func(n int) time.Time { return day0.AddDate(0, 0, n) }
	p.event(t, "m-1", "m", "purchase", "10", day(0)) // expires on day 40
	p.event(t, "n-1", "n", "purchase", "20", day(0)) // expires on day 40
	p.event(t, "m-2", "m", "purchase", "30", day(5)) // expires on day 45

	notices := func() []ledger.Notice {
		t.Helper()
		ns, _, err := p.ledger.Notices(context.Background(), 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		return ns
	}
	if sum := p.expire(t, day(9)); sum.Notices.Notices != 0 || len(notices()) != 0 {
		t.Fatalf("day 9: nothing expires within 30 days, but %+v", sum.Notices)
	}
	sum := p.expire(t, day(10))
	if sum.Notices.Notices != 2 || sum.Notices.Lots != 2 || sum.Notices.Points != 30 {
		t.Errorf("day 10: %+v; want notices for m and n, 30 points in 2 lots", sum.Notices)
	}
	if again := p.expire(t, day(10)); again.Notices.Notices != 0 {
		t.Errorf("a second run on day 10 recorded %d notices again", again.Notices.Notices)
	}
	if sum := p.expire(t, day(15)); sum.Notices.Notices != 1 || sum.Notices.Points != 30 {
		t.Errorf("day 15: %+v; want one notice for m's second lot", sum.Notices)
	}
	p.expire(t, day(41)) // the first lots expire; nothing is announced twice
	ns := notices()
	if len(ns) != 3 {
		t.Fatalf("%d notices in all, want 3: %+v", len(ns), ns)
	}
	var first ledger.ExpiringPoints
	if err := json.Unmarshal(ns[0].Data, &first); err != nil {
		t.Fatal(err)
	}
	if ns[0].Kind != ledger.NoticePointsExpiring || ns[0].Member != "m" || first.Points != 10 || !first.ExpiresAt.Equal(day(40)) ||
		first.CashValue != "1.00" || first.Currency != "CNY" || len(first.Lots) != 1 {
		t.Errorf("first notice: %+v %+v", ns[0], first)
	}
	if p.balance(t, "m") != 30 || p.balance(t, "n") != 0 {
		t.Errorf("after day 41: m %d, n %d; want 30 and 0", p.balance(t, "m"), p.balance(t, "n"))
	}
}
