package controllers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/testenv"
)

func program(t *testing.T, namespace, name string) *v1alpha1.PointsProgram {
	t.Helper()
	p := &v1alpha1.PointsProgram{}
	if err := kube.Client.Get(context.Background(), types.NamespacedName{Namespace: namespace, Name: name}, p); err != nil {
		t.Fatal(err)
	}
	return p
}

func condition(conds []metav1.Condition, kind string) string {
	c := meta.FindStatusCondition(conds, kind)
	if c == nil {
		return "absent"
	}
	return fmt.Sprintf("%s (%s: %s)", c.Status, c.Reason, c.Message)
}

func waitCondition(t *testing.T, namespace, name, kind string, timeout time.Duration) *v1alpha1.PointsProgram {
	t.Helper()
	var p *v1alpha1.PointsProgram
	eventually(t, timeout, fmt.Sprintf("%s/%s %s", namespace, name, kind), func() error {
		p = program(t, namespace, name)
		if !meta.IsStatusConditionTrue(p.Status.Conditions, kind) {
			return fmt.Errorf("%s is %s", kind, condition(p.Status.Conditions, kind))
		}
		return nil
	})
	return p
}

// The two sample brands, applied as a user would, end Ready: each in a schema of its own with
// a role that cannot read the other's, with the Deployments, Services and CronJobs expected.
func TestSampleBrandsBecomeReady(t *testing.T) {
	ctx := context.Background()
	kubectl(t, nil, "apply", "-k", testenv.RepoRoot()+"/config/samples")

	brands := []struct{ ns, name string }{{"brew-coffee", "rewards"}, {"atelier-fashion", "atelier-points"}}
	for _, b := range brands {
		waitCondition(t, b.ns, b.name, v1alpha1.ConditionRulesetPublished, 30*time.Second)
		markAvailable(t, b.ns, b.name+"-ledger")
	}
	for _, b := range brands {
		kubectl(t, nil, "wait", "-n", b.ns, "--for=condition=Ready", "--timeout=30s",
			"pointsprograms,earnrules,tierpolicies,redemptioncatalogs", "--all")
	}

	coffee := program(t, "brew-coffee", "rewards")
	if coffee.Status.ObservedGeneration != coffee.Generation || coffee.Status.RulesetVersion == "" ||
		coffee.Status.Endpoint != "http://rewards-ledger.brew-coffee.svc:8080" || coffee.Status.Schema != "tally_brew_coffee_rewards" || coffee.Status.Database != dbconfig.DatabaseFor("brew-coffee", "rewards") ||
		coffee.Status.DatabaseSecretName != "rewards-ledger-db" || coffee.Status.TokenSecretName != "rewards-ledger-token" {
		t.Errorf("coffee status: %+v", coffee.Status)
	}
	for _, kind := range []string{"DatabaseReady", "RulesetPublished", "LedgerAvailable", "ExpiryScheduled"} {
		if !meta.IsStatusConditionTrue(coffee.Status.Conditions, kind) {
			t.Errorf("coffee %s: %s", kind, condition(coffee.Status.Conditions, kind))
		}
	}
	var rule v1alpha1.EarnRule
	if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "purchase"}, &rule); err != nil {
		t.Fatal(err)
	}
	if rule.Status.RulesetVersion != coffee.Status.RulesetVersion {
		t.Errorf("EarnRule purchase is part of rule set %q; the program serves %q", rule.Status.RulesetVersion, coffee.Status.RulesetVersion)
	}
	var catalog v1alpha1.RedemptionCatalog
	if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "rewards-catalog"}, &catalog); err != nil {
		t.Fatal(err)
	}
	if n := len(catalog.Spec.Items); n == 0 || catalog.Status.ItemCount != int32(n) {
		t.Errorf("catalog rewards-catalog has %d items; its status counts %d", n, catalog.Status.ItemCount)
	}

	// The workload.
	var d appsv1.Deployment
	if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "rewards-ledger"}, &d); err != nil {
		t.Fatal(err)
	}
	c := d.Spec.Template.Spec.Containers[0]
	if *d.Spec.Replicas != 2 || c.Image != testImage || strings.Join(c.Args[:2], " ") != "ledger serve" ||
		c.SecurityContext == nil || !*c.SecurityContext.RunAsNonRoot || *c.SecurityContext.AllowPrivilegeEscalation ||
		c.ReadinessProbe.HTTPGet.Path != "/readyz" || len(d.Spec.Template.Spec.TopologySpreadConstraints) == 0 ||
		len(d.OwnerReferences) != 1 || d.OwnerReferences[0].Name != "rewards" {
		t.Errorf("ledger Deployment: replicas %d, container %+v, owners %v", *d.Spec.Replicas, c, d.OwnerReferences)
	}
	var svc corev1.Service
	if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "rewards-ledger"}, &svc); err != nil || svc.Spec.Ports[0].Port != 8080 {
		t.Errorf("ledger Service: %v %+v", err, svc.Spec.Ports)
	}
	var expire, review batchv1.CronJob
	if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "rewards-expire"}, &expire); err != nil {
		t.Fatal(err)
	}
	if expire.Spec.Schedule != "15 0 * * *" || *expire.Spec.TimeZone != "Asia/Shanghai" || expire.Spec.ConcurrencyPolicy != batchv1.ForbidConcurrent ||
		expire.Spec.JobTemplate.Spec.Template.Spec.Containers[0].Args[0] != "expire" {
		t.Errorf("expiry CronJob: %+v", expire.Spec)
	}
	if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "rewards-tiers-review"}, &review); err != nil {
		t.Errorf("tier review CronJob of coffee (which has a TierPolicy): %v", err)
	}
	if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "atelier-fashion", Name: "atelier-points-tiers-review"}, &review); err == nil {
		t.Error("fashion has no TierPolicy but got a tier review CronJob")
	}

	// The ledger pods may reach the API only from the brand's own namespace.
	var np networkingv1.NetworkPolicy
	if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "rewards-ledger"}, &np); err != nil {
		t.Fatalf("ledger NetworkPolicy: %v", err)
	}
	if np.Spec.PodSelector.MatchLabels["loyalty.tally.dev/program"] != "rewards" || len(np.Spec.Ingress) != 1 ||
		len(np.Spec.Ingress[0].From) != 1 || np.Spec.Ingress[0].From[0].NamespaceSelector != nil {
		t.Errorf("ledger NetworkPolicy: %+v", np.Spec)
	}

	// A Ready program is next looked at in 10 minutes; the operator holds no connection to
	// its database meanwhile: with hundreds of programs on a server, idle connections to
	// each would use up PostgreSQL's connection slots.
	admin, err := pgx.Connect(ctx, pg.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	eventually(t, 5*time.Second, "no connection to coffee's database", func() error {
		var n int
		if err := admin.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = $1`, coffee.Status.Database).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("%d connections to database %s", n, coffee.Status.Database)
		}
		return nil
	})

	// Each role reads its own database and cannot even connect to the other's.
	coffeeURI := secretURI(t, "brew-coffee", "rewards-ledger-db")
	conn, err := pgx.Connect(ctx, coffeeURI)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM tally_brew_coffee_rewards.rulesets`).Scan(&n); err != nil || n != 1 {
		t.Errorf("coffee's role reading its rule sets: %d, %v", n, err)
	}
	fashionDB, err := dbconfig.WithDatabase(coffeeURI, dbconfig.DatabaseFor("atelier-fashion", "atelier-points"))
	if err != nil {
		t.Fatal(err)
	}
	if c, err := pgx.Connect(ctx, fashionDB); err == nil || !strings.Contains(err.Error(), "permission denied") {
		if err == nil {
			c.Close(ctx)
		}
		t.Errorf("coffee's role connecting to fashion's database: %v; want permission denied", err)
	}
}

func secretURI(t *testing.T, namespace, name string) string {
	t.Helper()
	var s corev1.Secret
	if err := kube.Client.Get(context.Background(), types.NamespacedName{Namespace: namespace, Name: name}, &s); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"username", "password", "host", "port", "dbname", "uri"} {
		if len(s.Data[k]) == 0 {
			t.Errorf("Secret %s has no %q", name, k)
		}
	}
	return string(s.Data["uri"])
}

