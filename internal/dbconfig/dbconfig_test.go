package dbconfig_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/simulate"
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

// server is an administrator's access to the test server, with a fresh database of its own
// as the administrator's database (where the catalog and schema-only programs live).
type server struct {
	dbconfig.Server
	dsn string
}

func newServer(t *testing.T) server {
	t.Helper()
	dsn := pg.NewDatabase(t)
	admin := pool(t, dsn, "")
	var mu sync.Mutex
	pools := map[string]*pgxpool.Pool{}
	return server{Server: dbconfig.Server{Admin: admin, Database: func(ctx context.Context, name, role string) (*pgxpool.Pool, error) {
		mu.Lock()
		defer mu.Unlock()
		if p, ok := pools[name+"/"+role]; ok {
			return p, nil
		}
		uri, err := dbconfig.WithDatabase(dsn, name)
		if err != nil {
			return nil, err
		}
		p := pool(t, uri, role)
		pools[name+"/"+role] = p
		return p, nil
	}}, dsn: dsn}
}

func pool(t *testing.T, uri, role string) *pgxpool.Pool {
	t.Helper()
	cfg, err := pgxpool.ParseConfig(uri)
	if err != nil {
		t.Fatal(err)
	}
	if role != "" {
		cfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
			_, err := c.Exec(ctx, `SET ROLE `+pgx.Identifier{role}.Sanitize())
			return err
		}
	}
	p, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

// Databases and roles live in the whole server, so each test names its programs after itself.
func program(t *testing.T, name string, ownDatabase bool) dbconfig.Program {
	ns := strings.ToLower(strings.NewReplacer("/", "-", "_", "-").Replace(t.Name()))
	p := dbconfig.Program{Namespace: ns, Name: name, Schema: dbconfig.SchemaFor(ns, name, "")}
	if ownDatabase {
		p.Database = dbconfig.DatabaseFor(ns, name)
	}
	return p
}

// provision provisions p and gives its login role password, as the operator does.
func provision(t *testing.T, srv server, p dbconfig.Program, password string) {
	t.Helper()
	ctx := context.Background()
	if _, err := dbconfig.Provision(ctx, srv.Server, p); err != nil {
		t.Fatalf("provision %s: %v", p.Name, err)
	}
	if err := dbconfig.SetPassword(ctx, srv.Admin, p, password); err != nil {
		t.Fatal(err)
	}
}

