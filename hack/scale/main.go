// Command scale measures the operator with many programs: it starts a test control plane and
// a private PostgreSQL, builds tally and runs `tally manager` as a separate process against
// them, applies N tenants (a namespace each, with its admin Secret, a PointsProgram and R
// EarnRules) as fast as the API server takes them, and waits until every program and rule is
// Ready. It prints the time that took, the manager's peak memory and CPU time, the schemas
// created and the PostgreSQL connections the manager used.
//
//	go run ./hack/scale                          # 200 programs with 10 rules each
//	go run ./hack/scale -programs 20 -rules 3
//
// The test control plane has no Deployment controller and no kubelets, so this program
// stands in for them: it marks each ledger Deployment available once the operator applies it.
// Everything it starts (control plane, PostgreSQL, manager) is stopped by PID when it ends,
// on error or on Ctrl-C too. The manager's log, its kubeconfig and binary stay in bin/scale.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"text/template"
	"time"

	"github.com/jackc/pgx/v5"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/labels"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/controller-runtime/pkg/cache"
	"sigs.k8s.io/controller-runtime/pkg/client"
	ctrllog "sigs.k8s.io/controller-runtime/pkg/log"
	"sigs.k8s.io/controller-runtime/pkg/log/zap"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/resources"
	"github.com/tally-operator/tally/internal/testenv"
)

type options struct {
	ledgerDatabase           bool
	programs, rules, workers int
	timeout, settle          time.Duration
	pgStatements             bool
}

func main() {
	var o options
	flag.IntVar(&o.programs, "programs", 200, "programs to create, one namespace each")
	flag.IntVar(&o.rules, "rules", 10, "EarnRules per program")
	flag.IntVar(&o.workers, "apply-workers", 8, "tenants applied at once")
	flag.DurationVar(&o.timeout, "timeout", 30*time.Minute, "give up when not everything is Ready by then")
	flag.DurationVar(&o.settle, "settle", 15*time.Second, "after everything is Ready, watch the manager this long for work it should no longer do")
	flag.BoolVar(&o.pgStatements, "pg-statements", false, "load pg_stat_statements and print the statements PostgreSQL spent most time on")
	flag.BoolVar(&o.ledgerDatabase, "ledger-database", false, "put the programs on a LedgerDatabase, a database each; without it each names an admin Secret in its namespace (a schema each in one database)")
	flag.Parse()
	if o.pgStatements {
		os.Setenv("TALLY_PG_CONF", os.Getenv("TALLY_PG_CONF")+"\nshared_preload_libraries = 'pg_stat_statements'\n")
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	// The watches log nothing worth reading here; the manager's log is in its own file.
	ctrllog.SetLogger(zap.New(zap.WriteTo(io.Discard)))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	root := testenv.RepoRoot()
	dir := filepath.Join(root, "bin", "scale")
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	fmt.Printf("machine: %d CPUs, load average at start %s\n", numCPU(), loadAverage())

	fmt.Println("building tally...")
	bin := filepath.Join(dir, "tally")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, ".")
	build.Dir, build.Stdout, build.Stderr = root, os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("go build: %w", err)
	}

	fmt.Println("starting the test control plane and PostgreSQL...")
	kube, err := testenv.StartKube()
	if err != nil {
		return err
	}
	defer func() { _ = kube.Stop() }()
	pg, err := testenv.StartPostgres()
	if err != nil {
		return err
	}
	defer func() { _ = pg.Stop() }()
	kubeconfig, err := kube.Kubeconfig(dir)
	if err != nil {
		return err
	}
	adminURI, err := newDatabase(ctx, pg.DSN, "tally_scale", o.pgStatements)
	if err != nil {
		return err
	}

	mgr, err := startManager(ctx, bin, kubeconfig, dir)
	if err != nil {
		return err
	}
	defer mgr.stop()
	fmt.Printf("manager running as PID %d (log: %s)\n", mgr.cmd.Process.Pid, mgr.logPath)

	// The tool's own view of the objects comes from watches, so that waiting does not load
	// the API server with lists of thousands of objects.
	cfg := *kube.Config
	cfg.QPS, cfg.Burst = -1, 0
	watched, err := cache.New(&cfg, cache.Options{Scheme: kube.Scheme, ByObject: map[client.Object]cache.ByObject{
		&appsv1.Deployment{}: {Label: labels.SelectorFromSet(labels.Set{"app.kubernetes.io/managed-by": resources.ManagedBy})},
	}})
	if err != nil {
		return err
	}
	cctx, cancelCache := context.WithCancel(ctx)
	defer cancelCache()
	for _, obj := range []client.Object{&v1alpha1.PointsProgram{}, &v1alpha1.EarnRule{}, &appsv1.Deployment{}} {
		if _, err := watched.GetInformer(cctx, obj); err != nil {
			return err
		}
	}
	go func() { _ = watched.Start(cctx) }()
	if !watched.WaitForCacheSync(cctx) {
		return errors.New("watch cache did not sync")
	}
	c, err := client.New(&cfg, client.Options{Scheme: kube.Scheme})
	if err != nil {
		return err
	}

	samples := &sampler{pid: mgr.cmd.Process.Pid, pgDSN: pg.DSN, db: "tally_scale"}
	sctx, stopSampling := context.WithCancel(cctx)
	defer stopSampling()
	sampled := make(chan struct{})
	go func() { samples.run(sctx); close(sampled) }()
	var marked atomic.Int64
	go markDeployments(cctx, watched, c, &marked)

	if o.ledgerDatabase {
		if err := platformDatabase(ctx, c, adminURI); err != nil {
			return err
		}
	}
	fmt.Printf("applying %d programs with %d EarnRules each, %d tenants at a time...\n", o.programs, o.rules, o.workers)
	procs := processes{manager: mgr.cmd.Process.Pid, postmaster: postmasterPID(pg.DSN)}
	cpu0 := procs.snapshot()
	start := time.Now()
	applied, err := applyTenants(ctx, c, o, adminURI)
	if err != nil {
		return err
	}
	fmt.Printf("applied %d objects in %s\n", applied, time.Since(start).Round(time.Millisecond))
	applyCPU := procs.snapshot().minus(cpu0)

	res, err := waitReady(ctx, watched, o, start, samples, &marked)
	res.cpu = procs.snapshot().minus(cpu0)
	res.wall = time.Since(start)
	res.applyCPU = applyCPU
	res.managerCPU = cpuSeconds(mgr.cmd.Process.Pid, false)
	hwm, rss := procStatusKB(mgr.cmd.Process.Pid, "VmHWM"), procStatusKB(mgr.cmd.Process.Pid, "VmRSS")
	// The connections counted from here on would be this program's own.
	stopSampling()
	<-sampled
	res.apiserver = apiserverSummary(ctx, &cfg)
	metrics := mgr.metrics()
	if err != nil {
		report(o, res, samples, hwm, rss, metrics)
		return fmt.Errorf("%w (manager log: %s)", err, mgr.logPath)
	}
	res.schemas, res.roles, res.databases, _ = countClaims(ctx, pg.DSN, "tally_scale")
	report(o, res, samples, hwm, rss, metrics)
	if o.pgStatements {
		topStatements(ctx, adminURI)
	}
	if o.settle > 0 {
		// With everything Ready and nothing changing, the manager should fall quiet: no
		// reconciler re-queueing itself or its neighbours.
		cpu := cpuSeconds(mgr.cmd.Process.Pid, false)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(o.settle):
		}
		after := mgr.metrics()
		fmt.Printf("in the %s after everything was Ready: %s, %.1f s of manager CPU\n", o.settle,
			strings.Join(workDone(metrics, after), ", "), cpuSeconds(mgr.cmd.Process.Pid, false)-cpu)
		b, a := metricValue(metrics, "tally_operator_sql_statements_total"), metricValue(after, "tally_operator_sql_statements_total")
		pb, pa := metricValue(metrics, "tally_operator_pass_sql_statements_count"), metricValue(after, "tally_operator_pass_sql_statements_count")
		if pa > pb {
			fmt.Printf("SQL statements: %.2f per program, %.2f per pass over a program\n", (a-b)/float64(o.programs), (a-b)/(pa-pb))
		}
	}
	fmt.Printf("load average at the end %s\n", loadAverage())
	return nil
}

