package simulate_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/simulate"
	"github.com/tally-operator/tally/internal/testenv"
)

var pg *testenv.Postgres

func TestMain(m *testing.M) {
	var err error
	pg, err = testenv.StartPostgres()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = pg.Stop()
	os.Exit(code)
}

const programYAML = `apiVersion: loyalty.tally.dev/v1alpha1
kind: PointsProgram
metadata:
  name: rewards
spec:
  displayName: Rewards
  currency: CNY
  pointValue: "0.10"
  timeZone: Asia/Shanghai
  database:
    ledgerDatabase: shared
`

// The active rule set: points per CNY with tier multipliers, a capped daily sign-in, reviews,
// a big-basket bonus, a streak badge, a VIP extra and a birthday-month bonus.
const rulesYAML = `apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: purchase
spec:
  programRef: {name: rewards}
  eventType: purchase
  points:
    perUnit: {field: amount, unit: "1", points: "1"}
    rounding: Down
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: sign-in
spec:
  programRef: {name: rewards}
  eventType: sign_in
  points: {fixed: 5}
  applyTierMultiplier: false
  caps:
  - {period: Day, maxPoints: 15}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: streak
spec:
  programRef: {name: rewards}
  eventType: sign_in
  condition: member.streak['sign_in'] >= 5
  points: {fixed: 40}
  applyTierMultiplier: false
  badge: {name: 5-day streak}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: vip
spec:
  programRef: {name: rewards}
  eventType: purchase
  condition: "'vip' in member.segments"
  points:
    perUnit: {field: amount, unit: "10", points: "1"}
    rounding: Down
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: birthday-month
spec:
  programRef: {name: rewards}
  eventType: purchase
  condition: member.isBirthdayMonth(event.occurredAt)
  points: {fixed: 50}
  applyTierMultiplier: false
  caps:
  - {period: Month, maxCount: 1}
`

const reviewYAML = `apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: review
spec:
  programRef: {name: rewards}
  eventType: review
  points: {fixed: 20}
  applyTierMultiplier: false
`

const bonusYAML = `apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: big-basket
spec:
  programRef: {name: rewards}
  eventType: purchase
  condition: event.amount >= 300.0
  points: {fixed: 30}
`

const tiersYAML = `apiVersion: loyalty.tally.dev/v1alpha1
kind: TierPolicy
metadata:
  name: tiers
spec:
  programRef: {name: rewards}
  metric: PointsEarned
  window: {type: Rolling, months: 1}
  tiers:
  - {name: Silver, threshold: %d, earnMultiplier: "1.25"}
  - {name: Gold, threshold: %d, earnMultiplier: "%s"}
  review:
    schedule: "0 4 1 * *"
    validityMonths: 1
    graceMonths: 0
    downgrade: OneLevel
`

// The proposal: Gold earns double but starts at 5,000 points, Silver starts at 800, reviews
// are capped at two a week, and the big-basket bonus is gone.
const cappedReviewYAML = reviewYAML + `  caps:
  - {period: Week, maxCount: 2}
`

func activeFiles() map[string]string {
	return map[string]string{"program.yaml": programYAML, "rules.yaml": rulesYAML, "review.yaml": reviewYAML,
		"bonus.yaml": bonusYAML, "tiers.yaml": fmt.Sprintf(tiersYAML, 1000, 3000, "1.5")}
}

func proposedFiles() map[string]string {
	return map[string]string{"program.yaml": programYAML, "rules.yaml": rulesYAML, "review.yaml": cappedReviewYAML,
		"tiers.yaml": fmt.Sprintf(tiersYAML, 800, 5000, "2")}
}

