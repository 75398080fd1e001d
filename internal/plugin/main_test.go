package plugin

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"
	"k8s.io/utils/ptr"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/server"
	"github.com/tally-operator/tally/internal/testenv"
)

var (
	kube  *testenv.Kube
	pg    *testenv.Postgres
	admin string // kubeconfig of a cluster administrator
	dir   string
	fx    *fixture
)

// TestMain starts a kube-apiserver (envtest: no kubelet, so pods never run) and a PostgreSQL,
// and makes the coffee brand's objects and ledger that the tests run the commands against.
// (Namespaces are never deleted without a controller manager: the brand is made once.)
func TestMain(m *testing.M) { os.Exit(run(m)) }

func run(m *testing.M) int {
	fail := func(err error) int {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	var err error
	if kube, err = testenv.StartKube(); err != nil {
		return fail(err)
	}
	defer func() { _ = kube.Stop() }()
	if pg, err = testenv.StartPostgres(); err != nil {
		return fail(err)
	}
	defer func() { _ = pg.Stop() }()
	if dir, err = os.MkdirTemp("", "kubectl-tally-"); err != nil {
		return fail(err)
	}
	defer func() { _ = os.RemoveAll(dir) }()
	if admin, err = kube.Kubeconfig(dir); err != nil {
		return fail(err)
	}
	var stop func()
	if fx, stop, err = newFixture(); err != nil {
		return fail(err)
	}
	defer stop()
	return m.Run()
}

// userKubeconfig writes a kubeconfig that authenticates as user, with only what RBAC gives
// them, in namespace ns.
func userKubeconfig(t *testing.T, user, ns string) string {
	t.Helper()
	cfg, err := kube.UserConfig(user)
	if err != nil {
		t.Fatal(err)
	}
	c := clientcmdapi.NewConfig()
	c.Clusters["test"] = &clientcmdapi.Cluster{Server: cfg.Host, CertificateAuthorityData: cfg.CAData}
	c.AuthInfos[user] = &clientcmdapi.AuthInfo{ClientCertificateData: cfg.CertData, ClientKeyData: cfg.KeyData, Token: cfg.BearerToken}
	c.Contexts["test"] = &clientcmdapi.Context{Cluster: "test", AuthInfo: user, Namespace: ns}
	c.CurrentContext = "test"
	path := filepath.Join(dir, user+".kubeconfig")
	if err := clientcmd.WriteToFile(*c, path); err != nil {
		t.Fatal(err)
	}
	return path
}

// testForwarder stands in for kubectl port-forward, which needs a kubelet: it reaches the
// test's ledger server for the pods it knows.
type testForwarder struct {
	addr  string
	pods  map[string]bool // namespace/pod
	calls atomic.Int32
}

func (f *testForwarder) forward(_ context.Context, namespace, pod string, port int) (string, func(), error) {
	if !f.pods[namespace+"/"+pod] || port != 8080 {
		return "", nil, failed("port-forward failed", "no pod %s/%s listens on %d", namespace, pod, port)
	}
	f.calls.Add(1)
	return f.addr, func() {}, nil
}

// fixture is the coffee brand as the operator leaves it: namespace brew-coffee with program
// rewards (Ready, its Secrets, ledger Deployment and pods, expiry CronJob), whose ledger is a
// real ledger server over PostgreSQL, and program closed (not Ready, nothing running). User
// carol may read the programs and what runs them, and port-forward, but not read Secrets.
type fixture struct {
	ns     string
	now    time.Time
	fwd    *testForwarder
	books  *ledger.Ledger // the rewards ledger, read directly
	ledger string         // the ledger server's URL
	dbURI  string
	schema string
	carol  string // carol's kubeconfig
}

const ledgerToken = "s3cret-ledger-token"

func newFixture() (*fixture, func(), error) {
	f := &fixture{ns: "brew-coffee", schema: "tally_brew_coffee_rewards"}
	stop, err := f.startLedger()
	if err != nil {
		return nil, nil, err
	}
	f.now = time.Now() // after the ledger's events, which simulations replay up to now
	if err := f.objects(); err != nil {
		stop()
		return nil, nil, err
	}
	return f, stop, nil
}

// objects makes the brand's Kubernetes objects, with the status their controllers would give
// them.
func (f *fixture) objects() error {
	ctx := context.Background()
	c := kube.Client
	if err := c.Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: f.ns}}); err != nil {
		return err
	}
	if err := f.program("rewards", true, metav1.Condition{Type: v1alpha1.ConditionReady, Status: "True", Reason: "Ready", Message: "ok"}); err != nil {
		return err
	}
	if err := f.program("closed", false, metav1.Condition{Type: v1alpha1.ConditionReady, Status: "False", Reason: v1alpha1.ReasonDatabaseUnavailable, Message: "down"}); err != nil {
		return err
	}
	var objects []client.Object
	for name, data := range map[string]map[string]string{
		"rewards-ledger-token": {"token": ledgerToken},
		"closed-ledger-token":  {"token": "closed-token"},
		"rewards-analytics-db": {"uri": f.dbURI, "schema": f.schema},
	} {
		objects = append(objects, &corev1.Secret{ObjectMeta: metav1.ObjectMeta{Namespace: f.ns, Name: name}, StringData: data})
	}
	labels := map[string]string{"app.kubernetes.io/component": "ledger", "app.kubernetes.io/instance": "rewards", "loyalty.tally.dev/program": "rewards"}
	podSpec := corev1.PodSpec{Containers: []corev1.Container{{Name: "ledger", Image: "registry.example/tally:test"}}}
	dep := &appsv1.Deployment{ObjectMeta: metav1.ObjectMeta{Namespace: f.ns, Name: "rewards-ledger"}, Spec: appsv1.DeploymentSpec{
		Replicas: ptr.To[int32](2), Selector: &metav1.LabelSelector{MatchLabels: labels},
		Template: corev1.PodTemplateSpec{ObjectMeta: metav1.ObjectMeta{Labels: labels}, Spec: podSpec}}}
	cj := &batchv1.CronJob{ObjectMeta: metav1.ObjectMeta{Namespace: f.ns, Name: "rewards-expire"}, Spec: batchv1.CronJobSpec{
		Schedule: "15 0 * * *", JobTemplate: batchv1.JobTemplateSpec{Spec: batchv1.JobSpec{Template: corev1.PodTemplateSpec{
			Spec: corev1.PodSpec{RestartPolicy: corev1.RestartPolicyOnFailure, Containers: podSpec.Containers}}}}}}
	// Two ledger pods, one of them ready: the port-forward goes to the ready one.
	podA := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Namespace: f.ns, Name: "rewards-ledger-a", Labels: labels}, Spec: podSpec}
	podB := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Namespace: f.ns, Name: "rewards-ledger-b", Labels: labels}, Spec: podSpec}
	objects = append(objects, dep, cj, podA, podB)
	objects = append(objects, readerRole(f.ns, "carol", true)...)
	for _, o := range objects {
		if err := c.Create(ctx, o); err != nil {
			return err
		}
	}
	dep.Status = appsv1.DeploymentStatus{Replicas: 2, ReadyReplicas: 1, AvailableReplicas: 1}
	cj.Status.LastSuccessfulTime = &metav1.Time{Time: f.now.Add(-3 * time.Hour)}
	podA.Status = corev1.PodStatus{Phase: corev1.PodRunning, Conditions: []corev1.PodCondition{{Type: corev1.PodReady, Status: "False"}}}
	podB.Status = corev1.PodStatus{Phase: corev1.PodRunning, Conditions: []corev1.PodCondition{{Type: corev1.PodReady, Status: "True"}}}
	for _, o := range []client.Object{dep, cj, podA, podB} {
		if err := c.Status().Update(ctx, o); err != nil {
			return err
		}
	}
	f.fwd = &testForwarder{addr: strings.TrimPrefix(f.ledger, "http://"), pods: map[string]bool{f.ns + "/rewards-ledger-b": true}}
	return nil
}

