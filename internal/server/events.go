package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/program"
	"github.com/tally-operator/tally/internal/ruleset"
)

// MaxBatch is the most events one request may carry.
const MaxBatch = 1000

type eventIn struct {
	ID         string                     `json:"id"`
	Member     string                     `json:"member"`
	Type       string                     `json:"type"`
	OccurredAt string                     `json:"occurredAt"`
	Amount     *Decimal                   `json:"amount"`
	Currency   string                     `json:"currency"`
	Attributes map[string]json.RawMessage `json:"attributes"`
	Items      []itemIn                   `json:"items"`
}

type itemIn struct {
	SKU      string   `json:"sku"`
	Category string   `json:"category"`
	Quantity *int64   `json:"quantity"`
	Price    *Decimal `json:"price"`
}

// eventsIn is one event, or a batch under "events".
type eventsIn struct {
	eventIn
	Events []eventIn `json:"events"`
}

var eventTypePattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,62}$`)

// toEvent checks an event as sent and converts it for the engine; field names a field as the
// client sees it ("amount", or "events[3].amount" in a batch).
func (s *Server) toEvent(in eventIn, field func(string) string, p *program.Program) (engine.Event, *Problem) {
	ev := engine.Event{ID: in.ID, Member: in.Member, Type: in.Type, Currency: in.Currency}
	if pr := identifier(field("id"), in.ID, true); pr != nil {
		return ev, pr
	}
	if pr := identifier(field("member"), in.Member, true); pr != nil {
		return ev, pr
	}
	if !eventTypePattern.MatchString(in.Type) {
		return ev, invalid(field("type"), "type must be an event type such as \"purchase\" or \"sign_in\" (lower case, digits and _), not %q", in.Type)
	}
	at, pr := timestamp(field("occurredAt"), in.OccurredAt)
	if pr != nil {
		return ev, pr
	}
	if now := s.now(); at.After(now.Add(5 * time.Minute)) {
		return ev, invalid(field("occurredAt"), "occurredAt %s is in the future", in.OccurredAt)
	}
	ev.OccurredAt = at
	if in.Amount != nil {
		if ev.Amount, pr = in.Amount.check(field("amount")); pr != nil {
			return ev, pr
		}
	}
	if err := p.CheckCurrency(field("currency"), in.Currency); err != nil {
		return ev, s.failure(err)
	}
	if len(in.Attributes) > ruleset.MaxAttributes {
		return ev, invalid(field("attributes"), "attributes has %d keys; at most %d", len(in.Attributes), ruleset.MaxAttributes)
	}
	if len(in.Attributes) > 0 {
		ev.Attributes = make(map[string]string, len(in.Attributes))
	}
	for k, raw := range in.Attributes {
		f := field("attributes." + k)
		v, ok := attributeText(raw)
		switch {
		case !ok:
			return ev, invalid(f, "%s must be a string, number or boolean", f)
		case len(k) > ruleset.MaxStringBytes || len(v) > ruleset.MaxStringBytes:
			return ev, invalid(f, "attribute keys and values are at most %d bytes", ruleset.MaxStringBytes)
		}
		ev.Attributes[k] = v
	}
	if len(in.Items) > ruleset.MaxItems {
		return ev, invalid(field("items"), "items has %d lines; at most %d", len(in.Items), ruleset.MaxItems)
	}
	for i, it := range in.Items {
		f := func(name string) string { return fmt.Sprintf("%s[%d].%s", field("items"), i, name) }
		if pr := identifier(f("sku"), it.SKU, true); pr != nil {
			return ev, pr
		}
		if pr := identifier(f("category"), it.Category, false); pr != nil {
			return ev, pr
		}
		q := int64(1)
		if it.Quantity != nil {
			q = *it.Quantity
		}
		if q < 1 || q > 1_000_000 {
			return ev, invalid(f("quantity"), "%s must be between 1 and 1000000, got %d", f("quantity"), q)
		}
		var price float64
		if it.Price != nil {
			text, pr := it.Price.check(f("price"))
			if pr != nil {
				return ev, pr
			}
			price, _ = strconv.ParseFloat(text, 64)
		}
		ev.Items = append(ev.Items, ruleset.Item{SKU: it.SKU, Category: it.Category, Quantity: q, Price: price})
	}
	if err := p.CheckEvent(field, ev); err != nil {
		return ev, s.failure(err)
	}
	return ev, nil
}

// attributeText is an attribute value as the text rules see: strings as they are, numbers
// and booleans as written.
func attributeText(raw json.RawMessage) (string, bool) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", false
	}
	switch v.(type) {
	case string:
		var s string
		_ = json.Unmarshal(raw, &s)
		return s, true
	case float64, bool:
		return string(raw), true
	}
	return "", false
}

// eventOut is what an event earned.
type eventOut struct {
	ID             string               `json:"id"`
	Member         string               `json:"member,omitempty"`
	Points         int64                `json:"points"`
	Balance        int64                `json:"balance"`
	Shortfall      int64                `json:"shortfall,omitempty"`
	RulesetVersion string               `json:"rulesetVersion,omitempty"`
	Awards         []awardOut           `json:"awards"`
	WouldAward     []awardOut           `json:"wouldAward,omitempty"`
	Tier           string               `json:"tier"`
	TierChanged    bool                 `json:"tierChanged,omitempty"`
	Badges         []string             `json:"badges,omitempty"`
	Replayed       bool                 `json:"replayed,omitempty"`
	Explanation    []engine.Explanation `json:"explanation,omitempty"`
	Error          *Problem             `json:"error,omitempty"`
}

type awardOut struct {
	Rule           string     `json:"rule"`
	Points         int64      `json:"points"`
	GrowthValue    int64      `json:"growthValue,omitempty"`
	ExpiresAt      *time.Time `json:"expiresAt,omitempty"`
	RulesetVersion string     `json:"rulesetVersion"`
}

func awards(as []engine.Award, version string) []awardOut {
	out := make([]awardOut, 0, len(as))
	for _, a := range as {
		out = append(out, awardOut{Rule: a.Rule, Points: a.Points, GrowthValue: a.GrowthValue, ExpiresAt: a.ExpiresAt, RulesetVersion: version})
	}
	return out
}

func eventResult(id string, r ledger.Result, explain bool) eventOut {
	out := eventOut{ID: id, Member: r.Member, Points: r.Points, Balance: r.Balance, Shortfall: r.Shortfall, Replayed: r.Replayed, Awards: []awardOut{}}
	if e := r.Earned; e != nil {
		out.RulesetVersion, out.Tier, out.TierChanged, out.Badges = e.RulesetVersion, e.Tier, e.TierChanged, e.Badges
		out.Awards, out.WouldAward = awards(e.Awards, e.RulesetVersion), awards(e.WouldAward, e.RulesetVersion)
		if len(out.WouldAward) == 0 {
			out.WouldAward = nil
		}
		if explain {
			out.Explanation = e.Explanation
		}
	}
	return out
}

func (s *Server) postEvents(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	var in eventsIn
	if pr := decode(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	explain := r.URL.Query().Get("explain") == "true"
	single := in.Events == nil
	list := in.Events
	if single {
		list = []eventIn{in.eventIn}
	} else if in.ID != "" || in.Member != "" || in.Type != "" || in.Amount != nil || in.Items != nil || in.Attributes != nil {
		writeProblem(w, badRequest("events", "send one event, or a batch under \"events\" and nothing else"))
		return
	}
	switch {
	case !single && len(list) == 0:
		writeProblem(w, invalid("events", "events is empty"))
		return
	case len(list) > MaxBatch:
		writeProblem(w, problem(http.StatusRequestEntityTooLarge, "too_many_events", "events", "a batch holds at most %d events, got %d", MaxBatch, len(list)))
		return
	}
	events := make([]engine.Event, len(list))
	for i, e := range list {
		field := func(name string) string { return name }
		if !single {
			field = func(name string) string { return fmt.Sprintf("events[%d].%s", i, name) }
		}
		ev, pr := s.toEvent(e, field, p)
		if pr != nil {
			writeProblem(w, pr)
			return
		}
		events[i] = ev
	}
	results, err := p.Events(r.Context(), events)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	s.metrics.observeEarned(results)
	if single {
		if err := results[0].Err; err != nil {
			writeProblem(w, s.failure(err))
			return
		}
		writeJSON(w, http.StatusOK, eventResult(list[0].ID, results[0], explain))
		return
	}
	out := make([]eventOut, len(results))
	for i, res := range results {
		if res.Err != nil {
			out[i] = eventOut{ID: list[i].ID, Member: list[i].Member, Awards: []awardOut{}, Error: s.failure(res.Err)}
			continue
		}
		out[i] = eventResult(list[i].ID, res, explain)
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": out})
}

// refundIn is a request to give something back: all of it (no body), money refunded
// ({"id","amount"}) or points ({"id","points"}).
type refundIn struct {
	ID     string   `json:"id"`
	Amount *Decimal `json:"amount"`
	Points *int64   `json:"points"`
	Reason string   `json:"reason"`
	Actor  string   `json:"actor"`
}

// decodeRefund reads the path id and the refund a request asks for; ok is false when it
// answered.
func (s *Server) decodeRefund(w http.ResponseWriter, r *http.Request) (string, program.Refund, bool) {
	id, pr := pathID(r)
	var in refundIn
	if pr == nil {
		pr = decodeOptional(w, r, s.cfg.MaxBody, &in)
	}
	for _, c := range []struct{ field, value string }{{"id", in.ID}, {"reason", in.Reason}, {"actor", in.Actor}} {
		if pr == nil {
			pr = identifier(c.field, c.value, false)
		}
	}
	refund := program.Refund{ID: in.ID, Points: in.Points, Reason: in.Reason, Actor: in.Actor}
	if pr == nil && in.Amount != nil {
		refund.Amount, pr = in.Amount.check("amount")
	}
	if pr != nil {
		writeProblem(w, pr)
		return "", refund, false
	}
	return id, refund, true
}

// reverseEvent takes back what an event earned: all of it, the share of a partial refund
// ({"amount": money refunded}), or a number of points.
func (s *Server) reverseEvent(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	eventID, refund, ok := s.decodeRefund(w, r)
	if !ok {
		return
	}
	res, err := p.Reverse(r.Context(), program.Reversal{EventID: eventID, Refund: refund})
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	if !res.Replayed {
		s.metrics.points.WithLabelValues("reversed").Add(float64(max(res.Points, -res.Points)))
	}
	writeJSON(w, http.StatusOK, map[string]any{"event": eventID, "member": res.Member, "points": res.Points,
		"balance": res.Balance, "shortfall": res.Shortfall, "replayed": res.Replayed})
}