// A program's export sinks reach its ledger pods (their configuration, signing key and
// headers), and how each sink is doing, as the ledger records it in the program's
// database, shows on the PointsProgram with the ExportHealthy condition.
func TestExportSinksReachTheLedgerAndTheStatus(t *testing.T) {
	ctx := context.Background()
	kubectl(t, nil, "apply", "-k", testenv.RepoRoot()+"/config/samples")
	waitCondition(t, "brew-coffee", "rewards", v1alpha1.ConditionDatabaseReady, 30*time.Second)
	kubectl(t, nil, "-n", "brew-coffee", "create", "secret", "generic", "crm-signing", "--from-literal=key=s3cret")
	kubectl(t, nil, "-n", "brew-coffee", "create", "secret", "generic", "crm-headers", "--from-literal=Authorization=Bearer crm")
	kubectl(t, nil, "-n", "brew-coffee", "patch", "pointsprogram", "rewards", "--type=merge", "-p",
		`{"spec":{"export":{"sinks":[{"name":"crm","url":"https://crm.example.com/loyalty","kinds":["PointsEarned","TierChanged"],"signingKey":{"name":"crm-signing"},"headersSecretName":"crm-headers"}]}}}`)
	t.Cleanup(func() {
		kubectl(t, nil, "-n", "brew-coffee", "patch", "pointsprogram", "rewards", "--type=json", "-p", `[{"op":"remove","path":"/spec/export"}]`)
		kubectl(t, nil, "-n", "brew-coffee", "delete", "secret", "crm-signing", "crm-headers")
	})

	eventually(t, 30*time.Second, "the ledger Deployment with the export sink", func() error {
		var d appsv1.Deployment
		if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "rewards-ledger"}, &d); err != nil {
			return err
		}
		pod := d.Spec.Template.Spec
		var cfg string
		for _, e := range pod.Containers[0].Env {
			if e.Name == "TALLY_EXPORT_SINKS" {
				cfg = e.Value
			}
		}
		want := `{"source":"/tally/brew-coffee/rewards","sinks":[{"name":"crm","url":"https://crm.example.com/loyalty","kinds":["PointsEarned","TierChanged"],"signingKeyFile":"/var/run/tally/export/crm/key/signing-key","headersDir":"/var/run/tally/export/crm/headers","batchSize":100,"maxAttempts":15,"timeout":"10s"}]}`
		if cfg != want {
			return fmt.Errorf("TALLY_EXPORT_SINKS %s", cfg)
		}
		secrets := map[string]bool{}
		for _, v := range pod.Volumes {
			if v.Secret != nil {
				secrets[v.Secret.SecretName] = true
			}
		}
		if !secrets["crm-signing"] || !secrets["crm-headers"] {
			return fmt.Errorf("volumes %v", pod.Volumes)
		}
		return nil
	})

	markAvailable(t, "brew-coffee", "rewards-ledger")

	// The ledger's dispatcher records the sink's state in the program's database; here it
	// is written as a failing sink would have it, then as a recovered one.
	p := program(t, "brew-coffee", "rewards")
	conn, err := pgx.Connect(ctx, secretURI(t, "brew-coffee", "rewards-ledger-db"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// The operator started the sink's cursor before rolling the pods out.
	tag, err := conn.Exec(ctx, `UPDATE `+p.Status.Schema+`.export_cursors SET delivered = 42, failing_since = now() - interval '1 minute',
		last_error = 'crm.example.com answered 503', oldest_pending = now() - interval '90 seconds' WHERE sink = 'crm'`)
	if err != nil || tag.RowsAffected() != 1 {
		t.Fatalf("the sink's cursor: %v, %d rows; want the one the operator made", err, tag.RowsAffected())
	}
	eventually(t, 30*time.Second, "the failing sink in the status", func() error {
		p := program(t, "brew-coffee", "rewards")
		c := meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionExportHealthy)
		if len(p.Status.Export) != 1 || !p.Status.Export[0].Failing || p.Status.Export[0].Delivered != 42 || p.Status.Export[0].Lag.Duration < 90*time.Second ||
			c == nil || c.Status != metav1.ConditionFalse || !strings.Contains(c.Message, "answered 503") {
			return fmt.Errorf("export %+v, condition %s", p.Status.Export, condition(p.Status.Conditions, v1alpha1.ConditionExportHealthy))
		}
		if !meta.IsStatusConditionTrue(p.Status.Conditions, v1alpha1.ConditionReady) {
			return fmt.Errorf("a failing sink made the program not Ready: %s", condition(p.Status.Conditions, v1alpha1.ConditionReady))
		}
		return nil
	})
	if _, err := conn.Exec(ctx, `UPDATE `+p.Status.Schema+`.export_cursors SET failing_since = NULL, last_error = '', oldest_pending = NULL, last_delivered = now()`); err != nil {
		t.Fatal(err)
	}
	waitCondition(t, "brew-coffee", "rewards", v1alpha1.ConditionExportHealthy, 30*time.Second)
}

