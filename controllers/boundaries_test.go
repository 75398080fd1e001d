package controllers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/testenv"
)

func waitReason(t *testing.T, ns, name, kind, reason, text string) *v1alpha1.PointsProgram {
	t.Helper()
	var p *v1alpha1.PointsProgram
	eventually(t, 15*time.Second, kind+" "+reason, func() error {
		p = program(t, ns, name)
		c := meta.FindStatusCondition(p.Status.Conditions, kind)
		if c == nil || c.Reason != reason || !strings.Contains(c.Message, text) {
			return fmt.Errorf("%s: %+v; Ready: %s", kind, c, condition(p.Status.Conditions, v1alpha1.ConditionReady))
		}
		return nil
	})
	return p
}

// A program in a namespace the LedgerDatabase does not admit gets nothing: no database, no
// credentials, no workload. Once the platform team labels the namespace, it is provisioned.
func TestNamespaceNotAdmittedGetsNothing(t *testing.T) {
	const ns = "not-admitted"
	ctx := context.Background()
	if err := kube.Client.Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: ns}}); err != nil {
		t.Fatal(err)
	}
	applyCoffee(t, ns)
	waitReason(t, ns, "rewards", v1alpha1.ConditionDatabaseReady, "NamespaceNotAllowed", `LedgerDatabase "shared" does not admit namespace not-admitted`)
	for _, obj := range []client.Object{&corev1.Secret{}, &appsv1.Deployment{}, &corev1.Service{}, &networkingv1.NetworkPolicy{}} {
		for _, name := range []string{"rewards-ledger-db", "rewards-ledger-token", "rewards-ledger"} {
			if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: ns, Name: name}, obj); !apierrors.IsNotFound(err) {
				t.Errorf("%T %s exists for a program that may not use the database (%v)", obj, name, err)
			}
		}
	}
	admin, err := pgx.Connect(ctx, pg.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	var n int
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM pg_database WHERE datname = $1`, dbconfig.DatabaseFor(ns, "rewards")).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d databases made for the program (%v)", n, err)
	}

	kubectl(t, nil, "label", "namespace", ns, tenantLabel+"=shared")
	waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 30*time.Second)

	// A LedgerDatabase that does not exist is named as such.
	kubectl(t, []byte(`{"apiVersion":"loyalty.tally.dev/v1alpha1","kind":"PointsProgram","metadata":{"name":"lost"},
		"spec":{"currency":"EUR","pointValue":"0.01","database":{"ledgerDatabase":"nowhere"}}}`), "apply", "-n", ns, "-f", "-")
	waitReason(t, ns, "lost", v1alpha1.ConditionDatabaseReady, "LedgerDatabaseNotFound", `LedgerDatabase "nowhere" (spec.database.ledgerDatabase) does not exist`)
}

// A brand's team holds the built-in "edit" role in its namespace. It cannot read the
// server's administrator URI, cannot admit itself to a LedgerDatabase, and no field of its
// program makes the operator touch another brand's data.
func TestNamespaceEditorCannotReachOtherBrands(t *testing.T) {
	const ns = "editor-brand"
	ctx := context.Background()
	tenantNamespace(t, ns)
	kubectl(t, nil, "create", "rolebinding", "alice-edit", "-n", ns, "--clusterrole=edit", "--user=alice")
	// In a cluster "edit" aggregates the rules of system:aggregate-to-edit and of the loyalty
	// editor; the test control plane runs no controller that aggregates, so alice gets them
	// directly.
	kubectl(t, nil, "create", "rolebinding", "alice-edit-rules", "-n", ns, "--clusterrole=system:aggregate-to-edit", "--user=alice")
	kubectl(t, nil, "apply", "-f", testenv.RepoRoot()+"/config/rbac/loyalty_editor_role.yaml")
	kubectl(t, nil, "create", "rolebinding", "alice-loyalty", "-n", ns, "--clusterrole=tally-loyalty-editor", "--user=alice")
	as := func(args ...string) (string, error) {
		return kube.Kubectl(kubeconfig, nil, append([]string{"--as=alice"}, args...)...)
	}
	refused := func(args ...string) {
		t.Helper()
		out, err := as(args...)
		if err == nil || !strings.Contains(out, "forbidden") {
			t.Errorf("alice: kubectl %s: %v\n%s; want forbidden", strings.Join(args, " "), err, out)
		}
	}
	refused("get", "secrets", "-n", operatorNamespace)
	refused("get", "secret", "postgres-admin", "-n", operatorNamespace)
	refused("get", "secrets", "-A")
	refused("label", "namespace", ns, tenantLabel+"=other", "--overwrite")
	refused("patch", "ledgerdatabase", "shared", "--type=merge", "-p", `{"spec":{"allowedNamespaces":{"selector":{}}}}`)

	// Alice's program declares the other brand's schema name: it still gets a database of its
	// own, and the other brand's is untouched.
	program := `{"apiVersion":"loyalty.tally.dev/v1alpha1","kind":"PointsProgram","metadata":{"name":"rewards"},
		"spec":{"currency":"EUR","pointValue":"0.01","database":{"ledgerDatabase":"shared","schema":"tally_brew_coffee_rewards"}}}`
	if out, err := kube.Kubectl(kubeconfig, []byte(program), "--as=alice", "apply", "-n", ns, "-f", "-"); err != nil {
		t.Fatalf("alice applying her program: %v\n%s", err, out)
	}
	p := waitCondition(t, ns, "rewards", v1alpha1.ConditionDatabaseReady, 30*time.Second)
	if p.Status.Database != dbconfig.DatabaseFor(ns, "rewards") {
		t.Errorf("alice's program is in database %q", p.Status.Database)
	}
	// Every Secret alice can read holds her program's own credentials, never the server's.
	out, err := as("get", "secrets", "-n", ns, "-o", "jsonpath={.items[*].data}")
	if err != nil {
		t.Fatalf("alice listing her Secrets: %v\n%s", err, out)
	}
	cfg, err := pgx.ParseConfig(pg.DSN)
	if err != nil {
		t.Fatal(err)
	}
	var secrets corev1.SecretList
	if err := kube.Client.List(ctx, &secrets, client.InNamespace(ns)); err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets.Items {
		for k, v := range s.Data {
			if strings.Contains(string(v), cfg.Password) || strings.Contains(string(v), "//"+cfg.User+":") {
				t.Errorf("Secret %s key %s in alice's namespace holds the administrator's credentials", s.Name, k)
			}
		}
	}
}

// A program made by the previous version (its schema in the administrator's database, the
// administrator's Secret in its namespace, its role marked by a comment and allowed to
// delete) reconciles after the upgrade with its data, loses what its role should never have
// had, and tells the user what to change.
func TestUpgradeFromSecretInNamespace(t *testing.T) {
	const ns = "upgrade"
	ctx := context.Background()
	uri := pg.NewDatabase(t)
	adminSecret(t, ns, "postgres", uri)
	p := dbconfig.Program{Namespace: ns, Name: "rewards", Schema: dbconfig.SchemaFor(ns, "rewards", "")}
	admin, err := pgx.Connect(ctx, uri)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	s := p.Schema
	for _, stmt := range []string{
		`CREATE SCHEMA ` + s, `COMMENT ON SCHEMA ` + s + ` IS '` + p.Owner() + `'`,
		`CREATE ROLE ` + s + ` LOGIN PASSWORD 'old'`, `COMMENT ON ROLE ` + s + ` IS '` + p.Owner() + `'`,
	} {
		if _, err := admin.Exec(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ledger.Migrate(ctx, pgxPool(t, uri), s); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`GRANT USAGE ON SCHEMA ` + s + ` TO ` + s,
		`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ` + s + ` TO ` + s,
		`INSERT INTO ` + s + `.members (id, balance) VALUES ('alice', 0)`,
	} {
		if _, err := admin.Exec(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	creds, err := dbconfig.Credentials(uri, p, "old")
	if err != nil {
		t.Fatal(err)
	}
	old := &corev1.Secret{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: "rewards-ledger-db",
		Labels: map[string]string{"app.kubernetes.io/managed-by": "tally-operator"}}, Type: corev1.SecretTypeBasicAuth, Data: creds}
	if err := kube.Client.Create(ctx, old); err != nil {
		t.Fatal(err)
	}

	applyCoffeeOnSecret(t, ns)
	got := waitReason(t, ns, "rewards", v1alpha1.ConditionDatabaseReady, "AdminCredentialInNamespace", "move the program to a LedgerDatabase")
	if !meta.IsStatusConditionTrue(got.Status.Conditions, v1alpha1.ConditionDatabaseReady) {
		t.Errorf("the upgraded program is not DatabaseReady: %s", condition(got.Status.Conditions, v1alpha1.ConditionDatabaseReady))
	}
	waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 30*time.Second)
	conn, err := pgx.Connect(ctx, secretURI(t, ns, "rewards-ledger-db"))
	if err != nil {
		t.Fatalf("the ledger's credentials after the upgrade: %v", err)
	}
	defer conn.Close(ctx)
	var members int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM `+s+`.members WHERE id = 'alice'`).Scan(&members); err != nil || members != 1 {
		t.Errorf("alice after the upgrade: %d, %v", members, err)
	}
	if _, err := conn.Exec(ctx, `DELETE FROM `+s+`.postings`); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("the role deleting postings after the upgrade: %v; want permission denied", err)
	}
	var comments int
	if err := admin.QueryRow(ctx, `SELECT (SELECT count(*) FROM pg_description WHERE description LIKE 'tally:%') + (SELECT count(*) FROM pg_shdescription WHERE description LIKE 'tally:%')`).Scan(&comments); err != nil || comments != 0 {
		t.Errorf("%d comments naming programs remain (%v)", comments, err)
	}
}

