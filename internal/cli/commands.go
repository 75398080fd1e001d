package cli

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/tally-operator/tally/internal/version"
)

func newLedgerCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ledger",
		Short: "Serve a program's ledger API, or check its books",
		Long: `ledger serve runs one program's HTTP API (the workload the operator deploys).
ledger verify checks the ledger's invariants. ledger archive takes old months out of the
journal.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return fmt.Errorf("%s needs a subcommand: serve, verify or archive", cmd.CommandPath())
		},
	}
	cmd.AddCommand(
		newLedgerServeCommand(),
		newLedgerVerifyCommand(),
		newLedgerArchiveCommand(),
	)
	return cmd
}

func newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of tally",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "tally %s (%s, %s/%s)\n",
				version.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}
