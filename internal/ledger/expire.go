package ledger

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// ExpiryReport says what an expiry run did.
type ExpiryReport struct {
	Lots    int64
	Points  int64
	Members int64
	Batches int
}

// Expire moves the points of every lot whose expires_at is at or before asOf to the 'expired'
// account. It works through members in batches of up to membersPerBatch, each batch its own
// transaction, so a run that stops part-way has committed whole batches only and the next run
// carries on. A lot with no points left is never selected again, so running it twice changes
// nothing the second time.
func (l *Ledger) Expire(ctx context.Context, asOf time.Time, membersPerBatch int) (ExpiryReport, error) {
	if membersPerBatch <= 0 {
		membersPerBatch = 1000
	}
	var rep ExpiryReport
	after := ""
	for {
		n, lots, points, last, err := l.expireBatch(ctx, asOf, after, membersPerBatch)
		if err != nil {
			return rep, err
		}
		if n == 0 {
			return rep, nil
		}
		rep.Batches++
		rep.Members += int64(n)
		rep.Lots += lots
		rep.Points += points
		after = last
	}
}

// expireBatch expires the due lots of the next members after `after`, in member order.
func (l *Ledger) expireBatch(ctx context.Context, asOf time.Time, after string, limit int) (members int, lots, points int64, last string, err error) {
	tx, err := l.begin(ctx)
	if err != nil {
		return 0, 0, 0, "", err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	rows, err := tx.Query(ctx, l.q(`
		SELECT DISTINCT member_id FROM {s}.lots
		WHERE remaining > 0 AND expires_at <= $1 AND member_id > $2
		ORDER BY member_id LIMIT $3`), asOf, after, limit)
	if err != nil {
		return 0, 0, 0, "", fmt.Errorf("find expiring lots: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil || len(ids) == 0 {
		return 0, 0, 0, "", err
	}
	last = ids[len(ids)-1]
	if _, err := tx.Exec(ctx, l.q(`SELECT 1 FROM {s}.members WHERE id = ANY($1) ORDER BY id FOR UPDATE`), ids); err != nil {
		return 0, 0, 0, "", fmt.Errorf("lock members: %w", err)
	}
	// Under the member locks: take the points of the due lots, one posting per member.
	var totalLots, totalPoints int64
	err = tx.QueryRow(ctx, l.q(`
		WITH due AS (
			UPDATE {s}.lots SET remaining = 0
			FROM (SELECT posting_id, seq, remaining FROM {s}.lots
			      WHERE member_id = ANY($1) AND remaining > 0 AND expires_at <= $2 FOR UPDATE) AS old
			WHERE lots.posting_id = old.posting_id AND lots.seq = old.seq
			RETURNING lots.member_id, old.remaining
		), per_member AS (
			SELECT member_id, sum(remaining)::bigint AS points, count(*) AS lots,
			       nextval('{s}.postings_id_seq') AS posting_id
			FROM due GROUP BY member_id
		), postings AS (
			INSERT INTO {s}.postings (id, kind, member_id, points, reason, created_at)
			SELECT posting_id, 'expire', member_id, -points, 'points expired', $3 FROM per_member
		), entries AS (
			INSERT INTO {s}.entries (posting_id, seq, account, member_id, amount)
			SELECT posting_id, 0, 'member', member_id, -points FROM per_member
			UNION ALL
			SELECT posting_id, 1, 'expired', NULL, points FROM per_member
		), balances AS (
			UPDATE {s}.members SET balance = balance - per_member.points
			FROM per_member WHERE members.id = per_member.member_id
		)
		SELECT coalesce(sum(lots), 0)::bigint, coalesce(sum(points), 0)::bigint FROM per_member`),
		ids, asOf, l.now()).Scan(&totalLots, &totalPoints)
	if err != nil {
		return 0, 0, 0, "", fmt.Errorf("expire lots: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, 0, 0, "", fmt.Errorf("commit: %w", err)
	}
	return len(ids), totalLots, totalPoints, last, nil
}

// ExpireHolds releases every active hold whose TTL has passed, giving its points back to the
// lots they came from, and returns how many holds and points it released.
func (l *Ledger) ExpireHolds(ctx context.Context, batchSize int) (released int, points int64, err error) {
	if batchSize <= 0 {
		batchSize = 500
	}
	for {
		rows, err := l.pool.Query(ctx, l.q(`
			SELECT id FROM {s}.holds WHERE status = 'active' AND expires_at <= $1 ORDER BY expires_at LIMIT $2`),
			l.now(), batchSize)
		if err != nil {
			return released, points, fmt.Errorf("find expired holds: %w", err)
		}
		ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return released, points, fmt.Errorf("find expired holds: %w", err)
		}
		if len(ids) == 0 {
			return released, points, nil
		}
		ops := make([]Op, len(ids))
		for i, id := range ids {
			ops[i] = Release{Key: "hold-expiry:" + id, HoldID: id, Reason: "hold expired", expired: true}
		}
		results, err := l.Post(ctx, ops)
		if err != nil {
			return released, points, err
		}
		progress := 0
		for _, r := range results {
			if r.Err == nil && !r.Replayed {
				progress++
				points += r.Points
			}
		}
		released += progress
		if progress == 0 {
			// Every hold found was captured or released meanwhile.
			return released, points, nil
		}
	}
}
