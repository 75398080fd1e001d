package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/tally-operator/tally/internal/ruleset"
)

// load reads and locks everything the ops at todo touch: their members (in sorted order), the
// holds, redemptions and catalog stock they name, and the lots they may take points from.
func (b *batch) load(ctx context.Context, tx pgx.Tx, ops []Op, todo []int) error {
	l := b.l
	var holdIDs, redemptionIDs, reverseEvents, skus []string
	spare := 0
	memberSet := map[string]bool{}
	needLots := map[string]bool{}
	for _, i := range todo {
		switch o := ops[i].(type) {
		case Credit:
			memberSet[o.Member] = true
		case Debit:
			memberSet[o.Member] = true
			needLots[o.Member] = true
		case Hold:
			memberSet[o.Member] = true
			needLots[o.Member] = true
			holdIDs = append(holdIDs, o.HoldID)
		case Capture:
			holdIDs = append(holdIDs, o.HoldID)
		case Release:
			holdIDs = append(holdIDs, o.HoldID)
		case RefundHold:
			holdIDs = append(holdIDs, o.HoldID)
		case Reverse:
			reverseEvents = append(reverseEvents, o.EventID)
		case Redeem:
			memberSet[o.Member] = true
			needLots[o.Member] = true
			redemptionIDs = append(redemptionIDs, o.RedemptionID)
			skus = append(skus, o.SKU)
		case CancelRedemption:
			redemptionIDs = append(redemptionIDs, o.RedemptionID)
		case Earn:
			memberSet[o.Event.Member] = true
			if o.Engine != nil && o.Engine.MayDeduct(o.Event.Type) {
				needLots[o.Event.Member] = true
				spare++
			}
		}
	}

	// Holds, redemptions and reversed events name their member only in the database. The
	// member of each changes only when the member is erased (Erase renames them): reading
	// them before taking the member locks is safe, because a member found this way that is
	// gone once the locks are held makes the batch start again (errMemberRenamed). Their
	// mutable state is read again below, under the locks.
	b.named = maps.Clone(memberSet)
	if len(holdIDs) > 0 {
		if err := b.loadHolds(ctx, tx, holdIDs); err != nil {
			return err
		}
		for _, h := range b.holds {
			memberSet[h.member] = true
		}
	}
	if len(redemptionIDs) > 0 {
		if err := b.loadRedemptions(ctx, tx, redemptionIDs); err != nil {
			return err
		}
		for _, r := range b.redemptions {
			memberSet[r.member] = true
			skus = append(skus, r.sku)
		}
	}
	// An event's lots are those of the credit its Earn recorded under the event's key, and any
	// a Credit made for it under a key of its own (see migration 0009). The credit's posting
	// never changes once committed, so it too is read before the locks.
	var reversePostings []int64
	var reverseMembers []string
	if len(reverseEvents) > 0 {
		keys := make([]string, len(reverseEvents))
		for n, e := range reverseEvents {
			keys[n] = EarnKey(e)
		}
		stored, err := b.storedResults(ctx, tx, keys)
		if err != nil {
			return err
		}
		b.earned = map[string]Result{}
		for key, s := range stored {
			reversePostings = append(reversePostings, s.result.PostingID)
			b.earned[key] = s.result
			if s.result.Earned != nil && s.result.Member != "" {
				// An event that earned no points has no lots to name its member.
				memberSet[s.result.Member] = true
				reverseMembers = append(reverseMembers, s.result.Member)
			}
		}
		rows, err := tx.Query(ctx, l.q(`
			SELECT member_id FROM {s}.lots WHERE event_id = ANY($1) AND NOT event_keyed
			UNION
			SELECT member_id FROM {s}.lots WHERE posting_id = ANY($2)`), reverseEvents, reversePostings)
		if err != nil {
			return fmt.Errorf("find reversed events: %w", err)
		}
		ms, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return fmt.Errorf("find reversed events: %w", err)
		}
		for _, m := range ms {
			memberSet[m] = true
			needLots[m] = true
		}
		reverseMembers = append(reverseMembers, ms...)
	}

	members := make([]string, 0, len(memberSet))
	for m := range memberSet {
		members = append(members, m)
	}
	sort.Strings(members)
	usageMembers, plan := usageWanted(b, ops, todo)
	// A reversal that re-evaluates tiers reads its member's tier metric over today's window.
	if t := reevaluatedTiers(ops, todo); t != nil && len(reverseMembers) > 0 {
		today := b.day(b.now)
		plan.cover(windowStart(t, today), today, t)
		for _, m := range reverseMembers {
			if !slices.Contains(usageMembers, m) {
				usageMembers = append(usageMembers, m)
			}
		}
	}
	if err := b.lockMembers(ctx, tx, members, usageMembers, &plan, len(todo)+spare); err != nil {
		return err
	}
	b.postingIDs, b.spareIDs = b.postingIDs[:len(todo)], b.postingIDs[len(todo):]
	// Re-read holds and redemptions under the member locks: another batch may have captured,
	// released or cancelled them between the first read and the lock.
	if len(holdIDs) > 0 {
		b.holds = map[string]*holdState{}
		if err := b.loadHolds(ctx, tx, holdIDs); err != nil {
			return err
		}
	}
	if len(redemptionIDs) > 0 {
		b.redemptions = map[string]*redemptionState{}
		if err := b.loadRedemptions(ctx, tx, redemptionIDs); err != nil {
			return err
		}
	}
	if len(skus) > 0 {
		if err := b.lockStock(ctx, tx, members, skus); err != nil {
			return err
		}
	}
	if err := b.loadRefunded(ctx, tx, ops, todo); err != nil {
		return err
	}

	// Lots: every open lot of the members that may lose points (and of members in debt, whom
	// a credit pays off), the lots of reversed events, and the lots that holds and
	// redemptions took points from.
	var lotMembers []string
	for _, m := range members {
		if st := b.members[m]; needLots[m] || st.balance < 0 || st.expiresNext != nil && !st.expiresNext.After(b.now) {
			lotMembers = append(lotMembers, m)
		}
	}
	var allocPostings []int64
	var allocSeqs []int16
	for _, h := range b.holds {
		for _, a := range h.allocations {
			allocPostings, allocSeqs = append(allocPostings, a.Lot.Posting), append(allocSeqs, a.Lot.Seq)
		}
	}
	for _, r := range b.redemptions {
		for _, a := range r.allocations {
			allocPostings, allocSeqs = append(allocPostings, a.Lot.Posting), append(allocSeqs, a.Lot.Seq)
		}
	}
	if len(lotMembers) > 0 || len(reverseEvents) > 0 || len(allocPostings) > 0 {
		// Each key is looked up on its own (the OFFSETs keep the subqueries from being merged
		// into joins), whatever the planner guesses of a young table.
		rows, err := tx.Query(ctx, l.q(`
			SELECT l.ctid, l.posting_id, l.seq, l.member_id, coalesce(l.event_id, ''), l.rule, l.amount, l.remaining, l.reversed, l.earned_at, l.expires_at
			FROM (
			  SELECT l.* FROM unnest($1::text[]) AS m(id), LATERAL (
			    SELECT ctid, * FROM {s}.lots WHERE member_id = m.id AND remaining <> 0 OFFSET 0) l
			  UNION
			  SELECT l.* FROM unnest($2::text[]) AS e(id), LATERAL (
			    SELECT ctid, * FROM {s}.lots WHERE event_id = e.id AND NOT event_keyed OFFSET 0) l
			  UNION
			  SELECT l.* FROM unnest($5::bigint[]) AS p(id), LATERAL (
			    SELECT ctid, * FROM {s}.lots WHERE posting_id = p.id OFFSET 0) l
			  UNION
			  SELECT l.* FROM unnest($3::bigint[], $4::smallint[]) AS a(p, s), LATERAL (
			    SELECT ctid, * FROM {s}.lots WHERE posting_id = a.p AND seq = a.s OFFSET 0) l
			) l`),
			lotMembers, reverseEvents, allocPostings, allocSeqs, reversePostings)
		if err != nil {
			return fmt.Errorf("load lots: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			lt := &lot{}
			if err := rows.Scan(&lt.ctid, &lt.key.Posting, &lt.key.Seq, &lt.member, &lt.event, &lt.rule, &lt.amount,
				&lt.remaining, &lt.reversed, &lt.earnedAt, &lt.expiresAt); err != nil {
				return err
			}
			b.lots[lt.key] = lt
			if m := b.members[lt.member]; m != nil {
				m.lots = append(m.lots, lt)
			}
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("load lots: %w", err)
		}
		for _, m := range lotMembers {
			b.members[m].lotsLoaded = true
		}
	}

	return nil
}

