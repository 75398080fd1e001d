package ledger

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// History is what a program's ledger recorded over a period, read for a Replay: the events
// and reversals to decide again, the other operations that moved the members' points, and
// each member's state when the period began.
type History struct {
	// From and To bound the period: operations the ledger took at or after From and before
	// To. From is the start of a day of the program's time zone.
	From, To time.Time
	// Events and Reversals are the numbers of recorded events and reversals of the period;
	// Members the number of members with an operation in it; Reviews the number of tier
	// reviews that ran in it.
	Events, Reversals, Members, Reviews int
	// Liability is the points the members held at To (available and held), as recorded.
	Liability int64
	// RulesetVersions are the rule sets that judged the period's events, as recorded.
	RulesetVersions []string

	loc     *time.Location
	afterTo int64 // what the postings from To on added to the members' points
	// reversedSince is what the reversals from From on took back of each event.
	reversedSince map[string]int64
	ops           []recordedOp
	reviews       []reviewRun // the tier reviews of the period, in order
	starts        map[string]*memberStart
	reversed      map[string]bool // events of the period that a reversal of the period names
	// early are the events from before the period that a reversal of the period names: what
	// they earned as recorded, and their lots as they were when the period began.
	early map[string]*earlyEvent
}

// earlyEvent is an event from before the period that a reversal of the period names.
type earlyEvent struct {
	op   recordedOp // the event as recorded: member, id, time and what it earned
	lots []lot      // its lots, with what was reversed of them when the period began
}

// recordedKind sorts recorded operations for the replay.
type recordedKind int8

const (
	recordedEvent    recordedKind = iota // an Earn, decided again
	recordedReversal                     // a Reverse, asked again
	recordedMove                         // anything else: its points move as recorded
	recordedExpiry                       // points that expired from lots older than the period
)

type recordedOp struct {
	kind    recordedKind
	posting int64
	at      time.Time
	member  string
	// For events: the event and the referrer of a referral. For reversals: the event
	// reversed and what was asked. For moves and expiries: the change of the member's
	// available and held points.
	event    engine.Event
	referrer string
	recorded *Earned // what the event earned when the ledger took it
	asked    Asked
	byRule   map[string]int64 // for reversals: the points taken back, per rule, as recorded
	early    bool             // for reversals: the event is from before the period
	points   int64
	held     int64
}

// reviewRun is a tier review the period recorded: its review day, and when it ran (the first
// review of the day).
type reviewRun struct {
	day, at time.Time
}

// memberStart is a member as they were when the period began.
type memberStart struct {
	id            string
	points, held  int64
	tier          string
	tierReachedAt *time.Time
	// tierKnown says tier (and tierReachedAt) were read from what the member's first event,
	// tier change or review of the period, at tierAt, said they were before it.
	tierKnown   bool
	tierAt      time.Time
	metricSince *time.Time
	birthday    string
	attributes  map[string]string
	segments    []string
	referredBy  string
	joinedAt    time.Time
	badges      []string
	usage       []usageRow
	activity    []activity
}

// HistoryOptions says what ReadHistory needs to read besides the period's operations.
type HistoryOptions struct {
	// Location is the program's time zone: days are its days.
	Location *time.Location
	// UsageFrom is the first day whose daily counters the rules of the replay can read (the
	// earliest start of their cap periods and tier window; zero: all).
	UsageFrom time.Time
	// Activity rebuilds each member's activity counters (member.counts, member.streak, ...)
	// from their events before the period, for rules that read them: those still in the
	// journal, not those of archived months.
	Activity bool
}

