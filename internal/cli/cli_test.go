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
	for _, sub := range []string{"manager", "ledger", "ledger serve", "ledger verify", "ledger archive", "expire", "tiers", "tiers review", "migrate", "ruleset", "ruleset publish", "ruleset simulate", "version"} {
		out, err := exec.Command(bin, append(strings.Fields(sub), "--help")...).CombinedOutput()
		if err != nil {
			t.Errorf("tally %s --help: %v\n%s", sub, err, out)
		}
		if !strings.Contains(string(out), "Usage:") || !strings.Contains(string(out), "tally "+sub) {
			t.Errorf("tally %s --help prints no usage:\n%s", sub, out)
		}
	}
}

// A job run without a database says which flag is missing and exits 2 (nothing done), which
// a CronJob's history tells apart from a run that failed part-way (1).
func TestJobsWithoutADatabaseExitTwo(t *testing.T) {
	bin := buildTally(t)
	for _, sub := range []string{"expire", "tiers review", "expire --as-of yesterday", "tiers"} {
		var stderr bytes.Buffer
		cmd := exec.Command(bin, strings.Fields(sub)...)
		cmd.Env = append(os.Environ(), "TALLY_DATABASE_URL=", "TALLY_SCHEMA=")
		cmd.Stderr = &stderr
		err := cmd.Run()
		if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 2 {
			t.Errorf("tally %s: got %v, want exit code 2; stderr %q", sub, err, stderr.String())
		}
		want := "--database-url"
		switch {
		case strings.Contains(sub, "--as-of"):
			want = "--as-of"
		case sub == "tiers":
			want = "needs a subcommand"
		}
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("tally %s: stderr %q does not mention %s", sub, stderr.String(), want)
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
