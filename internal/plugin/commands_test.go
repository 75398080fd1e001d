package plugin

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	apierrors "k8s.io/apimachinery/pkg/api/errors"

	"github.com/tally-operator/tally/internal/testenv"
)

// The commands run against a real kube-apiserver (the user's RBAC decides) and a real ledger
// server over PostgreSQL; only the port-forward, which needs a kubelet, is the test's, but for
// TestStatusThroughKubectlPortForward.

// Every program, with the reasons of what cannot be shown.
func TestStatus(t *testing.T) {
	f := fx
	out, notes, err := f.run(t, admin, "status", "-n", f.ns)
	if err != nil {
		t.Fatal(err)
	}
	// Every program, Ready with its reason, pods ready of desired, the last expiry and the
	// liability, which for the program without a ready pod says why not.
	wantLines(t, out,
		`^NAMESPACE\s+NAME\s+READY\s+RULESET\s+LEDGER\s+LAST EXPIRY\s+LIABILITY$`,
		`^brew-coffee\s+closed\s+False \(DatabaseUnavailable\)\s+-\s+no Deployment\s+no CronJob\s+no ready ledger pod$`,
		`^brew-coffee\s+rewards\s+True\s+v-rewards-1\s+1/2\s+3h ago\s+133 points \(13\.30 CNY\)$`)
	if !strings.Contains(notes, "brew-coffee/closed: program brew-coffee/closed has no ready ledger pod (kubectl -n brew-coffee get pods -l app.kubernetes.io/component=ledger,app.kubernetes.io/instance=closed)") {
		t.Errorf("notes:\n%s", notes)
	}
}

// A user who may not read the token Secret: the column says so, and --token serves them.
func TestStatusWithoutSecretsAccess(t *testing.T) {
	f := fx
	out, notes, err := f.run(t, carolKubeconfig(t), "status")
	if err != nil {
		t.Fatal(err)
	}
	wantLines(t, out, `^brew-coffee\s+rewards\s+True\s+v-rewards-1\s+1/2\s+3h ago\s+forbidden: get secrets$`)
	if !strings.Contains(notes, "brew-coffee/rewards: you may not read Secret rewards-ledger-token in namespace brew-coffee (get secrets): ask for it, or pass --token\n") {
		t.Errorf("notes:\n%s", notes)
	}
	out, _, err = f.run(t, carolKubeconfig(t), "status", "--token", ledgerToken)
	if err != nil {
		t.Fatal(err)
	}
	wantLines(t, out, `^brew-coffee\s+rewards\s+.*133 points \(13\.30 CNY\)$`)
	// A wrong token: the ledger refuses it, and the column says so.
	out, notes, _ = f.run(t, carolKubeconfig(t), "status", "--token", "wrong")
	wantLines(t, out, `^brew-coffee\s+rewards\s+.*token refused \(401\)$`)
	if !strings.Contains(notes, "pass the right one with --token") {
		t.Errorf("notes:\n%s", notes)
	}
}

// -A takes listing programs at cluster scope.
func TestStatusOfAllNamespaces(t *testing.T) {
	f := fx
	_, _, err := f.run(t, carolKubeconfig(t), "status", "-A")
	want := "you may not list PointsPrograms in all namespaces (list pointsprograms.loyalty.tally.dev at cluster scope): ask for it, or name a namespace with -n"
	if err == nil || err.Error() != want {
		t.Errorf("status -A as carol: %v; want %s", err, want)
	}
	out, _, err := f.run(t, admin, "status", "-A")
	if err != nil || !strings.Contains(out, "rewards") {
		t.Errorf("status -A: %v\n%s", err, out)
	}
}