// newDatabase creates a database for the programs and returns its admin URI.
func newDatabase(ctx context.Context, dsn, name string, statements bool) (string, error) {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return "", err
	}
	uri := fmt.Sprintf("postgres://%s:%s@%s:%d/%s?sslmode=disable", cfg.User, cfg.Password, cfg.Host, cfg.Port, name)
	if statements {
		db, err := pgx.Connect(ctx, uri)
		if err != nil {
			return "", err
		}
		defer db.Close(ctx)
		if _, err := db.Exec(ctx, "CREATE EXTENSION pg_stat_statements"); err != nil {
			return "", err
		}
	}
	return uri, nil
}

// topStatements prints the statements the programs' database spent most time on.
func topStatements(ctx context.Context, uri string) {
	conn, err := pgx.Connect(ctx, uri)
	if err != nil {
		fmt.Println("pg_stat_statements:", err)
		return
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT calls, total_exec_time, regexp_replace(left(query, 110), '\s+', ' ', 'g')
		FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
		ORDER BY total_exec_time DESC LIMIT 15`)
	if err != nil {
		fmt.Println("pg_stat_statements:", err)
		return
	}
	defer rows.Close()
	fmt.Println("PostgreSQL statements by total time:")
	for rows.Next() {
		var calls int64
		var total float64
		var query string
		if err := rows.Scan(&calls, &total, &query); err != nil {
			fmt.Println("pg_stat_statements:", err)
			return
		}
		fmt.Printf("  %8.0f ms %7d calls  %s\n", total, calls, query)
	}
}

// manager is `tally manager` running as a child process.
type manager struct {
	cmd         *exec.Cmd
	logPath     string
	metricsAddr string
	done        chan struct{}
	stopOnce    sync.Once
}

func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// startManager runs the manager as it runs in a cluster, but on loopback ports, with plain
// HTTP metrics (scraped at the end) and without leader election: one replica runs, and a
// lease needs the in-cluster namespace. It returns once all four controllers have workers.
func startManager(ctx context.Context, bin, kubeconfig, dir string) (*manager, error) {
	metricsAddr, err := freePort()
	if err != nil {
		return nil, err
	}
	probeAddr, err := freePort()
	if err != nil {
		return nil, err
	}
	logPath := filepath.Join(dir, "manager.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "manager", "--metrics-bind-address="+metricsAddr, "--metrics-secure=false",
		"--health-probe-bind-address="+probeAddr, "--ledger-image=registry.example/tally:scale")
	cmd.Env = append(os.Environ(), "KUBECONFIG="+kubeconfig)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// A process group of its own keeps a terminal's Ctrl-C from reaching it before this
	// program has taken its measurements; the parent-death signal stops it if this program is
	// killed outright.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, err
	}
	m := &manager{cmd: cmd, logPath: logPath, metricsAddr: metricsAddr, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); logFile.Close(); close(m.done) }()

	deadline := time.Now().Add(60 * time.Second)
	for {
		if n := strings.Count(readFile(logPath), `"msg":"Starting workers"`); n >= 4 {
			if resp, err := http.Get("http://" + probeAddr + "/readyz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					return m, nil
				}
			}
		}
		select {
		case <-m.done:
			return nil, fmt.Errorf("manager exited at start: %s\n%s", cmd.ProcessState, tail(readFile(logPath), 20))
		case <-ctx.Done():
			m.stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			m.stop()
			return nil, fmt.Errorf("manager not started within a minute:\n%s", tail(readFile(logPath), 20))
		}
	}
}

// stop sends SIGTERM to the manager's PID and SIGKILL if it has not exited 40 s later.
func (m *manager) stop() {
	m.stopOnce.Do(func() {
		_ = m.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-m.done:
		case <-time.After(40 * time.Second):
			_ = m.cmd.Process.Kill()
			<-m.done
		}
	})
}

// statFields returns the fields of /proc/PID/stat after "pid (comm)": index 0 is field 3
// (state), so field N is at N-3.
func statFields(pid int) []string {
	stat := readFile(fmt.Sprintf("/proc/%d/stat", pid))
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return nil
	}
	return strings.Fields(stat[i+1:])
}

// cpuSeconds is the user and system CPU time a process has used so far; with children, also
// that of its children that have exited.
func cpuSeconds(pid int, children bool) float64 {
	f := statFields(pid)
	if len(f) < 15 {
		return 0
	}
	last := 12 // stime, field 15
	if children {
		last = 14 // cstime, field 17
	}
	var ticks float64
	for i := 11; i <= last; i++ {
		v, _ := strconv.ParseFloat(f[i], 64)
		ticks += v
	}
	// USER_HZ is 100 on every Linux architecture Go supports.
	return ticks / 100
}

// processes are the ones whose CPU time is reported: the manager, the control plane (this
// program's kube-apiserver and etcd children) and PostgreSQL (the postmaster and its
// backends).
type processes struct{ manager, postmaster int }

type cpuUse struct{ manager, apiserver, etcd, postgres, machineBusy, machineAll float64 }

func (p processes) snapshot() cpuUse {
	u := cpuUse{manager: cpuSeconds(p.manager, false)}
	self := strconv.Itoa(os.Getpid())
	pm := strconv.Itoa(p.postmaster)
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		f := statFields(pid)
		if len(f) < 2 {
			continue
		}
		switch {
		case pid == p.postmaster:
			u.postgres += cpuSeconds(pid, true)
		case f[1] == pm:
			u.postgres += cpuSeconds(pid, false)
		case f[1] == self:
			exe, _ := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
			switch filepath.Base(exe) {
			case "kube-apiserver":
				u.apiserver += cpuSeconds(pid, false)
			case "etcd":
				u.etcd += cpuSeconds(pid, false)
			}
		}
	}
	// The first line of /proc/stat: cpu user nice system idle iowait irq softirq steal ...
	if lines := strings.SplitN(readFile("/proc/stat"), "\n", 2); len(lines) > 0 {
		f := strings.Fields(lines[0])
		for i := 1; i < len(f) && i <= 8; i++ {
			v, _ := strconv.ParseFloat(f[i], 64)
			u.machineAll += v / 100
			if i != 4 && i != 5 {
				u.machineBusy += v / 100
			}
		}
	}
	return u
}

func (u cpuUse) minus(v cpuUse) cpuUse {
	return cpuUse{u.manager - v.manager, u.apiserver - v.apiserver, u.etcd - v.etcd, u.postgres - v.postgres,
		u.machineBusy - v.machineBusy, u.machineAll - v.machineAll}
}

// postmasterPID reads the PID that hack/postgres.sh recorded for the server of dsn.
func postmasterPID(dsn string) int {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return -1
	}
	tmp := os.Getenv("TMPDIR")
	if tmp == "" {
		tmp = "/tmp"
	}
	pid, err := strconv.Atoi(strings.TrimSpace(readFile(filepath.Join(tmp, fmt.Sprintf("tally-postgres-%d", cfg.Port), "pid"))))
	if err != nil {
		return -1
	}
	return pid
}

// metrics returns the manager's Prometheus metrics.
func (m *manager) metrics() string {
	resp, err := http.Get("http://" + m.metricsAddr + "/metrics")
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// procStatusKB reads a "kB" field of /proc/PID/status, such as VmHWM (peak resident memory).
func procStatusKB(pid int, field string) int64 {
	for _, line := range strings.Split(readFile(fmt.Sprintf("/proc/%d/status", pid)), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return -1
}

// sampler records the manager's resident memory and its PostgreSQL connections over time.
type sampler struct {
	pid   int
	pgDSN string
	db    string

	mu         sync.Mutex
	peakRSS    int64 // kB
	peakConns  int
	peakActive int
	pgErr      error
}

func (s *sampler) run(ctx context.Context) {
	conn, err := pgx.Connect(ctx, s.pgDSN)
	if err != nil {
		s.mu.Lock()
		s.pgErr = err
		s.mu.Unlock()
	} else {
		defer conn.Close(context.Background())
	}
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		rss := procStatusKB(s.pid, "VmRSS")
		var total, active int
		var qerr error
		if conn != nil {
			// This connection is to another database, so it is not counted.
			qerr = conn.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE state = 'active')
				FROM pg_stat_activity WHERE datname = $1`, s.db).Scan(&total, &active)
		}
		s.mu.Lock()
		if qerr != nil && ctx.Err() == nil {
			s.pgErr = qerr
		}
		s.peakRSS = max(s.peakRSS, rss)
		s.peakConns = max(s.peakConns, total)
		s.peakActive = max(s.peakActive, active)
		s.mu.Unlock()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *sampler) peaks() (rssKB int64, conns, active int, pgErr error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peakRSS, s.peakConns, s.peakActive, s.pgErr
}

