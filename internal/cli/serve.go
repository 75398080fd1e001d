package cli

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/tally-operator/tally/internal/export"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/manifests"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/server"
)

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// memoryLimit is the container's memory limit in bytes from TALLY_MEMORY_LIMIT, which the
// operator's Deployment fills in from the container's resources (0: not set).
func memoryLimit() (int64, error) {
	v := os.Getenv("TALLY_MEMORY_LIMIT")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("TALLY_MEMORY_LIMIT must be a number of bytes, got %q", v)
	}
	return n, nil
}

func newLedgerServeCommand() *cobra.Command {
	var db databaseFlags
	var listen, metricsListen, tokenFile, exportConfig string
	var shards int
	var commitDelay, grace time.Duration
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve a program's ledger API",
		Long: `serve runs one program's HTTP API: events in, balances, redemptions and holds out (the
workload the operator deploys; the API is described at /openapi.json).

The schema must be migrated (tally migrate). Until a rule set is published to it (tally
ruleset publish, or the operator), /readyz fails and the API answers 503; a newly published
rule set is taken up within a second, without a restart. /healthz, /readyz and /metrics need
no token; the API needs a bearer token from --token-file when one is given. With
--metrics-listen, /metrics is served on that address as well, so that a NetworkPolicy can let
a monitoring system scrape it without reaching the API.

Unless GOGC is set, the garbage collector lets the heap grow to five times what is live; a
memory limit of 90% of TALLY_MEMORY_LIMIT (bytes; the Deployment sets it from the container's
limit) keeps that within the pod, unless GOMEMLIMIT is set.

With --export-config, the process also takes part in delivering the program's changes to its
sinks as CloudEvents (docs/export.md): the one that holds the program's export lease delivers.

On SIGTERM the server stops accepting, finishes the requests and commits in flight, and
exits within --grace.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGTERM, os.Interrupt)
			defer stop()
			pool, err := db.connect(ctx)
			if err != nil {
				return err
			}
			defer pool.Close()
			log := slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), nil))
			limit, err := memoryLimit()
			if err != nil {
				return err
			}
			gcPercent, heapLimit := server.TuneGC(limit)
			log.Info("garbage collector", "gcPercent", gcPercent, "memoryLimitBytes", heapLimit)
			registry := prometheus.NewRegistry()
			srv, err := server.New(server.Config{Pool: pool, Schema: db.schema, TokenFile: tokenFile,
				Shards: shards, CommitDelay: commitDelay, Logger: log, Registry: registry})
			if err != nil {
				return err
			}
			if exportConfig != "" || os.Getenv("TALLY_EXPORT_SINKS") != "" {
				var cfg export.Config
				if exportConfig != "" {
					cfg, err = export.LoadConfig(exportConfig)
				} else {
					cfg, err = export.ParseConfig([]byte(os.Getenv("TALLY_EXPORT_SINKS")))
				}
				if err != nil {
					return err
				}
				d, err := export.NewDispatcher(pool, db.schema, export.Options{Source: cfg.Source, Sinks: cfg.Sinks, Registerer: registry, Log: log})
				if err != nil {
					return err
				}
				go func() { _ = d.Run(ctx) }()
			}
			if metricsListen != "" {
				mux := http.NewServeMux()
				mux.Handle("GET /metrics", promhttp.HandlerFor(registry, promhttp.HandlerOpts{}))
				ms := &http.Server{Addr: metricsListen, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
				go func() {
					if err := ms.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
						log.Error("metrics listener stopped", "listen", metricsListen, "error", err)
					}
				}()
				defer func() { _ = ms.Close() }()
				log.Info("serving metrics", "listen", metricsListen)
			}
			log.Info("serving", "listen", listen, "schema", db.schema, "auth", tokenFile != "")
			return srv.Run(ctx, &http.Server{Addr: listen, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}, grace)
		},
	}
	db.register(cmd.Flags())
	f := cmd.Flags()
	f.StringVar(&listen, "listen", envOr("TALLY_LISTEN", ":8080"), "address to serve on (default $TALLY_LISTEN or :8080)")
	f.StringVar(&metricsListen, "metrics-listen", os.Getenv("TALLY_METRICS_LISTEN"),
		"another address to serve /metrics on (default $TALLY_METRICS_LISTEN; empty: only the API's)")
	f.StringVar(&tokenFile, "token-file", os.Getenv("TALLY_TOKEN_FILE"),
		"file of accepted bearer tokens, one per line, reread when it changes (default $TALLY_TOKEN_FILE; empty: no auth)")
	f.StringVar(&exportConfig, "export-config", os.Getenv("TALLY_EXPORT_CONFIG"),
		"JSON file of the program's export sinks (default $TALLY_EXPORT_CONFIG; empty: the JSON in $TALLY_EXPORT_SINKS, or no export)")
	f.IntVar(&shards, "commit-writers", 4, "group-commit writers (concurrent transactions)")
	// No wait by default: operations that arrive while a commit is written go in the next one
	// anyway, and waiting left the writer idle (both load runs were faster without it).
	f.DurationVar(&commitDelay, "commit-delay", 0, "how long a commit waits for more operations when none are queued (0: not at all)")
	f.DurationVar(&grace, "grace", 25*time.Second, "how long shutdown waits for requests in flight")
	return cmd
}

func newRulesetCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ruleset",
		Short: "Compile and publish a program's rule set from its YAML files",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return fmt.Errorf("%s needs a subcommand: publish or simulate", cmd.CommandPath())
		},
	}
	cmd.AddCommand(newRulesetPublishCommand(), newRulesetSimulateCommand())
	return cmd
}

// compileDir compiles the rule set of the YAML files in dir. Every error is printed with
// its object and field, and makes it fail with exit code 2, saying what was not done: an
// object whose programRef names a program that is not among the files is one.
func compileDir(cmd *cobra.Command, dir, namespace, notDone string) (*ruleset.Ruleset, error) {
	if dir == "" {
		return nil, &exitError{exitInvalid, fmt.Errorf("-f DIR is required")}
	}
	rs, errs, err := manifests.Compile(dir, namespace)
	if err != nil {
		return nil, &exitError{exitInvalid, err}
	}
	for _, e := range errs {
		fmt.Fprintln(cmd.ErrOrStderr(), e)
	}
	if len(errs) > 0 {
		return nil, &exitError{exitInvalid, fmt.Errorf("%d errors in %s; %s", len(errs), dir, notDone)}
	}
	return rs, nil
}

func newRulesetPublishCommand() *cobra.Command {
	var db databaseFlags
	var dir, namespace string
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "publish -f DIR",
		Short: "Compile PointsProgram, EarnRule, TierPolicy and RedemptionCatalog files and publish the rule set",
		Long: `publish reads the YAML files in DIR (the same files applied to the cluster), compiles them
into a rule set, migrates the schema, and makes the rule set active: running ledgers take it up
within a second. Every compilation error is printed with its object and field, and nothing is
published (exit code 2); so is an object whose programRef names a program that is not among
the files. With --dry-run it only compiles, which needs no database: a pipeline can check a
rule change before it merges.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rs, err := compileDir(cmd, dir, namespace, "nothing was published")
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if dryRun {
				fmt.Fprintf(out, "rule set %s: %d rules, %d catalog items (dry run: not published)\n", rs.Version, len(rs.Rules), len(rs.Catalog))
				return nil
			}
			ctx := cmd.Context()
			pool, err := db.connect(ctx)
			if err != nil {
				return err
			}
			defer pool.Close()
			if _, err := ledger.Migrate(ctx, pool, db.schema); err != nil {
				return err
			}
			l, err := ledger.New(pool, db.schema, ledger.Options{})
			if err != nil {
				return err
			}
			if err := l.Publish(ctx, rs); err != nil {
				return err
			}
			fmt.Fprintf(out, "rule set %s published to schema %s: %d rules, %d catalog items\n", rs.Version, db.schema, len(rs.Rules), len(rs.Catalog))
			return nil
		},
	}
	db.register(cmd.Flags())
	f := cmd.Flags()
	f.StringVarP(&dir, "file", "f", "", "directory of the program's YAML files")
	f.StringVar(&namespace, "namespace", "default", "namespace of objects whose files name none")
	f.BoolVar(&dryRun, "dry-run", false, "compile and report, publish nothing")
	return cmd
}
