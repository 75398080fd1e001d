package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/export"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// The dead letters of the export are listed and marked for replay through the API.
func TestDeadLetterRoutes(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	ctx := context.Background()
	for _, sink := range []string{"crm", "bi", "bi"} {
		if _, err := a.pool.Exec(ctx, `INSERT INTO program.export_dead_letters (sink, event_id, member_id, kind, event, attempts, last_error, failed_at)
			VALUES ($1, 'p1', 'm-1', 'PointsEarned', '{"id":"p1"}', 15, 'answered 500', now())`, sink); err != nil {
			t.Fatal(err)
		}
	}
	all := a.must(200, "GET", "/v1/export/dead-letters", nil)["deadLetters"].([]any)
	bi := a.must(200, "GET", "/v1/export/dead-letters?sink=bi&limit=1", nil)
	if len(all) != 3 || len(bi["deadLetters"].([]any)) != 1 || bi["next"] == nil {
		t.Errorf("dead letters: all %v, bi %v", all, bi)
	}
	first := bi["deadLetters"].([]any)[0].(map[string]any)
	if first["sink"] != "bi" || first["kind"] != "PointsEarned" || first["event"].(map[string]any)["id"] != "p1" {
		t.Errorf("a dead letter: %v", first)
	}
	if out := a.must(200, "POST", "/v1/export/dead-letters/replay", map[string]any{"sink": "bi", "ids": []string{first["id"].(string)}}); num(out["replayed"]) != 1 {
		t.Errorf("replay of one: %v", out)
	}
	if out := a.must(200, "POST", "/v1/export/dead-letters/replay", nil); num(out["replayed"]) != 2 {
		t.Errorf("replay of the rest: %v", out)
	}
	for _, c := range []struct{ name, method, path, body, field string }{
		{"an id that is not a number", "POST", "/v1/export/dead-letters/replay", `{"ids":["x"]}`, "ids[0]"},
		{"an unknown field", "POST", "/v1/export/dead-letters/replay", `{"sinks":"bi"}`, "sinks"},
		{"a limit out of range", "GET", "/v1/export/dead-letters?limit=0", "", "limit"},
	} {
		var body any
		if c.body != "" {
			body = c.body
		}
		if status, p := a.do(c.method, c.path, body); status < 400 || status >= 500 || p["field"] != nil && p["field"] != c.field {
			t.Errorf("%s: %d %v", c.name, status, p)
		}
	}
}

// What an event said is kept beside its posting (its attributes and items; its amount and
// time are in its stored result), goes out with its PointsEarned, and is deleted once older
// than the program keeps it.
func TestEventDetailsKeptExportedAndPruned(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	ctx := context.Background()
	j, err := export.NewJournal(a.pool, "program")
	if err != nil {
		t.Fatal(err)
	}
	from, err := j.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "12.50", "currency": "CNY",
		"occurredAt": "2026-12-01T08:00:00Z", "attributes": map[string]any{"channel": "app"},
		"items": []map[string]any{{"sku": "latte", "category": "coffee", "quantity": 2, "price": 6.25}}})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "s-1", "member": "m-1", "type": "sign_in"})
	var n int
	if err := a.pool.QueryRow(ctx, `SELECT count(*) FROM program.event_details`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("event details: %d rows, %v; want one, for the event with attributes and items", n, err)
	}

	changes, _, err := j.Read(ctx, from, 100)
	if err != nil || len(changes) != 2 {
		t.Fatalf("read: %d changes, %v", len(changes), err)
	}
	var earned export.Posting
	if err := json.Unmarshal(changes[0].Data, &earned); err != nil {
		t.Fatal(err)
	}
	if earned.Amount != "12.50" || earned.OccurredAt == nil || !earned.OccurredAt.Equal(time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)) ||
		string(earned.Attributes) != `{"channel":"app"}` || !strings.Contains(string(earned.Items), `"sku":"latte"`) {
		t.Errorf("the PointsEarned of the purchase: %+v (attributes %s, items %s)", earned, earned.Attributes, earned.Items)
	}

	l, err := ledger.New(a.pool, "program", ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pruned, err := l.PruneEventDetails(ctx, time.Now().Add(-time.Hour), 1); err != nil || pruned != 0 {
		t.Errorf("prune before the retention: %d, %v; want none", pruned, err)
	}
	if pruned, err := l.PruneEventDetails(ctx, time.Now().Add(time.Hour), 1); err != nil || pruned != 1 {
		t.Errorf("prune past the retention, one at a time: %d, %v; want the one", pruned, err)
	}
}

// The shadow report sums what a Shadow rule would have awarded, per rule, for the events since
// a time, and credits nothing.
func TestShadowReport(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		bonus := int64(7)
		rs.Rules = append(rs.Rules, ruleset.Rule{Name: "trial-bonus", EventType: "purchase", Mode: ruleset.ModeShadow,
			Condition: "event.amount >= 10.0", Points: ruleset.Points{Fixed: &bonus, Rounding: ruleset.RoundDown}})
	})
	for i, amount := range []string{"12", "50", "5"} {
		a.must(200, "POST", "/v1/events", map[string]any{"id": fmt.Sprint("o-", i), "member": "m-1", "type": "purchase", "amount": amount})
	}
	if b := num(a.must(200, "GET", "/v1/members/m-1", nil)["balance"]); b != 12+50+5 {
		t.Errorf("balance %d; a Shadow rule credits nothing", b)
	}
	rules := a.must(200, "GET", "/v1/reports/shadow?since=1h", nil)["rules"].([]any)
	if len(rules) != 1 || rules[0].(map[string]any)["rule"] != "trial-bonus" || num(rules[0].(map[string]any)["events"]) != 2 || num(rules[0].(map[string]any)["points"]) != 14 {
		t.Errorf("shadow report: %v; want trial-bonus on 2 events, 14 points", rules)
	}
	if later := a.must(200, "GET", "/v1/reports/shadow?since="+time.Now().Add(time.Hour).UTC().Format(time.RFC3339), nil)["rules"].([]any); len(later) != 0 {
		t.Errorf("shadow report from an hour ahead: %v; want nothing", later)
	}
	if status, p := a.do("GET", "/v1/reports/shadow?since=last-week", nil); status != 400 || p["field"] != "since" {
		t.Errorf("since in words: %d %v", status, p)
	}
}
