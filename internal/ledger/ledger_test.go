package ledger_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
)

func TestMigrationsRunOnceWhenStartedTogether(t *testing.T) {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, pg.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var wg sync.WaitGroup
	applied := make([][]int, 6)
	errs := make([]error, 6)
	for i := range applied {
		wg.Add(1)
		go func() {
			defer wg.Done()
			applied[i], errs[i] = ledger.Migrate(ctx, pool, "brand")
		}()
	}
	wg.Wait()
	total := 0
	for i := range applied {
		if errs[i] != nil {
			t.Fatalf("migration %d: %v", i, errs[i])
		}
		total += len(applied[i])
	}
	ms, _ := ledger.Migrations()
	if total != len(ms) {
		t.Errorf("six concurrent runs applied %d migrations in all; want each of the %d once", total, len(ms))
	}
	again, err := ledger.Migrate(ctx, pool, "brand")
	if err != nil || len(again) != 0 {
		t.Errorf("a second run applied %v (%v); want nothing", again, err)
	}
	if _, err := ledger.Migrate(ctx, pool, "Bad-Schema"); err == nil {
		t.Error("a schema name that is not a plain identifier was accepted")
	}
}

func TestProgramsInOneDatabaseDoNotSeeEachOther(t *testing.T) {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, pg.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	for _, s := range []string{"coffee", "fashion"} {
		if _, err := ledger.Migrate(ctx, pool, s); err != nil {
			t.Fatal(err)
		}
	}
	coffee, _ := ledger.New(pool, "coffee", ledger.Options{})
	fashion, _ := ledger.New(pool, "fashion", ledger.Options{})
	mustPost(t, coffee, earn("e1", "alice", 100))
	if got := balance(t, fashion, "alice").Available; got != 0 {
		t.Errorf("fashion sees %d points of coffee's member", got)
	}
	// The same idempotency key in another program is another request.
	if res := mustPost(t, fashion, earn("e1", "alice", 7)); res.Replayed {
		t.Error("a key of one program replayed in another")
	}
}

func TestDebitTakesSoonestExpiringLotsFirst(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	now := time.Now().UTC()
	in10, in40 := now.Add(10*24*time.Hour), now.Add(40*24*time.Hour)
	mustPost(t, l, ledger.Credit{Key: "never", Member: "m", OccurredAt: now, Awards: []ledger.Award{{Rule: "a", Points: 50}}})
	mustPost(t, l, ledger.Credit{Key: "late", Member: "m", OccurredAt: now, Awards: []ledger.Award{{Rule: "b", Points: 30, ExpiresAt: &in40}}})
	mustPost(t, l, ledger.Credit{Key: "soon", Member: "m", OccurredAt: now, Awards: []ledger.Award{{Rule: "c", Points: 20, ExpiresAt: &in10}}})

	b := balance(t, l, "m")
	if b.Available != 100 || b.Expiring != 20 {
		t.Fatalf("balance %+v; want 100 available, 20 expiring within 30 days", b)
	}
	res := mustPost(t, l, ledger.Debit{Key: "spend", Member: "m", Kind: ledger.DebitRedeem, Points: 35})
	if res.Balance != 65 || res.Points != -35 {
		t.Errorf("debit result %+v; want balance 65, points -35", res)
	}
	lots, err := l.Lots(context.Background(), "m")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, lt := range lots {
		got[lt.Rule] = lt.Remaining
	}
	// 20 from the lot expiring in 10 days, 15 from the one in 40 days, none from the lot that never expires.
	if got["c"] != 0 || got["b"] != 15 || got["a"] != 50 {
		t.Errorf("lot remainders %v; want c:0 b:15 a:50", got)
	}
	verify(t, l)
}

// A retried operation whose first attempt succeeded would fail if applied again (the
// redemption exists, the event is fully reversed, the points are spent): the retry still gets
// the first result, and a different request under the same key still gets a conflict.
func TestRetriesThatWouldNowFailReplay(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	mustPost(t, l, earn("order-1", "m", 100))
	ops := []ledger.Op{
		ledger.Redeem{Key: "redeem-1", RedemptionID: "r-1", Member: "m", SKU: "mug", Quantity: 1, Points: 30},
		ledger.Debit{Key: "spend-1", Member: "m", Kind: ledger.DebitRedeem, Points: 70},
		ledger.Reverse{Key: "refund-1", EventID: "order-1"},
	}
	var first []ledger.Result
	for _, op := range ops {
		first = append(first, mustPost(t, l, op))
	}
	for n, op := range ops {
		again := post(t, l, op)
		if again.Err != nil || !again.Replayed || again.PostingID != first[n].PostingID {
			t.Errorf("retry of %T: %+v (error %v); want posting %d replayed", op, again, again.Err, first[n].PostingID)
		}
	}
	other := post(t, l, ledger.Redeem{Key: "redeem-1", RedemptionID: "r-2", Member: "m", SKU: "mug", Quantity: 1, Points: 30})
	if !errors.Is(other.Err, ledger.ErrIdempotencyConflict) {
		t.Errorf("another redemption under key redeem-1: %v; want an idempotency conflict", other.Err)
	}
	verify(t, l)
}

