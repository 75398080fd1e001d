package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/ruleset"
)

// A brand sets, merges and reads its members' profiles; each change is recorded once, with
// its actor, and rules see segments and birthdays.
func TestMemberProfiles(t *testing.T) {
	c := newClock(time.Date(2026, 4, 17, 17, 30, 0, 0, time.UTC)) // 01:30 on 18 April in Shanghai
	a := startAPI(t, "coffee", c.now)
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		double, once := int64(100), []ruleset.Cap{{Period: ruleset.PeriodYear, MaxCount: 1}}
		rs.Rules = append(rs.Rules,
			ruleset.Rule{Name: "vip-bonus", EventType: "purchase", Mode: ruleset.ModeActive, Condition: "'vip' in member.segments",
				Points: ruleset.Points{Fixed: &double, Rounding: ruleset.RoundDown}},
			ruleset.Rule{Name: "birthday", EventType: "sign_in", Mode: ruleset.ModeActive, Condition: "member.isBirthday(event.occurredAt)",
				Points: ruleset.Points{Fixed: &double, Rounding: ruleset.RoundDown}, Caps: once})
	})
	put := a.must(200, "PUT", "/v1/members/m-1/profile", map[string]any{"birthday": "04-18", "segments": []string{"vip", "students", "vip"},
		"attributes": map[string]any{"city": "Shanghai", "channel": "app"}, "actor": "crm-sync"})
	if put["changed"] != true || fmt.Sprint(put["profile"].(map[string]any)["segments"]) != "[students vip]" {
		t.Errorf("PUT: %v", put)
	}
	if again := a.must(200, "PUT", "/v1/members/m-1/profile", map[string]any{"birthday": "04-18", "segments": []string{"students", "vip"},
		"attributes": map[string]any{"channel": "app", "city": "Shanghai"}}); again["changed"] != false {
		t.Errorf("the same profile again: %v", again)
	}
	patch := a.must(200, "PATCH", "/v1/members/m-1/profile", `{"attributes":{"city":null,"tier_hint":"gold"},"segments":["vip"]}`)
	prof := patch["profile"].(map[string]any)
	if fmt.Sprint(prof["attributes"]) != "map[channel:app tier_hint:gold]" || fmt.Sprint(prof["segments"]) != "[vip]" || prof["birthday"] != "04-18" {
		t.Errorf("PATCH: %v", patch)
	}
	m := a.must(200, "GET", "/v1/members/m-1", nil)
	if p := m["profile"].(map[string]any); p["birthday"] != "04-18" || fmt.Sprint(p["segments"]) != "[vip]" {
		t.Errorf("GET member: %v", m)
	}
	hist := a.must(200, "GET", "/v1/members/m-1/profile/history", nil)["changes"].([]any)
	if len(hist) != 2 || hist[0].(map[string]any)["actor"] != "crm-sync" || hist[1].(map[string]any)["actor"] != "api" {
		t.Errorf("history: %v", hist)
	}

	// Rules see the segments, and the birthday in the program's time zone: 01:30 on 18 April
	// in Shanghai is the member's birthday, though it is still 17 April in UTC.
	if out := a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "10"}); num(out["points"]) != 110 {
		t.Errorf("a VIP's purchase: %v", out)
	}
	if out := a.must(200, "POST", "/v1/events", map[string]any{"id": "o-2", "member": "m-2", "type": "purchase", "amount": "10"}); num(out["points"]) != 10 {
		t.Errorf("another member's purchase: %v", out)
	}
	if out := a.must(200, "POST", "/v1/events", map[string]any{"id": "s-1", "member": "m-1", "type": "sign_in"}); num(out["points"]) != 105 {
		t.Errorf("a sign-in on the birthday: %v", out)
	}
	// Once a year: a second sign-in that day earns only the sign-in's points.
	if out := a.must(200, "POST", "/v1/events", map[string]any{"id": "s-2", "member": "m-1", "type": "sign_in"}); num(out["points"]) != 5 {
		t.Errorf("a second sign-in on the birthday: %v", out)
	}
	c.advance(24 * time.Hour)
	if out := a.must(200, "POST", "/v1/events", map[string]any{"id": "s-3", "member": "m-1", "type": "sign_in"}); num(out["points"]) != 5 {
		t.Errorf("a sign-in the day after: %v", out)
	}
	a.verify()
}

