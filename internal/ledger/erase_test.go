package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/tally-operator/tally/internal/ledger"
)

// An erasure racing captures and releases of the member's holds: each hold is either settled
// before the erasure or forfeited by it, the points add up, the old id is never created again
// (a capture that read the hold before the erasure starts again under the pseudonym) and the
// books balance.
func TestEraseRacingHolds(t *testing.T) {
	l, pool := newLedger(t, ledger.Options{})
	ctx := context.Background()
	const holds, points = 8, 10
	for round := range 10 {
		member := fmt.Sprint("racer-", round)
		mustPost(t, l, earn(member+"-buy", member, 1000))
		for h := range holds {
			id := fmt.Sprintf("%s-h%d", member, h)
			mustPost(t, l, ledger.Hold{Key: "hold:" + id, HoldID: id, Member: member, Points: points})
		}
		var wg sync.WaitGroup
		var erased ledger.Erasure
		var eraseErr error
		settled := make([]int64, holds)
		wg.Go(func() { erased, eraseErr = l.Erase(ctx, member, "test", "erasure request") })
		for h := range holds {
			wg.Go(func() {
				id := fmt.Sprintf("%s-h%d", member, h)
				var op ledger.Op = ledger.Capture{Key: "capture:" + id, HoldID: id}
				if h%2 == 1 {
					op = ledger.Release{Key: "release:" + id, HoldID: id}
				}
				res, err := l.PostOne(ctx, op)
				switch {
				case err != nil:
					t.Errorf("%s: %v", id, err)
				case res.Err == nil && h%2 == 0:
					settled[h] = points // captured: spent, not forfeited
				case res.Err != nil && !errors.Is(res.Err, ledger.ErrHoldNotActive):
					t.Errorf("%s after the erasure: %v; want hold_not_active", id, res.Err)
				}
			})
		}
		wg.Wait()
		if eraseErr != nil {
			t.Fatalf("round %d: erase: %v", round, eraseErr)
		}
		var spent int64
		for _, p := range settled {
			spent += p
		}
		if erased.Forfeited+spent != 1000 {
			t.Errorf("round %d: forfeited %d and captured %d; want 1000 in all", round, erased.Forfeited, spent)
		}
		var again int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM program.members WHERE id = $1`, member).Scan(&again); err != nil || again != 0 {
			t.Errorf("round %d: %d members named %s after the erasure (%v)", round, again, member, err)
		}
	}
	verify(t, l)
}

// Erasing twice: the second finds no member, and changes nothing.
func TestEraseTwice(t *testing.T) {
	l, _ := newLedger(t, ledger.Options{})
	ctx := context.Background()
	mustPost(t, l, earn("e-1", "m", 10))
	first, err := l.Erase(ctx, "m", "test", "request")
	if err != nil || first.Forfeited != 10 || first.PostingID == 0 {
		t.Fatalf("erase: %+v %v", first, err)
	}
	if _, err := l.Erase(ctx, "m", "test", "request"); !errors.Is(err, ledger.ErrNotFound) {
		t.Errorf("a second erasure: %v; want not found", err)
	}
	mustPost(t, l, earn("e-2", "empty", 5))
	mustPost(t, l, ledger.Debit{Key: "d-2", Member: "empty", Kind: ledger.DebitRedeem, Points: 5})
	if e, err := l.Erase(ctx, "empty", "test", "request"); err != nil || e.Forfeited != 0 || e.PostingID != 0 {
		t.Errorf("erase a member without points: %+v %v; want no posting", e, err)
	}
	verify(t, l)
}
