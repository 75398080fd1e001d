//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// kubectlTally builds kubectl-tally into a directory of its own and returns a function that
// runs `kubectl tally ARGS` as a user would: kubectl finds the plugin on PATH, and the plugin
// finds kubectl there for its port-forwards.
func kubectlTally(t *testing.T) func(args ...string) (stdout, stderr string, err error) {
	t.Helper()
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "kubectl-tally"), "./cmd/kubectl-tally")
	build.Dir, build.Env = repoRoot, append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/kubectl-tally: %v\n%s", err, out)
	}
	path := bin + string(os.PathListSeparator) + filepath.Dir(kubectlBin) + string(os.PathListSeparator) + os.Getenv("PATH")
	return func(args ...string) (string, string, error) {
		cmd := exec.Command(kubectlBin, append([]string{"tally"}, args...)...)
		cmd.Env = append(os.Environ(), "PATH="+path, "KUBECONFIG="+kubeconfig)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		t.Logf("kubectl tally %s\n%s%s", strings.Join(args, " "), out.String(), errOut.String())
		return out.String(), errOut.String(), err
	}
}

// matchLines fails the test for each pattern that no line of out matches.
func matchLines(t *testing.T, out string, patterns ...string) {
	t.Helper()
	for _, p := range patterns {
		if !regexp.MustCompile(`(?m)` + p).MatchString(out) {
			t.Errorf("no line matches %s in:\n%s", p, out)
		}
	}
}

// The plugin, as a brand's operator uses it on the coffee sample: the programs' state, a
// member's account, and what an event would earn, through a port-forward to a ledger pod
// (the NetworkPolicy admits only the namespace's pods to the API); and a user who may not
// read the token Secret is told so.
func TestKubectlTallyPlugin(t *testing.T) {
	applyBrands(t)
	tally := kubectlTally(t)
	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	m := id("plugin")
	first := c.post(t, event{ID: id("plugin-order"), Member: m, Type: "purchase", Amount: "128.50"})
	if first.Points != 128 {
		t.Fatalf("the member's purchase earned %d points, want 128", first.Points)
	}

	version := getObject(t, coffeeNS, "pointsprogram", coffeeProgram).Status.RulesetVersion
	out, _, err := tally("status", "-n", coffeeNS)
	if err != nil {
		t.Fatalf("kubectl tally status: %v", err)
	}
	matchLines(t, out,
		`^NAMESPACE\s+NAME\s+READY\s+RULESET\s+LEDGER\s+LAST EXPIRY\s+LIABILITY$`,
		fmt.Sprintf(`^%s\s+%s\s+True\s+%s\s+\d+/2\s+(never|\S+ ago)\s+[\d,]+ points \([\d.]+ CNY\)$`, coffeeNS, coffeeProgram, regexp.QuoteMeta(version)))
	if out, _, err := tally("status", "-A"); err != nil || !strings.Contains(out, fashionProg) {
		t.Errorf("kubectl tally status -A: %v", err)
	}

	out, _, err = tally("member", "-n", coffeeNS, coffeeProgram, m)
	if err != nil {
		t.Fatalf("kubectl tally member: %v", err)
	}
	matchLines(t, out,
		fmt.Sprintf(`^Member %s of %s/%s$`, m, coffeeNS, coffeeProgram),
		`^  Balance\s+128 points available, 0 held$`,
		fmt.Sprintf(`^\S+ \S+Z\s+credit\s+\+128\s+purchase\s+%s\s+purchase \+128$`, regexp.QuoteMeta(id("plugin-order"))))

	// explain judges the next purchase and credits nothing: the member's statement stays.
	file := filepath.Join(t.TempDir(), "event.json")
	if err := os.WriteFile(file, fmt.Appendf(nil, `{"id":%q,"member":%q,"type":"purchase","amount":"10","currency":"CNY"}`, id("plugin-explain"), m), 0o600); err != nil {
		t.Fatal(err)
	}
	before := len(c.statement(t, m))
	out, _, err = tally("explain", "-n", coffeeNS, coffeeProgram, "-f", file)
	if err != nil {
		t.Fatalf("kubectl tally explain: %v", err)
	}
	matchLines(t, out,
		`Dry run: nothing was credited\.$`,
		`^purchase\s+awarded\s+\+10\s*$`,
		`^birthday-month\s+condition_false\s+-\s*$`,
		`^Points: \+10, leaving 138 available \(now 128\)\.$`)
	if after := len(c.statement(t, m)); after != before || c.member(t, m).Balance != 128 {
		t.Errorf("explain credited the member: %d statement lines, then %d; balance %d", before, after, c.member(t, m).Balance)
	}
	if err := os.WriteFile(file, fmt.Appendf(nil, `{"id":%q,"member":%q,"type":"purchase","amount":"10","currency":"EUR"}`, id("plugin-bad"), m), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, errOut, err := tally("explain", "-n", coffeeNS, coffeeProgram, "-f", file); err == nil || !strings.Contains(errOut, "422 invalid (field currency)") {
		t.Errorf("an event in another currency: %v %s", err, errOut)
	}

	// A user bound to "view" in the namespace reads the programs but not Secrets: refused, in
	// so many words; with the token given, served.
	user := id("plugin-viewer")
	kubectl(t, "-n", coffeeNS, "create", "rolebinding", user, "--clusterrole=view", "--user="+user)
	t.Cleanup(func() { _, _ = kubectlIn(nil, "-n", coffeeNS, "delete", "rolebinding", user) })
	eventually(t, 30*time.Second, "the viewer reads the program", func() error {
		_, err := kubectlIn(nil, "--as="+user, "-n", coffeeNS, "get", "pointsprogram", coffeeProgram)
		return err
	})
	_, errOut, err := tally("member", "-n", coffeeNS, coffeeProgram, m, "--as", user)
	want := fmt.Sprintf("error: you may not read Secret %s-ledger-token in namespace %s (get secrets): ask for it, or pass --token\n", coffeeProgram, coffeeNS)
	if err == nil || errOut != want {
		t.Errorf("the viewer's member: %v\n%s\nwant %s", err, errOut, want)
	}
	out, notes, err := tally("status", "-n", coffeeNS, "--as", user)
	if err != nil {
		t.Fatalf("the viewer's status: %v", err)
	}
	matchLines(t, out, fmt.Sprintf(`^%s\s+%s\s+True\s+.*forbidden: get secrets$`, coffeeNS, coffeeProgram))
	if !strings.Contains(notes, strings.TrimPrefix(strings.TrimSuffix(want, "\n"), "error: ")) {
		t.Errorf("the viewer's status notes:\n%s", notes)
	}
	// "view" gives no port-forward either: with the token, that is what stops the viewer.
	out, notes, _ = tally("status", "-n", coffeeNS, "--as", user, "--token", c.token)
	matchLines(t, out, fmt.Sprintf(`^%s\s+%s\s+.*forbidden: create pods/portforward$`, coffeeNS, coffeeProgram))
	if !strings.Contains(notes, "(create pods/portforward)") {
		t.Errorf("the viewer's status with --token:\n%s", notes)
	}

	// The sample program gives its analytics role no simulation access, and simulate says so.
	_, errOut, err = tally("simulate", "-n", coffeeNS, coffeeProgram, "-f", filepath.Join(repoRoot, "config", "samples", "coffee"))
	if err == nil || !strings.Contains(errOut, "gives no simulation access") {
		t.Errorf("simulate without simulation access: %v %s", err, errOut)
	}
}
