package charts_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"helm.sh/helm/v4/pkg/action"
	helmkube "helm.sh/helm/v4/pkg/kube"
	release "helm.sh/helm/v4/pkg/release/v1"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	"k8s.io/apimachinery/pkg/api/equality"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/cli-runtime/pkg/genericclioptions"
	clientgoscheme "k8s.io/client-go/kubernetes/scheme"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/yaml"

	"github.com/tally-operator/tally/internal/testenv"
)

// TestInstallUpgradeUninstall installs the chart on a real kube-apiserver, upgrades it with
// other values and uninstalls it, as helm install, upgrade and uninstall do. There is no
// kubelet, so no pod ever runs: the test checks the objects the API server holds, not the
// operator at work (the controller tests and test/e2e do that).
func TestInstallUpgradeUninstall(t *testing.T) {
	// Without Tally's CRDs: the chart's crds/ installs them.
	cluster, err := testenv.StartBareKube()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cluster.Stop() })
	ctx := t.Context()
	c := clusterClient(t, cluster)
	dir := t.TempDir()
	kubeconfig, err := cluster.Kubeconfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	crds := chartCRDs(t)

	// helm install tally charts/tally -n tally-system --create-namespace
	install := action.NewInstall(helmConfig(t, kubeconfig, dir))
	install.ReleaseName = "tally"
	install.Namespace = namespace
	install.CreateNamespace = true
	install.WaitStrategy = helmkube.HookOnlyStrategy
	install.Timeout = time.Minute
	rel, err := install.RunWithContext(ctx, loadChart(t), nil)
	if err != nil {
		t.Fatalf("install: %v", err)
	}
	image := "ghcr.io/tally-operator/tally:" + loadChart(t).Metadata.AppVersion
	checkRelease(t, rel, 1)

	for _, want := range crds {
		var got apiextensionsv1.CustomResourceDefinition
		if err := c.Get(ctx, client.ObjectKey{Name: want.Name}, &got); err != nil {
			t.Fatalf("CRD %s after install: %v", want.Name, err)
		}
		if !established(&got) || !equality.Semantic.DeepEqual(got.Spec.Names, want.Spec.Names) ||
			!slices.EqualFunc(got.Spec.Versions, want.Spec.Versions, func(a, b apiextensionsv1.CustomResourceDefinitionVersion) bool {
				return a.Name == b.Name && a.Served == b.Served && a.Storage == b.Storage
			}) {
			t.Errorf("CRD %s after install is not the chart's, or not established: %+v", want.Name, got.Status.Conditions)
		}
	}
	d := getDeployment(t, c)
	args := d.Spec.Template.Spec.Containers[0].Args
	if *d.Spec.Replicas != 1 || d.Spec.Template.Spec.Containers[0].Image != image || !hasArg(args, "--leader-elect") ||
		!hasArg(args, "--zap-log-level=info") || argWithPrefix(args, "--watch-namespaces=") != "" {
		t.Errorf("manager after install: %d replicas of %s, args %q", *d.Spec.Replicas, d.Spec.Template.Spec.Containers[0].Image, args)
	}
	if d.Annotations["meta.helm.sh/release-name"] != "tally" || d.Annotations["meta.helm.sh/release-namespace"] != namespace {
		t.Errorf("the manager Deployment is not the release's: annotations %v", d.Annotations)
	}
	var role rbacv1.ClusterRole
	if err := c.Get(ctx, client.ObjectKey{Name: "tally-manager"}, &role); err != nil {
		t.Fatal(err)
	}
	if !equality.Semantic.DeepEqual(role.Rules, configRole(t).Rules) {
		t.Error("the installed ClusterRole tally-manager does not grant config/rbac/role.yaml's rules")
	}
	var svc corev1.Service
	if err := c.Get(ctx, client.ObjectKey{Namespace: namespace, Name: "tally-manager-metrics"}, &svc); err != nil {
		t.Fatal(err)
	}
	if p := svc.Spec.Ports; len(p) != 1 || p[0].Name != "https" || p[0].Port != 8443 {
		t.Errorf("metrics Service ports after install: %+v", p)
	}
	installed := releaseObjects(namespace)
	for _, o := range installed {
		if err := c.Get(ctx, client.ObjectKeyFromObject(o), o); err != nil {
			t.Errorf("%T %s after install: %v", o, o.GetName(), err)
		}
	}

	// helm upgrade tally charts/tally -n tally-system --set replicaCount=2,logLevel=debug,...
	upgrade := action.NewUpgrade(helmConfig(t, kubeconfig, dir))
	upgrade.Namespace = namespace
	upgrade.WaitStrategy = helmkube.HookOnlyStrategy
	upgrade.Timeout = time.Minute
	rel, err = upgrade.RunWithContext(ctx, "tally", loadChart(t), values(t, `
replicaCount: 2
leaderElection: {enabled: false}
logLevel: debug
watchNamespaces: [brew-coffee, atelier-fashion]
metrics: {secure: false}
`))
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	checkRelease(t, rel, 2)
	d = getDeployment(t, c)
	args = d.Spec.Template.Spec.Containers[0].Args
	for _, want := range []string{"--leader-elect", "--zap-log-level=debug", "--watch-namespaces=brew-coffee,atelier-fashion", "--metrics-secure=false"} {
		if !hasArg(args, want) {
			t.Errorf("manager after upgrade lacks %s: %q", want, args)
		}
	}
	if *d.Spec.Replicas != 2 {
		t.Errorf("manager after upgrade: %d replicas, want 2", *d.Spec.Replicas)
	}
	if err := c.Get(ctx, client.ObjectKeyFromObject(&svc), &svc); err != nil || svc.Spec.Ports[0].Name != "http" {
		t.Errorf("metrics Service after upgrade: %v, ports %+v, want http", err, svc.Spec.Ports)
	}
	// Plain HTTP metrics need no token checks: the upgrade removes what only they needed.
	for _, name := range []string{"tally-metrics-auth", "tally-metrics-reader"} {
		if err := c.Get(ctx, client.ObjectKey{Name: name}, &rbacv1.ClusterRole{}); !apierrors.IsNotFound(err) {
			t.Errorf("ClusterRole %s after the upgrade to metrics.secure=false: %v, want it gone", name, err)
		}
	}
	if err := c.Get(ctx, client.ObjectKey{Namespace: namespace, Name: "tally-leader-election"}, &rbacv1.Role{}); err != nil {
		t.Errorf("the leader election Role after the upgrade to two replicas: %v", err)
	}

	// helm uninstall tally -n tally-system
	uninstall := action.NewUninstall(helmConfig(t, kubeconfig, dir))
	uninstall.WaitStrategy = helmkube.HookOnlyStrategy
	uninstall.Timeout = time.Minute
	if _, err := uninstall.Run("tally"); err != nil {
		t.Fatalf("uninstall: %v", err)
	}
	for _, o := range installed {
		if err := c.Get(ctx, client.ObjectKeyFromObject(o), o); !apierrors.IsNotFound(err) {
			t.Errorf("%T %s after uninstall: %v, want it gone", o, o.GetName(), err)
		}
	}
	var secrets corev1.SecretList
	if err := c.List(ctx, &secrets, client.InNamespace(namespace), client.MatchingLabels{"owner": "helm", "name": "tally"}); err != nil {
		t.Fatal(err)
	}
	if len(secrets.Items) != 0 {
		t.Errorf("%d release records left after uninstall", len(secrets.Items))
	}
	// Helm never deletes what crds/ installed: deleting a CRD deletes every program, rule and
	// LedgerDatabase in the cluster with it. They stay until removed by hand.
	for _, crd := range crds {
		if err := c.Get(ctx, client.ObjectKey{Name: crd.Name}, &apiextensionsv1.CustomResourceDefinition{}); err != nil {
			t.Errorf("CRD %s after uninstall: %v, want it kept", crd.Name, err)
		}
	}
}