// program makes a PointsProgram with the status the operator would write.
func (f *fixture) program(name string, simulation bool, ready metav1.Condition) error {
	ctx := context.Background()
	p := &v1alpha1.PointsProgram{ObjectMeta: metav1.ObjectMeta{Namespace: f.ns, Name: name}, Spec: v1alpha1.PointsProgramSpec{
		Currency: "CNY", PointValue: "0.10", Database: v1alpha1.DatabaseSpec{LedgerDatabase: "shared"},
		Export: v1alpha1.ExportSpec{Analytics: v1alpha1.AnalyticsSpec{Enabled: simulation, PersonalData: simulation, Simulation: simulation}}}}
	if err := kube.Client.Create(ctx, p); err != nil {
		return err
	}
	ready.LastTransitionTime = metav1.NewTime(f.now)
	ready.ObservedGeneration = p.Generation
	p.Status.ObservedGeneration = p.Generation
	p.Status.Conditions = []metav1.Condition{ready}
	p.Status.TokenSecretName = name + "-ledger-token"
	if simulation {
		p.Status.RulesetVersion = "v-rewards-1"
		p.Status.Schema = f.schema
		p.Status.AnalyticsSecretName = name + "-analytics-db"
	}
	return kube.Client.Status().Update(ctx, p)
}

// startLedger runs the rewards program's ledger API over a database of its own, with the
// coffee sample's rules, and posts a purchase and a sign-in of alice.
func (f *fixture) startLedger() (stop func(), err error) {
	ctx := context.Background()
	cfg, err := pgx.ParseConfig(pg.DSN)
	if err != nil {
		return nil, err
	}
	conn, err := pgx.Connect(ctx, pg.DSN)
	if err != nil {
		return nil, err
	}
	_, err = conn.Exec(ctx, "CREATE DATABASE plugin") // gone with the server
	_ = conn.Close(ctx)
	if err != nil {
		return nil, err
	}
	f.dbURI = fmt.Sprintf("postgres://%s:%s@%s:%d/plugin?sslmode=disable", cfg.User, cfg.Password, cfg.Host, cfg.Port)
	pool, err := ledger.NewPool(ctx, f.dbURI)
	if err != nil {
		return nil, err
	}
	stops := []func(){pool.Close}
	stop = func() {
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}
	if err := f.serve(ctx, pool, &stops); err != nil {
		stop()
		return nil, err
	}
	return stop, nil
}