// Concurrent patches of different fields both hold: each is merged under the member's lock.
func TestConcurrentProfilePatchesMerge(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			a.must(200, "PATCH", "/v1/members/m-1/profile", map[string]any{"attributes": map[string]any{fmt.Sprint("k", i): "v"}})
		})
	}
	wg.Wait()
	p := a.must(200, "GET", "/v1/members/m-1", nil)["profile"].(map[string]any)
	if n := len(p["attributes"].(map[string]any)); n != 20 {
		t.Errorf("%d of 20 concurrent attribute patches hold: %v", n, p)
	}
	if n := len(a.must(200, "GET", "/v1/members/m-1/profile/history", nil)["changes"].([]any)); n != 20 {
		t.Errorf("%d changes recorded; want 20", n)
	}
}

// Every bad profile gets a precise 4xx naming the field, and writes nothing.
func TestBadProfilesChangeNothing(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	a.must(200, "PUT", "/v1/members/m-1/profile", map[string]any{"birthday": "01-02"})
	a.must(200, "PUT", "/v1/members/m-2/profile", map[string]any{"referredBy": "m-1"})
	many := map[string]any{}
	for i := range 65 {
		many[fmt.Sprint("k", i)] = "v"
	}
	var segs []string
	for i := range 65 {
		segs = append(segs, fmt.Sprint("s", i))
	}
	for _, c := range []struct {
		name, method, path string
		body               any
		status             int
		field              string
	}{
		{"unknown field", "PUT", "/v1/members/m-1/profile", `{"birthday":"01-02","nickname":"x"}`, 400, "nickname"},
		{"30 February", "PUT", "/v1/members/m-1/profile", map[string]any{"birthday": "02-30"}, 422, "birthday"},
		{"a birthday in words", "PATCH", "/v1/members/m-1/profile", map[string]any{"birthday": "April 18"}, 422, "birthday"},
		{"a segment with capitals", "PATCH", "/v1/members/m-1/profile", map[string]any{"segments": []string{"vip", "VIP"}}, 422, "segments[1]"},
		{"65 segments", "PUT", "/v1/members/m-1/profile", map[string]any{"segments": segs}, 422, "segments"},
		{"65 attributes", "PUT", "/v1/members/m-1/profile", map[string]any{"attributes": many}, 422, "attributes"},
		{"an attribute too long", "PATCH", "/v1/members/m-1/profile", map[string]any{"attributes": map[string]any{"x": strings.Repeat("x", 1025)}}, 422, "attributes.x"},
		{"a segment as a number", "PATCH", "/v1/members/m-1/profile", `{"segments":[7]}`, 400, "segments"},
		{"self-referral", "PATCH", "/v1/members/m-1/profile", map[string]any{"referredBy": "m-1"}, 422, "referredBy"},
		{"an unknown referrer", "PATCH", "/v1/members/m-3/profile", map[string]any{"referredBy": "nobody"}, 422, "referredBy"},
		{"a second referrer", "PATCH", "/v1/members/m-2/profile", map[string]any{"referredBy": "m-3"}, 422, "referredBy"},
		{"not an object", "PUT", "/v1/members/m-1/profile", `["birthday"]`, 400, ""},
		{"NUL in the member id", "PUT", "/v1/members/m%001/profile", map[string]any{"birthday": "01-02"}, 400, "id"},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := a.writes() + a.profiles()
			status, p := a.do(c.method, c.path, c.body)
			if status != c.status {
				t.Errorf("status %d, want %d: %v", status, c.status, p)
			}
			if p["field"] != nil && p["field"] != c.field || p["field"] == nil && c.field != "" {
				t.Errorf("field %v, want %q (%v)", p["field"], c.field, p["detail"])
			}
			if after := a.writes() + a.profiles(); after != before {
				t.Errorf("wrote: %s -> %s", before, after)
			}
		})
	}
}

