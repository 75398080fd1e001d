package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// flush writes what the batch decided: a fixed number of set-based statements, sent in one
// round trip, whatever the number of operations.
func (b *batch) flush(ctx context.Context, tx pgx.Tx, opKeys []string, hashes [][]byte, results []Result, done []int) error {
	l := b.l
	if err := b.copyNewRows(ctx, tx); err != nil {
		return err
	}

	q := &pgx.Batch{}
	var changedLots []*lot
	for _, lt := range b.lots {
		if !lt.isNew && lt.dirty {
			changedLots = append(changedLots, lt)
		}
	}
	// Loaded lots and members are updated where they were read: the member locks keep them
	// there, and a TID scan costs no index lookup.
	if n := len(changedLots); n > 0 {
		tids := make([]pgtype.TID, n)
		remainings, reverseds := make([]int64, n), make([]int64, n)
		for i, lt := range changedLots {
			tids[i], remainings[i], reverseds[i] = lt.ctid, lt.remaining, lt.reversed
		}
		q.Queue(l.q(`
			UPDATE {s}.lots SET remaining = t.rem, reversed = t.rev
			FROM unnest($1::tid[], $2::bigint[], $3::bigint[]) AS t(c, rem, rev)
			WHERE lots.ctid = t.c`),
			tids, remainings, reverseds)
	}

	var tids []pgtype.TID
	var tiers []string
	var balances, helds []int64
	var reached []*time.Time
	for _, m := range b.members {
		if m.dirty {
			tids, balances, helds = append(tids, m.ctid), append(balances, m.balance), append(helds, m.held)
			tiers, reached = append(tiers, m.tier), append(reached, m.tierReachedAt)
		}
	}
	if len(tids) > 0 {
		q.Queue(l.q(`
			UPDATE {s}.members SET balance = t.b, held = t.h, tier = t.t, tier_reached_at = t.r
			FROM unnest($1::tid[], $2::bigint[], $3::bigint[], $4::text[], $5::timestamptz[]) AS t(c, b, h, t, r)
			WHERE members.ctid = t.c`),
			tids, balances, helds, tiers, reached)
	}

	for _, h := range b.holds {
		if !h.dirty {
			continue
		}
		raw, err := json.Marshal(h.allocations)
		if err != nil {
			return err
		}
		q.Queue(l.q(`
			INSERT INTO {s}.holds (id, member_id, points, status, allocations, expires_at, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`),
			h.id, h.member, h.points, h.status, string(raw), h.expiresAt, h.createdAt, b.now)
	}
	for _, r := range b.redemptions {
		if !r.dirty {
			continue
		}
		q.Queue(l.q(`
			INSERT INTO {s}.redemptions (id, member_id, sku, quantity, points, posting_id, status, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (id) DO UPDATE SET status = excluded.status`),
			r.id, r.member, r.sku, r.quantity, r.points, r.posting, r.status, r.createdAt)
	}
	for sku, s := range b.stock {
		if s.dirty {
			q.Queue(l.q(`UPDATE {s}.stock SET redeemed = $2 WHERE sku = $1`), sku, s.redeemed)
		}
	}

	b.queueDaily(q)

	if len(b.notices) > 0 {
		q.Queue(l.q(insertNotices), noticeColumns(b.notices)...)
	}

	if q.Len() > 0 {
		if err := tx.SendBatch(ctx, q).Close(); err != nil {
			return fmt.Errorf("write batch: %w", err)
		}
	}

	// The keys go last, in sorted order, and without ON CONFLICT: a key recorded before, or
	// by a concurrent transaction (the insert waits for it), fails the insert, and the batch
	// is tried again with its keys looked up first.
	if len(done) == 0 {
		return nil
	}
	sorted := append([]int(nil), done...)
	sort.Slice(sorted, func(x, y int) bool { return opKeys[sorted[x]] < opKeys[sorted[y]] })
	keys := newCopyRows(3, len(sorted), 300)
	for _, i := range sorted {
		raw, err := json.Marshal(results[i])
		if err != nil {
			return err
		}
		keys.row()
		keys.text(opKeys[i])
		keys.bytea(hashes[i])
		keys.bytea(raw)
	}
	if err := keys.send(ctx, tx, l.q(`COPY {s}.idempotency (key, request_hash, response) FROM STDIN (FORMAT binary)`)); err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" && pgErr.TableName == "idempotency" {
			return errKeyRace
		}
		return fmt.Errorf("record idempotency keys: %w", err)
	}
	return nil
}

