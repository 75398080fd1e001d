package controllers_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/testenv"
)

// applyCoffee applies the coffee sample's files to namespace, as a user would with kubectl.
func applyCoffee(t *testing.T, namespace string) {
	t.Helper()
	dir := testenv.RepoRoot() + "/config/samples/coffee/"
	kubectl(t, nil, "apply", "-n", namespace, "-f", dir+"program.yaml", "-f", dir+"earnrules.yaml", "-f", dir+"tiers.yaml", "-f", dir+"catalog.yaml")
}

// applyCoffeeOnSecret applies the coffee sample as the previous version's samples had it: its
// program names an administrator Secret "postgres" in its own namespace.
func applyCoffeeOnSecret(t *testing.T, namespace string) {
	t.Helper()
	dir := testenv.RepoRoot() + "/config/samples/coffee/"
	program, err := os.ReadFile(dir + "program.yaml")
	if err != nil {
		t.Fatal(err)
	}
	old := strings.Replace(string(program), "ledgerDatabase: shared", "secretRef: {name: postgres, key: uri}", 1)
	kubectl(t, []byte(old), "apply", "-n", namespace, "-f", "-")
	kubectl(t, nil, "apply", "-n", namespace, "-f", dir+"earnrules.yaml", "-f", dir+"tiers.yaml", "-f", dir+"catalog.yaml")
}

func earnRule(t *testing.T, namespace, name string) *v1alpha1.EarnRule {
	t.Helper()
	r := &v1alpha1.EarnRule{}
	if err := kube.Client.Get(context.Background(), types.NamespacedName{Namespace: namespace, Name: name}, r); err != nil {
		t.Fatal(err)
	}
	return r
}

func activeVersion(t *testing.T, uri, schema string) string {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), uri)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var v string
	if err := conn.QueryRow(context.Background(), fmt.Sprintf(`SELECT version FROM %s.rulesets WHERE active`, schema)).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// A changed EarnRule is published at once; a broken one keeps the last good rule set in
