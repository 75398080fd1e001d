package testenv

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestPostgresDatabasesAreIsolatedAndRemoved(t *testing.T) {
	pg, err := StartPostgres()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var dsnA string
	t.Run("a", func(t *testing.T) {
		dsnA = pg.NewDatabase(t)
		conn, err := pgx.Connect(ctx, dsnA)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "CREATE TABLE only_in_a (x int)"); err != nil {
			t.Fatal(err)
		}
		dsnB := pg.NewDatabase(t)
		connB, err := pgx.Connect(ctx, dsnB)
		if err != nil {
			t.Fatal(err)
		}
		defer connB.Close(ctx)
		if _, err := connB.Exec(ctx, "SELECT * FROM only_in_a"); err == nil {
			t.Error("a table of one test's database is visible in another's")
		}
	})
	// The test's cleanup dropped its database.
	if conn, err := pgx.Connect(ctx, dsnA); err == nil {
		conn.Close(ctx)
		t.Error("the database outlived its test")
	}
	port := dsnA[strings.LastIndex(dsnA, ":")+1 : strings.LastIndex(dsnA, "/")]
	if err := pg.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(os.TempDir() + "/tally-postgres-" + port); !os.IsNotExist(err) {
		t.Errorf("stop left the server's directory behind: %v", err)
	}
	if conn, err := pgx.Connect(ctx, pg.DSN); err == nil {
		conn.Close(ctx)
		t.Error("the server still answers after stop")
	}
}

// TestSnapshotKeepsTheDatabasesForAnotherServer snapshots a server with a table, keeps using
// it, and starts a second server from the snapshot: the second has the table as it was at the
// snapshot, and the settings of the run that made it (ALTER SYSTEM) are not carried over.
func TestSnapshotKeepsTheDatabasesForAnotherServer(t *testing.T) {
	pg, err := StartPostgres()
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = pg.Stop() }()
	ctx := context.Background()
	run := func(dsn string, sql ...string) {
		t.Helper()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		for _, s := range sql {
			if _, err := conn.Exec(ctx, s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
	}
	run(pg.DSN, "CREATE TABLE kept (x int)", "INSERT INTO kept VALUES (1)", "ALTER SYSTEM SET work_mem = '77MB'", "SELECT pg_reload_conf()")
	dir := filepath.Join(t.TempDir(), "snapshot")
	if err := pg.Snapshot(dir); err != nil {
		t.Fatal(err)
	}
	// The first server runs on with the same DSN; what it does now is not in the snapshot.
	run(pg.DSN, "INSERT INTO kept VALUES (2)")

	second, err := StartPostgresFrom(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = second.Stop() }()
	if second.DSN == pg.DSN {
		t.Fatal("the copy has the DSN of the server it was copied from")
	}
	conn, err := pgx.Connect(ctx, second.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var sum int
	var workMem string
	if err := conn.QueryRow(ctx, "SELECT sum(x), current_setting('work_mem') FROM kept").Scan(&sum, &workMem); err != nil {
		t.Fatal(err)
	}
	if sum != 1 {
		t.Errorf("the copy holds rows summing to %d, want 1 (the row written before the snapshot)", sum)
	}
	if workMem == "77MB" {
		t.Error("the copy kept the ALTER SYSTEM settings of the run that made the snapshot")
	}
	if _, err := os.Stat(filepath.Join(dir, "password")); err != nil {
		t.Errorf("starting from the snapshot used it up: %v", err)
	}
	// The first server's settings are its own still.
	var firstWorkMem string
	first, err := pgx.Connect(ctx, pg.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close(ctx)
	if err := first.QueryRow(ctx, "SELECT current_setting('work_mem')").Scan(&firstWorkMem); err != nil {
		t.Fatal(err)
	}
	if firstWorkMem != "77MB" {
		t.Errorf("the server snapshotted lost its ALTER SYSTEM settings: work_mem %s", firstWorkMem)
	}
}