// connectAs connects with the credentials the program's Secret would hold.
func connectAs(t *testing.T, srv server, p dbconfig.Program, password string) *pgx.Conn {
	t.Helper()
	creds, err := dbconfig.Credentials(srv.dsn, p, password)
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

// ledgerAs is the program's ledger, connected as its login role, as the ledger pods are.
func ledgerAs(t *testing.T, srv server, p dbconfig.Program, password string) *ledger.Ledger {
	t.Helper()
	creds, err := dbconfig.Credentials(srv.dsn, p, password)
	if err != nil {
		t.Fatal(err)
	}
	l, err := ledger.New(pool(t, string(creds["uri"]), ""), p.Schema, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func denied(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("%s: %v; want permission denied", what, err)
	}
}

func earn(key, member string, points int64) ledger.Credit {
	return ledger.Credit{Key: key, Member: member, EventID: key, OccurredAt: time.Now(), Awards: []ledger.Award{{Rule: "r", Points: points}}}
}

func mustPost(t *testing.T, l *ledger.Ledger, ops ...ledger.Op) []ledger.Result {
	t.Helper()
	res, err := l.Post(context.Background(), ops)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r.Err != nil {
			t.Fatalf("op %d (%T): %v", i, ops[i], r.Err)
		}
	}
	return res
}

// provisionedAsOwner provisions a program with a database of its own (its login role's
// password is "pw") and returns a pool acting as its owner role, as the operator does.
func provisionedAsOwner(t *testing.T) (server, dbconfig.Program, *pgxpool.Pool) {
	t.Helper()
	srv := newServer(t)
	p := program(t, "p", true)
	provision(t, srv, p, "pw")
	owner, err := srv.Database(context.Background(), p.Database, p.OwnerRole())
	if err != nil {
		t.Fatal(err)
	}
	return srv, p, owner
}

// Two brands on one server: each login role reaches its own database and nothing of the
// other's, and cannot change its own journal.
func TestBrandsOnOneServerCannotCrossTheBoundary(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	coffee, fashion := program(t, "coffee", true), program(t, "fashion", true)
	provision(t, srv, coffee, "pw-coffee")
	provision(t, srv, fashion, "pw-fashion")
	l := ledgerAs(t, srv, coffee, "pw-coffee")
	mustPost(t, l, earn("order-1", "alice", 100))
	conn := connectAs(t, srv, coffee, "pw-coffee")

	t.Run("connect to the other brand's database", func(t *testing.T) {
		creds, _ := dbconfig.Credentials(srv.dsn, fashion, "pw-coffee")
		uri, _ := dbconfig.WithDatabase(strings.Replace(string(creds["uri"]), fashion.Role(), coffee.Role(), 1), fashion.Database)
		c, err := pgx.Connect(ctx, uri)
		if err == nil {
			c.Close(ctx)
		}
		denied(t, "coffee connecting to fashion's database", err)
	})

	t.Run("notify the other brand's rule set channel", func(t *testing.T) {
		listener := connectAs(t, srv, fashion, "pw-fashion")
		channel := ledger.RulesetChannel(fashion.Schema)
		if _, err := listener.Exec(ctx, `LISTEN `+pgx.Identifier{channel}.Sanitize()); err != nil {
			t.Fatal(err)
		}
		if _, err := conn.Exec(ctx, `SELECT pg_notify($1, 'forged')`, channel); err != nil {
			t.Logf("pg_notify: %v", err)
		}
		if _, err := conn.Exec(ctx, `NOTIFY `+pgx.Identifier{channel}.Sanitize()+`, 'forged'`); err != nil {
			t.Logf("NOTIFY: %v", err)
		}
		wctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		if n, err := listener.WaitForNotification(wctx); err == nil {
			t.Errorf("fashion's ledger heard %q on %s from coffee's role", n.Payload, n.Channel)
		}
	})

	t.Run("change its own journal", func(t *testing.T) {
		for _, s := range []string{
			`DELETE FROM %s.postings`, `UPDATE %s.postings SET points = points * 10`,
			`DELETE FROM %s.idempotency`, `UPDATE %s.notices SET kind = 'x'`, `DELETE FROM %s.lots`,
			`TRUNCATE %s.postings`, `DELETE FROM %s.members`, `INSERT INTO %s.rulesets (version, body, active) VALUES ('v', '{}', true)`,
		} {
			_, err := conn.Exec(ctx, fmt.Sprintf(s, coffee.Schema))
			denied(t, s, err)
		}
	})

	t.Run("create a large object", func(t *testing.T) {
		_, err := conn.Exec(ctx, `SELECT lo_create(0)`)
		denied(t, "lo_create", err)
		_, err = conn.Exec(ctx, `SELECT lo_from_bytea(0, 'x')`)
		denied(t, "lo_from_bytea", err)
		tx, err := conn.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = tx.Rollback(ctx) }()
		los := tx.LargeObjects()
		_, err = los.Create(ctx, 0)
		denied(t, "the large object protocol", err)
	})

	t.Run("read the other brand's comments", func(t *testing.T) {
		var comments []string
		rows, err := conn.Query(ctx, `SELECT coalesce(shobj_description(oid, 'pg_authid'), '') FROM pg_roles WHERE rolname LIKE 'tally_%'
			UNION ALL SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname LIKE 'tally_%'`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				t.Fatal(err)
			}
			if c != "" {
				comments = append(comments, c)
			}
		}
		if len(comments) > 0 || rows.Err() != nil {
			t.Errorf("coffee's role reads comments on roles and databases: %q (%v)", comments, rows.Err())
		}
		// The operator's catalog, which names every program, is closed to it as well.
		admin := pool(t, srv.dsn, "")
		var adminDB string
		if err := admin.QueryRow(ctx, `SELECT current_database()`).Scan(&adminDB); err != nil {
			t.Fatal(err)
		}
		creds, _ := dbconfig.Credentials(srv.dsn, coffee, "pw-coffee")
		uri, _ := dbconfig.WithDatabase(string(creds["uri"]), adminDB)
		c, err := pgx.Connect(ctx, uri)
		if err != nil {
			return // cannot even connect: fine
		}
		defer c.Close(ctx)
		_, err = c.Exec(ctx, `SELECT * FROM tally_operator.claims`)
		denied(t, "coffee reading the operator's catalog", err)
	})

	t.Run("make tables", func(t *testing.T) {
		for _, s := range []string{`CREATE TABLE ` + coffee.Schema + `.extra (id int)`, `CREATE TABLE public.extra (id int)`,
			`CREATE TEMP TABLE extra (id int)`, `DROP TABLE ` + coffee.Schema + `.members`, `CREATE SCHEMA extra`} {
			_, err := conn.Exec(ctx, s)
			if err == nil || !strings.Contains(err.Error(), "permission denied") && !strings.Contains(err.Error(), "must be owner") {
				t.Errorf("%s: %v; want it refused", s, err)
			}
		}
	})
}

