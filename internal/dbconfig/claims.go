package dbconfig

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// The operator records what it made for which program in a catalog of its own, the table
// tally_operator.claims in the administrator's database, which no other role may read.
// Earlier versions marked roles and schemas with a comment naming the program instead, but
// comments on roles are readable by every role of the server (pg_shdescription), and on
// schemas by every role of the database: they told each brand the others' names. Such a
// comment is taken into the catalog the first time the program is provisioned, then removed.
const catalogSQL = `
CREATE SCHEMA IF NOT EXISTS tally_operator;
REVOKE ALL ON SCHEMA tally_operator FROM PUBLIC;
CREATE TABLE IF NOT EXISTS tally_operator.claims (
    kind     text NOT NULL,  -- role, database, schema
    name     text NOT NULL,
    program  text NOT NULL,  -- tally:<namespace>/<name>
    PRIMARY KEY (kind, name)
);`

// lockCatalogSQL serialises changes to the catalog and the creation of what it records: two
// programs that want one name must not both get it.
const lockCatalogSQL = `SELECT pg_advisory_xact_lock(hashtext('tally catalog'))`

type claimKey struct{ kind, name string }

// claimed returns the objects the catalog records as the program's.
func claimed(ctx context.Context, admin *pgxpool.Pool, p Program) (map[claimKey]bool, error) {
	out := map[claimKey]bool{}
	var exists bool
	if err := admin.QueryRow(ctx, `SELECT to_regclass('tally_operator.claims') IS NOT NULL`).Scan(&exists); err != nil {
		return nil, fmt.Errorf("look up the catalog: %w", err)
	}
	if !exists {
		return out, nil
	}
	rows, err := admin.Query(ctx, `SELECT kind, name FROM tally_operator.claims WHERE program = $1`, p.Owner())
	if err != nil {
		return nil, fmt.Errorf("read the catalog: %w", err)
	}
	for rows.Next() {
		var k claimKey
		if err := rows.Scan(&k.kind, &k.name); err != nil {
			return nil, err
		}
		out[k] = true
	}
	return out, rows.Err()
}

// claim records the program's roles, and its database or schema, in the catalog, creating
// the roles and (without a database of its own) the schema if missing. An object that
// exists and is not the program's is refused with ErrClaimed. It reports whether it created
// the login role.
func claim(ctx context.Context, admin *pgxpool.Pool, p Program) (loginCreated bool, err error) {
	err = pgx.BeginFunc(ctx, admin, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, lockCatalogSQL); err != nil {
			return err
		}
		var haveCatalog bool
		if err := tx.QueryRow(ctx, `SELECT to_regclass('tally_operator.claims') IS NOT NULL`).Scan(&haveCatalog); err != nil {
			return err
		}
		if !haveCatalog {
			if _, err := tx.Exec(ctx, catalogSQL); err != nil {
				return fmt.Errorf("create the catalog: %w", err)
			}
		}
		type object struct {
			kind, name string
			exists     string // query: does it exist
			comment    string // query: its comment, as earlier versions marked it
			create     []string
		}
		role := func(name, attrs string) object {
			id := pgx.Identifier{name}.Sanitize()
			create := []string{`CREATE ROLE ` + id + ` ` + attrs}
			if attrs == "NOLOGIN" {
				// The administrator acts as the owner role (SET ROLE) and creates the
				// database for it; a superuser may anyway, an administrator with
				// CREATEROLE needs the membership.
				create = append(create, `GRANT `+id+` TO CURRENT_USER`)
			}
			return object{"role", name, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`,
				`SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = $1`, create}
		}
		objects := []object{role(p.Role(), "LOGIN")}
		if p.Analytics.Enabled {
			objects = append(objects, role(p.AnalyticsRole(), "LOGIN"))
		}
		if p.Database != "" {
			objects = append(objects, role(p.OwnerRole(), "NOLOGIN"),
				object{"database", p.Database, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, ``, nil})
		} else {
			id := pgx.Identifier{p.Schema}.Sanitize()
			objects = append(objects, object{"schema", p.Schema, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`,
				`SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = $1`,
				[]string{`CREATE SCHEMA ` + id, `REVOKE ALL ON SCHEMA ` + id + ` FROM PUBLIC`}})
		}
		for _, o := range objects {
			var owner string
			err := tx.QueryRow(ctx, `SELECT program FROM tally_operator.claims WHERE kind = $1 AND name = $2`, o.kind, o.name).Scan(&owner)
			if err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return fmt.Errorf("read the catalog: %w", err)
			}
			if owner != "" && owner != p.Owner() {
				return fmt.Errorf("%s %q %w (the operator made it for %s)", o.kind, o.name, ErrClaimed, owner)
			}
			var exists bool
			if err := tx.QueryRow(ctx, o.exists, o.name).Scan(&exists); err != nil {
				return fmt.Errorf("look up %s %q: %w", o.kind, o.name, err)
			}
			if exists && owner == "" {
				// Made by an earlier version of Tally for this program, marked by a
				// comment: take it into the catalog and remove the comment.
				var comment *string
				if o.comment != "" {
					if err := tx.QueryRow(ctx, o.comment, o.name).Scan(&comment); err != nil {
						return fmt.Errorf("look up %s %q: %w", o.kind, o.name, err)
					}
				}
				if comment == nil || *comment != p.Owner() {
					return fmt.Errorf("%s %q %w (Tally did not make it)", o.kind, o.name, ErrClaimed)
				}
				kw := map[string]string{"role": "ROLE", "schema": "SCHEMA"}[o.kind]
				if _, err := tx.Exec(ctx, `COMMENT ON `+kw+` `+pgx.Identifier{o.name}.Sanitize()+` IS NULL`); err != nil {
					return fmt.Errorf("remove the comment of %s %q: %w", o.kind, o.name, err)
				}
			}
			if owner == "" {
				if _, err := tx.Exec(ctx, `INSERT INTO tally_operator.claims (kind, name, program) VALUES ($1, $2, $3)`, o.kind, o.name, p.Owner()); err != nil {
					return fmt.Errorf("record %s %q: %w", o.kind, o.name, err)
				}
			}
			if !exists {
				for _, s := range o.create {
					if _, err := tx.Exec(ctx, s); err != nil {
						return fmt.Errorf("create %s %q: %w", o.kind, o.name, err)
					}
				}
				if o.kind == "role" && o.name == p.Role() {
					loginCreated = true
				}
			}
		}
		return nil
	})
	return loginCreated, err
}
