package dbconfig_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/testenv"
)

var pg *testenv.Postgres

func TestMain(m *testing.M) {
	var err error
	pg, err = testenv.StartPostgres()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = pg.Stop()
	os.Exit(code)
}

func adminPool(t *testing.T) (*pgxpool.Pool, string) {
	t.Helper()
	dsn := pg.NewDatabase(t)
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool, dsn
}

// connectAs connects with the credentials Provision's Secret would hold.
func connectAs(t *testing.T, adminDSN string, p dbconfig.Program, password string) *pgx.Conn {
	t.Helper()
	creds, err := dbconfig.Credentials(adminDSN, p, password)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(context.Background(), string(creds["uri"]))
	if err != nil {
		t.Fatalf("connect as %s: %v", p.Role(), err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// Roles live in the whole server, so each test names its programs after itself.
func program(t *testing.T, name string) dbconfig.Program {
	return dbconfig.Program{Namespace: "ns", Name: name, Schema: strings.ToLower("t_" + strings.ReplaceAll(t.Name(), "/", "_") + "_" + name)}
}

func TestTwoProgramsCannotReadEachOther(t *testing.T) {
	ctx := context.Background()
	admin, dsn := adminPool(t)
	coffee, fashion := program(t, "coffee"), program(t, "fashion")
	for _, p := range []dbconfig.Program{coffee, fashion} {
		if err := dbconfig.Provision(ctx, admin, p, "pw-"+p.Name); err != nil {
			t.Fatalf("provision %s: %v", p.Name, err)
		}
	}
	conn := connectAs(t, dsn, coffee, "pw-coffee")
	// Its own tables: read and write.
	if _, err := conn.Exec(ctx, fmt.Sprintf(`INSERT INTO %s.members (id) VALUES ('m1')`, coffee.Schema)); err != nil {
		t.Errorf("write own members: %v", err)
	}
	var n int
	if err := conn.QueryRow(ctx, fmt.Sprintf(`SELECT count(*) FROM %s.members`, coffee.Schema)).Scan(&n); err != nil || n != 1 {
		t.Errorf("read own members: %d, %v", n, err)
	}
	// The other program's tables: refused.
	_, err := conn.Exec(ctx, fmt.Sprintf(`SELECT count(*) FROM %s.members`, fashion.Schema))
	if err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("coffee reading fashion's members: %v; want permission denied", err)
	}
	// No DDL in its own schema either: only the operator migrates.
	_, err = conn.Exec(ctx, fmt.Sprintf(`CREATE TABLE %s.extra (id int)`, coffee.Schema))
	if err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("coffee creating a table: %v; want permission denied", err)
	}
	if _, err := conn.Exec(ctx, fmt.Sprintf(`DROP TABLE %s.members`, coffee.Schema)); err == nil {
		t.Error("coffee dropped its members table")
	}
}

func TestProvisionIsIdempotentAndReassertsThePassword(t *testing.T) {
	ctx := context.Background()
	admin, dsn := adminPool(t)
	p := program(t, "p")
	for range 2 {
		if err := dbconfig.Provision(ctx, admin, p, "first"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := admin.Exec(ctx, fmt.Sprintf(`ALTER ROLE %s PASSWORD 'changed-by-hand'`, p.Role())); err != nil {
		t.Fatal(err)
	}
	if err := dbconfig.Provision(ctx, admin, p, "first"); err != nil {
		t.Fatal(err)
	}
	connectAs(t, dsn, p, "first")
}

func TestSchemasAndRolesOfOthersAreNeverTaken(t *testing.T) {
	ctx := context.Background()
	admin, _ := adminPool(t)
	mine := program(t, "mine")
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+mine.Schema); err != nil {
		t.Fatal(err)
	}
	if err := dbconfig.Provision(ctx, admin, mine, "pw"); !errors.Is(err, dbconfig.ErrClaimed) {
		t.Errorf("provision into a schema made by hand: %v; want ErrClaimed", err)
	}
	// Another program declaring the same schema.
	other := program(t, "other")
	if err := dbconfig.Provision(ctx, admin, other, "pw"); err != nil {
		t.Fatal(err)
	}
	thief := dbconfig.Program{Namespace: "elsewhere", Name: "thief", Schema: other.Schema}
	if err := dbconfig.Provision(ctx, admin, thief, "pw"); !errors.Is(err, dbconfig.ErrClaimed) {
		t.Errorf("a second program on the same schema: %v; want ErrClaimed", err)
	}
	// Deprovisioning the thief drops nothing of the owner's.
	if err := dbconfig.Deprovision(ctx, admin, thief); err != nil {
		t.Fatal(err)
	}
	if !exists(t, admin, `SELECT 1 FROM pg_namespace WHERE nspname = $1`, other.Schema) || !exists(t, admin, `SELECT 1 FROM pg_roles WHERE rolname = $1`, other.Role()) {
		t.Error("deprovisioning another program dropped the owner's schema or role")
	}
	// The owner's deprovision drops both, and the hand-made schema stays.
	if err := dbconfig.Deprovision(ctx, admin, other); err != nil {
		t.Fatal(err)
	}
	if exists(t, admin, `SELECT 1 FROM pg_namespace WHERE nspname = $1`, other.Schema) || exists(t, admin, `SELECT 1 FROM pg_roles WHERE rolname = $1`, other.Role()) {
		t.Error("schema or role still there after deprovisioning")
	}
	if err := dbconfig.Deprovision(ctx, admin, mine); err != nil {
		t.Fatal(err)
	}
	if !exists(t, admin, `SELECT 1 FROM pg_namespace WHERE nspname = $1`, mine.Schema) {
		t.Error("a schema made by hand was dropped")
	}
}

func exists(t *testing.T, pool *pgxpool.Pool, sql string, arg string) bool {
	t.Helper()
	var one int
	err := pool.QueryRow(context.Background(), sql, arg).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return false
	}
	if err != nil {
		t.Fatal(err)
	}
	return true
}

func TestSchemaFor(t *testing.T) {
	for _, c := range []struct{ ns, name, declared, want string }{
		{"brew-coffee", "rewards", "", "tally_brew_coffee_rewards"},
		{"ns", "p", "custom", "custom"},
		{strings.Repeat("n", 60), "program", "", ""},
	} {
		got := dbconfig.SchemaFor(c.ns, c.name, c.declared)
		if c.want != "" && got != c.want || len(got) > 63 {
			t.Errorf("SchemaFor(%q, %q, %q) = %q; want %q (at most 63 bytes)", c.ns, c.name, c.declared, got, c.want)
		}
	}
	if a, b := dbconfig.SchemaFor(strings.Repeat("n", 60), "a", ""), dbconfig.SchemaFor(strings.Repeat("n", 60), "b", ""); a == b {
		t.Errorf("two long names share schema %q", a)
	}
}

func TestCredentials(t *testing.T) {
	p := dbconfig.Program{Namespace: "ns", Name: "p", Schema: "tally_ns_p"}
	c, err := dbconfig.Credentials("postgresql://admin:secret@db.example:6543/loyalty?sslmode=require", p, "pw/+")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"username": "tally_ns_p", "password": "pw/+", "host": "db.example", "port": "6543", "dbname": "loyalty",
		"schema": "tally_ns_p", "uri": "postgresql://tally_ns_p:pw%2F+@db.example:6543/loyalty?sslmode=require"}
	for k, v := range want {
		if string(c[k]) != v {
			t.Errorf("%s = %q; want %q", k, c[k], v)
		}
	}
	if _, err := dbconfig.Credentials("not a uri", p, "pw"); err == nil {
		t.Error("a malformed admin URI was accepted")
	}
}

// Programs of one database are provisioned at once by the operator's workers; their grants on
// the database must not fail each other, and neither must a program dropped meanwhile.
func TestConcurrentProvisioning(t *testing.T) {
	ctx := context.Background()
	admin, _ := adminPool(t)
	gone := program(t, "gone")
	if err := dbconfig.Provision(ctx, admin, gone, "pw"); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 17)
	go func() { errs <- dbconfig.Deprovision(ctx, admin, gone) }()
	for i := 0; i < 16; i++ {
		p := program(t, fmt.Sprintf("p%d", i))
		go func() { errs <- dbconfig.Provision(ctx, admin, p, "pw") }()
	}
	for i := 0; i < 17; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