// copyNewRows appends the batch's new postings, entries and lots.
func (b *batch) copyNewRows(ctx context.Context, tx pgx.Tx) error {
	if len(b.postings) > 0 {
		c := newCopyRows(13, len(b.postings), 120)
		for _, p := range b.postings {
			c.row()
			c.int64(p.id)
			c.text(p.kind)
			c.text(p.member)
			c.int64(p.points)
			c.textOrNull(p.key)
			c.textOrNull(p.event)
			c.textOrNull(p.ruleset)
			c.text(p.reason)
			c.text(p.actor)
			c.text(p.ref)
			if len(p.allocations) > 0 {
				raw, err := json.Marshal(p.allocations)
				if err != nil {
					return err
				}
				c.jsonb(raw)
			} else {
				c.null()
			}
			c.int64(p.shortfall)
			c.timestamptz(b.now)
		}
		if err := c.send(ctx, tx, b.l.q(`COPY {s}.postings (id, kind, member_id, points, idempotency_key, event_id,
			ruleset_version, reason, actor, ref, allocations, shortfall, created_at) FROM STDIN (FORMAT binary)`)); err != nil {
			return fmt.Errorf("write postings: %w", err)
		}
	}

	if len(b.entries) > 0 {
		c := newCopyRows(6, len(b.entries), 40)
		for _, e := range b.entries {
			c.row()
			c.int64(e.posting)
			c.int16(e.seq)
			c.text(e.account)
			c.textOrNull(e.member)
			c.int64(e.amount)
			c.text(e.rule)
		}
		if err := c.send(ctx, tx, b.l.q(`COPY {s}.entries (posting_id, seq, account, member_id, amount, rule) FROM STDIN (FORMAT binary)`)); err != nil {
			return fmt.Errorf("write entries: %w", err)
		}
	}

	c := newCopyRows(11, len(b.lots), 80)
	n := 0
	for _, lt := range b.lots {
		if !lt.isNew {
			continue
		}
		n++
		c.row()
		c.int64(lt.key.Posting)
		c.int16(lt.key.Seq)
		c.text(lt.member)
		c.textOrNull(lt.event)
		c.bool(lt.eventKeyed)
		c.text(lt.rule)
		c.int64(lt.amount)
		c.int64(lt.remaining)
		c.int64(lt.reversed)
		c.timestamptz(b.now)
		if lt.expiresAt != nil {
			c.timestamptz(*lt.expiresAt)
		} else {
			c.null()
		}
	}
	if n > 0 {
		if err := c.send(ctx, tx, b.l.q(`COPY {s}.lots (posting_id, seq, member_id, event_id, event_keyed, rule,
			amount, remaining, reversed, earned_at, expires_at) FROM STDIN (FORMAT binary)`)); err != nil {
			return fmt.Errorf("write lots: %w", err)
		}
	}
	return nil
}

// queueDaily writes the batch's daily counters. Rows that usage read are updated where they
// are; rows of members whose usage was read, on days it covered, are new, and inserted; the
// rest (credits outside an event's usage) go through an upsert.
func (b *batch) queueDaily(q *pgx.Batch) {
	type columns struct {
		tids           []pgtype.TID
		members, rules []string
		days           []time.Time
		points, growth []int64
		awards         []int32
		spends         []string
	}
	var update, insert, upsert columns
	for _, d := range b.daily {
		c := &upsert
		tid, exists := b.existingDaily[dailyKeyOf(d.member, d.day, d.rule)]
		switch {
		case exists:
			c = &update
			c.tids = append(c.tids, tid)
		case b.usageMembers[d.member] && !d.day.Before(b.usageFrom):
			c = &insert
		}
		c.members, c.days, c.rules = append(c.members, d.member), append(c.days, d.day), append(c.rules, d.rule)
		c.points, c.awards, c.spends, c.growth = append(c.points, d.points), append(c.awards, d.awards), append(c.spends, d.spend), append(c.growth, d.growth)
	}
	if len(update.tids) > 0 {
		q.Queue(b.l.q(`
			UPDATE {s}.member_daily AS d SET
			  points = d.points + t.p, awards = d.awards + t.a, spend = d.spend + t.sp, growth_value = d.growth_value + t.g
			FROM (SELECT c, sum(p) p, sum(a) a, sum(sp::numeric) sp, sum(g) g
			      FROM unnest($1::tid[], $2::bigint[], $3::int[], $4::text[], $5::bigint[]) AS t(c, p, a, sp, g) GROUP BY c) t
			WHERE d.ctid = t.c`),
			update.tids, update.points, update.awards, update.spends, update.growth)
	}
	const rows = `
		SELECT m, dy, r, sum(p), sum(a), sum(sp::numeric), sum(g)
		FROM unnest($1::text[], $2::date[], $3::text[], $4::bigint[], $5::int[], $6::text[], $7::bigint[]) AS t(m, dy, r, p, a, sp, g)
		GROUP BY m, dy, r ORDER BY m, dy, r`
	if len(insert.members) > 0 {
		q.Queue(b.l.q(`INSERT INTO {s}.member_daily (member_id, day, rule, points, awards, spend, growth_value)`+rows),
			insert.members, insert.days, insert.rules, insert.points, insert.awards, insert.spends, insert.growth)
	}
	if len(upsert.members) > 0 {
		q.Queue(b.l.q(`INSERT INTO {s}.member_daily AS d (member_id, day, rule, points, awards, spend, growth_value)`+rows+`
			ON CONFLICT (member_id, day, rule) DO UPDATE SET
			  points = d.points + excluded.points, awards = d.awards + excluded.awards,
			  spend = d.spend + excluded.spend, growth_value = d.growth_value + excluded.growth_value`),
			upsert.members, upsert.days, upsert.rules, upsert.points, upsert.awards, upsert.spends, upsert.growth)
	}
}
