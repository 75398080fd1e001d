package ledger

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// usagePlan is what a batch reads of its members' counters (member_daily, migration 0021):
// the days from recent on one by one, the months before it from their monthly totals back to
// the first day any operation looks back to, except the months that some period starts in the
// middle of, which are read day by day too. A monthly total then counts for a period wholly or
// not at all, so engineState and tierMetricOf add it like a day's row, and the rows read are
// bounded by the program's windows whatever the member's history: at most the days of three
// months and a total per month of the longest window, per rule.
type usagePlan struct {
	from time.Time // the first day any operation looks back to; zero: all time (a lifetime cap)
	// recent is the first day read day by day: the first of the month of the earliest week an
	// operation counts, so that a week reaching into the previous month is read by day.
	recent time.Time
	// split are the months before recent in which a tier window starts.
	split []time.Time
	// growth says a tier window counts growth value from the member's last reset
	// (members.metric_since), whose month is read by day too.
	growth bool
	set    bool
}

// add makes the plan cover an operation of e's program on day: its caps' periods and its tier
// window.
func (p *usagePlan) add(e *engine.Engine, day time.Time) {
	p.cover(usageStart(e, day), day, e.Ruleset().Tiers)
}

// cover makes the plan cover the days from start to day, with the tier window of t (if any)
// ending on day.
func (p *usagePlan) cover(start, day time.Time, t *ruleset.Tiers) {
	recent := monthStart(earliest(weekStart(day), monthStart(day)))
	if !p.set || start.Before(p.from) {
		p.from = start
	}
	if !p.set || recent.Before(p.recent) {
		p.recent = recent
	}
	p.set = true
	if t != nil {
		if m := monthStart(windowStart(t, day)); !slices.ContainsFunc(p.split, m.Equal) {
			p.split = append(p.split, m)
		}
		p.growth = p.growth || t.Metric == ruleset.MetricGrowthValue
	}
}

// months is the range of whole months read from their totals: [lo, hi). Empty when from is in
// the month of recent or after it.
func (p *usagePlan) months() (lo, hi time.Time) {
	lo = rollupEpoch
	if !p.from.IsZero() {
		lo = monthStart(p.from)
	}
	return lo, p.recent
}

// dailyFrom is the first day read day by day from recent on.
func (p *usagePlan) dailyFrom() time.Time {
	if p.from.After(p.recent) {
		return p.from
	}
	return p.recent
}

// splitMonths are the split months within the months read from their totals.
func (p *usagePlan) splitMonths() []time.Time {
	lo, hi := p.months()
	var out []time.Time
	for _, m := range p.split {
		if !m.Before(lo) && m.Before(hi) {
			out = append(out, m)
		}
	}
	return out
}

// rollupEpoch stands for "all time" in the months a lifetime cap reads: a date PostgreSQL
// stores without infinity.
var rollupEpoch = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)

// loadOlderUsage reads the counters of the plan's months before its recent day: their totals,
// rolled up first for members who do not have them yet, and the days of its split months. A
// member whose rolled-up months cover the plan's and were empty has nothing there, and is not
// looked for: every member the ledger creates starts so, up to the month it is created in
// (migration 0021's defaults). A batch none of whose members has older counters sends nothing.
func (b *batch) loadOlderUsage(ctx context.Context, tx pgx.Tx, members []string, p *usagePlan) error {
	lo, hi := p.months()
	if len(members) == 0 || !lo.Before(hi) {
		return nil
	}
	split := p.splitMonths()
	var build, read []string
	var since []*time.Time
	for _, id := range members {
		m := b.members[id]
		if m == nil {
			continue
		}
		covered := m.rollupFrom != nil && m.rollupTo != nil && !m.rollupFrom.After(lo) && !m.rollupTo.Before(hi)
		if covered && m.rollupEmpty {
			continue
		}
		if !covered {
			build = append(build, id)
		}
		read = append(read, id)
		// A growth-value reset in the middle of a month read from totals splits it too.
		var s *time.Time
		if p.growth && m.metricSince != nil {
			if mo := monthStart(*m.metricSince); !mo.Before(lo) && mo.Before(hi) && !slices.ContainsFunc(split, mo.Equal) {
				s = &mo
			}
		}
		since = append(since, s)
	}
	if len(read) == 0 {
		return nil
	}
	if split == nil {
		split = []time.Time{}
	}
	q := &pgx.Batch{}
	if len(build) > 0 {
		q.Queue(b.l.q(rollupQuery), build, lo, hi)
	}
	q.Queue(b.l.q(olderUsageQuery), read, since, split, lo, hi)
	br := tx.SendBatch(ctx, q)
	defer br.Close()
	if len(build) > 0 {
		if err := b.scanRollups(br); err != nil {
			return fmt.Errorf("roll up usage: %w", err)
		}
	}
	if err := b.loadUsage(br); err != nil {
		return err
	}
	return br.Close()
}

