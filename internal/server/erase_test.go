package server_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tally-operator/tally/internal/ruleset"
)

// A member whose profile names a referrer is rewarded as a referral event would reward them,
// under the same anti-abuse checks; the referrer too. A retry of the profile earns nothing more.
func TestReferralsFromProfiles(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	// The coffee sample's referral rules: 100 points for the new member, 200 for the referrer.
	a.must(200, "POST", "/v1/events", map[string]any{"id": "buy-r", "member": "r", "type": "purchase", "amount": "10"})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "buy-old", "member": "old", "type": "purchase", "amount": "10"})
	balance := func(m string) int64 { return num(a.must(200, "GET", "/v1/members/"+m, nil)["balance"]) }

	profile := map[string]any{"birthday": "04-18", "referredBy": "r"}
	if out := a.must(200, "PUT", "/v1/members/n1/profile", profile); out["changed"] != true {
		t.Errorf("a new member's profile naming a referrer: %v", out)
	}
	if b, r := balance("n1"), balance("r"); b != 100 || r != 10+200 {
		t.Errorf("after the profile: new member %d, referrer %d; want 100 and 210", b, r)
	}
	before := a.writes()
	if out := a.must(200, "PUT", "/v1/members/n1/profile", profile); out["changed"] != false {
		t.Errorf("the profile again: %v", out)
	}
	if after := a.writes(); after != before {
		t.Errorf("the profile again wrote: %s -> %s", before, after)
	}
	// A PATCH that leaves referredBy out does not touch the referral.
	a.must(200, "PATCH", "/v1/members/n1/profile", map[string]any{"segments": []string{"students"}})

	for _, c := range []struct{ name, member, referrer, code string }{
		{"a member who has taken part before", "old", "r", "referral_refused"},
		{"self-referral", "n2", "n2", "referral_refused"},
		{"an unknown referrer", "n2", "nobody", "referral_refused"},
		{"a second referrer", "n1", "old", "invalid"},
	} {
		before, profiles := a.writes(), a.profiles()
		status, p := a.do("PATCH", "/v1/members/"+c.member+"/profile", map[string]any{"referredBy": c.referrer})
		if status != 422 || p["code"] != c.code || p["field"] != "referredBy" {
			t.Errorf("%s: %d %v; want 422 %s naming referredBy", c.name, status, p, c.code)
		}
		if a.writes() != before || a.profiles() != profiles {
			t.Errorf("%s wrote", c.name)
		}
	}
	if b := balance("r"); b != 210 {
		t.Errorf("the referrer has %d after refused referrals, want 210", b)
	}
	a.verify()
}