func (f *fixture) serve(ctx context.Context, pool *pgxpool.Pool, stops *[]func()) error {
	if _, err := ledger.Migrate(ctx, pool, f.schema); err != nil {
		return err
	}
	in, err := testenv.SampleInput("coffee", f.ns)
	if err != nil {
		return err
	}
	rs, errs := ruleset.Compile(in)
	if len(errs) > 0 {
		return fmt.Errorf("the coffee sample: %v", errs)
	}
	if f.books, err = ledger.New(pool, f.schema, ledger.Options{}); err != nil {
		return err
	}
	if err := f.books.Publish(ctx, rs); err != nil {
		return err
	}
	tokens := filepath.Join(dir, "tokens")
	if err := os.WriteFile(tokens, []byte(ledgerToken+"\n"), 0o600); err != nil {
		return err
	}
	srv, err := server.New(server.Config{Pool: pool, Schema: f.schema, TokenFile: tokens, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return err
	}
	if err := srv.Load(ctx); err != nil {
		return err
	}
	hs := httptest.NewServer(srv.Handler())
	*stops = append(*stops, func() { hs.Close(); srv.Close() })
	f.ledger = hs.URL
	for _, ev := range []string{
		`{"id":"order-1","member":"alice","type":"purchase","amount":"128.50","currency":"CNY"}`,
		`{"id":"sign-in-1","member":"alice","type":"sign_in"}`,
	} {
		req := httptest.NewRequest("POST", "/v1/events", strings.NewReader(ev))
		req.Header.Set("Authorization", "Bearer "+ledgerToken)
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, req)
		if rec.Code != 200 {
			return fmt.Errorf("posting %s: %d %s", ev, rec.Code, rec.Body)
		}
	}
	return nil
}

// run runs kubectl-tally with kubeconfig and args, as the fixture's user would.
func (f *fixture) run(t *testing.T, kubeconfig string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	return f.runWith(t, f.fwd, kubeconfig, args...)
}

// runWith runs kubectl-tally with a forwarder of its own; nil is kubectl port-forward, with
// the kubectl beside the test's kube-apiserver.
func (f *fixture) runWith(t *testing.T, fwd forwarder, kubeconfig string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	o := &options{kube: newKubeFlags(), now: func() time.Time { return f.now }, forwarder: fwd}
	if fwd == nil {
		args = append(args, "--kubectl", filepath.Join(kube.AssetsDir, "kubectl"))
	}
	var out, errOut bytes.Buffer
	root := newCommand(o, &out, &errOut)
	root.SetArgs(append(args, "--kubeconfig", kubeconfig))
	err = root.ExecuteContext(context.Background())
	t.Logf("kubectl tally %s\n%s%s(error: %v)", strings.Join(args, " "), out.String(), errOut.String(), err)
	return out.String(), errOut.String(), err
}

// postings counts what the ledger wrote, to show that a command wrote nothing.
func (f *fixture) postings(t *testing.T) string {
	t.Helper()
	v, err := f.books.View(context.Background(), "alice", 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := f.books.Statement(context.Background(), "alice", 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("balance %d, %d lines", v.Balance, len(lines))
}

// readerRole gives user in ns what a brand's read-only operator has, and no Secrets: the
// programs, Deployments, CronJobs and pods, and, with portForward, port-forwards to pods.
func readerRole(ns, user string, portForward bool) []client.Object {
	read := []string{"get", "list", "watch"}
	role := &rbacv1.Role{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: "loyalty-reader-" + user}, Rules: []rbacv1.PolicyRule{
		{APIGroups: []string{"loyalty.tally.dev"}, Resources: []string{"pointsprograms"}, Verbs: read},
		{APIGroups: []string{"apps"}, Resources: []string{"deployments"}, Verbs: read},
		{APIGroups: []string{"batch"}, Resources: []string{"cronjobs"}, Verbs: read},
		{APIGroups: []string{""}, Resources: []string{"pods"}, Verbs: read},
	}}
	if portForward {
		role.Rules = append(role.Rules, rbacv1.PolicyRule{APIGroups: []string{""}, Resources: []string{"pods/portforward"}, Verbs: []string{"create"}})
	}
	binding := &rbacv1.RoleBinding{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: "loyalty-reader-" + user},
		RoleRef:  rbacv1.RoleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "Role", Name: role.Name},
		Subjects: []rbacv1.Subject{{APIGroup: "rbac.authorization.k8s.io", Kind: "User", Name: user}}}
	return []client.Object{role, binding}
}