// reevaluatedTiers is the tier policy of the batch's reversals that re-evaluate tiers, or nil.
// The reversals of one batch come from one program, so the first one's policy is theirs.
func reevaluatedTiers(ops []Op, todo []int) *ruleset.Tiers {
	for _, i := range todo {
		if o, ok := ops[i].(Reverse); ok && o.Engine != nil {
			if t := o.Engine.Ruleset().Tiers; t.ReevaluatesOnReversal() {
				return t
			}
		}
	}
	return nil
}

// lockMembers locks the members, in sorted order so that two batches do not wait for each other
// in a cycle, creating those that do not exist yet. In the same round trip, once the locks are
// held, it reads the recent usage of usageMembers (the plan's days) and reserves ids posting
// ids; the months before, for the members who have any, take a second (loadOlderUsage).
//
// Members are looked up before any is created: in a program that has its members, creating
// them (an insert that checks for conflicts) cost more than locking them. New members are
// created and locked after the others; should that order ever close a cycle with another
// batch (which needs a third to create one of them meanwhile), the server reports a deadlock
// and Post tries again.
func (b *batch) lockMembers(ctx context.Context, tx pgx.Tx, members, usageMembers []string, plan *usagePlan, ids int) error {
	if err := b.lockAndReadRecent(ctx, tx, members, usageMembers, plan, ids); err != nil {
		return err
	}
	return b.loadOlderUsage(ctx, tx, usageMembers, plan)
}

