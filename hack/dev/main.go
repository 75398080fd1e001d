// Command dev starts a local Tally playground for `make dev`: a test control plane
// (kube-apiserver and etcd built from source) with Tally's CRDs, a private PostgreSQL, and the
// two sample brands applied. It runs until interrupted and then stops everything it started.
//
// The operator itself does not run here yet: the objects are accepted, validated and
// defaulted by the API server, but nothing reconciles them, so they do not become Ready.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/tally-operator/tally/internal/testenv"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "make dev:", err)
		os.Exit(1)
	}
}

func run() error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	fmt.Println("Starting a test control plane (the first run builds it from source: about 7 minutes)...")
	kube, err := testenv.StartKube()
	if err != nil {
		return err
	}
	defer func() { _ = kube.Stop() }()

	fmt.Println("Starting a private PostgreSQL...")
	pg, err := testenv.StartPostgres()
	if err != nil {
		return err
	}
	defer func() { _ = pg.Stop() }()

	dir := filepath.Join(testenv.RepoRoot(), "bin", "dev")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	kubeconfig, err := kube.Kubeconfig(dir)
	if err != nil {
		return err
	}
	kubectl := func(stdin []byte, args ...string) error {
		out, err := kube.Kubectl(kubeconfig, stdin, args...)
		fmt.Print(out)
		if err != nil {
			return fmt.Errorf("kubectl %v: %w", args, err)
		}
		return nil
	}
	for _, ns := range []string{"brew-coffee", "atelier-fashion"} {
		if err := kubectl(nil, "create", "namespace", ns, "--save-config"); err != nil {
			return err
		}
		// The programs read their database's admin URI from this Secret, as they would from
		// a CloudNativePG "-superuser" Secret.
		if err := kubectl(nil, "create", "secret", "generic", "postgres", "-n", ns, "--from-literal=uri="+pg.DSN); err != nil {
			return err
		}
	}
	if err := kubectl(nil, "apply", "-k", "config/samples"); err != nil {
		return err
	}
	if err := kubectl(nil, "get", "loyalty", "-A"); err != nil {
		return err
	}
	fmt.Printf(`
Tally's CRDs are installed and the two sample brands are applied.
The operator is not part of this playground yet, so the objects are validated and defaulted
by the API server but do not become Ready.

In another terminal:
  export KUBECONFIG=%s
  %s get loyalty -A
  %s explain pointsprogram.spec
  %s apply -f your-rule.yaml          # try breaking one: the API server says which field is wrong

PostgreSQL for the programs: %s
Press Ctrl-C to stop everything.
`, kubeconfig, filepath.Join(kube.AssetsDir, "kubectl"), filepath.Join(kube.AssetsDir, "kubectl"), filepath.Join(kube.AssetsDir, "kubectl"), pg.DSN)
	<-ctx.Done()
	fmt.Println("\nStopping.")
	return nil
}
