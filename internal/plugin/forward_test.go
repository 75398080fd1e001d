package plugin

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeKubectl writes a kubectl that runs script, and records its arguments in args.
func fakeKubectl(t *testing.T, script string) (kubectl, args string) {
	t.Helper()
	d := t.TempDir()
	args = filepath.Join(d, "args")
	kubectl = filepath.Join(d, "kubectl")
	body := "#!/bin/sh\necho \"$@\" > " + args + "\n" + script + "\n"
	if err := os.WriteFile(kubectl, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	return kubectl, args
}

func TestKubectlPortForward(t *testing.T) {
	ctx := context.Background()
	kube := newKubeFlags()
	newCommand(&options{kube: kube, now: time.Now}, os.Stdout, os.Stderr)
	if err := kube.flags.Parse([]string{"--kubeconfig", "/tmp/kc", "--as", "carol"}); err != nil {
		t.Fatal(err)
	}

	// kubectl says where it listens; that is the address, and stop ends kubectl.
	kubectl, args := fakeKubectl(t, "echo 'Forwarding from 127.0.0.1:4711 -> 8080'\necho 'Forwarding from [::1]:4711 -> 8080'\nexec sleep 30")
	f := &kubectlForwarder{kubectl: kubectl, kube: kube, wait: 10 * time.Second}
	start := time.Now()
	addr, stop, err := f.forward(ctx, "brew-coffee", "rewards-ledger-0", 8080)
	if err != nil || addr != "127.0.0.1:4711" {
		t.Fatalf("forward: %q, %v", addr, err)
	}
	stop()
	if time.Since(start) > 5*time.Second {
		t.Error("stop did not end kubectl")
	}
	b, _ := os.ReadFile(args)
	if got, want := strings.TrimSpace(string(b)), "--as=carol --kubeconfig=/tmp/kc --namespace=brew-coffee port-forward pod/rewards-ledger-0 --address=127.0.0.1 :8080"; got != want {
		t.Errorf("kubectl %s\nwant    %s", got, want)
	}

	// kubectl refused by RBAC: a refusal that names the permission.
	kubectl, _ = fakeKubectl(t, `echo 'Error from server (Forbidden): pods "rewards-ledger-0" is forbidden: User "carol" cannot create resource "pods/portforward"' >&2; exit 1`)
	f.kubectl = kubectl
	if _, _, err := f.forward(ctx, "brew-coffee", "rewards-ledger-0", 8080); err == nil || !strings.HasPrefix(err.Error(), "you may not port-forward to pod rewards-ledger-0 in namespace brew-coffee (create pods/portforward)") {
		t.Errorf("refused: %v", err)
	}

	// kubectl that never listens is given up on.
	kubectl, _ = fakeKubectl(t, "echo 'still thinking' >&2; exec sleep 30")
	f.kubectl, f.wait = kubectl, 300*time.Millisecond
	if _, _, err := f.forward(ctx, "brew-coffee", "rewards-ledger-0", 8080); err == nil || short(err) != "port-forward timed out" || !strings.Contains(err.Error(), "still thinking") {
		t.Errorf("never listening: %v", err)
	}

	// No kubectl at all.
	f.kubectl = filepath.Join(t.TempDir(), "kubectl")
	if _, _, err := f.forward(ctx, "brew-coffee", "rewards-ledger-0", 8080); err == nil || short(err) != "no kubectl" || !strings.Contains(err.Error(), "--kubectl") {
		t.Errorf("no kubectl: %v", err)
	}
}
