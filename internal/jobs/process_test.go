package jobs_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
)

var (
	buildOnce sync.Once
	tallyBin  string
	buildErr  error
)

// tally builds the binary the CronJobs run, once per test process.
func tally(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tally-jobs-test")
		if err != nil {
			buildErr = err
			return
		}
		tallyBin = filepath.Join(dir, "tally")
		if out, err := exec.Command("go", "build", "-o", tallyBin, "github.com/tally-operator/tally").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return tallyBin
}

// seed gives members members lots lots each (purchases of 10 CNY, 10 points), earned on
// 1 March 2025 in a program whose points roll over after 30 days, the same way every time.
func seed(t *testing.T, p *program, members, lots int) {
	t.Helper()
	at := mustTime(t, "2025-03-01T10:00:00Z")
	p.clock.Set(at)
	var ops []ledger.Op
	flush := func() {
		res, err := p.ledger.Post(context.Background(), ops)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
		ops = ops[:0]
	}
	for i := range members {
		for j := range lots {
			ops = append(ops, ledger.Earn{Engine: p.eng, Event: engine.Event{
				ID: fmt.Sprintf("e-%d-%d", i, j), Type: "purchase", Member: fmt.Sprintf("m%05d", i), Amount: "10",
				OccurredAt: at.Add(time.Duration(j) * time.Minute)}})
			if len(ops) == 500 {
				flush()
			}
		}
	}
	if len(ops) > 0 {
		flush()
	}
}

func runTally(t *testing.T, p *program, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(tally(t), args...)
	cmd.Env = append(os.Environ(), "TALLY_DATABASE_URL="+p.uri, "TALLY_SCHEMA="+schema)
	return cmd
}

// state is everything an expiry run decides, in a form two runs can be compared by.
func (p *program) state(t *testing.T) string {
	t.Helper()
	var b bytes.Buffer
	for _, q := range []string{
		`SELECT id, balance, held FROM program.members ORDER BY id`,
		`SELECT posting_id, seq, member_id, remaining, noticed FROM program.lots ORDER BY posting_id, seq`,
		`SELECT member_id, count(*), sum(points) FROM program.postings WHERE kind = 'expire' GROUP BY member_id ORDER BY member_id`,
		`SELECT account, sum(amount) FROM program.entries GROUP BY account ORDER BY account`,
		`SELECT kind, member_id, body FROM program.notices ORDER BY member_id, kind, body::text`,
	} {
		rows, err := p.pool.Query(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		all, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) ([]any, error) { return r.Values() })
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s\n%v\n", q, all)
	}
	return b.String()
}

