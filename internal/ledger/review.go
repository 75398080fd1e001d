package ledger

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// TierDecision is what a review decided for one member.
type TierDecision struct {
	Member  string
	From    string
	To      string
	Renewed bool
	// Metric is the member's tier metric over the window at the review.
	Metric int64
}

// TierReviewReport says what a tier review did, or would do.
type TierReviewReport struct {
	Reviewed   int64
	Renewed    int64
	Downgraded int64
	Upgraded   int64
	// GrowthReset counts members whose growth value starts again from the review day.
	GrowthReset int64
	Batches     int
}

// ReviewTiers reviews, as of asOf, the tier of every member whose tier has outlived its
// validity and grace (the engine's TierPolicy decides): a member who qualifies again is
// renewed, one who does not moves down as the policy says, and a TierChanged notice records
// each change. The review day is asOf's date in the program's time zone; a member is reviewed
// at most once per review day, so a second run on the same day, or a run resumed after a
// crash, changes nothing that was already reviewed. With dryRun nothing is written.
// decide, when not nil, receives each decision.
func (l *Ledger) ReviewTiers(ctx context.Context, eng *engine.Engine, asOf time.Time, membersPerBatch int, dryRun bool, decide func(TierDecision)) (TierReviewReport, error) {
	var rep TierReviewReport
	t := eng.Ruleset().Tiers
	if t == nil {
		return rep, nil
	}
	loc := eng.Location()
	y, mo, d := asOf.In(loc).Date()
	day := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	// Members due for review reached their tier at least validity+grace months ago; months
	// vary in length, so the query takes a few days more and the engine decides exactly.
	cutoff := asOf.AddDate(0, -int(t.ValidityMonths+t.GraceMonths), 4)
	resetGrowth := t.Metric == ruleset.MetricGrowthValue && t.GrowthValue != ruleset.GrowthCarryOver
	now := l.now()
	reached := asOf.UTC()
	batches, err := l.eachMemberBatch(ctx, `
		SELECT id FROM {s}.members m
		WHERE tier <> '' AND (tier_reached_at IS NULL OR tier_reached_at <= $1)
		  AND NOT EXISTS (SELECT 1 FROM {s}.tier_reviews r WHERE r.member_id = m.id AND r.day = $2)
		ORDER BY id`, []any{cutoff, day}, membersPerBatch, 1,
		func(tx pgx.Tx, ids []string) error {
			states, err := tierStates(ctx, tx, l, t, ids, day)
			if err != nil {
				return err
			}
			var (
				reviewed, from, to           []string
				renewed                      []bool
				metrics                      []int64
				changed, newTiers, sinceFrom []string
				newReached                   []*time.Time
				notices                      []noticeRow
			)
			for _, s := range states {
				var at time.Time // a tier without a date is due
				if s.reached != nil {
					at = *s.reached
				}
				if !eng.DueForReview(at, asOf) {
					continue
				}
				tier, renew := eng.Review(s.tier, at, s.metric, asOf)
				dec := TierDecision{Member: s.id, From: s.tier, To: tier, Renewed: renew, Metric: s.metric}
				if decide != nil {
					decide(dec)
				}
				rep.Reviewed++
				switch {
				case renew && tier == s.tier:
					rep.Renewed++
				case renew:
					rep.Upgraded++
				default:
					rep.Downgraded++
				}
				if resetGrowth {
					rep.GrowthReset++
					sinceFrom = append(sinceFrom, s.id)
				}
				reviewed, from, to = append(reviewed, s.id), append(from, s.tier), append(to, tier)
				renewed, metrics = append(renewed, renew), append(metrics, s.metric)
				// The tier, renewed or lower, runs from the review for another validity period.
				r := &reached
				if tier == "" {
					r = nil
				}
				changed, newTiers, newReached = append(changed, s.id), append(newTiers, tier), append(newReached, r)
				if tier != s.tier {
					notices = append(notices, tierNotice(s.id, s.tier, tier, "Reviewed", now))
				}
			}
			if dryRun || len(reviewed) == 0 {
				return nil
			}
			q := &pgx.Batch{}
			q.Queue(l.q(`
				INSERT INTO {s}.tier_reviews (member_id, day, from_tier, to_tier, renewed, metric, reviewed_at)
				SELECT m, $2, f, t, r, x, $3 FROM unnest($1::text[], $4::text[], $5::text[], $6::bool[], $7::bigint[]) AS u(m, f, t, r, x)`),
				reviewed, day, now, from, to, renewed, metrics)
			q.Queue(l.q(`
				UPDATE {s}.members SET tier = u.t, tier_reached_at = u.r
				FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS u(id, t, r)
				WHERE members.id = u.id AND members.id = ANY($1)`), changed, newTiers, newReached)
			if len(sinceFrom) > 0 {
				q.Queue(l.q(`UPDATE {s}.members SET metric_since = $2 WHERE id = ANY($1)`), sinceFrom, day)
			}
			if len(notices) > 0 {
				q.Queue(l.q(insertNotices), noticeColumns(notices)...)
			}
			if err := tx.SendBatch(ctx, q).Close(); err != nil {
				return fmt.Errorf("record reviews: %w", err)
			}
			return nil
		})
	rep.Batches = batches
	return rep, err
}