func TestIdempotencyKeys(t *testing.T) {
	l, pool := newLedger(t, ledger.Options{})
	ctx := context.Background()
	first := mustPost(t, l, earn("order-1", "m", 100))
	again := mustPost(t, l, earn("order-1", "m", 100))
	if !again.Replayed || again.PostingID != first.PostingID || again.Balance != 100 {
		t.Errorf("retry %+v; want the first result (posting %d, balance 100) replayed", again, first.PostingID)
	}
	if b := balance(t, l, "m").Available; b != 100 {
		t.Errorf("balance %d after a retry; want 100", b)
	}
	conflict := post(t, l, earn("order-1", "m", 999))
	if !errors.Is(conflict.Err, ledger.ErrIdempotencyConflict) {
		t.Errorf("same key, different request: %v; want an idempotency conflict", conflict.Err)
	}
	// A failed operation leaves no trace: its key can be used again once it can succeed.
	short := post(t, l, ledger.Debit{Key: "spend-1", Member: "m", Kind: ledger.DebitRedeem, Points: 150})
	if !errors.Is(short.Err, ledger.ErrInsufficientBalance) {
		t.Fatalf("overspend: %v; want insufficient balance", short.Err)
	}
	mustPost(t, l, earn("order-2", "m", 100))
	if res := post(t, l, ledger.Debit{Key: "spend-1", Member: "m", Kind: ledger.DebitRedeem, Points: 150}); res.Err != nil || res.Replayed {
		t.Errorf("retry of a failed debit after earning more: %+v", res)
	}
	// Results stored before migration 0008 are jsonb in the result column, and until the
	// binary form, JSON bytes in response; a retry of either still gets it back.
	firstJSON, err := json.Marshal(first)
	if err != nil {
		t.Fatal(err)
	}
	for _, old := range []struct{ form, sql string }{
		{"jsonb", `UPDATE program.idempotency SET result = $1::jsonb, response = NULL WHERE key = 'order-1'`},
		{"JSON bytes", `UPDATE program.idempotency SET result = NULL, response = convert_to($1, 'UTF8') WHERE key = 'order-1'`},
	} {
		if tag, err := pool.Exec(ctx, old.sql, string(firstJSON)); err != nil || tag.RowsAffected() != 1 {
			t.Fatalf("storing the result of order-1 as %s: %v, %v", old.form, tag, err)
		}
		if r := mustPost(t, l, earn("order-1", "m", 100)); !r.Replayed || r.PostingID != first.PostingID || r.Balance != 100 || r.Member != "m" {
			t.Errorf("retry of a result stored as %s: %+v; want the first result (posting %d, balance 100) replayed", old.form, r, first.PostingID)
		}
	}
	// Duplicates inside one batch are applied once.
	res, err := l.Post(ctx, []ledger.Op{earn("order-3", "m", 10), earn("order-3", "m", 10)})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil || !res[1].Replayed || res[1].PostingID != res[0].PostingID {
		t.Errorf("duplicate in a batch: %+v", res)
	}
	var postings int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM program.postings`).Scan(&postings); err != nil {
		t.Fatal(err)
	}
	if postings != 4 {
		t.Errorf("%d postings; want 4 (three credits and one debit)", postings)
	}
	verify(t, l)
}

// The same keys sent at once from many callers, each in a batch with other work: each key is
// applied once, every caller gets the same posting, and a key reused for another member's
// request is refused as a conflict, not applied twice.
//
// It runs with batches below and above the size from which new rows are written with COPY.
func TestConcurrentRetriesApplyOnce(t *testing.T) {
	for _, keys := range []int{20, ledger.CopyFrom} {
		t.Run(fmt.Sprintf("%d keys", keys), func(t *testing.T) { concurrentRetriesApplyOnce(t, keys) })
	}
}

func concurrentRetriesApplyOnce(t *testing.T, keys int) {
	l, pool := newLedger(t, ledger.Options{})
	ctx := context.Background()
	const callers = 8
	results := make([][]ledger.Result, callers)
	var wg sync.WaitGroup
	for c := range callers {
		wg.Go(func() {
			var ops []ledger.Op
			for k := range keys {
				// Callers 0..3 send the request for member a-k, callers 4..7 the same key for b-k.
				member := fmt.Sprintf("a-%d", k)
				if c >= callers/2 {
					member = fmt.Sprintf("b-%d", k)
				}
				ops = append(ops, earn(fmt.Sprintf("shared-%d", k), member, 10), earn(fmt.Sprintf("own-%d-%d", c, k), "c", 1))
			}
			res, err := l.Post(ctx, ops)
			if err != nil {
				t.Error(err)
				return
			}
			results[c] = res
		})
	}
	wg.Wait()
	for k := range keys {
		var posting int64
		applied, conflicts := 0, 0
		for c := range callers {
			r := results[c][2*k]
			switch {
			case r.Err == nil:
				if posting != 0 && r.PostingID != posting {
					t.Errorf("key shared-%d: postings %d and %d", k, posting, r.PostingID)
				}
				posting = r.PostingID
				if !r.Replayed {
					applied++
				}
			case errors.Is(r.Err, ledger.ErrIdempotencyConflict):
				conflicts++
			default:
				t.Errorf("key shared-%d, caller %d: %v", k, c, r.Err)
			}
		}
		if applied != 1 || conflicts != callers/2 {
			t.Errorf("key shared-%d: applied %d times with %d conflicts; want once, with %d conflicts", k, applied, conflicts, callers/2)
		}
	}
	var shared, own int
	if err := pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE idempotency_key LIKE 'shared-%'), count(*) FILTER (WHERE idempotency_key LIKE 'own-%') FROM program.postings`).Scan(&shared, &own); err != nil {
		t.Fatal(err)
	}
	if shared != keys || own != callers*keys {
		t.Errorf("%d shared and %d own postings; want %d and %d", shared, own, keys, callers*keys)
	}
	if b := balance(t, l, "c").Available; b != int64(callers*keys) {
		t.Errorf("member c has %d points; want %d", b, callers*keys)
	}
	verify(t, l)
}

