package program

import (
	"context"
	"encoding/json"
	"strings"

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
//
// A referral (type "referral", the new member's event, naming the referrer in
// attributes.referrer) is judged with attributes.role "new"; once the ledger has taken it,
// the referrer gets an event of their own, of the same type with role "referrer" and
// attributes.referred naming the new member, under the id ReferrerEventID(id), so that rules
// reward both sides and caps limit what one referrer earns. A retry replays both.
func (p *Program) Events(ctx context.Context, events []engine.Event) ([]ledger.Result, error) {
	ops := make([]ledger.Op, len(events))
	var referrals []int
	for i, ev := range events {
		if ev.Type == ReferralEvent {
			referrals = append(referrals, i)
		}
		ops[i] = p.earn(ev)
	}
	results, err := p.post(ctx, ops)
	if err != nil || len(referrals) == 0 {
		return results, err
	}
	var sponsors []ledger.Op
	for _, i := range referrals {
		if results[i].Err != nil {
			continue
		}
		ev := events[i]
		sponsor := engine.Event{ID: ReferrerEventID(ev.ID), Type: ReferralEvent, Member: ev.Attributes["referrer"], OccurredAt: ev.OccurredAt,
			Attributes: map[string]string{"role": "referrer", "referred": ev.Member}}
		sponsors = append(sponsors, ledger.Earn{Event: sponsor, Engine: p.Engine, Fingerprint: fingerprint(sponsor)})
	}
	if len(sponsors) == 0 {
		return results, nil
	}
	// The referrers' rewards are written after the referrals they follow; an error here
	// fails the request, and its retry replays the referrals and writes the rest.
	if _, err := p.post(ctx, sponsors); err != nil {
		return nil, err
	}
	return results, nil
}

// Explain judges ev as Events would take it now, and writes nothing (ledger.Judge). Of a
// referral it judges the new member's event; the referrer's, which follows once the referral
// is taken, is not judged.
func (p *Program) Explain(ctx context.Context, ev engine.Event) (ledger.Result, error) {
	return p.Ledger.Judge(ctx, p.earn(ev))
}

// earn is the ledger operation an event is taken as: a referral is the new member's side
// (attributes.role "new"), naming its referrer. The fingerprint is of the event as sent.
func (p *Program) earn(ev engine.Event) ledger.Earn {
	fp := fingerprint(ev)
	var referrer string
	if ev.Type == ReferralEvent {
		referrer = ev.Attributes["referrer"]
		ev.Attributes = withAttribute(ev.Attributes, "role", "new")
	}
	return ledger.Earn{Event: ev, Engine: p.Engine, Fingerprint: fp, MaxAge: p.Rules.Program.MaxEventAge(), Referrer: referrer}
}

// ReferralEvent is the event type of referrals.
const ReferralEvent = "referral"

// ReferrerEventID is the id of the event that rewards the referrer of referral id. Client
// event ids never start with "~", so it is never one of theirs.
func ReferrerEventID(id string) string { return ledger.ReferrerEventPrefix + id }

// CheckEvent refuses what a client may not send in an event: an id starting with "~"
// (reserved for events the program makes), a referral without a referrer, or one that says
// its own role.
func (p *Program) CheckEvent(field func(string) string, ev engine.Event) *Error {
	if err := checkMember(field("member"), ev.Member); err != nil {
		return err
	}
	switch {
	case strings.HasPrefix(ev.ID, "~"):
		return invalid(field("id"), "event ids starting with ~ are reserved for events the program makes")
	case ev.Type != ReferralEvent:
		return nil
	case ev.Attributes["referrer"] == "":
		return invalid(field("attributes.referrer"), "a referral names the member who referred in attributes.referrer")
	case ev.Attributes["role"] != "":
		return invalid(field("attributes.role"), "attributes.role is set by the program on referrals: leave it out")
	}
	return nil
}

// checkMember refuses a member id starting with "~": those are the program's own, the
// pseudonyms of erased members, which earn and spend nothing more.
func checkMember(field, id string) *Error {
	if strings.HasPrefix(id, "~") {
		return invalid(field, "member ids starting with ~ are the program's own (pseudonyms of erased members): %s takes no new activity", id)
	}
	return nil
}

// withAttribute returns attrs with key set to value, leaving attrs as it was.
func withAttribute(attrs map[string]string, key, value string) map[string]string {
	out := make(map[string]string, len(attrs)+1)
	for k, v := range attrs {
		out[k] = v
	}
	out[key] = value
	return out
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