// effect and says what is wrong, at which field, on the EarnRule itself.
func TestRuleChanges(t *testing.T) {
	const ns = "rule-changes"
	tenantNamespace(t, ns)
	applyCoffee(t, ns)
	uri := programDatabase(t, ns, "rewards")
	// Every object in effect first: a program may publish more than once while kubectl
	// apply creates its objects one by one.
	// (The program itself is not Ready here: no Deployment becomes available in envtest
	// unless a test says so.)
	kubectl(t, nil, "wait", "-n", ns, "--for=condition=Ready", "--timeout=30s",
		"earnrules,tierpolicies,redemptioncatalogs", "--all")
	schema := "tally_rule_changes_rewards"
	first := activeVersion(t, uri, schema)

	start := time.Now()
	kubectl(t, nil, "patch", "-n", ns, "earnrule", "review", "--type=merge", "-p", `{"spec":{"points":{"fixed":25}}}`)
	// The rule set compiled from the changed EarnRule (the version its status names once it
	// has seen generation 2) must be the active one.
	var second string
	eventually(t, 2*time.Second, "a new rule set after changing an EarnRule", func() error {
		r := earnRule(t, ns, "review")
		if r.Status.ObservedGeneration != r.Generation || r.Status.RulesetVersion == "" {
			return fmt.Errorf("EarnRule status %+v", r.Status)
		}
		second = r.Status.RulesetVersion
		if second == first {
			return fmt.Errorf("EarnRule review at generation %d names the old rule set %s", r.Generation, first)
		}
		if v := activeVersion(t, uri, schema); v != second {
			return fmt.Errorf("active rule set %s, not %s", v, second)
		}
		return nil
	})
	t.Logf("a changed EarnRule was published in %v", time.Since(start).Round(time.Millisecond))
	eventually(t, 5*time.Second, "EarnRule review reports the new rule set", func() error {
		r := earnRule(t, ns, "review")
		if r.Status.RulesetVersion != second || r.Status.ObservedGeneration != r.Generation {
			return fmt.Errorf("status %+v", r.Status)
		}
		return nil
	})

	kubectl(t, nil, "patch", "-n", ns, "earnrule", "purchase", "--type=merge", "-p", `{"spec":{"condition":"event.amount > 'ten'"}}`)
	eventually(t, 5*time.Second, "the error on EarnRule purchase", func() error {
		r := earnRule(t, ns, "purchase")
		c := meta.FindStatusCondition(r.Status.Conditions, v1alpha1.ConditionReady)
		if c == nil || c.Status != metav1.ConditionFalse || c.Reason != "InvalidSpec" || !strings.Contains(c.Message, "spec.condition") || c.ObservedGeneration != r.Generation {
			return fmt.Errorf("Ready: %+v", c)
		}
		return nil
	})
	eventually(t, 5*time.Second, "the program says its rules do not compile", func() error {
		p := program(t, ns, "rewards")
		c := meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionRulesetPublished)
		if c == nil || c.Reason != "InvalidRules" || !strings.Contains(c.Message, "EarnRule purchase: spec.condition") || !strings.Contains(c.Message, second+" stays in effect") {
			return fmt.Errorf("RulesetPublished: %+v", c)
		}
		if meta.IsStatusConditionTrue(p.Status.Conditions, v1alpha1.ConditionReady) {
			return fmt.Errorf("program Ready while its rules do not compile")
		}
		return nil
	})
	if v := activeVersion(t, uri, schema); v != second {
		t.Errorf("active rule set %s after a broken change; want %s kept", v, second)
	}
	// Fixing it publishes again.
	kubectl(t, nil, "patch", "-n", ns, "earnrule", "purchase", "--type=merge", "-p", `{"spec":{"condition":"event.amount > 10.0"}}`)
	eventually(t, 5*time.Second, "a rule set after the fix", func() error {
		if v := activeVersion(t, uri, schema); v == second {
			return fmt.Errorf("still %s", v)
		}
		return nil
	})

	// Without a TierPolicy there are no tier reviews.
	review := types.NamespacedName{Namespace: ns, Name: "rewards-tiers-review"}
	if err := kube.Client.Get(context.Background(), review, &batchv1.CronJob{}); err != nil {
		t.Fatalf("tier review CronJob while the TierPolicy exists: %v", err)
	}
	kubectl(t, nil, "delete", "-n", ns, "tierpolicy", "tiers")
	eventually(t, 5*time.Second, "the tier review CronJob gone with the TierPolicy", func() error {
		err := kube.Client.Get(context.Background(), review, &batchv1.CronJob{})
		if apierrors.IsNotFound(err) {
			return nil
		}
		return fmt.Errorf("CronJob %s: %v", review.Name, err)
	})
}

// A program whose Secret is missing, or whose database cannot be reached, says so and
// recovers by itself once that is fixed.
func TestDatabaseProblemsRecover(t *testing.T) {
	const ns = "db-problems"
	ctx := context.Background()
	if err := kube.Client.Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: ns}}); err != nil {
		t.Fatal(err)
	}
	applyCoffeeOnSecret(t, ns)
	want := func(reason, text string) {
		eventually(t, 10*time.Second, "DatabaseReady "+reason, func() error {
			p := program(t, ns, "rewards")
			c := meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionDatabaseReady)
			if c == nil || c.Reason != reason || !strings.Contains(c.Message, text) {
				return fmt.Errorf("DatabaseReady: %+v", c)
			}
			if r := meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionReady); r == nil || r.Status != metav1.ConditionFalse {
				return fmt.Errorf("Ready: %+v", r)
			}
			return nil
		})
	}
	want("SecretNotFound", `Secret "postgres" does not exist in namespace db-problems: create it with key "uri" (spec.database.secretRef)`)

	// A Secret pointing at a port where nothing listens.
	s := &corev1.Secret{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: "postgres"}, StringData: map[string]string{"uri": "postgres://tally:x@127.0.0.1:1/postgres?sslmode=disable"}}
	if err := kube.Client.Create(ctx, s); err != nil {
		t.Fatal(err)
	}
	want("DatabaseUnavailable", "127.0.0.1")

	s.StringData = map[string]string{"uri": pg.NewDatabase(t)}
	if err := kube.Client.Update(ctx, s); err != nil {
		t.Fatal(err)
	}
	waitCondition(t, ns, "rewards", v1alpha1.ConditionDatabaseReady, 15*time.Second)
	waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 15*time.Second)
}