// markDeployments does the Deployment controller's and the kubelets' part: every ledger
// Deployment the operator applies is reported rolled out and available.
func markDeployments(ctx context.Context, r client.Reader, c client.Client, marked *atomic.Int64) {
	done := map[string]int64{} // namespace/name: generation marked
	for {
		var list appsv1.DeploymentList
		if err := r.List(ctx, &list); err == nil {
			for i := range list.Items {
				d := &list.Items[i]
				key := d.Namespace + "/" + d.Name
				if done[key] == d.Generation && d.Status.ObservedGeneration == d.Generation {
					continue
				}
				n := int32(1)
				if d.Spec.Replicas != nil {
					n = *d.Spec.Replicas
				}
				d = d.DeepCopy()
				now := metav1.Now()
				d.Status = appsv1.DeploymentStatus{ObservedGeneration: d.Generation, Replicas: n, ReadyReplicas: n, AvailableReplicas: n, UpdatedReplicas: n,
					Conditions: []appsv1.DeploymentCondition{{Type: appsv1.DeploymentAvailable, Status: corev1.ConditionTrue, Reason: "MinimumReplicasAvailable",
						LastUpdateTime: now, LastTransitionTime: now}}}
				// A conflict means the cache is behind: the next round sees the new version.
				if err := c.Status().Update(ctx, d); err == nil {
					if _, seen := done[key]; !seen {
						marked.Add(1)
					}
					done[key] = d.Generation
				}
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// tenant is one brand: a namespace with the admin Secret, a program and its rules, as the
// brand's manifests would have them.
var tenant = template.Must(template.New("tenant").Parse(`apiVersion: v1
kind: Namespace
metadata:
  name: {{.Namespace}}
---
{{- if not .LedgerDatabase}}
apiVersion: v1
kind: Secret
metadata:
  name: postgres
  namespace: {{.Namespace}}
data:
  uri: {{.URI}}
---
{{- end}}
apiVersion: loyalty.tally.dev/v1alpha1
kind: PointsProgram
metadata:
  name: rewards
  namespace: {{.Namespace}}
spec:
  displayName: Brand {{.Index}} Rewards
  currency: {{.Currency}}
  pointValue: "{{.PointValue}}"
  timeZone: {{.TimeZone}}
  database:
{{- if .LedgerDatabase}}
    ledgerDatabase: scale
{{- else}}
    secretRef:
      name: postgres
{{- end}}
  ledger:
    replicas: 2
{{- if .Yearly}}
  expiry:
    policy: YearlyClearing
    yearlyClearing:
      month: 12
      day: 31
      afterYears: 1
    schedule: "15 0 * * *"
    noticeDays: 30
{{- else}}
  expiry:
    policy: Rolling
    rolling:
      period: 12mo
    schedule: "30 1 * * *"
  negativeBalance: Allow
  caps:
  - period: Day
    maxPoints: 100000
{{- end}}
{{- range .Rules}}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: {{.Name}}
  namespace: {{$.Namespace}}
spec:
  programRef:
    name: rewards
{{.Spec}}
{{- end}}
`))

// ruleSpecs are the spec bodies (after programRef) of a brand's first ten rules: purchases
// with a tier multiplier, exclusive promotions and an expression, behaviour rules with daily
// and other caps, and a penalty. Further rules are capped custom-event bonuses.
var ruleSpecs = []struct{ name, spec string }{
	{"purchase", `  description: 1 point per unit of currency, times the member's tier multiplier.
  eventType: purchase
  condition: event.amount > 0.0
  points:
    perUnit:
      field: amount
      unit: "1"
      points: "1"
    rounding: Down`},
	{"double-points-weekend", `  description: 1 more point per unit at the weekend; only the highest priority promotion applies.
  eventType: purchase
  condition: event.occurredAt.getDayOfWeek('{{TZ}}') in [0, 6]
  points:
    perUnit:
      unit: "1"
      points: "1"
  stacking: Exclusive
  exclusiveGroup: purchase-promotions
  priority: 100`},
	{"big-basket", `  description: 5 points per 10 on baskets of 500 or more.
  eventType: purchase
  condition: event.amount >= 500.0
  points:
    perUnit:
      unit: "10"
      points: "5"
  stacking: Exclusive
  exclusiveGroup: purchase-promotions
  priority: 50`},
	{"app-orders", `  description: 5% back in points on orders placed in the app, at most 200 a day.
  eventType: purchase
  condition: event.attributes.channel == "app"
  points:
    expression: event.amount * 0.05
    rounding: HalfUp
  applyTierMultiplier: false
  caps:
  - period: Day
    maxPoints: 200`},
	{"sign-in", `  description: 5 points per sign-in, at most 15 points a day.
  eventType: sign_in
  points:
    fixed: 5
  applyTierMultiplier: false
  caps:
  - period: Day
    maxPoints: 15`},
	{"review", `  description: 20 points per review, two a day and 200 a month at most.
  eventType: review
  points:
    fixed: 20
  applyTierMultiplier: false
  caps:
  - period: Day
    maxCount: 2
  - period: Month
    maxPoints: 200`},
	{"share", `  description: 2 points per share, five a day and 50 points a week at most.
  eventType: share
  points:
    fixed: 2
  applyTierMultiplier: false
  caps:
  - period: Day
    maxCount: 5
  - period: Week
    maxPoints: 50`},
	{"profile-completed", `  description: 100 points once for a complete profile.
  eventType: profile_completed
  points:
    fixed: 100
  applyTierMultiplier: false
  caps:
  - period: Lifetime
    maxCount: 1`},
	{"referral", `  description: 200 points per referred friend, five a month at most; tried in shadow mode first.
  eventType: referral
  points:
    fixed: 200
  caps:
  - period: Month
    maxCount: 5
  mode: {{MODE}}`},
	{"refused-delivery", `  description: A 50-point penalty when a member refuses a delivery.
  eventType: custom
  customEventType: delivery_refused
  points:
    fixed: -50
  applyTierMultiplier: false`},
}

type ruleDoc struct{ Name, Spec string }

func tenantYAML(i, rules int, adminURI string, ledgerDatabase bool) []byte {
	zones := []string{"Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC"}
	currencies := []string{"CNY", "EUR", "USD", "GBP"}
	values := []string{"0.10", "0.01", "0.005", "1"}
	mode := "Active"
	if i%3 == 0 {
		mode = "Shadow"
	}
	data := struct {
		Namespace, URI, Currency, PointValue, TimeZone string
		Index                                          int
		Yearly, LedgerDatabase                         bool
		Rules                                          []ruleDoc
	}{
		Namespace: fmt.Sprintf("brand-%04d", i), URI: base64.StdEncoding.EncodeToString([]byte(adminURI)),
		Currency: currencies[i%4], PointValue: values[i%4], TimeZone: zones[i%4], Index: i, Yearly: i%2 == 0, LedgerDatabase: ledgerDatabase,
	}
	for j := 0; j < rules; j++ {
		if j < len(ruleSpecs) {
			spec := strings.NewReplacer("{{TZ}}", data.TimeZone, "{{MODE}}", mode).Replace(ruleSpecs[j].spec)
			data.Rules = append(data.Rules, ruleDoc{ruleSpecs[j].name, spec})
			continue
		}
		data.Rules = append(data.Rules, ruleDoc{fmt.Sprintf("bonus-%d", j), fmt.Sprintf(`  description: Bonus campaign %d, once a day.
  eventType: custom
  customEventType: bonus_%d
  points:
    fixed: %d
  applyTierMultiplier: false
  caps:
  - period: Day
    maxCount: 1`, j, j, j%50+1)})
	}
	var b bytes.Buffer
	if err := tenant.Execute(&b, data); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// applyTenants applies every tenant's manifests with server-side apply, as
// `kubectl apply --server-side` would, o.workers tenants at a time, and returns the number of
// objects applied.
func applyTenants(ctx context.Context, c client.Client, o options, adminURI string) (int, error) {
	var (
		wg      sync.WaitGroup
		n       atomic.Int64
		errOnce sync.Once
		first   error
	)
	next := make(chan int)
	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	for w := 0; w < o.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				dec := utilyaml.NewYAMLOrJSONDecoder(bytes.NewReader(tenantYAML(i, o.rules, adminURI, o.ledgerDatabase)), 4096)
				for {
					u := &unstructured.Unstructured{}
					err := dec.Decode(&u.Object)
					if errors.Is(err, io.EOF) {
						break
					}
					if err == nil {
						err = c.Apply(actx, client.ApplyConfigurationFromUnstructured(u), client.FieldOwner("scale"), client.ForceOwnership)
					}
					if err != nil {
						errOnce.Do(func() {
							first = fmt.Errorf("apply %s %s/%s: %w", u.GetKind(), u.GetNamespace(), u.GetName(), err)
							cancel()
						})
						break
					}
					n.Add(1)
				}
			}
		}()
	}
loop:
	for i := 0; i < o.programs; i++ {
		select {
		case next <- i:
		case <-actx.Done():
			break loop
		}
	}
	close(next)
	wg.Wait()
	if first == nil && ctx.Err() != nil {
		first = ctx.Err()
	}
	return int(n.Load()), first
}

// result is what waitReady saw.
type result struct {
	published, programsReady, rulesReady time.Duration // from the first apply
	allReady                             time.Duration
	schemas, roles, databases            int
	// cpu is the CPU time used from the first apply until everything was Ready, over wall;
	// applyCPU until the last object was applied.
	cpu, applyCPU cpuUse
	// apiserver sums up the API server's own request metrics.
	apiserver  []string
	wall       time.Duration
	managerCPU float64 // since the manager started
	// unready lists a few objects that did not get Ready, with their conditions.
	unready []string
}

func current(gen, observed int64, conds []metav1.Condition, kind string) bool {
	c := meta.FindStatusCondition(conds, kind)
	return observed == gen && c != nil && c.Status == metav1.ConditionTrue && c.ObservedGeneration == gen
}

// waitReady waits until every program has published its rules and every program and rule is
// Ready for its current generation, printing progress every 5 seconds.
func waitReady(ctx context.Context, r client.Reader, o options, start time.Time, s *sampler, marked *atomic.Int64) (result, error) {
	var res result
	deadline := start.Add(o.timeout)
	lastPrint := time.Now()
	for {
		var programs v1alpha1.PointsProgramList
		var rules v1alpha1.EarnRuleList
		if err := r.List(ctx, &programs); err != nil {
			return res, err
		}
		if err := r.List(ctx, &rules); err != nil {
			return res, err
		}
		var published, ready, rulesReady int
		res.unready = res.unready[:0]
		for _, p := range programs.Items {
			c := meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionRulesetPublished)
			if c != nil && c.Status == metav1.ConditionTrue && c.ObservedGeneration == p.Generation {
				published++
			}
			if current(p.Generation, p.Status.ObservedGeneration, p.Status.Conditions, v1alpha1.ConditionReady) {
				ready++
			} else if len(res.unready) < 5 {
				res.unready = append(res.unready, fmt.Sprintf("PointsProgram %s/%s: %s", p.Namespace, p.Name, conditions(p.Status.Conditions)))
			}
		}
		for _, e := range rules.Items {
			if current(e.Generation, e.Status.ObservedGeneration, e.Status.Conditions, v1alpha1.ConditionReady) {
				rulesReady++
			} else if len(res.unready) < 10 {
				res.unready = append(res.unready, fmt.Sprintf("EarnRule %s/%s: %s", e.Namespace, e.Name, conditions(e.Status.Conditions)))
			}
		}
		now := time.Since(start)
		wantRules := o.programs * o.rules
		if res.published == 0 && published == o.programs {
			res.published = now
		}
		if res.programsReady == 0 && ready == o.programs {
			res.programsReady = now
		}
		if res.rulesReady == 0 && rulesReady == wantRules && len(rules.Items) == wantRules {
			res.rulesReady = now
		}
		done := res.programsReady != 0 && res.rulesReady != 0 && ready == o.programs && rulesReady == wantRules
		if done || time.Since(lastPrint) >= 5*time.Second {
			rss, conns, _, _ := s.peaks()
			fmt.Printf("%7.1fs programs: %d seen, %d published, %d Ready; EarnRules: %d seen, %d Ready; Deployments marked %d; manager RSS %s (peak %s); PostgreSQL connections peak %d\n",
				now.Seconds(), len(programs.Items), published, ready, len(rules.Items), rulesReady, marked.Load(),
				mib(procStatusKB(s.pid, "VmRSS")), mib(rss), conns)
			lastPrint = time.Now()
		}
		if done {
			res.allReady = now
			return res, nil
		}
		if time.Now().After(deadline) {
			return res, fmt.Errorf("not all Ready within %s", o.timeout)
		}
		select {
		case <-ctx.Done():
			return res, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func conditions(conds []metav1.Condition) string {
	var parts []string
	for _, c := range conds {
		parts = append(parts, fmt.Sprintf("%s=%s (%s: %s)", c.Type, c.Status, c.Reason, c.Message))
	}
	if len(parts) == 0 {
		return "no conditions"
	}
	return strings.Join(parts, "; ")
}

// countClaims counts the schemas, roles and databases the operator's catalog in db records.
func countClaims(ctx context.Context, dsn, db string) (schemas, roles, databases int, err error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return 0, 0, 0, err
	}
	cfg.Database = db
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return 0, 0, 0, err
	}
	defer conn.Close(ctx)
	err = conn.QueryRow(ctx, `SELECT count(*) FILTER (WHERE kind = 'schema'), count(*) FILTER (WHERE kind = 'role'),
		count(*) FILTER (WHERE kind = 'database') FROM tally_operator.claims`).Scan(&schemas, &roles, &databases)
	return schemas, roles, databases, err
}

// platformDatabase makes what the platform team makes for -ledger-database: the operator's
// namespace, the admin Secret in it, and the LedgerDatabase "scale" that admits every
// namespace.
func platformDatabase(ctx context.Context, c client.Client, adminURI string) error {
	objs := []client.Object{
		&corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: "tally-system"}},
		&corev1.Secret{ObjectMeta: metav1.ObjectMeta{Namespace: "tally-system", Name: "postgres-admin"}, StringData: map[string]string{"uri": adminURI}},
		&v1alpha1.LedgerDatabase{ObjectMeta: metav1.ObjectMeta{Name: "scale"}, Spec: v1alpha1.LedgerDatabaseSpec{
			AdminSecretRef: v1alpha1.SecretKeyReference{Name: "postgres-admin", Key: "uri"}}},
	}
	for _, o := range objs {
		if err := c.Create(ctx, o); err != nil {
			return fmt.Errorf("create %T %s: %w", o, o.GetName(), err)
		}
	}
	return nil
}