func (p *program) count(t *testing.T, q string) int64 {
	t.Helper()
	var n int64
	if err := p.pool.QueryRow(context.Background(), q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

const expireAsOf = "2025-04-01T00:00:00Z" // the lots, earned on 1 March, are due on 31 March

// Two `tally expire` processes started at once expire each lot exactly once: one waits for
// the other's lock, then finds nothing left to do.
func TestConcurrentExpiryRunsExpireEachLotOnce(t *testing.T) {
	p := newProgram(t, setExpiry("UTC", rolling("30d")))
	seed(t, p, 500, 4)
	var wg sync.WaitGroup
	outs := make([]string, 2)
	for i := range outs {
		wg.Go(func() {
			out, err := runTally(t, p, "expire", "--as-of", expireAsOf, "--batch-size", "50").CombinedOutput()
			outs[i] = string(out)
			if err != nil {
				t.Errorf("run %d: %v\n%s", i, err, out)
			}
		})
	}
	wg.Wait()
	if n := p.count(t, `SELECT count(*) FROM program.postings WHERE kind = 'expire'`); n != 500 {
		t.Errorf("%d expiry postings, want one per member (500)", n)
	}
	if n := p.count(t, `SELECT sum(amount) FROM program.entries WHERE account = 'expired'`); n != 500*4*10 {
		t.Errorf("%d points expired, want %d", n, 500*4*10)
	}
	if n := p.count(t, `SELECT count(*) FROM program.lots WHERE remaining <> 0`); n != 0 {
		t.Errorf("%d lots keep points", n)
	}
	p.verify(t)
	t.Logf("run 1: %s\nrun 2: %s", outs[0], outs[1])

	// Without the lock (as two ledgers of the same schema could), member locks alone keep
	// each lot to one expiry.
	q := newProgram(t, setExpiry("UTC", rolling("30d")))
	seed(t, q, 500, 4)
	reports := make([]ledger.ExpiryReport, 4)
	for i := range reports {
		wg.Go(func() {
			var err error
			if reports[i], err = q.ledger.Expire(context.Background(), mustTime(t, expireAsOf), 7, 2); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	var lots, points int64
	for _, r := range reports {
		lots, points = lots+r.Lots, points+r.Points
	}
	if lots != 2000 || points != 20000 {
		t.Errorf("four unlocked runs expired %d lots and %d points in all, want 2000 and 20000", lots, points)
	}
	q.verify(t)
}

// A run killed part-way (SIGKILL, as when a node dies) and run again ends in the same state
// as a run that was never interrupted.
func TestKilledExpiryRunResumes(t *testing.T) {
	const members, lots = 3000, 3
	edit := func() *program {
		p := newProgram(t, setExpiry("UTC", rolling("30d")))
		seed(t, p, members, lots)
		return p
	}
	whole, killed := edit(), edit()
	// Notices too: lots earned a week later fall within the 30-day window.
	for _, p := range []*program{whole, killed} {
		p.event(t, "late", "m00007", "purchase", "10", mustTime(t, "2025-03-08T10:00:00Z"))
	}

	if out, err := runTally(t, whole, "expire", "--as-of", expireAsOf).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted run: %v\n%s", err, out)
	}

	cmd := runTally(t, killed, "expire", "--as-of", expireAsOf, "--batch-size", "5")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	const expirations = `SELECT count(*) FROM program.postings WHERE kind = 'expire'`
	deadline := time.Now().Add(30 * time.Second)
	for killed.count(t, expirations) < members/10 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	done := killed.count(t, expirations)
	if done == 0 || done >= members {
		t.Fatalf("the run was killed after %d of %d members: not part-way", done, members)
	}
	t.Logf("killed after %d of %d members", done, members)
	if out, err := runTally(t, killed, "expire", "--as-of", expireAsOf).CombinedOutput(); err != nil {
		t.Fatalf("run after the kill: %v\n%s", err, out)
	}
	if a, b := whole.state(t), killed.state(t); a != b {
		t.Errorf("killed and resumed run differs from an uninterrupted one:\n%s\nvs\n%s", a, b)
	}
	killed.verify(t)
}

// The commands a CronJob runs print what they did, and their exit codes say whether anything
// was done: 3 when another run holds the lock, 2 when there is no rule set.
func TestJobCommandsSummariesAndExitCodes(t *testing.T) {
	p := newProgram(t, setExpiry("UTC", rolling("30d")))
	seed(t, p, 3, 2)
	run := func(args ...string) (string, int) {
		out, err := runTally(t, p, args...).CombinedOutput()
		code := 0
		if exit, ok := err.(*exec.ExitError); ok {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), code
	}
	out, code := run("expire", "--dry-run", "--as-of", expireAsOf)
	for _, want := range []string{"would expire  member m00000: 20 points in 2 lots", "would expire 60 points (6.00 CNY) in 6 lots of 3 members", "nothing was changed"} {
		if code != 0 || !bytes.Contains([]byte(out), []byte(want)) {
			t.Errorf("expire --dry-run (exit %d) does not say %q:\n%s", code, want, out)
		}
	}
	if p.balance(t, "m00000") != 20 {
		t.Fatal("a dry run changed a balance")
	}
	out, code = run("tiers", "review", "--dry-run", "--as-of", expireAsOf)
	if code != 0 || !bytes.Contains([]byte(out), []byte("would review 0 members")) {
		t.Errorf("tiers review --dry-run (exit %d):\n%s", code, out)
	}

	// Another run holds the lock: this one waits, gives up and does nothing.
	conn, err := p.pool.Acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(context.Background(), `SELECT pg_advisory_lock(hashtextextended('tally:program:expire', 0))`); err != nil {
		t.Fatal(err)
	}
	out, code = run("expire", "--as-of", expireAsOf, "--lock-wait", "1s")
	if code != 3 || !bytes.Contains([]byte(out), []byte("another run")) || p.balance(t, "m00000") != 20 {
		t.Errorf("expire while locked: exit %d, balance %d:\n%s", code, p.balance(t, "m00000"), out)
	}
	if _, err := conn.Exec(context.Background(), `SELECT pg_advisory_unlock_all()`); err != nil {
		t.Fatal(err)
	}
	conn.Release()
	out, code = run("expire", "--as-of", expireAsOf)
	if code != 0 || !bytes.Contains([]byte(out), []byte("expired 60 points (6.00 CNY) in 6 lots of 3 members")) {
		t.Errorf("expire (exit %d):\n%s", code, out)
	}

	// A schema with no rule set yet: nothing to go by.
	empty := newProgram(t, nil)
	if _, err := empty.pool.Exec(context.Background(), `UPDATE program.rulesets SET active = false`); err != nil {
		t.Fatal(err)
	}
	raw, err := runTally(t, empty, "expire").CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 2 || !bytes.Contains(raw, []byte("no published rule set")) {
		t.Errorf("expire without a rule set: %v\n%s", err, raw)
	}
}
