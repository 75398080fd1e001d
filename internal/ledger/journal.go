package ledger

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// The journal (postings, and event_details by posting) is partitioned by month of posting id
// (migration journal_partitions): the ids of month number m, year*12 + month-1 in UTC, are
// [m<<32, (m+1)<<32). The ids drawn before the migration are below 1<<32, in one partition of
// their own.

// JournalMonth is the month number of t (in UTC): year*12 + month-1.
func JournalMonth(t time.Time) int64 {
	y, m, _ := t.UTC().Date()
	return int64(y)*12 + int64(m) - 1
}

// JournalMonthBase is the first posting id of t's month: JournalMonth(t) << 32. Ids of any
// month a timestamp can name in the next hundred thousand years stay below 2^53.
func JournalMonthBase(t time.Time) int64 { return JournalMonth(t) << 32 }

// RollJournal makes the journal's partitions for at's month and the next, where missing, and
// moves the posting ids up to the start of at's month when they are behind. The ledger
// server calls it when it starts and every hour with its clock; a tool with a clock of its
// own calls it as its clock moves. It is safe to call at once from several processes.
// Should it not be called in time, postings keep their ids in the previous month's range,
// which has room for four billion: where a posting goes never depends on it.
//
// The ids move only to a month whose partition other transactions can see: a partition made
// by a call of roll_journal is not theirs until the call commits, while the sequence moves for
// everyone at once, and a posting given an id of that month in between would find no
// partition. So a call that made the month's partition leaves the ids, and a second call, in
// a transaction of its own, moves them.
func (l *Ledger) RollJournal(ctx context.Context, at time.Time) error {
	for range 2 {
		var moved bool
		if err := l.pool.QueryRow(ctx, l.q(`SELECT {s}.roll_journal($1)`), at).Scan(&moved); err != nil {
			return fmt.Errorf("roll the journal to %s: %w", at.UTC().Format("2006-01"), err)
		}
		if moved {
			return nil
		}
	}
	return nil
}

// ArchivedMonth is a partition of the journal that Archive took out of it.
type ArchivedMonth struct {
	// Table and Details are the archived tables, left in the schema: the postings and the
	// event details of the partition, as archived_postings_2026_01 and
	// archived_event_details_2026_01.
	Table, Details string
	// From and To bound the postings' ids: From <= id < To. From is math.MinInt64 for the
	// partition of the ids drawn before the journal was partitioned.
	From, To int64
	// Postings is how many postings it holds, made from FirstAt to LastAt (zero when none).
	Postings        int64
	FirstAt, LastAt time.Time
}

// archiveLock is the transaction-level advisory lock by which archives and erasures take
// turns: an erasure holds it shared (Erase, and erase_member), an archive alone.
const archiveLock = `hashtext('tally.archive.' || $1)`

var partitionBound = regexp.MustCompile(`^FOR VALUES FROM \((MINVALUE|'(-?\d+)')\) TO \('(-?\d+)'\)$`)

type partition struct {
	name     string
	from, to int64
}

// partitions returns the partitions of table, by range.
func (l *Ledger) partitions(ctx context.Context, tx pgx.Tx, table string) ([]partition, error) {
	rows, err := tx.Query(ctx, `
		SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		WHERE i.inhparent = to_regclass($1)`, l.ident+"."+pgx.Identifier{table}.Sanitize())
	if err != nil {
		return nil, err
	}
	type row struct{ Name, Bound string }
	found, err := pgx.CollectRows(rows, pgx.RowToStructByPos[row])
	if err != nil {
		return nil, err
	}
	var parts []partition
	for _, r := range found {
		m := partitionBound.FindStringSubmatch(r.Bound)
		if m == nil {
			return nil, fmt.Errorf("partition %s of %s: bound %q is not a range of ids", r.Name, table, r.Bound)
		}
		p := partition{name: r.Name, from: math.MinInt64}
		if m[1] != "MINVALUE" {
			p.from, _ = strconv.ParseInt(m[2], 10, 64)
		}
		p.to, _ = strconv.ParseInt(m[3], 10, 64)
		parts = append(parts, p)
	}
	slices.SortFunc(parts, func(a, b partition) int { return cmp.Compare(a.to, b.to) })
	return parts, nil
}