func report(o options, res result, s *sampler, hwmKB, rssKB int64, metrics string) {
	peakRSS, conns, active, pgErr := s.peaks()
	fmt.Printf("\n== %d programs x %d EarnRules ==\n", o.programs, o.rules)
	show := func(what string, d time.Duration) {
		if d == 0 {
			fmt.Printf("%-44s not reached\n", what)
			return
		}
		fmt.Printf("%-44s %s\n", what, d.Round(100*time.Millisecond))
	}
	show("all programs RulesetPublished after", res.published)
	show("all programs Ready after", res.programsReady)
	show("all EarnRules Ready after", res.rulesReady)
	show("everything Ready after", res.allReady)
	fmt.Printf("%-44s %s (VmHWM; highest VmRSS sampled %s)\n", "manager peak resident memory", mib(hwmKB), mib(peakRSS))
	fmt.Printf("%-44s %s\n", "manager resident memory at the end", mib(rssKB))
	fmt.Printf("%-44s %.1f s (%.1f s since it started)\n", "manager CPU time (user+system)", res.cpu.manager, res.managerCPU)
	c := res.cpu
	fmt.Printf("%-44s kube-apiserver %.1f s, etcd %.1f s, PostgreSQL %.1f s\n", "CPU time of the others", c.apiserver, c.etcd, c.postgres)
	a := res.applyCPU
	fmt.Printf("%-44s manager %.1f s, kube-apiserver %.1f s, etcd %.1f s, PostgreSQL %.1f s\n", "  of which while applying", a.manager, a.apiserver, a.etcd, a.postgres)
	if c.machineAll > 0 {
		fmt.Printf("%-44s %.0f%% of %.1f CPU-seconds (%.1f s busy in %s; includes anything else running)\n", "machine CPU busy", 100*c.machineBusy/c.machineAll,
			c.machineAll, c.machineBusy, res.wall.Round(100*time.Millisecond))
	}
	if res.schemas+res.databases > 0 {
		fmt.Printf("%-44s %d databases, %d schemas, %d roles\n", "PostgreSQL objects claimed", res.databases, res.schemas, res.roles)
	}
	fmt.Printf("%-44s %d (at most %d active at once)\n", "PostgreSQL connections of the manager, peak", conns, active)
	if pgErr != nil {
		fmt.Printf("  (pg_stat_activity sampling failed: %v)\n", pgErr)
	}
	if lines := metricSummary(metrics); len(lines) > 0 {
		fmt.Println("manager metrics:")
		for _, l := range lines {
			fmt.Println("  " + l)
		}
	}
	if len(res.apiserver) > 0 {
		fmt.Println("API server, by verb and resource (all clients: the manager, this program's applies and watches):")
		for _, l := range res.apiserver {
			fmt.Println("  " + l)
		}
	}
	if len(res.unready) > 0 && res.allReady == 0 {
		fmt.Println("not Ready (first few):")
		for _, u := range res.unready {
			fmt.Println("  " + u)
		}
	}
}

