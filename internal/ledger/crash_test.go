package ledger_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
)

// crashChildEnv, when set to a DSN, makes the test binary a child that posts batches until it
// is killed, printing "ack <n> <posting>" for every operation whose batch Post acknowledged.
const crashChildEnv = "TALLY_LEDGER_CRASH_CHILD"

// crashOp is the operation with key number n; parent and child derive it the same way.
func crashOp(n int) ledger.Op {
	key := fmt.Sprintf("k%d", n)
	member := fmt.Sprintf("m%d", n*7919%50)
	if n%5 == 4 {
		return ledger.Debit{Key: key, Member: member, Kind: ledger.DebitRedeem, Points: int64(n%30 + 1)}
	}
	return ledger.Credit{Key: key, Member: member, EventID: key, OccurredAt: time.Unix(1767225600, 0),
		Awards: []ledger.Award{{Rule: "purchase", Points: int64(n%100 + 1)}}}
}

// crashBatch is how many operations writer w of the child posts at once: half the writers
// stay below the size from which a batch writes with COPY, half go above it.
func crashBatch(w int) int {
	if w%2 == 0 {
		return 25
	}
	return 2 * ledger.CopyFrom
}

func crashChild() int {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, os.Getenv(crashChildEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	l, err := ledger.New(pool, "program", ledger.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	start, _ := strconv.Atoi(os.Getenv("TALLY_LEDGER_CRASH_START"))
	out := bufio.NewWriter(os.Stdout)
	var mu sync.Mutex
	var next = start
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				from := next
				size := crashBatch(w)
				next += size
				mu.Unlock()
				ops := make([]ledger.Op, size)
				for i := range ops {
					ops[i] = crashOp(from + i)
				}
				res, err := l.Post(ctx, ops)
				if err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(1)
				}
				mu.Lock()
				for i, r := range res {
					if r.Err == nil {
						fmt.Fprintf(out, "ack %d %d\n", from+i, r.PostingID)
					}
				}
				out.Flush()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return 0
}

// TestKilledWriterLosesNothingAcknowledged kills a process that is posting batches with
// SIGKILL, three times over. Every operation it saw acknowledged must be in the ledger with
// the posting it was told, and retrying every operation it may have sent applies none twice.
func TestKilledWriterLosesNothingAcknowledged(t *testing.T) {
	dsn := pg.NewDatabase(t)
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if _, err := ledger.Migrate(ctx, pool, "program"); err != nil {
		t.Fatal(err)
	}
	l, _ := ledger.New(pool, "program", ledger.Options{})

	acked := map[int]int64{}
	next := 0
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+dsn, fmt.Sprintf("TALLY_LEDGER_CRASH_START=%d", next))
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// Let it post for a while, then kill it in the middle of whatever it is doing.
		deadline := time.After(time.Duration(700+300*round) * time.Millisecond)
		read := 0
	wait:
		for {
			select {
			case line, ok := <-lines:
				if !ok {
					break wait
				}
				var n int
				var posting int64
				if _, err := fmt.Sscanf(line, "ack %d %d", &n, &posting); err != nil {
					t.Fatalf("child said %q", line)
				}
				acked[n] = posting
				read++
			case <-deadline:
				_ = cmd.Process.Signal(syscall.SIGKILL)
				deadline = nil
			}
		}
		_ = cmd.Wait()
		if read == 0 {
			t.Fatalf("round %d: the child acknowledged nothing before it was killed", round)
		}
		// Every acknowledged operation is there, with the posting the child was told.
		stored := map[string]int64{}
		rows, err := pool.Query(ctx, `SELECT idempotency_key, id FROM program.postings`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var key string
			var id int64
			if err := rows.Scan(&key, &id); err != nil {
				t.Fatal(err)
			}
			stored[key] = id
		}
		rows.Close()
		var maxSent int
		for n, posting := range acked {
			maxSent = max(maxSent, n)
			if got := stored[fmt.Sprintf("k%d", n)]; got != posting {
				t.Errorf("acknowledged k%d (posting %d) is missing: found %d", n, posting, got)
			}
		}
		// The child may have sent up to 4 batches past the last acknowledgement: retry them all.
		last := maxSent + 4*crashBatch(1)*2
		var ops []ledger.Op
		for n := next; n <= last; n++ {
			ops = append(ops, crashOp(n))
		}
		res, err := l.Post(ctx, ops)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range res {
			n := next + i
			if posting, ok := acked[n]; ok && (!r.Replayed || r.PostingID != posting) {
				t.Errorf("retry of acknowledged k%d: %+v; want a replay of posting %d", n, r, posting)
			}
		}
		next = last + 1
		t.Logf("round %d: %d acknowledged so far", round, len(acked))
	}
	var dup int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM (SELECT idempotency_key FROM program.postings GROUP BY 1 HAVING count(*) > 1) d`).Scan(&dup); err != nil {
		t.Fatal(err)
	}
	if dup != 0 {
		t.Errorf("%d operations were applied more than once", dup)
	}
	verify(t, l)
}