// olderUsageQuery reads, for each member $1, the months [$4, $5) from their totals, except
// the months $3 and the member's month $2 (the month of a growth-value reset, or null), which
// it reads by day. Each of those months is its own range scan of member_daily's key (OFFSET
// 0 keeps the subquery from being merged into the join): merged, PostgreSQL read all of the
// member's days and then kept the month's, a read that grew with the member's history.
const olderUsageQuery = `
	SELECT m.id, o.ctid, o.day, o.rule, o.points, o.awards, o.spend, o.growth_value, o.month
	FROM unnest($1::text[], $2::date[]) AS m(id, since), LATERAL (
	  SELECT d.ctid, d.day, d.rule, d.points, d.awards, d.spend, d.growth_value, false AS month
	  FROM unnest(array_append($3::date[], m.since)) AS s(mo), LATERAL (
	    SELECT d.ctid, d.day, d.rule, d.points, d.awards, d.spend::text AS spend, d.growth_value FROM {s}.member_daily d
	    WHERE d.member_id = m.id AND d.day >= s.mo AND d.day < (s.mo + interval '1 month')::date OFFSET 0) d
	  UNION ALL
	  SELECT x.ctid, x.month, x.rule, x.points, x.awards, x.spend::text, x.growth_value, true
	  FROM {s}.member_monthly x
	  WHERE x.member_id = m.id AND x.month >= $4 AND x.month < $5 AND x.month <> ALL($3::date[])
	    AND x.month IS DISTINCT FROM m.since) o`

// rollupQuery rolls up, for each member $1 whose rolled-up months do not cover [$2, $3), the
// months missing between them and the range (keeping the rolled-up months one range), and
// returns the members' new range and whether they had any counters in it. The months come
// from the member's daily rows only: a member's rows in a month already rolled up are never
// read again.
const rollupQuery = `
	WITH todo AS (
	  SELECT id, rollup_from, rollup_to, rollup_empty,
	         least(coalesce(rollup_from, $2::date), $2::date) AS nf,
	         greatest(coalesce(rollup_to, $3::date), $3::date) AS nt
	  FROM {s}.members
	  WHERE id = ANY($1) AND (rollup_from IS NULL OR rollup_from > $2::date OR rollup_to < $3::date)
	), rows AS (
	  SELECT d.member_id, date_trunc('month', d.day)::date AS month, d.rule,
	         sum(d.points) AS points, sum(d.awards) AS awards, sum(d.spend) AS spend, sum(d.growth_value) AS growth
	  FROM todo t, LATERAL (
	    SELECT member_id, day, rule, points, awards, spend, growth_value FROM {s}.member_daily
	    WHERE member_id = t.id AND day >= t.nf AND day < coalesce(t.rollup_from, t.nt)
	    UNION ALL
	    SELECT member_id, day, rule, points, awards, spend, growth_value FROM {s}.member_daily
	    WHERE member_id = t.id AND t.rollup_to IS NOT NULL AND day >= t.rollup_to AND day < t.nt) d
	  GROUP BY 1, 2, 3
	), built AS (
	  INSERT INTO {s}.member_monthly (member_id, month, rule, points, awards, spend, growth_value)
	  SELECT member_id, month, rule, points, awards, spend, growth FROM rows ORDER BY 1, 2, 3
	  RETURNING member_id
	)
	SELECT t.id, t.nf, t.nt,
	       (t.rollup_from IS NULL OR t.rollup_empty) AND NOT EXISTS (SELECT 1 FROM rows r WHERE r.member_id = t.id)
	FROM todo t`

// scanRollups keeps the members' new rolled-up months, which flush writes with the member.
func (b *batch) scanRollups(br pgx.BatchResults) error {
	rows, err := br.Query()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var from, to time.Time
		var empty bool
		if err := rows.Scan(&id, &from, &to, &empty); err != nil {
			return err
		}
		if m := b.members[id]; m != nil {
			m.rollupFrom, m.rollupTo, m.rollupEmpty = &from, &to, empty
			m.dirty = true
		}
	}
	return rows.Err()
}

// rolledUp says whether the member's month of day is rolled up: a change of a daily row on
// day must change the month's total too.
func (m *memberState) rolledUp(day time.Time) bool {
	if m.rollupFrom == nil || m.rollupTo == nil {
		return false
	}
	month := monthStart(day)
	return !month.Before(*m.rollupFrom) && month.Before(*m.rollupTo)
}

// queueMonthly adds the batch's daily changes in rolled-up months to their months' totals.
// Only late events and refunds of old events change such days, so most batches send nothing.
func (b *batch) queueMonthly(q *pgx.Batch) {
	var members, rules, spends []string
	var months []time.Time
	var points, growth []int64
	var awards []int32
	for _, d := range b.daily {
		m := b.members[d.member]
		if m == nil || !m.rolledUp(d.day) {
			continue
		}
		if m.rollupEmpty {
			m.rollupEmpty, m.dirty = false, true
		}
		members, months, rules = append(members, d.member), append(months, monthStart(d.day)), append(rules, d.rule)
		points, awards, spends, growth = append(points, d.points), append(awards, d.awards), append(spends, d.spend), append(growth, d.growth)
	}
	if len(members) == 0 {
		return
	}
	q.Queue(b.l.q(`
		INSERT INTO {s}.member_monthly AS x (member_id, month, rule, points, awards, spend, growth_value)
		SELECT m, mo, r, sum(p), sum(a), sum(coalesce(nullif(sp, ''), '0')::numeric), sum(g)
		FROM unnest($1::text[], $2::date[], $3::text[], $4::bigint[], $5::int[], $6::text[], $7::bigint[]) AS t(m, mo, r, p, a, sp, g)
		GROUP BY m, mo, r ORDER BY m, mo, r
		ON CONFLICT (member_id, month, rule) DO UPDATE SET
		  points = x.points + excluded.points, awards = x.awards + excluded.awards,
		  spend = x.spend + excluded.spend, growth_value = x.growth_value + excluded.growth_value`),
		members, months, rules, points, awards, spends, growth)
}