// tierState is a member's tier, when it was reached and their metric, for a review.
type tierState struct {
	id      string
	tier    string
	reached *time.Time
	metric  int64
}

// tierStates reads the tier and the metric over the window ending on day of members ids.
func tierStates(ctx context.Context, db interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}, l *Ledger, t *ruleset.Tiers, ids []string, day time.Time) ([]tierState, error) {
	rows, err := db.Query(ctx, l.q(`
		SELECT m.id, m.tier, m.tier_reached_at, `+tierMetricSQL(t, "$2", "$3")+`
		FROM {s}.members m WHERE m.id = ANY($1) ORDER BY m.id`), ids, windowStart(t, day), day)
	if err != nil {
		return nil, fmt.Errorf("tier metrics: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (tierState, error) {
		var s tierState
		err := r.Scan(&s.id, &s.tier, &s.reached, &s.metric)
		return s, err
	})
}

// tierMetricSQL is the tier metric under t of the member m, over the days from the date
// parameter from (the window's start) to the date parameter to. The whole months of the window
// that the member's monthly totals cover (member_monthly, [rollup_from, rollup_to)) are read
// from their totals and the days before and after them day by day, as a write reads them
// (usagePlan): a review of a member active every day reads a dozen totals and the days of two
// months, not a row per day of the year.
func tierMetricSQL(t *ruleset.Tiers, from, to string) string {
	col, since := "points", from+"::date"
	switch t.Metric {
	case ruleset.MetricSpend:
		col = "spend"
	case ruleset.MetricGrowthValue:
		// Growth value counts from the last review that reset it.
		col, since = "growth_value", "greatest("+from+"::date, coalesce(m.metric_since, "+from+"::date))"
	}
	to += "::date"
	// [lo, hi) are the months read from their totals: from the first month that begins in the
	// window to the month after the last that ends in it, within the months rolled up. Without
	// any, both are the day after the window, and every day is read. (greatest and least skip
	// nulls: a member not rolled up yet is tested for first.)
	first := "greatest(m.rollup_from, (date_trunc('month', " + since + " - 1) + interval '1 month')::date)"
	last := "least(m.rollup_to, date_trunc('month', " + to + " + 1)::date)"
	some := "m.rollup_to IS NOT NULL AND " + first + " < " + last
	lo := "coalesce(CASE WHEN " + some + " THEN " + first + " END, " + to + " + 1)"
	hi := "coalesce(CASE WHEN " + some + " THEN " + last + " END, " + to + " + 1)"
	return `coalesce((SELECT floor(sum(x)) FROM (
		SELECT d.` + col + ` AS x FROM {s}.member_daily d
		WHERE d.member_id = m.id AND d.rule = '' AND d.day BETWEEN ` + since + ` AND ` + to + ` AND d.day < ` + lo + `
		UNION ALL
		SELECT d.` + col + ` FROM {s}.member_daily d
		WHERE d.member_id = m.id AND d.rule = '' AND d.day BETWEEN ` + since + ` AND ` + to + ` AND d.day >= ` + hi + `
		UNION ALL
		SELECT t.` + col + ` FROM {s}.member_monthly t
		WHERE t.member_id = m.id AND t.rule = '' AND t.month >= ` + lo + ` AND t.month < ` + hi + `) u), 0)::bigint`
}
