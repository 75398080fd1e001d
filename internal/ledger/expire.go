package ledger

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
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
// nothing the second time, and two runs at once expire each lot once: each batch locks its
// members, and a lot another run emptied meanwhile is skipped. Up to workers batches run at
// once (see eachMemberBatch).
func (l *Ledger) Expire(ctx context.Context, asOf time.Time, membersPerBatch, workers int) (ExpiryReport, error) {
	var rep ExpiryReport
	var mu sync.Mutex
	// The members with due lots are those whose next expiry has passed (members.expires_next
	// is never later than the earliest expiry of their lots with points; Verify checks it):
	// one pass over the members, where the lots due at a yearly clearing are millions.
	batches, err := l.eachMemberBatch(ctx, `
		SELECT id FROM {s}.members WHERE expires_next <= $1 ORDER BY id`, []any{asOf}, membersPerBatch, workers,
		func(tx pgx.Tx, ids []string) error {
			// Under the member locks: take the points of the due lots, one posting per member.
			var lots, points, members int64
			err := tx.QueryRow(ctx, l.q(`
				WITH open AS MATERIALIZED (
					-- The batch's members' lots with points, read once, by member (see
					-- openLotsSQL), for the lots to take and the next expiry both.
					`+openLotsSQL+`
				), due AS (
					-- Each due lot by its row; the lot's own condition again, in case a writer
					-- that did not lock the member changed it meanwhile (none should).
					UPDATE {s}.lots SET remaining = 0
					FROM open
					WHERE lots.ctid = open.ctid AND open.expires_at <= $2 AND lots.remaining > 0
					RETURNING lots.member_id, open.remaining AS taken
				), per_member AS (
					SELECT member_id, sum(taken)::bigint AS points, count(*) AS lots,
					       nextval('{s}.postings_id_seq') AS posting_id
					FROM due GROUP BY member_id
				), postings AS (
					INSERT INTO {s}.postings (id, kind, member_id, points, reason, created_at, entry_accounts, entry_amounts, entry_rules)
					SELECT posting_id, 'expire', member_id, -points, 'points expired', $3,
					       '{member,expired}', ARRAY[-points, points], '{"",""}'
					FROM per_member
				), next AS (
					-- The member's next expiry is that of the lots this run leaves with points.
					SELECT member_id, min(expires_at) FILTER (WHERE expires_at > $2) AS expires_at
					FROM open GROUP BY member_id
				), balances AS (
					-- Every member of the batch: one whose next expiry had passed without a
					-- lot due (it may be earlier than their lots') gets the right one, and is
					-- not found again by the next run.
					UPDATE {s}.members SET balance = balance - coalesce(per_member.points, 0), expires_next = next.expires_at
					FROM unnest($1::text[]) AS b(id)
					LEFT JOIN per_member ON per_member.member_id = b.id
					LEFT JOIN next ON next.member_id = b.id
					WHERE members.id = b.id
				)
				SELECT coalesce(sum(lots), 0)::bigint, coalesce(sum(points), 0)::bigint, count(*) FROM per_member`),
				ids, asOf, l.now()).Scan(&lots, &points, &members)
			if err != nil {
				return fmt.Errorf("expire lots: %w", err)
			}
			mu.Lock()
			rep.Lots += lots
			rep.Points += points
			rep.Members += members
			mu.Unlock()
			return nil
		})
	rep.Batches = batches
	return rep, err
}

// openLotsSQL reads the lots with points of the members $1 by member, through their index
// (lots_member_open), for the expiry and the notices to pick theirs from. Asked for with the
// expiry condition beside it, PostgreSQL ANDed that index with lots_expiring, which holds
// every member's lots with points by expiry: at a yearly clearing a year of them. On the
// year-old ledger a batch of 1,000 members read 573,382 of its entries twice for 2,913 lots
// (the clearing of 2025's points), and would have read 9,000,000 twice at the next one.
const openLotsSQL = `SELECT ctid, member_id, remaining, expires_at, noticed FROM {s}.lots WHERE member_id = ANY($1) AND remaining > 0`

