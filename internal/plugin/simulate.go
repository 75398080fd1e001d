package plugin

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/spf13/cobra"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/manifests"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/simulate"
)

func newSimulateCommand(o *options) *cobra.Command {
	var dir, since, format, databaseURL string
	var top int
	cmd := &cobra.Command{
		Use:   "simulate -n NAMESPACE PROGRAM -f DIR [--since 30d] [--format text|markdown|json]",
		Short: "Replay the program's recent events with a proposed rule set and report what would change",
		Long: `simulate compiles the program's YAML files in DIR (the PointsProgram, EarnRules, TierPolicy and
RedemptionCatalogs you mean to apply) and replays the events the program's ledger recorded
over the period, with its active rule set and with the proposed one, as tally ruleset
simulate does: points issued per rule before and after, their value, the liability at the
end, members whose tier would differ, the members most affected, rules that never award or
always hit their cap, and what Shadow rules would have awarded.

It runs here, reading the program's database with the credentials of its analytics Secret
(status.analyticsSecretName, key uri), which you must be allowed to read. The program must
give that role the tables a simulation replays: spec.export.analytics.simulation. It reads in
one read-only transaction and writes nothing.

The Secret names the database server as the cluster reaches it; where this machine cannot
reach it, connect through a tunnel or a replica and pass its URI with --database-url.`,
		Example: `  kubectl tally simulate -n brew-coffee rewards -f ./rewards/
  kubectl tally simulate -n brew-coffee rewards -f ./rewards/ --since 90d --format markdown`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(simulate.Formats, format) {
				return fmt.Errorf("--format %q: give one of %s", format, strings.Join(simulate.Formats, ", "))
			}
			length, err := parseSince(since)
			if err != nil {
				return err
			}
			if dir == "" {
				return fmt.Errorf("-f DIR is required: the directory of the program's proposed YAML files")
			}
			ns, err := o.kube.namespace()
			if err != nil {
				return err
			}
			s, err := o.connect()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			p, err := s.program(ctx, ns, args[0])
			if err != nil {
				return err
			}
			rs, err := compileProposed(cmd.ErrOrStderr(), dir, p)
			if err != nil {
				return err
			}
			uri, schema := databaseURL, p.Status.Schema
			if uri == "" {
				if uri, schema, err = s.analyticsURI(ctx, p); err != nil {
					return err
				}
			}
			if schema == "" {
				return fmt.Errorf("program %s/%s names no schema yet (status.schema): wait until it is Ready", p.Namespace, p.Name)
			}
			pool, err := connectDatabase(ctx, uri, databaseURL == "")
			if err != nil {
				return err
			}
			defer pool.Close()
			now := s.now
			report, err := simulate.Run(ctx, pool, simulate.Options{Schema: schema, From: now.Add(-length), To: now, Proposed: rs, Top: top})
			if err != nil {
				return readFailed(err, p, schema)
			}
			return report.Write(cmd.OutOrStdout(), format)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&dir, "filename", "f", "", "directory of the program's proposed YAML files")
	f.StringVar(&since, "since", "30d", "the period replayed: this long before now, in days (30d) or as a duration (12h)")
	f.StringVar(&format, "format", "text", "text, markdown (for a pull request's comment) or json")
	f.IntVar(&top, "top", 10, "how many of the most affected members to list")
	f.StringVar(&databaseURL, "database-url", "", "PostgreSQL URI to read the program's ledger with, instead of its analytics Secret's")
	return cmd
}

// parseSince reads "30d" as 30 days, and anything else as a Go duration, as tally ruleset
// simulate does.
func parseSince(s string) (time.Duration, error) {
	d, err := simulate.ParseDays(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("--since %q: give a positive length of time, such as 30d or 12h", s)
	}
	return d, nil
}

// compileProposed compiles the YAML files of dir as tally ruleset publish does, printing each
// error with its object and field, and checks that they declare program p.
func compileProposed(errOut io.Writer, dir string, p *v1alpha1.PointsProgram) (*ruleset.Ruleset, error) {
	rs, errs, err := manifests.Compile(dir, p.Namespace)
	if err != nil {
		return nil, err
	}
	for _, e := range errs {
		fmt.Fprintln(errOut, e)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%d errors in %s; nothing was simulated", len(errs), dir)
	}
	if rs.Program.Namespace != p.Namespace || rs.Program.Name != p.Name {
		return nil, fmt.Errorf("%s declares program %s/%s, not %s/%s; nothing was simulated", dir, rs.Program.Namespace, rs.Program.Name, p.Namespace, p.Name)
	}
	return rs, nil
}

