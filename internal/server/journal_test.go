package server_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/server"
	"github.com/tally-operator/tally/internal/testenv"
)

// The server keeps the journal's monthly partitions ahead of its clock: when it starts, and
// again as its clock moves into a new month, and the events it takes get ids of their month.
func TestServerRollsTheJournal(t *testing.T) {
	ctx := context.Background()
	a := startAPI(t, "coffee", nil)
	var clock atomic.Int64
	ahead := time.Now().UTC().AddDate(0, 3, 0)
	clock.Store(ahead.UnixNano())
	now := func() time.Time { return time.Unix(0, clock.Load()).UTC() }
	srv, err := server.New(server.Config{Pool: a.pool, Schema: "program", Now: now, JournalRoll: 20 * time.Millisecond})
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
	ran := make(chan error, 1)
	go func() { ran <- srv.Run(runCtx, &http.Server{Addr: addr}, time.Second) }()
	t.Cleanup(func() {
		stop()
		if err := <-ran; err != nil {
			t.Errorf("run: %v", err)
		}
	})

	partition := func(at time.Time) func() error {
		return func() error {
			var n int
			name := fmt.Sprintf("program.postings_%04d_%02d", at.Year(), at.Month())
			if err := a.pool.QueryRow(ctx, `SELECT count(*) FROM pg_inherits WHERE inhparent = 'program.postings'::regclass AND inhrelid = to_regclass($1)`, name).Scan(&n); err != nil {
				return err
			}
			if n != 1 {
				return fmt.Errorf("no partition %s", name)
			}
			return nil
		}
	}
	testenv.Eventually(t, 10*time.Second, 20*time.Millisecond, "the partition of the clock's month", partition(ahead))
	r, err := a.ledger.PostOne(ctx, ledger.Credit{Key: "k", Member: "m", OccurredAt: ahead, Awards: []ledger.Award{{Rule: "r", Points: 1}}})
	if err != nil || r.Err != nil {
		t.Fatal(err, r.Err)
	}
	if r.PostingID>>32 != ledger.JournalMonth(ahead) {
		t.Errorf("a posting after the server rolled to %s: id %d of month %d; want %d", ahead.Format("2006-01"), r.PostingID, r.PostingID>>32, ledger.JournalMonth(ahead))
	}
	later := ahead.AddDate(0, 2, 0)
	clock.Store(later.UnixNano())
	testenv.Eventually(t, 10*time.Second, 20*time.Millisecond, "the partition of the month the clock moved to", partition(later))
}