// HistoryDay is the first moment of the day of t in loc: a History starts there, so that a
// day's counters are either all before the period or all replayed.
func HistoryDay(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// ReadHistory reads what the ledger in schema recorded from the start of from's day (in the
// program's time zone) to to, in one read-only transaction of repeatable read: one snapshot,
// and nothing written, whatever the role may do. It reads the journal, the stored results of
// events and reversals, event details, daily counters, badges and members.
func ReadHistory(ctx context.Context, pool *pgxpool.Pool, schema string, from, to time.Time, opts HistoryOptions) (*History, error) {
	if err := ValidateSchema(schema); err != nil {
		return nil, err
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	l := &Ledger{ident: pgx.Identifier{schema}.Sanitize(), opts: Options{Location: opts.Location}}
	h := &History{From: HistoryDay(from, opts.Location), To: to, loc: opts.Location, starts: map[string]*memberStart{},
		reversed: map[string]bool{}, early: map[string]*earlyEvent{}, reversedSince: map[string]int64{}}
	tx, err := pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("begin a read-only transaction: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	// A period must be whole in the journal: postings of archived months (Archive) are not
	// there to replay.
	var archived *time.Time
	if err := tx.QueryRow(ctx, l.q(`SELECT max(last_at) FROM {s}.journal_checkpoints`)).Scan(&archived); err != nil {
		return nil, fmt.Errorf("read the archived months: %w", err)
	}
	if archived != nil && !h.From.After(*archived) {
		return nil, fmt.Errorf("the period from %s reaches months archived out of the journal (up to %s)",
			h.From.Format(time.DateOnly), archived.In(opts.Location).Format(time.RFC3339))
	}
	for _, step := range []func(context.Context, pgx.Tx, *Ledger) error{h.readOps, h.readEarly, h.readReviews, h.readTierChanges, h.readMembers, h.readUsage(opts.UsageFrom)} {
		if err := step(ctx, tx, l); err != nil {
			return nil, err
		}
	}
	if opts.Activity {
		if err := h.readActivity(ctx, tx, l); err != nil {
			return nil, err
		}
	}
	return h, nil
}

// readOps reads every posting from From on: those before To are the period's operations,
// and all of them together take the members' points back to what they were at From.
func (h *History) readOps(ctx context.Context, tx pgx.Tx, l *Ledger) error {
	rows, err := tx.Query(ctx, l.q(`
		SELECT p.id, p.kind, p.member_id, p.points, coalesce(p.event_id, ''), p.reason, p.created_at, p.allocations,
		       coalesce((SELECT sum(a) FROM unnest(p.entry_accounts, p.entry_amounts) AS e(account, a) WHERE account = 'held'), 0),
		       coalesce(p.idempotency_key = 'event:' || p.event_id, false), `+storedResultBytes+`,
		       CASE WHEN p.kind = 'reverse' THEN p.entry_accounts END, CASE WHEN p.kind = 'reverse' THEN p.entry_amounts END,
		       CASE WHEN p.kind = 'reverse' THEN p.entry_rules END,
		       d.attributes, d.items, coalesce(d.currency, '')
		FROM {s}.postings p
		LEFT JOIN {s}.idempotency i ON i.key = p.idempotency_key
		     AND (p.kind = 'reverse' OR p.kind = 'credit' AND p.idempotency_key = 'event:' || p.event_id)
		LEFT JOIN {s}.event_details d ON d.posting_id = p.id
		WHERE p.created_at >= $1
		ORDER BY p.id`), h.From)
	if err != nil {
		return fmt.Errorf("read the journal: %w", err)
	}
	defer rows.Close()
	var first int64 = -1        // the first posting of the period: lots before it are older
	events := map[string]bool{} // the period's events
	active := map[string]bool{} // the period's members
	versions := map[string]bool{}
	for rows.Next() {
		var op recordedOp
		var kind, eventID, reason string
		var allocs []allocation
		var stored []byte
		var ofEvent bool
		var accounts, rules []string
		var amounts []int64
		var attrs map[string]string
		var items []ruleset.Item
		if err := rows.Scan(&op.posting, &kind, &op.member, &op.points, &eventID, &reason, &op.at, &allocs, &op.held,
			&ofEvent, &stored, &accounts, &amounts, &rules, &attrs, &items, &op.event.Currency); err != nil {
			return fmt.Errorf("read the journal: %w", err)
		}
		s := h.start(op.member)
		s.points -= op.points // taken back to what they were before the posting
		s.held -= op.held
		if PostingKind(kind) == PostingReverse {
			op.byRule = map[string]int64{}
			for i, acc := range accounts {
				if Account(acc) == AccountMember && amounts[i] < 0 {
					op.byRule[rules[i]] -= amounts[i]
					h.reversedSince[eventID] -= amounts[i]
				}
			}
		}
		if !op.at.Before(h.To) {
			h.afterTo += op.points + op.held
			continue
		}
		if first < 0 {
			first = op.posting
		}
		if !active[op.member] {
			active[op.member] = true
			h.Members++
		}
		var r Result
		if len(stored) > 0 {
			if r, err = decodeResult(stored); err != nil {
				return fmt.Errorf("posting %d: its stored result: %w", op.posting, err)
			}
		}
		switch {
		case PostingKind(kind) == PostingCredit && ofEvent && r.Earned != nil && r.PostingID == op.posting:
			e := r.Earned
			op.kind = recordedEvent
			op.event.ID, op.event.Type, op.event.Member, op.event.Amount = eventID, reason, op.member, e.Amount
			op.event.OccurredAt, op.event.Attributes, op.event.Items = e.OccurredAt, attrs, items
			if op.event.OccurredAt.IsZero() {
				op.event.OccurredAt = op.at
			}
			if op.event.Type == referralEvent && attrs["role"] == "new" {
				op.referrer = attrs["referrer"]
			}
			s.tierBefore(op.at, e.TierBefore, e.TierBeforeReachedAt)
			op.recorded = e
			events[eventID] = true
			versions[e.RulesetVersion] = true
			h.Events++
		case PostingKind(kind) == PostingDebit && ofEvent:
			continue // an event's penalty: the replay of the event decides its own
		case PostingKind(kind) == PostingReverse:
			op.kind = recordedReversal
			op.event.ID = eventID
			if !events[eventID] { // an event from before the period (readEarly)
				op.early = true
				h.early[eventID] = nil
			}
			if r.Asked != nil {
				op.asked = *r.Asked
			} else { // recorded before reversals kept what they asked: what they took
				op.asked = Asked{Points: -op.points + r.Shortfall}
			}
			h.reversed[eventID] = true
			h.Reversals++
		case PostingKind(kind) == PostingExpire:
			// Lots of the period expire in the replay by themselves, when their points do;
			// what expired from older lots is taken as it was.
			op.kind, op.points = recordedExpiry, 0
			for _, a := range allocs {
				if a.Lot.Posting < first {
					op.points -= a.Points
				}
			}
			if op.points == 0 {
				continue
			}
		default:
			op.kind = recordedMove
		}
		h.ops = append(h.ops, op)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read the journal: %w", err)
	}
	for v := range versions {
		h.RulesetVersions = append(h.RulesetVersions, v)
	}
	sort.Strings(h.RulesetVersions)
	return nil
}

// readEarly reads the events from before the period that the period's reversals name: what
// they earned (their stored results) and their lots, with what was reversed of them when the
// period began (lots are reversed in order, so the reversals since took the last of it). A lot's
// remaining points are left with the member's points at the start, which the replay spends
// from instead. An event without a readable result is not replayed: its reversals move points
// as recorded.
func (h *History) readEarly(ctx context.Context, tx pgx.Tx, l *Ledger) error {
	if len(h.early) == 0 {
		return nil
	}
	ids, keys := make([]string, 0, len(h.early)), make([]string, 0, len(h.early))
	for id := range h.early {
		ids, keys = append(ids, id), append(keys, EarnKey(id))
	}
	rows, err := tx.Query(ctx, l.q(`SELECT key, `+storedResultBytes+` FROM {s}.idempotency WHERE key = ANY($1)`), keys)
	if err != nil {
		return fmt.Errorf("read earlier events: %w", err)
	}
	for rows.Next() {
		var key string
		var raw []byte
		if err := rows.Scan(&key, &raw); err != nil {
			rows.Close()
			return fmt.Errorf("read earlier events: %w", err)
		}
		r, err := decodeResult(raw)
		if err != nil || r.Earned == nil || r.Earned.OccurredAt.IsZero() {
			continue
		}
		id := key[len(EarnKey("")):]
		h.early[id] = &earlyEvent{op: recordedOp{kind: recordedEvent, member: r.Member, recorded: r.Earned,
			event: engine.Event{ID: id, Member: r.Member, OccurredAt: r.Earned.OccurredAt}}}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read earlier events: %w", err)
	}
	rows, err = tx.Query(ctx, l.q(`
		SELECT posting_id, seq, member_id, event_id, rule, amount, reversed, earned_at, expires_at FROM {s}.lots
		WHERE event_id = ANY($1) AND amount > 0 ORDER BY posting_id, seq`), ids)
	if err != nil {
		return fmt.Errorf("read earlier events' lots: %w", err)
	}
	for rows.Next() {
		var lt lot
		if err := rows.Scan(&lt.key.Posting, &lt.key.Seq, &lt.member, &lt.event, &lt.rule, &lt.amount, &lt.reversed, &lt.earnedAt, &lt.expiresAt); err != nil {
			rows.Close()
			return fmt.Errorf("read earlier events' lots: %w", err)
		}
		if ev := h.early[lt.event]; ev != nil {
			ev.lots = append(ev.lots, lt)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read earlier events' lots: %w", err)
	}
	for id, ev := range h.early {
		if ev == nil || len(ev.lots) == 0 {
			delete(h.early, id)
			continue
		}
		since := h.reversedSince[id]
		for i := len(ev.lots) - 1; i >= 0 && since > 0; i-- {
			n := min(ev.lots[i].reversed, since)
			ev.lots[i].reversed -= n
			since -= n
		}
	}
	for i := range h.ops {
		if op := &h.ops[i]; op.early && h.early[op.event.ID] == nil {
			op.kind = recordedMove // moved as recorded
		}
	}
	return nil
}

// readReviews reads the tier reviews that ran in the period, to replay them. A review reaches
// members whatever they did in the period, so then every member with a tier is replayed, and
// a member whose first review came before their first event of the period starts in the
// tier that review started from.
func (h *History) readReviews(ctx context.Context, tx pgx.Tx, l *Ledger) error {
	rows, err := tx.Query(ctx, l.q(`
		SELECT day, min(reviewed_at) FROM {s}.tier_reviews WHERE reviewed_at >= $1 AND reviewed_at < $2
		GROUP BY day ORDER BY 2`), h.From, h.To)
	if err != nil {
		return fmt.Errorf("read tier reviews: %w", err)
	}
	h.reviews, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (reviewRun, error) {
		var run reviewRun
		err := r.Scan(&run.day, &run.at)
		return run, err
	})
	if err != nil || len(h.reviews) == 0 {
		return err
	}
	h.Reviews = len(h.reviews)
	rows, err = tx.Query(ctx, l.q(`
		SELECT DISTINCT ON (member_id) member_id, from_tier, reviewed_at FROM {s}.tier_reviews
		WHERE reviewed_at >= $1 ORDER BY member_id, reviewed_at`), h.From)
	if err != nil {
		return fmt.Errorf("read tier reviews: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, from string
		var at time.Time
		if err := rows.Scan(&id, &from, &at); err != nil {
			return fmt.Errorf("read tier reviews: %w", err)
		}
		// Due for review, so their tier was old; when they reached it does not matter.
		h.start(id).tierBefore(at, from, nil)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read tier reviews: %w", err)
	}
	rows.Close()
	rows, err = tx.Query(ctx, l.q(`SELECT id FROM {s}.members WHERE tier <> ''`))
	if err != nil {
		return fmt.Errorf("read members with a tier: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("read members with a tier: %w", err)
	}
	for _, id := range ids {
		h.start(id)
	}
	return nil
}

// readTierChanges reads the members' first tier change of the period: a member whose tier a
// reversal or a review changed before their first event started in the tier it changed from.
func (h *History) readTierChanges(ctx context.Context, tx pgx.Tx, l *Ledger) error {
	rows, err := tx.Query(ctx, l.q(`
		SELECT DISTINCT ON (member_id) member_id, body, created_at FROM {s}.notices
		WHERE kind = $2 AND created_at >= $1 ORDER BY member_id, created_at, id`), h.From, NoticeTierChanged)
	if err != nil {
		return fmt.Errorf("read tier changes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var c TierChange
		var at time.Time
		if err := rows.Scan(&id, &c, &at); err != nil {
			return fmt.Errorf("read tier changes: %w", err)
		}
		s := h.starts[id]
		if s == nil {
			continue // nothing of theirs is replayed
		}
		var reached *time.Time // a review's: due, so old
		if c.Reason == "Reversed" {
			// A reversal moves a member down only from a tier reached since the event it
			// reverses, before the period: the period's start is as good a date as any.
			from := h.From
			reached = &from
		}
		s.tierBefore(at, c.From, reached)
	}
	return rows.Err()
}

// tierBefore notes that the member was in tier, reached at reached, just before at: the
// earliest such note is their tier when the period began.
func (s *memberStart) tierBefore(at time.Time, tier string, reached *time.Time) {
	if s.tierKnown && !at.Before(s.tierAt) {
		return
	}
	s.tier, s.tierReachedAt, s.tierKnown, s.tierAt = tier, reached, true, at
}

// referralEvent is the type of referral events (program.ReferralEvent).
const referralEvent = "referral"

func (h *History) start(member string) *memberStart {
	s := h.starts[member]
	if s == nil {
		s = &memberStart{id: member}
		h.starts[member] = s
	}
	return s
}

// members are the ids of the members with postings from From on, sorted.
func (h *History) members() []string {
	ids := make([]string, 0, len(h.starts))
	for id := range h.starts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// chunks calls f with the members in groups small enough for one statement's array.
func (h *History) chunks(f func([]string) error) error {
	ids := h.members()
	for len(ids) > 0 {
		n := min(len(ids), 20000)
		if err := f(ids[:n]); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// readMembers reads the members' profiles, tiers and badges, and their points now: with the
// postings since From taken back (readOps), their points at From. The period's badges are
// taken away again; the replay awards its own.
func (h *History) readMembers(ctx context.Context, tx pgx.Tx, l *Ledger) error {
	total := int64(0)
	if err := tx.QueryRow(ctx, l.q(`SELECT coalesce(sum(balance + held), 0) FROM {s}.members`)).Scan(&total); err != nil {
		return fmt.Errorf("read members: %w", err)
	}
	h.Liability = total
	h.Liability -= h.afterTo
	err := h.chunks(func(ids []string) error {
		rows, err := tx.Query(ctx, l.q(`
			SELECT id, balance, held, tier, tier_reached_at, metric_since, birthday, attributes, created_at, segments,
			       coalesce(badges, ''), coalesce(referred_by, '')
			FROM {s}.members WHERE id = ANY($1)`), ids)
		if err != nil {
			return fmt.Errorf("read members: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id, tier, badges string
			var balance, held int64
			var reached, since *time.Time
			m := &memberStart{}
			if err := rows.Scan(&id, &balance, &held, &tier, &reached, &since, &m.birthday, &m.attributes, &m.joinedAt, &m.segments,
				&badges, &m.referredBy); err != nil {
				return fmt.Errorf("read members: %w", err)
			}
			s := h.starts[id]
			s.points += balance
			s.held += held
			s.metricSince, s.birthday, s.attributes, s.joinedAt, s.segments, s.referredBy = since, m.birthday, m.attributes, m.joinedAt, m.segments, m.referredBy
			if !s.tierKnown { // their tier has not changed since the period began
				s.tier, s.tierReachedAt = tier, reached
			}
			if badges != "" {
				s.badges = strings.Split(badges, "\n")
			}
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read members: %w", err)
		}
		rows, err = tx.Query(ctx, l.q(`SELECT member_id, badge_key FROM {s}.member_badges WHERE member_id = ANY($1) AND awarded_at >= $2`), ids, h.From)
		if err != nil {
			return fmt.Errorf("read badges: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id, key string
			if err := rows.Scan(&id, &key); err != nil {
				return fmt.Errorf("read badges: %w", err)
			}
			s := h.starts[id]
			s.badges = slices.DeleteFunc(s.badges, func(b string) bool { return b == key })
		}
		return rows.Err()
	})
	return err
}

// readUsage reads the members' daily counters of the days before the period, from the day
// from on; the replay makes those of the period's days again. An event of the period that
// occurred before it (a late one) counted on its own day: that count is taken out, as the
// replay counts the event again.
func (h *History) readUsage(from time.Time) func(context.Context, pgx.Tx, *Ledger) error {
	return func(ctx context.Context, tx pgx.Tx, l *Ledger) error {
		first := time.Date(h.From.Year(), h.From.Month(), h.From.Day(), 0, 0, 0, 0, time.UTC)
		err := h.chunks(func(ids []string) error {
			rows, err := tx.Query(ctx, l.q(`
				SELECT member_id, day, rule, points, awards, spend::text, growth_value FROM {s}.member_daily
				WHERE member_id = ANY($1) AND day >= $2 AND day < $3`), ids, from, first)
			if err != nil {
				return fmt.Errorf("read daily counters: %w", err)
			}
			defer rows.Close()
			for rows.Next() {
				var id string
				var u usageRow
				if err := rows.Scan(&id, &u.day, &u.rule, &u.points, &u.awards, &u.spend, &u.growth); err != nil {
					return fmt.Errorf("read daily counters: %w", err)
				}
				s := h.starts[id]
				s.usage = append(s.usage, u)
			}
			return rows.Err()
		})
		if err != nil {
			return err
		}
		h.takeOutLate(first)
		return nil
	}
}

// takeOutLate takes out of the members' counters before the period (the days before first)
// what the period's late events counted there when the ledger took them: the replay counts
// those events again. (An event counts its credited points and awards on the day's total
// row, and on the row of each of its rules that has one.)
func (h *History) takeOutLate(first time.Time) {
	late := map[string]*recordedOp{} // late events, by id
	reversed := map[string]int64{}   // what the reversals so far took back of each
	for i := range h.ops {
		op := &h.ops[i]
		if op.kind == recordedReversal {
			ev := late[op.event.ID]
			if e := h.early[op.event.ID]; e != nil {
				ev = &e.op
				if _, ok := reversed[op.event.ID]; !ok {
					for _, lt := range e.lots {
						reversed[op.event.ID] += lt.reversed
					}
				}
			}
			if ev != nil && h.day(ev.event.OccurredAt).Before(first) {
				h.putBackReversed(ev, op, reversed)
			}
			continue
		}
		e := op.recorded
		if op.kind != recordedEvent || e == nil || !h.day(op.event.OccurredAt).Before(first) {
			continue
		}
		late[op.event.ID] = op
		s := h.starts[op.member]
		day := h.day(op.event.OccurredAt)
		for i := range s.usage {
			u := &s.usage[i]
			if !u.day.Equal(day) {
				continue
			}
			for _, a := range e.Awards {
				switch {
				case u.rule == "":
					u.growth -= a.GrowthValue
					if a.Points > 0 {
						u.points -= a.Points
						u.awards--
					}
				case a.Rule == u.rule && a.Points > 0:
					u.points -= a.Points
					u.awards--
				}
			}
			if u.rule == "" && e.Spend != "" {
				u.spend = subDecimal(u.spend, e.Spend)
			}
		}
	}
}

// putBackReversed puts back into the counters of the day of ev (a late event, or one from
// before the period) what the period's reversal op of it took back there, as takeBackCounters did: the replay takes it back
// again. reversed is what each event's reversals took back so far.
func (h *History) putBackReversed(ev, op *recordedOp, reversed map[string]int64) {
	e := ev.recorded
	var credited, growth, points int64
	for _, a := range e.Awards {
		if a.Points > 0 {
			credited += a.Points
			growth += a.GrowthValue
		}
	}
	for _, n := range op.byRule {
		points += n
	}
	before := reversed[ev.event.ID]
	reversed[ev.event.ID] = before + points
	if credited == 0 || points == 0 {
		return
	}
	growthBack, spendBack := reversedShares(growth, e.Spend, before, before+points, credited)
	s := h.starts[ev.member]
	day := h.day(ev.event.OccurredAt)
	for i := range s.usage {
		u := &s.usage[i]
		switch {
		case !u.day.Equal(day):
		case u.rule == "":
			u.points += points
			u.growth += growthBack
			u.spend = subDecimal(u.spend, spendBack)
		default:
			u.points += op.byRule[u.rule]
		}
	}
}

// subDecimal is a - b, decimal strings, with as many decimals as the longer has.
func subDecimal(a, b string) string { return combineDecimal(a, b, (*big.Rat).Sub) }

// addDecimal is a + b, decimal strings, with as many decimals as the longer has.
func addDecimal(a, b string) string { return combineDecimal(a, b, (*big.Rat).Add) }

func combineDecimal(a, b string, op func(z, x, y *big.Rat) *big.Rat) string {
	x, okA := new(big.Rat).SetString(a)
	y, okB := new(big.Rat).SetString(b)
	if !okA || !okB {
		return a
	}
	return op(x, x, y).FloatString(max(decimals(a), decimals(b)))
}

// readActivity rebuilds the activity counters of the members at From from their events
// before it, in the order the ledger took them.
func (h *History) readActivity(ctx context.Context, tx pgx.Tx, l *Ledger) error {
	return h.chunks(func(ids []string) error {
		rows, err := tx.Query(ctx, l.q(`
			SELECT p.member_id, p.reason, p.created_at, `+storedResultBytes+`
			FROM {s}.postings p JOIN {s}.idempotency i ON i.key = 'event:' || p.event_id
			WHERE p.member_id = ANY($1) AND p.created_at < $2 AND p.kind = 'credit' AND p.idempotency_key = 'event:' || p.event_id
			ORDER BY p.id`), ids, h.From)
		if err != nil {
			return fmt.Errorf("read earlier events: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id, typ string
			var at time.Time
			var stored []byte
			if err := rows.Scan(&id, &typ, &at, &stored); err != nil {
				return fmt.Errorf("read earlier events: %w", err)
			}
			r, err := decodeResult(stored)
			if err != nil || r.Earned == nil {
				continue
			}
			if !r.Earned.OccurredAt.IsZero() {
				at = r.Earned.OccurredAt
			}
			s := h.starts[id]
			s.activity, _ = recordActivity(s.activity, typ, r.Earned.Amount, h.day(at))
		}
		return rows.Err()
	})
}

// day is t's day in the program's time zone, as the ledger's counters name it.
func (h *History) day(t time.Time) time.Time {
	y, m, d := t.In(h.loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// UsageFrom is the first day whose daily counters the rules of e can read for an event on
// the day of from (in e's time zone): the start of its cap periods and tier window. The zero
// time means all of them (a lifetime cap).
func UsageFrom(e *engine.Engine, from time.Time) time.Time {
	y, m, d := from.In(e.Location()).Date()
	return usageStart(e, time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}
