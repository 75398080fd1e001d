package ledger

import (
	"time"

	"github.com/tally-operator/tally/internal/engine"
)

// Op is one operation of a batch given to Post: Credit, Debit, Hold, Capture, Release,
// RefundHold, Reverse, Redeem, CancelRedemption or Earn. Every operation carries the caller's
// idempotency key: the same key with the same request returns the first result and posts
// nothing; the same key with a different request fails with ErrIdempotencyConflict.
//
// The request an idempotency key is compared with is the operation's Fingerprint when the
// caller sets one: the bytes of what the client sent, so that a retry matches its first
// request whatever the server derived from it since (the time, a catalog price). Without a
// Fingerprint it is the operation itself.
type Op interface {
	idempotencyKey() string
	opKind() string
	fingerprint() []byte
}

// Award is the part of a credit that one rule earned. Each award becomes a lot.
type Award struct {
	Rule      string     `json:"rule"`
	Points    int64      `json:"points"`
	ExpiresAt *time.Time `json:"expiresAt,omitempty"`
}

// Credit adds points to a member (earning, or a manual adjustment).
type Credit struct {
	Key            string    `json:"key"`
	Fingerprint    []byte    `json:"-"`
	Member         string    `json:"member"`
	EventID        string    `json:"eventId,omitempty"`
	RulesetVersion string    `json:"rulesetVersion,omitempty"`
	Reason         string    `json:"reason,omitempty"`
	Actor          string    `json:"actor,omitempty"`
	OccurredAt     time.Time `json:"occurredAt"`
	Awards         []Award   `json:"awards"`
	// Spend is the money of a purchase as a decimal string ("128.50"), counted per day for
	// tiers; empty for other events.
	Spend string `json:"spend,omitempty"`
	// GrowthValue is counted per day for tiers whose metric is growth value.
	GrowthValue int64 `json:"growthValue,omitempty"`
	// Adjustment posts against the 'adjusted' system account instead of 'issued'.
	Adjustment bool `json:"adjustment,omitempty"`
	// counted, when set, says which awards' rules need daily counters of their own (the
	// rules with caps); by default every rule gets them.
	counted func(rule string) bool
}

// DebitKind says why points are taken.
type DebitKind string

const (
	// DebitRedeem spends points (on something outside the catalog).
	DebitRedeem DebitKind = "redeem"
	// DebitPenalty takes points away; where the program allows, below zero.
	DebitPenalty DebitKind = "penalty"
	// DebitAdjustment is a manual correction.
	DebitAdjustment DebitKind = "adjustment"
)

// Debit takes points from a member, from the soonest-expiring lots first.
type Debit struct {
	Key            string    `json:"key"`
	Fingerprint    []byte    `json:"-"`
	Member         string    `json:"member"`
	Kind           DebitKind `json:"kind"`
	Points         int64     `json:"points"`
	EventID        string    `json:"eventId,omitempty"`
	Rule           string    `json:"rule,omitempty"`
	RulesetVersion string    `json:"rulesetVersion,omitempty"`
	Reason         string    `json:"reason,omitempty"`
	Actor          string    `json:"actor,omitempty"`
}

// Hold reserves points at checkout. They leave the member's available balance at once and
// are captured, released, or released by themselves after the TTL.
type Hold struct {
	Key         string `json:"key"`
	Fingerprint []byte `json:"-"`
	HoldID      string `json:"holdId"`
	Member      string `json:"member"`
	Points      int64  `json:"points"`
	// TTL overrides the ledger's default hold TTL when positive.
	TTL    time.Duration `json:"ttl,omitempty"`
	Reason string        `json:"reason,omitempty"`
	// OrderAmount is the order the points pay part of, a decimal string; a refund given in
	// money is measured against it.
	OrderAmount string `json:"orderAmount,omitempty"`
	// Engine, when set, checks the points against the program's points-as-payment rules for
	// the order (after the key is looked up, so that a retry replays even when the rules
	// changed since), and the result's Cash says what they pay.
	Engine *engine.Engine `json:"-"`
}

// Capture spends held points. Points, when positive and less than the hold, captures that
// many and releases the rest.
type Capture struct {
	Key         string `json:"key"`
	Fingerprint []byte `json:"-"`
	HoldID      string `json:"holdId"`
	Points      int64  `json:"points,omitempty"`
	Reason      string `json:"reason,omitempty"`
}

// Release gives held points back to the lots they came from.
type Release struct {
	Key         string `json:"key"`
	Fingerprint []byte `json:"-"`
	HoldID      string `json:"holdId"`
	Reason      string `json:"reason,omitempty"`
	// expired marks a release by the hold sweeper rather than the caller.
	expired bool
}

// RefundHold gives back points that a captured hold spent, when the order they paid for is
// refunded: Points of them, the share of the order's amount that Amount (money, a decimal
// string) is, or, with neither, all that are not refunded yet. They go back into the lots
// they came from, which keep their expiry.
type RefundHold struct {
	Key         string `json:"key"`
	Fingerprint []byte `json:"-"`
	HoldID      string `json:"holdId"`
	Points      int64  `json:"points,omitempty"`
	Amount      string `json:"amount,omitempty"`
	Reason      string `json:"reason,omitempty"`
	Actor       string `json:"actor,omitempty"`
}