// Archive takes out of the journal its partitions of the months before `before` (a month of
// UTC: any time in it), and returns them. It runs as the schema's owner (tally ledger archive).
//
// In one transaction, for each such partition, oldest first, it adds to the checkpoint
// (journal_checkpoint_sums) what the partition's postings did to each account: per member
// and rule, their member and held entries; per system account, its entries. It records the
// partition (journal_checkpoints: its range of ids, its number of postings, its first and last
// posting's time), copies the allocations of active redemptions made in it to their
// redemption (a cancellation reads them), then detaches the partition and its event details'
// and renames them archived_... The data stays in the schema, for pg_dump; dropping it is
// the database owner's decision. Verify then counts the checkpoint with the journal.
//
// It refuses (and changes nothing) when `before` is later than the month before the ledger's
// clock's month, so that the current and previous months are never archived; when a
// partition to archive holds a posting made in `before`'s month or later (ids stay in a
// month's range when roll_journal was late), or ids are still drawn in its range; and when an
// export sink has not yet read past its postings. No refund reads an archived posting: a
// reversal finds the event's lots through its stored result, a hold's refund through the
// hold, and a redemption's cancellation the allocations copied here.
//
// Erasures wait while an archive runs, and an archive waits for the erasures in progress.
// Detaching takes the journal's lock for a moment: it waits for it at most StepLockTimeout at
// a time, and tries again until ctx ends, so that the ledger's writes never queue behind it
// for longer.
func (l *Ledger) Archive(ctx context.Context, before time.Time) ([]ArchivedMonth, error) {
	if JournalMonth(before) > JournalMonth(l.now())-1 {
		return nil, fmt.Errorf("archive before %s: the current month (%s) and the previous one stay in the journal",
			before.UTC().Format("2006-01"), l.now().Format("2006-01"))
	}
	limit := JournalMonthBase(before)
	monthStart := time.Date(before.UTC().Year(), before.UTC().Month(), 1, 0, 0, 0, 0, time.UTC)
	tx, err := l.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(`+archiveLock+`)`, l.schema); err != nil {
		return nil, fmt.Errorf("wait for erasures in progress: %w", err)
	}
	postings, err := l.partitions(ctx, tx, "postings")
	if err != nil {
		return nil, err
	}
	details, err := l.partitions(ctx, tx, "event_details")
	if err != nil {
		return nil, err
	}
	var todo []partition
	for _, p := range postings {
		if p.to <= limit {
			todo = append(todo, p)
		}
	}
	if len(todo) == 0 {
		return nil, nil
	}
	// The partitions to archive take no more postings (checked below) and erasures wait (the
	// lock above); a SHARE lock on each makes sure that what is summed is what is detached.
	for _, p := range todo {
		if _, err := tx.Exec(ctx, `LOCK TABLE ONLY `+l.ident+`.`+pgx.Identifier{p.name}.Sanitize()+` IN SHARE MODE`); err != nil {
			return nil, fmt.Errorf("lock %s: %w", p.name, err)
		}
	}
	var next int64
	if err := tx.QueryRow(ctx, l.q(`SELECT last_value FROM {s}.postings_id_seq`)).Scan(&next); err != nil {
		return nil, err
	}
	if next < todo[len(todo)-1].to {
		return nil, fmt.Errorf("posting ids are still drawn below %d, in partition %s: roll the journal forward first (the ledger does every hour)",
			todo[len(todo)-1].to, todo[len(todo)-1].name)
	}

	var archived []ArchivedMonth
	for _, p := range todo {
		a := ArchivedMonth{Table: "archived_" + p.name, From: p.from, To: p.to}
		table := l.ident + "." + pgx.Identifier{p.name}.Sanitize()
		var first, last *time.Time
		var txid int64
		if err := tx.QueryRow(ctx, `SELECT count(*), min(created_at), max(created_at), coalesce(max(txid), 0) FROM ONLY `+table).
			Scan(&a.Postings, &first, &last, &txid); err != nil {
			return nil, fmt.Errorf("read %s: %w", p.name, err)
		}
		if first != nil {
			a.FirstAt, a.LastAt = first.UTC(), last.UTC()
		}
		if last != nil && !last.Before(monthStart) {
			return nil, fmt.Errorf("partition %s holds postings made in %s or later (the last at %s): archive it with a later month",
				p.name, monthStart.Format("2006-01"), last.UTC().Format(time.RFC3339))
		}
		if txid > 0 {
			// Rows whose transaction is older than a sink's last snapshot were all read by it.
			rows, err := tx.Query(ctx, l.q(`
				SELECT sink FROM {s}.export_cursors WHERE pg_snapshot_xmin(done::pg_snapshot)::text::bigint <= $1 ORDER BY sink`), txid)
			if err != nil {
				return nil, fmt.Errorf("read the export's cursors: %w", err)
			}
			behind, err := pgx.CollectRows(rows, pgx.RowTo[string])
			if err != nil {
				return nil, fmt.Errorf("read the export's cursors: %w", err)
			}
			if len(behind) > 0 {
				return nil, fmt.Errorf("export sinks %v have not yet read every posting of %s", behind, p.name)
			}
		}
		for _, sql := range []string{
			`INSERT INTO {s}.journal_checkpoint_sums AS c (account, member_id, rule, amount)
			 SELECT e.account, CASE WHEN e.account IN ('member', 'held') THEN p.member_id ELSE '' END,
			        CASE WHEN e.account IN ('member', 'held') THEN e.rule ELSE '' END, sum(e.amount)
			 FROM ONLY ` + table + ` p, unnest(p.entry_accounts, p.entry_amounts, p.entry_rules) AS e(account, amount, rule)
			 GROUP BY 1, 2, 3
			 ON CONFLICT (account, member_id, rule) DO UPDATE SET amount = c.amount + excluded.amount`,
			`UPDATE {s}.redemptions r SET allocations = p.allocations
			 FROM ONLY ` + table + ` p WHERE p.id = r.posting_id AND r.status = 'active' AND r.allocations IS NULL`,
		} {
			if _, err := tx.Exec(ctx, l.q(sql)); err != nil {
				return nil, fmt.Errorf("checkpoint %s: %w", p.name, err)
			}
		}
		for _, d := range details {
			if d.from == p.from && d.to == p.to {
				a.Details = "archived_" + d.name
			}
		}
		from := &a.From
		if p.from == math.MinInt64 {
			from = nil
		}
		if _, err := tx.Exec(ctx, l.q(`
			INSERT INTO {s}.journal_checkpoints (name, details, id_from, id_to, postings, first_at, last_at, archived_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`), a.Table, a.Details, from, a.To, a.Postings, first, last, l.now()); err != nil {
			return nil, fmt.Errorf("record %s: %w", p.name, err)
		}
		archived = append(archived, a)
	}
	if _, err := tx.Exec(ctx, l.q(`DELETE FROM {s}.journal_checkpoint_sums WHERE amount = 0`)); err != nil {
		return nil, err
	}

	// Detaching takes the journal's lock: waited for a moment at a time, so that the ledger's
	// writes never queue long behind it.
	detach := []string{fmt.Sprintf(`SET LOCAL lock_timeout = %d`, StepLockTimeout.Milliseconds())}
	for _, a := range archived {
		name := a.Table[len("archived_"):]
		detach = append(detach,
			`ALTER TABLE {s}.postings DETACH PARTITION {s}.`+pgx.Identifier{name}.Sanitize(),
			`ALTER TABLE {s}.`+pgx.Identifier{name}.Sanitize()+` RENAME TO `+pgx.Identifier{a.Table}.Sanitize())
		if a.Details != "" {
			name := a.Details[len("archived_"):]
			detach = append(detach,
				`ALTER TABLE {s}.event_details DETACH PARTITION {s}.`+pgx.Identifier{name}.Sanitize(),
				`ALTER TABLE {s}.`+pgx.Identifier{name}.Sanitize()+` RENAME TO `+pgx.Identifier{a.Details}.Sanitize())
		}
	}
	if err := retryLocked(ctx, tx, func(tx pgx.Tx) error {
		for _, sql := range detach {
			if _, err := tx.Exec(ctx, l.q(sql)); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("detach the archived partitions: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return archived, nil
}

// retryLocked runs fn in a savepoint of tx, and again after a pause for as long as it fails
// for want of a lock (lock_not_available), until ctx ends.
func retryLocked(ctx context.Context, tx pgx.Tx, fn func(pgx.Tx) error) error {
	pause := 50 * time.Millisecond
	for {
		sp, err := tx.Begin(ctx)
		if err != nil {
			return err
		}
		err = fn(sp)
		if err == nil {
			return sp.Commit(ctx)
		}
		if rbErr := sp.Rollback(ctx); rbErr != nil {
			return errors.Join(err, rbErr)
		}
		if pg, ok := errors.AsType[*pgconn.PgError](err); !ok || pg.Code != "55P03" {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for a lock: %w", ctx.Err())
		case <-time.After(pause + time.Duration(rand.Int64N(int64(pause)))):
		}
		pause = min(2*pause, 2*time.Second)
	}
}
