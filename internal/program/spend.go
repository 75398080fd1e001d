package program

import (
	"context"
	"fmt"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
)

// Redemption asks to spend points on Quantity of a catalog item.
type Redemption struct {
	ID       string `json:"id"`
	Member   string `json:"member"`
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

// Redeem spends the member's points on a catalog item. Whether the member may (tier,
// availability, limit, stock, balance) and what it costs in points and cash are decided
// under the member's lock, with the catalog of this rule set; a retry after the catalog
// changed still gets the first result.
func (p *Program) Redeem(ctx context.Context, r Redemption) (ledger.Result, error) {
	if err := checkMember("member", r.Member); err != nil {
		return ledger.Result{}, err
	}
	if r.Quantity < 1 || r.Quantity > 1000 {
		return ledger.Result{}, invalid("quantity", "quantity must be from 1 to 1000, got %d", r.Quantity)
	}
	return p.postOne(ctx, ledger.Redeem{Key: "redemption:" + r.ID, Fingerprint: fingerprint(r), RedemptionID: r.ID,
		Member: r.Member, SKU: r.SKU, Quantity: r.Quantity, Engine: p.Engine})
}

// CancelRedemption gives a redemption's points back and returns its stock; the result's
// Cash is the money to refund, if the item had a cash part.
func (p *Program) CancelRedemption(ctx context.Context, id, reason string) (ledger.Result, error) {
	request := struct {
		ID     string `json:"id"`
		Reason string `json:"reason,omitempty"`
	}{id, reason}
	return p.postOne(ctx, ledger.CancelRedemption{Key: "cancel:" + id, Fingerprint: fingerprint(request), RedemptionID: id, Reason: reason})
}

// HoldRequest asks to reserve Points to pay part of an order of OrderAmount.
type HoldRequest struct {
	ID          string `json:"id"`
	Member      string `json:"member"`
	Points      int64  `json:"points"`
	OrderAmount string `json:"orderAmount"`
}

// Hold reserves points within the program's points-as-payment rules: at most a share of
// the order, in whole steps. The ledger checks them after looking up the hold's key, so a
// retry replays its first result even when the rules changed since; the result's Cash is
// what the points pay.
func (p *Program) Hold(ctx context.Context, h HoldRequest) (ledger.Result, error) {
	if err := checkMember("member", h.Member); err != nil {
		return ledger.Result{}, err
	}
	if h.Points <= 0 {
		return ledger.Result{}, invalid("points", "points must be a positive integer")
	}
	if p.Rules.Payment == nil {
		return ledger.Result{}, invalid("points", "the program does not take points as payment")
	}
	return p.postOne(ctx, ledger.Hold{Key: "hold:" + h.ID, Fingerprint: fingerprint(h), HoldID: h.ID, Member: h.Member,
		Points: h.Points, OrderAmount: h.OrderAmount, Reason: "checkout", Engine: p.Engine})
}

// Capture spends a hold's points: all of them, or points (then the rest goes back).
func (p *Program) Capture(ctx context.Context, holdID string, points *int64) (ledger.Result, error) {
	var n int64
	if points != nil {
		if *points <= 0 {
			return ledger.Result{}, invalid("points", "points must be positive, got %d; release the hold to capture nothing", *points)
		}
		n = *points
	}
	request := struct {
		Hold   string `json:"hold"`
		Points int64  `json:"points,omitempty"`
	}{holdID, n}
	return p.postOne(ctx, ledger.Capture{Key: "capture:" + holdID, Fingerprint: fingerprint(request), HoldID: holdID, Points: n})
}

// Release gives a hold's points back.
func (p *Program) Release(ctx context.Context, holdID string) (ledger.Result, error) {
	request := struct {
		Hold string `json:"hold"`
	}{holdID}
	return p.postOne(ctx, ledger.Release{Key: "release:" + holdID, Fingerprint: fingerprint(request), HoldID: holdID})
}

// HoldRefund asks to give back points a captured hold spent: all, Points of them, or the
// share of the order that Amount (money refunded) is.
type HoldRefund struct {
	HoldID string `json:"hold"`
	Refund
}

// RefundHold gives back points a captured hold spent, into the lots they came from.
func (p *Program) RefundHold(ctx context.Context, r HoldRefund) (ledger.Result, error) {
	points, key, err := r.check("refund:" + r.HoldID)
	if err != nil {
		return ledger.Result{}, err
	}
	return p.postOne(ctx, ledger.RefundHold{Key: key, Fingerprint: fingerprint(r), HoldID: r.HoldID, Points: points,
		Amount: r.Amount, Reason: r.Reason, Actor: r.Actor})
}

// Adjustment asks to credit (Points > 0) or debit (Points < 0) a member by hand, saying why
// and who.
type Adjustment struct {
	ID     string `json:"id"`
	Member string `json:"member"`
	Points int64  `json:"points"`
	Reason string `json:"reason"`
	Actor  string `json:"actor"`
}

// MaxAdjustment is the most points one adjustment moves either way.
const MaxAdjustment = 100_000_000

// Adjust credits or debits a member by hand. A credit's points expire under the program's
// policy, counted from when the adjustment was first made; adjustments count toward
// neither caps nor tiers.
func (p *Program) Adjust(ctx context.Context, a Adjustment) (ledger.Result, error) {
	if err := checkMember("member", a.Member); err != nil {
		return ledger.Result{}, err
	}
	if a.Points == 0 || a.Points > MaxAdjustment || a.Points < -MaxAdjustment {
		return ledger.Result{}, invalid("points", "points must be a non-zero integer from -%d to %d (negative takes points)", MaxAdjustment, MaxAdjustment)
	}
	key, fp := "adjustment:"+a.ID, fingerprint(a)
	if a.Points < 0 {
		return p.postOne(ctx, ledger.Debit{Key: key, Fingerprint: fp, Member: a.Member, Kind: ledger.DebitAdjustment, Points: -a.Points,
			Reason: a.Reason, Actor: a.Actor, RulesetVersion: p.Rules.Version})
	}
	now := p.now()
	expires, err := engine.ExpiresAt(p.Rules.Program.Expiry, p.Engine.Location(), now)
	if err != nil {
		return ledger.Result{}, fmt.Errorf("expiry of an adjustment: %w", err)
	}
	return p.postOne(ctx, ledger.Credit{Key: key, Fingerprint: fp, Member: a.Member, Reason: a.Reason, Actor: a.Actor, Adjustment: true,
		OccurredAt: now, RulesetVersion: p.Rules.Version, Awards: []ledger.Award{{Points: a.Points, ExpiresAt: expires}}})
}
