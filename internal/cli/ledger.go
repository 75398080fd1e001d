package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

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
	if d.url == "" {
		return nil, fmt.Errorf("--database-url (or TALLY_DATABASE_URL) is required")
	}
	if d.schema == "" {
		return nil, fmt.Errorf("--schema (or TALLY_SCHEMA) is required")
	}
	if err := ledger.ValidateSchema(d.schema); err != nil {
		return nil, fmt.Errorf("--schema: %w", err)
	}
	pool, err := ledger.NewPool(ctx, d.url)
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
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Apply the ledger's database migrations to a program's schema",
		Long: `migrate brings a program's schema up to the ledger's latest version, creating the schema
if needed. Migrations are forward-only, each in its own transaction; two runs at once apply
each migration exactly once.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			pool, err := db.connect(ctx)
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
active holds, and that no balance is negative unless the program allows it. It prints every
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
