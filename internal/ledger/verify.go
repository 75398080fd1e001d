package ledger

import (
	"context"
	"fmt"
)

// Verify checks the ledger's invariants and returns every violation it finds, described in a
// sentence each; none means the books are consistent. It reads one consistent snapshot.
//
// Months archived out of the journal (Archive) count through their checkpoint: per member,
// the balance equals the sum of the lot remainders and the checkpoint's sum of the member's
// entries plus their entries still in the journal (and so for held points); the journal and
// the checkpoint sum to zero together; no posting is left in an archived range of ids.
func (l *Ledger) Verify(ctx context.Context) ([]string, error) {
	tx, err := l.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if _, err := tx.Exec(ctx, `SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY`); err != nil {
		return nil, err
	}
	checks := []struct {
		what string
		sql  string
	}{
		// The journal of a member is their entries in the journal and, for the archived months,
		// the checkpoint's sum of theirs (migration journal_partitions); "journal" is the two
		// together.
		{"member balance differs from the sum of its lots or of its journal entries", `
			SELECT format('member %s: balance %s, lots %s, journal %s%s', m.id, m.balance, coalesce(lt.s, 0), coalesce(j.s, 0) + coalesce(c.s, 0),
			              CASE WHEN c.s IS NOT NULL THEN format(' (%s of it checkpointed)', c.s) ELSE '' END)
			FROM {s}.members m
			LEFT JOIN (SELECT member_id, sum(remaining) s FROM {s}.lots GROUP BY 1) lt ON lt.member_id = m.id
			LEFT JOIN (SELECT member_id, sum(amount) s FROM {s}.entries WHERE account = 'member' GROUP BY 1) j ON j.member_id = m.id
			LEFT JOIN (SELECT member_id, sum(amount) s FROM {s}.journal_checkpoint_sums WHERE account = 'member' GROUP BY 1) c ON c.member_id = m.id
			WHERE m.balance <> coalesce(lt.s, 0) OR m.balance <> coalesce(j.s, 0) + coalesce(c.s, 0)`},
		{"member held points differ from active holds or from the held account", `
			SELECT format('member %s: held %s, active holds %s, held account %s%s', m.id, m.held, coalesce(h.s, 0), coalesce(j.s, 0) + coalesce(c.s, 0),
			              CASE WHEN c.s IS NOT NULL THEN format(' (%s of it checkpointed)', c.s) ELSE '' END)
			FROM {s}.members m
			LEFT JOIN (SELECT member_id, sum(points) s FROM {s}.holds WHERE status = 'active' GROUP BY 1) h ON h.member_id = m.id
			LEFT JOIN (SELECT member_id, sum(amount) s FROM {s}.entries WHERE account = 'held' GROUP BY 1) j ON j.member_id = m.id
			LEFT JOIN (SELECT member_id, sum(amount) s FROM {s}.journal_checkpoint_sums WHERE account = 'held' GROUP BY 1) c ON c.member_id = m.id
			WHERE m.held <> coalesce(h.s, 0) OR m.held <> coalesce(j.s, 0) + coalesce(c.s, 0)`},
		// The expiry job finds the members with due lots by it, and balances leave out the
		// points of the lots past it that the job has not taken yet (dueSQL).
		{"a member's next expiry is later than a lot of theirs with points", `
			SELECT format('member %s: next expiry %s, a lot with points expires at %s', m.id, coalesce(m.expires_next::text, 'none'), l.first)
			FROM {s}.members m
			JOIN (SELECT member_id, min(expires_at) first FROM {s}.lots WHERE remaining > 0 AND expires_at IS NOT NULL GROUP BY 1) l ON l.member_id = m.id
			WHERE m.expires_next IS NULL OR m.expires_next > l.first`},
		{"the checkpoint names a member the ledger does not have", `
			SELECT format('checkpoint of %s for member %s: %s', c.account, c.member_id, c.amount)
			FROM {s}.journal_checkpoint_sums c LEFT JOIN {s}.members m ON m.id = c.member_id
			WHERE c.account IN ('member', 'held') AND m.id IS NULL`},
		{"a posting is in an archived month's range of ids", `
			SELECT format('posting %s: archived up to id %s', p.id, a.id_to)
			FROM (SELECT max(id_to) AS id_to FROM {s}.journal_checkpoints) a JOIN {s}.postings p ON p.id < a.id_to`},
		{"a posting's entries are not one account, amount and rule each", `
			SELECT format('posting %s: %s accounts, %s amounts, %s rules', id, cardinality(entry_accounts), cardinality(entry_amounts), cardinality(entry_rules))
			FROM {s}.postings
			WHERE cardinality(entry_accounts) <> cardinality(entry_amounts) OR cardinality(entry_accounts) <> cardinality(entry_rules)
			   OR array_position(entry_accounts, NULL) IS NOT NULL OR array_position(entry_amounts, NULL) IS NOT NULL`},
		{"posting entries do not sum to zero", `
			SELECT format('posting %s: entries sum to %s', p.id, s.sum)
			FROM {s}.postings p, LATERAL (SELECT coalesce(sum(a), 0) AS sum FROM unnest(p.entry_amounts) a) s
			WHERE s.sum <> 0`},
		{"the journal does not sum to zero", `
			SELECT format('journal sums to %s%s', j.s + c.s, CASE WHEN c.n > 0 THEN format(' (the checkpoint to %s)', c.s) ELSE '' END)
			FROM (SELECT coalesce(sum(amount), 0) s FROM {s}.entries) j,
			     (SELECT coalesce(sum(amount), 0) s, count(*) n FROM {s}.journal_checkpoint_sums) c
			WHERE j.s + c.s <> 0`},
		{"posting points differ from the member's entries", `
			SELECT format('posting %s: points %s, member entries %s', p.id, p.points, s.sum)
			FROM {s}.postings p,
			     LATERAL (SELECT coalesce(sum(e.amount), 0) AS sum FROM unnest(p.entry_accounts, p.entry_amounts) e(account, amount)
			              WHERE e.account = 'member') s
			WHERE p.points <> s.sum`},
		{"a lot is out of bounds", `
			SELECT format('lot %s/%s: amount %s, remaining %s, reversed %s', posting_id, seq, amount, remaining, reversed)
			FROM {s}.lots
			WHERE (amount > 0 AND (remaining < 0 OR remaining > amount OR reversed < 0 OR reversed > amount))
			   OR (amount < 0 AND (remaining < amount OR remaining > 0))`},
		{"a negative balance where the program forbids it", `
			SELECT format('member %s: balance %s', id, balance) FROM {s}.members WHERE balance < 0 AND NOT $1`},
		{"a negative held amount", `
			SELECT format('member %s: held %s', id, held) FROM {s}.members WHERE held < 0`},
		// An allotment may be lowered below what was already redeemed, so redeemed > allotment
		// is not by itself an oversell; the count of a limited item must match its redemptions.
		{"a limited item's stock count differs from its active redemptions", `
			SELECT format('sku %s: stock says %s redeemed, active redemptions %s', s.sku, s.redeemed, coalesce(r.n, 0))
			FROM {s}.stock s LEFT JOIN (SELECT sku, sum(quantity) n FROM {s}.redemptions WHERE status = 'active' GROUP BY 1) r ON r.sku = s.sku
			WHERE s.allotment IS NOT NULL AND s.redeemed <> coalesce(r.n, 0)`},
		{"a member's monthly counters differ from their daily counters", `
			WITH built AS (
			  SELECT id, rollup_from, rollup_to, rollup_empty FROM {s}.members WHERE rollup_from IS NOT NULL
			), days AS (
			  SELECT d.member_id, date_trunc('month', d.day)::date AS month, d.rule, sum(d.points) AS points,
			         sum(d.awards) AS awards, sum(d.spend) AS spend, sum(d.growth_value) AS growth
			  FROM {s}.member_daily d JOIN built b ON b.id = d.member_id
			  WHERE d.day >= b.rollup_from AND d.day < b.rollup_to GROUP BY 1, 2, 3
			), months AS (
			  SELECT x.* FROM {s}.member_monthly x
			)
			SELECT format('member %s, month %s, rule %L: monthly %s points %s awards %s spend %s growth, daily %s %s %s %s',
			              coalesce(m.member_id, d.member_id), coalesce(m.month, d.month), coalesce(m.rule, d.rule),
			              m.points, m.awards, m.spend, m.growth_value, d.points, d.awards, d.spend, d.growth)
			FROM months m FULL JOIN days d ON d.member_id = m.member_id AND d.month = m.month AND d.rule = m.rule
			WHERE m.points IS DISTINCT FROM d.points OR m.awards IS DISTINCT FROM d.awards
			   OR m.spend IS DISTINCT FROM d.spend OR m.growth_value IS DISTINCT FROM d.growth
			UNION ALL
			SELECT format('member %s: no counters said between %s and %s, but has %s daily rows', b.id, b.rollup_from, b.rollup_to, n)
			FROM (SELECT id, rollup_from, rollup_to FROM {s}.members WHERE rollup_empty AND rollup_from IS NOT NULL) b,
			     LATERAL (SELECT count(*) n FROM {s}.member_daily WHERE member_id = b.id AND day >= b.rollup_from AND day < b.rollup_to) c
			WHERE c.n > 0`},
		{"an idempotency key without its result", `
			SELECT format('key %s has no result', key) FROM {s}.idempotency WHERE response IS NULL AND result IS NULL`},
	}
	var problems []string
	for _, c := range checks {
		args := []any{}
		if c.what == "a negative balance where the program forbids it" {
			args = append(args, l.opts.AllowNegative)
		}
		rows, err := tx.Query(ctx, l.q(c.sql), args...)
		if err != nil {
			return nil, fmt.Errorf("check %q: %w", c.what, err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				rows.Close()
				return nil, err
			}
			problems = append(problems, c.what+": "+s)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("check %q: %w", c.what, err)
		}
	}
	return problems, nil
}
