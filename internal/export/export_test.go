package export_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/tally-operator/tally/internal/export"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/testenv"
)

var pg *testenv.Postgres

// childEnv, when set to a DSN, makes the test binary a dispatcher that delivers to the URL in
// TALLY_EXPORT_CHILD_URL until it is killed.
const childEnv = "TALLY_EXPORT_CHILD"

func TestMain(m *testing.M) {
	if dsn := os.Getenv(childEnv); dsn != "" {
		os.Exit(child(dsn))
	}
	var err error
	if pg, err = testenv.StartPostgres(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = pg.Stop()
	os.Exit(code)
}

const key = "test-signing-key"

// newProgram is a migrated ledger in a fresh database, with its DSN.
func newProgram(t testing.TB) (*ledger.Ledger, *pgxpool.Pool, string) {
	t.Helper()
	ctx := context.Background()
	dsn := pg.NewDatabase(t)
	pool, err := ledger.NewPool(ctx, dsn+"&pool_max_conns=30")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	if _, err := ledger.Migrate(ctx, pool, "program"); err != nil {
		t.Fatal(err)
	}
	l, err := ledger.New(pool, "program", ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l, pool, dsn
}

func keyFile(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(path, []byte(key+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// receiver is a sink's HTTP endpoint that checks each request's signature and records the
// events it accepts. Its behaviour can be switched to fail.
type receiver struct {
	t        testing.TB
	mu       sync.Mutex
	mode     string             // "", "500", "slow"
	seen     map[string]int     // event id: times received
	order    map[string][]int64 // member: sequence of each first receipt
	total    int
	requests atomic.Int64
	failed   atomic.Int64
	badSigs  atomic.Int64
	lis      net.Listener
	srv      *http.Server
	addr     string
}

type cloudEvent struct {
	ID       string          `json:"id"`
	Source   string          `json:"source"`
	Type     string          `json:"type"`
	Subject  string          `json:"subject"`
	Sequence string          `json:"sequence"`
	Data     json.RawMessage `json:"data"`
}

func newReceiver(t testing.TB) *receiver {
	r := &receiver{t: t, seen: map[string]int{}, order: map[string][]int64{}}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r.addr = lis.Addr().String()
	r.serve(lis)
	t.Cleanup(r.close)
	return r
}

func (r *receiver) url() string { return "http://" + r.addr + "/events" }

func (r *receiver) serve(lis net.Listener) {
	r.lis = lis
	r.srv = &http.Server{Handler: http.HandlerFunc(r.handle)}
	go func() { _ = r.srv.Serve(lis) }()
}

func (r *receiver) close() {
	if r.srv != nil {
		_ = r.srv.Close()
		r.srv = nil
	}
}

// reopen listens again on the same port after close.
func (r *receiver) reopen() {
	lis, err := net.Listen("tcp", r.addr)
	if err != nil {
		r.t.Fatal(err)
	}
	r.serve(lis)
}

func (r *receiver) setMode(m string) {
	r.mu.Lock()
	r.mode = m
	r.mu.Unlock()
}

func (r *receiver) handle(w http.ResponseWriter, req *http.Request) {
	r.requests.Add(1)
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	mode := r.mode
	r.mu.Unlock()
	switch mode {
	case "500":
		r.failed.Add(1)
		http.Error(w, "down for maintenance", http.StatusInternalServerError)
		return
	case "slow":
		r.failed.Add(1)
		time.Sleep(3 * time.Second) // beyond the sink's timeout
		return
	}
	if err := export.Verify([]byte(key), body, req.Header.Get(export.SignatureHeader), time.Now(), 5*time.Minute); err != nil {
		r.badSigs.Add(1)
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	var events []cloudEvent
	if req.Header.Get("Content-Type") == "application/cloudevents-batch+json" {
		if err := json.Unmarshal(body, &events); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	} else {
		var e cloudEvent
		if err := json.Unmarshal(body, &e); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		events = []cloudEvent{e}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, e := range events {
		r.total++
		r.seen[e.ID]++
		if r.seen[e.ID] == 1 {
			seq, _ := strconv.ParseInt(e.Sequence, 10, 64)
			r.order[e.Subject] = append(r.order[e.Subject], seq)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// distinct is how many different events arrived, and how many arrived in all.
func (r *receiver) counts() (distinct, total int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.seen), r.total
}

// outOfOrder names members whose events first arrived out of their order.
func (r *receiver) outOfOrder() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var bad []string
	for m, seqs := range r.order {
		for i := 1; i < len(seqs); i++ {
			if seqs[i] <= seqs[i-1] {
				bad = append(bad, m)
				break
			}
		}
	}
	return bad
}

func (r *receiver) waitFor(t testing.TB, want int, timeout time.Duration) {
	t.Helper()
	testenv.Eventually(t, timeout, 50*time.Millisecond, fmt.Sprintf("%d events at the receiver", want), func() error {
		if n, _ := r.counts(); n < want {
			return fmt.Errorf("%d so far", n)
		}
		return nil
	})
}

// credits posts n credits, spread over members, from writers goroutines in batches, so that
// transactions commit out of the order of their posting ids.
func credits(t testing.TB, l *ledger.Ledger, tag string, n, members, writers int) {
	t.Helper()
	var wg sync.WaitGroup
	per := n / writers
	for w := range writers {
		wg.Go(func() {
			for from := 0; from < per; from += 500 {
				var ops []ledger.Op
				for i := from; i < min(from+500, per); i++ {
					k := fmt.Sprintf("%s-%d-%d", tag, w, i)
					ops = append(ops, ledger.Credit{Key: k, Member: fmt.Sprintf("m%d", (w*per+i)%members), EventID: k,
						OccurredAt: time.Now(), Awards: []ledger.Award{{Rule: "purchase", Points: 10}}})
				}
				res, err := l.Post(context.Background(), ops)
				if err != nil {
					t.Error(err)
					return
				}
				for _, r := range res {
					if r.Err != nil {
						t.Error(r.Err)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

func gauge(t testing.TB, reg *prometheus.Registry, name, sink string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if labelled(m, sink) {
				if m.Gauge != nil {
					return m.Gauge.GetValue()
				}
				return m.Counter.GetValue()
			}
		}
	}
	return 0
}

func labelled(m *dto.Metric, sink string) bool {
	for _, l := range m.GetLabel() {
		if l.GetName() == "sink" {
			return l.GetValue() == sink
		}
	}
	return sink == ""
}

// 100,000 postings over 10,000 members reach the receiver once each (after deduplication by
// id) and in order per member; an outage of 30 seconds (500s, then timeouts, then a closed
// port) loses nothing, is retried with backoff, and shows in the sink's status and metrics.
func TestEveryChangeArrivesOnceInOrderThroughAnOutage(t *testing.T) {
	l, pool, _ := newProgram(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := newReceiver(t)
	reg := prometheus.NewRegistry()
	d, err := export.NewDispatcher(pool, "program", export.Options{Source: "/tally/test/program", Registerer: reg,
		Sinks:      []export.Sink{{Name: "crm", URL: r.url(), SigningKeyFile: keyFile(t), BatchSize: 500, Timeout: export.Duration{Duration: time.Second}, MaxAttempts: 1000}},
		MinBackoff: 100 * time.Millisecond, MaxBackoff: 4 * time.Second, Poll: 50 * time.Millisecond, LeaseRetry: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = d.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	j, err := export.NewJournal(pool, "program")
	if err != nil {
		t.Fatal(err)
	}
	testenv.Eventually(t, 10*time.Second, 50*time.Millisecond, "the sink's cursor", func() error {
		s, err := j.Status(ctx, time.Now())
		if err != nil || len(s) != 1 {
			return fmt.Errorf("%v %v", s, err)
		}
		return nil
	})

	credits(t, l, "a", 100000, 10000, 8)
	r.waitFor(t, 100000, 3*time.Minute)

	// The outage: ten seconds of 500s, ten of timeouts, ten of a closed port, with changes
	// made all along.
	before := r.requests.Load()
	var failingSeen, lagSeen atomic.Bool
	watch, stopWatch := context.WithCancel(ctx)
	go func() {
		for watch.Err() == nil {
			if gauge(t, reg, "tally_export_failing", "crm") == 1 {
				failingSeen.Store(true)
			}
			if s, err := j.Status(ctx, time.Now()); err == nil && len(s) == 1 && s[0].Failing && s[0].Lag > 0 {
				lagSeen.Store(true)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	start := time.Now()
	r.setMode("500")
	credits(t, l, "b", 4000, 1000, 4)
	time.Sleep(10*time.Second - time.Since(start))
	r.setMode("slow")
	credits(t, l, "c", 4000, 1000, 4)
	time.Sleep(20*time.Second - time.Since(start))
	r.close()
	credits(t, l, "d", 4000, 1000, 4)
	time.Sleep(30*time.Second - time.Since(start))
	attempts := r.requests.Load() - before
	r.setMode("")
	r.reopen()
	r.waitFor(t, 112000, 2*time.Minute)
	stopWatch()

	distinct, total := r.counts()
	if distinct != 112000 {
		t.Errorf("the receiver saw %d different events; want 112,000", distinct)
	}
	if bad := r.outOfOrder(); len(bad) > 0 {
		t.Errorf("%d members' events arrived out of order, such as %s", len(bad), bad[0])
	}
	if n := r.badSigs.Load(); n > 0 {
		t.Errorf("%d requests with a bad signature", n)
	}
	// With backoff, 30 seconds of failures are a few attempts, not hundreds; without it, one
	// every 50 ms poll would be 600.
	if attempts > 40 || attempts < 3 {
		t.Errorf("%d requests during the 30-second outage; want a few, spaced by backoff", attempts)
	}
	if !failingSeen.Load() || !lagSeen.Load() {
		t.Errorf("during the outage: metric failing %v, status failing with lag %v; want both", failingSeen.Load(), lagSeen.Load())
	}
	if f := gauge(t, reg, "tally_export_failures_total", "crm"); f < 3 {
		t.Errorf("tally_export_failures_total %v; want the failed attempts counted", f)
	}
	testenv.Eventually(t, 10*time.Second, 100*time.Millisecond, "the sink's status after the outage", func() error {
		s, err := j.Status(ctx, time.Now())
		if err != nil || len(s) != 1 || s[0].Failing || s[0].LastDelivered == nil || s[0].Delivered < 112000 {
			return fmt.Errorf("%+v %v", s, err)
		}
		if g := gauge(t, reg, "tally_export_failing", "crm"); g != 0 {
			return fmt.Errorf("failing gauge %v", g)
		}
		return nil
	})
	t.Logf("%d events delivered, %d received in all (%d duplicates), %d requests during the outage", distinct, total, total-distinct, attempts)
}

// child runs a dispatcher until it is killed.
func child(dsn string) int {
	ctx := context.Background()
	pool, err := ledger.NewPool(ctx, dsn)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	d, err := export.NewDispatcher(pool, "program", export.Options{Source: "/tally/test/program",
		Sinks: []export.Sink{{Name: "crm", URL: os.Getenv("TALLY_EXPORT_CHILD_URL"), SigningKeyFile: os.Getenv("TALLY_EXPORT_CHILD_KEY"), BatchSize: 200}},
		Poll:  20 * time.Millisecond, LeaseRetry: 200 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	_ = d.Run(ctx)
	return 0
}

// A dispatcher killed (SIGKILL) mid-delivery, three times: nothing is lost, and each kill
// sends again at most the batch it was delivering (200 events).
func TestKilledDispatcherLosesNothing(t *testing.T) {
	l, _, dsn := newProgram(t)
	r := newReceiver(t)
	kf := keyFile(t)
	start := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+dsn, "TALLY_EXPORT_CHILD_URL="+r.url(), "TALLY_EXPORT_CHILD_KEY="+kf)
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	cmd := start()
	// The sink's cursor starts when the dispatcher first runs: wait for it before writing.
	j, _ := export.NewJournal(must(ledger.NewPool(context.Background(), dsn)), "program")
	testenv.Eventually(t, 10*time.Second, 20*time.Millisecond, "the sink's cursor", func() error {
		if s, err := j.Status(context.Background(), time.Now()); err != nil || len(s) != 1 {
			return fmt.Errorf("%v %v", s, err)
		}
		return nil
	})
	go credits(t, l, "k", 40000, 2000, 4)
	for kill := 1; kill <= 3; kill++ {
		testenv.Eventually(t, time.Minute, 5*time.Millisecond, "deliveries before the kill", func() error {
			if n, _ := r.counts(); n < kill*8000 {
				return fmt.Errorf("%d so far", n)
			}
			return nil
		})
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		cmd = start()
	}
	defer func() { _ = cmd.Process.Signal(syscall.SIGKILL); _ = cmd.Wait() }()
	r.waitFor(t, 40000, 2*time.Minute)
	distinct, total := r.counts()
	if distinct != 40000 {
		t.Errorf("%d different events arrived; want 40,000", distinct)
	}
	if dup := total - distinct; dup > 3*200 {
		t.Errorf("%d duplicates after three kills; at most one batch of 200 a kill", dup)
	}
	if bad := r.outOfOrder(); len(bad) > 0 {
		t.Errorf("%d members' events arrived out of order", len(bad))
	}
	t.Logf("%d duplicates after three kills", total-distinct)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// A receiver checks a request with Verify; a body or a key that is not the one signed, or a
// signature too old, fails.
func TestSignature(t *testing.T) {
	body := []byte(`[{"specversion":"1.0","id":"p1"}]`)
	now := time.Unix(1767225600, 0)
	sig := export.Sign([]byte(key), body, now)
	if err := export.Verify([]byte(key), body, sig, now.Add(time.Minute), 5*time.Minute); err != nil {
		t.Errorf("a good signature: %v", err)
	}
	for name, c := range map[string]struct {
		key, body []byte
		at        time.Time
	}{
		"another body":    {[]byte(key), []byte(`[]`), now},
		"another key":     {[]byte("other"), body, now},
		"too old":         {[]byte(key), body, now.Add(10 * time.Minute)},
		"from the future": {[]byte(key), body, now.Add(-10 * time.Minute)},
	} {
		if err := export.Verify(c.key, c.body, sig, c.at, 5*time.Minute); err == nil {
			t.Errorf("%s: verified", name)
		}
	}
}

// A sink that refuses every request gets its changes dead-lettered after its retry limit and
// moves on; a replay sends them again once it accepts, and they leave the dead letters.
func TestDeadLettersAndReplay(t *testing.T) {
	l, pool, _ := newProgram(t)
	ctx, cancel := context.WithCancel(context.Background())
	r := newReceiver(t)
	r.setMode("500")
	d, err := export.NewDispatcher(pool, "program", export.Options{Source: "/tally/test/program",
		Sinks:      []export.Sink{{Name: "bi", URL: r.url(), SigningKeyFile: keyFile(t), BatchSize: 50, MaxAttempts: 2, Kinds: []export.Kind{export.PointsEarned}}},
		MinBackoff: 10 * time.Millisecond, MaxBackoff: 20 * time.Millisecond, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = d.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	j, _ := export.NewJournal(pool, "program")
	testenv.Eventually(t, 10*time.Second, 20*time.Millisecond, "the sink's cursor", func() error {
		if s, err := j.Status(ctx, time.Now()); err != nil || len(s) != 1 {
			return fmt.Errorf("%v %v", s, err)
		}
		return nil
	})
	credits(t, l, "x", 120, 10, 1)
	// A hold is not a change the sink takes; a redemption is of a kind it did not ask for.
	if res, err := l.PostOne(ctx, ledger.Debit{Key: "spend", Member: "m1", Kind: ledger.DebitRedeem, Points: 5}); err != nil || res.Err != nil {
		t.Fatal(err, res.Err)
	}
	testenv.Eventually(t, 30*time.Second, 20*time.Millisecond, "120 dead letters", func() error {
		dl, err := j.DeadLetters(ctx, "", 0, 1000)
		if err != nil || len(dl) != 120 {
			return fmt.Errorf("%d %v", len(dl), err)
		}
		return nil
	})
	dl, _ := j.DeadLetters(ctx, "bi", 0, 1)
	if dl[0].Kind != export.PointsEarned || dl[0].Attempts != 2 || dl[0].Member == "" || len(dl[0].Event) == 0 {
		t.Errorf("a dead letter: %+v", dl[0])
	}
	r.setMode("")
	if n, err := j.Replay(ctx, "bi", nil); err != nil || n != 120 {
		t.Fatalf("replay: %d %v", n, err)
	}
	r.waitFor(t, 120, 30*time.Second)
	testenv.Eventually(t, 10*time.Second, 20*time.Millisecond, "no dead letters left", func() error {
		if dl, err := j.DeadLetters(ctx, "", 0, 1000); err != nil || len(dl) != 0 {
			return fmt.Errorf("%d %v", len(dl), err)
		}
		return nil
	})
	if distinct, _ := r.counts(); distinct != 120 {
		t.Errorf("%d events delivered; want the 120 credits and not the redemption", distinct)
	}
}
