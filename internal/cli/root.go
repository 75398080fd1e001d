package cli

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// exitError is an error with its own exit code, for commands whose exit code tells a
// CronJob's history what happened.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// Run executes the command line args and returns the process exit code: 0 on success, the
// code of an exitError, and 1 for any other error.
func Run(args []string) int {
	root := newRoot()
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Fprintf(os.Stderr, "tally: %v\n", err)
		if e, ok := errors.AsType[*exitError](err); ok {
			return e.code
		}
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
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &exitError{exitInvalid, fmt.Errorf("%s: %w", cmd.CommandPath(), err)}
	})
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