// metricSummary picks the reconcile counts and times and the API requests out of the
// manager's metrics.
func metricSummary(text string) []string {
	type agg struct{ count, sum float64 }
	reconciles := map[string]float64{}
	times := map[string]*agg{}
	requests := map[string]float64{}
	queued := map[string]*agg{}
	adds := map[string]float64{}
	add := func(m map[string]*agg, key, name string, value float64) {
		a := m[key]
		if a == nil {
			a = &agg{}
			m[key] = a
		}
		if strings.HasSuffix(name, "_sum") {
			a.sum += value
		} else {
			a.count += value
		}
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		name, labels, value, ok := parseMetric(line)
		if !ok {
			continue
		}
		switch name {
		case "controller_runtime_reconcile_total":
			if value > 0 {
				reconciles[labels["controller"]+" "+labels["result"]] += value
			}
		case "controller_runtime_reconcile_time_seconds_sum", "controller_runtime_reconcile_time_seconds_count":
			add(times, labels["controller"], name, value)
		case "workqueue_queue_duration_seconds_sum", "workqueue_queue_duration_seconds_count":
			add(queued, labels["name"], name, value)
		case "workqueue_adds_total":
			adds[labels["name"]] += value
		case "rest_client_requests_total":
			requests[labels["method"]+" "+labels["code"]] += value
		}
	}
	var out []string
	for _, k := range sortedKeys(reconciles) {
		out = append(out, fmt.Sprintf("reconciles %-40s %.0f", k, reconciles[k]))
	}
	for _, k := range sortedKeys(times) {
		if a := times[k]; a.count > 0 {
			out = append(out, fmt.Sprintf("reconcile time %-36s %.1f s in all, %.1f ms each", k, a.sum, 1000*a.sum/a.count))
		}
	}
	for _, k := range sortedKeys(queued) {
		if a := queued[k]; a.count > 0 {
			out = append(out, fmt.Sprintf("queue %-45s %.0f adds, %.0f ms waiting on average", k, adds[k], 1000*a.sum/a.count))
		}
	}
	for _, k := range sortedKeys(requests) {
		out = append(out, fmt.Sprintf("API requests %-38s %.0f", k, requests[k]))
	}
	return out
}

