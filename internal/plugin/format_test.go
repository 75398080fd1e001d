package plugin

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
)

func TestStatusTable(t *testing.T) {
	var out, notes bytes.Buffer
	err := writeStatus(&out, &notes, []statusRow{
		{namespace: "atelier-fashion", name: "atelier-points", ready: "True", ruleset: "9f1c2e", ledger: "2/2", lastExpiry: "5h ago", liability: "1,234,567 points (12,345.67 CNY)"},
		{namespace: "brew-coffee", name: "rewards", ready: "False (DatabaseUnavailable)", ruleset: "-", ledger: "0/2", lastExpiry: "never",
			liability: "forbidden: get secrets", notes: []string{"you may not read Secret rewards-ledger-token in namespace brew-coffee (get secrets): ask for it, or pass --token"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `NAMESPACE        NAME            READY                        RULESET  LEDGER  LAST EXPIRY  LIABILITY
atelier-fashion  atelier-points  True                         9f1c2e   2/2     5h ago       1,234,567 points (12,345.67 CNY)
brew-coffee      rewards         False (DatabaseUnavailable)  -        0/2     never        forbidden: get secrets
`
	if out.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", out.String(), want)
	}
	if want := "brew-coffee/rewards: you may not read Secret rewards-ledger-token in namespace brew-coffee (get secrets): ask for it, or pass --token\n"; notes.String() != want {
		t.Errorf("notes: %q", notes.String())
	}
}

func TestNumbersAndTimes(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", -1234567: "-1,234,567", 100000: "100,000"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %s, want %s", n, got, want)
		}
	}
	if signed(128) != "+128" || signed(-50) != "-50" || signed(0) != "0" {
		t.Error("signed")
	}
	now := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	if got := lastRunText(&metav1.Time{Time: now.Add(-3 * time.Hour)}, now); got != "3h ago" {
		t.Errorf("lastRunText: %s", got)
	}
	if got := lastRunText(nil, now); got != "never" {
		t.Errorf("lastRunText(nil): %s", got)
	}
	for in, want := range map[string]time.Duration{"30d": 30 * 24 * time.Hour, "12h": 12 * time.Hour, "90m": 90 * time.Minute} {
		if got, err := parseSince(in); err != nil || got != want {
			t.Errorf("parseSince(%s) = %v, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "0d", "-3d", "soon", "3 days"} {
		if _, err := parseSince(in); err == nil {
			t.Errorf("parseSince(%q) took it", in)
		}
	}
}

// Refusals say what was refused, the permission it takes and what to do; the table's column
// says it in a few words.
func TestRefusals(t *testing.T) {
	secrets := schema.GroupResource{Resource: "secrets"}
	err := forbidden(apierrors.NewForbidden(secrets, "rewards-ledger-token", errors.New("User \"carol\" cannot get resource")),
		"read Secret rewards-ledger-token in namespace brew-coffee", "get secrets", "ask for it, or pass --token")
	if want := "you may not read Secret rewards-ledger-token in namespace brew-coffee (get secrets): ask for it, or pass --token"; err.Error() != want {
		t.Errorf("refusal: %s", err)
	}
	if short(err) != "forbidden: get secrets" {
		t.Errorf("short: %s", short(err))
	}
	// Other API errors are left as they are.
	notFound := apierrors.NewNotFound(secrets, "x")
	if got := forbidden(notFound, "read it", "get secrets", "ask"); got != notFound {
		t.Errorf("not found became %v", got)
	}
	for _, c := range []struct {
		err         error
		short, long string
	}{
		{&apiProblem{Status: 401, Code: "unauthorized", Detail: "the bearer token is not valid"}, "token refused (401)",
			"the ledger answered 401 unauthorized: the bearer token is not valid; the token is not the program's current one: pass the right one with --token, or leave --token out"},
		{&apiProblem{Status: 422, Code: "invalid", Field: "amount", Detail: "amount must not be negative"}, "ledger: 422 invalid",
			"the ledger answered 422 invalid (field amount): amount must not be negative"},
		{&apiProblem{Status: 503, Code: "not_ready", Detail: "no rule set has been published to this program yet"}, "ledger: 503 not_ready",
			"the ledger answered 503 not_ready: no rule set has been published to this program yet"},
		{failed("no ready ledger pod", "program a/b has no ready ledger pod"), "no ready ledger pod", "program a/b has no ready ledger pod"},
		{errors.New("something else"), "error: see below", "something else"},
	} {
		if got := short(c.err); got != c.short {
			t.Errorf("short(%v) = %q, want %q", c.err, got, c.short)
		}
		if c.err.Error() != c.long {
			t.Errorf("error: %q, want %q", c.err.Error(), c.long)
		}
	}
	pf := portForwardFailed("brew-coffee", "rewards-ledger-0", `Error from server (Forbidden): pods "rewards-ledger-0" is forbidden: User "dave" cannot create resource "pods/portforward"`)
	if want := "you may not port-forward to pod rewards-ledger-0 in namespace brew-coffee (create pods/portforward): ask for it, or reach the ledger from a pod of the namespace"; pf.Error() != want {
		t.Errorf("port-forward refused: %s", pf)
	}
	if pf := portForwardFailed("ns", "p", "error: unable to forward port because pod is not running. Current status=Pending"); short(pf) != "port-forward failed" ||
		!strings.Contains(pf.Error(), "pod is not running") {
		t.Errorf("port-forward failed: %s", pf)
	}
}

func TestMemberText(t *testing.T) {
	reached := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	r := &memberReport{program: "brew-coffee/rewards", more: true, lines: []ledger.StatementLine{
		{Kind: "debit", Points: -50, Reason: "penalty", EventID: "x-1", Shortfall: 20, CreatedAt: time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)},
		{Kind: "redeem", Points: -300, Reason: "redeemed", Ref: "red-1", CreatedAt: time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)},
		{Kind: "credit", Points: 1280, Reason: "purchase", EventID: "order-1", Rules: []ledger.RulePoints{{Rule: "purchase", Points: 1024}, {Rule: "birthday-month", Points: 256}},
			CreatedAt: time.Date(2026, 11, 19, 9, 30, 0, 0, time.UTC)},
	}}
	r.member = memberOut{ID: "alice", Balance: 1230, Held: 100, Tier: "Silver", TierReachedAt: &reached, JoinedAt: time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC)}
	r.member.ExpiringSoon.Points, r.member.ExpiringSoon.Days = 40, 30
	var out bytes.Buffer
	if err := writeMember(&out, r); err != nil {
		t.Fatal(err)
	}
	want := `Member alice of brew-coffee/rewards
  Balance   1,230 points available, 100 held
  Tier      Silver since 2026-03-02
  Expiring  40 points within 30 days
  Joined    2025-01-05

Statement, newest first:
WHEN                  KIND    POINTS          REASON    EVENT/REF  RULES
2026-11-21 09:30:00Z  debit   -50 (20 short)  penalty   x-1        -
2026-11-20 09:30:00Z  redeem  -300            redeemed  red-1      -
2026-11-19 09:30:00Z  credit  +1,280          purchase  order-1    purchase +1,024, birthday-month +256
(older lines not shown: raise --lines)
`
	if out.String() != want {
		t.Errorf("member:\n%s\nwant:\n%s", out.String(), want)
	}
}

