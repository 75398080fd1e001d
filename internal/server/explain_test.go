package server_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// sameAsPosted are the fields of an event's result that an explanation must give as the real
// POST /v1/events?explain=true then gives them.
var sameAsPosted = []string{"id", "member", "points", "balance", "shortfall", "rulesetVersion", "awards", "wouldAward",
	"tier", "tierChanged", "badges", "explanation"}

// explainThenPost explains ev, checks that nothing was written, posts it for real with
// explain=true, and returns both answers.
func explainThenPost(t *testing.T, a *api, ev map[string]any) (explained, posted map[string]any) {
	t.Helper()
	before, profiles := a.writes(), a.profiles()
	explained = a.must(200, "POST", "/v1/events:explain", ev)
	if after := a.writes(); after != before {
		t.Fatalf("explaining %v wrote: %s, then %s", ev["id"], before, after)
	}
	if after := a.profiles(); after != profiles {
		t.Fatalf("explaining %v changed profiles: %s, then %s", ev["id"], profiles, after)
	}
	if explained["dryRun"] != true {
		t.Errorf("explaining %v: dryRun %v", ev["id"], explained["dryRun"])
	}
	posted = a.must(200, "POST", "/v1/events?explain=true", ev)
	return explained, posted
}

// sameVerdicts fails the test where the explanation differs from the posted result.
func sameVerdicts(t *testing.T, explained, posted map[string]any) {
	t.Helper()
	for _, f := range sameAsPosted {
		if e, p := explained[f], posted[f]; !reflect.DeepEqual(e, p) {
			t.Errorf("event %v: %s explained %v, posted %v", posted["id"], f, e, p)
		}
	}
}

// An explanation is the verdict a real event gets, on the member's tier, caps, counters and
// badges, and it writes nothing: no posting, member, counter, notice or idempotency record.
func TestExplainGivesThePostedVerdictAndWritesNothing(t *testing.T) {
	now := time.Now()
	a := startAPI(t, "coffee", func() time.Time { return now })

	// A new member's first purchase, then one that takes them past Silver's 1,000 points.
	e, p := explainThenPost(t, a, map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "990", "currency": "CNY"})
	sameVerdicts(t, e, p)
	if e["limits"] != nil {
		t.Errorf("a new member's purchase: limits %v", e["limits"])
	}
	e, p = explainThenPost(t, a, map[string]any{"id": "o-2", "member": "m-1", "type": "purchase", "amount": "128.50"})
	sameVerdicts(t, e, p)
	if e["tier"] != "Silver" || e["tierChanged"] != true || num(e["points"]) != 128 {
		t.Errorf("the purchase into Silver: %v", e)
	}
	// At Silver the multiplier applies: 1.25 points per CNY.
	e, p = explainThenPost(t, a, map[string]any{"id": "o-3", "member": "m-1", "type": "purchase", "amount": "100"})
	sameVerdicts(t, e, p)
	if num(e["points"]) != 125 {
		t.Errorf("a Silver purchase: %v", e)
	}

	// Sign-ins against the daily cap of 15: awarded, awarded, awarded, then cap_reached. The
	// seven-day streak reads the member's activity counters, which the ledger judges as for a
	// real event.
	for i := range 4 {
		e, p = explainThenPost(t, a, map[string]any{"id": fmt.Sprint("s-", i), "member": "m-1", "type": "sign_in"})
		sameVerdicts(t, e, p)
		if e["limits"] != nil {
			t.Errorf("sign-in %d: limits %v", i, e["limits"])
		}
	}
	if x := fmt.Sprint(e["explanation"]); !strings.Contains(x, "cap_reached") {
		t.Errorf("the fourth sign-in: %s; want cap_reached", x)
	}

	// A new member's first review: activity counters start with it, and are exact.
	e, p = explainThenPost(t, a, map[string]any{"id": "r-1", "member": "m-2", "type": "review"})
	sameVerdicts(t, e, p)
	if e["limits"] != nil {
		t.Errorf("a first review: limits %v", e["limits"])
	}

	// A referral of a new member by m-1: the welcome for the new member, and a note that the
	// referrer's own reward is not judged.
	e, p = explainThenPost(t, a, map[string]any{"id": "ref-1", "member": "m-3", "type": "referral", "attributes": map[string]any{"referrer": "m-1"}})
	sameVerdicts(t, e, p)
	if num(e["points"]) != 100 || !strings.Contains(fmt.Sprint(e["limits"]), "m-1") {
		t.Errorf("a referral: %v", e)
	}

	// An event id already taken: the stored result, as a replay; nothing is written.
	before := a.writes()
	e = a.must(200, "POST", "/v1/events:explain", map[string]any{"id": "o-3", "member": "m-1", "type": "purchase", "amount": "100"})
	if e["replayed"] != true || num(e["points"]) != 125 || !strings.Contains(fmt.Sprint(e["limits"]), "taken before") {
		t.Errorf("an id taken: %v", e)
	}
	if after := a.writes(); after != before {
		t.Errorf("explaining a taken id wrote: %s, then %s", before, after)
	}
	a.verify()
}