// Erasing a member who has lots, holds, redemptions, a referrer, a member they referred and a
// profile leaves no trace of their id or their profile in any row of the program's schema,
// forfeits their points by a posting, and keeps the books balanced.
func TestEraseMember(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		rs.Payment = &ruleset.PointsPayment{PointsPerCurrencyUnit: "1", MinPoints: 1, MaxOrderPercent: 100, Step: 1}
	})
	const who = "zq-member-8841"
	secrets := []string{who, "zq-city-Vilnius", "zq-mail@example.test", "1987-11-23", "zq-segment"}

	a.must(200, "POST", "/v1/events", map[string]any{"id": "buy-r", "member": "r", "type": "purchase", "amount": "10"})
	a.must(200, "PUT", "/v1/members/"+who+"/profile", map[string]any{"birthday": "1987-11-23", "referredBy": "r", "actor": "crm",
		"segments": []string{"zq-segment"}, "attributes": map[string]any{"city": "zq-city-Vilnius", "email": "zq-mail@example.test"}})
	a.must(200, "PATCH", "/v1/members/"+who+"/profile", map[string]any{"attributes": map[string]any{"channel": "app"}})
	for i := range 3 {
		a.must(200, "POST", "/v1/events", map[string]any{"id": fmt.Sprint("o-", i), "member": who, "type": "purchase", "amount": "500"})
	}
	a.must(200, "POST", "/v1/events", map[string]any{"id": "ref-friend", "member": "friend", "type": "referral", "attributes": map[string]any{"referrer": who}})
	a.must(201, "POST", "/v1/redemptions", map[string]any{"id": "red-1", "member": who, "sku": "free-drink"})
	a.must(201, "POST", "/v1/redemptions", map[string]any{"id": "red-2", "member": who, "sku": "mug"})
	a.must(200, "POST", "/v1/redemptions/red-2/cancel", nil)
	a.must(201, "POST", "/v1/holds", map[string]any{"id": "h-captured", "member": who, "points": 100, "orderAmount": "100"})
	a.must(200, "POST", "/v1/holds/h-captured/capture", nil)
	a.must(201, "POST", "/v1/holds", map[string]any{"id": "h-open", "member": who, "points": 50, "orderAmount": "100"})
	a.must(200, "POST", "/v1/events/o-2/reverse", map[string]any{"id": "rev-1", "amount": "100"})
	a.must(201, "POST", "/v1/adjustments", map[string]any{"id": "adj-1", "member": who, "points": 7, "reason": "goodwill", "actor": "agent"})
	m := a.must(200, "GET", "/v1/members/"+who, nil)
	if num(m["held"]) != 50 || num(m["balance"]) <= 0 {
		t.Fatalf("before the erasure: %v", m)
	}
	liability := num(a.must(200, "GET", "/v1/reports/liability", nil)["points"])
	for _, v := range secrets { // the scan sees each of them before the erasure
		if len(a.rowsContaining(v)) == 0 {
			t.Fatalf("no row holds %q before the erasure", v)
		}
	}

	out := a.must(200, "POST", "/v1/members/"+who+"/erase", map[string]any{"reason": "GDPR request 42", "actor": "privacy-desk"})
	alias, _ := out["pseudonym"].(string)
	if !strings.HasPrefix(alias, "~erased-") || num(out["forfeited"]) != num(m["balance"])+50 {
		t.Fatalf("erase: %v; want a pseudonym and the balance plus the held points forfeited", out)
	}
	for _, table := range a.rowsContaining(secrets...) {
		t.Errorf("after the erasure %s", table)
	}
	a.verify()
	if after := num(a.must(200, "GET", "/v1/reports/liability", nil)["points"]); after != liability-num(out["forfeited"]) {
		t.Errorf("liability %d after the erasure, want %d less than %d", after, num(out["forfeited"]), liability)
	}

	// The old id is gone: reads and a second erasure find nothing. The pseudonym's journal
	// stays readable, for the books.
	for _, path := range []string{"/v1/members/" + who, "/v1/members/" + who + "/erase"} {
		method := "GET"
		if strings.HasSuffix(path, "/erase") {
			method = "POST"
		}
		if status, p := a.do(method, path, nil); status != 404 || p["code"] != "not_found" {
			t.Errorf("%s %s after the erasure: %d %v", method, path, status, p)
		}
	}
	if p := a.must(200, "GET", "/v1/members/"+alias, nil); num(p["balance"]) != 0 || num(p["held"]) != 0 || len(p["profile"].(map[string]any)) > 0 {
		t.Errorf("the pseudonym: %v", p)
	}
	lines := a.must(200, "GET", "/v1/members/"+alias+"/statement", nil)["lines"].([]any)
	if last := lines[0].(map[string]any); last["kind"] != "forfeit" || last["reason"] != "GDPR request 42" {
		t.Errorf("the statement's last line: %v", last)
	}
	// The open hold was forfeited with the rest; a retry of an operation made before the
	// erasure gets its first result, under the pseudonym.
	if status, p := a.do("POST", "/v1/holds/h-open/capture", nil); status != 409 || p["code"] != "hold_not_active" {
		t.Errorf("capture of the forfeited hold: %d %v", status, p)
	}
	if r := a.must(200, "POST", "/v1/events", map[string]any{"id": "o-0", "member": who, "type": "purchase", "amount": "500"}); r["replayed"] != true || r["member"] != alias {
		t.Errorf("a retried event of the erased member: %v", r)
	}
	for _, table := range a.rowsContaining(secrets...) {
		t.Errorf("after the retries %s", table)
	}
	// The member they referred keeps their referral, now naming the pseudonym.
	if p := a.must(200, "GET", "/v1/members/friend", nil)["profile"].(map[string]any); p["referredBy"] != alias {
		t.Errorf("the referred member's profile: %v", p)
	}
	// The outbox says a member was erased, by pseudonym.
	var kind string
	if err := a.pool.QueryRow(context.Background(), `SELECT kind FROM program.notices WHERE member_id = $1 ORDER BY id DESC LIMIT 1`, alias).Scan(&kind); err != nil || kind != "MemberErased" {
		t.Errorf("the last notice of the pseudonym: %q %v", kind, err)
	}

	for _, c := range []struct{ name, path, body, field string }{
		{"an unknown member", "/v1/members/nobody/erase", `{}`, ""},
		{"a pseudonym", "/v1/members/" + alias + "/erase", `{}`, "id"},
		{"an unknown field", "/v1/members/r/erase", `{"why":"x"}`, ""},
		{"a reason with NUL", "/v1/members/r/erase", `{"reason":"a\u0000b"}`, "reason"},
	} {
		before := a.writes()
		status, p := a.do("POST", c.path, c.body)
		if status < 400 || status >= 500 || (c.field != "" && p["field"] != c.field) {
			t.Errorf("%s: %d %v", c.name, status, p)
		}
		if a.writes() != before {
			t.Errorf("%s wrote", c.name)
		}
	}
	// Ids starting with ~ are the program's: nothing new is written for a pseudonym.
	if status, p := a.do("POST", "/v1/events", map[string]any{"id": "o-9", "member": alias, "type": "purchase", "amount": "5"}); status != 422 || p["field"] != "member" {
		t.Errorf("an event for a pseudonym: %d %v", status, p)
	}
}

// rowsContaining scans every column of every table of the program's schema that can hold
// text (text, arrays, JSON and bytes) for each of values, and names the rows that hold one.
func (a *api) rowsContaining(values ...string) []string {
	a.t.Helper()
	ctx := context.Background()
	rows, err := a.pool.Query(ctx, `
		SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
		JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
		WHERE c.table_schema = 'program' AND t.table_type = 'BASE TABLE'
		  AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'bytea')`)
	if err != nil {
		a.t.Fatal(err)
	}
	type column struct{ table, name, kind string }
	cols, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (column, error) {
		var c column
		return c, r.Scan(&c.table, &c.name, &c.kind)
	})
	if err != nil {
		a.t.Fatal(err)
	}
	if len(cols) < 20 {
		a.t.Fatalf("found %d text columns in the schema; the scan is not looking where it should", len(cols))
	}
	var found []string
	for _, c := range cols {
		match := fmt.Sprintf(`strpos(%q::text, $1) > 0`, c.name)
		if c.kind == "bytea" {
			match = fmt.Sprintf(`position(convert_to($1, 'UTF8') IN %q) > 0`, c.name)
		}
		for _, v := range values {
			var n int
			if err := a.pool.QueryRow(ctx, fmt.Sprintf(`SELECT count(*) FROM program.%q WHERE %s`, c.table, match), v).Scan(&n); err != nil {
				a.t.Fatal(err)
			}
			if n > 0 {
				found = append(found, fmt.Sprintf("%d rows of %s.%s hold %q", n, c.table, c.name, v))
			}
		}
	}
	return found
}
