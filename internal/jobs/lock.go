package jobs

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// ErrLocked is returned when another run of the same job holds its lock past the wait.
var ErrLocked = errors.New("another run of this job holds its lock")

// lock takes the session advisory lock of job in schema on a connection of its own, waiting
// up to wait for a run that holds it. The lock lasts until release is called or the
// connection drops, so a killed run never leaves it behind.
func lock(ctx context.Context, pool *pgxpool.Pool, schema, job string, wait time.Duration, waiting func()) (release func(), err error) {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect for the job lock: %w", err)
	}
	key := "tally:" + schema + ":" + job
	deadline := time.Now().Add(wait)
	told := false
	for {
		var ok bool
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(hashtextextended($1, 0))`, key).Scan(&ok); err != nil {
			conn.Release()
			return nil, fmt.Errorf("take the job lock: %w", err)
		}
		if ok {
			return func() {
				_, _ = conn.Exec(context.Background(), `SELECT pg_advisory_unlock(hashtextextended($1, 0))`, key)
				conn.Release()
			}, nil
		}
		if time.Now().After(deadline) {
			conn.Release()
			return nil, ErrLocked
		}
		if !told && waiting != nil {
			waiting()
			told = true
		}
		select {
		case <-ctx.Done():
			conn.Release()
			return nil, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
