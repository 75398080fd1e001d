package dbconfig

import (
	"context"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
)

// Program names the PointsProgram a database, schema and roles belong to.
type Program struct {
	Namespace string
	Name      string
	// Schema holds the program's tables.
	Schema string
	// Database is the program's own database on a shared server (a LedgerDatabase). Empty,
	// the schema lives in the database that the administrator URI names: the layout of a
	// program on a server of its own (spec.database.secretRef).
	Database string
	// Analytics is the read-only access for BI tools the program asks for.
	Analytics Analytics
}

// Analytics is a program's read-only access for BI tools: a login role that may read the
// analytics views (AnalyticsViews) and nothing else.
type Analytics struct {
	Enabled bool
	// PersonalData lets the role read members' profiles too (analytics_member_profiles).
	PersonalData bool
	// Simulation lets the role read the tables a rule simulation replays too
	// (SimulationTables); it needs PersonalData.
	Simulation bool
}

// AnalyticsRole is the program's role for BI tools: "<login role>_analytics".
func (p Program) AnalyticsRole() string {
	return shorten(p.Role()+"_analytics", p.Namespace+"/"+p.Name+"/analytics")
}

// Owner names the program in the operator's catalog of what it made.
func (p Program) Owner() string { return "tally:" + p.Namespace + "/" + p.Name }

// Role is the program's login role, the one its ledger pods and jobs connect as. With a
// database of its own it has the database's name; otherwise the schema's (roles and schemas
// are separate namespaces in PostgreSQL, and one name makes the pair easy to find).
func (p Program) Role() string {
	if p.Database != "" {
		return p.Database
	}
	return p.Schema
}

// OwnerRole is the role that owns the program's database and every table in it. It cannot log
// in: the operator takes it on (SET ROLE) to run migrations and publish rule sets. Programs
// without a database of their own have none; their schema belongs to the administrator.
func (p Program) OwnerRole() string {
	if p.Database == "" {
		return ""
	}
	return shorten(p.Database+"_owner", p.Namespace+"/"+p.Name+"/owner")
}

// SchemaFor is the schema of a program: the one its spec names, or "tally_<namespace>_<name>"
// with '-' and '.' turned into '_', shortened with a hash when longer than PostgreSQL allows.
// Programs of earlier versions kept their schemas side by side in one database under these
// names, which stay; a program with a database of its own has the schema to itself.
func SchemaFor(namespace, name, declared string) string {
	if declared != "" {
		return declared
	}
	s := strings.NewReplacer("-", "_", ".", "_").Replace("tally_" + namespace + "_" + name)
	return shorten(s, namespace+"/"+name)
}

// DatabaseFor is the name of a program's own database, and of its login role:
// "tally_<namespace>_<name>_<hash>", '-' and '.' turned into '_'. The hash, of
// "<namespace>/<name>", is what makes it the program's alone: without it "a-b"/"c" and
// "a"/"b-c" would both be tally_a_b_c, and a tenant could take the name of another's database
// before it exists. Namespace and name together are unique in a cluster.
func DatabaseFor(namespace, name string) string {
	sum := sha256.Sum256([]byte(namespace + "/" + name))
	s := strings.NewReplacer("-", "_", ".", "_").Replace("tally_" + namespace + "_" + name)
	if len(s) > 54 {
		s = s[:54]
	}
	return s + "_" + hex.EncodeToString(sum[:4])
}

// shorten keeps s within PostgreSQL's 63 bytes, replacing its end with a hash of key.
func shorten(s, key string) string {
	if len(s) <= 63 {
		return s
	}
	sum := sha256.Sum256([]byte(key))
	return s[:54] + "_" + hex.EncodeToString(sum[:4])
}

// ErrClaimed says the database, schema or role already belongs to something else: another
// program, or nothing Tally made. Tally never takes such objects over.
var ErrClaimed = errors.New("already exists and does not belong to this program")

