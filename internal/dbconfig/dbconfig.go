package dbconfig

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
)

// Program names the PointsProgram a schema and role belong to.
type Program struct {
	Namespace string
	Name      string
	// Schema holds the program's tables; the role has the same name.
	Schema string
}

// Owner is the comment that marks a schema or role as the program's.
func (p Program) Owner() string { return "tally:" + p.Namespace + "/" + p.Name }

// Role is the program's login role. It has the schema's name: roles and schemas are
// separate namespaces in PostgreSQL, and one name makes the pair easy to find.
func (p Program) Role() string { return p.Schema }

// SchemaFor is the schema of a program: the one its spec names, or "tally_<namespace>_<name>"
// with '-' and '.' turned into '_', shortened with a hash when longer than PostgreSQL allows.
func SchemaFor(namespace, name, declared string) string {
	if declared != "" {
		return declared
	}
	s := strings.NewReplacer("-", "_", ".", "_").Replace("tally_" + namespace + "_" + name)
	if len(s) > 63 {
		sum := sha256.Sum256([]byte(namespace + "/" + name))
		s = s[:54] + "_" + hex.EncodeToString(sum[:4])
	}
	return s
}

// ErrClaimed says the schema or role already belongs to something else: another program, or
// nothing Tally made. Tally never takes such objects over.
var ErrClaimed = errors.New("already exists and does not belong to this program")

// Provision creates the program's schema and role if missing, brings the schema to the
// latest migration, sets the role's password and grants the role what the ledger needs: use
// of the schema, reading and writing its rows and sequences, and no more. Every step is
// idempotent; running it again re-asserts the state.
func Provision(ctx context.Context, admin *pgxpool.Pool, p Program, password string) error {
	if err := ledger.ValidateSchema(p.Schema); err != nil {
		return err
	}
	if err := claim(ctx, admin, p); err != nil {
		return err
	}
	if _, err := ledger.Migrate(ctx, admin, p.Schema); err != nil {
		return fmt.Errorf("migrate schema %q: %w", p.Schema, err)
	}
	schema, role := pgx.Identifier{p.Schema}.Sanitize(), pgx.Identifier{p.Role()}.Sanitize()
	var db string
	if err := admin.QueryRow(ctx, `SELECT current_database()`).Scan(&db); err != nil {
		return fmt.Errorf("read database name: %w", err)
	}
	if err := lockDatabaseACL(ctx, admin, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, fmt.Sprintf(`GRANT CONNECT ON DATABASE %s TO %s`, pgx.Identifier{db}.Sanitize(), role))
		return err
	}); err != nil {
		return fmt.Errorf("configure role %q: %w", p.Role(), err)
	}
	statements := []string{
		// The password is re-set every time, so a role whose password was changed by hand
		// gets the one in the program's Secret back.
		fmt.Sprintf(`ALTER ROLE %s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD %s`, role, quoteLiteral(password)),
		fmt.Sprintf(`REVOKE ALL ON SCHEMA %s FROM PUBLIC`, schema),
		fmt.Sprintf(`GRANT USAGE ON SCHEMA %s TO %s`, schema, role),
		fmt.Sprintf(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %s TO %s`, schema, role),
		fmt.Sprintf(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %s TO %s`, schema, role),
	}
	for _, s := range statements {
		if _, err := admin.Exec(ctx, s); err != nil {
			return fmt.Errorf("configure role %q: %w", p.Role(), err)
		}
	}
	return nil
}

// claim creates the schema and the role, each with the program's comment, or checks that the
// existing ones carry it. A schema or role made by someone else is refused with ErrClaimed.
func claim(ctx context.Context, admin *pgxpool.Pool, p Program) error {
	return pgx.BeginFunc(ctx, admin, func(tx pgx.Tx) error {
		// Two programs that declare the same schema must not both claim it.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('tally provision ' || $1))`, p.Schema); err != nil {
			return err
		}
		var schemaOwner, roleOwner *string
		var schemaExists, roleExists bool
		err := tx.QueryRow(ctx, `
			SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1),
			       (SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = $1),
			       EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $2),
			       (SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = $2)`,
			p.Schema, p.Role()).Scan(&schemaExists, &schemaOwner, &roleExists, &roleOwner)
		if err != nil {
			return fmt.Errorf("look up schema and role: %w", err)
		}
		if schemaExists && (schemaOwner == nil || *schemaOwner != p.Owner()) {
			return fmt.Errorf("schema %q %w (its comment says %q)", p.Schema, ErrClaimed, deref(schemaOwner))
		}
		if roleExists && (roleOwner == nil || *roleOwner != p.Owner()) {
			return fmt.Errorf("role %q %w (its comment says %q)", p.Role(), ErrClaimed, deref(roleOwner))
		}
		schema, role := pgx.Identifier{p.Schema}.Sanitize(), pgx.Identifier{p.Role()}.Sanitize()
		var statements []string
		if !schemaExists {
			statements = append(statements, `CREATE SCHEMA `+schema, `COMMENT ON SCHEMA `+schema+` IS `+quoteLiteral(p.Owner()))
		}
		if !roleExists {
			statements = append(statements, `CREATE ROLE `+role+` LOGIN`, `COMMENT ON ROLE `+role+` IS `+quoteLiteral(p.Owner()))
		}
		for _, s := range statements {
			if _, err := tx.Exec(ctx, s); err != nil {
				return fmt.Errorf("create schema and role: %w", err)
			}
		}
		return nil
	})
}

