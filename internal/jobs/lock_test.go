package jobs

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/testenv"
)

// A run that finds the lock held waits for it, and takes it as soon as the other run lets go
// rather than at its next look; a run that waits too long gives up with ErrLocked. The wait's
// setting does not stay on the pooled connection.
func TestLockIsTakenWhenReleased(t *testing.T) {
	srv, err := testenv.StartPostgres()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop() })
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, srv.NewDatabase(t)+"&pool_max_conns=2")
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()

	release, err := lock(ctx, pool, "s", "expire", 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lock(ctx, pool, "s", "expire", 200*time.Millisecond, nil); !errors.Is(err, ErrLocked) {
		t.Fatalf("a second run while the lock is held: %v, want ErrLocked", err)
	}
	waited := make(chan error, 1)
	go func() {
		r, err := lock(ctx, pool, "s", "expire", 10*time.Second, func() {})
		if err == nil {
			r()
		}
		waited <- err
	}()
	time.Sleep(550 * time.Millisecond) // between two looks of a run that polled every 500 ms
	released := time.Now()
	release()
	if err := <-waited; err != nil {
		t.Fatalf("the waiting run: %v", err)
	}
	if late := time.Since(released); late > 200*time.Millisecond {
		t.Errorf("the waiting run took the lock %s after it was released", late)
	}
	for range 2 { // both pooled connections, held at once
		c, err := pool.Acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Release()
		var timeout string
		if err := c.QueryRow(ctx, `SHOW lock_timeout`).Scan(&timeout); err != nil || timeout != "0" {
			t.Errorf("lock_timeout of a pooled connection: %q, %v; want 0", timeout, err)
		}
	}
}
