package controllers_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/rest"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
	metricsserver "sigs.k8s.io/controller-runtime/pkg/metrics/server"

	"github.com/tally-operator/tally/controllers"
	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/testenv"
)

var (
	kube       *testenv.Kube
	pg         *testenv.Postgres
	kubeconfig string
)

const testImage = "registry.example/tally:test"

// TestMain starts a test control plane, PostgreSQL and the manager with every reconciler, as
// the operator runs them (its cache limited the same way).
func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	var err error
	if kube, err = testenv.StartKube(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer func() { _ = kube.Stop() }()
	if pg, err = testenv.StartPostgres(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer func() { _ = pg.Stop() }()
	dir, err := os.MkdirTemp("", "tally-controllers-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	if kubeconfig, err = kube.Kubeconfig(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	// The manager runs with the permissions of config/rbac/role.yaml and nothing more, as in
	// a cluster.
	managerConfig, err := managerUser()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	// No client-side rate limit, as ctrl.GetConfig gives tally manager (the API server's
	// priority and fairness limits it); client-go's default of 5 requests a second made a
	// change to one of 100 rules take 20 s here to show on every rule.
	managerConfig.QPS = -1
	if err := sharedLedgerDatabase(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	mgr, err := ctrl.NewManager(managerConfig, ctrl.Options{Scheme: kube.Scheme, Cache: controllers.CacheOptions(),
		Metrics: metricsserver.Options{BindAddress: "0"}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := controllers.Setup(mgr, controllers.Options{Image: testImage, RetryAfter: time.Second, Namespace: operatorNamespace, ExportStatus: time.Second}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- mgr.Start(ctx) }()
	code := m.Run()
	cancel()
	if err := <-done; err != nil {
		fmt.Fprintln(os.Stderr, "manager:", err)
	}
	return code
}

// eventually retries check every 100 ms until it returns nil or timeout passes.
func eventually(t *testing.T, timeout time.Duration, what string, check func() error) {
	t.Helper()
	testenv.Eventually(t, timeout, 100*time.Millisecond, what, check)
}

func kubectl(t *testing.T, stdin []byte, args ...string) string {
	t.Helper()
	out, err := kube.Kubectl(kubeconfig, stdin, args...)
	if err != nil {
		t.Fatalf("kubectl %v: %v\n%s", args, err, out)
	}
	return out
}

const (
	operatorNamespace = "tally-system"
	// tenantLabel is the label by which the LedgerDatabase "shared" admits namespaces, as in
	// config/samples.
	tenantLabel = "loyalty.tally.dev/ledger-database"
)

// managerUser binds the ClusterRole generated into config/rbac/role.yaml to a user of its own
// and returns that user's configuration.
func managerUser() (*rest.Config, error) {
	out, err := kube.Kubectl(kubeconfig, nil, "apply", "-f", testenv.RepoRoot()+"/config/rbac/role.yaml")
	if err != nil {
		return nil, fmt.Errorf("apply config/rbac/role.yaml: %v: %s", err, out)
	}
	out, err = kube.Kubectl(kubeconfig, nil, "create", "clusterrolebinding", "tally-manager", "--clusterrole=tally-manager", "--user=tally-manager")
	if err != nil {
		return nil, fmt.Errorf("bind the manager's ClusterRole: %v: %s", err, out)
	}
	return kube.UserConfig("tally-manager")
}

// sharedLedgerDatabase makes what the platform team makes: the operator's namespace, the
// admin Secret of the test server in it, and the LedgerDatabase "shared" of config/samples,
// which admits the namespaces labelled tenantLabel=shared.
func sharedLedgerDatabase() error {
	ctx := context.Background()
	if err := kube.Client.Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: operatorNamespace}}); err != nil {
		return err
	}
	s := &corev1.Secret{ObjectMeta: metav1.ObjectMeta{Namespace: operatorNamespace, Name: "postgres-admin"}, StringData: map[string]string{"uri": pg.DSN}}
	if err := kube.Client.Create(ctx, s); err != nil {
		return err
	}
	out, err := kube.Kubectl(kubeconfig, nil, "apply", "-f", testenv.RepoRoot()+"/config/samples/platform/ledgerdatabase.yaml")
	if err != nil {
		return fmt.Errorf("apply the sample LedgerDatabase: %v: %s", err, out)
	}
	return nil
}

// tenantNamespace creates a namespace that the LedgerDatabase "shared" admits.
func tenantNamespace(t *testing.T, name string) {
	t.Helper()
	ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: name, Labels: map[string]string{tenantLabel: "shared"}}}
	if err := kube.Client.Create(context.Background(), ns); client.IgnoreAlreadyExists(err) != nil {
		t.Fatal(err)
	}
}

// programDatabase is the administrator's URI of a program's own database on the test server.
func programDatabase(t *testing.T, namespace, name string) string {
	t.Helper()
	uri, err := dbconfig.WithDatabase(pg.DSN, dbconfig.DatabaseFor(namespace, name))
	if err != nil {
		t.Fatal(err)
	}
	return uri
}

// adminSecret creates a Secret in a brand's namespace holding an administrator URI, as
// programs of the previous version named in spec.database.secretRef.
func adminSecret(t *testing.T, namespace, name, uri string) {
	t.Helper()
	ctx := context.Background()
	ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: namespace}}
	if err := kube.Client.Create(ctx, ns); client.IgnoreAlreadyExists(err) != nil {
		t.Fatal(err)
	}
	s := &corev1.Secret{ObjectMeta: metav1.ObjectMeta{Namespace: namespace, Name: name}, StringData: map[string]string{"uri": uri}}
	if err := kube.Client.Create(ctx, s); err != nil {
		t.Fatal(err)
	}
}

// markAvailable does what the Deployment controller and kubelets do in a real cluster: the
// test control plane runs neither.
func markAvailable(t *testing.T, namespace, name string) {
	t.Helper()
	ctx := context.Background()
	eventually(t, 10*time.Second, "ledger Deployment "+name, func() error {
		var d appsv1.Deployment
		if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: namespace, Name: name}, &d); err != nil {
			return err
		}
		n := *d.Spec.Replicas
		d.Status = appsv1.DeploymentStatus{ObservedGeneration: d.Generation, Replicas: n, ReadyReplicas: n, AvailableReplicas: n, UpdatedReplicas: n,
			Conditions: []appsv1.DeploymentCondition{{Type: appsv1.DeploymentAvailable, Status: corev1.ConditionTrue, Reason: "MinimumReplicasAvailable",
				LastUpdateTime: metav1.Now(), LastTransitionTime: metav1.Now()}}}
		return kube.Client.Status().Update(ctx, &d)
	})
}
