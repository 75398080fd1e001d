package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/testenv"
)

// sampleEngine compiles a brand's sample program.
func sampleEngine(t testing.TB, brand string) *engine.Engine {
	t.Helper()
	e, err := engine.New(testenv.SampleRuleset(t, brand))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func event(e *engine.Engine, id, member, typ, amount string, at time.Time) ledger.Earn {
	return ledger.Earn{Engine: e, Event: engine.Event{ID: id, Member: member, Type: typ, Amount: amount, Currency: "CNY", OccurredAt: at}}
}

func TestEarnCoffee(t *testing.T) {
	shanghai, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, shanghai)
	c := &clock{t: now}
	l, _ := newLedger(t, ledger.Options{Location: shanghai, Now: c.now})
	e := sampleEngine(t, "coffee")

	// A purchase earns a point per whole CNY, expiring at the end of next year's 31 December.
	res := mustPost(t, l, event(e, "order-1", "m-1", "purchase", "128.50", now))
	if res.Points != 128 || res.Balance != 128 || len(res.Earned.Awards) != 1 || res.Earned.RulesetVersion != e.Ruleset().Version {
		t.Fatalf("purchase: %+v %+v", res, res.Earned)
	}
	if want := time.Date(2028, 1, 1, 0, 0, 0, 0, shanghai); !res.Earned.Awards[0].ExpiresAt.Equal(want) {
		t.Errorf("expires %v, want %v", res.Earned.Awards[0].ExpiresAt, want)
	}
	// The same event again earns nothing more; the same id with another body is a conflict.
	again := mustPost(t, l, event(e, "order-1", "m-1", "purchase", "128.50", now))
	if !again.Replayed || again.Points != 128 || balance(t, l, "m-1").Available != 128 {
		t.Errorf("replay: %+v, balance %d", again, balance(t, l, "m-1").Available)
	}
	if r := post(t, l, event(e, "order-1", "m-1", "purchase", "999", now)); !errors.Is(r.Err, ledger.ErrIdempotencyConflict) {
		t.Errorf("same id, other amount: %v", r.Err)
	}

	// Sign-ins: 5 points each, at most 15 a day, counted per day in Shanghai.
	var got []int64
	for i := range 4 {
		got = append(got, mustPost(t, l, event(e, fmt.Sprint("sign-in-", i), "m-1", "sign_in", "", now)).Points)
	}
	if fmt.Sprint(got) != "[5 5 5 0]" {
		t.Errorf("sign-ins earned %v, want [5 5 5 0]", got)
	}
	// Shanghai's next day starts at 16:00 UTC: the cap is fresh.
	tomorrow := time.Date(2026, 11, 24, 0, 30, 0, 0, shanghai)
	if r := mustPost(t, l, event(e, "sign-in-next-day", "m-1", "sign_in", "", tomorrow)); r.Points != 5 {
		t.Errorf("next day's sign-in earned %d", r.Points)
	}

	// Four sign-ins in one batch share the cap too.
	var ops []ledger.Op
	for i := range 4 {
		ops = append(ops, event(e, fmt.Sprint("batched-", i), "m-2", "sign_in", "", now))
	}
	results, err := l.Post(context.Background(), ops)
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	for _, r := range results {
		total += r.Points
	}
	if total != 15 {
		t.Errorf("a batch of four sign-ins earned %d, want 15", total)
	}

	// Reaching 1000 points earned in the window makes the member Silver at once; the next
	// purchase earns 1.25 points per CNY.
	up := mustPost(t, l, event(e, "order-2", "m-1", "purchase", "900", now))
	if up.Earned.Tier != "Silver" || !up.Earned.TierChanged {
		t.Errorf("after 1,048 points: %+v", up.Earned)
	}
	if r := mustPost(t, l, event(e, "order-3", "m-1", "purchase", "100", now)); r.Points != 125 || r.Earned.Tier != "Silver" || r.Earned.TierChanged {
		t.Errorf("Silver purchase of 100 CNY earned %d (%+v)", r.Points, r.Earned)
	}
	// An event no rule matches is still recorded, earning nothing.
	if r := mustPost(t, l, event(e, "share-1", "m-1", "share", "", now)); r.Points != 0 || len(r.Earned.Awards) != 0 {
		t.Errorf("share: %+v", r)
	}
	verify(t, l)
}

func TestEarnPenalty(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	e := sampleEngine(t, "fashion")
	for _, allow := range []bool{true, false} {
		t.Run(fmt.Sprint("allow negative ", allow), func(t *testing.T) {
			l, _ := newLedger(t, ledger.Options{AllowNegative: allow, Now: func() time.Time { return now }})
			mustPost(t, l, event(e, "order-1", "m-1", "purchase", "30", now))
			res := mustPost(t, l, event(e, "refused-1", "m-1", "delivery_refused", "", now))
			want, short := int64(-50), int64(0)
			if !allow {
				want, short = -30, 20
			}
			if res.Points != want || res.Shortfall != short || res.Balance != 30+want {
				t.Errorf("penalty: %+v, want points %d shortfall %d", res, want, short)
			}
			// Points earned later pay the debt first.
			if r := mustPost(t, l, event(e, "order-2", "m-1", "purchase", "100", now)); r.Balance != 30+want+100 {
				t.Errorf("after the next purchase: %+v", r)
			}
			verify(t, l)
		})
	}
}

// Many concurrent sign-ins of one member, in batches and alone: the daily cap holds exactly.
func TestEarnCapUnderConcurrency(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	l, _ := newLedger(t, ledger.Options{Now: func() time.Time { return now }})
	e := sampleEngine(t, "coffee")
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := range 5 {
				ops := []ledger.Op{event(e, fmt.Sprint("w", w, "-", i, "a"), "m-1", "sign_in", "", now),
					event(e, fmt.Sprint("w", w, "-", i, "b"), "m-1", "sign_in", "", now)}
				if _, err := l.Post(context.Background(), ops); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if b := balance(t, l, "m-1"); b.Available != 15 {
		t.Errorf("80 sign-ins earned %d, want the cap of 15", b.Available)
	}
	verify(t, l)
}

// TestCapsCountEarlierBatchesOfManyMembers posts sign-ins for a hundred members in two
// batches. The sign-in rule caps a day at 15 points (three sign-ins of 5): what the first
// batch earned is read back for all hundred members at once when the second is evaluated, and
// the second may award each member one more sign-in only.
func TestCapsCountEarlierBatchesOfManyMembers(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	l, _ := newLedger(t, ledger.Options{})
	e := sampleEngine(t, "coffee")
	const members = 100
	signIns := func(round int) []ledger.Op {
		var ops []ledger.Op
		for m := range members {
			for n := range 2 {
				ops = append(ops, event(e, fmt.Sprintf("sign-in-%d-%d-%d", round, m, n), fmt.Sprint("many-", m), "sign_in", "", now))
			}
		}
		return ops
	}
	for round, want := range []int64{10, 5} {
		results, err := l.Post(ctx, signIns(round))
		if err != nil {
			t.Fatal(err)
		}
		earned := map[string]int64{}
		for i, r := range results {
			if r.Err != nil {
				t.Fatalf("round %d, op %d: %v", round, i, r.Err)
			}
			earned[r.Member] += r.Points
		}
		for m := range members {
			if got := earned[fmt.Sprint("many-", m)]; got != want {
				t.Errorf("round %d: many-%d earned %d points, want %d", round, m, got, want)
			}
		}
	}
}