// workDone compares two scrapes of the manager's metrics: reconciles per controller and API
// requests.
func workDone(before, after string) []string {
	totals := func(text string) map[string]float64 {
		m := map[string]float64{}
		for _, line := range strings.Split(text, "\n") {
			name, labels, value, ok := parseMetric(line)
			switch {
			case !ok:
			case name == "controller_runtime_reconcile_total":
				m[labels["controller"]+" reconciles"] += value
			case name == "rest_client_requests_total":
				m["API requests"] += value
			case name == "tally_operator_sql_statements_total":
				m["SQL statements"] += value
			case name == "tally_operator_pass_sql_statements_count":
				m["program passes"] += value
			}
		}
		return m
	}
	b, a := totals(before), totals(after)
	var out []string
	for _, k := range sortedKeys(a) {
		out = append(out, fmt.Sprintf("%.0f %s", a[k]-b[k], k))
	}
	return out
}

// metricValue sums a metric's samples in a scrape.
func metricValue(text, metric string) float64 {
	var sum float64
	for _, line := range strings.Split(text, "\n") {
		if name, _, value, ok := parseMetric(line); ok && name == metric {
			sum += value
		}
	}
	return sum
}

// apiserverSummary reads the API server's metrics and returns its requests by verb and
// resource, with the time it spent on them, most time first.
func apiserverSummary(ctx context.Context, cfg *rest.Config) []string {
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return nil
	}
	raw, err := cs.Discovery().RESTClient().Get().AbsPath("/metrics").DoRaw(ctx)
	if err != nil {
		return []string{"metrics: " + err.Error()}
	}
	type agg struct{ count, sum float64 }
	by := map[string]*agg{}
	for _, line := range strings.Split(string(raw), "\n") {
		name, labels, value, ok := parseMetric(line)
		if !ok || (name != "apiserver_request_duration_seconds_sum" && name != "apiserver_request_duration_seconds_count") || labels["verb"] == "WATCH" {
			continue
		}
		key := labels["verb"] + " " + labels["resource"]
		if labels["subresource"] != "" {
			key += "/" + labels["subresource"]
		}
		a := by[key]
		if a == nil {
			a = &agg{}
			by[key] = a
		}
		if strings.HasSuffix(name, "_sum") {
			a.sum += value
		} else {
			a.count += value
		}
	}
	keys := sortedKeys(by)
	sort.SliceStable(keys, func(i, j int) bool { return by[keys[i]].sum > by[keys[j]].sum })
	var out []string
	for _, k := range keys {
		if a := by[k]; a.sum >= 0.5 {
			out = append(out, fmt.Sprintf("%-44s %6.0f requests, %6.1f s in all, %5.1f ms each", k, a.count, a.sum, 1000*a.sum/a.count))
		}
	}
	return out
}

func parseMetric(line string) (string, map[string]string, float64, bool) {
	sp := strings.LastIndexByte(line, ' ')
	if sp < 0 {
		return "", nil, 0, false
	}
	v, err := strconv.ParseFloat(line[sp+1:], 64)
	if err != nil {
		return "", nil, 0, false
	}
	head := line[:sp]
	labels := map[string]string{}
	name := head
	if i := strings.IndexByte(head, '{'); i >= 0 {
		name = head[:i]
		for _, kv := range strings.Split(strings.TrimSuffix(head[i+1:], "}"), ",") {
			if k, val, ok := strings.Cut(kv, "="); ok {
				labels[k] = strings.Trim(val, `"`)
			}
		}
	}
	return name, labels, v, true
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func mib(kb int64) string {
	if kb < 0 {
		return "?"
	}
	return fmt.Sprintf("%.0f MiB", float64(kb)/1024)
}

func readFile(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func loadAverage() string {
	f := strings.Fields(readFile("/proc/loadavg"))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func numCPU() int {
	n := 0
	for _, line := range strings.Split(readFile("/proc/cpuinfo"), "\n") {
		if strings.HasPrefix(line, "processor") {
			n++
		}
	}
	return n
}