// analyticsURI reads the URI and schema of the program's analytics Secret, once the program
// gives its analytics role what a simulation reads.
func (s *session) analyticsURI(ctx context.Context, p *v1alpha1.PointsProgram) (uri, schema string, err error) {
	id := p.Namespace + "/" + p.Name
	if !p.Spec.Export.Analytics.Simulation {
		return "", "", fmt.Errorf("program %s gives no simulation access: its analytics role may read the tables a simulation replays only with "+
			"spec.export.analytics.simulation (with enabled and personalData; docs/analytics.md), or pass --database-url", id)
	}
	name := p.Status.AnalyticsSecretName
	if name == "" {
		return "", "", fmt.Errorf("program %s names no analytics Secret yet (status.analyticsSecretName): wait until it is Ready", id)
	}
	var sec corev1.Secret
	err = s.client.Get(ctx, client.ObjectKey{Namespace: p.Namespace, Name: name}, &sec)
	switch {
	case apierrors.IsNotFound(err):
		return "", "", fmt.Errorf("Secret %s in namespace %s, the analytics Secret of program %s, does not exist", name, p.Namespace, id)
	case err != nil:
		return "", "", forbidden(err, fmt.Sprintf("read Secret %s in namespace %s", name, p.Namespace), "get secrets", "ask for it, or pass --database-url")
	}
	uri, schema = string(sec.Data["uri"]), string(sec.Data["schema"])
	if uri == "" {
		return "", "", fmt.Errorf("Secret %s in namespace %s has no uri: the program's analytics are off (spec.export.analytics.enabled)", name, p.Namespace)
	}
	if schema == "" {
		schema = p.Status.Schema
	}
	return uri, schema, nil
}

// connectDatabase connects to the program's database, or says that it cannot be reached
// from here, naming the server (never the password). fromSecret says the URI is the analytics
// Secret's, which names the server as the cluster reaches it.
func connectDatabase(ctx context.Context, uri string, fromSecret bool) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(uri)
	if err != nil {
		return nil, errors.New("the database URI is not a PostgreSQL connection URI")
	}
	server := net.JoinHostPort(cfg.ConnConfig.Host, strconv.Itoa(int(cfg.ConnConfig.Port)))
	pool, err := ledger.NewPool(ctx, uri)
	if err == nil {
		ping, cancel := context.WithTimeout(ctx, 10*time.Second)
		err = pool.Ping(ping)
		cancel()
		if err != nil {
			pool.Close()
		}
	}
	if err == nil {
		return pool, nil
	}
	advice := "check the URI, or reach the server through a tunnel"
	if fromSecret {
		advice = "the analytics Secret names the server as the cluster reaches it: run this where that name resolves, " +
			"or reach the server through a tunnel or a replica and pass its URI with --database-url"
	}
	return nil, fmt.Errorf("the program's database server %s is unreachable from here (%s): %s", server, networkReason(err), advice)
}

// networkReason is why a connection failed, in one line: the network's own words where it
// said something, such as "connection refused" or "no such host".
func networkReason(err error) string {
	if dns, ok := errors.AsType[*net.DNSError](err); ok {
		return dns.Error()
	}
	if op, ok := errors.AsType[*net.OpError](err); ok {
		return op.Error()
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}

// readFailed says what to check when the ledger's tables cannot be read.
func readFailed(err error, p *v1alpha1.PointsProgram, schema string) error {
	if pg, ok := errors.AsType[*pgconn.PgError](err); ok {
		switch pg.Code {
		case "42501": // insufficient privilege
			return fmt.Errorf("the role may not read the tables of schema %s that a simulation replays (%s): program %s/%s gives them to its analytics role with spec.export.analytics.simulation",
				schema, pg.Message, p.Namespace, p.Name)
		case "42P01", "3F000": // undefined table, undefined schema
			return fmt.Errorf("schema %s has no ledger to read (%s)", schema, pg.Message)
		}
	}
	return fmt.Errorf("simulating: %w", err)
}