// lockAndReadRecent is lockMembers up to the members' older months: the locks, the days of
// the plan from its recent day on, and the posting ids.
func (b *batch) lockAndReadRecent(ctx context.Context, tx pgx.Tx, members, usageMembers []string, plan *usagePlan, ids int) error {
	b.usage, b.usageFrom = map[string][]usageRow{}, plan.dailyFrom()
	b.existingDaily, b.usageMembers = map[dailyKey]pgtype.TID{}, map[string]bool{}
	q := &pgx.Batch{}
	q.Queue(b.l.q(lockMembersQuery), members)
	if len(usageMembers) > 0 {
		q.Queue(b.l.q(usageQuery(usageMembers)), usageMembers, plan.dailyFrom())
	}
	q.Queue(b.l.q(`SELECT nextval('{s}.postings_id_seq') FROM generate_series(1, $1)`), ids)
	br := tx.SendBatch(ctx, q)
	defer br.Close()

	if err := b.scanMembers(br); err != nil {
		return err
	}
	if len(usageMembers) > 0 {
		if err := b.loadUsage(br); err != nil {
			return err
		}
	}
	rows, err := br.Query()
	if err != nil {
		return fmt.Errorf("reserve posting ids: %w", err)
	}
	if b.postingIDs, err = pgx.CollectRows(rows, pgx.RowTo[int64]); err != nil {
		return fmt.Errorf("reserve posting ids: %w", err)
	}
	if err := br.Close(); err != nil {
		return err
	}

	for _, m := range usageMembers {
		b.usageMembers[m] = true
	}
	var missing []string
	for _, m := range members {
		if b.members[m] == nil {
			missing = append(missing, m)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	for _, m := range missing {
		if !b.named[m] {
			return errMemberRenamed
		}
	}
	// A member created by a concurrent batch between the two statements may have usage that
	// the first read did not see: theirs is read again once they are locked.
	isMissing := map[string]bool{}
	for _, m := range missing {
		isMissing[m] = true
	}
	var missingUsage []string
	for _, m := range usageMembers {
		if isMissing[m] {
			missingUsage = append(missingUsage, m)
			delete(b.usage, m)
		}
	}
	for k := range b.existingDaily {
		if isMissing[k.member] {
			delete(b.existingDaily, k)
		}
	}
	q = &pgx.Batch{}
	// A new member has no counters before this month of the program's: those months are
	// rolled up, and empty (rollup.go), by the ledger's clock rather than the server's.
	q.Queue(b.l.q(`
		INSERT INTO {s}.members (id, rollup_to) SELECT m, $2 FROM unnest($1::text[]) AS m ORDER BY m
		ON CONFLICT (id) DO NOTHING`), missing, monthStart(b.day(b.now)))
	q.Queue(b.l.q(lockMembersQuery), missing)
	if len(missingUsage) > 0 {
		q.Queue(b.l.q(usageQuery(missingUsage)), missingUsage, plan.dailyFrom())
	}
	// The posting ids are drawn again, now that every member is locked: a member's postings
	// must take their ids in the order their transactions hold the member (the export reads
	// a member's changes in id order), and a concurrent batch may have created and locked a
	// new member between the first draw and this lock. The first ids are left unused.
	q.Queue(b.l.q(`SELECT nextval('{s}.postings_id_seq') FROM generate_series(1, $1)`), ids)
	br2 := tx.SendBatch(ctx, q)
	defer br2.Close()
	if _, err := br2.Exec(); err != nil {
		return fmt.Errorf("create members: %w", err)
	}
	if err := b.scanMembers(br2); err != nil {
		return err
	}
	if len(missingUsage) > 0 {
		if err := b.loadUsage(br2); err != nil {
			return err
		}
	}
	rows, err = br2.Query()
	if err != nil {
		return fmt.Errorf("reserve posting ids: %w", err)
	}
	if b.postingIDs, err = pgx.CollectRows(rows, pgx.RowTo[int64]); err != nil {
		return fmt.Errorf("reserve posting ids: %w", err)
	}
	return br2.Close()
}

const lockMembersQuery = `
	SELECT ctid, id, balance, held, tier, tier_reached_at, metric_since, birthday, attributes, created_at, expires_next,
	       segments, activity, coalesce(badges, ''), coalesce(referred_by, ''), rollup_from, rollup_to, rollup_empty
	FROM {s}.members WHERE id = ANY($1) ORDER BY id FOR UPDATE`

func (b *batch) scanMembers(br pgx.BatchResults) error {
	rows, err := br.Query()
	if err != nil {
		return fmt.Errorf("lock members: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		m := &memberState{}
		if err := rows.Scan(&m.ctid, &m.id, &m.balance, &m.held, &m.tier, &m.tierReachedAt, &m.metricSince, &m.birthday, &m.attributes, &m.joinedAt, &m.expiresNext, &m.segments, &m.activityRaw, &m.badges, &m.referredBy, &m.rollupFrom, &m.rollupTo, &m.rollupEmpty); err != nil {
			return err
		}
		b.members[m.id] = m
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("lock members: %w", err)
	}
	return nil
}

// lockStock locks the stock rows of skus (after the members, in sorted order) and counts the
// members' active redemptions of them. Items with a limited allotment are locked for update:
// their redemptions take turns. Unlimited items are only share-locked, which keeps their
// redemptions concurrent and their allotment from changing under them (setStock waits); their
// redeemed count is not kept.
func (b *batch) lockStock(ctx context.Context, tx pgx.Tx, members, skus []string) error {
	sort.Strings(skus)
	skus = slices.Compact(skus)
	limited := map[string]bool{}
	rows, err := tx.Query(ctx, b.l.q(`SELECT sku FROM {s}.stock WHERE sku = ANY($1) AND allotment IS NOT NULL`), skus)
	if err != nil {
		return fmt.Errorf("read stock: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("read stock: %w", err)
	}
	for _, sku := range names {
		limited[sku] = true
	}
	q := &pgx.Batch{}
	for _, sku := range skus {
		mode := "KEY SHARE"
		if limited[sku] {
			mode = "UPDATE"
		}
		q.Queue(b.l.q(`SELECT allotment, redeemed FROM {s}.stock WHERE sku = $1 FOR `+mode), sku)
	}
	br := tx.SendBatch(ctx, q)
	for _, sku := range skus {
		s := &stockState{}
		err := br.QueryRow().Scan(&s.allotment, &s.redeemed)
		if errors.Is(err, pgx.ErrNoRows) {
			continue // not in the catalog's stock table: unlimited
		}
		if err != nil {
			br.Close()
			return fmt.Errorf("lock stock: %w", err)
		}
		if (s.allotment != nil) != limited[sku] {
			br.Close()
			return errStockChanged
		}
		b.stock[sku] = s
	}
	if err := br.Close(); err != nil {
		return fmt.Errorf("lock stock: %w", err)
	}
	rows, err = tx.Query(ctx, b.l.q(`
		SELECT member_id, sku, sum(quantity) FROM {s}.redemptions
		WHERE status = 'active' AND member_id = ANY($1) AND sku = ANY($2) GROUP BY 1, 2`), members, skus)
	if err != nil {
		return fmt.Errorf("count redemptions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m, sku string
		var n int
		if err := rows.Scan(&m, &sku, &n); err != nil {
			return err
		}
		b.active[[2]string{m, sku}] = n
	}
	return rows.Err()
}

func (b *batch) loadHolds(ctx context.Context, tx pgx.Tx, ids []string) error {
	rows, err := tx.Query(ctx, b.l.q(`
		SELECT id, member_id, points, captured, refunded, refunded_amount::text, coalesce(order_amount::text, ''), status, allocations, expires_at, created_at
		FROM {s}.holds WHERE id = ANY($1)`), ids)
	if err != nil {
		return fmt.Errorf("load holds: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		h := &holdState{exists: true}
		var raw []byte
		if err := rows.Scan(&h.id, &h.member, &h.points, &h.captured, &h.refunded, &h.refundedAmount, &h.orderAmount, &h.status, &raw, &h.expiresAt, &h.createdAt); err != nil {
			return err
		}
		if err := json.Unmarshal(raw, &h.allocations); err != nil {
			return fmt.Errorf("hold %s allocations: %w", h.id, err)
		}
		b.holds[h.id] = h
	}
	return rows.Err()
}

// loadRedemptions reads the redemptions with the lots they took points from: their posting's
// allocations, or, once an archive has taken the posting out of the journal, the copy it left
// on the redemption (Archive).
func (b *batch) loadRedemptions(ctx context.Context, tx pgx.Tx, ids []string) error {
	rows, err := tx.Query(ctx, b.l.q(`
		SELECT r.id, r.member_id, r.sku, r.quantity, r.points, coalesce(r.cash::text, ''), r.posting_id, r.status,
		       coalesce(r.allocations, p.allocations), r.created_at
		FROM {s}.redemptions r LEFT JOIN {s}.postings p ON p.id = r.posting_id WHERE r.id = ANY($1)`), ids)
	if err != nil {
		return fmt.Errorf("load redemptions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		r := &redemptionState{exists: true}
		var raw []byte
		if err := rows.Scan(&r.id, &r.member, &r.sku, &r.quantity, &r.points, &r.cash, &r.posting, &r.status, &raw, &r.createdAt); err != nil {
			return err
		}
		if len(raw) > 0 {
			if err := json.Unmarshal(raw, &r.allocations); err != nil {
				return fmt.Errorf("redemption %s allocations: %w", r.id, err)
			}
		}
		b.redemptions[r.id] = r
	}
	return rows.Err()
}

// findReferrers finds which referrers of the batch's referrals are members. A member is
// never deleted, so one found before the locks stays a member.
func (b *batch) findReferrers(ctx context.Context, tx pgx.Tx, ops []Op, todo []int) error {
	var referrers []string
	for _, i := range todo {
		if o, ok := ops[i].(Earn); ok && o.Referrer != "" {
			referrers = append(referrers, o.Referrer)
		}
	}
	if len(referrers) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, b.l.q(`SELECT id FROM {s}.members WHERE id = ANY($1)`), referrers)
	if err != nil {
		return fmt.Errorf("find referrers: %w", err)
	}
	found, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("find referrers: %w", err)
	}
	b.known = map[string]bool{}
	for _, id := range found {
		b.known[id] = true
	}
	return nil
}

// loadRefunded reads, under the member locks, the money refunded so far on the events that
// the batch refunds by amount.
func (b *batch) loadRefunded(ctx context.Context, tx pgx.Tx, ops []Op, todo []int) error {
	var events []string
	for _, i := range todo {
		if o, ok := ops[i].(Reverse); ok {
			events = append(events, o.EventID)
		}
	}
	if len(events) == 0 {
		return nil
	}
	b.refunded, b.refundedDirty = map[string]*big.Rat{}, map[string]bool{}
	rows, err := tx.Query(ctx, b.l.q(`SELECT event_id, amount::text FROM {s}.event_refunds WHERE event_id = ANY($1)`), events)
	if err != nil {
		return fmt.Errorf("read refunds: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var event, amount string
		if err := rows.Scan(&event, &amount); err != nil {
			return err
		}
		b.refunded[event], _ = new(big.Rat).SetString(amount)
	}
	return rows.Err()
}

// errStockChanged says an item's allotment was set or removed between reading and locking its
// stock row; the batch is tried again.
var errStockChanged = errors.New("a catalog item's allotment changed")

// errMemberRenamed is a member found through a hold, a redemption or a reversed event that an
// erasure renamed before the batch locked it: the next attempt finds the new name.
var errMemberRenamed = errors.New("a member was erased while the batch was read")

// spareID is a posting id for an operation's second posting.
func (b *batch) spareID() int64 {
	id := b.spareIDs[0]
	b.spareIDs = b.spareIDs[1:]
	return id
}

// day is the calendar day of t in the program's time zone, as a date at UTC midnight.
func (b *batch) day(t time.Time) time.Time {
	y, m, d := t.In(b.l.opts.Location).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