// The ledger and its jobs work with no more than the login role's grants: every kind of
// posting, expiry, notices, tier review and verification.
func TestTheLedgerRunsAsTheLoginRole(t *testing.T) {
	ctx := context.Background()
	srv, p, owner := provisionedAsOwner(t)
	asOwner, err := ledger.New(owner, p.Schema, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := asOwner.Publish(ctx, testenv.SampleRuleset(t, "coffee")); err != nil {
		t.Fatalf("the operator publishing a rule set as the owner role: %v", err)
	}
	stock := int64(5)
	if err := asOwner.SetStock(ctx, "mug", &stock); err != nil {
		t.Fatal(err)
	}
	l := ledgerAs(t, srv, p, "pw")
	past := time.Now().Add(-time.Hour)
	expiring := ledger.Credit{Key: "old", Member: "bob", EventID: "old", OccurredAt: past.Add(-time.Hour), Awards: []ledger.Award{{Rule: "r", Points: 7, ExpiresAt: &past}}}
	order := earn("order-1", "alice", 500)
	soon := time.Now().Add(24 * time.Hour)
	order.Awards[0].ExpiresAt = &soon
	mustPost(t, l, order, expiring)
	mustPost(t, l,
		ledger.Redeem{Key: "redeem-1", RedemptionID: "r-1", Member: "alice", SKU: "mug", Quantity: 1, Points: 100},
		ledger.Hold{Key: "hold-1", HoldID: "h-1", Member: "alice", Points: 50},
		ledger.Hold{Key: "hold-2", HoldID: "h-2", Member: "alice", Points: 10},
	)
	mustPost(t, l,
		ledger.Capture{Key: "capture-1", HoldID: "h-1"},
		ledger.Release{Key: "release-2", HoldID: "h-2"},
		ledger.CancelRedemption{Key: "cancel-1", RedemptionID: "r-1"},
		ledger.Debit{Key: "penalty-1", Member: "alice", Kind: ledger.DebitPenalty, Points: 5},
		ledger.Reverse{Key: "refund-1", EventID: "order-1", Points: 20},
	)
	mustPost(t, l, order) // a retry replays
	if _, err := l.Expire(ctx, time.Now(), 100, 1); err != nil {
		t.Errorf("expire: %v", err)
	}
	if _, err := l.NoticeExpiring(ctx, time.Now(), 365*24*time.Hour, "0.01", "CNY", 100); err != nil {
		t.Errorf("notice expiring points: %v", err)
	}
	if _, _, err := l.ExpireHolds(ctx, 100); err != nil {
		t.Errorf("expire holds: %v", err)
	}
	notices, _, err := l.Notices(ctx, 0, 10)
	if err != nil || len(notices) == 0 {
		t.Errorf("read notices: %d, %v; want the notice of alice's expiring points", len(notices), err)
	} else if _, err := l.AckNotices(ctx, notices[len(notices)-1].Cursor); err != nil {
		t.Errorf("ack notices: %v", err)
	}
	if _, err := l.Liability(ctx, "0.01"); err != nil {
		t.Errorf("liability: %v", err)
	}
	if _, err := l.Statement(ctx, "alice", 0, 10); err != nil {
		t.Errorf("statement: %v", err)
	}
	if problems, err := l.Verify(ctx); err != nil || len(problems) > 0 {
		t.Errorf("verify as the login role: %v %v", problems, err)
	}
	b, err := l.Balance(ctx, "alice", 0)
	if err != nil || b.Available != 500-50-5-20 {
		t.Errorf("alice's balance: %+v, %v; want 425", b, err)
	}

	// Erasure renames a member in the append-only journal through erase_member, which the
	// role may run only for a member whose points are forfeited, to a fresh pseudonym.
	mustPost(t, l, earn("carol-1", "carol", 5))
	conn := connectAs(t, srv, p, "pw")
	_, err = conn.Exec(ctx, `SELECT `+p.Schema+`.erase_member('carol', '~erased-aaaaaaaaaaaaaaaaaaaaaaaaaa', '{}', '{}')`)
	if err == nil || !strings.Contains(err.Error(), "still has points") {
		t.Errorf("erase_member of a member with points, called directly: %v; want a refusal", err)
	}
	if _, err := l.Erase(ctx, "alice", "privacy-desk", "erasure request"); err != nil {
		t.Errorf("erase as the login role: %v", err)
	}
	if problems, err := l.Verify(ctx); err != nil || len(problems) > 0 {
		t.Errorf("verify after the erasure: %v %v", problems, err)
	}
}

// The login role keeps the journal's partitions ahead through roll_journal, which runs as the
// owner, and can neither make, detach, drop nor read a partition itself; the archive is the
// owner's, and the ledger verifies and erases across it with the login role's grants.
func TestTheLoginRoleRollsTheJournalOnly(t *testing.T) {
	ctx := context.Background()
	srv, p, owner := provisionedAsOwner(t)
	l := ledgerAs(t, srv, p, "pw")
	mustPost(t, l, earn("before-1", "alice", 30), earn("before-2", "bob", 7))

	ahead := time.Now().UTC().AddDate(0, 3, 0)
	if err := l.RollJournal(ctx, ahead); err != nil {
		t.Fatalf("roll the journal as the login role: %v", err)
	}
	month := fmt.Sprintf("%04d_%02d", ahead.Year(), ahead.Month())
	res := mustPost(t, l, earn("after-1", "alice", 5))
	if base := ledger.JournalMonthBase(ahead); res[0].PostingID < base {
		t.Errorf("a posting after rolling to %s has id %d; want at least %d", month, res[0].PostingID, base)
	}
	conn := connectAs(t, srv, p, "pw")
	part := p.Schema + ".postings_" + month
	for _, s := range []string{
		`CREATE TABLE ` + p.Schema + `.postings_2999_01 PARTITION OF ` + p.Schema + `.postings FOR VALUES FROM (1) TO (2)`,
		`CREATE TABLE ` + p.Schema + `.postings_2999_01 (LIKE ` + p.Schema + `.postings)`,
		`ALTER TABLE ` + p.Schema + `.postings DETACH PARTITION ` + part,
		`DROP TABLE ` + part,
		`SELECT count(*) FROM ` + part,
		`INSERT INTO ` + p.Schema + `.postings_legacy (id, kind, member_id, points, created_at) VALUES (1, 'credit', 'x', 0, now())`,
		`SELECT setval('` + p.Schema + `.postings_id_seq', 1)`,
		`INSERT INTO ` + p.Schema + `.journal_checkpoint_sums VALUES ('member', 'alice', '', 1)`,
	} {
		_, err := conn.Exec(ctx, s)
		if err == nil || !strings.Contains(err.Error(), "permission denied") && !strings.Contains(err.Error(), "must be owner") {
			t.Errorf("%s: %v; want it refused", s, err)
		}
	}

	// The owner archives the months before the one rolled to; the login role verifies the
	// books with the checkpoint, and erases a member with postings in the archived months.
	if _, err := l.Archive(ctx, ahead); err == nil {
		t.Error("the login role archived the journal")
	}
	later := ahead.AddDate(0, 2, 0)
	asOwner, err := ledger.New(owner, p.Schema, ledger.Options{Now: func() time.Time { return later }})
	if err != nil {
		t.Fatal(err)
	}
	archived, err := asOwner.Archive(ctx, ahead)
	if err != nil || len(archived) == 0 {
		t.Fatalf("archive as the owner: %v, %v", archived, err)
	}
	if problems, err := l.Verify(ctx); err != nil || len(problems) > 0 {
		t.Errorf("verify as the login role after the archive: %v %v", problems, err)
	}
	if _, err := l.Erase(ctx, "alice", "privacy-desk", "erasure request"); err != nil {
		t.Errorf("erase a member with archived postings as the login role: %v", err)
	}
	if problems, err := l.Verify(ctx); err != nil || len(problems) > 0 {
		t.Errorf("verify as the login role after the erasure: %v %v", problems, err)
	}
}

// A migration that adds a table decides what the login role may do with it.
func TestEveryTableHasItsPrivileges(t *testing.T) {
	ctx := context.Background()
	_, p, owner := provisionedAsOwner(t)
	// The journal's partitions are reached through their partitioned table only.
	rows, err := owner.Query(ctx, `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = $1 AND c.relkind IN ('r', 'v', 'p', 'm') AND NOT c.relispartition`, p.Schema)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		seen[name] = true
		if slices.Contains(dbconfig.AnalyticsViews, name) || slices.Contains(dbconfig.AnalyticsPersonalViews, name) {
			continue
		}
		if _, ok := dbconfig.LedgerPrivileges[name]; !ok {
			t.Errorf("table %s has no entry in dbconfig.LedgerPrivileges", name)
		}
	}
	for name := range dbconfig.LedgerPrivileges {
		if !seen[name] {
			t.Errorf("dbconfig.LedgerPrivileges names %s, which the migrations do not make", name)
		}
	}
}