// helmConfig is the action configuration the helm command builds from --kubeconfig and
// --namespace, storing releases in Secrets as it does by default.
func helmConfig(t *testing.T, kubeconfig, cacheDir string) *action.Configuration {
	t.Helper()
	flags := genericclioptions.NewConfigFlags(true)
	flags.KubeConfig = &kubeconfig
	ns := namespace
	flags.Namespace = &ns
	// Discovery is cached here rather than in the home directory.
	flags.CacheDir = &cacheDir
	cfg := quietConfig()
	if err := cfg.Init(flags, namespace, "secret"); err != nil {
		t.Fatalf("helm configuration: %v", err)
	}
	return cfg
}

func clusterClient(t *testing.T, cluster *testenv.Kube) client.Client {
	t.Helper()
	scheme := runtime.NewScheme()
	if err := clientgoscheme.AddToScheme(scheme); err != nil {
		t.Fatal(err)
	}
	if err := apiextensionsv1.AddToScheme(scheme); err != nil {
		t.Fatal(err)
	}
	c, err := client.New(cluster.Config, client.Options{Scheme: scheme})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func checkRelease(t *testing.T, rel any, revision int) {
	t.Helper()
	r, ok := rel.(*release.Release)
	if !ok {
		t.Fatalf("release is a %T", rel)
	}
	if r.Version != revision || r.Info.Status != "deployed" {
		t.Fatalf("release revision %d is %s, want revision %d deployed", r.Version, r.Info.Status, revision)
	}
}

// releaseObjects are the objects the default values install, besides the CRDs.
func releaseObjects(ns string) []client.Object {
	named := func(o client.Object, namespace, name string) client.Object {
		o.SetNamespace(namespace)
		o.SetName(name)
		return o
	}
	return []client.Object{
		named(&appsv1.Deployment{}, ns, "tally-manager"),
		named(&corev1.ServiceAccount{}, ns, "tally-manager"),
		named(&corev1.Service{}, ns, "tally-manager-metrics"),
		named(&rbacv1.Role{}, ns, "tally-leader-election"),
		named(&rbacv1.RoleBinding{}, ns, "tally-leader-election"),
		named(&rbacv1.ClusterRole{}, "", "tally-manager"),
		named(&rbacv1.ClusterRoleBinding{}, "", "tally-manager"),
		named(&rbacv1.ClusterRole{}, "", "tally-metrics-auth"),
		named(&rbacv1.ClusterRoleBinding{}, "", "tally-metrics-auth"),
		named(&rbacv1.ClusterRole{}, "", "tally-metrics-reader"),
		named(&rbacv1.ClusterRole{}, "", "tally-loyalty-editor"),
		named(&rbacv1.ClusterRole{}, "", "tally-loyalty-viewer"),
	}
}

func getDeployment(t *testing.T, c client.Client) *appsv1.Deployment {
	t.Helper()
	var d appsv1.Deployment
	if err := c.Get(t.Context(), client.ObjectKey{Namespace: namespace, Name: "tally-manager"}, &d); err != nil {
		t.Fatalf("the manager Deployment: %v", err)
	}
	return &d
}

func chartCRDs(t *testing.T) []apiextensionsv1.CustomResourceDefinition {
	t.Helper()
	var crds []apiextensionsv1.CustomResourceDefinition
	for name, data := range readYAMLFiles(t, filepath.Join(chartDir(), "crds")) {
		var crd apiextensionsv1.CustomResourceDefinition
		if err := yaml.Unmarshal(data, &crd); err != nil {
			t.Fatalf("crds/%s: %v", name, err)
		}
		crds = append(crds, crd)
	}
	if len(crds) == 0 {
		t.Fatal("the chart has no CRDs")
	}
	return crds
}

func configRole(t *testing.T) rbacv1.ClusterRole {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testenv.RepoRoot(), "config", "rbac", "role.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var role rbacv1.ClusterRole
	if err := yaml.Unmarshal(data, &role); err != nil {
		t.Fatalf("config/rbac/role.yaml: %v", err)
	}
	return role
}

func established(crd *apiextensionsv1.CustomResourceDefinition) bool {
	for _, c := range crd.Status.Conditions {
		if c.Type == apiextensionsv1.Established {
			return c.Status == apiextensionsv1.ConditionTrue
		}
	}
	return false
}
