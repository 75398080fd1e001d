package server_test

import (
	"context"
	"testing"
	"time"
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