// eachMemberBatch runs fn on the members that find selects (in member order, with args as
// $1...), up to limit at a time, each batch in its own transaction with its members locked in
// order, as every writer locks them. find runs once, on a connection of its own, and its rows
// are read as the batches go: one pass over the table, whatever the number of batches. A
// member find selected whose state changed meanwhile is for fn's statements, which run under
// the locks, to judge; what becomes due during the run is for the next run.
//
// Up to workers batches run at once (at least one), on connections of the pool: fn must then
// be safe to call concurrently. Their members never overlap, so they never wait for each
// other. The first batch to fail stops the others from starting; batches committed stay.
func (l *Ledger) eachMemberBatch(ctx context.Context, find string, args []any, limit, workers int, fn func(tx pgx.Tx, ids []string) error) (int, error) {
	if limit <= 0 {
		limit = DefaultMembersPerBatch
	}
	workers = max(workers, 1)
	// A connection of its own, outside the pool: callers sharing a small pool could otherwise
	// each hold one for reading and wait forever for another to write.
	conn, err := pgx.ConnectConfig(ctx, l.pool.Config().ConnConfig.Copy())
	if err != nil {
		return 0, err
	}
	defer func() { _ = conn.Close(context.Background()) }()
	// A find may gather a million members from ten million rows (the notices of a yearly
	// clearing): PostgreSQL estimated a tenth of them, and its hash of them, at the default
	// 4 MB, spilled to disk and had not finished after 11 minutes; with this it took 11 s.
	// The connection is the find's alone, and closes after it.
	if _, err := conn.Exec(ctx, "SET work_mem = '256MB'"); err != nil {
		return 0, err
	}
	rows, err := conn.Query(ctx, l.q(find), args...)
	if err != nil {
		return 0, fmt.Errorf("find members: %w", err)
	}
	defer rows.Close()

	var (
		mu       sync.Mutex
		batches  int
		firstErr error
	)
	failed := func() error {
		mu.Lock()
		defer mu.Unlock()
		return firstErr
	}
	done := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if err == nil {
			batches++
		} else if firstErr == nil {
			firstErr = err
		}
	}
	batch := func(ids []string) error {
		tx, err := l.begin(ctx)
		if err != nil {
			return err
		}
		defer func() { _ = tx.Rollback(ctx) }()
		if _, err := tx.Exec(ctx, l.q(`SELECT 1 FROM {s}.members WHERE id = ANY($1) ORDER BY id FOR UPDATE`), ids); err != nil {
			return fmt.Errorf("lock members: %w", err)
		}
		if err := fn(tx, ids); err != nil {
			return err
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("commit: %w", err)
		}
		return nil
	}
	work := make(chan []string)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for ids := range work {
				if failed() == nil {
					done(batch(ids))
				}
			}
		})
	}
	ids := make([]string, 0, limit)
	for failed() == nil && rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			done(fmt.Errorf("find members: %w", err))
			break
		}
		if ids = append(ids, id); len(ids) == limit {
			work <- ids
			ids = make([]string, 0, limit)
		}
	}
	if err := rows.Err(); err != nil {
		done(fmt.Errorf("find members: %w", err))
	}
	if len(ids) > 0 && failed() == nil {
		work <- ids
	}
	close(work)
	wg.Wait()
	return batches, firstErr
}

// DefaultMembersPerBatch is the jobs' members per transaction unless they are told otherwise.
// A batch holds its members' rows locked until it commits, and the ledger's writes commit in
// groups: a group with one of those members in it waits for the whole batch. At the yearly
// clearing of a year-old ledger, batches of 1,000 members (about 11,000 lots) held their locks for
// 0.7 s under load, and the writes' p99 rose from 34 ms to 313 ms.
const DefaultMembersPerBatch = 100

// MemberExpiry is what expires, or would expire, of one member's points.
type MemberExpiry struct {
	Member string
	Lots   int64
	Points int64
}

// DueForExpiry returns, per member in member order, the points Expire would take at asOf.
func (l *Ledger) DueForExpiry(ctx context.Context, asOf time.Time) ([]MemberExpiry, error) {
	rows, err := l.pool.Query(ctx, l.q(`
		SELECT member_id, count(*), sum(remaining)::bigint FROM {s}.lots
		WHERE remaining > 0 AND expires_at <= $1 GROUP BY member_id ORDER BY member_id`), asOf)
	if err != nil {
		return nil, fmt.Errorf("lots due: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (MemberExpiry, error) {
		var m MemberExpiry
		err := r.Scan(&m.Member, &m.Lots, &m.Points)
		return m, err
	})
}

