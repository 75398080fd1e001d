package controllers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/metrics"

	"github.com/tally-operator/tally/api/v1alpha1"
)

// A change to one EarnRule of a program compiles the program's rule set about once, however
// many rules the program has: its reconciler and every rule's (which re-check each other at a
// change) share the compile. Before, a change to one of 100 rules compiled the program more
// than 100 times. The figures, compiles and time until every object is Ready, are logged.
func TestOneCompilePerChange(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{1, 10, 100} {
		ns := fmt.Sprintf("compiles-%d", n)
		var b strings.Builder
		fmt.Fprintf(&b, `
apiVersion: v1
kind: Namespace
metadata: {name: %s, labels: {%s: shared}}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: PointsProgram
metadata: {name: p, namespace: %[1]s}
spec:
  currency: CNY
  pointValue: "0.01"
  database: {ledgerDatabase: shared}
`, ns, tenantLabel)
		for i := range n {
			fmt.Fprintf(&b, `---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata: {name: r-%03d, namespace: %s}
spec:
  programRef: {name: p}
  eventType: purchase
  condition: event.amount > %d.0
  points: {fixed: 1}
`, i, ns, i)
		}
		kubectl(t, []byte(b.String()), "apply", "-f", "-")
		version := allInEffect(t, ns, n, "")

		before := compilesTotal(t)
		start := time.Now()
		rule := &v1alpha1.EarnRule{}
		if err := kube.Client.Get(ctx, client.ObjectKey{Namespace: ns, Name: "r-000"}, rule); err != nil {
			t.Fatal(err)
		}
		patch := client.MergeFrom(rule.DeepCopy())
		two := int64(2)
		rule.Spec.Points.Fixed = &two
		if err := kube.Client.Patch(ctx, rule, patch); err != nil {
			t.Fatal(err)
		}
		allInEffect(t, ns, n, version)
		took := time.Since(start)
		got := compilesTotal(t) - before
		t.Logf("%d rules: one rule changed, %.0f compiles, every object Ready in %s", n, got, took.Round(time.Millisecond))
		if got > 3 {
			t.Errorf("%d rules: one change compiled the program %.0f times", n, got)
		}
	}
}

// allInEffect waits until the program p of namespace ns serves a rule set other than old and
// its n EarnRules are Ready in it, and returns that version.
func allInEffect(t *testing.T, ns string, n int, old string) string {
	t.Helper()
	var version string
	eventually(t, 2*time.Minute, fmt.Sprintf("the %d rules of %s in effect", n, ns), func() error {
		p := program(t, ns, "p")
		version = p.Status.RulesetVersion
		if version == "" || version == old {
			return fmt.Errorf("the program serves rule set %q", version)
		}
		var rules v1alpha1.EarnRuleList
		if err := kube.Client.List(context.Background(), &rules, client.InNamespace(ns)); err != nil {
			return err
		}
		ready := 0
		for _, r := range rules.Items {
			if r.Status.ObservedGeneration == r.Generation && r.Status.RulesetVersion == version && condition(r.Status.Conditions, v1alpha1.ConditionReady)[:4] == "True" {
				ready++
			}
		}
		if ready != n {
			return fmt.Errorf("%d of %d rules Ready in rule set %s", ready, n, version)
		}
		return nil
	})
	return version
}

// compilesTotal reads the operator's tally_operator_ruleset_compiles_total.
func compilesTotal(t *testing.T) float64 {
	t.Helper()
	families, err := metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == "tally_operator_ruleset_compiles_total" {
			return f.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatal("no tally_operator_ruleset_compiles_total")
	return 0
}
