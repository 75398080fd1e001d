package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/spf13/cobra"

	"github.com/tally-operator/tally/internal/simulate"
)

func newRulesetSimulateCommand() *cobra.Command {
	var db databaseFlags
	var dir, namespace, since, from, to, format, failIf string
	var top int
	cmd := &cobra.Command{
		Use:   "simulate -f DIR",
		Short: "Replay a period's recorded events with a proposed rule set and report what would change",
		Long: `simulate compiles the YAML files in DIR (as publish does) and replays the events the
program's ledger recorded over a period twice, in the order the ledger took them: with the
active rule set and with the proposed one. Each member starts from their state when the
period began (from the start of its first day, in the program's time zone) and evolves as the
ledger would have decided: caps, tiers, multipliers, activity counters, badges, penalties,
reversals and the tier reviews that ran. The report gives the points issued per
rule before and after, their value, the liability at the end of the period, members whose
tier would differ, the members most affected (by pseudonym), rules that would never award or
always hit their cap, and what Shadow rules would have awarded.

It reads the ledger in one read-only transaction and writes nothing: point it at a read
replica or a nightly copy, with a role that can read the program's schema: the program's
analytics role with spec.export.analytics.simulation, say (docs/gitops.md).

Exit codes: 0 reported; 1 the --fail-if condition holds; 2 nothing reported: DIR does not
compile, the flags are wrong, or the database or schema cannot be read.

--fail-if takes a CEL condition over these figures, all numbers:
` + variablesHelp(),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			invalid := func(err error) error { return &exitError{exitInvalid, err} }
			if !slices.Contains(simulate.Formats, format) {
				return invalid(fmt.Errorf("--format %q: want one of %s", format, strings.Join(simulate.Formats, ", ")))
			}
			var gate *simulate.Gate
			if failIf != "" {
				var err error
				if gate, err = simulate.NewGate(failIf); err != nil {
					return invalid(fmt.Errorf("--fail-if %w", err))
				}
			}
			start, end, err := period(time.Now(), since, from, to, cmd.Flags().Changed("since"))
			if err != nil {
				return invalid(err)
			}
			rs, err := compileDir(cmd, dir, namespace, "nothing was simulated")
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			pool, err := db.connect(ctx)
			if err != nil {
				return invalid(err)
			}
			defer pool.Close()
			report, err := simulate.Run(ctx, pool, simulate.Options{Schema: db.schema, From: start, To: end, Proposed: rs, Top: top})
			if err != nil {
				return invalid(explainReadError(err, db.schema))
			}
			if err := report.Write(cmd.OutOrStdout(), format); err != nil {
				return err
			}
			if gate == nil {
				return nil
			}
			holds, err := gate.Holds(report)
			if err != nil {
				return invalid(err)
			}
			if holds {
				return &exitError{exitFailed, fmt.Errorf("--fail-if %q holds", gate)}
			}
			return nil
		},
	}
	db.register(cmd.Flags())
	f := cmd.Flags()
	f.StringVarP(&dir, "file", "f", "", "directory of the program's proposed YAML files")
	f.StringVar(&namespace, "namespace", "default", "namespace of objects whose files name none")
	f.StringVar(&since, "since", "30d", "the period: this long before now, in days (30d) or as a Go duration (12h)")
	f.StringVar(&from, "from", "", "the period's start, RFC 3339 (instead of --since)")
	f.StringVar(&to, "to", "", "the period's end, RFC 3339 (default now)")
	f.StringVar(&format, "format", "text", "text, markdown (for a pull request's comment) or json")
	f.StringVar(&failIf, "fail-if", "", "exit 1 when this CEL condition on the report holds, e.g. 'liabilityDelta > 0.05 * liability'")
	f.IntVar(&top, "top", 10, "how many of the most affected members to list")
	return cmd
}

func variablesHelp() string {
	var b strings.Builder
	for _, n := range simulate.VariableNames() {
		fmt.Fprintf(&b, "  %-20s %s\n", n, simulate.Variables[n])
	}
	return b.String()
}

// period is the simulated period: --from (or now less --since) to --to (or now).
func period(now time.Time, since, from, to string, sinceSet bool) (time.Time, time.Time, error) {
	end := now
	if to != "" {
		t, err := time.Parse(time.RFC3339, to)
		if err != nil {
			return time.Time{}, time.Time{}, fmt.Errorf("--to %q: want RFC 3339, such as 2026-11-30T00:00:00+08:00", to)
		}
		end = t
	}
	var start time.Time
	switch {
	case from != "" && sinceSet:
		return time.Time{}, time.Time{}, fmt.Errorf("--from and --since both set the period's start: give one")
	case from != "":
		t, err := time.Parse(time.RFC3339, from)
		if err != nil {
			return time.Time{}, time.Time{}, fmt.Errorf("--from %q: want RFC 3339, such as 2026-11-01T00:00:00+08:00", from)
		}
		start = t
	default:
		d, err := simulate.ParseDays(since)
		if err != nil || d <= 0 {
			return time.Time{}, time.Time{}, fmt.Errorf("--since %q: want a positive length of time, such as 30d or 12h", since)
		}
		start = end.Add(-d)
	}
	if !start.Before(end) {
		return time.Time{}, time.Time{}, fmt.Errorf("the period starts at %s, not before its end %s", start.Format(time.RFC3339), end.Format(time.RFC3339))
	}
	return start, end, nil
}

// explainReadError says what to check when the ledger cannot be read.
func explainReadError(err error, schema string) error {
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		switch pg.Code {
		case "42P01", "3F000": // undefined table, undefined schema
			return fmt.Errorf("schema %s has no ledger to read (%s): check --schema, or migrate it first", schema, pg.Message)
		case "42501": // insufficient privilege
			return fmt.Errorf("%w: simulate needs a role that can read the tables of schema %s (an analytics role reads them only with spec.export.analytics.simulation)", err, schema)
		}
	}
	return err
}
