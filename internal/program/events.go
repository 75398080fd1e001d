package program

import (
	"context"
	"encoding/json"

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

// Refund is what a client asks to give back: all (neither Amount nor Points), money refunded
// (Amount, a decimal string) or Points. A part needs an ID of its own, so that its retry is
// not applied twice.
type Refund struct {
	ID     string `json:"id,omitempty"`
	Amount string `json:"amount,omitempty"`
	Points *int64 `json:"points,omitempty"`
	Reason string `json:"reason,omitempty"`
	Actor  string `json:"actor,omitempty"`
}

// check returns the points asked for (0: all, or the share of Amount) and the idempotency key
// of the refund of what prefix names.
func (r Refund) check(prefix string) (int64, string, error) {
	if r.Amount != "" && r.Points != nil {
		return 0, "", invalid("amount", "send amount or points, not both")
	}
	if (r.Amount != "" || r.Points != nil) && r.ID == "" {
		return 0, "", invalid("id", "a partial refund needs an id, so that a retry is not applied twice")
	}
	var points int64
	if r.Points != nil {
		if *r.Points <= 0 {
			return 0, "", invalid("points", "points must be positive, got %d", *r.Points)
		}
		points = *r.Points
	}
	if r.ID != "" {
		prefix += ":" + r.ID
	}
	return points, prefix, nil
}

// Reversal asks to take back what an event earned.
type Reversal struct {
	EventID string `json:"event"`
	Refund
}

// Reverse takes back what an event earned, as r asks. The ledger works out the share of a
// refund by amount under the member's lock, counting the refunds before it, so that refunds
// adding up to the event's amount take back all it earned.
func (p *Program) Reverse(ctx context.Context, r Reversal) (ledger.Result, error) {
	points, key, err := r.check("reverse:" + r.EventID)
	if err != nil {
		return ledger.Result{}, err
	}
	return p.postOne(ctx, ledger.Reverse{Key: key, Fingerprint: fingerprint(r), EventID: r.EventID, Points: points, Amount: r.Amount,
		Reason: r.Reason, Actor: r.Actor, Engine: p.Engine})
}
