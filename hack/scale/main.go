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
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	"k8s.io/apimachinery/pkg/labels"
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
	if procFSErr != nil {
		return procFSErr
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
	hwm, rss := residentKB(mgr.cmd.Process.Pid)
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
		b, a := metrics.total("tally_operator_sql_statements_total"), after.total("tally_operator_sql_statements_total")
		pb, pa := metrics.total("tally_operator_pass_sql_statements"), after.total("tally_operator_pass_sql_statements")
		if pa > pb {
			fmt.Printf("SQL statements: %.2f per program, %.2f per pass over a program\n", (a-b)/float64(o.programs), (a-b)/(pa-pb))
		}
	}
	fmt.Printf("load average at the end %s\n", loadAverage())
	return nil
}

func report(o options, res result, s *sampler, hwmKB, rssKB int64, metrics families) {
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