func TestExplainText(t *testing.T) {
	expires := time.Date(2027, 12, 31, 15, 59, 59, 0, time.UTC)
	a := &explainAnswer{ID: "order-9", Member: "alice", Points: 128, Balance: 1128, RulesetVersion: "1c56b85f43317eb2", Tier: "Silver", TierChanged: true,
		Badges: []string{"First sip"}, WouldAward: []awardAnswer{{Rule: "vip-preview", Points: 256, ExpiresAt: &expires}},
		Explanation: []engine.Explanation{
			{Rule: "birthday-month", Reason: engine.ReasonConditionFalse},
			{Rule: "purchase", Matched: true, Points: 128, Reason: engine.ReasonCapped, Detail: "daily cap: 128 of 200 points"},
			{Rule: "vip-preview", Matched: true, Points: 256, Reason: engine.ReasonShadow},
		},
		Limits: []string{"rules critic read the member's activity counters"}}
	var out bytes.Buffer
	if err := writeExplanation(&out, "brew-coffee/rewards", "purchase", a); err != nil {
		t.Fatal(err)
	}
	want := `Event order-9 (purchase) of member alice in brew-coffee/rewards, judged by rule set 1c56b85f43317eb2. Dry run: nothing was credited.

RULE            VERDICT          POINTS  DETAIL
birthday-month  condition_false  -       
purchase        capped           +128    daily cap: 128 of 200 points
vip-preview     shadow           +256    

Points: +128, leaving 1,128 available (now 1,000).
Tier: moves up to Silver.
Badges: First sip.
Shadow rules would award (never credited):
  vip-preview +256, expiring 2027-12-31 15:59:59Z

Note:
  - rules critic read the member's activity counters
`
	if out.String() != want {
		t.Errorf("explanation:\n%s\nwant:\n%s", out.String(), want)
	}
	out.Reset()
	replay := &explainAnswer{ID: "order-1", Member: "alice", Points: 128, Replayed: true, RulesetVersion: "1c56b85f43317eb2",
		Awards: []awardAnswer{{Rule: "purchase", Points: 128}}, Limits: []string{"event id order-1 was taken before"}}
	if err := writeExplanation(&out, "brew-coffee/rewards", "purchase", replay); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "Event order-1 (purchase) of member alice in brew-coffee/rewards was taken by the ledger before: posting it again would earn nothing more.\nIt earned +128 points (rule set 1c56b85f43317eb2):\n  purchase +128\n") {
		t.Errorf("a replay:\n%s", out.String())
	}
}

// The connection flags the user set reach kubectl port-forward, and only those.
func TestKubectlArgs(t *testing.T) {
	k := newKubeFlags()
	root := newCommand(&options{kube: k, now: time.Now}, &bytes.Buffer{}, &bytes.Buffer{})
	if err := root.PersistentFlags().Parse([]string{"--kubeconfig", "/tmp/kc", "--context", "prod", "-n", "brew-coffee",
		"--as", "carol", "--as-group", "auditors", "--as-group", "brand", "--token", "not-for-kubectl"}); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(k.kubectlArgs(), " ")
	if want := "--as=carol --as-group=auditors --as-group=brand --context=prod --kubeconfig=/tmp/kc"; got != want {
		t.Errorf("kubectl args: %s, want %s", got, want)
	}
}