// A program that asks for analytics gets a role that reads its analytics views, and the
// Secret a BI tool connects with; asking no more empties the Secret and takes the login away.
func TestAnalyticsAccess(t *testing.T) {
	ctx := context.Background()
	kubectl(t, nil, "apply", "-k", testenv.RepoRoot()+"/config/samples")
	waitCondition(t, "brew-coffee", "rewards", v1alpha1.ConditionDatabaseReady, 30*time.Second)
	kubectl(t, nil, "-n", "brew-coffee", "patch", "pointsprogram", "rewards", "--type=merge", "-p", `{"spec":{"export":{"analytics":{"enabled":true}}}}`)
	var uri string
	eventually(t, 30*time.Second, "the analytics Secret", func() error {
		var s corev1.Secret
		if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "rewards-analytics-db"}, &s); err != nil {
			return err
		}
		for _, k := range []string{"username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"} {
			if len(s.Data[k]) == 0 {
				return fmt.Errorf("no %q", k)
			}
		}
		if p := program(t, "brew-coffee", "rewards"); p.Status.AnalyticsSecretName != "rewards-analytics-db" {
			return fmt.Errorf("status names %q", p.Status.AnalyticsSecretName)
		}
		uri = string(s.Data["uri"])
		return nil
	})
	schema := program(t, "brew-coffee", "rewards").Status.Schema
	var conn *pgx.Conn
	eventually(t, 30*time.Second, "a connection as the analytics role", func() error {
		var err error
		conn, err = pgx.Connect(ctx, uri)
		return err
	})
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM `+schema+`.analytics_members`).Scan(&n); err != nil {
		t.Errorf("the analytics role reading analytics_members: %v", err)
	}
	if _, err := conn.Exec(ctx, `SELECT 1 FROM `+schema+`.postings LIMIT 1`); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("the analytics role reading postings: %v; want permission denied", err)
	}
	conn.Close(ctx)

	kubectl(t, nil, "-n", "brew-coffee", "patch", "pointsprogram", "rewards", "--type=json", "-p", `[{"op":"remove","path":"/spec/export"}]`)
	eventually(t, 30*time.Second, "the analytics Secret emptied and the login gone", func() error {
		var s corev1.Secret
		if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: "brew-coffee", Name: "rewards-analytics-db"}, &s); err != nil {
			return err
		}
		if len(s.Data) > 0 {
			return fmt.Errorf("the Secret still holds %d keys", len(s.Data))
		}
		if c, err := pgx.Connect(ctx, uri); err == nil {
			c.Close(ctx)
			return fmt.Errorf("the analytics role still logs in")
		}
		return nil
	})
}
