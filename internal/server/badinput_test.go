package server_test

import (
	"strings"
	"testing"
	"time"
)

// Every refused request gets a precise 4xx naming the field, and writes nothing.
func TestBadInputChangesNothing(t *testing.T) {
	a := startAPI(t, "fashion", time.Now)
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "1000"})
	a.must(201, "POST", "/v1/holds", map[string]any{"id": "h-1", "member": "m-1", "points": 100, "orderAmount": "100"})
	future := time.Now().Add(time.Hour).Format(time.RFC3339)
	huge := `{"id":"big","member":"m-1","type":"purchase","attributes":{"x":"` + strings.Repeat("x", 5<<20) + `"}}`
	var batch strings.Builder
	batch.WriteString(`{"events":[`)
	for i := range 1001 {
		if i > 0 {
			batch.WriteString(",")
		}
		batch.WriteString(`{"id":"e` + strings.Repeat("1", i%5) + `","member":"m","type":"purchase"}`)
	}
	batch.WriteString("]}")
	for _, c := range []struct {
		name, method, path, body string
		status                   int
		field                    string
	}{
		{"malformed JSON", "POST", "/v1/events", `{"id": "e-1",`, 400, ""},
		{"not JSON", "POST", "/v1/events", `id=e-1`, 400, ""},
		{"empty body", "POST", "/v1/events", ``, 400, ""},
		{"two values", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase"} {}`, 400, ""},
		{"unknown field", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","points":1000}`, 400, "points"},
		{"wrong type", "POST", "/v1/events", `{"id":7,"member":"m-1","type":"purchase"}`, 400, "id"},
		{"amount as object", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","amount":{"v":1}}`, 400, "amount"},
		{"negative amount", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","amount":"-5"}`, 422, "amount"},
		{"absurd amount", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","amount":"1000000000000000000"}`, 422, "amount"},
		{"amount in exponent", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","amount":1e9}`, 422, "amount"},
		{"missing id", "POST", "/v1/events", `{"member":"m-1","type":"purchase"}`, 422, "id"},
		{"missing member", "POST", "/v1/events", `{"id":"e-1","type":"purchase"}`, 422, "member"},
		{"bad type", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"Purchase!"}`, 422, "type"},
		{"bad time", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","occurredAt":"yesterday"}`, 422, "occurredAt"},
		{"future time", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","occurredAt":"` + future + `"}`, 422, "occurredAt"},
		{"other currency", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","amount":"5","currency":"USD"}`, 422, "currency"},
		{"attribute object", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","attributes":{"a":{"b":1}}}`, 422, "attributes.a"},
		{"item without sku", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","items":[{"quantity":1}]}`, 422, "items[0].sku"},
		{"item quantity", "POST", "/v1/events", `{"id":"e-1","member":"m-1","type":"purchase","items":[{"sku":"a","quantity":0}]}`, 422, "items[0].quantity"},
		{"bad event in batch", "POST", "/v1/events", `{"events":[{"id":"e-1","member":"m-1","type":"purchase"},{"id":"e-2","member":"m-1","type":"purchase","amount":"x"}]}`, 422, "events[1].amount"},
		{"batch and event", "POST", "/v1/events", `{"id":"e-1","events":[{"id":"e-2","member":"m-1","type":"purchase"}]}`, 400, "events"},
		{"empty batch", "POST", "/v1/events", `{"events":[]}`, 422, "events"},
		{"batch too large", "POST", "/v1/events", batch.String(), 413, "events"},
		{"body too large", "POST", "/v1/events", huge, 413, ""},
		{"reverse both", "POST", "/v1/events/o-1/reverse", `{"id":"r","amount":"1","points":1}`, 422, "amount"},
		{"partial without id", "POST", "/v1/events/o-1/reverse", `{"amount":"1"}`, 422, "id"},
		{"reverse negative points", "POST", "/v1/events/o-1/reverse", `{"id":"r","points":-5}`, 422, "points"},
		{"statement limit", "GET", "/v1/members/m-1/statement?limit=0", ``, 400, "limit"},
		{"statement cursor", "GET", "/v1/members/m-1/statement?before=abc", ``, 400, "before"},
		{"redeem no sku", "POST", "/v1/redemptions", `{"id":"r-1","member":"m-1"}`, 422, "sku"},
		{"redeem quantity", "POST", "/v1/redemptions", `{"id":"r-1","member":"m-1","sku":"free-shipping","quantity":-1}`, 422, "quantity"},
		{"redeem unaffordable", "POST", "/v1/redemptions", `{"id":"r-1","member":"m-1","sku":"free-shipping","quantity":2}`, 422, ""},
		{"hold without order", "POST", "/v1/holds", `{"id":"h-2","member":"m-1","points":100}`, 422, "orderAmount"},
		{"hold zero points", "POST", "/v1/holds", `{"id":"h-2","member":"m-1","points":0,"orderAmount":"100"}`, 422, "points"},
		{"hold beyond balance", "POST", "/v1/holds", `{"id":"h-2","member":"m-1","points":1000,"orderAmount":"10000"}`, 422, ""},
		{"hold id reused", "POST", "/v1/holds", `{"id":"h-1","member":"m-1","points":200,"orderAmount":"100"}`, 409, ""},
		{"capture zero", "POST", "/v1/holds/h-1/capture", `{"points":0}`, 422, "points"},
		{"capture unknown field", "POST", "/v1/holds/h-1/capture", `{"pts":5}`, 400, "pts"},
		{"adjustment without actor", "POST", "/v1/adjustments", `{"id":"a-1","member":"m-1","points":5,"reason":"x"}`, 422, "actor"},
		{"adjustment zero", "POST", "/v1/adjustments", `{"id":"a-1","member":"m-1","points":0,"reason":"x","actor":"y"}`, 422, "points"},
		{"adjustment overdraft", "POST", "/v1/adjustments", `{"id":"a-1","member":"m-1","points":-5000,"reason":"x","actor":"y"}`, 422, ""},
		{"adjustment fraction", "POST", "/v1/adjustments", `{"id":"a-1","member":"m-1","points":1.5,"reason":"x","actor":"y"}`, 400, "points"},
		{"daily from", "GET", "/v1/reports/daily?from=last-week", ``, 400, "from"},
		{"daily order", "GET", "/v1/reports/daily?from=2026-02-01&to=2026-01-01", ``, 400, "to"},
		{"notices limit", "GET", "/v1/notices?limit=5000", ``, 400, "limit"},
		{"notices cursor", "GET", "/v1/notices?after=yesterday", ``, 400, "after"},
		{"ack unknown field", "POST", "/v1/notices/ack", `{"cursor":"1","all":true}`, 400, "all"},
		{"ack cursor as number", "POST", "/v1/notices/ack", `{"cursor":1}`, 400, "cursor"},
		{"ack cursor not decimal", "POST", "/v1/notices/ack", `{"cursor":"last"}`, 422, "cursor"},
		{"ack cursor of no notice", "POST", "/v1/notices/ack", `{"cursor":"999999"}`, 422, "cursor"},
		{"NUL in a path id", "POST", "/v1/holds/%00x/release", ``, 400, "id"},
		{"control character in a path id", "POST", "/v1/redemptions/r%0A1/cancel", ``, 400, "id"},
		{"path id too long", "GET", "/v1/members/" + strings.Repeat("m", 201), ``, 400, "id"},
		{"NUL in an event path id", "POST", "/v1/events/o%001/reverse", ``, 400, "id"},
		{"refund both", "POST", "/v1/holds/h-1/refund", `{"id":"r","amount":"1","points":1}`, 422, "amount"},
		{"partial refund without id", "POST", "/v1/holds/h-1/refund", `{"points":1}`, 422, "id"},
		{"refund of an active hold", "POST", "/v1/holds/h-1/refund", ``, 409, ""},
		{"unknown route", "POST", "/v1/points", `{}`, 404, ""},
		{"wrong method", "DELETE", "/v1/members/m-1", ``, 405, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := a.writes()
			var status int
			var p map[string]any
			if c.body == "" {
				status, p = a.do(c.method, c.path, nil)
			} else {
				status, p = a.do(c.method, c.path, c.body)
			}
			if status != c.status {
				t.Errorf("status %d, want %d: %v", status, c.status, p)
			}
			if c.status != 405 && (p["detail"] == nil || p["detail"] == "") {
				t.Errorf("no detail: %v", p)
			}
			if p["field"] != nil && p["field"] != c.field || p["field"] == nil && c.field != "" {
				t.Errorf("field %v, want %q (%v)", p["field"], c.field, p["detail"])
			}
			if after := a.writes(); after != before {
				t.Errorf("wrote: %s -> %s", before, after)
			}
		})
	}
	// Authentication: none, the wrong scheme, a wrong token: 401 and nothing written; probes
	// and metrics need no token.
	before := a.writes()
	body := `{"id":"e-auth","member":"m-1","type":"purchase","amount":"5"}`
	for _, auth := range []string{"", "Basic dXNlcjpwYXNz", "Bearer wrong", "Bearer " + token + "x"} {
		if status, p := a.raw("POST", "/v1/events", strings.NewReader(body), auth); status != 401 || p["code"] != "unauthorized" {
			t.Errorf("auth %q: %d %v", auth, status, p)
		}
	}
	if after := a.writes(); after != before {
		t.Errorf("unauthenticated requests wrote: %s -> %s", before, after)
	}
	if status, _ := a.raw("POST", "/v1/events", strings.NewReader(body), "Bearer old-token"); status != 200 {
		t.Errorf("second token in the file: %d", status)
	}
	for _, path := range []string{"/healthz", "/readyz", "/metrics", "/openapi.json"} {
		if status, p := a.raw("GET", path, nil, ""); status != 200 {
			t.Errorf("%s without a token: %d %v", path, status, p)
		}
	}
	a.verify()
}
