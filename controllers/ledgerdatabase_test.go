package controllers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"

	"github.com/tally-operator/tally/api/v1alpha1"
)

func ledgerDatabaseReady(t *testing.T, name string, want metav1.ConditionStatus, reason, text string) *v1alpha1.LedgerDatabase {
	t.Helper()
	var ldb v1alpha1.LedgerDatabase
	eventually(t, 10*time.Second, "LedgerDatabase "+name+" "+reason, func() error {
		if err := kube.Client.Get(context.Background(), types.NamespacedName{Name: name}, &ldb); err != nil {
			return err
		}
		c := meta.FindStatusCondition(ldb.Status.Conditions, v1alpha1.ConditionReady)
		if c == nil || c.Status != want || c.Reason != reason || !strings.Contains(c.Message, text) || ldb.Status.ObservedGeneration != ldb.Generation {
			return fmt.Errorf("Ready: %+v, observedGeneration %d", c, ldb.Status.ObservedGeneration)
		}
		return nil
	})
	return &ldb
}

// A LedgerDatabase says whether programs can use it: its Secret in the operator's namespace
// exists and the server answers to it as a superuser. Programs on one that cannot be used
// say so, and that only the platform team can fix it.
func TestLedgerDatabaseStatus(t *testing.T) {
	ldb := ledgerDatabaseReady(t, "shared", metav1.ConditionTrue, "Ready", "as superuser")
	if !strings.HasPrefix(ldb.Status.ServerVersion, "15") {
		t.Errorf("serverVersion %q", ldb.Status.ServerVersion)
	}

	kubectl(t, []byte(`{"apiVersion":"loyalty.tally.dev/v1alpha1","kind":"LedgerDatabase","metadata":{"name":"no-secret"},
		"spec":{"adminSecretRef":{"name":"missing"},"allowedNamespaces":{"selector":{}}}}`), "apply", "-f", "-")
	ledgerDatabaseReady(t, "no-secret", metav1.ConditionFalse, "SecretNotFound", `Secret "missing" does not exist in namespace tally-system`)

	// A Secret of that name in a brand's namespace is never read: only the operator's.
	const ns = "no-secret-brand"
	adminSecret(t, ns, "missing", pg.DSN)
	kubectl(t, []byte(`{"apiVersion":"loyalty.tally.dev/v1alpha1","kind":"PointsProgram","metadata":{"name":"rewards"},
		"spec":{"currency":"EUR","pointValue":"0.01","database":{"ledgerDatabase":"no-secret"}}}`), "apply", "-n", ns, "-f", "-")
	waitReason(t, ns, "rewards", v1alpha1.ConditionDatabaseReady, "LedgerDatabaseUnavailable", `LedgerDatabase "no-secret" is not usable: Secret "missing" does not exist in namespace tally-system`)

	out := kubectl(t, nil, "get", "ldb")
	if !strings.Contains(out, "shared") || !strings.Contains(out, "True") || !strings.Contains(out, "postgres-admin") {
		t.Errorf("kubectl get ldb:\n%s", out)
	}
	if out := kubectl(t, nil, "explain", "ledgerdatabase.spec.allowedNamespaces"); !strings.Contains(out, "which namespaces may place programs") {
		t.Errorf("kubectl explain ledgerdatabase.spec.allowedNamespaces:\n%s", out)
	}
}
