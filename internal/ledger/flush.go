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

// flush writes what the batch decided: a fixed number of set-based statements, whatever the
// number of operations, sent in one round trip (a large batch adds a COPY per table).
func (b *batch) flush(ctx context.Context, tx pgx.Tx, opKeys []string, hashes [][]byte, results []Result, done []int) error {
	l := b.l
	q := &pgx.Batch{}
	// A large batch appends its new rows with COPY (copy.go). A small one sends them with its
	// other statements instead, in the one round trip that a COPY per table would multiply:
	// with one event per request, commits carry a dozen or so operations, and four more
	// round trips each cost more than COPY saved (alternating 30 s runs at 128 in flight:
	// 5,257 and 5,454 purchases/s against 5,714 and 5,692).
	bulk := len(b.postings) >= copyFrom
	if bulk {
		if err := b.copyNewRows(ctx, tx); err != nil {
			return err
		}
	} else if err := b.queueNewRows(q); err != nil {
		return err
	}
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

	// Before the members are written: a change in a rolled-up month tells its member they have
	// counters there.
	b.queueMonthly(q)
	var tids []pgtype.TID
	var tiers []string
	var balances, helds []int64
	var reached, nexts, rollupFroms, rollupTos []*time.Time
	var rollupEmpties []bool
	var activities [][]byte
	var badges, referrers []string
	for _, m := range b.members {
		if m.dirty {
			if m.lotsLoaded {
				m.expiresNext = nextExpiry(m)
			}
			if m.activityRead {
				m.activityRaw = encodeActivity(m.activity)
			}
			tids, balances, helds = append(tids, m.ctid), append(balances, m.balance), append(helds, m.held)
			tiers, reached, nexts = append(tiers, m.tier), append(reached, m.tierReachedAt), append(nexts, m.expiresNext)
			activities, badges, referrers = append(activities, m.activityRaw), append(badges, m.badges), append(referrers, m.referredBy)
			rollupFroms, rollupTos, rollupEmpties = append(rollupFroms, m.rollupFrom), append(rollupTos, m.rollupTo), append(rollupEmpties, m.rollupEmpty)
		}
	}
	if len(tids) > 0 {
		q.Queue(l.q(`
			UPDATE {s}.members SET balance = t.b, held = t.h, tier = t.t, tier_reached_at = t.r, expires_next = t.x, activity = t.a,
			  badges = nullif(t.g, ''), referred_by = nullif(t.f, ''), rollup_from = t.rf, rollup_to = t.rt, rollup_empty = t.re
			FROM unnest($1::tid[], $2::bigint[], $3::bigint[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::bytea[], $8::text[], $9::text[],
			            $10::date[], $11::date[], $12::bool[])
			  AS t(c, b, h, t, r, x, a, g, f, rf, rt, re)
			WHERE members.ctid = t.c`),
			tids, balances, helds, tiers, reached, nexts, activities, badges, referrers, rollupFroms, rollupTos, rollupEmpties)
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
			INSERT INTO {s}.holds (id, member_id, points, status, allocations, expires_at, created_at, updated_at, captured, refunded, order_amount, refunded_amount)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, nullif($11, '')::numeric, coalesce(nullif($12, '')::numeric, 0))
			ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,
			  captured = excluded.captured, refunded = excluded.refunded, refunded_amount = excluded.refunded_amount`),
			h.id, h.member, h.points, h.status, string(raw), h.expiresAt, h.createdAt, b.now, h.captured, h.refunded, h.orderAmount, h.refundedAmount)
	}
	for _, r := range b.redemptions {
		if !r.dirty {
			continue
		}
		q.Queue(l.q(`
			INSERT INTO {s}.redemptions (id, member_id, sku, quantity, points, posting_id, status, created_at, cash)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, nullif($9, '')::numeric)
			ON CONFLICT (id) DO UPDATE SET status = excluded.status`),
			r.id, r.member, r.sku, r.quantity, r.points, r.posting, r.status, r.createdAt, r.cash)
	}
	for sku, s := range b.stock {
		if s.dirty {
			q.Queue(l.q(`UPDATE {s}.stock SET redeemed = $2 WHERE sku = $1`), sku, s.redeemed)
		}
	}

	b.queueDaily(q)

	if len(b.refundedDirty) > 0 {
		var events, amounts []string
		for e := range b.refundedDirty {
			events, amounts = append(events, e), append(amounts, b.refunded[e].FloatString(6))
		}
		q.Queue(l.q(`
			INSERT INTO {s}.event_refunds (event_id, amount) SELECT * FROM unnest($1::text[], $2::numeric[])
			ON CONFLICT (event_id) DO UPDATE SET amount = excluded.amount`), events, amounts)
	}

	if n := len(b.badges); n > 0 {
		members, keys, names, rules, events := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		postings := make([]int64, n)
		for i, bd := range b.badges {
			members[i], keys[i], names[i], rules[i], events[i], postings[i] = bd.member, bd.key, bd.award.Badge, bd.award.Rule, bd.award.EventID, bd.award.PostingID
		}
		q.Queue(l.q(`
			INSERT INTO {s}.member_badges (member_id, badge_key, badge, rule, event_id, posting_id, awarded_at)
			SELECT m, k, n, r, e, p, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[]) AS t(m, k, n, r, e, p)`),
			members, keys, names, rules, events, postings, b.now)
	}
	if len(b.notices) > 0 {
		q.Queue(l.q(insertNotices), noticeColumns(b.notices)...)
	}
	if n := len(b.details); n > 0 {
		postings, at := make([]int64, n), make([]time.Time, n)
		amounts, currencies, attrs, items := make([]string, n), make([]string, n), make([]*string, n), make([]*string, n)
		for i, d := range b.details {
			postings[i], at[i], amounts[i], currencies[i] = d.posting, d.event.OccurredAt, d.event.Amount, d.event.Currency
			if len(d.event.Attributes) > 0 {
				raw, err := json.Marshal(d.event.Attributes)
				if err != nil {
					return err
				}
				s := string(raw)
				attrs[i] = &s
			}
			if len(d.event.Items) > 0 {
				raw, err := json.Marshal(d.event.Items)
				if err != nil {
					return err
				}
				s := string(raw)
				items[i] = &s
			}
		}
		q.Queue(l.q(`
			INSERT INTO {s}.event_details (posting_id, occurred_at, amount, currency, attributes, items, created_at)
			SELECT p, o, a, c, t, i, $7 FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[]) AS x(p, o, a, c, t, i)`),
			postings, at, amounts, currencies, attrs, items, b.now)
	}

	// The keys go last, in sorted order, and without ON CONFLICT: a key recorded before, or
	// by a concurrent transaction (the insert waits for it), fails the insert, and the batch
	// is tried again with its keys looked up first.
	var keys []string
	var hs, res [][]byte
	if len(done) > 0 {
		sorted := append([]int(nil), done...)
		sort.Slice(sorted, func(x, y int) bool { return opKeys[sorted[x]] < opKeys[sorted[y]] })
		keys, hs, res = make([]string, len(sorted)), make([][]byte, len(sorted)), make([][]byte, len(sorted))
		encoded := make([]byte, 0, 64*len(sorted))
		for n, i := range sorted {
			from := len(encoded)
			encoded = encodeResult(encoded, results[i])
			keys[n], hs[n], res[n] = opKeys[i], hashes[i], encoded[from:len(encoded):len(encoded)]
		}
	}
	keysQueued := len(keys) > 0 && !bulk
	if keysQueued {
		q.Queue(l.q(`
			INSERT INTO {s}.idempotency (key, request_hash, response)
			SELECT * FROM unnest($1::text[], $2::bytea[], $3::bytea[])`), keys, hs, res)
	}
	if q.Len() > 0 {
		br := tx.SendBatch(ctx, q)
		defer br.Close()
		for range q.Len() - 1 {
			if _, err := br.Exec(); err != nil {
				return fmt.Errorf("write batch: %w", err)
			}
		}
		if _, err := br.Exec(); err != nil {
			if keysQueued {
				return keyError(err)
			}
			return fmt.Errorf("write batch: %w", err)
		}
		if err := br.Close(); err != nil {
			return fmt.Errorf("write batch: %w", err)
		}
	}
	if len(keys) == 0 || keysQueued {
		return nil
	}
	c := newCopyRows(3, len(keys), 300)
	for n := range keys {
		c.row()
		c.text(keys[n])
		c.bytea(hs[n])
		c.bytea(res[n])
	}
	return keyError(c.send(ctx, tx, l.q(`COPY {s}.idempotency (key, request_hash, response) FROM STDIN (FORMAT binary)`)))
}

// nextExpiry is the earliest expiry of a member's lots with points, all of which are loaded.
func nextExpiry(m *memberState) *time.Time {
	var next *time.Time
	for _, lt := range m.lots {
		if lt.remaining > 0 && lt.expiresAt != nil && (next == nil || lt.expiresAt.Before(*next)) {
			next = lt.expiresAt
		}
	}
	return next
}

// keyError says what a failed insert of idempotency keys means: errKeyRace when a key was
// already recorded.
func keyError(err error) error {
	if err == nil {
		return nil
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" && pgErr.TableName == "idempotency" {
		return errKeyRace
	}
	return fmt.Errorf("record idempotency keys: %w", err)
}

// queueNewRows queues the inserts of the batch's new postings and lots, each row set sent as
// one array per column. A posting's entries are slices of three more arrays, which hold the
// entries of every posting in turn: entries of posting i are elements lo[i] to hi[i].
func (b *batch) queueNewRows(q *pgx.Batch) error {
	if n := len(b.postings); n > 0 {
		var (
			ids, points, shortfalls                                       = make([]int64, n), make([]int64, n), make([]int64, n)
			kinds, members, keys, events, rulesets, reasons, actors, refs = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
			allocs                                                        = make([]*string, n)
			los, his                                                      = make([]int32, n), make([]int32, n)
			// Never nil, which would be sent as NULL: a batch's postings may have no entries.
			accounts, rules = make([]string, 0, 2*n), make([]string, 0, 2*n)
			amounts         = make([]int64, 0, 2*n)
		)
		for i, p := range b.postings {
			ids[i], kinds[i], members[i], points[i], keys[i] = p.id, string(p.kind), p.member, p.points, p.key
			events[i], rulesets[i], reasons[i], actors[i], refs[i], shortfalls[i] = p.event, p.ruleset, p.reason, p.actor, p.ref, p.shortfall
			raw, err := p.allocationsJSON()
			if err != nil {
				return err
			}
			if raw != nil {
				s := string(raw)
				allocs[i] = &s
			}
			los[i] = int32(len(accounts) + 1)
			for _, e := range p.lines {
				accounts, amounts, rules = append(accounts, string(e.account)), append(amounts, e.amount), append(rules, e.rule)
			}
			his[i] = int32(len(accounts))
		}
		q.Queue(b.l.q(`
			INSERT INTO {s}.postings (id, kind, member_id, points, idempotency_key, event_id, ruleset_version, reason, actor, ref, allocations, shortfall, created_at,
			                          entry_accounts, entry_amounts, entry_rules)
			SELECT id, kind, member, points, nullif(key, ''), nullif(event, ''), nullif(ruleset, ''), reason, actor, ref, allocs::jsonb, shortfall, $13,
			       ($14::text[])[lo:hi], ($15::bigint[])[lo:hi], ($16::text[])[lo:hi]
			FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::bigint[], $17::int[], $18::int[])
			  AS t(id, kind, member, points, key, event, ruleset, reason, actor, ref, allocs, shortfall, lo, hi)`),
			ids, kinds, members, points, keys, events, rulesets, reasons, actors, refs, allocs, shortfalls, b.now,
			accounts, amounts, rules, los, his)
	}

	var newLots []*lot
	for _, lt := range b.lots {
		if lt.isNew {
			newLots = append(newLots, lt)
		}
	}
	if n := len(newLots); n > 0 {
		postings, amounts, remainings, reverseds := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		seqs := make([]int16, n)
		members, events, rules := make([]string, n), make([]string, n), make([]string, n)
		expires := make([]*time.Time, n)
		keyed := make([]bool, n)
		for i, lt := range newLots {
			postings[i], seqs[i], members[i], events[i], rules[i] = lt.key.Posting, lt.key.Seq, lt.member, lt.event, lt.rule
			amounts[i], remainings[i], reverseds[i], expires[i], keyed[i] = lt.amount, lt.remaining, lt.reversed, lt.expiresAt, lt.eventKeyed
		}
		q.Queue(b.l.q(`
			INSERT INTO {s}.lots (posting_id, seq, member_id, event_id, event_keyed, rule, amount, remaining, reversed, earned_at, expires_at)
			SELECT p, s, m, nullif(e, ''), k, r, a, rem, rev, $11, x
			FROM unnest($1::bigint[], $2::smallint[], $3::text[], $4::text[], $5::bool[], $6::text[], $7::bigint[], $8::bigint[], $9::bigint[], $10::timestamptz[])
			  AS t(p, s, m, e, k, r, a, rem, rev, x)`),
			postings, seqs, members, events, keyed, rules, amounts, remainings, reverseds, expires, b.now)
	}
	return nil
}

// copyNewRows appends the batch's new postings and lots.
func (b *batch) copyNewRows(ctx context.Context, tx pgx.Tx) error {
	if len(b.postings) > 0 {
		c := newCopyRows(16, len(b.postings), 220)
		for _, p := range b.postings {
			c.row()
			c.int64(p.id)
			c.text(string(p.kind))
			c.text(p.member)
			c.int64(p.points)
			c.textOrNull(p.key)
			c.textOrNull(p.event)
			c.textOrNull(p.ruleset)
			c.text(p.reason)
			c.text(p.actor)
			c.text(p.ref)
			raw, err := p.allocationsJSON()
			if err != nil {
				return err
			}
			if raw != nil {
				c.jsonb(raw)
			} else {
				c.null()
			}
			c.int64(p.shortfall)
			c.timestamptz(b.now)
			c.texts(len(p.lines), func(i int) string { return string(p.lines[i].account) })
			c.int64s(len(p.lines), func(i int) int64 { return p.lines[i].amount })
			c.texts(len(p.lines), func(i int) string { return p.lines[i].rule })
		}
		if err := c.send(ctx, tx, b.l.q(`COPY {s}.postings (id, kind, member_id, points, idempotency_key, event_id,
			ruleset_version, reason, actor, ref, allocations, shortfall, created_at, entry_accounts, entry_amounts, entry_rules)
			FROM STDIN (FORMAT binary)`)); err != nil {
			return fmt.Errorf("write postings: %w", err)
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
