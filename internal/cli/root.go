package cli

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// errNotBuilt is returned by subcommands whose implementation has not landed yet, so that a
// script calling them fails loudly instead of succeeding without doing anything.
var errNotBuilt = errors.New("not built yet in this version of tally")

// Run executes the command line args and returns the process exit code.
func Run(args []string) int {
	root := newRoot()
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Fprintf(os.Stderr, "tally: %v\n", err)
		return 1
	}
	return 0
}

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:   "tally",
		Short: "Tally runs customer loyalty (points) programs on Kubernetes",
		Long: `Tally runs customer loyalty (points) programs as Kubernetes custom resources.

One binary plays every role: the operator (manager), each program's ledger API (ledger),
and the jobs the operator schedules (expire, tiers review).`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(
		newManagerCommand(),
		newLedgerCommand(),
		newExpireCommand(),
		newTiersCommand(),
		newMigrateCommand(),
		newRulesetCommand(),
		newVersionCommand(),
	)
	return root
}

// notBuilt makes a placeholder for a subcommand whose implementation is still to come.
func notBuilt(use, short, long string) *cobra.Command {
	return &cobra.Command{
		Use:   use,
		Short: short,
		Long:  long + "\n\nThis subcommand is not built yet in this version of tally: it exits non-zero.",
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return fmt.Errorf("%s: %w", cmd.CommandPath(), errNotBuilt)
		},
	}
}