// Rules read what the ledger keeps of each member's events per type: counts, totals, daily
// streaks and days since the last one; 50 concurrent sign-ins on one day are one streak day.
func TestActivityCountersForRules(t *testing.T) {
	c := newClock(time.Date(2026, 4, 1, 4, 0, 0, 0, time.UTC))
	a := startAPI(t, "coffee", c.now)
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		bonus := int64(1000)
		rs.Rules = append(rs.Rules,
			ruleset.Rule{Name: "critic", EventType: "review", Mode: ruleset.ModeActive, Condition: "member.counts['review'] == 3",
				Points: ruleset.Points{Fixed: &bonus, Rounding: ruleset.RoundDown}},
			ruleset.Rule{Name: "streak-3", EventType: "sign_in", Mode: ruleset.ModeActive, Condition: "member.streak['sign_in'] == 3",
				Points: ruleset.Points{Fixed: &bonus, Rounding: ruleset.RoundDown}},
			ruleset.Rule{Name: "welcome-back", EventType: "purchase", Mode: ruleset.ModeActive,
				Condition: "member.daysSince['purchase'] >= 30 && member.totals['purchase'] >= 200.0",
				Points:    ruleset.Points{Fixed: &bonus, Rounding: ruleset.RoundDown}})
	})
	member := "m-1"
	points := func(id, typ, amount string) int64 {
		body := map[string]any{"id": id, "member": member, "type": typ}
		if amount != "" {
			body["amount"] = amount
		}
		return num(a.must(200, "POST", "/v1/events", body)["points"])
	}
	for i, want := range []int64{20, 20, 1020, 20} {
		if got := points(fmt.Sprint("review-", i), "review", ""); got != want {
			t.Errorf("review %d earned %d, want %d", i+1, got, want)
		}
	}
	// Day 1: fifty sign-ins at once are one day of the streak.
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			a.must(200, "POST", "/v1/events", map[string]any{"id": fmt.Sprint("sign-1-", i), "member": "m-1", "type": "sign_in"})
		})
	}
	wg.Wait()
	c.advance(24 * time.Hour) // day 2
	if got := points("sign-2", "sign_in", ""); got != 5 {
		t.Errorf("the second day's sign-in earned %d, want 5", got)
	}
	c.advance(24 * time.Hour) // day 3: the streak reaches 3
	if got := points("sign-3", "sign_in", ""); got != 1005 {
		t.Errorf("the third day's sign-in earned %d, want 1005", got)
	}
	c.advance(48 * time.Hour) // a day missed: the streak starts again
	if got := points("sign-5", "sign_in", ""); got != 5 {
		t.Errorf("a sign-in after a day missed earned %d, want 5", got)
	}
	// Purchases, of a member without a tier: the bonus needs 30 days since the last one and
	// 200 CNY in all, this one included.
	member = "m-2"
	if got := points("buy-1", "purchase", "150"); got != 150 {
		t.Errorf("a first purchase earned %d", got)
	}
	c.advance(31 * 24 * time.Hour)
	if got := points("buy-2", "purchase", "60"); got != 1060 {
		t.Errorf("a purchase 31 days after the last earned %d, want 1060", got)
	}
	if got := points("buy-3", "purchase", "60"); got != 75 { // no bonus; Silver's 1.25x since buy-2
		t.Errorf("a purchase the same day earned %d, want 75", got)
	}
	a.verify()
}