// Provision never sends a password: a password changed by hand stays until SetPassword.
func TestProvisionLeavesThePasswordAlone(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	p := program(t, "p", true)
	res, err := dbconfig.Provision(ctx, srv.Server, p)
	if err != nil || !res.RoleCreated {
		t.Fatalf("first provision: %+v, %v; want the role created", res, err)
	}
	if err := dbconfig.SetPassword(ctx, srv.Admin, p, "first"); err != nil {
		t.Fatal(err)
	}
	if _, err := srv.Admin.Exec(ctx, `ALTER ROLE `+p.Role()+` PASSWORD 'changed-by-hand'`); err != nil {
		t.Fatal(err)
	}
	if res, err := dbconfig.Provision(ctx, srv.Server, p); err != nil || res.RoleCreated {
		t.Fatalf("second provision: %+v, %v", res, err)
	}
	connectAs(t, srv, p, "changed-by-hand")
	if err := dbconfig.SetPassword(ctx, srv.Admin, p, "second"); err != nil {
		t.Fatal(err)
	}
	connectAs(t, srv, p, "second")
	var stored string
	if err := srv.Admin.QueryRow(ctx, `SELECT rolpassword FROM pg_authid WHERE rolname = $1`, p.Role()).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(stored, "SCRAM-SHA-256$4096:") {
		t.Errorf("stored password %q; want a SCRAM-SHA-256 verifier", stored)
	}
}

