package export

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// SinkStatus is how a sink is doing, as the operator shows it on the PointsProgram.
type SinkStatus struct {
	Name          string     `json:"name"`
	Delivered     int64      `json:"delivered"`
	LastDelivered *time.Time `json:"lastDelivered,omitempty"`
	// Lag is how old the oldest change the sink has not accepted is (0: caught up).
	Lag          time.Duration `json:"lag"`
	Failing      bool          `json:"failing"`
	FailingSince *time.Time    `json:"failingSince,omitempty"`
	LastError    string        `json:"lastError,omitempty"`
	DeadLetters  int64         `json:"deadLetters"`
}

// Status returns every sink's status, by name, as of now.
func (j *Journal) Status(ctx context.Context, now time.Time) ([]SinkStatus, error) {
	rows, err := j.pool.Query(ctx, j.q(`
		SELECT c.sink, c.delivered, c.last_delivered, c.oldest_pending, c.failing_since, c.last_error,
		       (SELECT count(*) FROM {s}.export_dead_letters d WHERE d.sink = c.sink)
		FROM {s}.export_cursors c ORDER BY c.sink`))
	if err != nil {
		return nil, fmt.Errorf("export status: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (SinkStatus, error) {
		var s SinkStatus
		var oldest *time.Time
		err := r.Scan(&s.Name, &s.Delivered, &s.LastDelivered, &oldest, &s.FailingSince, &s.LastError, &s.DeadLetters)
		if oldest != nil && now.After(*oldest) {
			s.Lag = now.Sub(*oldest)
		}
		s.Failing = s.FailingSince != nil
		return s, err
	})
}

// DeadLetter is a change a sink did not take within its retry limit.
type DeadLetter struct {
	ID        int64           `json:"id,string"`
	Sink      string          `json:"sink"`
	EventID   string          `json:"eventId"`
	Member    string          `json:"member"`
	Kind      Kind            `json:"kind"`
	Attempts  int             `json:"attempts"`
	LastError string          `json:"lastError"`
	FailedAt  time.Time       `json:"failedAt"`
	Replay    bool            `json:"replay"`
	Event     json.RawMessage `json:"event"`
}

// DeadLetters returns up to limit dead letters after id after, of sink (all sinks when "").
func (j *Journal) DeadLetters(ctx context.Context, sink string, after int64, limit int) ([]DeadLetter, error) {
	rows, err := j.pool.Query(ctx, j.q(`
		SELECT id, sink, event_id, member_id, kind, attempts, last_error, failed_at, replay, event
		FROM {s}.export_dead_letters WHERE ($1 = '' OR sink = $1) AND id > $2 ORDER BY id LIMIT $3`), sink, after, limit)
	if err != nil {
		return nil, fmt.Errorf("dead letters: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (DeadLetter, error) {
		var d DeadLetter
		err := r.Scan(&d.ID, &d.Sink, &d.EventID, &d.Member, &d.Kind, &d.Attempts, &d.LastError, &d.FailedAt, &d.Replay, &d.Event)
		return d, err
	})
}

// Replay marks dead letters to be sent again, before the sink's new changes: those of ids,
// or every one of sink when ids is empty. It returns how many it marked.
func (j *Journal) Replay(ctx context.Context, sink string, ids []int64) (int64, error) {
	tag, err := j.pool.Exec(ctx, j.q(`
		UPDATE {s}.export_dead_letters SET replay = true
		WHERE NOT replay AND ($1 = '' OR sink = $1) AND (coalesce(cardinality($2::bigint[]), 0) = 0 OR id = ANY($2))`), sink, ids)
	if err != nil {
		return 0, fmt.Errorf("replay dead letters: %w", err)
	}
	return tag.RowsAffected(), nil
}

// SetSinks makes the cursors of the program's sinks: one for each sink new to the program,
// starting now, so that a sink receives every change made after it was declared (the
// operator calls it before the ledger pods that deliver to the sink start); and it forgets
// sinks no longer declared, their dead letters with them, so that a sink declared again
// starts afresh rather than from where it stopped.
func (j *Journal) SetSinks(ctx context.Context, names []string) error {
	return pgx.BeginFunc(ctx, j.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, j.q(`
			INSERT INTO {s}.export_cursors (sink, done) SELECT s, pg_current_snapshot()::text FROM unnest($1::text[]) AS s
			ON CONFLICT (sink) DO NOTHING`), names); err != nil {
			return fmt.Errorf("start export cursors: %w", err)
		}
		if _, err := tx.Exec(ctx, j.q(`DELETE FROM {s}.export_dead_letters WHERE sink <> ALL ($1::text[])`), names); err != nil {
			return fmt.Errorf("forget removed sinks: %w", err)
		}
		if _, err := tx.Exec(ctx, j.q(`DELETE FROM {s}.export_cursors WHERE sink <> ALL ($1::text[])`), names); err != nil {
			return fmt.Errorf("forget removed sinks: %w", err)
		}
		return nil
	})
}
