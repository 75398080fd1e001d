package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"
)

// Balance is a member's points.
type Balance struct {
	Member string `json:"member"`
	// Available points can be spent now.
	Available int64 `json:"available"`
	// Held points are reserved by active holds.
	Held int64 `json:"held"`
	// Expiring points expire within the window asked for.
	Expiring int64 `json:"expiring"`
}

// Balance returns a member's balance, with the points expiring within `within` from now. A
// member the ledger has never seen has a zero balance.
func (l *Ledger) Balance(ctx context.Context, member string, within time.Duration) (Balance, error) {
	v, err := l.View(ctx, member, within, nil)
	return Balance{Member: member, Available: v.Balance, Held: v.Held, Expiring: v.Expiring}, err
}

// StatementLine is one posting as a member sees it.
type StatementLine struct {
	PostingID      int64        `json:"postingId"`
	Kind           string       `json:"kind"`
	Points         int64        `json:"points"`
	Reason         string       `json:"reason"`
	EventID        string       `json:"eventId,omitempty"`
	RulesetVersion string       `json:"rulesetVersion,omitempty"`
	Ref            string       `json:"ref,omitempty"`
	Rules          []RulePoints `json:"rules,omitempty"`
	Shortfall      int64        `json:"shortfall,omitempty"`
	// Badges are the badges the posting's event earned.
	Badges    []string  `json:"badges,omitempty"`
	CreatedAt time.Time `json:"createdAt"`
}

// RulePoints is what one rule contributed to a posting.
type RulePoints struct {
	Rule   string `json:"rule"`
	Points int64  `json:"points"`
}

// Statement returns up to limit postings of a member, newest first, older than the posting
// id `before` (0: from the newest). The last line's PostingID is the cursor of the next page.
func (l *Ledger) Statement(ctx context.Context, member string, before int64, limit int) ([]StatementLine, error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	if before <= 0 {
		before = 1<<63 - 1
	}
	rows, err := l.pool.Query(ctx, l.q(`
		SELECT p.id, p.kind, p.points, p.reason, coalesce(p.event_id, ''), coalesce(p.ruleset_version, ''), p.ref, p.shortfall, p.created_at,
		       coalesce((SELECT json_agg(json_build_object('rule', e.rule, 'points', e.amount) ORDER BY e.n)
		                 FROM unnest(p.entry_accounts, p.entry_amounts, p.entry_rules) WITH ORDINALITY AS e(account, amount, rule, n)
		                 WHERE e.account = 'member' AND e.rule <> ''), '[]'),
		       coalesce((SELECT array_agg(b.badge ORDER BY b.badge) FROM {s}.member_badges b WHERE b.posting_id = p.id), '{}')
		FROM {s}.postings p WHERE p.member_id = $1 AND p.id < $2 ORDER BY p.id DESC LIMIT $3`), member, before, limit)
	if err != nil {
		return nil, fmt.Errorf("statement of %s: %w", member, err)
	}
	defer rows.Close()
	var lines []StatementLine
	for rows.Next() {
		var s StatementLine
		var rules []byte
		if err := rows.Scan(&s.PostingID, &s.Kind, &s.Points, &s.Reason, &s.EventID, &s.RulesetVersion, &s.Ref, &s.Shortfall, &s.CreatedAt, &rules, &s.Badges); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(rules, &s.Rules); err != nil {
			return nil, err
		}
		lines = append(lines, s)
	}
	return lines, rows.Err()
}