func TestObjectsOfOthersAreNeverTaken(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	for _, tc := range []struct {
		name string
		make func(p dbconfig.Program) string
	}{
		{"database made by hand", func(p dbconfig.Program) string { return `CREATE DATABASE ` + p.Database }},
		{"login role made by hand", func(p dbconfig.Program) string { return `CREATE ROLE ` + p.Role() }},
		{"owner role made by hand", func(p dbconfig.Program) string { return `CREATE ROLE ` + p.OwnerRole() }},
		{"role with another program's comment", func(p dbconfig.Program) string {
			return `CREATE ROLE ` + p.Role() + `; COMMENT ON ROLE ` + p.Role() + ` IS 'tally:elsewhere/other'`
		}},
	} {
		p := program(t, strings.ReplaceAll(tc.name, " ", "-")[:12], true)
		if _, err := srv.Admin.Exec(ctx, tc.make(p)); err != nil {
			t.Fatal(err)
		}
		if _, err := dbconfig.Provision(ctx, srv.Server, p); !errors.Is(err, dbconfig.ErrClaimed) {
			t.Errorf("%s: provision gave %v; want ErrClaimed", tc.name, err)
		}
		if err := dbconfig.Deprovision(ctx, srv.Server, p); err != nil {
			t.Fatal(err)
		}
	}
	if !exists(t, srv.Admin, `SELECT 1 FROM pg_database WHERE datname = $1`, program(t, "database-mad", true).Database) {
		t.Error("a database made by hand was dropped")
	}

	// Two programs on one schema of a shared database: the second is refused, and dropping it
	// drops nothing of the first's.
	owner := program(t, "owner", false)
	provision(t, srv, owner, "pw")
	thief := dbconfig.Program{Namespace: "elsewhere", Name: "thief", Schema: owner.Schema}
	if _, err := dbconfig.Provision(ctx, srv.Server, thief); !errors.Is(err, dbconfig.ErrClaimed) {
		t.Errorf("a second program on the same schema: %v; want ErrClaimed", err)
	}
	if err := dbconfig.Deprovision(ctx, srv.Server, thief); err != nil {
		t.Fatal(err)
	}
	if !exists(t, srv.Admin, `SELECT 1 FROM pg_namespace WHERE nspname = $1`, owner.Schema) || !exists(t, srv.Admin, `SELECT 1 FROM pg_roles WHERE rolname = $1`, owner.Role()) {
		t.Error("deprovisioning another program dropped the owner's schema or role")
	}
	if err := dbconfig.Deprovision(ctx, srv.Server, owner); err != nil {
		t.Fatal(err)
	}
	if exists(t, srv.Admin, `SELECT 1 FROM pg_namespace WHERE nspname = $1`, owner.Schema) || exists(t, srv.Admin, `SELECT 1 FROM pg_roles WHERE rolname = $1`, owner.Role()) {
		t.Error("schema or role still there after deprovisioning")
	}
}

