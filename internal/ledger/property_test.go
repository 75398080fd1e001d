package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
)

// TestRandomConcurrentOperationsKeepTheBooks runs random sequences of every operation, with
// retries of earlier requests, from concurrent goroutines over a small set of members (so they
// collide), with expiry running alongside. After every round the invariant checker must find
// nothing, retries must replay the first result exactly, and the points in members' hands
// must equal what the successful operations said they moved, minus what expired.
func TestRandomConcurrentOperationsKeepTheBooks(t *testing.T) {
	for _, allowNegative := range []bool{false, true} {
		t.Run(fmt.Sprintf("allowNegative=%v", allowNegative), func(t *testing.T) {
			testRandomOperations(t, allowNegative)
		})
	}
}

type sent struct {
	op  ledger.Op
	res ledger.Result
}

func testRandomOperations(t *testing.T, allowNegative bool) {
	const (
		workers   = 8
		rounds    = 25
		sequences = 6 // batches per worker per round
		members   = 12
	)
	l, _ := newLedger(t, ledger.Options{AllowNegative: allowNegative, HoldTTL: 200 * time.Millisecond})
	ctx := context.Background()
	if err := l.SetStock(ctx, "mug", ptr(int64(40))); err != nil {
		t.Fatal(err)
	}
	var moved, expired, ops, replays atomic.Int64
	for round := range rounds {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rng := rand.New(rand.NewPCG(uint64(round), uint64(w)))
				g := &generator{rng: rng, prefix: fmt.Sprintf("r%d-w%d-", round, w), members: members}
				for range sequences {
					batch := g.batch()
					res, err := l.Post(ctx, batch)
					if err != nil {
						t.Errorf("post: %v", err)
						return
					}
					for i, r := range res {
						ops.Add(1)
						g.record(batch[i], r)
						if r.Replayed {
							replays.Add(1)
							orig, ok := g.done[ledger.IdempotencyKey(batch[i])]
							if !ok || orig.PostingID != r.PostingID || orig.Points != r.Points {
								t.Errorf("retry of %+v replayed %+v; first result %+v", batch[i], r, orig)
							}
							continue
						}
						if r.Err == nil {
							moved.Add(r.Points)
							if _, seen := g.done[ledger.IdempotencyKey(batch[i])]; seen {
								t.Errorf("a retry of %+v was applied again", batch[i])
							}
							g.done[ledger.IdempotencyKey(batch[i])] = r
						}
					}
				}
			}()
		}
		// Expiry and the hold sweeper run while the workers post.
		wg.Add(1)
		go func() {
			defer wg.Done()
			rep, err := l.Expire(ctx, time.Now(), 4, 3)
			if err != nil {
				t.Errorf("expire: %v", err)
			}
			expired.Add(rep.Points)
			_, back, err := l.ExpireHolds(ctx, 10)
			if err != nil {
				t.Errorf("expire holds: %v", err)
			}
			moved.Add(back)
		}()
		wg.Wait()
		verify(t, l)
		if t.Failed() {
			t.Fatalf("round %d", round)
		}
	}
	// Conservation: what members hold is what the operations (and the hold sweeper) moved, less
	// what expired. Points past expiry are never in hand, whether the expiry job took them or
	// not: once it has taken them all, the books agree to the point.
	time.Sleep(2 * time.Second) // the last lots the generator made due
	rep, err := l.Expire(ctx, time.Now(), 100, 1)
	if err != nil {
		t.Fatal(err)
	}
	expired.Add(rep.Points)
	var inHand int64
	for i := range members {
		b := balance(t, l, fmt.Sprintf("m%d", i))
		inHand += b.Available
	}
	if inHand != moved.Load()-expired.Load() {
		t.Errorf("members hold %d points; successful operations moved %d and %d expired", inHand, moved.Load(), expired.Load())
	}
	t.Logf("%d operations (%d replays), %d points moved, %d expired", ops.Load(), replays.Load(), moved.Load(), expired.Load())
}

// generator makes random operations for one worker and remembers what it can refer back to.
type generator struct {
	rng     *rand.Rand
	prefix  string
	n       int
	members int
	events  []string
	holds   []string
	redeems []string
	history []ledger.Op
	done    map[string]ledger.Result
}

func (g *generator) key() string { g.n++; return fmt.Sprintf("%s%d", g.prefix, g.n) }

func (g *generator) member() string { return fmt.Sprintf("m%d", g.rng.IntN(g.members)) }

func (g *generator) batch() []ledger.Op {
	if g.done == nil {
		g.done = map[string]ledger.Result{}
	}
	ops := make([]ledger.Op, 1+g.rng.IntN(6))
	for i := range ops {
		ops[i] = g.op()
	}
	return ops
}

func (g *generator) pick(from []string) string {
	if len(from) == 0 {
		return "none"
	}
	return from[g.rng.IntN(len(from))]
}

func (g *generator) op() ledger.Op {
	// A retry of an earlier request, the way a client retries after a timeout.
	if len(g.history) > 0 && g.rng.IntN(6) == 0 {
		return g.history[g.rng.IntN(len(g.history))]
	}
	var op ledger.Op
	switch k := g.rng.IntN(100); {
	case k < 35:
		key := g.key()
		var awards []ledger.Award
		for range 1 + g.rng.IntN(3) {
			a := ledger.Award{Rule: fmt.Sprintf("rule-%d", g.rng.IntN(4)), Points: int64(1 + g.rng.IntN(200))}
			if g.rng.IntN(3) == 0 {
				// Some lots are already due, so that expiry has work while the others post.
				at := time.Now().Add(time.Duration(g.rng.IntN(4)-2) * time.Second).UTC().Truncate(time.Microsecond)
				a.ExpiresAt = &at
			}
			awards = append(awards, a)
		}
		g.events = append(g.events, key)
		op = ledger.Credit{Key: key, Member: g.member(), EventID: key, OccurredAt: testDay, Awards: awards, Spend: "12.50"}
	case k < 50:
		kinds := []ledger.DebitKind{ledger.DebitRedeem, ledger.DebitPenalty, ledger.DebitAdjustment}
		op = ledger.Debit{Key: g.key(), Member: g.member(), Kind: kinds[g.rng.IntN(3)], Points: int64(1 + g.rng.IntN(150))}
	case k < 62:
		id := g.key()
		g.holds = append(g.holds, id)
		op = ledger.Hold{Key: id, HoldID: id, Member: g.member(), Points: int64(1 + g.rng.IntN(100))}
	case k < 70:
		op = ledger.Capture{Key: g.key(), HoldID: g.pick(g.holds), Points: int64(g.rng.IntN(60))}
	case k < 76:
		op = ledger.Release{Key: g.key(), HoldID: g.pick(g.holds)}
	case k < 86:
		op = ledger.Reverse{Key: g.key(), EventID: g.pick(g.events), Points: int64(g.rng.IntN(120))}
	case k < 94:
		id := g.key()
		g.redeems = append(g.redeems, id)
		op = ledger.Redeem{Key: id, RedemptionID: id, Member: g.member(), SKU: "mug", Quantity: 1, Points: int64(50 + g.rng.IntN(100)), PerMemberLimit: 3}
	default:
		op = ledger.CancelRedemption{Key: g.key(), RedemptionID: g.pick(g.redeems)}
	}
	g.history = append(g.history, op)
	return op
}

func (g *generator) record(op ledger.Op, r ledger.Result) {
	var e *ledger.Error
	if r.Err != nil && !errors.As(r.Err, &e) {
		panic(fmt.Sprintf("%T failed with an untyped error: %v", op, r.Err))
	}
}
