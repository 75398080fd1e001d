//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/dbconfig"
)

// programDB connects to a program's own database as the administrator.
func programDB(t *testing.T, database string) *pgx.Conn {
	t.Helper()
	cfg, err := pgx.ParseConfig(adminURI)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Database = database
	conn, err := pgx.ConnectConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	return conn
}

// An upgrade of the operator that brings a migration: the coffee schema's record of its latest
// migration is taken away (the migration, which partitions the journal, cannot be undone by
// hand; each of its steps is harmless to run again), and a reconcile request makes the
// operator find the migration pending. A Job in the operator's namespace runs it on the real
// cluster while the ledger takes events; no event fails, and the program is Ready again on
// the new version with its books balanced.
func TestUpgradeMigratesInAJobWhileTheLedgerServes(t *testing.T) {
	applyBrands(t)
	ctx := context.Background()
	p := getObject(t, coffeeNS, "pointsprogram", coffeeProgram)
	db := programDB(t, p.Status.Database)
	schema := pgx.Identifier{p.Status.Schema}.Sanitize()
	var latest int
	if err := db.QueryRow(ctx, `SELECT max(version) FROM `+schema+`.schema_migrations`).Scan(&latest); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(ctx, fmt.Sprintf(`DELETE FROM %s.schema_migrations WHERE version = %d`, schema, latest)); err != nil {
		t.Fatal(err)
	}

	// Events, one request each, from before the request until the program is Ready again.
	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	var sent, failed atomic.Int64
	var firstFailure atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				e := event{ID: id("upgrade", w, i), Member: id("upgrade-member", i%50), Type: "purchase", Amount: "12.50"}
				status, body, err := c.call("POST", "/v1/events", c.token, e)
				sent.Add(1)
				if err != nil || status/100 != 2 {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, fmt.Sprintf("%d %s %v", status, body, err))
				}
			}
		})
	}
	defer func() { close(stop); wg.Wait() }()
	time.Sleep(2 * time.Second)

	kubectl(t, "-n", coffeeNS, "annotate", "pointsprogram", coffeeProgram, "--overwrite", "loyalty.tally.dev/reconcile-requested-at="+run)
	var job string
	eventually(t, time.Minute, "the migration Job", func() error {
		job = strings.TrimSpace(kubectl(t, "-n", "tally-system", "get", "jobs", "-l", "loyalty.tally.dev/program-namespace="+coffeeNS+",loyalty.tally.dev/program="+coffeeProgram,
			"-o", "jsonpath={.items[*].metadata.name}"))
		if job == "" {
			return fmt.Errorf("no Job yet")
		}
		return nil
	})
	kubectl(t, "-n", "tally-system", "wait", "--for=condition=complete", "job/"+job, "--timeout=3m")
	t.Logf("Job %s: %s", job, strings.TrimSpace(kubectl(t, "-n", "tally-system", "logs", "job/"+job)))
	kubectl(t, "-n", coffeeNS, "wait", "--for=condition=Ready", "pointsprogram/"+coffeeProgram, "--timeout=2m")
	time.Sleep(2 * time.Second)
	close(stop)
	wg.Wait()
	stop = make(chan struct{})

	var recorded, partitioned bool
	if err := db.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM `+schema+`.schema_migrations WHERE version = $1),
		(SELECT relkind = 'p' FROM pg_class WHERE oid = $2::regclass)`, latest, p.Status.Schema+".postings").Scan(&recorded, &partitioned); err != nil || !recorded || !partitioned {
		t.Errorf("after the Job: version %d recorded %v, postings partitioned %v, %v", latest, recorded, partitioned, err)
	}
	if n := failed.Load(); n > 0 {
		t.Errorf("%d of %d events failed during the upgrade; the first: %v", n, sent.Load(), firstFailure.Load())
	}
	t.Logf("%d events during the upgrade, none failed", sent.Load())
	verifyLedger(t, coffeeNS, coffeeProgram, false)
}

// Deleting a tenant's namespace finishes, whatever its programs' deletion policy and wherever
// their administrator URI is: with Delete the program's data is dropped (on a LedgerDatabase,
// and on a Secret of the namespace's own, which the program holds until it is done); with
// Retain nothing is.
func TestNamespaceDeletionFinishes(t *testing.T) {
	ctx := context.Background()
	program, err := os.ReadFile(filepath.Join(repoRoot, "config", "samples", "coffee", "program.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	type tenant struct {
		ns, policy string
		ownSecret  bool
	}
	tenants := []tenant{
		{"del-shared-" + run, "Delete", false},
		{"del-secret-" + run, "Delete", true},
		{"keep-shared-" + run, "Retain", false},
	}
	var names []string
	for _, tn := range tenants {
		names = append(names, tn.ns)
		kubectl(t, "create", "namespace", tn.ns)
		kubectl(t, "label", "namespace", tn.ns, "loyalty.tally.dev/ledger-database=shared")
		yaml := string(program)
		if tn.ownSecret {
			kubectl(t, "-n", tn.ns, "create", "secret", "generic", "postgres", "--from-literal=uri="+adminURI)
			yaml = strings.Replace(yaml, "ledgerDatabase: shared", "secretRef: {name: postgres, key: uri}", 1)
		}
		yaml = strings.Replace(yaml, "spec:\n", "spec:\n  deletionPolicy: "+tn.policy+"\n", 1)
		if _, err := kubectlIn([]byte(yaml), "-n", tn.ns, "apply", "-f", "-"); err != nil {
			t.Fatalf("apply the program in %s: %v", tn.ns, err)
		}
	}
	t.Cleanup(func() {
		_, _ = kubectlIn(nil, append([]string{"delete", "namespace", "--wait=false", "--ignore-not-found"}, names...)...)
	})
	status := map[string]object{}
	for _, tn := range tenants {
		eventually(t, 3*time.Minute, "the database of "+tn.ns, func() error {
			p := getObject(t, tn.ns, "pointsprogram", coffeeProgram)
			for _, c := range p.Status.Conditions {
				if c.Type == "DatabaseReady" && c.Status == "True" {
					status[tn.ns] = p
					return nil
				}
			}
			return fmt.Errorf("DatabaseReady is not True: %+v", p.Status.Conditions)
		})
	}

	start := time.Now()
	kubectl(t, append([]string{"delete", "namespace", "--timeout=5m"}, names...)...)
	t.Logf("%d namespaces deleted in %s", len(names), time.Since(start).Round(time.Second))

	admin, err := pgx.Connect(ctx, adminURI)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	for _, tn := range tenants {
		p := status[tn.ns]
		var left int
		var err error
		if !tn.ownSecret { // a database of its own on the LedgerDatabase
			err = admin.QueryRow(ctx, `SELECT count(*) FROM pg_database WHERE datname = $1`, p.Status.Database).Scan(&left)
		} else { // a schema in the database of the Secret's URI, the administrator's
			err = admin.QueryRow(ctx, `SELECT count(*) FROM pg_namespace WHERE nspname = $1`, p.Status.Schema).Scan(&left)
		}
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case tn.policy == "Delete" && left != 0:
			t.Errorf("%s (Delete): its data is still there (database %q, schema %q)", tn.ns, p.Status.Database, p.Status.Schema)
		case tn.policy == "Retain" && left != 1:
			t.Errorf("%s (Retain): its data is gone", tn.ns)
		}
		if tn.policy == "Retain" {
			// Retained on purpose; this test's leftovers go now, as Delete would have them go.
			pool, err := pgxpool.New(ctx, adminURI)
			if err != nil {
				t.Fatal(err)
			}
			d := dbconfig.Program{Namespace: tn.ns, Name: coffeeProgram, Schema: p.Status.Schema}
			if !tn.ownSecret {
				d.Database = p.Status.Database
			}
			err = dbconfig.Deprovision(ctx, dbconfig.Server{Admin: pool}, d)
			pool.Close()
			if err != nil {
				t.Errorf("drop what %s retained: %v", tn.ns, err)
			}
		}
	}
}
