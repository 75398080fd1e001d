// Command kubectl-tally is the kubectl plugin for Tally's loyalty programs: with it on PATH,
// `kubectl tally status`, `member`, `explain` and `simulate` look into the programs of a
// cluster with the user's own kubeconfig and RBAC.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/tally-operator/tally/internal/plugin"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := plugin.Main(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
