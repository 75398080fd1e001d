package jobs

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ErrLocked is returned when another run of the same job holds its lock past the wait.
var ErrLocked = errors.New("another run of this job holds its lock")

// lock takes the session advisory lock of job in schema on a connection of its own, waiting
// up to wait for a run that holds it (waiting is called first when it does). The lock lasts
// until release is called or the connection drops, so a killed run never leaves it behind.
// PostgreSQL does the waiting (pg_advisory_lock under lock_timeout): the lock is taken the
// moment the other run lets go.
func lock(ctx context.Context, pool *pgxpool.Pool, schema, job string, wait time.Duration, waiting func()) (release func(), err error) {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect for the job lock: %w", err)
	}
	key := "tally:" + schema + ":" + job
	unlock := func() {
		_, _ = conn.Exec(context.Background(), `SELECT pg_advisory_unlock(hashtextextended($1, 0))`, key)
		conn.Release()
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(hashtextextended($1, 0))`, key).Scan(&ok); err != nil {
		conn.Release()
		return nil, fmt.Errorf("take the job lock: %w", err)
	}
	if ok {
		return unlock, nil
	}
	if wait < time.Millisecond { // lock_timeout 0 would wait for ever
		conn.Release()
		return nil, ErrLocked
	}
	if waiting != nil {
		waiting()
	}
	// The setting is the session's: it is set back before the connection goes back to the pool.
	if _, err := conn.Exec(ctx, fmt.Sprintf(`SET lock_timeout = %d`, wait.Milliseconds())); err != nil {
		conn.Release()
		return nil, fmt.Errorf("take the job lock: %w", err)
	}
	_, err = conn.Exec(ctx, `SELECT pg_advisory_lock(hashtextextended($1, 0))`, key)
	if _, resetErr := conn.Exec(context.Background(), `RESET lock_timeout`); resetErr != nil && err == nil {
		unlock()
		return nil, fmt.Errorf("take the job lock: %w", resetErr)
	}
	if pg, isPg := errors.AsType[*pgconn.PgError](err); isPg && pg.Code == "55P03" { // lock_not_available
		conn.Release()
		return nil, ErrLocked
	}
	if err != nil {
		conn.Release()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("take the job lock: %w", err)
	}
	return unlock, nil
}