// Penalties are taken as the ledger takes them: below zero where the program allows.
func TestExplainPenaltyBelowZero(t *testing.T) {
	now := time.Now()
	a := startAPI(t, "fashion", func() time.Time { return now })
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "20"})
	e, p := explainThenPost(t, a, map[string]any{"id": "x-1", "member": "m-1", "type": "delivery_refused"})
	sameVerdicts(t, e, p)
	if num(p["points"]) >= 0 {
		t.Errorf("the penalty took nothing: %v", p)
	}
	a.verify()
}

// A bad event gets the answer POST /v1/events gives it, status, code and field alike.
func TestExplainRefusesAsPostDoes(t *testing.T) {
	now := time.Now()
	a := startAPI(t, "coffee", func() time.Time { return now })
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "10"})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-2", "member": "m-2", "type": "purchase", "amount": "10"})
	old := now.Add(-40 * 24 * time.Hour).Format(time.RFC3339)
	for _, body := range []any{
		`{"id":"e-1","member":"m-9","type":"purchase","amount":"10","colour":"red"}`,
		`{"id":"e-1","member":"m-9","type":"purchase","amount":{"value":10}}`,
		`{"id":"e-1","member":"m-9","type":"purchase"`,
		``,
		map[string]any{"id": "e-1", "type": "purchase", "amount": "10"},
		map[string]any{"id": "e-1", "member": "m-9", "type": "Purchase!"},
		map[string]any{"id": "e-1", "member": "m-9", "type": "purchase", "amount": "-3"},
		map[string]any{"id": "e-1", "member": "m-9", "type": "purchase", "amount": "10", "currency": "EUR"},
		map[string]any{"id": "e-1", "member": "m-9", "type": "purchase", "occurredAt": now.Add(time.Hour).Format(time.RFC3339)},
		map[string]any{"id": "e-1", "member": "m-9", "type": "purchase", "occurredAt": old},
		map[string]any{"id": "~e-1", "member": "m-9", "type": "purchase"},
		map[string]any{"id": "e-1", "member": "~m-9", "type": "purchase"},
		map[string]any{"id": "e-1", "member": "m-9", "type": "referral"},
		map[string]any{"id": "e-1", "member": "m-9", "type": "referral", "attributes": map[string]any{"referrer": "m-9"}},
		map[string]any{"id": "e-1", "member": "m-9", "type": "referral", "attributes": map[string]any{"referrer": "nobody"}},
		map[string]any{"id": "e-1", "member": "m-1", "type": "referral", "attributes": map[string]any{"referrer": "m-9"}},
		map[string]any{"id": "e-1", "member": "m-1", "type": "referral", "attributes": map[string]any{"referrer": "m-2"}},
		map[string]any{"id": "e-1", "member": "m-9", "type": "referral", "attributes": map[string]any{"referrer": "m-1", "role": "new"}},
	} {
		before := a.writes()
		es, e := a.do("POST", "/v1/events:explain", body)
		ps, p := a.do("POST", "/v1/events", body)
		if es/100 != 4 || es != ps || e["code"] != p["code"] || e["field"] != p["field"] {
			t.Errorf("%v:\n explain %d %v\n post    %d %v", body, es, e, ps, p)
		}
		if after := a.writes(); after != before {
			t.Errorf("%v was written: %s, then %s", body, before, after)
		}
	}
	// A batch is for posting; an explanation judges one event.
	if status, p := a.do("POST", "/v1/events:explain", map[string]any{"events": []any{map[string]any{"id": "e-1", "member": "m-1", "type": "review"}}}); status != 400 || p["field"] != "events" {
		t.Errorf("a batch: %d %v", status, p)
	}
}