// A rule awards a badge once per member (or per period): in the event's result, at
// GET /v1/members/{id}/badges, in the statement and as a BadgeAwarded notice; a retry does
// not award it twice.
func TestBadges(t *testing.T) {
	c := newClock(time.Date(2026, 4, 1, 4, 0, 0, 0, time.UTC))
	a := startAPI(t, "coffee", c.now)
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		rs.Rules = append(rs.Rules,
			ruleset.Rule{Name: "critic", EventType: "review", Mode: ruleset.ModeActive, Condition: "member.counts['review'] >= 3",
				Badge: &ruleset.Badge{Name: "Critic", Description: "Three reviews written", Per: ruleset.BadgeOnce}},
			ruleset.Rule{Name: "monthly-regular", EventType: "sign_in", Mode: ruleset.ModeActive,
				Badge: &ruleset.Badge{Name: "Regular", Per: ruleset.BadgePerMonth}})
	})
	review := func(i int) map[string]any {
		return a.must(200, "POST", "/v1/events", map[string]any{"id": fmt.Sprint("review-", i), "member": "m-1", "type": "review"})
	}
	for i := range 2 {
		if r := review(i); r["badges"] != nil || num(r["points"]) != 20 {
			t.Errorf("review %d: %v", i, r)
		}
	}
	third := review(2)
	if fmt.Sprint(third["badges"]) != "[Critic]" || num(third["points"]) != 20 {
		t.Errorf("the third review: %v", third)
	}
	if again := review(2); again["replayed"] != true || fmt.Sprint(again["badges"]) != "[Critic]" {
		t.Errorf("the third review retried: %v", again)
	}
	if r := review(3); r["badges"] != nil {
		t.Errorf("the fourth review: %v", r)
	}
	sign := func(id string) any {
		return a.must(200, "POST", "/v1/events", map[string]any{"id": id, "member": "m-1", "type": "sign_in"})["badges"]
	}
	if fmt.Sprint(sign("s-1")) != "[Regular]" || sign("s-2") != nil {
		t.Errorf("monthly badge in April")
	}
	c.advance(31 * 24 * time.Hour)
	if fmt.Sprint(sign("s-3")) != "[Regular]" {
		t.Errorf("monthly badge in May")
	}
	badges := a.must(200, "GET", "/v1/members/m-1/badges", nil)["badges"].([]any)
	if len(badges) != 3 || badges[0].(map[string]any)["badge"] != "Critic" || badges[0].(map[string]any)["description"] != "Three reviews written" ||
		badges[0].(map[string]any)["eventId"] != "review-2" {
		t.Errorf("badges: %v", badges)
	}
	var inStatement int
	for _, l := range a.must(200, "GET", "/v1/members/m-1/statement", nil)["lines"].([]any) {
		if bs, ok := l.(map[string]any)["badges"].([]any); ok {
			inStatement += len(bs)
		}
	}
	if inStatement != 3 {
		t.Errorf("the statement names %d badges; want 3", inStatement)
	}
	var notices int
	for _, n := range a.must(200, "GET", "/v1/notices", nil)["notices"].([]any) {
		if n.(map[string]any)["kind"] == "BadgeAwarded" {
			notices++
		}
	}
	if notices != 3 {
		t.Errorf("%d BadgeAwarded notices; want 3", notices)
	}
	a.verify()
}

// A CRM loads profiles as NDJSON: valid lines are set, chunk by chunk, refused ones reported
// with their line and field; importing the same again changes nothing.
func TestImportProfiles(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	var body strings.Builder
	for i := range 2500 {
		fmt.Fprintf(&body, `{"id":"crm-%d","birthday":"%02d-%02d","segments":["members"],"attributes":{"city":"Shanghai"}}`+"\n", i, 1+i%12, 1+i%28)
	}
	body.WriteString(`{"id":"crm-bad-1","birthday":"02-30"}` + "\n")
	body.WriteString(`{"id":"crm-bad-2","nickname":"x"}` + "\n")
	body.WriteString(`{"id":"crm-9999","referredBy":"crm-9999"}` + "\n")
	body.WriteString(`{"id":"crm-ref","referredBy":"crm-7"}` + "\n")
	body.WriteString(`{"id":"crm-ref-2","referredBy":"nobody"}` + "\n")
	body.WriteString("\n" + `{"id":"crm-bad-3","segments":["VIP"]}` + "\n")
	imp := func() map[string]any {
		req, _ := http.NewRequest("POST", a.url+"/v1/members:import?actor=crm", strings.NewReader(body.String()))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/x-ndjson")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != 200 {
			t.Fatalf("import: %d %v %v", resp.StatusCode, out, err)
		}
		return out
	}
	rep := imp()
	if num(rep["lines"]) != 2506 || num(rep["changed"]) != 2501 || num(rep["refused"]) != 5 {
		t.Errorf("import: %v", rep)
	}
	fields := map[float64]any{}
	for _, e := range rep["errors"].([]any) {
		fields[e.(map[string]any)["line"].(float64)] = e.(map[string]any)["field"]
	}
	if fmt.Sprint(fields) != "map[2501:birthday 2502:<nil> 2503:referredBy 2505:referredBy 2507:segments[0]]" {
		t.Errorf("refused lines: %v", fields)
	}
	if again := imp(); num(again["changed"]) != 0 || num(again["unchanged"]) != 2501 {
		t.Errorf("the same import again: %v", again)
	}
	p := a.must(200, "GET", "/v1/members/crm-13", nil)["profile"].(map[string]any)
	if p["birthday"] != "02-14" || fmt.Sprint(p["segments"]) != "[members]" {
		t.Errorf("an imported profile: %v", p)
	}
	if h := a.must(200, "GET", "/v1/members/crm-13/profile/history", nil)["changes"].([]any); len(h) != 1 || h[0].(map[string]any)["actor"] != "crm" {
		t.Errorf("an imported profile's history: %v", h)
	}
	if r := a.must(200, "GET", "/v1/members/crm-ref", nil)["profile"].(map[string]any); r["referredBy"] != "crm-7" {
		t.Errorf("a referral imported: %v", r)
	}
}

