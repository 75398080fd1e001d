package testenv

import (
	"context"
	"os"
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
