package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestClientSpeaksHTTP sends the load generator's requests to a net/http server over one
// connection: each arrives whole, with its token and a body that decodes to what was meant,
// and a response the server closes the connection after is followed by a fresh connection.
func TestClientSpeaksHTTP(t *testing.T) {
	type seen struct {
		method, path, auth string
		body               map[string]any
	}
	got := make(chan seen, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s := seen{method: r.Method, path: r.URL.Path, auth: r.Header.Get("Authorization")}
		if r.Method == "POST" {
			if r.Header.Get("Content-Type") != "application/json" {
				t.Errorf("Content-Type %q", r.Header.Get("Content-Type"))
			}
			if err := json.NewDecoder(r.Body).Decode(&s.body); err != nil {
				t.Errorf("%s %s: body: %v", r.Method, r.URL.Path, err)
			}
		}
		got <- s
		if r.URL.Path == "/v1/members/m-7" {
			w.Header().Set("Connection", "close")
			w.WriteHeader(http.StatusNotFound)
			return
		}
		// A body larger than net/http buffers goes out chunked.
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, strings.Repeat("x", 10000))
	}))
	defer srv.Close()

	c, err := newClient(srv.URL, "s3cret", time.Now().Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	defer c.close()
	batch := append(appendEvent([]byte(`{"events":[`), 42, 1, 17, "purchase", 1205), ',')
	batch = append(appendEvent(batch, 42, 2, 3, "sign_in", 0), "]}"...)
	requests := []struct {
		method, path string
		body         []byte
		status       int
		want         string // the body the server decoded, as JSON
	}{
		{"POST", "/v1/events", appendEvent(nil, 42, 9, 5, "purchase", 500), 201, `{"amount":"5.00","id":"42-9","member":"m-5","type":"purchase"}`},
		{"POST", "/v1/events", batch, 201, `{"events":[{"amount":"12.05","id":"42-1","member":"m-17","type":"purchase"},{"id":"42-2","member":"m-3","type":"sign_in"}]}`},
		{"GET", "/v1/members/m-7", nil, 404, `null`},
		{"POST", "/v1/redemptions", appendRedemption(nil, 42, 10, 8, "free-drink"), 201, `{"id":"42-r10","member":"m-8","sku":"free-drink"}`},
	}
	for _, r := range requests {
		status, err := c.do(r.method, r.path, r.body)
		if err != nil {
			t.Fatalf("%s %s: %v", r.method, r.path, err)
		}
		if status != r.status {
			t.Errorf("%s %s: status %d, want %d", r.method, r.path, status, r.status)
		}
		s := <-got
		body, _ := json.Marshal(s.body)
		if s.method != r.method || s.path != r.path || s.auth != "Bearer s3cret" || string(body) != r.want {
			t.Errorf("server saw %s %s (%q) %s, want %s %s (Bearer s3cret) %s", s.method, s.path, s.auth, body, r.method, r.path, r.want)
		}
	}
}

func TestClientNeedsHTTP(t *testing.T) {
	if _, err := newClient("https://ledger.example:8443", "", time.Now()); err == nil {
		t.Error("an https URL was accepted; the client speaks plain HTTP only")
	}
}
