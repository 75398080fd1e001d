package server_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/server"
)

// Stopping the server under load (SIGTERM, as Kubernetes does) stops accepting, finishes the
// requests and commits in flight, and returns within the grace period: every event a client
// got a 200 for is in the ledger, exactly once. While it runs, holds past their time to live
// are released without an expiry job.
func TestGracefulShutdownUnderLoad(t *testing.T) {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, pg.NewDatabase(t)+"&pool_max_conns=20")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	if _, err := ledger.Migrate(ctx, pool, "program"); err != nil {
		t.Fatal(err)
	}
	l, err := ledger.New(pool, "program", ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Publish(ctx, compile(t, "fashion")); err != nil {
		t.Fatal(err)
	}
	var offset atomic.Int64 // moves the server's clock forward
	now := func() time.Time { return time.Now().Add(time.Duration(offset.Load())) }
	srv, err := server.New(server.Config{Pool: pool, Schema: "program", Now: now, HoldSweep: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	runCtx, stop := context.WithCancel(ctx)
	const grace = 5 * time.Second
	ran := make(chan error, 1)
	go func() { ran <- srv.Run(runCtx, &http.Server{Addr: addr}, grace) }()
	base := "http://" + addr
	post := func(client *http.Client, path, body string) (int, error) {
		resp, err := client.Post(base+path, "application/json", strings.NewReader(body))
		if err != nil {
			return 0, err
		}
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		if code, err := post(http.DefaultClient, "/v1/events", `{"id":"warm","member":"h","type":"purchase","amount":"1000"}`); err == nil && code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the server did not come up")
		}
		time.Sleep(20 * time.Millisecond)
	}

	// A hold whose time to live passes is released by the server itself.
	if code, err := post(http.DefaultClient, "/v1/holds", `{"id":"stale","member":"h","points":100,"orderAmount":"100"}`); err != nil || code != 201 {
		t.Fatalf("hold: %d %v", code, err)
	}
	offset.Store(int64(time.Hour))
	for m, _ := l.Member(ctx, "h"); m.Held != 0; m, _ = l.Member(ctx, "h") {
		if time.Now().After(deadline) {
			t.Fatalf("hold past its time to live still holds %d points", m.Held)
		}
		time.Sleep(20 * time.Millisecond)
	}

	// Load from 16 clients, each with its own connections; stop in the middle of it.
	var mu sync.Mutex
	var acked []string
	var wg sync.WaitGroup
	var sent atomic.Int64
	for c := range 16 {
		wg.Go(func() {
			client := &http.Client{Transport: &http.Transport{}, Timeout: 10 * time.Second}
			for i := 0; ; i++ {
				id := fmt.Sprintf("c%d-%d", c, i)
				sent.Add(1)
				code, err := post(client, "/v1/events", fmt.Sprintf(`{"id":%q,"member":"m%d","type":"purchase","amount":"10"}`, id, i%50))
				if err != nil {
					return // the server stopped accepting
				}
				if code == 200 {
					mu.Lock()
					acked = append(acked, id)
					mu.Unlock()
				}
			}
		})
	}
	for sent.Load() < 500 {
		time.Sleep(5 * time.Millisecond)
	}
	stopped := time.Now()
	stop()
	select {
	case err := <-ran:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(grace + time.Second):
		t.Fatal("Run did not return within the grace period")
	}
	took := time.Since(stopped)
	wg.Wait()

	missing := 0
	for _, id := range acked {
		if _, found, err := l.EventResult(ctx, id); err != nil {
			t.Fatal(err)
		} else if !found {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d acknowledged events are not in the ledger", missing, len(acked))
	}
	var postings int64
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM program.postings WHERE kind = 'credit' AND event_id LIKE 'c%'`).Scan(&postings); err != nil {
		t.Fatal(err)
	}
	if postings < int64(len(acked)) {
		t.Errorf("%d credit postings for %d acknowledged events", postings, len(acked))
	}
	t.Logf("stopped after %d requests, %d acknowledged, %d posted; Run returned in %v", sent.Load(), len(acked), postings, took.Round(time.Millisecond))
	problems, err := l.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}
