package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/jackc/pgx/v5/pgxpool"
)

// storageTables are the tables reported on their own; the rest of the schema is summed.
var storageTables = []string{"postings", "lots", "idempotency", "member_daily", "member_monthly", "event_details", "notices", "members"}

// relationSize is a table's bytes on disk, table, indexes and TOAST, over its partitions.
type relationSize struct {
	name  string
	bytes int64
}

// storageSizes returns the bytes on disk of every table of schema: pg_total_relation_size
// (the table, its indexes and its TOAST), of a partitioned table summed over the leaves of
// its partition tree (pg_partition_tree lists nothing for a table that is not partitioned).
// Largest first.
func storageSizes(ctx context.Context, pool *pgxpool.Pool, schema string) ([]relationSize, error) {
	rows, err := pool.Query(ctx, `
		SELECT c.relname, CASE WHEN c.relkind = 'p'
		    THEN (SELECT coalesce(sum(pg_total_relation_size(t.relid)), 0) FROM pg_partition_tree(c.oid) t WHERE t.isleaf)
		    ELSE pg_total_relation_size(c.oid) END::bigint
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
		ORDER BY 2 DESC, 1`, schema)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []relationSize
	for rows.Next() {
		var r relationSize
		if err := rows.Scan(&r.name, &r.bytes); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// printStorage prints the bytes on disk of the ledger per posting and per event (an event
// is an earn's credit posting): the named tables, the rest of the schema, and all.
func printStorage(ctx context.Context, out io.Writer, pool *pgxpool.Pool, schema string) error {
	sizes, err := storageSizes(ctx, pool, schema)
	if err != nil {
		return fmt.Errorf("table sizes: %w", err)
	}
	var postings, events int64
	if err := pool.QueryRow(ctx, fmt.Sprintf(`SELECT count(*), count(*) FILTER (WHERE kind = 'credit' AND event_id IS NOT NULL) FROM %s.postings`, schema)).
		Scan(&postings, &events); err != nil {
		return fmt.Errorf("count postings: %w", err)
	}
	fmt.Fprint(out, storageReport(sizes, postings, events))
	return nil
}

// storageReport formats sizes divided by postings and events.
func storageReport(sizes []relationSize, postings, events int64) string {
	per := func(b, n int64) string {
		if n == 0 {
			return "-"
		}
		return fmt.Sprintf("%.0f", float64(b)/float64(n))
	}
	s := fmt.Sprintf("\nstorage: %d postings, %d events\n%-16s %12s %14s %12s\n", postings, events, "table", "MB", "B/posting", "B/event")
	var rest, total int64
	for _, name := range storageTables {
		var b int64
		for _, r := range sizes {
			if r.name == name {
				b = r.bytes
			}
		}
		s += fmt.Sprintf("%-16s %12.1f %14s %12s\n", name, float64(b)/(1<<20), per(b, postings), per(b, events))
	}
	for _, r := range sizes {
		total += r.bytes
		if !slices.Contains(storageTables, r.name) {
			rest += r.bytes
		}
	}
	s += fmt.Sprintf("%-16s %12.1f %14s %12s\n", "the rest", float64(rest)/(1<<20), per(rest, postings), per(rest, events))
	s += fmt.Sprintf("%-16s %12.1f %14s %12s\n", "all", float64(total)/(1<<20), per(total, postings), per(total, events))
	return s
}