// Deprovisioning a program with a database of its own drops the database and both roles.
func TestDeprovisionDropsTheDatabaseAndRoles(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	p := program(t, "p", true)
	provision(t, srv, p, "pw")
	connectAs(t, srv, p, "pw") // an open session does not stop the drop
	if err := dbconfig.Deprovision(ctx, srv.Server, p); err != nil {
		t.Fatal(err)
	}
	for sql, arg := range map[string]string{
		`SELECT 1 FROM pg_database WHERE datname = $1`: p.Database,
		`SELECT 1 FROM pg_roles WHERE rolname = $1`:    p.Role(),
		`SELECT 1 FROM pg_authid WHERE rolname = $1`:   p.OwnerRole(),
	} {
		if exists(t, srv.Admin, sql, arg) {
			t.Errorf("%s still there after deprovisioning", arg)
		}
	}
}

// A program made by the previous version (schema and role in the administrator's database,
// marked by comments, with UPDATE and DELETE on every table) keeps its data; its role loses
// what it should never have had and the comments go.
func TestUpgradeFromSchemaInASharedDatabase(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	p := program(t, "legacy", false)
	s, r := p.Schema, p.Role()
	for _, stmt := range []string{
		`CREATE SCHEMA ` + s, `COMMENT ON SCHEMA ` + s + ` IS '` + p.Owner() + `'`,
		`CREATE ROLE ` + r + ` LOGIN PASSWORD 'old'`, `COMMENT ON ROLE ` + r + ` IS '` + p.Owner() + `'`,
	} {
		if _, err := srv.Admin.Exec(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ledger.Migrate(ctx, srv.Admin, s); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`GRANT USAGE ON SCHEMA ` + s + ` TO ` + r,
		`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ` + s + ` TO ` + r,
		`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ` + s + ` TO ` + r,
	} {
		if _, err := srv.Admin.Exec(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	old := ledgerAs(t, srv, p, "old")
	mustPost(t, old, earn("before", "alice", 42))
	conn := connectAs(t, srv, p, "old")
	if _, err := conn.Exec(ctx, `DELETE FROM `+s+`.idempotency WHERE false`); err != nil {
		t.Fatalf("the old grants should allow DELETE: %v", err)
	}

	res, err := dbconfig.Provision(ctx, srv.Server, p)
	if err != nil || res.RoleCreated {
		t.Fatalf("provision after the upgrade: %+v, %v", res, err)
	}
	_, err = conn.Exec(ctx, `DELETE FROM `+s+`.postings`)
	denied(t, "DELETE from postings after the upgrade", err)
	b, err := old.Balance(ctx, "alice", 0)
	if err != nil || b.Available != 42 {
		t.Errorf("alice after the upgrade: %+v, %v; want 42 (the password, untouched, still works)", b, err)
	}
	mustPost(t, old, earn("after", "alice", 8))
	var comments int
	if err := srv.Admin.QueryRow(ctx, `SELECT count(*) FROM pg_description WHERE description LIKE 'tally:%'
		UNION ALL SELECT count(*) FROM pg_shdescription WHERE description LIKE 'tally:%'`).Scan(&comments); err != nil {
		t.Fatal(err)
	}
	if comments != 0 {
		t.Errorf("%d comments naming programs remain", comments)
	}
	// The catalog keeps the ownership the comments held: Delete still drops them.
	if err := dbconfig.Deprovision(ctx, srv.Server, p); err != nil {
		t.Fatal(err)
	}
	if exists(t, srv.Admin, `SELECT 1 FROM pg_namespace WHERE nspname = $1`, s) {
		t.Error("the adopted schema was not dropped")
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

func TestNames(t *testing.T) {
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
	if a, b := dbconfig.DatabaseFor(strings.Repeat("n", 60), "a"), dbconfig.DatabaseFor(strings.Repeat("n", 60), "b"); a == b || len(a) > 63 {
		t.Errorf("two long names share database %q (or it is longer than 63 bytes)", a)
	}
	// A tenant cannot take another's database name by moving a '-' between namespace and name.
	if a, b := dbconfig.DatabaseFor("brew-coffee", "rewards"), dbconfig.DatabaseFor("brew", "coffee-rewards"); a == b || !strings.HasPrefix(a, "tally_brew_coffee_rewards_") {
		t.Errorf("brew-coffee/rewards has database %q, brew/coffee-rewards %q", a, b)
	}
	long := dbconfig.Program{Namespace: strings.Repeat("n", 60), Name: "a", Database: dbconfig.DatabaseFor(strings.Repeat("n", 60), "a")}
	if len(long.OwnerRole()) > 63 || long.OwnerRole() == long.Role() {
		t.Errorf("owner role %q of login role %q", long.OwnerRole(), long.Role())
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
	p.Database = "tally_ns_p"
	c, _ = dbconfig.Credentials("postgresql://admin:secret@db.example:6543/postgres?sslmode=require", p, "pw")
	if string(c["dbname"]) != "tally_ns_p" || string(c["uri"]) != "postgresql://tally_ns_p:pw@db.example:6543/tally_ns_p?sslmode=require" {
		t.Errorf("credentials of a program with its own database: %s", c["uri"])
	}
	if _, err := dbconfig.Credentials("not a uri", p, "pw"); err == nil {
		t.Error("a malformed admin URI was accepted")
	}
}

// The operator provisions several programs at once; neither their databases nor their grants
// may fail each other, and neither may a program dropped meanwhile.
func TestConcurrentProvisioning(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	gone := program(t, "gone", true)
	provision(t, srv, gone, "pw")
	errs := make(chan error, 9)
	go func() { errs <- dbconfig.Deprovision(ctx, srv.Server, gone) }()
	for i := 0; i < 8; i++ {
		p := program(t, fmt.Sprintf("p%d", i), i%2 == 0)
		go func() { _, err := dbconfig.Provision(ctx, srv.Server, p); errs <- err }()
	}
	for i := 0; i < 9; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// The analytics role of a program reads its analytics views and nothing else: no table of its
// own program, no profile without personal data, no other program's database; and a program
// that stops asking for analytics takes its login away.
func TestAnalyticsRoleReadsTheViewsOnly(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	p := program(t, "p", true)
	p.Analytics = dbconfig.Analytics{Enabled: true}
	other := program(t, "other", true)
	other.Analytics = dbconfig.Analytics{Enabled: true}
	for _, prog := range []dbconfig.Program{p, other} {
		provision(t, srv, prog, "pw")
		if err := dbconfig.SetAnalyticsPassword(ctx, srv.Admin, prog, "bi-pw"); err != nil {
			t.Fatal(err)
		}
	}
	l := ledgerAs(t, srv, p, "pw")
	owner, err := srv.Database(ctx, p.Database, p.OwnerRole())
	if err != nil {
		t.Fatal(err)
	}
	asOwner, err := ledger.New(owner, p.Schema, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := asOwner.Publish(ctx, testenv.SampleRuleset(t, "coffee")); err != nil {
		t.Fatal(err)
	}
	mustPost(t, l, earn("order-1", "alice", 500), earn("order-2", "bob", 20))

	creds, err := dbconfig.AnalyticsCredentials(srv.dsn, p, "bi-pw")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"} {
		if len(creds[k]) == 0 {
			t.Errorf("the analytics Secret has no %q", k)
		}
	}
	bi, err := pgx.Connect(ctx, string(creds["uri"]))
	if err != nil {
		t.Fatalf("connect as the analytics role: %v", err)
	}
	defer bi.Close(ctx)
	q := func(sql string) error {
		rows, err := bi.Query(ctx, sql)
		if err != nil {
			return err
		}
		rows.Close()
		return rows.Err()
	}
	for _, v := range dbconfig.AnalyticsViews {
		if err := q(`SELECT * FROM ` + p.Schema + `.` + v); err != nil {
			t.Errorf("read %s: %v", v, err)
		}
	}
	var liability int64
	if err := bi.QueryRow(ctx, `SELECT sum(liability_points) FILTER (WHERE day = (SELECT max(day) FROM `+p.Schema+`.analytics_daily))
		FROM `+p.Schema+`.analytics_daily`).Scan(&liability); err != nil || liability != 520 {
		t.Errorf("the liability from analytics_daily: %d, %v; want 520", liability, err)
	}
	for _, table := range []string{"postings", "members", "lots", "idempotency", "analytics_member_profiles", "export_dead_letters"} {
		denied(t, "the analytics role reading "+table, q(`SELECT * FROM `+p.Schema+`.`+table))
	}
	denied(t, "the analytics role writing", q(`SELECT `+p.Schema+`.erase_member('alice', '~erased-aaaaaaaaaaaaaaaaaaaaaaaaaa', '{}', '{}')`))
	otherURI, err := dbconfig.WithDatabase(string(creds["uri"]), other.Database)
	if err != nil {
		t.Fatal(err)
	}
	if c, err := pgx.Connect(ctx, otherURI); err == nil || !strings.Contains(err.Error(), "permission denied") {
		if err == nil {
			c.Close(ctx)
		}
		t.Errorf("the analytics role connecting to another program's database: %v; want permission denied", err)
	}

	// With personal data, the profiles too.
	p.Analytics.PersonalData = true
	if _, err := dbconfig.Provision(ctx, srv.Server, p); err != nil {
		t.Fatal(err)
	}
	if err := q(`SELECT * FROM ` + p.Schema + `.analytics_member_profiles`); err != nil {
		t.Errorf("read the profiles with personal data: %v", err)
	}
	// A rule simulation needs the tables: refused without simulation, done with it, and the
	// role still writes nothing.
	biPool, err := ledger.NewPool(ctx, string(creds["uri"]))
	if err != nil {
		t.Fatal(err)
	}
	defer biPool.Close()
	now := time.Now()
	sim := simulate.Options{Schema: p.Schema, From: now.Add(-time.Hour), To: now.Add(time.Minute), Proposed: testenv.SampleRuleset(t, "coffee")}
	_, err = simulate.Run(ctx, biPool, sim)
	denied(t, "a simulation as the analytics role without simulation", err)
	p.Analytics.Simulation = true
	if _, err := dbconfig.Provision(ctx, srv.Server, p); err != nil {
		t.Fatal(err)
	}
	if report, err := simulate.Run(ctx, biPool, sim); err != nil || report.Members != 2 || report.Liability.Before != 520 {
		t.Errorf("a simulation as the analytics role with simulation: %+v, %v; want 2 members holding 520 points", report, err)
	}
	denied(t, "the analytics role writing with simulation", q(`INSERT INTO `+p.Schema+`.members (id) VALUES ('mallory')`))
	denied(t, "the analytics role reading the export's dead letters with simulation", q(`SELECT * FROM `+p.Schema+`.export_dead_letters`))
	// Without analytics, the role can no longer log in.
	p.Analytics = dbconfig.Analytics{}
	if _, err := dbconfig.Provision(ctx, srv.Server, p); err != nil {
		t.Fatal(err)
	}
	if c, err := pgx.Connect(ctx, string(creds["uri"])); err == nil {
		c.Close(ctx)
		t.Error("the analytics role logs in after the program stopped asking for analytics")
	}
}