// DueForNotice returns what NoticeExpiring would announce at asOf: the members, lots and
// points not yet announced that expire after asOf and within window.
func (l *Ledger) DueForNotice(ctx context.Context, asOf time.Time, window time.Duration) (NoticeReport, error) {
	var rep NoticeReport
	err := l.pool.QueryRow(ctx, l.q(`
		SELECT count(DISTINCT member_id), count(*), coalesce(sum(remaining), 0)::bigint FROM {s}.lots
		WHERE NOT noticed AND remaining > 0 AND expires_at > $1 AND expires_at <= $2`), asOf, asOf.Add(window)).
		Scan(&rep.Notices, &rep.Lots, &rep.Points)
	if err != nil {
		return rep, fmt.Errorf("lots to announce: %w", err)
	}
	return rep, nil
}

// NoticeReport says what a run of NoticeExpiring recorded.
type NoticeReport struct {
	Notices int64 // one per member
	Lots    int64
	Points  int64
}

// NoticeExpiring records a PointsExpiring notice for each member with lots that expire after
// asOf and within window of it and were not announced before; the lots are marked announced
// in the same transaction, so each lot is announced once, whatever the number of runs.
// pointValue and currency give the notice its cash value.
func (l *Ledger) NoticeExpiring(ctx context.Context, asOf time.Time, window time.Duration, pointValue, currency string, membersPerBatch int) (NoticeReport, error) {
	var rep NoticeReport
	until := asOf.Add(window)
	now := l.now()
	_, err := l.eachMemberBatch(ctx, `
		SELECT DISTINCT member_id FROM {s}.lots
		WHERE NOT noticed AND remaining > 0 AND expires_at > $1 AND expires_at <= $2
		ORDER BY member_id`, []any{asOf, until}, membersPerBatch, 1,
		func(tx pgx.Tx, ids []string) error {
			rows, err := tx.Query(ctx, l.q(`
				WITH open AS MATERIALIZED (`+openLotsSQL+`)
				UPDATE {s}.lots SET noticed = true
				FROM open
				WHERE lots.ctid = open.ctid AND NOT open.noticed AND open.expires_at > $2 AND open.expires_at <= $3
				  AND NOT lots.noticed AND lots.remaining > 0
				RETURNING lots.member_id, lots.remaining, lots.expires_at`), ids, asOf, until)
			if err != nil {
				return fmt.Errorf("announce lots: %w", err)
			}
			byMember := map[string]*ExpiringPoints{}
			var order []string
			for rows.Next() {
				var member string
				var lt ExpiringLot
				if err := rows.Scan(&member, &lt.Points, &lt.ExpiresAt); err != nil {
					rows.Close()
					return err
				}
				e := byMember[member]
				if e == nil {
					e = &ExpiringPoints{ExpiresAt: lt.ExpiresAt, Currency: currency}
					byMember[member] = e
					order = append(order, member)
				}
				e.Points += lt.Points
				e.Lots = append(e.Lots, lt)
				if lt.ExpiresAt.Before(e.ExpiresAt) {
					e.ExpiresAt = lt.ExpiresAt
				}
				rep.Lots++
				rep.Points += lt.Points
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return fmt.Errorf("announce lots: %w", err)
			}
			notices := make([]noticeRow, 0, len(order))
			for _, member := range order {
				e := byMember[member]
				slices.SortFunc(e.Lots, func(a, b ExpiringLot) int { return a.ExpiresAt.Compare(b.ExpiresAt) })
				if e.CashValue, err = CashValue(e.Points, pointValue); err != nil {
					return err
				}
				body, err := json.Marshal(e)
				if err != nil {
					return err
				}
				notices = append(notices, noticeRow{kind: NoticePointsExpiring, member: member, body: body, at: now})
			}
			if _, err := tx.Exec(ctx, l.q(insertNotices), noticeColumns(notices)...); err != nil {
				return fmt.Errorf("record notices: %w", err)
			}
			rep.Notices += int64(len(notices))
			return nil
		})
	return rep, err
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
