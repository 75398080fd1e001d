package simulate_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/manifests"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/testenv"
)

var shanghai = mustZone("Asia/Shanghai")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// compile compiles the rule set of YAML files (name to content).
func compile(t testing.TB, files map[string]string) *ruleset.Ruleset {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	in, err := manifests.ReadDir(dir, "brand")
	if err != nil {
		t.Fatal(err)
	}
	rs, errs := ruleset.Compile(in)
	if len(errs) > 0 {
		t.Fatalf("compile: %v", errs)
	}
	return rs
}

func mustEngine(t testing.TB, rs *ruleset.Ruleset) *engine.Engine {
	t.Helper()
	e, err := engine.New(rs)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// opSpec is an operation of the workload, made into a ledger operation for a rule set by op.
type opSpec struct {
	kind                 string // event, reverse, redeem
	event                engine.Event
	eventID, amount, key string
	points               int64
	member               string
}

func (s opSpec) op(e *engine.Engine) ledger.Op {
	switch s.kind {
	case "reverse":
		return ledger.Reverse{Key: s.key, EventID: s.eventID, Points: s.points, Amount: s.amount, Engine: e}
	case "redeem":
		return ledger.Debit{Key: s.key, Member: s.member, Kind: ledger.DebitRedeem, Points: s.points, Reason: "redeem"}
	}
	return ledger.Earn{Event: s.event, Engine: e}
}

// batch is the operations the ledger takes at one time.
type batch struct {
	at  time.Time
	ops []opSpec
}

// workload is a program's activity over days: members who sign in (often several times a
// day, against a daily cap), buy and review, with a skewed activity (a few members active
// daily, most now and then), a few late events, refunds whole and in part some days after
// a purchase, and redemptions.
type workload struct {
	members  int
	vip      map[string]bool
	birthday map[string]string
	batches  []batch
}

// newWorkload makes the activity of members over days (in Shanghai) from first, with the
// number of events per member and day scaled by rate. A tenth of the members do nothing after
// the first phase days.
func newWorkload(members int, first time.Time, days, phase int, rate float64, seed uint64) *workload {
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	w := &workload{members: members, vip: map[string]bool{}, birthday: map[string]string{}}
	activity := make([]float64, members)
	for i := range activity {
		u := rng.Float64()
		activity[i] = rate * (0.03 + 0.9*u*u*u) // most members now and then, a few every day
		id := memberID(i)
		if rng.IntN(10) == 0 {
			w.vip[id] = true
		}
		if rng.IntN(20) == 0 {
			w.birthday[id] = fmt.Sprintf("%02d-%02d", 10+rng.IntN(2), 1+rng.IntN(28))
		}
	}
	later := map[int][]opSpec{} // reversals, by day
	// covered is at most the points a member has under either rule set (each purchase
	// earns at least its amount, less what a refund takes), so that redemptions never fail.
	covered := make([]int64, members)
	for d := range days {
		day := first.AddDate(0, 0, d)
		hours := make([][]opSpec, 24)
		spendable := slices.Clone(covered) // what was bought today may come after the redemption
		for i := range members {
			id := memberID(i)
			p := activity[i]
			if d >= phase && phase > 0 && i%10 == 0 { // a tenth of the members leave after the first phase
				continue
			}
			for n := 0; rng.Float64() < p && n < 4; n++ {
				h := rng.IntN(24)
				hours[h] = append(hours[h], event(id, "sign_in", "", day, h, rng))
			}
			if rng.Float64() < 0.6*p {
				h := rng.IntN(24)
				amount := strconv.FormatFloat(5+rng.Float64()*600, 'f', 2, 64)
				ev := event(id, "purchase", amount, day, h, rng)
				if d > 0 && rng.IntN(200) == 0 { // a till that was offline since yesterday
					ev.event.OccurredAt = ev.event.OccurredAt.AddDate(0, 0, -1)
				}
				hours[h] = append(hours[h], ev)
				f, _ := strconv.ParseFloat(amount, 64)
				covered[i] += int64(f)
				if rng.IntN(30) == 0 {
					covered[i] -= int64(f)
					rev := opSpec{kind: "reverse", eventID: ev.event.ID}
					switch rng.IntN(4) {
					case 0:
						rev.key = "reverse:" + ev.event.ID
					case 1:
						rev.key, rev.amount = "reverse:"+ev.event.ID+":half", halve(amount)
					case 2: // at least 10 points under any of the rules
						if f >= 10 {
							rev.key, rev.points = "reverse:"+ev.event.ID+":ten", 10
						} else {
							rev.key = "reverse:" + ev.event.ID
						}
					case 3:
						rev.key = "reverse:" + ev.event.ID
					}
					on := d + 1 + rng.IntN(4)
					later[on] = append(later[on], rev)
				}
			}
			if rng.Float64() < 0.15*p {
				h := rng.IntN(24)
				hours[h] = append(hours[h], event(id, "review", "", day, h, rng))
			}
			if spendable[i] >= 100 && rng.IntN(10) == 0 {
				covered[i] -= 30
				hours[20] = append(hours[20], opSpec{kind: "redeem", key: fmt.Sprintf("redeem:%s:%d", id, d), member: id, points: 30})
			}
		}
		hours[12] = append(hours[12], later[d]...)
		for h, ops := range hours {
			sort.SliceStable(ops, func(i, j int) bool { return ops[i].event.OccurredAt.Before(ops[j].event.OccurredAt) })
			for len(ops) > 0 {
				n := min(len(ops), 1000)
				w.batches = append(w.batches, batch{at: day.Add(time.Duration(h)*time.Hour + 59*time.Minute), ops: ops[:n]})
				ops = ops[n:]
			}
		}
	}
	return w
}

var eventSeq int

func event(member, typ, amount string, day time.Time, hour int, rng *rand.Rand) opSpec {
	eventSeq++
	at := day.Add(time.Duration(hour)*time.Hour + time.Duration(rng.IntN(3600))*time.Second)
	return opSpec{kind: "event", event: engine.Event{ID: fmt.Sprintf("e%07d", eventSeq), Type: typ, Member: member, Amount: amount, Currency: "CNY", OccurredAt: at}}
}

func memberID(i int) string { return fmt.Sprintf("member-%05d", i) }

// halve is half of a decimal amount with two decimals, rounded down.
func halve(amount string) string {
	f, _ := strconv.ParseFloat(amount, 64)
	return strconv.FormatFloat(float64(int64(f*100)/2)/100, 'f', 2, 64)
}

// record posts the workload's batches taken at or after from and before to, judged by e,
// and returns how many operations the ledger refused, by kind.
func (w *workload) record(t testing.TB, l *ledger.Ledger, clock *time.Time, e *engine.Engine, from, to time.Time) map[string]int {
	t.Helper()
	ctx := context.Background()
	refused := map[string]int{}
	for _, b := range w.batches {
		if b.at.Before(from) || !b.at.Before(to) {
			continue
		}
		*clock = b.at
		ops := make([]ledger.Op, len(b.ops))
		for i, s := range b.ops {
			ops[i] = s.op(e)
		}
		res, err := l.Post(ctx, ops)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range res {
			if r.Err != nil {
				if refused[b.ops[i].kind] == 0 {
					t.Logf("the ledger refused %s: %v", b.ops[i].kind, r.Err)
				}
				refused[b.ops[i].kind]++
			}
		}
	}
	return refused
}

// importProfiles gives the workload's members their segments and birthdays.
func (w *workload) importProfiles(t testing.TB, l *ledger.Ledger) {
	t.Helper()
	var profiles []ledger.ImportedProfile
	for i := range w.members {
		id := memberID(i)
		p := ledger.Profile{Birthday: w.birthday[id]}
		if w.vip[id] {
			p.Segments = append(p.Segments, "vip")
		}
		if p.Birthday != "" { // the coffee sample's birthday bonus is for its "members"
			p.Segments = append(p.Segments, "members")
		}
		profiles = append(profiles, ledger.ImportedProfile{Member: id, Profile: p})
	}
	if _, err := l.ImportProfiles(context.Background(), "test", profiles); err != nil {
		t.Fatal(err)
	}
}

// newProgram is a migrated, empty ledger in a fresh database, whose clock reads *clock.
func newProgram(t testing.TB, pg *testenv.Postgres, clock *time.Time) (*ledger.Ledger, *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	pool, err := ledger.NewPool(ctx, pg.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	if _, err := ledger.Migrate(ctx, pool, "program"); err != nil {
		t.Fatal(err)
	}
	l, err := ledger.New(pool, "program", ledger.Options{Location: shanghai, Now: func() time.Time { return *clock }})
	if err != nil {
		t.Fatal(err)
	}
	return l, pool
}

// november is November 2026 in Shanghai: the month the tests record and simulate.
var november = time.Date(2026, 11, 1, 0, 0, 0, 0, shanghai)

// recordMonth records a month (November) of members' activity at rate, judged by the rule
// set rs, in a fresh ledger, and returns the pool that reaches it.
func recordMonth(t testing.TB, rs *ruleset.Ruleset, members int, rate float64, seed uint64) *pgxpool.Pool {
	t.Helper()
	var clock time.Time
	l, pool := newProgram(t, pg, &clock)
	clock = november.Add(-time.Hour)
	if err := l.Publish(context.Background(), rs); err != nil {
		t.Fatal(err)
	}
	w := newWorkload(members, november, 30, 0, rate, seed)
	w.importProfiles(t, l)
	w.record(t, l, &clock, mustEngine(t, rs), november, november.AddDate(0, 1, 0))
	return pool
}
