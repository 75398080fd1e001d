package cli

import (
	"context"
	"fmt"
	neturl "net/url"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/ledger"
)

// databaseFlags are the flags of every subcommand that talks to a program's database.
type databaseFlags struct {
	url    string
	schema string
}

func (d *databaseFlags) register(f *pflag.FlagSet) {
	f.StringVar(&d.url, "database-url", os.Getenv("TALLY_DATABASE_URL"),
		"PostgreSQL connection URI (default $TALLY_DATABASE_URL)")
	f.StringVar(&d.schema, "schema", os.Getenv("TALLY_SCHEMA"),
		"the program's schema (default $TALLY_SCHEMA)")
}

func (d *databaseFlags) connect(ctx context.Context) (*pgxpool.Pool, error) {
	return d.connectAs(ctx, "")
}

// connectTo connects to database (when set) of the server --database-url names, as role (when
// set): how the operator runs a command on a program that has a database of its own, as the
// database's owner role.
func (d *databaseFlags) connectTo(ctx context.Context, database, role string) (*pgxpool.Pool, error) {
	if database != "" {
		uri, err := dbconfig.WithDatabase(d.url, database)
		if err != nil {
			return nil, fmt.Errorf("--database-url: %w", err)
		}
		d.url = uri
	}
	return d.connectAs(ctx, role)
}

// connectAs connects, and acts as role (SET ROLE) on every connection when role is set.
func (d *databaseFlags) connectAs(ctx context.Context, role string) (*pgxpool.Pool, error) {
	if d.url == "" {
		return nil, fmt.Errorf("--database-url (or TALLY_DATABASE_URL) is required")
	}
	if d.schema == "" {
		return nil, fmt.Errorf("--schema (or TALLY_SCHEMA) is required")
	}
	if err := ledger.ValidateSchema(d.schema); err != nil {
		return nil, fmt.Errorf("--schema: %w", err)
	}
	url := d.url
	if role != "" {
		// A run-time parameter of the connection: every connection of the pool starts as role.
		sep := "?"
		if strings.Contains(url, "?") {
			sep = "&"
		}
		url += sep + "options=" + strings.ReplaceAll(neturl.QueryEscape("-c role="+role), "+", "%20")
	}
	pool, err := ledger.NewPool(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("--database-url: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to the database: %w", err)
	}
	return pool, nil
}

func newMigrateCommand() *cobra.Command {
	var db databaseFlags
	var database, role string
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Apply the ledger's database migrations to a program's schema",
		Long: `migrate brings a program's schema up to the ledger's latest version, creating the schema
if needed. Migrations are forward-only; two runs at once apply each migration exactly once. A
migration waits for no lock longer than a moment, so that the ledger keeps writing while it
runs (it tries again instead), and it has no time limit: the operator runs it as a Job.

With --database, migrate connects to that database of the server --database-url names, and
with --role it acts as that role (SET ROLE): how the operator migrates a program that has a
database of its own, as the database's owner role.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			pool, err := db.connectTo(ctx, database, role)
			if err != nil {
				return err
			}
			defer pool.Close()
			applied, err := ledger.Migrate(ctx, pool, db.schema)
			if err != nil {
				return err
			}
			if len(applied) == 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "schema %s is up to date\n", db.schema)
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "schema %s: applied migrations %v\n", db.schema, applied)
			return nil
		},
	}
	db.register(cmd.Flags())
	cmd.Flags().StringVar(&database, "database", "", "connect to this database of the server instead of the URI's")
	cmd.Flags().StringVar(&role, "role", "", "act as this role once connected (SET ROLE)")
	return cmd
}

func newLedgerVerifyCommand() *cobra.Command {
	var db databaseFlags
	var allowNegative bool
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Check a program's ledger invariants",
		Long: `verify checks, on one consistent snapshot, that every member's balance equals the sum of
their lots and of their journal entries, that the journal sums to zero, that held points match
active holds, and that no balance is negative unless the program allows it. Months archived
out of the journal (tally ledger archive) count through their checkpoint. It prints every
violation and exits 1 if there is any.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			pool, err := db.connect(ctx)
			if err != nil {
				return err
			}
			defer pool.Close()
			l, err := ledger.New(pool, db.schema, ledger.Options{AllowNegative: allowNegative})
			if err != nil {
				return err
			}
			problems, err := l.Verify(ctx)
			if err != nil {
				return err
			}
			for _, p := range problems {
				fmt.Fprintln(cmd.OutOrStdout(), p)
			}
			if len(problems) > 0 {
				return fmt.Errorf("ledger in schema %s: %d invariant violations", db.schema, len(problems))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "ledger in schema %s: all invariants hold\n", db.schema)
			return nil
		},
	}
	db.register(cmd.Flags())
	cmd.Flags().BoolVar(&allowNegative, "allow-negative", false, "the program allows negative balances")
	return cmd
}

func newLedgerArchiveCommand() *cobra.Command {
	var db databaseFlags
	var database, role, before string
	cmd := &cobra.Command{
		Use:   "archive --before YYYY-MM",
		Short: "Take a program's journal months before a month out of the journal, keeping a checkpoint",
		Long: `archive takes out of the journal its monthly partitions of the months before --before (a
month of UTC, at the latest the previous month: the current and the previous month always
stay), in one transaction: it adds what their postings did to each member and account to the
checkpoint that tally ledger verify counts with the journal, then detaches each month's
postings and event details from the journal and renames them archived_postings_YYYY_MM and
archived_event_details_YYYY_MM. They stay in the schema: dump them (pg_dump --table) and drop
them when the database's owner decides. Statements, reports and rule simulations no longer
read archived months.

It refuses, changing nothing, while a month to archive still takes postings (the ledger moves
to a new month's ids within an hour of its start), holds postings of --before's month or later,
or has postings an export sink has not read yet. It runs as the schema's owner: with
--database and --role as tally migrate does, for a program with a database of its own. It
waits for a moment at a time for the journal's lock, so that the ledger's writes never queue
long behind it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			month, err := time.Parse("2006-01", before)
			if err != nil {
				return &exitError{exitInvalid, fmt.Errorf("--before %q: want a month, YYYY-MM", before)}
			}
			ctx := cmd.Context()
			pool, err := db.connectTo(ctx, database, role)
			if err != nil {
				return err
			}
			defer pool.Close()
			l, err := ledger.New(pool, db.schema, ledger.Options{})
			if err != nil {
				return err
			}
			archived, err := l.Archive(ctx, month)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if len(archived) == 0 {
				fmt.Fprintf(out, "schema %s: no month before %s left to archive\n", db.schema, before)
				return nil
			}
			for _, a := range archived {
				fmt.Fprintf(out, "archived %s (%d postings", a.Table, a.Postings)
				if a.Postings > 0 {
					fmt.Fprintf(out, ", %s to %s", a.FirstAt.Format(time.RFC3339), a.LastAt.Format(time.RFC3339))
				}
				fmt.Fprintf(out, ") and %s\n", a.Details)
			}
			fmt.Fprintf(out, "schema %s: %d months archived; the tables stay in the schema until dumped and dropped\n", db.schema, len(archived))
			return nil
		},
	}
	db.register(cmd.Flags())
	cmd.Flags().StringVar(&before, "before", "", "archive the months before this one (YYYY-MM, UTC)")
	cmd.Flags().StringVar(&database, "database", "", "connect to this database of the server instead of the URI's")
	cmd.Flags().StringVar(&role, "role", "", "act as this role once connected (SET ROLE)")
	return cmd
}
