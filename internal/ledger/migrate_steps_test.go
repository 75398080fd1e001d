package ledger_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
)

func TestMigrationFilesSplitIntoSteps(t *testing.T) {
	steps := ledger.ParseSteps("CREATE TABLE a (x int);\n-- tally:step\nALTER TABLE a ADD y int;\n-- tally:step repeat\nUPDATE a SET y = 1 WHERE y IS NULL;\n")
	want := []ledger.Step{{SQL: "CREATE TABLE a (x int);\n"}, {SQL: "\nALTER TABLE a ADD y int;\n"}, {SQL: "\nUPDATE a SET y = 1 WHERE y IS NULL;\n", Repeat: true}}
	if !slices.Equal(steps, want) {
		t.Errorf("steps %+v; want %+v", steps, want)
	}
	if got := ledger.ParseSteps("-- a comment\nCREATE TABLE b ();\n"); len(got) != 1 || got[0].Repeat {
		t.Errorf("a file without markers: %+v; want one step", got)
	}
	ms, err := ledger.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if len(m.Steps) == 0 {
			t.Errorf("migration %d has no step", m.Version)
		}
	}
}

// A repeated step is a backfill in batches: it runs, each time in its own transaction, until
// it changes no row, and the migration is recorded after it.
func TestBackfillRunsInBatches(t *testing.T) {
	ctx := context.Background()
	pool := poolAt(t, 0)
	ms := []ledger.Migration{
		{Version: 1, Name: "numbers", Steps: []ledger.Step{{SQL: `CREATE TABLE numbers (n int PRIMARY KEY, twice int); INSERT INTO numbers (n) SELECT generate_series(1, 25)`}}},
		{Version: 2, Name: "twice", Steps: []ledger.Step{
			{SQL: `CREATE TABLE batches (xid xid8)`},
			{SQL: `WITH b AS (UPDATE numbers SET twice = 2 * n WHERE n IN (SELECT n FROM numbers WHERE twice IS NULL ORDER BY n LIMIT 10) RETURNING n)
			       INSERT INTO batches SELECT pg_current_xact_id() FROM b LIMIT 1`, Repeat: true},
		}},
	}
	applied, err := ledger.MigrateWith(ctx, pool, "program", ms)
	if err != nil || !slices.Equal(applied, []int{1, 2}) {
		t.Fatalf("applied %v, %v; want [1 2]", applied, err)
	}
	var missing, batches int
	if err := pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM program.numbers WHERE twice IS DISTINCT FROM 2 * n), (SELECT count(DISTINCT xid) FROM program.batches)`).Scan(&missing, &batches); err != nil {
		t.Fatal(err)
	}
	if missing != 0 || batches != 3 {
		t.Errorf("%d rows not backfilled, in %d transactions; want 0 rows left, 3 transactions of at most 10 rows", missing, batches)
	}
	if again, err := ledger.MigrateWith(ctx, pool, "program", ms); err != nil || len(again) != 0 {
		t.Errorf("second run applied %v, %v; want nothing", again, err)
	}
}

// A step that needs a table's exclusive lock while a long transaction reads the table does not
// queue for it, holding every writer of the table behind it: it gives up within
// StepLockTimeout and tries again, so writers keep going, and it succeeds once the reader is
// done.
func TestStepsDoNotHoldWritersBehindALockQueue(t *testing.T) {
	ctx := context.Background()
	pool := poolAt(t, 0)
	if _, err := pool.Exec(ctx, `CREATE SCHEMA program; CREATE TABLE program.t (n int)`); err != nil {
		t.Fatal(err)
	}
	reader, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reader.Exec(ctx, `SELECT count(*) FROM program.t`); err != nil {
		t.Fatal(err)
	}
	const readFor = 3 * time.Second
	var wg sync.WaitGroup
	wg.Go(func() {
		time.Sleep(readFor)
		_ = reader.Rollback(ctx)
	})
	var worst time.Duration
	var inserts int
	stop := make(chan struct{})
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			start := time.Now()
			if _, err := pool.Exec(ctx, `INSERT INTO program.t VALUES (1)`); err != nil {
				t.Error(err)
				return
			}
			worst = max(worst, time.Since(start))
			inserts++
			time.Sleep(10 * time.Millisecond)
		}
	})
	start := time.Now()
	applied, err := ledger.MigrateWith(ctx, pool, "program", []ledger.Migration{
		{Version: 1, Name: "column", Steps: []ledger.Step{{SQL: `ALTER TABLE t ADD COLUMN m int`}}},
	})
	took := time.Since(start)
	close(stop)
	wg.Wait()
	if err != nil || len(applied) != 1 {
		t.Fatalf("applied %v, %v", applied, err)
	}
	if took < readFor-100*time.Millisecond {
		t.Errorf("the migration took %s; it cannot have had the lock before the reader ended (%s)", took, readFor)
	}
	if worst > time.Second || inserts < 50 {
		t.Errorf("writers while the migration waited: %d inserts, the slowest %s; want them going, none held 1 s", inserts, worst)
	}
	t.Logf("migration waited %s; %d inserts meanwhile, the slowest %s", took.Round(time.Millisecond), inserts, worst.Round(time.Millisecond))
}