// kubectl port-forward itself, as the user: refused by RBAC, or failing for want of a
// kubelet here; either way the column says so.
func TestStatusThroughKubectlPortForward(t *testing.T) {
	f := fx
	out, notes, err := f.runWith(t, nil, admin, "status", "-n", f.ns)
	if err != nil {
		t.Fatal(err)
	}
	wantLines(t, out, `^brew-coffee\s+rewards\s+.*port-forward failed$`)
	if !strings.Contains(notes, "brew-coffee/rewards: kubectl port-forward to pod rewards-ledger-b in namespace brew-coffee: ") {
		t.Errorf("notes:\n%s", notes)
	}
	dave := userKubeconfig(t, "dave", f.ns) // as carol, without port-forwards
	for _, o := range readerRole(f.ns, "dave", false) {
		if err := kube.Client.Create(context.Background(), o); err != nil && !apierrors.IsAlreadyExists(err) {
			t.Fatal(err)
		}
	}
	out, notes, err = f.runWith(t, nil, dave, "status", "--token", ledgerToken)
	if err != nil {
		t.Fatal(err)
	}
	wantLines(t, out, `^brew-coffee\s+rewards\s+.*forbidden: create pods/portforward$`)
	if !strings.Contains(notes, "brew-coffee/rewards: you may not port-forward to pod rewards-ledger-b in namespace brew-coffee (create pods/portforward)") {
		t.Errorf("notes:\n%s", notes)
	}
}

// A member's account and statement.
func TestMember(t *testing.T) {
	f := fx
	out, _, err := f.run(t, admin, "member", "-n", f.ns, "rewards", "alice")
	if err != nil {
		t.Fatal(err)
	}
	wantLines(t, out,
		`^Member alice of brew-coffee/rewards$`,
		`^  Balance\s+133 points available, 0 held$`,
		`^  Tier\s+none; Silver at 1,000 points earned \(133 now, 867 to go\)$`,
		`^WHEN\s+KIND\s+POINTS\s+REASON\s+EVENT/REF\s+RULES$`,
		`^\S+ \S+Z\s+credit\s+\+5\s+sign_in\s+sign-in-1\s+sign-in \+5$`,
		`^\S+ \S+Z\s+credit\s+\+128\s+purchase\s+order-1\s+purchase \+128$`)
	_, _, err = f.run(t, admin, "member", "-n", f.ns, "rewards", "nobody")
	if err == nil || err.Error() != "member nobody has no activity in program brew-coffee/rewards" {
		t.Errorf("an unknown member: %v", err)
	}
}

// A user who may not read the token Secret is refused in so many words, before any
// port-forward; with --token they are served.
func TestMemberWithoutSecretsAccess(t *testing.T) {
	f := fx
	calls := f.fwd.calls.Load()
	_, _, err := f.run(t, carolKubeconfig(t), "member", "rewards", "alice")
	want := "you may not read Secret rewards-ledger-token in namespace brew-coffee (get secrets): ask for it, or pass --token"
	if err == nil || err.Error() != want {
		t.Errorf("member as carol: %v; want %s", err, want)
	}
	if f.fwd.calls.Load() != calls {
		t.Error("a port-forward was opened for a refused command")
	}
	out, _, err := f.run(t, carolKubeconfig(t), "member", "rewards", "alice", "--token", ledgerToken, "-o", "json")
	if err != nil || !strings.Contains(out, `"balance": 133`) || !strings.Contains(out, `"statement"`) {
		t.Errorf("member as carol with --token: %v\n%s", err, out)
	}
}

// What an event would earn, credited to nobody; a bad event is refused as POST /v1/events
// refuses it.
func TestExplainCommand(t *testing.T) {
	f := fx
	event := filepath.Join(t.TempDir(), "event.json")
	write(t, event, `{"id":"try-1","member":"alice","type":"purchase","amount":"1000","currency":"CNY"}`)
	before := f.postings(t)
	out, _, err := f.run(t, admin, "explain", "-n", f.ns, "rewards", "-f", event)
	if err != nil {
		t.Fatal(err)
	}
	wantLines(t, out,
		`^Event try-1 \(purchase\) of member alice in brew-coffee/rewards, judged by rule set \S+\. Dry run: nothing was credited\.$`,
		`^RULE\s+VERDICT\s+POINTS\s+DETAIL$`,
		`^birthday-month\s+condition_false\s+-\s*$`,
		`^purchase\s+awarded\s+\+1,000\s*$`,
		`^Points: \+1,000, leaving 1,133 available \(now 133\)\.$`,
		`^Tier: moves up to Silver\.$`)
	if after := f.postings(t); after != before {
		t.Errorf("explain wrote: %s, then %s", before, after)
	}
	// An event the ledger refuses is refused the same way, with the field at fault.
	write(t, event, `{"id":"try-2","member":"alice","type":"purchase","amount":"-5"}`)
	_, _, err = f.run(t, admin, "explain", "-n", f.ns, "rewards", "-f", event)
	if err == nil || !strings.Contains(err.Error(), "the ledger refuses this event, as POST /v1/events would: the ledger answered 422 invalid (field amount): amount must not be negative") {
		t.Errorf("a negative amount: %v", err)
	}
	if _, _, err := f.run(t, admin, "explain", "-n", f.ns, "rewards"); err == nil || !strings.Contains(err.Error(), "-f EVENT.json is required") {
		t.Errorf("no -f: %v", err)
	}
}