// Reverse claws back what an earlier credit earned, by its event id: all of it, or Points,
// and the same share of what the event added to the tier metric (points earned, spend,
// growth value) on the day it counted. The unspent remainder of that event's lots is taken first; the part already spent is taken
// from the member's other lots, and what is still missing becomes a negative balance where the
// program allows it, or is recorded as the posting's shortfall.
type Reverse struct {
	Key         string `json:"key"`
	Fingerprint []byte `json:"-"`
	EventID     string `json:"eventId"`
	Points      int64  `json:"points,omitempty"`
	// Amount, instead of Points, is money refunded on the event, a decimal string: the
	// reversal takes back that share of the event's points, counting every refund by amount
	// so far.
	Amount string `json:"amount,omitempty"`
	Reason string `json:"reason,omitempty"`
	Actor  string `json:"actor,omitempty"`
	// Engine, when set, says which rules keep daily counters and how tiers react: a tier the
	// reversed event helped reach is re-evaluated at once unless the TierPolicy says
	// AtReview.
	Engine *engine.Engine `json:"-"`
}

// Redeem spends points on a catalog item, reserving its stock and counting it against the
// member's limit for the item, all or nothing.
type Redeem struct {
	Key          string `json:"key"`
	Fingerprint  []byte `json:"-"`
	RedemptionID string `json:"redemptionId"`
	Member       string `json:"member"`
	SKU          string `json:"sku"`
	Quantity     int    `json:"quantity"`
	// Points is the total cost of the redemption.
	Points int64 `json:"points"`
	// PerMemberLimit is the most of this SKU the member may hold in active redemptions; 0 is
	// no limit.
	PerMemberLimit int    `json:"perMemberLimit,omitempty"`
	Reason         string `json:"reason,omitempty"`
	// Cash is the money due besides the points, a decimal string; empty for none.
	Cash string `json:"cash,omitempty"`
	// Engine, when set, checks under the member's lock that the member may redeem the item
	// (tier, availability, limit) and prices it: Points, PerMemberLimit, Reason and Cash come
	// from the catalog item of the engine's rule set.
	Engine *engine.Engine `json:"-"`
}

// CancelRedemption gives a redemption's points back to the lots they came from and returns
// its stock.
type CancelRedemption struct {
	Key          string `json:"key"`
	Fingerprint  []byte `json:"-"`
	RedemptionID string `json:"redemptionId"`
	Reason       string `json:"reason,omitempty"`
}

func (o Credit) idempotencyKey() string           { return o.Key }
func (o Debit) idempotencyKey() string            { return o.Key }
func (o Hold) idempotencyKey() string             { return o.Key }
func (o Capture) idempotencyKey() string          { return o.Key }
func (o Release) idempotencyKey() string          { return o.Key }
func (o Reverse) idempotencyKey() string          { return o.Key }
func (o Redeem) idempotencyKey() string           { return o.Key }
func (o CancelRedemption) idempotencyKey() string { return o.Key }
func (o RefundHold) idempotencyKey() string       { return o.Key }

func (o Credit) fingerprint() []byte           { return o.Fingerprint }
func (o Debit) fingerprint() []byte            { return o.Fingerprint }
func (o Hold) fingerprint() []byte             { return o.Fingerprint }
func (o Capture) fingerprint() []byte          { return o.Fingerprint }
func (o Release) fingerprint() []byte          { return o.Fingerprint }
func (o Reverse) fingerprint() []byte          { return o.Fingerprint }
func (o Redeem) fingerprint() []byte           { return o.Fingerprint }
func (o CancelRedemption) fingerprint() []byte { return o.Fingerprint }
func (o RefundHold) fingerprint() []byte       { return o.Fingerprint }

func (Credit) opKind() string           { return "credit" }
func (Debit) opKind() string            { return "debit" }
func (Hold) opKind() string             { return "hold" }
func (Capture) opKind() string          { return "capture" }
func (Release) opKind() string          { return "release" }
func (Reverse) opKind() string          { return "reverse" }
func (Redeem) opKind() string           { return "redeem" }
func (CancelRedemption) opKind() string { return "cancel" }
func (RefundHold) opKind() string       { return "refund" }

// Result is the outcome of one operation.
type Result struct {
	// Err is nil on success, otherwise an *Error (compare with errors.Is against ErrInsufficientBalance, ...).
	Err error `json:"-"`
	// PostingID identifies the posting the operation wrote.
	PostingID int64 `json:"postingId"`
	// Points is the signed change of the member's available balance.
	Points int64 `json:"points"`
	// Balance and Held are the member's available and held points after the operation.
	Balance int64 `json:"balance"`
	Held    int64 `json:"held"`
	// Shortfall is what a reversal or penalty could not take because the program forbids a
	// negative balance.
	Shortfall int64 `json:"shortfall,omitempty"`
	// Member the operation applied to.
	Member string `json:"member"`
	// Cash is the money due with a redemption, or refundable with its cancellation, a
	// decimal string; empty when the item has no cash part.
	Cash string `json:"cash,omitempty"`
	// Earned is what an Earn decided.
	Earned *Earned `json:"earned,omitempty"`
	// Asked is what a Reverse asked to take back, kept so that a rule simulation can ask the
	// same of its own replay of the event.
	Asked *Asked `json:"-"`
	// Replayed is true when the result is the stored first result of an earlier request with
	// the same idempotency key.
	Replayed bool `json:"-"`
}

// Asked is what a reversal asked for: Points (0: all that is left), or the money refunded
// (Amount, a decimal string).
type Asked struct {
	Points int64
	Amount string
}

// IdempotencyKey returns the caller's idempotency key of op.
func IdempotencyKey(op Op) string { return op.idempotencyKey() }
