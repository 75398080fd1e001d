package ledger

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// CopyFrom is copyFrom, for tests that cover both ways of writing a batch.
const CopyFrom = copyFrom

// ApplyMigration applies one migration, for tests of what a migration does to data written
// before it.
func ApplyMigration(ctx context.Context, pool *pgxpool.Pool, schema string, m Migration) (bool, error) {
	applied, err := migrate(ctx, pool, schema, []Migration{m})
	return len(applied) == 1, err
}

// MigrateWith applies migrations of a test's own, as Migrate applies the ledger's.
var MigrateWith = migrate

// ParseSteps splits a migration's text into its steps.
var ParseSteps = parseSteps

// EncodeResult writes a result as it is stored.
var EncodeResult = encodeResult

// TierMetricOf is the tier metric in Go, over daily counters as MemberDaily returns them.
func TierMetricOf(t *ruleset.Tiers, counters []DailyCounter, since *time.Time, day time.Time) int64 {
	rows := make([]usageRow, len(counters))
	for i, c := range counters {
		rows[i] = usageRow{day: c.Day, rule: c.Rule, points: c.Points, awards: int64(c.Awards), spend: c.Spend, growth: c.GrowthValue}
	}
	return tierMetricOf(t, rows, since, day)
}

// UsageRead reads the counters an event of member on day reads, as a batch does (the months
// rolled up first, if they must be), in a transaction it rolls back, and returns how many rows
// it read, how many of them were months' totals, how many rows of the counters' tables
// PostgreSQL visited to find them, and the tier metric they give.
func UsageRead(ctx context.Context, l *Ledger, e *engine.Engine, member string, day time.Time) (rows, months int, visited int64, metric int64, err error) {
	tx, err := l.pool.Begin(ctx)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	before, err := l.rowsVisited(ctx, tx, "member_daily", "member_monthly")
	if err != nil {
		return 0, 0, 0, 0, err
	}
	var plan usagePlan
	plan.add(e, day)
	b := &batch{l: l, members: map[string]*memberState{}, named: map[string]bool{member: true}}
	if err := b.lockMembers(ctx, tx, []string{member}, []string{member}, &plan, 1); err != nil {
		return 0, 0, 0, 0, err
	}
	for _, u := range b.usage[member] {
		rows++
		if u.month {
			months++
		}
	}
	if visited, err = l.rowsVisited(ctx, tx, "member_daily", "member_monthly"); err != nil {
		return 0, 0, 0, 0, err
	}
	return rows, months, visited - before, b.tierMetric(e.Ruleset().Tiers, member, day), nil
}

// LotsVisitedByMemberReads runs the statements Member and View (without tiers) read member
// with, at the ledger's time, in a transaction it rolls back, and returns how many rows of
// lots PostgreSQL visited for each.
func LotsVisitedByMemberReads(ctx context.Context, l *Ledger, member string, within time.Duration) (memberRead, viewRead int64, err error) {
	tx, err := l.pool.Begin(ctx)
	if err != nil {
		return 0, 0, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	now := l.now()
	visits := func(sql string, args ...any) (int64, error) {
		before, err := l.rowsVisited(ctx, tx, "lots")
		if err != nil {
			return 0, err
		}
		if _, err := tx.Exec(ctx, sql, args...); err != nil {
			return 0, err
		}
		after, err := l.rowsVisited(ctx, tx, "lots")
		return after - before, err
	}
	if memberRead, err = visits(l.memberSQL(), now, member); err != nil {
		return 0, 0, err
	}
	viewRead, err = visits(l.viewSQL("0::bigint"), now, now.Add(within), member)
	return memberRead, viewRead, err
}

// rowsVisited is how many rows of the program's tables the transaction's index, bitmap and
// sequential scans have visited so far, as it counts them (with those of earlier transactions
// of its connection not reported yet: a read's rows are a difference).
func (l *Ledger) rowsVisited(ctx context.Context, tx pgx.Tx, tables ...string) (int64, error) {
	names := make([]string, len(tables))
	for i, t := range tables {
		names[i] = l.q("{s}." + t)
	}
	var n int64
	err := tx.QueryRow(ctx, `
		SELECT coalesce(sum(coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0)), 0)::bigint FROM pg_stat_xact_user_tables
		WHERE relid = ANY ($1::text[]::regclass[])`, names).Scan(&n)
	return n, err
}

// EachMemberBatch is eachMemberBatch, for tests of batches run at once.
func (l *Ledger) EachMemberBatch(ctx context.Context, find string, args []any, limit, workers int, fn func(tx pgx.Tx, ids []string) error) (int, error) {
	return l.eachMemberBatch(ctx, find, args, limit, workers, fn)
}