// A simulation with the program's analytics Secret.
func TestSimulate(t *testing.T) {
	f := fx
	samples := filepath.Join(testenv.RepoRoot(), "config", "samples", "coffee")
	out, _, err := f.run(t, admin, "simulate", "-n", f.ns, "rewards", "-f", samples, "--since", "1d")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Rule simulation:") || !regexp.MustCompile(`Schema tally_brew_coffee_rewards, .*: 2 events, 0 reversals, 1 members`).MatchString(out) {
		t.Errorf("simulate:\n%s", out)
	}
	out, _, err = f.run(t, admin, "simulate", "-n", f.ns, "rewards", "-f", samples, "--format", "json")
	if err != nil || !strings.HasPrefix(out, "{") {
		t.Errorf("simulate --format json: %v\n%s", err, out)
	}
}

// A simulation that cannot run says why.
func TestSimulateRefusals(t *testing.T) {
	f := fx
	samples := filepath.Join(testenv.RepoRoot(), "config", "samples", "coffee")
	_, _, err := f.run(t, admin, "simulate", "-n", f.ns, "closed", "-f", samples)
	if err == nil || !strings.Contains(err.Error(), "declares program brew-coffee/rewards, not brew-coffee/closed") {
		t.Errorf("another program's files: %v", err)
	}
	closed := t.TempDir()
	for _, name := range []string{"earnrules.yaml", "tiers.yaml", "catalog.yaml"} {
		b, err := os.ReadFile(filepath.Join(samples, name))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(closed, name), strings.ReplaceAll(string(b), "name: rewards", "name: closed"))
	}
	write(t, filepath.Join(closed, "program.yaml"), "apiVersion: loyalty.tally.dev/v1alpha1\nkind: PointsProgram\nmetadata:\n  name: closed\n"+
		"spec:\n  currency: CNY\n  pointValue: \"0.10\"\n  database:\n    ledgerDatabase: shared\n")
	_, _, err = f.run(t, admin, "simulate", "-n", f.ns, "closed", "-f", closed)
	if err == nil || !strings.Contains(err.Error(), "program brew-coffee/closed gives no simulation access: its analytics role may read the tables a simulation replays only with spec.export.analytics.simulation") {
		t.Errorf("no simulation access: %v", err)
	}
	_, _, err = f.run(t, carolKubeconfig(t), "simulate", "rewards", "-f", samples)
	want := "you may not read Secret rewards-analytics-db in namespace brew-coffee (get secrets): ask for it, or pass --database-url"
	if err == nil || err.Error() != want {
		t.Errorf("simulate as carol: %v; want %s", err, want)
	}
	_, _, err = f.run(t, carolKubeconfig(t), "simulate", "rewards", "-f", samples, "--database-url", "postgres://reader:pw@127.0.0.1:1/tally?connect_timeout=2")
	if err == nil || !strings.Contains(err.Error(), "the program's database server 127.0.0.1:1 is unreachable from here") || strings.Contains(err.Error(), "pw") {
		t.Errorf("an unreachable database: %v", err)
	}
	if _, _, err := f.run(t, admin, "simulate", "-n", f.ns, "rewards", "-f", samples, "--since", "soon"); err == nil || !strings.Contains(err.Error(), `--since "soon"`) {
		t.Errorf("a bad --since: %v", err)
	}
}

func carolKubeconfig(t *testing.T) string { return userKubeconfig(t, "carol", fx.ns) }

// wantLines fails the test for each pattern no line of out matches.
func wantLines(t *testing.T, out string, patterns ...string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		found := false
		for _, l := range lines {
			found = found || re.MatchString(l)
		}
		if !found {
			t.Errorf("no line matches %s in:\n%s", p, out)
		}
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}