// Badges returns the badges a member earned, in the order they were earned.
func (l *Ledger) Badges(ctx context.Context, member string) ([]BadgeAward, error) {
	rows, err := l.pool.Query(ctx, l.q(`
		SELECT b.badge, b.rule, b.event_id, b.posting_id, b.awarded_at FROM {s}.member_badges b
		WHERE b.member_id = $1 ORDER BY b.awarded_at, b.badge_key`), member)
	if err != nil {
		return nil, fmt.Errorf("badges of %s: %w", member, err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (BadgeAward, error) {
		var b BadgeAward
		err := r.Scan(&b.Badge, &b.Rule, &b.EventID, &b.PostingID, &b.At)
		return b, err
	})
}

// Lot is a member's lot as reported.
type Lot struct {
	PostingID int64      `json:"postingId"`
	Seq       int16      `json:"seq"`
	EventID   string     `json:"eventId,omitempty"`
	Rule      string     `json:"rule,omitempty"`
	Amount    int64      `json:"amount"`
	Remaining int64      `json:"remaining"`
	Reversed  int64      `json:"reversed,omitempty"`
	EarnedAt  time.Time  `json:"earnedAt"`
	ExpiresAt *time.Time `json:"expiresAt,omitempty"`
}

// Lots returns a member's lots that still have points (or debt), soonest-expiring first.
func (l *Ledger) Lots(ctx context.Context, member string) ([]Lot, error) {
	rows, err := l.pool.Query(ctx, l.q(`
		SELECT posting_id, seq, coalesce(event_id, ''), rule, amount, remaining, reversed, earned_at, expires_at
		FROM {s}.lots WHERE member_id = $1 AND remaining <> 0
		ORDER BY expires_at NULLS LAST, posting_id, seq`), member)
	if err != nil {
		return nil, fmt.Errorf("lots of %s: %w", member, err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Lot, error) {
		var lt Lot
		err := r.Scan(&lt.PostingID, &lt.Seq, &lt.EventID, &lt.Rule, &lt.Amount, &lt.Remaining, &lt.Reversed, &lt.EarnedAt, &lt.ExpiresAt)
		return lt, err
	})
}

// Liability is what the program owes its members.
type Liability struct {
	// Points outstanding: available (above zero; points past expiry are not) plus held.
	Points int64 `json:"points"`
	// Value of those points in the program's currency, a decimal string.
	Value   string `json:"value"`
	Members int64  `json:"members"`
}

// Liability returns outstanding points and their cash value at pointValue, a decimal string.
func (l *Ledger) Liability(ctx context.Context, pointValue string) (Liability, error) {
	var li Liability
	if err := l.pool.QueryRow(ctx, l.q(`
		SELECT coalesce(sum(greatest(available, 0) + held), 0)::bigint, count(*) FILTER (WHERE available > 0 OR held > 0)
		FROM (SELECT m.balance - `+dueSQL+` AS available, m.held FROM {s}.members m) m`), l.now()).Scan(&li.Points, &li.Members); err != nil {
		return li, fmt.Errorf("liability: %w", err)
	}
	var err error
	li.Value, err = CashValue(li.Points, pointValue)
	return li, err
}

// CashValue is points at pointValue (a decimal string), as a decimal string with the point
// value's decimals (at least two).
func CashValue(points int64, pointValue string) (string, error) {
	value, ok := new(big.Rat).SetString(pointValue)
	if !ok {
		return "", fmt.Errorf("point value %q is not a decimal", pointValue)
	}
	return new(big.Rat).Mul(value, new(big.Rat).SetInt64(points)).FloatString(decimals(pointValue)), nil
}

func decimals(s string) int {
	for i := range s {
		if s[i] == '.' {
			return max(len(s)-i-1, 2)
		}
	}
	return 2
}

// DailyFigures are the points that moved on one day, in the program's time zone.
type DailyFigures struct {
	Day      string `json:"day"`
	Issued   int64  `json:"issued"`
	Redeemed int64  `json:"redeemed"`
	Expired  int64  `json:"expired"`
	Adjusted int64  `json:"adjusted"`
}

// Daily returns issuance, redemption, expiry and adjustments per day from `from` to `to`
// (inclusive, as dates in the program's time zone). Issued is net of reversals; adjusted is
// the net taken by adjustments and penalties.
func (l *Ledger) Daily(ctx context.Context, from, to time.Time) ([]DailyFigures, error) {
	rows, err := l.pool.Query(ctx, l.q(`
		SELECT to_char((p.created_at AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS day,
		       coalesce(-sum(e.amount) FILTER (WHERE e.account = 'issued'), 0)::bigint,
		       coalesce(sum(e.amount) FILTER (WHERE e.account = 'redeemed'), 0)::bigint,
		       coalesce(sum(e.amount) FILTER (WHERE e.account = 'expired'), 0)::bigint,
		       coalesce(sum(e.amount) FILTER (WHERE e.account = 'adjusted'), 0)::bigint
		FROM {s}.postings p, unnest(p.entry_accounts, p.entry_amounts) AS e(account, amount)
		WHERE e.account NOT IN ('member', 'held')
		  AND p.created_at >= ($2::date)::timestamp AT TIME ZONE $1
		  AND p.created_at < ($3::date + 1)::timestamp AT TIME ZONE $1
		GROUP BY 1 ORDER BY 1`), l.opts.Location.String(), from.Format(time.DateOnly), to.Format(time.DateOnly))
	if err != nil {
		return nil, fmt.Errorf("daily report: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (DailyFigures, error) {
		var d DailyFigures
		err := r.Scan(&d.Day, &d.Issued, &d.Redeemed, &d.Expired, &d.Adjusted)
		return d, err
	})
}

// DailyCounter is what a member earned on one day, for one rule or ("" rule) in total.
type DailyCounter struct {
	Day         time.Time
	Rule        string
	Points      int64
	Awards      int32
	Spend       string
	GrowthValue int64
}

// MemberDaily returns a member's daily counters from `from` to `to` (inclusive dates), which
// caps and tiers are computed from.
func (l *Ledger) MemberDaily(ctx context.Context, member string, from, to time.Time) ([]DailyCounter, error) {
	rows, err := l.pool.Query(ctx, l.q(`
		SELECT day, rule, points, awards, spend::text, growth_value FROM {s}.member_daily
		WHERE member_id = $1 AND day BETWEEN $2::date AND $3::date ORDER BY day, rule`),
		member, from.Format(time.DateOnly), to.Format(time.DateOnly))
	if err != nil {
		return nil, fmt.Errorf("daily counters of %s: %w", member, err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (DailyCounter, error) {
		var d DailyCounter
		err := r.Scan(&d.Day, &d.Rule, &d.Points, &d.Awards, &d.Spend, &d.GrowthValue)
		return d, err
	})
}

// SetStock declares the allotment of a catalog item; nil makes it unlimited. What was already
// redeemed is kept, so raising the allotment adds stock.
func (l *Ledger) SetStock(ctx context.Context, sku string, allotment *int64) error {
	return pgx.BeginFunc(ctx, l.pool, func(tx pgx.Tx) error {
		return l.setStock(ctx, tx, []string{sku}, []*int64{allotment})
	})
}

// setStock sets allotments in tx. Redemptions count an item's redeemed quantity only while
// it is limited, so an item that becomes limited has its count taken from the redemptions;
// locking the rows first waits for the redemptions in flight, which hold share locks on them.
func (l *Ledger) setStock(ctx context.Context, tx pgx.Tx, skus []string, allotments []*int64) error {
	if _, err := tx.Exec(ctx, l.q(`SELECT 1 FROM {s}.stock WHERE sku = ANY($1) ORDER BY sku FOR UPDATE`), skus); err != nil {
		return fmt.Errorf("lock stock: %w", err)
	}
	_, err := tx.Exec(ctx, l.q(`
		INSERT INTO {s}.stock AS s (sku, allotment, redeemed)
		SELECT t.sku, t.allotment,
		       coalesce((SELECT sum(quantity) FROM {s}.redemptions r WHERE r.sku = t.sku AND r.status = 'active'), 0)
		FROM unnest($1::text[], $2::bigint[]) AS t(sku, allotment) ORDER BY t.sku
		ON CONFLICT (sku) DO UPDATE SET allotment = excluded.allotment,
		  redeemed = CASE WHEN s.allotment IS NULL THEN excluded.redeemed ELSE s.redeemed END`), skus, allotments)
	if err != nil {
		return fmt.Errorf("set stock: %w", err)
	}
	return nil
}

// Stock returns an item's allotment (nil: unlimited) and how many were redeemed, which is
// counted only while the item is limited.
func (l *Ledger) Stock(ctx context.Context, sku string) (allotment *int64, redeemed int64, err error) {
	err = l.pool.QueryRow(ctx, l.q(`SELECT allotment, redeemed FROM {s}.stock WHERE sku = $1`), sku).Scan(&allotment, &redeemed)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, 0, nil
	}
	return allotment, redeemed, err
}

// ShadowAward is what one Shadow rule would have awarded over a period.
type ShadowAward struct {
	Rule   string `json:"rule"`
	Events int64  `json:"events"`
	Points int64  `json:"points"`
}

// Shadow sums what Shadow rules would have awarded (an event's result keeps it, never
// credited) for the events recorded at or after since, by rule, in rule order.
func (l *Ledger) Shadow(ctx context.Context, since time.Time) ([]ShadowAward, error) {
	rows, err := l.pool.Query(ctx, l.q(`
		SELECT i.response FROM {s}.postings p
		JOIN LATERAL (SELECT response FROM {s}.idempotency WHERE key = 'event:' || p.event_id OFFSET 0) i ON true
		WHERE p.created_at >= $1 AND p.kind = 'credit' AND p.event_id IS NOT NULL AND i.response IS NOT NULL`), since)
	if err != nil {
		return nil, fmt.Errorf("shadow report: %w", err)
	}
	defer rows.Close()
	byRule := map[string]*ShadowAward{}
	for rows.Next() {
		var raw []byte
		if err := rows.Scan(&raw); err != nil {
			return nil, err
		}
		r, err := decodeResult(raw)
		if err != nil || r.Earned == nil {
			continue // a result a later version wrote: not this report's to read
		}
		for _, a := range r.Earned.WouldAward {
			s := byRule[a.Rule]
			if s == nil {
				s = &ShadowAward{Rule: a.Rule}
				byRule[a.Rule] = s
			}
			s.Events++
			s.Points += a.Points
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("shadow report: %w", err)
	}
	out := make([]ShadowAward, 0, len(byRule))
	for _, s := range byRule {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Rule < out[j].Rule })
	return out, nil
}
