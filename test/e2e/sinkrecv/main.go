// Command sinkrecv is an export sink for the end-to-end suite: it takes CloudEvents by POST on
// /events, checks each request's signature with the key in $SIGNING_KEY (refusing a bad one
// with 401), and lists what it took on GET /events as {"events": [{"id", "type", "subject"}]}.
//
//	SIGNING_KEY=... sinkrecv :8080
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/tally-operator/tally/internal/export"
)

type event struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	Subject string `json:"subject"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: SIGNING_KEY=... sinkrecv ADDR")
		os.Exit(2)
	}
	key := []byte(os.Getenv("SIGNING_KEY"))
	var mu sync.Mutex
	var events []event
	mux := http.NewServeMux()
	mux.HandleFunc("POST /events", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := export.Verify(key, body, r.Header.Get(export.SignatureHeader), time.Now(), 5*time.Minute); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		var batch []event
		if r.Header.Get("Content-Type") == "application/cloudevents-batch+json" {
			err = json.Unmarshal(body, &batch)
		} else {
			var e event
			err = json.Unmarshal(body, &e)
			batch = []event{e}
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mu.Lock()
		events = append(events, batch...)
		mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /events", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"events": events})
	})
	srv := &http.Server{Addr: os.Args[1], Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	if err := srv.ListenAndServe(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