// The password reaches PostgreSQL when the Secret is new or changed, not on every pass.
func TestPasswordIsSentOnlyWhenItsSecretChanges(t *testing.T) {
	const ns = "password"
	ctx := context.Background()
	tenantNamespace(t, ns)
	applyCoffee(t, ns)
	p := waitCondition(t, ns, "rewards", v1alpha1.ConditionDatabaseReady, 30*time.Second)
	role := dbconfig.DatabaseFor(ns, "rewards")
	admin, err := pgx.Connect(ctx, pg.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	verifier := func() string {
		var v string
		if err := admin.QueryRow(ctx, `SELECT rolpassword FROM pg_authid WHERE rolname = $1`, role).Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	// Each SetPassword draws a new salt, so an unchanged verifier means no password was sent.
	first := verifier()
	kubectl(t, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=merge", "-p", `{"spec":{"displayName":"Another pass"}}`)
	eventually(t, 10*time.Second, "a pass over the new generation", func() error {
		if q := program(t, ns, "rewards"); q.Status.ObservedGeneration <= p.Generation {
			return fmt.Errorf("observedGeneration %d", q.Status.ObservedGeneration)
		}
		return nil
	})
	if verifier() != first {
		t.Error("the password was sent again on a pass that changed nothing about it")
	}

	// A rotated password (the user edits the Secret) is sent once.
	kubectl(t, nil, "patch", "-n", ns, "secret", "rewards-ledger-db", "--type=merge", "-p", `{"stringData":{"password":"rotated-by-hand"}}`)
	kubectl(t, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=merge", "-p", `{"spec":{"displayName":"After rotation"}}`)
	eventually(t, 10*time.Second, "the rotated password in effect", func() error {
		c, err := pgx.Connect(ctx, secretURI(t, ns, "rewards-ledger-db"))
		if err != nil {
			return err
		}
		c.Close(ctx)
		if !strings.Contains(secretURI(t, ns, "rewards-ledger-db"), "rotated-by-hand") {
			return fmt.Errorf("the Secret's uri does not carry the rotated password")
		}
		return nil
	})
}

func pgxPool(t *testing.T, uri string) *pgxpool.Pool {
	t.Helper()
	p, err := pgxpool.New(context.Background(), uri)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}