// Server is an administrator's access to one PostgreSQL server.
type Server struct {
	// Admin connects to the database that the administrator URI names. It holds the
	// operator's catalog of what it made (schema tally_operator) and, for programs without a
	// database of their own, their schemas.
	Admin *pgxpool.Pool
	// Database returns a pool on another database of the server, connected as the
	// administrator and, when role is not empty, acting as role (SET ROLE).
	Database func(ctx context.Context, name, role string) (*pgxpool.Pool, error)
}

// Provisioned says what Provision did that the caller must follow up on.
type Provisioned struct {
	// RoleCreated is true when the login role was made in this call: it has no password yet.
	RoleCreated bool
	// Warnings are protections that could not be put in place, in words for the user.
	Warnings []string
}

// Provision creates what the program needs if missing and re-asserts its state: with a
// database of its own, the owner role, the login role and the database (nobody else may
// connect), the schema migrated by the owner role, and the login role's grants; without one,
// the schema and the login role in the administrator's database, migrated by the
// administrator. Either way the login role gets exactly what the ledger needs (grants.go).
// Every step is idempotent. The password is not set here (SetPassword).
func Provision(ctx context.Context, srv Server, p Program) (Provisioned, error) {
	var out Provisioned
	if err := ledger.ValidateSchema(p.Schema); err != nil {
		return out, err
	}
	created, err := claim(ctx, srv.Admin, p)
	if err != nil {
		return out, err
	}
	out.RoleCreated = created
	login := pgx.Identifier{p.Role()}.Sanitize()
	if _, err := srv.Admin.Exec(ctx, `ALTER ROLE `+login+` WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`); err != nil {
		return out, fmt.Errorf("configure role %q: %w", p.Role(), err)
	}
	if err := configureAnalyticsRole(ctx, srv.Admin, p); err != nil {
		return out, err
	}
	if p.Database == "" {
		return out, provisionSchema(ctx, srv.Admin, p)
	}
	warnings, err := provisionDatabase(ctx, srv, p)
	out.Warnings = warnings
	return out, err
}

