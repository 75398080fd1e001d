package ledger

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migration is one forward-only step of the ledger's schema.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations returns the ledger's migrations in order.
func Migrations() ([]Migration, error) {
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
		ms = append(ms, Migration{Version: v, Name: name, SQL: string(sql)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	return ms, nil
}

var schemaName = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

// ValidateSchema checks that schema is a plain PostgreSQL identifier that Tally can own.
func ValidateSchema(schema string) error {
	if !schemaName.MatchString(schema) || strings.HasPrefix(schema, "pg_") {
		return fmt.Errorf("schema %q: must be lower-case letters, digits and '_', not starting with a digit or pg_", schema)
	}
	return nil
}

// Beginner is what Migrate needs: a pool or a single connection.
type Beginner interface {
	Begin(ctx context.Context) (pgx.Tx, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Migrate brings schema up to the latest version, creating it if needed, and returns the
// versions it applied. Each migration runs in its own transaction together with its row in
// schema_migrations, under an advisory lock on the schema, so two processes migrating at once
// apply each migration exactly once. A schema that is up to date costs one query and takes
// no lock: the operator checks every program's schema on every pass.
func Migrate(ctx context.Context, db Beginner, schema string) ([]int, error) {
	if err := ValidateSchema(schema); err != nil {
		return nil, err
	}
	ms, err := Migrations()
	if err != nil {
		return nil, err
	}
	done, err := appliedVersions(ctx, db, schema)
	if err != nil {
		return nil, err
	}
	ms = slices.DeleteFunc(ms, func(m Migration) bool { return slices.Contains(done, m.Version) })
	var applied []int
	for _, m := range ms {
		done, err := applyMigration(ctx, db, schema, m)
		if err != nil {
			return applied, fmt.Errorf("migration %04d_%s in schema %s: %w", m.Version, m.Name, schema, err)
		}
		if done {
			applied = append(applied, m.Version)
		}
	}
	return applied, nil
}

// appliedVersions are the versions schema_migrations records, read in one query; none when
// the schema or the table does not exist yet. A migration it does not list is checked again
// under the lock before it is applied.
func appliedVersions(ctx context.Context, db Beginner, schema string) ([]int, error) {
	var versions []int
	err := db.QueryRow(ctx, `SELECT coalesce(array_agg(version), '{}') FROM `+pgx.Identifier{schema, "schema_migrations"}.Sanitize()).Scan(&versions)
	if pg, ok := errors.AsType[*pgconn.PgError](err); ok && (pg.Code == "42P01" || pg.Code == "3F000") {
		return nil, nil // no such table, or no such schema: nothing applied yet
	}
	return versions, err
}

func applyMigration(ctx context.Context, db Beginner, schema string, m Migration) (bool, error) {
	tx, err := db.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	ident := pgx.Identifier{schema}.Sanitize()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('tally.migrate.' || $1))`, schema); err != nil {
		return false, err
	}
	for _, stmt := range []string{
		`CREATE SCHEMA IF NOT EXISTS ` + ident,
		`SET LOCAL search_path TO ` + ident,
		`CREATE TABLE IF NOT EXISTS schema_migrations (
			version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
	} {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return false, err
		}
	}
	var exists bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1)`, m.Version).Scan(&exists); err != nil {
		return false, err
	}
	if exists {
		return false, tx.Commit(ctx)
	}
	if _, err := tx.Exec(ctx, m.SQL); err != nil {
		return false, err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
		return false, err
	}
	return true, tx.Commit(ctx)
}
