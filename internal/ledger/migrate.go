package ledger

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migration is one forward-only change of the ledger's schema, made of one or more steps.
//
// A migration that a running ledger might wait on is written so that it never blocks the
// ledger's writes for long (docs/operator.md, "Upgrades and online migrations"): it is split
// into steps by lines reading "-- tally:step", each run in a transaction of its own, so that
// a lock one step takes (ALTER TABLE ... ADD CONSTRAINT ... NOT VALID) is let go before the
// next does its long work (VALIDATE CONSTRAINT, which lets writes through). A step marked
// "-- tally:step repeat" is a batched backfill: it runs again, each time in a new transaction,
// until it changes no row. The version is recorded with the last step, so a migration cut
// short starts again from its first step: every step of a migration of several must be
// harmless to run twice.
type Migration struct {
	Version int
	Name    string
	Steps   []Step
}

// Step is one transaction of a migration.
type Step struct {
	SQL string
	// Repeat runs the step until it affects no row: a backfill in batches.
	Repeat bool
}

// stepMarker starts a step of a migration file; "repeat" after it makes a batched backfill.
var stepMarker = regexp.MustCompile(`(?m)^-- tally:step( repeat)?[ \t]*$`)

// parseSteps splits a migration file into its steps.
func parseSteps(sql string) []Step {
	marks := stepMarker.FindAllStringSubmatchIndex(sql, -1)
	var steps []Step
	add := func(body string, repeat bool) {
		if strings.TrimSpace(body) != "" {
			steps = append(steps, Step{SQL: body, Repeat: repeat})
		}
	}
	if len(marks) == 0 {
		add(sql, false)
		return steps
	}
	add(sql[:marks[0][0]], false)
	for i, m := range marks {
		end := len(sql)
		if i+1 < len(marks) {
			end = marks[i+1][0]
		}
		add(sql[m[1]:end], m[2] >= 0)
	}
	return steps
}

// Migrations returns the ledger's migrations in order. They are embedded in the binary, so
// they are read and split into steps once; the operator asks for them on every pass that
// provisions, and for the schema version on every pass.
func Migrations() ([]Migration, error) {
	ms, err := embeddedMigrations()
	return slices.Clone(ms), err
}

var embeddedMigrations = sync.OnceValues(readMigrations)

func readMigrations() ([]Migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []Migration
	for _, path := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(path, "migrations/"), ".sql")
		num, name, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must be NNNN_name.sql", path)
		}
		sql, err := migrationFiles.ReadFile(path)
		if err != nil {
			return nil, err
		}
		ms = append(ms, Migration{Version: v, Name: name, Steps: parseSteps(string(sql))})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	return ms, nil
}

// LatestVersion is the version of the newest migration: the schema version this build of
// the ledger runs on.
func LatestVersion() int {
	ms, err := Migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].Version
}

var schemaName = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

// ValidateSchema checks that schema is a plain PostgreSQL identifier that Tally can own.
func ValidateSchema(schema string) error {
	if !schemaName.MatchString(schema) || strings.HasPrefix(schema, "pg_") {
		return fmt.Errorf("schema %q: must be lower-case letters, digits and '_', not starting with a digit or pg_", schema)
	}
	return nil
}

