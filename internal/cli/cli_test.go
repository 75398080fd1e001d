package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestEverySubcommandHasHelp runs the real binary, as a user and a CronJob do.
func TestEverySubcommandHasHelp(t *testing.T) {
	bin := buildTally(t)
	for _, sub := range []string{"manager", "ledger", "ledger serve", "ledger verify", "expire", "tiers", "migrate", "ruleset", "ruleset publish", "version"} {
		out, err := exec.Command(bin, append(strings.Fields(sub), "--help")...).CombinedOutput()
		if err != nil {
			t.Errorf("tally %s --help: %v\n%s", sub, err, out)
		}
		if !strings.Contains(string(out), "Usage:") || !strings.Contains(string(out), "tally "+sub) {
			t.Errorf("tally %s --help prints no usage:\n%s", sub, out)
		}
	}
}

func TestSubcommandsNotBuiltFailLoudly(t *testing.T) {
	bin := buildTally(t)
	for _, sub := range []string{"expire", "tiers"} {
		var stderr bytes.Buffer
		cmd := exec.Command(bin, strings.Fields(sub)...)
		cmd.Stderr = &stderr
		err := cmd.Run()
		if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() == 0 {
			t.Errorf("tally %s: got %v, want a non-zero exit", sub, err)
		}
		if !strings.Contains(stderr.String(), "not built yet") {
			t.Errorf("tally %s does not say it is not built yet: %q", sub, stderr.String())
		}
	}
}

func TestVersion(t *testing.T) {
	out, err := exec.Command(buildTally(t), "version").Output()
	if err != nil || !strings.HasPrefix(string(out), "tally ") {
		t.Errorf("tally version: %q, %v", out, err)
	}
}

func TestUnknownSubcommandFails(t *testing.T) {
	if err := exec.Command(buildTally(t), "frobnicate").Run(); err == nil {
		t.Error("tally frobnicate succeeded; want a non-zero exit")
	}
}

var tallyBinary string

func TestMain(m *testing.M) {
	code := m.Run()
	if tallyBinary != "" {
		_ = os.RemoveAll(filepath.Dir(tallyBinary))
	}
	os.Exit(code)
}

func buildTally(t *testing.T) string {
	t.Helper()
	if tallyBinary != "" {
		return tallyBinary
	}
	dir, err := os.MkdirTemp("", "tally-cli-test")
	if err != nil {
		t.Fatal(err)
	}
	bin := dir + "/tally"
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/tally-operator/tally").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tallyBinary = bin
	return bin
}