// Deleting a program keeps its database and roles with deletionPolicy Retain and drops them
// with Delete.
func TestDeletionPolicies(t *testing.T) {
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, pg.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	for _, policy := range []string{"Retain", "Delete"} {
		t.Run(policy, func(t *testing.T) {
			ns := "deletion-" + strings.ToLower(policy)
			tenantNamespace(t, ns)
			applyCoffee(t, ns)
			kubectl(t, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=merge", "-p", fmt.Sprintf(`{"spec":{"deletionPolicy":%q}}`, policy))
			name, schema := dbconfig.DatabaseFor(ns, "rewards"), dbconfig.SchemaFor(ns, "rewards", "")
			waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 30*time.Second)
			db, err := pgx.Connect(ctx, programDatabase(t, ns, "rewards"))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(ctx, fmt.Sprintf(`INSERT INTO %s.members (id, balance) VALUES ('m', 0)`, schema)); err != nil {
				t.Fatal(err)
			}
			db.Close(ctx)

			kubectl(t, nil, "delete", "-n", ns, "pointsprogram", "rewards", "--wait=true", "--timeout=30s")
			eventually(t, 10*time.Second, "program gone", func() error {
				err := kube.Client.Get(ctx, types.NamespacedName{Namespace: ns, Name: "rewards"}, &v1alpha1.PointsProgram{})
				if !apierrors.IsNotFound(err) {
					return fmt.Errorf("still there: %v", err)
				}
				return nil
			})
			var databases, roles int
			err = admin.QueryRow(ctx, `SELECT (SELECT count(*) FROM pg_database WHERE datname = $1), (SELECT count(*) FROM pg_roles WHERE rolname IN ($1, $2))`, name, (dbconfig.Program{Namespace: ns, Name: "rewards", Database: name}).OwnerRole()).Scan(&databases, &roles)
			if err != nil {
				t.Fatal(err)
			}
			switch policy {
			case "Retain":
				if databases != 1 || roles != 2 {
					t.Errorf("Retain: database %d, roles %d left; want all kept", databases, roles)
				}
				db, err := pgx.Connect(ctx, programDatabase(t, ns, "rewards"))
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close(ctx)
				var members int
				if err := db.QueryRow(ctx, fmt.Sprintf(`SELECT count(*) FROM %s.members`, schema)).Scan(&members); err != nil || members != 1 {
					t.Errorf("Retain: %d members, %v; want the data kept", members, err)
				}
				// The program applied again finds its data where it was, and deleting it again
				// (now with the namespace's rules gone too) still drops nothing.
				applyCoffee(t, ns)
				waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 30*time.Second)
				kubectl(t, nil, "delete", "-n", ns, "pointsprogram,earnrules,tierpolicies,redemptioncatalogs", "--all", "--wait=true", "--timeout=30s")
				if err := db.QueryRow(ctx, fmt.Sprintf(`SELECT count(*) FROM %s.members WHERE id = 'm'`, schema)).Scan(&members); err != nil || members != 1 {
					t.Errorf("Retain, applied and deleted again: member m %d, %v; want the data kept", members, err)
				}
				var tables int
				if err := db.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = $1`, schema).Scan(&tables); err != nil || tables < len(dbconfig.LedgerPrivileges)-1 {
					t.Errorf("Retain: %d tables left in schema %s (%v); want every table kept", tables, schema, err)
				}
			case "Delete":
				if databases != 0 || roles != 0 {
					t.Errorf("Delete: database %d, roles %d left; want all dropped", databases, roles)
				}
			}
		})
	}
}

// A program with deletionPolicy Delete whose administrator Secret is in its own namespace
// holds that Secret until it has dropped its data: deleting both at once, as deleting the
// namespace does, finishes, with the schema and role dropped and both objects gone. With
// Retain it holds nothing.
func TestDeletionOnASecretOfItsOwnFinishes(t *testing.T) {
	const ns = "deletion-own-secret"
	ctx := context.Background()
	uri := pg.NewDatabase(t)
	adminSecret(t, ns, "postgres", uri)
	applyCoffeeOnSecret(t, ns)
	waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 30*time.Second)
	held := func() bool {
		var s corev1.Secret
		if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: ns, Name: "postgres"}, &s); err != nil {
			t.Fatal(err)
		}
		return slices.Contains(s.Finalizers, "loyalty.tally.dev/program-data")
	}
	if held() {
		t.Fatal("with Retain the program holds its Secret")
	}
	kubectl(t, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=merge", "-p", `{"spec":{"deletionPolicy":"Delete"}}`)
	eventually(t, 30*time.Second, "the Secret held", func() error {
		if !held() {
			return fmt.Errorf("no finalizer on Secret postgres")
		}
		return nil
	})

	kubectl(t, nil, "delete", "-n", ns, "secret", "postgres", "--wait=false")
	kubectl(t, nil, "delete", "-n", ns, "pointsprogram", "rewards", "--wait=false")
	eventually(t, 30*time.Second, "the program and its Secret gone", func() error {
		if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: ns, Name: "rewards"}, &v1alpha1.PointsProgram{}); !apierrors.IsNotFound(err) {
			return fmt.Errorf("the program is still there: %v", err)
		}
		if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: ns, Name: "postgres"}, &corev1.Secret{}); !apierrors.IsNotFound(err) {
			return fmt.Errorf("the Secret is still there: %v", err)
		}
		return nil
	})
	admin, err := pgx.Connect(ctx, uri)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	schema := dbconfig.SchemaFor(ns, "rewards", "")
	var schemas, roles int
	if err := admin.QueryRow(ctx, `SELECT (SELECT count(*) FROM pg_namespace WHERE nspname = $1), (SELECT count(*) FROM pg_roles WHERE rolname = $1)`, schema).Scan(&schemas, &roles); err != nil {
		t.Fatal(err)
	}
	if schemas != 0 || roles != 0 {
		t.Errorf("schema %s: %d left, its role %d; want both dropped", schema, schemas, roles)
	}
}

// A program that held its Secret lets it go when it moves to a LedgerDatabase: the Secret can
// be deleted (step 6 of "Moving a program to a LedgerDatabase") and does not stay Terminating.
func TestMovingOffASecretLetsItGo(t *testing.T) {
	const ns = "secret-moves"
	ctx := context.Background()
	adminSecret(t, ns, "postgres", pg.NewDatabase(t))
	applyCoffeeOnSecret(t, ns)
	kubectl(t, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=merge", "-p", `{"spec":{"deletionPolicy":"Delete"}}`)
	held := func() bool {
		var s corev1.Secret
		if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: ns, Name: "postgres"}, &s); err != nil {
			t.Fatal(err)
		}
		return slices.Contains(s.Finalizers, "loyalty.tally.dev/program-data")
	}
	eventually(t, 30*time.Second, "the Secret held", func() error {
		if !held() {
			return fmt.Errorf("no finalizer on Secret postgres")
		}
		return nil
	})
	kubectl(t, nil, "label", "namespace", ns, tenantLabel+"=shared")
	kubectl(t, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=merge", "-p", `{"spec":{"database":{"secretRef":null,"ledgerDatabase":"shared"}}}`)
	eventually(t, 30*time.Second, "the Secret let go", func() error {
		if held() {
			return fmt.Errorf("Secret postgres still has the finalizer")
		}
		return nil
	})
	kubectl(t, nil, "delete", "-n", ns, "secret", "postgres", "--wait=true", "--timeout=10s")
}
