package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/testenv"
)

func TestMigrateAndVerifyAgainstPostgres(t *testing.T) {
	pg, err := testenv.StartPostgres()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = pg.Stop() }) // after the database is dropped
	dsn := pg.NewDatabase(t)
	bin := buildTally(t)
	run := func(args ...string) (string, error) {
		out, err := exec.Command(bin, args...).CombinedOutput()
		return string(out), err
	}
	ms, err := ledger.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	var versions []int
	for _, m := range ms {
		versions = append(versions, m.Version)
	}
	if out, err := run("migrate", "--database-url", dsn, "--schema", "brew_coffee"); err != nil || !strings.Contains(out, fmt.Sprintf("applied migrations %v", versions)) {
		t.Fatalf("first migrate: %v\n%s", err, out)
	}
	if out, err := run("migrate", "--database-url", dsn, "--schema", "brew_coffee"); err != nil || !strings.Contains(out, "up to date") {
		t.Errorf("second migrate: %v\n%s", err, out)
	}
	if out, err := run("migrate", "--database-url", dsn); err == nil || !strings.Contains(out, "--schema") {
		t.Errorf("migrate without a schema: %v\n%s", err, out)
	}
	// As the operator's migration Job runs it for a program with a database of its own: in
	// that database, as its owner role.
	admin, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(context.Background())
	for _, sql := range []string{`CREATE ROLE brand_owner NOLOGIN`, `GRANT brand_owner TO current_user`, `CREATE DATABASE brand_db OWNER brand_owner`} {
		if _, err := admin.Exec(context.Background(), sql); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		_, _ = admin.Exec(context.Background(), `DROP DATABASE IF EXISTS brand_db WITH (FORCE)`)
		_, _ = admin.Exec(context.Background(), `DROP ROLE IF EXISTS brand_owner`)
	})
	if out, err := run("migrate", "--database-url", dsn, "--database", "brand_db", "--role", "brand_owner", "--schema", "brand"); err != nil || !strings.Contains(out, "applied migrations") {
		t.Fatalf("migrate --database --role: %v\n%s", err, out)
	}
	other, err := dbconfig.WithDatabase(dsn, "brand_db")
	if err != nil {
		t.Fatal(err)
	}
	brandDB, err := pgx.Connect(context.Background(), other)
	if err != nil {
		t.Fatal(err)
	}
	var owner string
	err = brandDB.QueryRow(context.Background(), `SELECT tableowner FROM pg_tables WHERE schemaname = 'brand' AND tablename = 'postings'`).Scan(&owner)
	brandDB.Close(context.Background())
	if err != nil || owner != "brand_owner" {
		t.Errorf("postings in brand_db owned by %q (%v); want brand_owner", owner, err)
	}
	// Publishing the coffee sample: migrated, compiled, active.
	samples := filepath.Join(testenv.RepoRoot(), "config", "samples", "coffee")
	if out, err := run("ruleset", "publish", "-f", samples, "--database-url", dsn, "--schema", "brew_coffee"); err != nil || !strings.Contains(out, "published to schema brew_coffee: 8 rules, 2 catalog items") {
		t.Errorf("publish: %v\n%s", err, out)
	}
	// A rule that does not compile: the object and field are named, nothing is published.
	broken := t.TempDir()
	for _, f := range []string{"program.yaml", "earnrules.yaml"} {
		data, err := os.ReadFile(filepath.Join(samples, f))
		if err != nil {
			t.Fatal(err)
		}
		data = []byte(strings.ReplaceAll(string(data), "event.amount > 0.0", "event.amount > 'lots'"))
		if err := os.WriteFile(filepath.Join(broken, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := run("ruleset", "publish", "-f", broken, "--dry-run"); err == nil || !strings.Contains(out, "EarnRule default/purchase: spec.condition") || !strings.Contains(out, "nothing was published") {
		t.Errorf("publish of a broken rule: %v\n%s", err, out)
	}
	// A rule that names another program: an error, not a rule silently left out.
	stray := t.TempDir()
	for _, f := range []string{"program.yaml", "earnrules.yaml", "tiers.yaml", "catalog.yaml"} {
		data, err := os.ReadFile(filepath.Join(samples, f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "earnrules.yaml" {
			data = []byte(strings.Replace(string(data), "name: rewards", "name: reward", 1))
		}
		if err := os.WriteFile(filepath.Join(stray, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{{"--dry-run"}, {"--database-url", dsn, "--schema", "brew_coffee"}} {
		out, err := run(append([]string{"ruleset", "publish", "-f", stray}, args...)...)
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.Contains(out, `EarnRule default/purchase: spec.programRef.name: names program "reward"`) {
			t.Errorf("publish %v of a rule naming another program: %v\n%s", args, err, out)
		}
	}
	// simulate refuses the same DIRs, and says what it cannot read, each with exit code 2.
	exitCode := func(err error) int {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		if err != nil {
			return -1
		}
		return 0
	}
	simulate := func(dir string, args ...string) (string, int) {
		out, err := run(append([]string{"ruleset", "simulate", "-f", dir, "--database-url", dsn, "--schema", "brew_coffee"}, args...)...)
		return out, exitCode(err)
	}
	for _, c := range []struct {
		name, dir string
		args      []string
		code      int
		want      string
	}{
		{"a rule naming another program", stray, nil, 2, `EarnRule default/purchase: spec.programRef.name: names program "reward"`},
		{"a rule that does not compile", broken, nil, 2, "EarnRule default/purchase: spec.condition"},
		{"a period without events", samples, nil, 0, "No events were recorded in this period"},
		{"a gate that holds", samples, []string{"--fail-if", "events == 0.0"}, 1, `--fail-if "events == 0.0" holds`},
		{"a gate that is no condition", samples, []string{"--fail-if", "liability * 2.0"}, 2, "want a condition"},
		{"a gate naming an unknown figure", samples, []string{"--fail-if", "liabilty > 0.0"}, 2, "undeclared reference to 'liabilty'"},
		{"an unknown format", samples, []string{"--format", "html"}, 2, "--format"},
		{"a period that ends before it starts", samples, []string{"--from", "2026-12-01T00:00:00Z", "--to", "2026-11-01T00:00:00Z"}, 2, "not before its end"},
		{"an unreachable database", samples, []string{"--database-url", "postgres://tally@127.0.0.1:1/none?connect_timeout=2"}, 2, "connect to the database"},
		{"a schema without a ledger", samples, []string{"--schema", "nobody_here"}, 2, "schema nobody_here has no ledger to read"},
	} {
		out, code := simulate(c.dir, c.args...)
		if code != c.code || !strings.Contains(out, c.want) {
			t.Errorf("simulate with %s: exit code %d, want %d with %q:\n%s", c.name, code, c.code, c.want, out)
		}
	}
	if out, err := run("ledger", "verify", "--database-url", dsn, "--schema", "brew_coffee"); err != nil || !strings.Contains(out, "all invariants hold") {
		t.Errorf("verify of an empty ledger: %v\n%s", err, out)
	}
	// The journal's partition of the ids from before the migration partitioned it goes with
	// any month before the previous one; the current month stays.
	thisMonth := time.Now().UTC().Format("2006-01")
	if out, err := run("ledger", "archive", "--database-url", dsn, "--schema", "brew_coffee", "--before", thisMonth); err == nil || !strings.Contains(out, "stay in the journal") {
		t.Errorf("archive of the current month: %v\n%s", err, out)
	}
	previousMonth := time.Now().UTC().AddDate(0, 0, -time.Now().UTC().Day()).Format("2006-01")
	if out, err := run("ledger", "archive", "--database-url", dsn, "--schema", "brew_coffee", "--before", previousMonth); err != nil ||
		!strings.Contains(out, "archived archived_postings_legacy (0 postings) and archived_event_details_legacy") {
		t.Errorf("archive before the previous month: %v\n%s", err, out)
	}
	if out, err := run("ledger", "archive", "--database-url", dsn, "--schema", "brew_coffee", "--before", "last month"); exitCode(err) != 2 || !strings.Contains(out, "YYYY-MM") {
		t.Errorf("archive before no month: %v\n%s", err, out)
	}
	if out, err := run("ledger", "verify", "--database-url", dsn, "--schema", "brew_coffee"); err != nil || !strings.Contains(out, "all invariants hold") {
		t.Errorf("verify after an archive: %v\n%s", err, out)
	}
	// A balance that drifted from the journal is reported, by member, with exit code 1.
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `INSERT INTO brew_coffee.members (id, balance) VALUES ('alice', 42)`); err != nil {
		t.Fatal(err)
	}
	out, err := run("ledger", "verify", "--database-url", dsn, "--schema", "brew_coffee")
	if err == nil || !strings.Contains(out, "member alice: balance 42, lots 0, journal 0") {
		t.Errorf("verify of a drifted balance: %v\n%s", err, out)
	}
}
