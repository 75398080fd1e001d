package ledger

import (
	"testing"
	"time"
)

// Streaks count consecutive days with an event; a day counted twice, or a late event before
// the latest day, leaves them; the stored form reads back whole.
func TestActivityStreaks(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 4, d, 0, 0, 0, 0, time.UTC) }
	var as []activity
	var since int64
	for _, step := range []struct {
		day                        int
		since, count, streak, best int64
	}{
		{1, -1, 1, 1, 1},
		{1, 0, 2, 1, 1},
		{2, 1, 3, 2, 2},
		{3, 1, 4, 3, 3},
		{2, -1, 5, 3, 3}, // late: counts, leaves the streak
		{6, 3, 6, 1, 3},
		{7, 1, 7, 2, 3},
	} {
		as, since = recordActivity(as, "sign_in", "1.5", day(step.day))
		a := as[0]
		if since != step.since || a.count != step.count || a.streak != step.streak || a.best != step.best {
			t.Errorf("after day %d: since %d, %+v; want since %d, count %d, streak %d, best %d", step.day, since, a, step.since, step.count, step.streak, step.best)
		}
	}
	if as[0].total != 10.5 {
		t.Errorf("total %v, want 10.5", as[0].total)
	}
	as, _ = recordActivity(as, "review", "", day(7))
	back, err := decodeActivity(encodeActivity(as))
	if err != nil || len(back) != 2 || back[0] != as[0] || back[1] != as[1] {
		t.Errorf("read back %+v, %v; want %+v", back, err, as)
	}
	raw := encodeActivity(as)
	for n := range len(raw) {
		if n > 0 {
			if _, err := decodeActivity(raw[:n]); err == nil {
				t.Errorf("the first %d of %d bytes read as activity", n, len(raw))
			}
		}
	}
	// As rules see them on day 9: the sign-in streak ended with day 8 passing without one.
	rules := forRules(as, "review", 0, day(9))
	if r := rules["sign_in"]; r.Streak != 0 || r.Best != 3 || r.Count != 7 || r.DaysSince != 2 {
		t.Errorf("sign_in as rules see it two days later: %+v", r)
	}
}