// Deprovision drops the program's schema, with every table and row in it, and its role, if
// Tally created them for this program; anything else is left alone. Missing objects are fine.
func Deprovision(ctx context.Context, admin *pgxpool.Pool, p Program) error {
	if err := ledger.ValidateSchema(p.Schema); err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, admin, func(tx pgx.Tx) error {
		var schemaOwner, roleOwner *string
		err := tx.QueryRow(ctx, `
			SELECT (SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = $1),
			       (SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = $2)`,
			p.Schema, p.Role()).Scan(&schemaOwner, &roleOwner)
		if err != nil {
			return fmt.Errorf("look up schema and role: %w", err)
		}
		schema, role := pgx.Identifier{p.Schema}.Sanitize(), pgx.Identifier{p.Role()}.Sanitize()
		if deref(schemaOwner) == p.Owner() {
			if _, err := tx.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
				return fmt.Errorf("drop schema %q: %w", p.Schema, err)
			}
		}
		if deref(roleOwner) == p.Owner() {
			if _, err := tx.Exec(ctx, lockDatabaseACLSQL); err != nil {
				return err
			}
			// DROP OWNED takes away the role's grants (on the database too) so that the role
			// can go; it owns no objects of its own.
			if _, err := tx.Exec(ctx, `DROP OWNED BY `+role); err != nil {
				return fmt.Errorf("drop grants of role %q: %w", p.Role(), err)
			}
			if _, err := tx.Exec(ctx, `DROP ROLE `+role); err != nil {
				return fmt.Errorf("drop role %q: %w", p.Role(), err)
			}
		}
		return nil
	})
}

// lockDatabaseACLSQL serialises changes to the database's privileges among the programs of
// one database. A GRANT or REVOKE on the database rewrites its one row in pg_database, and
// PostgreSQL fails the second of two sessions that do so at once ("tuple concurrently
// updated") instead of making it wait; the operator provisions several programs at a time.
const lockDatabaseACLSQL = `SELECT pg_advisory_xact_lock(hashtext('tally database privileges'))`

// lockDatabaseACL runs f in a transaction that holds the database privileges lock.
func lockDatabaseACL(ctx context.Context, admin *pgxpool.Pool, f func(pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, admin, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, lockDatabaseACLSQL); err != nil {
			return err
		}
		return f(tx)
	})
}

// NewPassword returns a random password of 32 URL-safe characters.
func NewPassword() (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// Credentials are the keys of the ledger's database Secret, named as in a CloudNativePG
// "<cluster>-app" Secret, plus the program's schema.
func Credentials(adminURI string, p Program, password string) (map[string][]byte, error) {
	u, err := url.Parse(adminURI)
	if err != nil || u.Scheme != "postgres" && u.Scheme != "postgresql" || u.Host == "" {
		return nil, fmt.Errorf("the database URI must look like postgresql://user:password@host:5432/dbname")
	}
	dbname := strings.TrimPrefix(u.Path, "/")
	if dbname == "" {
		dbname = "postgres"
	}
	port := u.Port()
	if port == "" {
		port = "5432"
	}
	ledgerURL := *u
	ledgerURL.User = url.UserPassword(p.Role(), password)
	ledgerURL.Path = "/" + dbname
	return map[string][]byte{
		"username": []byte(p.Role()),
		"password": []byte(password),
		"host":     []byte(u.Hostname()),
		"port":     []byte(port),
		"dbname":   []byte(dbname),
		"schema":   []byte(p.Schema),
		"uri":      []byte(ledgerURL.String()),
	}, nil
}

func quoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