// A month of 10,000 members' recorded activity, after a week before it, simulated with a
// proposed rule set, gives what the ledger gives when it takes the same operations at the
// same times with that rule set active: the same points per rule, reversals, liability and
// tiers, and the same members affected. The replay with the active rule set gives what the
// ledger recorded.
func TestSimulationIsTheLedgerWithTheProposal(t *testing.T) {
	ctx := context.Background()
	active, proposed := compile(t, activeFiles()), compile(t, proposedFiles())
	before, after := mustEngine(t, active), mustEngine(t, proposed)
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, shanghai)
	start, end := from.AddDate(0, 0, -14), from.AddDate(0, 1, 0)
	review := time.Date(2026, 11, 29, 4, 0, 0, 0, shanghai) // tiers last a month: those of October are due
	w := newWorkload(10000, start, 44, 14, 0.7, 1)

	// Ledger A lives the period with the active rule set; ledger B switches to the proposal
	// when the period begins.
	var clockA, clockB time.Time
	la, poolA := newProgram(t, pg, &clockA)
	lb, poolB := newProgram(t, pg, &clockB)
	clockA, clockB = start.Add(-time.Hour), start.Add(-time.Hour)
	for _, l := range []*ledger.Ledger{la, lb} {
		if err := l.Publish(ctx, active); err != nil {
			t.Fatal(err)
		}
	}
	w.importProfiles(t, la)
	w.importProfiles(t, lb)
	w.record(t, la, &clockA, before, start, from)
	w.record(t, lb, &clockB, before, start, from)
	clockB = from
	if err := lb.Publish(ctx, proposed); err != nil {
		t.Fatal(err)
	}
	refusedA := w.record(t, la, &clockA, before, from, review)
	refusedB := w.record(t, lb, &clockB, after, from, review)
	clockA, clockB = review, review
	reviewedA, err := la.ReviewTiers(ctx, before, review, 1000, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	reviewedB, err := lb.ReviewTiers(ctx, after, review, 1000, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("tier reviews: %+v with the active rules, %+v with the proposal", reviewedA, reviewedB)
	for k, n := range w.record(t, la, &clockA, before, review, end) {
		refusedA[k] += n
	}
	for k, n := range w.record(t, lb, &clockB, after, review, end) {
		refusedB[k] += n
	}
	if refusedA["redeem"]+refusedB["redeem"] > 0 {
		t.Fatalf("the workload's redemptions must all be covered: refused %d and %d", refusedA["redeem"], refusedB["redeem"])
	}

	snapshot := tableCounts(t, poolA)
	report, err := simulate.Run(ctx, poolA, simulate.Options{Schema: "program", From: from, To: end, Proposed: proposed})
	if err != nil {
		t.Fatal(err)
	}
	if got := tableCounts(t, poolA); got != snapshot {
		t.Fatalf("the simulation changed the ledger: %s, then %s", snapshot, got)
	}
	replayed := replayedMembers(t, poolA, from)
	a, b := books(t, poolA, from, replayed), books(t, poolB, from, replayed)
	t.Logf("%d events, %d reversals, %d members; issued %d → %d, liability %d → %d, %d tier changes, %d members affected",
		report.Events, report.Reversals, report.Members, report.Issued.Before, report.Issued.After,
		report.Liability.Before, report.Liability.After, report.TierChanges, report.MembersAffected)
	if report.Reviews != 1 || reviewedA.Downgraded+reviewedB.Downgraded == 0 {
		t.Fatalf("the period's review: %d in the report; downgraded %d and %d members", report.Reviews, reviewedA.Downgraded, reviewedB.Downgraded)
	}
	if report.Events < 100000 {
		t.Fatalf("the workload recorded only %d events", report.Events)
	}

	// Points per rule.
	seen := map[string]bool{}
	for _, r := range report.Rules {
		seen[r.Rule] = true
		if r.Before.Points != a.issued[r.Rule] || r.Recorded.Points != a.issued[r.Rule] {
			t.Errorf("rule %s: replayed with the active rules %d points, recorded %d; the ledger issued %d", r.Rule, r.Before.Points, r.Recorded.Points, a.issued[r.Rule])
		}
		if r.After.Points != b.issued[r.Rule] {
			t.Errorf("rule %s: simulated %d points; the ledger with the proposal issued %d", r.Rule, r.After.Points, b.issued[r.Rule])
		}
	}
	for rule := range a.issued {
		if !seen[rule] {
			t.Errorf("rule %s issued points but is not in the report", rule)
		}
	}
	check := func(what string, got, want int64) {
		t.Helper()
		if got != want {
			t.Errorf("%s: simulated %d, the ledger %d", what, got, want)
		}
	}
	check("issued before", report.Issued.Before, a.total)
	check("issued after", report.Issued.After, b.total)
	check("reversed before", report.Reversed.Before, a.reversed)
	check("reversed after", report.Reversed.After, b.reversed)
	check("liability before", report.Liability.Before, a.liability)
	check("liability after", report.Liability.After, b.liability)
	// What the ledger refused it did not record, so a simulation cannot see it: the workload
	// asks for nothing that either rule set refuses.
	check("refused by the ledger", int64(refusedA["event"]+refusedA["reverse"]+refusedB["event"]+refusedB["reverse"]), 0)
	check("refused before", int64(report.Refused[0]), 0)
	check("refused after", int64(report.Refused[1]), 0)
	check("short", int64(report.Short[0]+report.Short[1]), 0)
	for _, tr := range report.Tiers {
		check("members in tier "+tr.Tier+" before", int64(tr.Before), int64(a.tiers[tr.Tier]))
		check("members in tier "+tr.Tier+" after", int64(tr.After), int64(b.tiers[tr.Tier]))
	}
	var affected int
	var most int64
	for m, p := range a.earned {
		if d := b.earned[m] - p; d != 0 {
			affected++
			most = max(most, abs(d))
		}
	}
	check("members affected", int64(report.MembersAffected), int64(affected))
	if len(report.MostAffected) == 0 || abs(report.MostAffected[0].Delta) != most {
		t.Errorf("the most affected member: %+v, want a change of %d points", report.MostAffected, most)
	}

	// The proposal's four changes each show.
	rule := func(name string) simulate.RuleRow {
		for _, r := range report.Rules {
			if r.Rule == name {
				return r
			}
		}
		t.Fatalf("no rule %s in the report", name)
		return simulate.RuleRow{}
	}
	if r := rule("big-basket"); r.ModeAfter != "" || r.After.Points != 0 || r.Before.Points == 0 {
		t.Errorf("the removed rule: %+v", r)
	}
	if r := rule("review"); r.After.Capped == 0 || r.Before.Capped != 0 || r.After.Points >= r.Before.Points {
		t.Errorf("the capped rule: %+v", r)
	}
	if r := rule("purchase"); r.After.Points == r.Before.Points {
		t.Errorf("Gold's multiplier and the tiers' thresholds change no purchase points: %+v", r)
	}
	if report.TierChanges == 0 || len(report.TierMoves) < 2 {
		t.Errorf("the new thresholds move no member, or only one way: %+v", report.TierMoves)
	}
	if t.Failed() {
		firstDifferences(t, poolA, poolB, after, from, end)
	}
}

// firstDifferences logs the first events whose replay with eng, from the history of the
// ledger at poolA, earned other points than the ledger at poolB recorded for them.
func firstDifferences(t *testing.T, poolA, poolB *pgxpool.Pool, eng *engine.Engine, from, end time.Time) {
	ctx := context.Background()
	h, err := ledger.ReadHistory(ctx, poolA, "program", from, end, ledger.HistoryOptions{Location: shanghai, UsageFrom: ledger.UsageFrom(eng, from), Activity: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	h.Replay(eng, func(r *ledger.Replayed) {
		if n >= 5 {
			return
		}
		var raw []byte
		key := "event:" + r.Event.ID
		if r.Reversal {
			if err := poolB.QueryRow(ctx, `SELECT points FROM program.postings WHERE kind = 'reverse' AND event_id = $1 AND created_at = $2`, r.Event.ID, r.At).Scan(new(int64)); err != nil {
				n++
				t.Logf("reversal of %s at %s: replayed %+v (%v); the ledger: %v", r.Event.ID, r.At, r.Result.Points, r.Err, err)
			}
			return
		}
		if err := poolB.QueryRow(ctx, `SELECT response FROM program.idempotency WHERE key = $1`, key).Scan(&raw); err != nil {
			t.Fatal(err)
		}
		rec, _ := ledger.DecodeResult(raw)
		if r.Err != nil || fmt.Sprint(r.Result.Earned.Awards) != fmt.Sprint(rec.Earned.Awards) || r.Result.Earned.Tier != rec.Earned.Tier {
			n++
			t.Logf("%s of %s at %s: replayed %+v (%v), tier %q → %q; the ledger %+v, tier %q → %q", r.Event.ID, r.Event.Member, r.At,
				r.Result.Earned, r.Err, r.Result.Earned.TierBefore, r.Result.Earned.Tier, rec.Earned.Awards, rec.Earned.TierBefore, rec.Earned.Tier)
		}
	})
}

// ledgerBooks are the period's figures as a ledger recorded them.
type ledgerBooks struct {
	issued    map[string]int64 // points credited by the period's events, per rule
	total     int64
	reversed  int64            // taken back by the period's reversals
	liability int64            // the members' available and held points
	tiers     map[string]int   // the tiers of the replayed members
	earned    map[string]int64 // per member: points of the period's events, penalties and reversals
}

// replayedMembers are the members a simulation from from replays: those with postings since,
// and, as a tier review ran, those with a tier or reviewed since.
func replayedMembers(t *testing.T, pool *pgxpool.Pool, from time.Time) []string {
	t.Helper()
	rows, err := pool.Query(context.Background(), `
		SELECT member_id FROM program.postings WHERE created_at >= $1
		UNION SELECT id FROM program.members WHERE tier <> ''
		UNION SELECT member_id FROM program.tier_reviews WHERE reviewed_at >= $1`, from)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func books(t *testing.T, pool *pgxpool.Pool, from time.Time, replayed []string) ledgerBooks {
	t.Helper()
	ctx := context.Background()
	b := ledgerBooks{issued: map[string]int64{}, tiers: map[string]int{}, earned: map[string]int64{}}
	rows, err := pool.Query(ctx, `
		SELECT e.rule, sum(e.amount) FROM program.postings p, unnest(p.entry_accounts, p.entry_amounts, p.entry_rules) AS e(account, amount, rule)
		WHERE p.created_at >= $1 AND p.kind = 'credit' AND p.idempotency_key = 'event:' || p.event_id AND e.account = 'member'
		GROUP BY 1`, from)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var rule string
		var n int64
		if err := rows.Scan(&rule, &n); err != nil {
			t.Fatal(err)
		}
		b.issued[rule] = n
		b.total += n
	}
	rows.Close()
	q := func(sql string, dst ...any) {
		if err := pool.QueryRow(ctx, sql, from).Scan(dst...); err != nil {
			t.Fatal(err)
		}
	}
	q(`SELECT coalesce(-sum(points), 0) FROM program.postings WHERE kind = 'reverse' AND created_at >= $1`, &b.reversed)
	var l int64
	if err := pool.QueryRow(ctx, `SELECT coalesce(sum(balance + held), 0) FROM program.members`).Scan(&l); err != nil {
		t.Fatal(err)
	}
	b.liability = l
	rows, err = pool.Query(ctx, `SELECT tier, count(*) FROM program.members WHERE id = ANY($1) GROUP BY 1`, replayed)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var tier string
		var n int
		if err := rows.Scan(&tier, &n); err != nil {
			t.Fatal(err)
		}
		b.tiers[tier] = n
	}
	rows.Close()
	rows, err = pool.Query(ctx, `
		SELECT member_id, sum(points) FROM program.postings
		WHERE created_at >= $1 AND (idempotency_key = 'event:' || event_id OR kind = 'reverse') GROUP BY 1`, from)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var m string
		var n int64
		if err := rows.Scan(&m, &n); err != nil {
			t.Fatal(err)
		}
		b.earned[m] = n
	}
	rows.Close()
	return b
}

// tableCounts sums up what the ledger holds, to show that a simulation wrote nothing.
func tableCounts(t *testing.T, pool *pgxpool.Pool) string {
	t.Helper()
	var s string
	err := pool.QueryRow(context.Background(), `SELECT concat_ws(' ',
		(SELECT count(*) FROM program.postings), (SELECT count(*) FROM program.idempotency), (SELECT count(*) FROM program.member_daily),
		(SELECT sum(balance) FROM program.members), (SELECT count(*) FROM program.member_badges), (SELECT count(*) FROM program.notices))`).Scan(&s)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