// Pool is what Migrate needs: a pool it can take one connection from, for the session lock
// that a migration of several steps holds throughout.
type Pool interface {
	Acquire(ctx context.Context) (*pgxpool.Conn, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// StepLockTimeout bounds how long a step waits for a lock before it gives up and tries again
// later. While a step waits for a table's lock, the ledger's writes to that table queue behind
// it; a short wait keeps them moving, at the cost of a few more tries on a busy ledger.
const StepLockTimeout = 200 * time.Millisecond

// Migrate brings schema up to the latest version, creating it if needed, and returns the
// versions it applied. Migrations run one after another under a session advisory lock on
// the schema, so two processes migrating at once apply each migration exactly once; each
// step runs in its own transaction, the last together with the migration's row in
// schema_migrations. A step that cannot have a lock within StepLockTimeout is tried again
// after a pause, until ctx ends. A schema that is up to date costs one query and takes no
// lock.
func Migrate(ctx context.Context, db Pool, schema string) ([]int, error) {
	ms, err := Migrations()
	if err != nil {
		return nil, err
	}
	return migrate(ctx, db, schema, ms)
}

// Pending returns the versions of the migrations schema has yet to apply, in one query and
// without a lock, and whether the schema has applied any migration at all (a ledger may
// already be using it).
func Pending(ctx context.Context, db Pool, schema string) (pending []int, started bool, err error) {
	if err := ValidateSchema(schema); err != nil {
		return nil, false, err
	}
	ms, err := Migrations()
	if err != nil {
		return nil, false, err
	}
	done, err := appliedVersions(ctx, db, schema)
	if err != nil {
		return nil, false, err
	}
	for _, m := range ms {
		if !slices.Contains(done, m.Version) {
			pending = append(pending, m.Version)
		}
	}
	return pending, len(done) > 0, nil
}

func migrate(ctx context.Context, db Pool, schema string, ms []Migration) ([]int, error) {
	if err := ValidateSchema(schema); err != nil {
		return nil, err
	}
	done, err := appliedVersions(ctx, db, schema)
	if err != nil {
		return nil, err
	}
	ms = slices.DeleteFunc(slices.Clone(ms), func(m Migration) bool { return slices.Contains(done, m.Version) })
	if len(ms) == 0 {
		return nil, nil
	}
	conn, err := db.Acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(hashtext('tally.migrate.' || $1))`, schema); err != nil {
		return nil, fmt.Errorf("lock schema %s for migration: %w", schema, err)
	}
	defer func() {
		// A session lock outlives a cancelled context; a connection that cannot let go of
		// it is closed rather than handed back to the pool still holding it.
		uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(uctx, `SELECT pg_advisory_unlock(hashtext('tally.migrate.' || $1))`, schema); err != nil {
			_ = conn.Conn().Close(uctx)
		}
	}()
	ident := pgx.Identifier{schema}.Sanitize()
	if err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		for _, stmt := range []string{
			`CREATE SCHEMA IF NOT EXISTS ` + ident,
			`CREATE TABLE IF NOT EXISTS ` + ident + `.schema_migrations (
				version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
		} {
			if _, err := tx.Exec(ctx, stmt); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("schema %s: %w", schema, err)
	}
	// Under the lock: another process may have applied some since the first look.
	if done, err = appliedVersions(ctx, conn, schema); err != nil {
		return nil, err
	}
	var applied []int
	for _, m := range ms {
		if slices.Contains(done, m.Version) {
			continue
		}
		if err := applyMigration(ctx, conn, ident, m); err != nil {
			return applied, fmt.Errorf("migration %04d_%s in schema %s: %w", m.Version, m.Name, schema, err)
		}
		applied = append(applied, m.Version)
	}
	return applied, nil
}

// appliedVersions are the versions schema_migrations records, read in one query; none when
// the schema or the table does not exist yet.
func appliedVersions(ctx context.Context, db interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}, schema string) ([]int, error) {
	var versions []int
	err := db.QueryRow(ctx, `SELECT coalesce(array_agg(version), '{}') FROM `+pgx.Identifier{schema, "schema_migrations"}.Sanitize()).Scan(&versions)
	if pg, ok := errors.AsType[*pgconn.PgError](err); ok && (pg.Code == "42P01" || pg.Code == "3F000") {
		return nil, nil // no such table, or no such schema: nothing applied yet
	}
	return versions, err
}

// applyMigration runs m's steps in order, each in a transaction of its own, and records m
// with its last step.
func applyMigration(ctx context.Context, conn *pgxpool.Conn, ident string, m Migration) error {
	record := func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name)
		return err
	}
	for i, s := range m.Steps {
		last := i == len(m.Steps)-1
		for {
			var affected int64
			err := runStep(ctx, conn, ident, func(tx pgx.Tx) error {
				tag, err := tx.Exec(ctx, s.SQL)
				if err != nil {
					return err
				}
				affected = tag.RowsAffected()
				if last && !s.Repeat {
					return record(tx)
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("step %d: %w", i+1, err)
			}
			if !s.Repeat || affected == 0 {
				break
			}
		}
	}
	if len(m.Steps) == 0 || m.Steps[len(m.Steps)-1].Repeat {
		return runStep(ctx, conn, ident, record)
	}
	return nil
}

// runStep runs fn in a transaction with the schema as its search_path and StepLockTimeout as
// its lock timeout, and again after a pause for as long as it fails for want of a lock.
func runStep(ctx context.Context, conn *pgxpool.Conn, ident string, fn func(pgx.Tx) error) error {
	pause := 50 * time.Millisecond
	for {
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, fmt.Sprintf(`SET LOCAL search_path TO %s; SET LOCAL lock_timeout = %d`, ident, StepLockTimeout.Milliseconds())); err != nil {
				return err
			}
			return fn(tx)
		})
		if pg, ok := errors.AsType[*pgconn.PgError](err); !ok || pg.Code != "55P03" { // lock_not_available
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
