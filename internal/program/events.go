package program

import (
	"context"
	"encoding/json"
	"math/big"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
)

// fingerprint is what an idempotency key is compared with: the request as the client sent
// it, never values the server derived from it (the time, a price, an expiry).
func fingerprint(request any) []byte {
	b, err := json.Marshal(request)
	if err != nil {
		panic(err) // requests are plain structs of strings and numbers
	}
	return b
}

// Events judges and posts events, each under its id as idempotency key: one result per
// event, in order. An event that fails fails alone.
func (p *Program) Events(ctx context.Context, events []engine.Event) ([]ledger.Result, error) {
	ops := make([]ledger.Op, len(events))
	maxAge := p.Rules.Program.MaxEventAge()
	for i, ev := range events {
		ops[i] = ledger.Earn{Event: ev, Engine: p.Engine, Fingerprint: fingerprint(ev), MaxAge: maxAge}
	}
	return p.post(ctx, ops)
}

// CheckCurrency refuses an event in another currency than the program's.
func (p *Program) CheckCurrency(field, currency string) *Error {
	if cur := p.Rules.Program.Currency; currency != "" && cur != "" && currency != cur {
		return invalid(field, "the program counts %s; currency %q is not accepted", cur, currency)
	}
	return nil
}

// Reversal asks to take back what an event earned: all of it, the share of a partial
// refund (Amount, money refunded) or a number of points. A partial reversal needs an ID of
// its own, so that its retry is not applied twice.
type Reversal struct {
	EventID string `json:"event"`
	ID      string `json:"id,omitempty"`
	Amount  string `json:"amount,omitempty"`
	Points  *int64 `json:"points,omitempty"`
	Reason  string `json:"reason,omitempty"`
	Actor   string `json:"actor,omitempty"`
}

// Reverse takes back what an event earned, as r asks.
func (p *Program) Reverse(ctx context.Context, r Reversal) (ledger.Result, error) {
	if r.Amount != "" && r.Points != nil {
		return ledger.Result{}, invalid("amount", "send amount or points, not both")
	}
	partial := r.Amount != "" || r.Points != nil
	if partial && r.ID == "" {
		return ledger.Result{}, invalid("id", "a partial reversal needs an id, so that a retry is not applied twice")
	}
	earned, found, err := p.Ledger.EventResult(ctx, r.EventID)
	if err != nil {
		return ledger.Result{}, err
	}
	if !found {
		return ledger.Result{}, notFound("event %s was never posted", r.EventID)
	}
	var points int64
	switch {
	case r.Points != nil:
		if *r.Points <= 0 {
			return ledger.Result{}, invalid("points", "points must be positive, got %d", *r.Points)
		}
		points = *r.Points
	case r.Amount != "":
		if points, err = refundShare(earned, r.Amount); err != nil {
			return ledger.Result{}, err
		}
	}
	key := "reverse:" + r.EventID
	if r.ID != "" {
		key += ":" + r.ID
	}
	if partial && points == 0 {
		return ledger.Result{Member: earned.Member, Balance: earned.Balance}, nil
	}
	return p.postOne(ctx, ledger.Reverse{Key: key, Fingerprint: fingerprint(r), EventID: r.EventID, Points: points,
		Reason: r.Reason, Actor: r.Actor})
}

// refundShare is the points to take back for refunding amount of an event: the event's
// positive awards times amount over the event's amount, rounded down.
func refundShare(earned ledger.Result, amount string) (int64, error) {
	if earned.Earned == nil || earned.Earned.Amount == "" {
		return 0, invalid("amount", "the event had no amount; reverse it whole or send points")
	}
	total, _ := new(big.Rat).SetString(earned.Earned.Amount)
	refund, ok := new(big.Rat).SetString(amount)
	if !ok {
		return 0, invalid("amount", "amount %q is not a decimal", amount)
	}
	if refund.Cmp(total) > 0 {
		return 0, invalid("amount", "amount %s is more than the event's %s", amount, earned.Earned.Amount)
	}
	var pts int64
	for _, a := range earned.Earned.Awards {
		if a.Points > 0 {
			pts += a.Points
		}
	}
	if total.Sign() == 0 {
		return 0, nil
	}
	share := new(big.Rat).Mul(new(big.Rat).SetInt64(pts), refund)
	share.Quo(share, total)
	return new(big.Int).Quo(share.Num(), share.Denom()).Int64(), nil
}