func TestBatchItemsFailAloneAndKeepMemberOrder(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	res, err := l.Post(context.Background(), []ledger.Op{
		earn("a1", "alice", 50),
		ledger.Debit{Key: "a2", Member: "alice", Kind: ledger.DebitRedeem, Points: 40}, // after a1: succeeds
		ledger.Debit{Key: "b1", Member: "bob", Kind: ledger.DebitRedeem, Points: 1},    // bob has nothing
		ledger.Debit{Key: "a3", Member: "alice", Kind: ledger.DebitRedeem, Points: 20}, // 10 left: fails
		earn("b2", "bob", 5),
		ledger.Credit{Key: "", Member: "bob", Awards: []ledger.Award{{Points: 1}}},     // no key: invalid
		ledger.Debit{Key: "a4", Member: "alice", Kind: ledger.DebitRedeem, Points: 10}, // exactly what is left
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []error{nil, nil, ledger.ErrInsufficientBalance, ledger.ErrInsufficientBalance, nil, ledger.ErrInvalid, nil}
	for i, w := range want {
		if (w == nil) != (res[i].Err == nil) || (w != nil && !errors.Is(res[i].Err, w)) {
			t.Errorf("item %d: %v; want %v", i, res[i].Err, w)
		}
	}
	if b := balance(t, l, "alice").Available; b != 0 {
		t.Errorf("alice has %d; want 0", b)
	}
	if b := balance(t, l, "bob").Available; b != 5 {
		t.Errorf("bob has %d; want 5", b)
	}
	verify(t, l)
}

// An operation the database refuses fails alone: in a commit of 1,000, the other 999 are
// applied, in member order, and each caller gets its own result. Strings PostgreSQL cannot
// hold are refused before they reach it.
func TestOperationRefusedByTheDatabaseFailsAlone(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	ancient := time.Date(-5000, 1, 1, 0, 0, 0, 0, time.UTC) // before PostgreSQL's first timestamp
	ops := make([]ledger.Op, 1000)
	for i := range ops {
		ops[i] = earn(fmt.Sprint("e-", i), fmt.Sprint("m-", i%50), 10)
	}
	const bad = 617
	ops[bad] = ledger.Credit{Key: "e-bad", Member: "m-17", EventID: "e-bad", OccurredAt: testDay,
		Awards: []ledger.Award{{Rule: "purchase", Points: 10, ExpiresAt: &ancient}}}
	res, err := l.Post(context.Background(), ops)
	if err != nil {
		t.Fatalf("the batch failed as a whole: %v", err)
	}
	applied := map[string]int64{}
	for i, r := range res {
		switch {
		case i == bad:
			if !errors.Is(r.Err, ledger.ErrRefused) {
				t.Errorf("the refused operation's result: %+v", r)
			}
		case r.Err != nil:
			t.Errorf("operation %d failed beside the refused one: %v", i, r.Err)
		default:
			member := fmt.Sprint("m-", i%50)
			applied[member] += 10
			if r.Member != member || r.Balance != applied[member] {
				t.Errorf("operation %d: %+v; want %s at %d (applied in order)", i, r, member, applied[member])
			}
		}
	}
	for m, want := range applied {
		if got := balance(t, l, m).Available; got != want {
			t.Errorf("%s has %d; want %d", m, got, want)
		}
	}
	// The refused key was never recorded: the request, mended, goes through under it.
	fixed := ops[bad].(ledger.Credit)
	fixed.Awards[0].ExpiresAt = nil
	if r := mustPost(t, l, fixed); r.Balance != applied["m-17"]+10 {
		t.Errorf("the mended request: %+v", r)
	}
	for _, text := range []string{"nul\x00byte", "bad utf-8 \xff"} {
		r := post(t, l, ledger.Credit{Key: "k-" + text, Member: "m-1", Reason: text, Awards: []ledger.Award{{Points: 1}}})
		if !errors.Is(r.Err, ledger.ErrInvalid) {
			t.Errorf("reason %q: %v", text, r.Err)
		}
	}
	verify(t, l)
}

func TestPenaltiesAndNegativeBalances(t *testing.T) {
	t.Run("forbidden", func(t *testing.T) {
		l, _ := newLedger(t, ledger.Options{})
		mustPost(t, l, earn("e", "m", 20))
		res := post(t, l, ledger.Debit{Key: "p", Member: "m", Kind: ledger.DebitPenalty, Points: 50, Rule: "refused-delivery"})
		if !errors.Is(res.Err, ledger.ErrInsufficientBalance) {
			t.Errorf("penalty beyond the balance: %v; want insufficient balance", res.Err)
		}
		verify(t, l)
	})
	t.Run("allowed", func(t *testing.T) {
		l, _ := newLedger(t, ledger.Options{AllowNegative: true})
		mustPost(t, l, earn("e", "m", 20))
		res := mustPost(t, l, ledger.Debit{Key: "p", Member: "m", Kind: ledger.DebitPenalty, Points: 50, Rule: "refused-delivery"})
		if res.Balance != -30 {
			t.Errorf("balance after the penalty %d; want -30", res.Balance)
		}
		if r := post(t, l, ledger.Debit{Key: "r", Member: "m", Kind: ledger.DebitRedeem, Points: 1}); !errors.Is(r.Err, ledger.ErrInsufficientBalance) {
			t.Errorf("redeeming while in debt: %v; want insufficient balance", r.Err)
		}
		// Later earnings pay the debt first.
		res = mustPost(t, l, earn("e2", "m", 100))
		if res.Balance != 70 {
			t.Errorf("balance after earning 100 with a debt of 30: %d; want 70", res.Balance)
		}
		verify(t, l)
	})
}

func TestHolds(t *testing.T) {
	c := &clock{t: time.Now().UTC()}
	l, _ := newLedger(t, ledger.Options{HoldTTL: 15 * time.Minute, Now: c.now})
	mustPost(t, l, earn("e", "m", 1000))

	h := mustPost(t, l, ledger.Hold{Key: "h1", HoldID: "order-1", Member: "m", Points: 600})
	if h.Balance != 400 || h.Held != 600 {
		t.Errorf("after holding 600: %+v; want 400 available, 600 held", h)
	}
	// A held point cannot be spent twice.
	if r := post(t, l, ledger.Debit{Key: "d", Member: "m", Kind: ledger.DebitRedeem, Points: 500}); !errors.Is(r.Err, ledger.ErrInsufficientBalance) {
		t.Errorf("spending held points: %v; want insufficient balance", r.Err)
	}
	if r := post(t, l, ledger.Hold{Key: "h2", HoldID: "order-2", Member: "m", Points: 401}); !errors.Is(r.Err, ledger.ErrInsufficientBalance) {
		t.Errorf("holding more than is available: %v", r.Err)
	}
	// Capture part: the rest goes back.
	cp := mustPost(t, l, ledger.Capture{Key: "c1", HoldID: "order-1", Points: 500})
	if cp.Balance != 500 || cp.Held != 0 {
		t.Errorf("after capturing 500 of 600: %+v; want 500 available, 0 held", cp)
	}
	if r := post(t, l, ledger.Release{Key: "r1", HoldID: "order-1"}); !errors.Is(r.Err, ledger.ErrHoldNotActive) {
		t.Errorf("releasing a captured hold: %v; want hold not active", r.Err)
	}
	// Release gives everything back.
	mustPost(t, l, ledger.Hold{Key: "h3", HoldID: "order-3", Member: "m", Points: 200})
	if r := mustPost(t, l, ledger.Release{Key: "r3", HoldID: "order-3"}); r.Balance != 500 || r.Held != 0 {
		t.Errorf("after release: %+v", r)
	}
	// A forgotten hold expires: it cannot be captured, and the sweeper gives the points back.
	mustPost(t, l, ledger.Hold{Key: "h4", HoldID: "order-4", Member: "m", Points: 300})
	c.t = c.t.Add(16 * time.Minute)
	if r := post(t, l, ledger.Capture{Key: "c4", HoldID: "order-4"}); !errors.Is(r.Err, ledger.ErrHoldExpired) {
		t.Errorf("capturing an expired hold: %v; want hold expired", r.Err)
	}
	n, points, err := l.ExpireHolds(context.Background(), 0)
	if err != nil || n != 1 || points != 300 {
		t.Errorf("expired holds released: %d holds, %d points, %v; want 1 hold of 300", n, points, err)
	}
	if b := balance(t, l, "m"); b.Available != 500 || b.Held != 0 {
		t.Errorf("after the hold expired: %+v", b)
	}
	if r := post(t, l, ledger.Capture{Key: "c5", HoldID: "no-such-hold"}); !errors.Is(r.Err, ledger.ErrNotFound) {
		t.Errorf("capturing an unknown hold: %v", r.Err)
	}
	verify(t, l)
}

func TestReverse(t *testing.T) {
	t.Run("unspent, in parts", func(t *testing.T) {
		l, _ := newLedger(t, ledger.Options{})
		mustPost(t, l, ledger.Credit{Key: "order-1", Member: "m", EventID: "order-1", OccurredAt: time.Now(),
			Awards: []ledger.Award{{Rule: "purchase", Points: 100}, {Rule: "weekend", Points: 100}}})
		mustPost(t, l, earn("order-2", "m", 50))
		r := mustPost(t, l, ledger.Reverse{Key: "refund-1a", EventID: "order-1", Points: 120})
		if r.Balance != 130 {
			t.Errorf("after reversing 120 of 200: balance %d; want 130", r.Balance)
		}
		r = mustPost(t, l, ledger.Reverse{Key: "refund-1b", EventID: "order-1"})
		if r.Points != -80 || r.Balance != 50 {
			t.Errorf("reversing the rest: %+v; want -80, balance 50", r)
		}
		if r := post(t, l, ledger.Reverse{Key: "refund-1c", EventID: "order-1"}); !errors.Is(r.Err, ledger.ErrNothingToReverse) {
			t.Errorf("reversing a reversed event: %v", r.Err)
		}
		if r := post(t, l, ledger.Reverse{Key: "refund-x", EventID: "no-such-order"}); !errors.Is(r.Err, ledger.ErrNotFound) {
			t.Errorf("reversing an unknown event: %v", r.Err)
		}
		verify(t, l)
	})
	t.Run("spent, clamped", func(t *testing.T) {
		l, _ := newLedger(t, ledger.Options{})
		mustPost(t, l, earn("order-1", "m", 100))
		mustPost(t, l, ledger.Debit{Key: "spend", Member: "m", Kind: ledger.DebitRedeem, Points: 80})
		r := mustPost(t, l, ledger.Reverse{Key: "refund", EventID: "order-1"})
		if r.Balance != 0 || r.Shortfall != 80 || r.Points != -20 {
			t.Errorf("reversing 100 with 20 left: %+v; want balance 0, shortfall 80", r)
		}
		verify(t, l)
	})
	t.Run("spent, negative allowed", func(t *testing.T) {
		l, _ := newLedger(t, ledger.Options{AllowNegative: true})
		mustPost(t, l, earn("order-1", "m", 100))
		mustPost(t, l, ledger.Debit{Key: "spend", Member: "m", Kind: ledger.DebitRedeem, Points: 80})
		r := mustPost(t, l, ledger.Reverse{Key: "refund", EventID: "order-1"})
		if r.Balance != -80 || r.Shortfall != 0 {
			t.Errorf("reversing 100 with 20 left: %+v; want balance -80", r)
		}
		verify(t, l)
	})
}

func TestRedemptionsNeverOversell(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	ctx := context.Background()
	stock := int64(10)
	if err := l.SetStock(ctx, "mug", &stock); err != nil {
		t.Fatal(err)
	}
	const members = 40
	for i := range members {
		mustPost(t, l, earn("e"+itoa(i), "m"+itoa(i), 2000))
	}
	var wg sync.WaitGroup
	results := make([]ledger.Result, members)
	for i := range members {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = post(t, l, ledger.Redeem{Key: "r" + itoa(i), RedemptionID: "r" + itoa(i), Member: "m" + itoa(i),
				SKU: "mug", Quantity: 1, Points: 800, PerMemberLimit: 1})
		}()
	}
	wg.Wait()
	ok, out := 0, 0
	for _, r := range results {
		switch {
		case r.Err == nil:
			ok++
		case errors.Is(r.Err, ledger.ErrOutOfStock):
			out++
		default:
			t.Errorf("unexpected: %v", r.Err)
		}
	}
	if ok != 10 || out != members-10 {
		t.Errorf("%d redeemed, %d out of stock; want 10 and %d", ok, out, members-10)
	}
	// The per-member limit, and cancelling gives the points and the stock back.
	var winner int
	for i, r := range results {
		if r.Err == nil {
			winner = i
		}
	}
	m := "m" + itoa(winner)
	if err := l.SetStock(ctx, "mug", ptr(int64(20))); err != nil {
		t.Fatal(err)
	}
	if r := post(t, l, ledger.Redeem{Key: "again", RedemptionID: "again", Member: m, SKU: "mug", Quantity: 1, Points: 800, PerMemberLimit: 1}); !errors.Is(r.Err, ledger.ErrLimitReached) {
		t.Errorf("second mug for one member: %v; want limit reached", r.Err)
	}
	c := mustPost(t, l, ledger.CancelRedemption{Key: "cancel", RedemptionID: "r" + itoa(winner)})
	if c.Balance != 2000 {
		t.Errorf("balance after cancelling: %d; want 2000", c.Balance)
	}
	if _, redeemed, _ := l.Stock(ctx, "mug"); redeemed != 9 {
		t.Errorf("redeemed after a cancellation: %d; want 9", redeemed)
	}
	verify(t, l)
}

// Redemptions of an unlimited item run side by side. Limiting the item while they run counts
// every redemption committed before it, and later ones stop exactly at the new allotment.
func TestLimitingAnItemWhileItIsRedeemed(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	ctx := context.Background()
	if err := l.SetStock(ctx, "cap", nil); err != nil {
		t.Fatal(err)
	}
	const allotment = 25
	next := 0
	// redeem runs n redemptions at once (and, if limit, sets the allotment among them) and
	// returns how many succeeded.
	redeem := func(n int, limit bool) int {
		var wg sync.WaitGroup
		var mu sync.Mutex
		ok := 0
		for range n {
			i := next
			next++
			mustPost(t, l, earn("e"+itoa(i), "m"+itoa(i), 1000))
			wg.Go(func() {
				r := post(t, l, ledger.Redeem{Key: "r" + itoa(i), RedemptionID: "r" + itoa(i), Member: "m" + itoa(i), SKU: "cap", Quantity: 1, Points: 100})
				switch {
				case r.Err == nil:
					mu.Lock()
					ok++
					mu.Unlock()
				case !errors.Is(r.Err, ledger.ErrOutOfStock):
					t.Errorf("unexpected: %v", r.Err)
				}
			})
		}
		if limit {
			wg.Go(func() {
				if err := l.SetStock(ctx, "cap", ptr(int64(allotment))); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		return ok
	}
	before := redeem(10, false)
	during := redeem(20, true)
	after := redeem(30, false)
	if before != 10 {
		t.Errorf("%d of 10 redemptions of an unlimited item succeeded", before)
	}
	if want := max(allotment-before-during, 0); after != want {
		t.Errorf("%d redeemed before and %d while the item was limited to %d, then %d more; want %d more", before, during, allotment, after, want)
	}
	if _, redeemed, err := l.Stock(ctx, "cap"); err != nil || redeemed != int64(before+during+after) {
		t.Errorf("stock counts %d redeemed (%v); want all %d", redeemed, err, before+during+after)
	}
	verify(t, l)
}

func TestSixtyFourSpendersOnOneMember(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	mustPost(t, l, earn("e", "m", 1000))
	var wg sync.WaitGroup
	results := make([]ledger.Result, 64)
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = post(t, l, ledger.Debit{Key: "spend-" + itoa(i), Member: "m", Kind: ledger.DebitRedeem, Points: int64(10 + i)})
		}()
	}
	wg.Wait()
	var spent int64
	for i, r := range results {
		switch {
		case r.Err == nil:
			spent += int64(10 + i)
		case !errors.Is(r.Err, ledger.ErrInsufficientBalance):
			t.Errorf("spender %d: %v", i, r.Err)
		}
	}
	b := balance(t, l, "m")
	if b.Available < 0 || b.Available != 1000-spent {
		t.Errorf("balance %d after spending %d of 1000", b.Available, spent)
	}
	verify(t, l)
}

func TestExpiry(t *testing.T) {
	c := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	l, _ := newLedger(t, ledger.Options{Now: c.now})
	ctx := context.Background()
	past, future := c.t.Add(-time.Hour), c.t.Add(time.Hour)
	for i := range 30 {
		mustPost(t, l, ledger.Credit{Key: "e" + itoa(i), Member: "m" + itoa(i%7), OccurredAt: c.t,
			Awards: []ledger.Award{{Rule: "old", Points: 10, ExpiresAt: &past}, {Rule: "new", Points: 5, ExpiresAt: &future}}})
	}
	// Points past expiry are neither shown nor spent before the job runs: m0's debit takes
	// from its lots that have not expired.
	if b := balance(t, l, "m"+itoa(1)).Available; b != 25 {
		t.Errorf("before the expiry job, m1 has %d available; want its 5 lots of 5 that have not expired", b)
	}
	mustPost(t, l, ledger.Debit{Key: "spend", Member: "m" + itoa(0), Kind: ledger.DebitRedeem, Points: 15})
	if r := post(t, l, ledger.Debit{Key: "overspend", Member: "m" + itoa(0), Kind: ledger.DebitRedeem, Points: 11}); !errors.Is(r.Err, ledger.ErrInsufficientBalance) {
		t.Errorf("spending expired points: %+v", r)
	}
	li, err := l.Liability(ctx, "1")
	if err != nil || li.Points != 30*5-15 {
		t.Errorf("liability before the expiry job: %+v, %v; want %d", li, err, 30*5-15)
	}
	// Three batches of at most three members, all at once.
	rep, err := l.Expire(ctx, c.t, 3, 3)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Points != 300 || rep.Members != 7 || rep.Lots != 30 || rep.Batches != 3 {
		t.Errorf("expiry %+v; want 300 points of 30 lots of 7 members, in 3 batches", rep)
	}
	again, err := l.Expire(ctx, c.t, 3, 1)
	if err != nil || again.Points != 0 || again.Lots != 0 {
		t.Errorf("second run %+v, %v; want nothing", again, err)
	}
	if b := balance(t, l, "m"+itoa(1)).Available; b != 25 {
		t.Errorf("m1 keeps %d; want its 5 lots of 5 that are not due", b)
	}
	day, err := l.Daily(ctx, c.t, c.t)
	if err != nil || len(day) != 1 || day[0].Expired != 300 || day[0].Issued != 450 || day[0].Redeemed != 15 {
		t.Errorf("daily report %+v, %v", day, err)
	}
	verify(t, l)
}

// A member read (the balance, the member view) reads the member's own lots, whatever the
// other members hold. Every member here has points past expiry that the job has not taken and
// points expiring within the view's window, the lots both reads sum; a read that scanned the
// expiry index instead of the member's (as one did when the two sides of the comparison had
// different collations) visits every member's lots.
func TestMemberReadsVisitOnlyTheMembersLots(t *testing.T) {
	c := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	l, pool := newLedger(t, ledger.Options{Now: c.now})
	ctx := context.Background()
	past, soon, later := c.t.Add(-time.Hour), c.t.Add(10*24*time.Hour), c.t.Add(400*24*time.Hour)
	const members = 2000
	var ops []ledger.Op
	for i := range members {
		m := fmt.Sprintf("member-%d", i)
		ops = append(ops, ledger.Credit{Key: m, Member: m, EventID: m, OccurredAt: c.t,
			Awards: []ledger.Award{{Rule: "old", Points: 10, ExpiresAt: &past}, {Rule: "soon", Points: 5, ExpiresAt: &soon},
				{Rule: "later", Points: 1, ExpiresAt: &later}}})
		if len(ops) == 500 || i == members-1 {
			mustPostAll(t, l, ops)
			ops = ops[:0]
		}
	}
	if _, err := pool.Exec(ctx, "ANALYZE program.lots"); err != nil {
		t.Fatal(err)
	}
	if b := balance(t, l, "member-7"); b.Available != 6 || b.Expiring != 5 {
		t.Fatalf("member-7 shows %+v; want 6 available (the 10 past expiry are not), 5 of them expiring", b)
	}
	memberRead, viewRead, err := ledger.LotsVisitedByMemberReads(ctx, l, "member-7", 30*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	// The member has three lots; each read sums them once or twice.
	if memberRead > 6 || viewRead > 6 {
		t.Errorf("reading one member of %d visited %d lots (Member) and %d (View); want at most 6, the member's own", members, memberRead, viewRead)
	}
}

// The expiry job finds the members with due lots by their next expiry, so Verify holds it to
// their lots; and a next expiry earlier than their lots' (which the ledger allows) is set right
// by the next run, not kept.
func TestNextExpiryIsNoLaterThanTheLots(t *testing.T) {
	c := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	l, pool := newLedger(t, ledger.Options{Now: c.now})
	ctx := context.Background()
	soon := c.t.Add(24 * time.Hour)
	mustPost(t, l, ledger.Credit{Key: "a", Member: "m", OccurredAt: c.t, Awards: []ledger.Award{{Rule: "r", Points: 10, ExpiresAt: &soon}}})
	verify(t, l)
	if _, err := pool.Exec(ctx, `UPDATE program.members SET expires_next = $1 WHERE id = 'm'`, soon.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	problems, err := l.Verify(ctx)
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0], "member m: next expiry") {
		t.Fatalf("verify with a next expiry later than the lot: %q, %v", problems, err)
	}
	// Earlier than the lot: allowed; the run finds the member, takes nothing and sets it right.
	if _, err := pool.Exec(ctx, `UPDATE program.members SET expires_next = $1 WHERE id = 'm'`, c.t.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	rep, err := l.Expire(ctx, c.t, 10, 1)
	if err != nil || rep.Lots != 0 || rep.Points != 0 {
		t.Fatalf("expiry of nothing due: %+v, %v", rep, err)
	}
	var next time.Time
	if err := pool.QueryRow(ctx, `SELECT expires_next FROM program.members WHERE id = 'm'`).Scan(&next); err != nil || !next.Equal(soon) {
		t.Errorf("next expiry after the run: %v, %v; want the lot's, %v", next, err, soon)
	}
	if b := balance(t, l, "m"); b.Available != 10 {
		t.Errorf("m has %d available; want 10", b.Available)
	}
	verify(t, l)
}

func TestLiability(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	mustPost(t, l, earn("a", "alice", 1234))
	mustPost(t, l, earn("b", "bob", 766))
	mustPost(t, l, ledger.Hold{Key: "h", HoldID: "h", Member: "bob", Points: 66})
	li, err := l.Liability(context.Background(), "0.01")
	if err != nil {
		t.Fatal(err)
	}
	if li.Points != 2000 || li.Value != "20.00" || li.Members != 2 {
		t.Errorf("liability %+v; want 2000 points worth 20.00 over 2 members", li)
	}
}

func TestStatement(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	for i := range 5 {
		mustPost(t, l, earn("e"+itoa(i), "m", int64(i+1)))
	}
	page1, err := l.Statement(context.Background(), "m", 0, 3)
	if err != nil || len(page1) != 3 {
		t.Fatalf("page 1: %v, %v", page1, err)
	}
	if page1[0].Points != 5 || page1[0].Rules[0].Rule != "purchase" || page1[0].RulesetVersion != "v1" || page1[0].EventID != "e"+itoa(4) {
		t.Errorf("newest line %+v", page1[0])
	}
	page2, err := l.Statement(context.Background(), "m", page1[2].PostingID, 3)
	if err != nil || len(page2) != 2 || page2[1].Points != 1 {
		t.Errorf("page 2: %+v, %v", page2, err)
	}
}

func ptr[T any](v T) *T { return &v }

func itoa(i int) string {
	return string(rune('0'+i/1000%10)) + string(rune('0'+i/100%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10))
}

func TestDailyCountersFollowTheProgramTimeZone(t *testing.T) {
	shanghai, _ := time.LoadLocation("Asia/Shanghai")
	l, _ := newLedger(t, ledger.Options{Location: shanghai})
	ctx := context.Background()
	// 31 December 23:30 in Shanghai is 15:30 UTC; 1 January 00:30 in Shanghai is still 31 December in UTC.
	lastDay := time.Date(2026, 12, 31, 23, 30, 0, 0, shanghai)
	newYear := time.Date(2027, 1, 1, 0, 30, 0, 0, shanghai)
	mustPost(t, l, ledger.Credit{Key: "a", Member: "m", OccurredAt: lastDay, Spend: "100.50", GrowthValue: 3,
		Awards: []ledger.Award{{Rule: "purchase", Points: 100}, {Rule: "bonus", Points: 10}}})
	mustPost(t, l, ledger.Credit{Key: "b", Member: "m", OccurredAt: newYear, Spend: "20",
		Awards: []ledger.Award{{Rule: "purchase", Points: 20}}})
	mustPost(t, l, ledger.Credit{Key: "c", Member: "m", OccurredAt: newYear.Add(time.Hour), Awards: []ledger.Award{{Rule: "sign-in", Points: 5}}})
	got, err := l.MemberDaily(ctx, "m", time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, d := range got {
		lines = append(lines, fmt.Sprintf("%s %q points=%d awards=%d spend=%s growth=%d", d.Day.Format(time.DateOnly), d.Rule, d.Points, d.Awards, d.Spend, d.GrowthValue))
	}
	want := []string{
		`2026-12-31 "" points=110 awards=2 spend=100.50 growth=3`,
		`2026-12-31 "bonus" points=10 awards=1 spend=0 growth=0`,
		`2026-12-31 "purchase" points=100 awards=1 spend=0 growth=0`,
		`2027-01-01 "" points=25 awards=2 spend=20 growth=0`,
		`2027-01-01 "purchase" points=20 awards=1 spend=0 growth=0`,
		`2027-01-01 "sign-in" points=5 awards=1 spend=0 growth=0`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("daily counters:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// The jobs' batches, several at once: each member in one batch, batches whole and in member
// order within, and the first failure stops the run and is what it returns.
func TestMemberBatchesAtOnce(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	var ops []ledger.Op
	for i := range 40 {
		ops = append(ops, earn("e"+itoa(i), fmt.Sprintf("m%02d", i), 1))
	}
	mustPostAll(t, l, ops)
	var inFlight, most atomic.Int32
	run := func(fail string) (map[string]int, int, error) {
		var mu sync.Mutex
		seen := map[string]int{}
		batches, err := l.EachMemberBatch(context.Background(), `SELECT id FROM {s}.members ORDER BY id`, nil, 4, 3,
			func(_ pgx.Tx, ids []string) error {
				if !slices.IsSorted(ids) || len(ids) != 4 {
					t.Errorf("batch %v: want 4 members in order", ids)
				}
				if slices.Contains(ids, fail) {
					return errors.New("batch of " + fail + " failed")
				}
				n := inFlight.Add(1)
				defer inFlight.Add(-1)
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				time.Sleep(20 * time.Millisecond) // so that the batches overlap
				mu.Lock()
				defer mu.Unlock()
				for _, id := range ids {
					seen[id]++
				}
				return nil
			})
		return seen, batches, err
	}
	seen, batches, err := run("")
	if err != nil || batches != 10 || len(seen) != 40 {
		t.Errorf("%d batches, %d members (%v); want 10 batches of all 40 members", batches, len(seen), err)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s in %d batches", id, n)
		}
	}
	if most.Load() < 2 {
		t.Errorf("at most %d batches ran at once; want up to 3", most.Load())
	}
	seen, batches, err = run("m17")
	if err == nil || err.Error() != "batch of m17 failed" {
		t.Errorf("a failed batch: the run returned %v", err)
	}
	if seen["m16"] != 0 || batches != len(seen)/4 || batches >= 9 {
		t.Errorf("after a failed batch: %d batches done, of members %v; want fewer than the 9 others, none of its own", batches, seen)
	}
}

func TestInterruptedExpiryResumes(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	due := testDay.Add(-time.Minute)
	var ops []ledger.Op
	for i := range 2000 {
		ops = append(ops, ledger.Credit{Key: "e" + itoa(i), Member: "m" + itoa(i%500), OccurredAt: testDay,
			Awards: []ledger.Award{{Rule: "r", Points: 3, ExpiresAt: &due}}})
	}
	if _, err := l.Post(context.Background(), ops); err != nil {
		t.Fatal(err)
	}
	// Stop the first run part-way; the second carries on where it stopped.
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(30 * time.Millisecond); cancel() }()
	first, err := l.Expire(ctx, time.Now(), 10, 2)
	if err == nil {
		t.Log("the first run finished before it was interrupted")
	}
	verify(t, l)
	t.Logf("the first run expired %d lots before it stopped", first.Lots)
	if _, err := l.Expire(context.Background(), time.Now(), 10, 1); err != nil {
		t.Fatal(err)
	}
	// The books, not the runs' own counts (a run cut off in a commit cannot know whether it
	// landed), say what expired: everything, once.
	days, err := l.Daily(context.Background(), time.Now().AddDate(0, 0, -1), time.Now().AddDate(0, 0, 1))
	var expired int64
	for _, d := range days {
		expired += d.Expired
	}
	if err != nil || expired != 6000 {
		t.Errorf("expired %d points (%v); want 6000", expired, err)
	}
	li, _ := l.Liability(context.Background(), "1")
	if li.Points != 0 {
		t.Errorf("%d points left after expiry", li.Points)
	}
	verify(t, l)
}

func TestCreditAndRefundInOneBatch(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	mustPost(t, l, earn("old", "m", 500))
	res, err := l.Post(context.Background(), []ledger.Op{
		earn("order", "m", 100),
		ledger.Debit{Key: "spend", Member: "m", Kind: ledger.DebitRedeem, Points: 550},
		ledger.Reverse{Key: "refund", EventID: "order"},
	})
	if err != nil {
		t.Fatal(err)
	}
	// The spend took the old lot first, then 50 of the order's: the refund takes the 50 left
	// and records the 50 already spent as a shortfall.
	if r := res[2]; r.Err != nil || r.Shortfall != 50 || r.Balance != 0 || r.Points != -50 {
		t.Errorf("refund in the same batch: %+v", r)
	}
	verify(t, l)
}

// The daily report counts a posting on the day of the program's time zone: one second before
// midnight in Shanghai is the old year there, though it is afternoon in UTC.
func TestDailyReportDaysInTheProgramsZone(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2026, 12, 31, 23, 59, 59, 0, shanghai)}
	l, _ := newLedger(t, ledger.Options{Now: c.now, Location: shanghai})
	mustPost(t, l, earn("last", "m", 10))
	c.t = c.t.Add(time.Second)
	mustPost(t, l, earn("first", "m", 7))

	ctx := context.Background()
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, tc := range []struct {
		from, to string
		want     []ledger.DailyFigures
	}{
		{"2026-12-31", "2026-12-31", []ledger.DailyFigures{{Day: "2026-12-31", Issued: 10}}},
		{"2027-01-01", "2027-01-01", []ledger.DailyFigures{{Day: "2027-01-01", Issued: 7}}},
		{"2026-12-30", "2027-01-02", []ledger.DailyFigures{{Day: "2026-12-31", Issued: 10}, {Day: "2027-01-01", Issued: 7}}},
		{"2026-12-30", "2026-12-30", nil},
	} {
		got, err := l.Daily(ctx, day(tc.from), day(tc.to))
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("daily report %s to %s: %+v; want %+v", tc.from, tc.to, got, tc.want)
		}
	}
}
