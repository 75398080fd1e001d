package engine

import (
	"fmt"
	"math/big"
	"time"

	"github.com/tally-operator/tally/internal/ruleset"
)

// Why a member cannot redeem an item.
const (
	IneligibleUnknown      = "unknown_item"
	IneligibleNotYet       = "not_yet_available"
	IneligibleEnded        = "no_longer_available"
	IneligibleTier         = "tier_too_low"
	IneligibleLimitReached = "limit_reached"
)

// Ineligible is why a member cannot redeem a catalog item.
type Ineligible struct {
	Reason  string
	Message string
}

func (e *Ineligible) Error() string { return e.Message }

// Eligible checks that the member (of tier, having redeemed `redeemed` of the item already)
// can redeem quantity of sku at now, and returns the item. Stock is the ledger's to check.
func (e *Engine) Eligible(sku, tier string, redeemed, quantity int, now time.Time) (ruleset.CatalogItem, error) {
	it, ok := e.rs.Item(sku)
	switch {
	case !ok:
		return it, &Ineligible{IneligibleUnknown, fmt.Sprintf("the catalog has no item %q", sku)}
	case it.AvailableFrom != nil && now.Before(*it.AvailableFrom):
		return it, &Ineligible{IneligibleNotYet, fmt.Sprintf("%s can be redeemed from %s", sku, it.AvailableFrom.Format(time.RFC3339))}
	case it.AvailableUntil != nil && !now.Before(*it.AvailableUntil):
		return it, &Ineligible{IneligibleEnded, fmt.Sprintf("%s could be redeemed until %s", sku, it.AvailableUntil.Format(time.RFC3339))}
	case it.MinTier != "" && e.tierIndex(tier) < e.tierIndex(it.MinTier):
		return it, &Ineligible{IneligibleTier, fmt.Sprintf("%s needs tier %s or higher", sku, it.MinTier)}
	case it.PerMemberLimit > 0 && redeemed+quantity > int(it.PerMemberLimit):
		return it, &Ineligible{IneligibleLimitReached, fmt.Sprintf("%s is limited to %d per member; %d redeemed already", sku, it.PerMemberLimit, redeemed)}
	}
	return it, nil
}

// Quote is what points pay at checkout.
type Quote struct {
	// Points to hold: what was asked for, within the limits, in whole steps.
	Points int64 `json:"points"`
	// Value of those points in the program's currency, a decimal string.
	Value string `json:"value"`
	// MaxPoints is the most points the order could take.
	MaxPoints int64 `json:"maxPoints"`
}

// PaymentQuote works out how many of the requested points can pay for an order of
// orderAmount (a decimal string): at most MaxOrderPercent of the order at the program's rate,
// in multiples of Step, and at least MinPoints.
func (e *Engine) PaymentQuote(orderAmount string, requested int64) (Quote, error) {
	p := e.rs.Payment
	if p == nil {
		return Quote{}, fmt.Errorf("the program does not take points as payment")
	}
	amount, ok := new(big.Rat).SetString(orderAmount)
	if !ok || amount.Sign() <= 0 {
		return Quote{}, fmt.Errorf("order amount %q is not a positive decimal", orderAmount)
	}
	if requested <= 0 {
		return Quote{}, fmt.Errorf("points must be positive")
	}
	rate, _ := new(big.Rat).SetString(p.PointsPerCurrencyUnit)
	maxR := new(big.Rat).Mul(amount, big.NewRat(int64(p.MaxOrderPercent), 100))
	maxR.Mul(maxR, rate)
	maxPts := new(big.Int).Quo(maxR.Num(), maxR.Denom()).Int64()
	maxPts -= maxPts % p.Step
	pts := min(requested, maxPts)
	pts -= pts % p.Step
	if pts < max(p.MinPoints, 1) {
		return Quote{MaxPoints: maxPts}, fmt.Errorf("at least %d points must be used, in steps of %d; this order takes at most %d",
			max(p.MinPoints, p.Step), p.Step, maxPts)
	}
	value := new(big.Rat).Quo(new(big.Rat).SetInt64(pts), rate)
	return Quote{Points: pts, Value: value.FloatString(2), MaxPoints: maxPts}, nil
}
