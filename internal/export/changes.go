// Package export sends every change of a member's points to the program's sinks as
// CloudEvents 1.0 over HTTP: at least once, in order per member, signed.
//
// The outbox is the journal: each posting and each notice is a change, written in the
// transaction that makes it, with the id of that transaction (migration 0017). A sink's
// cursor is a pair of PostgreSQL snapshots; the changes new to it are the rows whose
// transaction the older snapshot did not see committed and the newer one does, taken in the
// order of their seq (the posting's id, or the notice's place among its member's postings).
// A member's rows are written under the member's lock, so when one of them is visible, every
// earlier one of the member is too: each reading finds a member's changes after every change of
// that member read before.
//
// A Dispatcher delivers them: one per program at a time (a PostgreSQL advisory lock is the
// lease), a loop per sink, batches with exponential backoff and jitter, a retry limit per
// sink, then a dead-letter table that a replay drains again. A sink's cursor moves only after
// its batch is accepted, so a dispatcher killed mid-delivery sends that batch again: at most
// one batch per sink is delivered twice.
package export

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
)

// Kind is the kind of a change, and the last part of its CloudEvent type.
type Kind string

// The kinds of changes, and which journal rows make them.
const (
	PointsEarned   Kind = "PointsEarned"   // a credit for an event
	PointsAdjusted Kind = "PointsAdjusted" // a manual credit or debit, or a penalty
	PointsRedeemed Kind = "PointsRedeemed" // a redemption, a debit to 'redeemed', a captured hold
	PointsReversed Kind = "PointsReversed" // a refund of an event or of a captured hold, a cancelled redemption
	PointsExpired  Kind = "PointsExpired"  // expiry, and the forfeit of an erased member's points
	TierChanged    Kind = "TierChanged"
	PointsExpiring Kind = "PointsExpiring"
	BadgeAwarded   Kind = "BadgeAwarded"
	MemberErased   Kind = "MemberErased"
)

// Kinds are every kind a sink may ask for.
var Kinds = []Kind{PointsEarned, PointsAdjusted, PointsRedeemed, PointsReversed, PointsExpired, TierChanged, PointsExpiring, BadgeAwarded, MemberErased}

// TypePrefix starts the CloudEvent type of every change: "dev.tally.PointsEarned".
const TypePrefix = "dev.tally."

// Change is one change of a member's points.
type Change struct {
	// ID is stable: "p<posting id>" or "n<notice id>". Receivers deduplicate by it.
	ID string
	// Seq orders a member's changes.
	Seq    int64
	Kind   Kind
	Member string
	Time   time.Time
	Data   json.RawMessage
}

// Posting is what a change of kind PointsEarned ... PointsExpired says: the posting as the
// journal has it.
type Posting struct {
	PostingID      int64        `json:"postingId"`
	Kind           string       `json:"kind"`
	Points         int64        `json:"points"`
	EventID        string       `json:"eventId,omitempty"`
	EventType      string       `json:"eventType,omitempty"`
	RulesetVersion string       `json:"rulesetVersion,omitempty"`
	Rules          []RulePoints `json:"rules,omitempty"`
	Reason         string       `json:"reason,omitempty"`
	Actor          string       `json:"actor,omitempty"`
	Ref            string       `json:"ref,omitempty"`
	Shortfall      int64        `json:"shortfall,omitempty"`
	At             time.Time    `json:"at"`
	// What the event said besides, while the program keeps it (spec.export.eventDetails).
	OccurredAt *time.Time      `json:"occurredAt,omitempty"`
	Amount     string          `json:"amount,omitempty"`
	Attributes json.RawMessage `json:"attributes,omitempty"`
	Items      json.RawMessage `json:"items,omitempty"`
}

// RulePoints is the points one rule gave or took in a posting.
type RulePoints struct {
	Rule   string `json:"rule"`
	Points int64  `json:"points"`
}

// postingKind is the kind of change a posting makes, or "" for postings that change no
// balance a member sees in full (holds and their release move points between the member's
// available and held points) and for events that earned nothing.
func postingKind(kind ledger.PostingKind, points int64, accounts []string) Kind {
	has := func(a ledger.Account) bool { return slices.Contains(accounts, string(a)) }
	switch kind {
	case ledger.PostingCredit:
		if points == 0 {
			return ""
		}
		if has(ledger.AccountAdjusted) {
			return PointsAdjusted
		}
		return PointsEarned
	case ledger.PostingDebit:
		if has(ledger.AccountRedeemed) {
			return PointsRedeemed
		}
		return PointsAdjusted
	case ledger.PostingRedeem, ledger.PostingCapture:
		return PointsRedeemed
	case ledger.PostingReverse, ledger.PostingRefund, ledger.PostingCancel:
		return PointsReversed
	case ledger.PostingExpire, ledger.PostingForfeit:
		return PointsExpired
	}
	return ""
}

// rulePoints is each rule's share of the member's side of a posting.
func rulePoints(accounts []string, amounts []int64, rules []string) []RulePoints {
	var out []RulePoints
	for i, a := range accounts {
		if a != string(ledger.AccountMember) || i >= len(amounts) || i >= len(rules) || rules[i] == "" {
			continue
		}
		out = append(out, RulePoints{Rule: rules[i], Points: amounts[i]})
	}
	return out
}