// A referral rewards the new member and the referrer by rules, once: the new member must be
// new, have one referrer, not be their own, and a cap limits what one referrer earns.
func TestReferrals(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	// The coffee sample's referral rules (100 points for the new member, 200 for the
	// referrer), with the referrer's cap lowered to two a month.
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		for i := range rs.Rules {
			if rs.Rules[i].Name == "referral-thanks" {
				rs.Rules[i].Caps = []ruleset.Cap{{Period: ruleset.PeriodMonth, MaxCount: 2}}
			}
		}
	})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "buy-r", "member": "r", "type": "purchase", "amount": "10"})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "buy-old", "member": "old", "type": "purchase", "amount": "10"})
	refer := func(id, member, referrer string) (int, map[string]any) {
		return a.do("POST", "/v1/events", map[string]any{"id": id, "member": member, "type": "referral", "attributes": map[string]any{"referrer": referrer}})
	}
	balance := func(m string) int64 { return num(a.must(200, "GET", "/v1/members/"+m, nil)["balance"]) }
	if status, out := refer("ref-1", "n1", "r"); status != 200 || num(out["points"]) != 100 {
		t.Fatalf("a referral: %d %v", status, out)
	}
	if status, out := refer("ref-1", "n1", "r"); status != 200 || out["replayed"] != true {
		t.Errorf("the referral retried: %d %v", status, out)
	}
	if b := balance("r"); b != 10+200 {
		t.Errorf("the referrer has %d, want 210", b)
	}
	if p := a.must(200, "GET", "/v1/members/n1", nil)["profile"].(map[string]any); p["referredBy"] != "r" {
		t.Errorf("the new member's profile: %v", p)
	}
	for _, c := range []struct {
		name, id, member, referrer, field string
	}{
		{"self-referral", "ref-2", "n2", "n2", "attributes.referrer"},
		{"an unknown referrer", "ref-3", "n2", "nobody", "attributes.referrer"},
		{"a second referral of a member", "ref-4", "n1", "old", "attributes.referrer"},
		{"a member who has taken part before", "ref-5", "old", "r", "attributes.referrer"},
	} {
		before := a.writes()
		if status, p := refer(c.id, c.member, c.referrer); status != 422 || p["code"] != "referral_refused" || p["field"] != c.field {
			t.Errorf("%s: %d %v", c.name, status, p)
		}
		if after := a.writes(); c.name != "a second referral of a member" && c.name != "a member who has taken part before" && after != before {
			t.Errorf("%s wrote: %s -> %s", c.name, before, after)
		}
	}
	if b := balance("r"); b != 210 {
		t.Errorf("the referrer has %d after refused referrals, want 210", b)
	}
	// The referrer's cap: two thanks a month.
	for _, n := range []string{"n2", "n3"} {
		if status, out := refer("ref-"+n, n, "r"); status != 200 || num(out["points"]) != 100 {
			t.Errorf("referral of %s: %d %v", n, status, out)
		}
	}
	if b := balance("r"); b != 10+200+200 {
		t.Errorf("the referrer has %d after three referrals with two thanks a month, want 410", b)
	}
	for _, c := range []struct{ name, body, field string }{
		{"no referrer", `{"id":"ref-x","member":"n9","type":"referral"}`, "attributes.referrer"},
		{"a role", `{"id":"ref-y","member":"n9","type":"referral","attributes":{"referrer":"r","role":"referrer"}}`, "attributes.role"},
		{"a reserved id", `{"id":"~referrer:ref-1","member":"r","type":"referral","attributes":{"referrer":"n1"}}`, "id"},
	} {
		if status, p := a.do("POST", "/v1/events", c.body); status != 422 || p["field"] != c.field {
			t.Errorf("%s: %d %v", c.name, status, p)
		}
	}
	a.verify()
}