// provisionSchema migrates a program's schema in the administrator's database and grants its
// login role what the ledger needs there.
func provisionSchema(ctx context.Context, admin *pgxpool.Pool, p Program) error {
	if _, err := ledger.Migrate(ctx, admin, p.Schema); err != nil {
		return fmt.Errorf("migrate schema %q: %w", p.Schema, err)
	}
	var db string
	if err := admin.QueryRow(ctx, `SELECT current_database()`).Scan(&db); err != nil {
		return fmt.Errorf("read database name: %w", err)
	}
	if err := lockDatabaseACL(ctx, admin, func(tx pgx.Tx) error {
		roles := []string{p.Role()}
		if p.Analytics.Enabled {
			roles = append(roles, p.AnalyticsRole())
		}
		for _, r := range roles {
			if _, err := tx.Exec(ctx, fmt.Sprintf(`GRANT CONNECT ON DATABASE %s TO %s`, pgx.Identifier{db}.Sanitize(), pgx.Identifier{r}.Sanitize())); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return fmt.Errorf("configure role %q: %w", p.Role(), err)
	}
	return grantLedger(ctx, admin, p)
}

// provisionDatabase makes the program's database if missing, closes it to everyone but the
// program's roles, migrates it as the owner role and grants the login role what the ledger
// needs. It returns the protections it could not put in place.
func provisionDatabase(ctx context.Context, srv Server, p Program) ([]string, error) {
	db, owner, login := pgx.Identifier{p.Database}.Sanitize(), pgx.Identifier{p.OwnerRole()}.Sanitize(), pgx.Identifier{p.Role()}.Sanitize()
	var exists bool
	if err := srv.Admin.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, p.Database).Scan(&exists); err != nil {
		return nil, fmt.Errorf("look up database %q: %w", p.Database, err)
	}
	if !exists {
		// CREATE DATABASE cannot run in a transaction; the claim, made first, keeps any other
		// program from it.
		_, err := srv.Admin.Exec(ctx, `CREATE DATABASE `+db+` OWNER `+owner)
		var pgErr *pgconn.PgError
		if err != nil && !(errors.As(err, &pgErr) && pgErr.Code == "42P04") { // duplicate_database
			return nil, fmt.Errorf("create database %q: %w", p.Database, err)
		}
	}
	if err := lockDatabaseACL(ctx, srv.Admin, func(tx pgx.Tx) error {
		for _, s := range []string{
			// PUBLIC may connect to and make temporary tables in every new database; here
			// only the program's login role may connect, and nobody makes temporary tables.
			`ALTER DATABASE ` + db + ` OWNER TO ` + owner,
			`REVOKE ALL ON DATABASE ` + db + ` FROM PUBLIC`,
			`REVOKE ALL ON DATABASE ` + db + ` FROM ` + login,
			`GRANT CONNECT ON DATABASE ` + db + ` TO ` + login,
		} {
			if _, err := tx.Exec(ctx, s); err != nil {
				return err
			}
		}
		if p.Analytics.Enabled {
			_, err := tx.Exec(ctx, `GRANT CONNECT ON DATABASE `+db+` TO `+pgx.Identifier{p.AnalyticsRole()}.Sanitize())
			return err
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("configure database %q: %w", p.Database, err)
	}

	asAdmin, err := srv.Database(ctx, p.Database, "")
	if err != nil {
		return nil, fmt.Errorf("connect to database %q: %w", p.Database, err)
	}
	warnings, err := closeDatabase(ctx, asAdmin)
	if err != nil {
		return nil, fmt.Errorf("configure database %q: %w", p.Database, err)
	}
	asOwner, err := srv.Database(ctx, p.Database, p.OwnerRole())
	if err != nil {
		return nil, fmt.Errorf("connect to database %q as %q: %w", p.Database, p.OwnerRole(), err)
	}
	if _, err := ledger.Migrate(ctx, asOwner, p.Schema); err != nil {
		return nil, fmt.Errorf("migrate schema %q of database %q: %w", p.Schema, p.Database, err)
	}
	return warnings, grantLedger(ctx, asOwner, p)
}

// largeObjectFunctions are the functions that create large objects, which live outside any
// schema and which no grant on tables covers.
var largeObjectFunctions = []string{
	"lo_create(oid)", "lo_creat(integer)", "lo_import(text)", "lo_import(text, oid)", "lo_from_bytea(oid, bytea)",
}

// closeDatabase takes from PUBLIC, in the program's database, what every role could otherwise
// do there: create objects in schema public and create large objects. The functions belong
// to the bootstrap superuser, so only a superuser can take them away; an administrator that
// cannot is reported, not failed.
func closeDatabase(ctx context.Context, asAdmin *pgxpool.Pool) ([]string, error) {
	if _, err := asAdmin.Exec(ctx, `REVOKE ALL ON SCHEMA public FROM PUBLIC`); err != nil {
		return nil, err
	}
	var warnings []string
	for _, f := range largeObjectFunctions {
		_, err := asAdmin.Exec(ctx, `REVOKE EXECUTE ON FUNCTION pg_catalog.`+f+` FROM PUBLIC`)
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "42501" { // insufficient_privilege
			warnings = append(warnings, "the administrator is not a superuser, so the login role may still create large objects")
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return warnings, nil
}

// configureAnalyticsRole makes the analytics role one that may log in, or, when the program
// no longer asks for it, one that may not: a Secret handed to a BI tool stops working.
func configureAnalyticsRole(ctx context.Context, admin *pgxpool.Pool, p Program) error {
	role := p.AnalyticsRole()
	var exists bool
	if err := admin.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`, role).Scan(&exists); err != nil {
		return fmt.Errorf("look up role %q: %w", role, err)
	}
	if !exists {
		return nil // made by claim when enabled
	}
	login := "NOLOGIN"
	if p.Analytics.Enabled {
		login = "LOGIN"
	}
	if _, err := admin.Exec(ctx, `ALTER ROLE `+pgx.Identifier{role}.Sanitize()+` WITH `+login+` NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`); err != nil {
		return fmt.Errorf("configure role %q: %w", role, err)
	}
	return nil
}

// SetPassword gives the login role password. It is sent as a SCRAM-SHA-256 verifier computed
// here, so the password itself never reaches the server or its logs; the operator calls it
// only when the password is new or its Secret changed.
func SetPassword(ctx context.Context, admin *pgxpool.Pool, p Program, password string) error {
	return setRolePassword(ctx, admin, p.Role(), password)
}

// SetAnalyticsPassword gives the analytics role password, as SetPassword does the login role.
func SetAnalyticsPassword(ctx context.Context, admin *pgxpool.Pool, p Program, password string) error {
	return setRolePassword(ctx, admin, p.AnalyticsRole(), password)
}

func setRolePassword(ctx context.Context, admin *pgxpool.Pool, role, password string) error {
	verifier, err := scramVerifier(password)
	if err != nil {
		return err
	}
	if _, err := admin.Exec(ctx, `ALTER ROLE `+pgx.Identifier{role}.Sanitize()+` PASSWORD `+quoteLiteral(verifier)); err != nil {
		return fmt.Errorf("set the password of role %q: %w", role, err)
	}
	return nil
}

// scramVerifier is what PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5803), as its
// own password_encryption would compute it: 4096 iterations, a 16-byte random salt. The
// passwords Tally makes are ASCII, which SASLprep leaves as they are.
func scramVerifier(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	const iterations = 4096
	salted, err := pbkdf2.Key(sha256.New, password, salt, iterations, sha256.Size)
	if err != nil {
		return "", err
	}
	mac := func(key []byte, msg string) []byte {
		h := hmac.New(sha256.New, key)
		h.Write([]byte(msg))
		return h.Sum(nil)
	}
	stored := sha256.Sum256(mac(salted, "Client Key"))
	server := mac(salted, "Server Key")
	b64 := base64.StdEncoding.EncodeToString
	return fmt.Sprintf("SCRAM-SHA-256$%d:%s$%s:%s", iterations, b64(salt), b64(stored[:]), b64(server)), nil
}

// Deprovision drops what Tally made for the program, with every row in it: its database (or,
// without one, its schema) and its roles. Anything the catalog does not record as the
// program's is left alone. Missing objects are fine.
func Deprovision(ctx context.Context, srv Server, p Program) error {
	if err := ledger.ValidateSchema(p.Schema); err != nil {
		return err
	}
	mine, err := claimed(ctx, srv.Admin, p)
	if err != nil || len(mine) == 0 {
		return err
	}
	if p.Database != "" && mine[claimKey{"database", p.Database}] {
		if _, err := srv.Admin.Exec(ctx, `DROP DATABASE IF EXISTS `+pgx.Identifier{p.Database}.Sanitize()+` WITH (FORCE)`); err != nil {
			return fmt.Errorf("drop database %q: %w", p.Database, err)
		}
	}
	return pgx.BeginFunc(ctx, srv.Admin, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, lockCatalogSQL); err != nil {
			return err
		}
		if p.Database == "" && mine[claimKey{"schema", p.Schema}] {
			if _, err := tx.Exec(ctx, `DROP SCHEMA IF EXISTS `+pgx.Identifier{p.Schema}.Sanitize()+` CASCADE`); err != nil {
				return fmt.Errorf("drop schema %q: %w", p.Schema, err)
			}
		}
		for _, role := range []string{p.Role(), p.AnalyticsRole(), p.OwnerRole()} {
			if role == "" || !mine[claimKey{"role", role}] {
				continue
			}
			var exists bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`, role).Scan(&exists); err != nil {
				return err
			}
			if exists {
				if _, err := tx.Exec(ctx, lockDatabaseACLSQL); err != nil {
					return err
				}
				// DROP OWNED takes away the role's grants in this database (on the database
				// itself too) so that the role can go; its own database is gone already.
				if _, err := tx.Exec(ctx, `DROP OWNED BY `+pgx.Identifier{role}.Sanitize()); err != nil {
					return fmt.Errorf("drop grants of role %q: %w", role, err)
				}
				if _, err := tx.Exec(ctx, `DROP ROLE `+pgx.Identifier{role}.Sanitize()); err != nil {
					return fmt.Errorf("drop role %q: %w", role, err)
				}
			}
		}
		_, err := tx.Exec(ctx, `DELETE FROM tally_operator.claims WHERE program = $1`, p.Owner())
		return err
	})
}

// lockDatabaseACLSQL serialises changes to databases' privileges. A GRANT or REVOKE on a
// database rewrites its row in pg_database, and PostgreSQL fails the second of two sessions
// that do so at once ("tuple concurrently updated") instead of making it wait; the operator
// provisions several programs at a time.
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
// "<cluster>-app" Secret, plus the program's schema. The host and port are the
// administrator URI's; the database is the program's own, or the URI's.
func Credentials(adminURI string, p Program, password string) (map[string][]byte, error) {
	return credentials(adminURI, p, p.Role(), password)
}

// AnalyticsCredentials are the keys of the analytics role's Secret, as Credentials.
func AnalyticsCredentials(adminURI string, p Program, password string) (map[string][]byte, error) {
	return credentials(adminURI, p, p.AnalyticsRole(), password)
}

func credentials(adminURI string, p Program, role, password string) (map[string][]byte, error) {
	u, err := url.Parse(adminURI)
	if err != nil || u.Scheme != "postgres" && u.Scheme != "postgresql" || u.Host == "" {
		return nil, fmt.Errorf("the database URI must look like postgresql://user:password@host:5432/dbname")
	}
	dbname := p.Database
	if dbname == "" {
		dbname = strings.TrimPrefix(u.Path, "/")
	}
	if dbname == "" {
		dbname = "postgres"
	}
	port := u.Port()
	if port == "" {
		port = "5432"
	}
	roleURL := *u
	roleURL.User = url.UserPassword(role, password)
	roleURL.Path = "/" + dbname
	jdbc := url.URL{Scheme: "jdbc:postgresql", Host: u.Host, Path: "/" + dbname,
		RawQuery: url.Values{"user": {role}, "password": {password}}.Encode()}
	if sslmode := u.Query().Get("sslmode"); sslmode != "" {
		q := jdbc.Query()
		q.Set("sslmode", sslmode)
		jdbc.RawQuery = q.Encode()
	}
	return map[string][]byte{
		"username": []byte(role),
		"user":     []byte(role),
		"password": []byte(password),
		"host":     []byte(u.Hostname()),
		"port":     []byte(port),
		"dbname":   []byte(dbname),
		"schema":   []byte(p.Schema),
		"uri":      []byte(roleURL.String()),
		"jdbc-uri": []byte(jdbc.String()),
		"pgpass":   []byte(fmt.Sprintf("%s:%s:%s:%s:%s\n", u.Hostname(), port, dbname, role, password)),
	}, nil
}

// WithDatabase is uri with its database replaced by name: how the operator reaches a
// program's database with the administrator's credentials.
func WithDatabase(uri, name string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", fmt.Errorf("parse database URI: %w", err)
	}
	u.Path = "/" + name
	u.RawPath = ""
	return u.String(), nil
}

func quoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// PendingMigrations returns the ledger migrations the program's schema has yet to apply, and
// whether it has applied any: a schema that has is one a ledger may be writing to, whose
// migrations the operator runs as a Job rather than in a pass. A program whose database does
// not exist yet has applied none.
func PendingMigrations(ctx context.Context, srv Server, p Program) (pending []int, started bool, err error) {
	pool := srv.Admin
	if p.Database != "" {
		var exists bool
		if err := srv.Admin.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, p.Database).Scan(&exists); err != nil {
			return nil, false, fmt.Errorf("look up database %q: %w", p.Database, err)
		}
		if !exists {
			ms, err := ledger.Migrations()
			for _, m := range ms {
				pending = append(pending, m.Version)
			}
			return pending, false, err
		}
		if pool, err = srv.Database(ctx, p.Database, p.OwnerRole()); err != nil {
			return nil, false, fmt.Errorf("connect to database %q as %q: %w", p.Database, p.OwnerRole(), err)
		}
	}
	return ledger.Pending(ctx, pool, p.Schema)
}
