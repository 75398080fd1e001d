package charts_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/equality"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/yaml"
)

func TestDefaultValues(t *testing.T) {
	r := render(t, nil)
	image := "ghcr.io/tally-operator/tally:" + loadChart(t).Metadata.AppVersion
	d, c := r.manager(t, "tally-manager")

	if got := *d.Spec.Replicas; got != 1 {
		t.Errorf("replicas = %d, want 1", got)
	}
	if c.Image != image {
		t.Errorf("image = %q, want %q (the chart's appVersion)", c.Image, image)
	}
	if c.ImagePullPolicy != corev1.PullIfNotPresent {
		t.Errorf("imagePullPolicy = %q, want IfNotPresent", c.ImagePullPolicy)
	}
	want := []string{
		"manager",
		"--leader-elect",
		"--metrics-bind-address=:8443",
		"--metrics-secure=true",
		"--health-probe-bind-address=:8081",
		"--ledger-image=" + image,
		"--zap-log-level=info",
	}
	if !slices.Equal(c.Args, want) {
		t.Errorf("args = %q, want %q", c.Args, want)
	}
	if len(c.Env) != 1 || c.Env[0].Name != "POD_NAMESPACE" || c.Env[0].ValueFrom == nil ||
		c.Env[0].ValueFrom.FieldRef == nil || c.Env[0].ValueFrom.FieldRef.FieldPath != "metadata.namespace" {
		t.Errorf("env = %+v, want POD_NAMESPACE from metadata.namespace", c.Env)
	}
	if d.Namespace != namespace || d.Spec.Template.Spec.ServiceAccountName != "tally-manager" {
		t.Errorf("Deployment in %q with service account %q, want %s and tally-manager", d.Namespace,
			d.Spec.Template.Spec.ServiceAccountName, namespace)
	}
	wantResources := corev1.ResourceRequirements{
		Requests: corev1.ResourceList{corev1.ResourceCPU: resource.MustParse("50m"), corev1.ResourceMemory: resource.MustParse("64Mi")},
		Limits:   corev1.ResourceList{corev1.ResourceCPU: resource.MustParse("500m"), corev1.ResourceMemory: resource.MustParse("256Mi")},
	}
	if !equality.Semantic.DeepEqual(c.Resources, wantResources) {
		t.Errorf("resources = %+v, want %+v", c.Resources, wantResources)
	}
	if got := r.kinds(); !slices.Equal(got, []string{"ClusterRole", "ClusterRoleBinding", "Deployment", "Role", "RoleBinding", "Service", "ServiceAccount"}) {
		t.Errorf("kinds rendered by default: %q", got)
	}
	for _, kind := range []string{"ServiceMonitor", "PrometheusRule"} {
		if slices.Contains(r.kinds(), kind) {
			t.Errorf("a %s is rendered by default; it needs the Prometheus Operator's CRDs", kind)
		}
	}
	var svc corev1.Service
	r.mustGet(t, "Service", "tally-manager-metrics", &svc)
	if len(svc.Spec.Ports) != 1 || svc.Spec.Ports[0].Name != "https" || svc.Spec.Ports[0].Port != 8443 || svc.Spec.Ports[0].TargetPort.StrVal != "metrics" {
		t.Errorf("metrics Service ports = %+v, want https 8443 -> metrics", svc.Spec.Ports)
	}
	if !selects(svc.Spec.Selector, d.Spec.Template.Labels) {
		t.Errorf("metrics Service selector %v does not select the manager's pods %v", svc.Spec.Selector, d.Spec.Template.Labels)
	}
}

func TestCustomValues(t *testing.T) {
	r, err := renderRelease(t, "loyalty", values(t, `
image: {repository: registry.example/tally, tag: "1.2.3", pullPolicy: Always}
replicaCount: 2
leaderElection: {enabled: false}
logLevel: 3
watchNamespaces: [brew-coffee, atelier-fashion]
resources:
  requests: {cpu: 100m, memory: 128Mi}
  limits: {cpu: null, memory: 512Mi}
nodeSelector: {kubernetes.io/os: linux}
tolerations: [{key: dedicated, operator: Equal, value: platform, effect: NoSchedule}]
affinity:
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector: {matchLabels: {app.kubernetes.io/instance: loyalty}}
metrics: {port: 9443, secure: false}
`))
	if err != nil {
		t.Fatal(err)
	}
	// The release name lacks the chart's, so the chart's name is added.
	d, c := r.manager(t, "loyalty-tally-manager")
	image := "registry.example/tally:1.2.3"

	if got := *d.Spec.Replicas; got != 2 {
		t.Errorf("replicas = %d, want 2", got)
	}
	if c.Image != image || c.ImagePullPolicy != corev1.PullAlways {
		t.Errorf("image %q pulled %q, want %q pulled Always", c.Image, c.ImagePullPolicy, image)
	}
	want := []string{
		"manager",
		"--leader-elect", // two replicas need it, whatever leaderElection.enabled says
		"--metrics-bind-address=:9443",
		"--metrics-secure=false",
		"--health-probe-bind-address=:8081",
		"--ledger-image=" + image,
		"--zap-log-level=3",
		"--watch-namespaces=brew-coffee,atelier-fashion",
	}
	if !slices.Equal(c.Args, want) {
		t.Errorf("args = %q, want %q", c.Args, want)
	}
	if r.get("Role", "loyalty-tally-leader-election") == nil || r.get("RoleBinding", "loyalty-tally-leader-election") == nil {
		t.Error("leader election is forced on but its Role and RoleBinding are not rendered")
	}
	// Values merge into the defaults; null removes one (here the CPU limit).
	wantResources := corev1.ResourceRequirements{
		Requests: corev1.ResourceList{corev1.ResourceCPU: resource.MustParse("100m"), corev1.ResourceMemory: resource.MustParse("128Mi")},
		Limits:   corev1.ResourceList{corev1.ResourceMemory: resource.MustParse("512Mi")},
	}
	if !equality.Semantic.DeepEqual(c.Resources, wantResources) {
		t.Errorf("resources = %+v, want %+v", c.Resources, wantResources)
	}
	pod := d.Spec.Template.Spec
	if pod.NodeSelector["kubernetes.io/os"] != "linux" || len(pod.Tolerations) != 1 || pod.Tolerations[0].Key != "dedicated" ||
		pod.Affinity == nil || pod.Affinity.PodAntiAffinity == nil {
		t.Errorf("scheduling not as given: nodeSelector %v, tolerations %+v, affinity %+v", pod.NodeSelector, pod.Tolerations, pod.Affinity)
	}
	if len(c.Ports) != 2 || c.Ports[0].Name != "metrics" || c.Ports[0].ContainerPort != 9443 {
		t.Errorf("container ports = %+v, want metrics on 9443 and probes", c.Ports)
	}
	var svc corev1.Service
	r.mustGet(t, "Service", "loyalty-tally-manager-metrics", &svc)
	if p := svc.Spec.Ports; len(p) != 1 || p[0].Name != "http" || p[0].Port != 9443 {
		t.Errorf("metrics Service ports = %+v, want http 9443", p)
	}
	// Plain HTTP metrics check no tokens: the manager needs no TokenReviews, and there is
	// nothing to bind a reader to.
	for _, name := range []string{"loyalty-tally-metrics-auth", "loyalty-tally-metrics-reader"} {
		if r.get("ClusterRole", name) != nil {
			t.Errorf("ClusterRole %s rendered with metrics.secure=false", name)
		}
	}
}

func TestLeaderElectionOffWithOneReplica(t *testing.T) {
	r := render(t, values(t, `leaderElection: {enabled: false}`))
	_, c := r.manager(t, "tally-manager")
	if hasArg(c.Args, "--leader-elect") {
		t.Errorf("args = %q: --leader-elect with leaderElection.enabled=false and one replica", c.Args)
	}
	if r.get("Role", "tally-leader-election") != nil {
		t.Error("the leader election Role is rendered without leader election")
	}
}

func TestLogLevels(t *testing.T) {
	for _, level := range []string{"debug", "info", "error", "1", "10"} {
		r := render(t, values(t, "logLevel: "+level))
		_, c := r.manager(t, "tally-manager")
		if got := argWithPrefix(c.Args, "--zap-log-level="); got != "--zap-log-level="+level {
			t.Errorf("logLevel %s: %q", level, got)
		}
	}
}

func TestMetricsOff(t *testing.T) {
	r := render(t, values(t, `metrics: {enabled: false}`))
	_, c := r.manager(t, "tally-manager")
	if got := argWithPrefix(c.Args, "--metrics-bind-address="); got != "--metrics-bind-address=0" {
		t.Errorf("metrics off: %q, want --metrics-bind-address=0", got)
	}
	if r.get("Service", "tally-manager-metrics") != nil || r.get("ClusterRole", "tally-metrics-auth") != nil {
		t.Error("metrics off: the metrics Service or its RBAC is rendered")
	}
	if _, err := renderRelease(t, "tally", values(t, `metrics: {enabled: false, serviceMonitor: {enabled: true}}`)); err == nil ||
		!strings.Contains(err.Error(), "metrics.serviceMonitor.enabled needs metrics.enabled") {
		t.Errorf("a ServiceMonitor without metrics: err = %v, want one naming metrics.enabled", err)
	}
}

func TestServiceMonitor(t *testing.T) {
	r := render(t, values(t, `metrics: {serviceMonitor: {enabled: true, labels: {release: prometheus}}}`))
	sm := r.get("ServiceMonitor", "tally-manager-metrics")
	if sm == nil {
		t.Fatalf("no ServiceMonitor: %s", r.names())
	}
	if sm.GetAPIVersion() != "monitoring.coreos.com/v1" || sm.GetNamespace() != namespace || sm.GetLabels()["release"] != "prometheus" {
		t.Errorf("ServiceMonitor %s in %q labelled %v", sm.GetAPIVersion(), sm.GetNamespace(), sm.GetLabels())
	}
	endpoints, _, _ := unstructured.NestedSlice(sm.Object, "spec", "endpoints")
	if len(endpoints) != 1 {
		t.Fatalf("endpoints = %v", endpoints)
	}
	ep := endpoints[0].(map[string]any)
	tls, _ := ep["tlsConfig"].(map[string]any)
	if ep["port"] != "https" || ep["scheme"] != "https" || ep["path"] != "/metrics" ||
		ep["bearerTokenFile"] != "/var/run/secrets/kubernetes.io/serviceaccount/token" || tls["insecureSkipVerify"] != true {
		t.Errorf("secure endpoint = %v, want https with the service account token and insecureSkipVerify", ep)
	}
	var svc corev1.Service
	r.mustGet(t, "Service", "tally-manager-metrics", &svc)
	selector, _, _ := unstructured.NestedStringMap(sm.Object, "spec", "selector", "matchLabels")
	if !selects(selector, svc.Labels) {
		t.Errorf("ServiceMonitor selector %v does not select the metrics Service %v", selector, svc.Labels)
	}

	r = render(t, values(t, `metrics: {secure: false, serviceMonitor: {enabled: true}}`))
	endpoints, _, _ = unstructured.NestedSlice(r.get("ServiceMonitor", "tally-manager-metrics").Object, "spec", "endpoints")
	ep = endpoints[0].(map[string]any)
	if ep["port"] != "http" || ep["scheme"] != "http" || ep["bearerTokenFile"] != nil || ep["tlsConfig"] != nil {
		t.Errorf("plain endpoint = %v, want http without token or TLS", ep)
	}
}

func TestPrometheusRule(t *testing.T) {
	r := render(t, values(t, `prometheusRule: {enabled: true, labels: {release: prometheus}}`))
	rule := r.get("PrometheusRule", "tally")
	if rule == nil {
		t.Fatalf("no PrometheusRule: %s", r.names())
	}
	if rule.GetAPIVersion() != "monitoring.coreos.com/v1" || rule.GetNamespace() != namespace || rule.GetLabels()["release"] != "prometheus" {
		t.Errorf("PrometheusRule %s in %q labelled %v", rule.GetAPIVersion(), rule.GetNamespace(), rule.GetLabels())
	}
	data, err := os.ReadFile(filepath.Join(chartDir(), "files", "prometheus-rules.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var file map[string]any
	if err := yaml.Unmarshal(data, &file); err != nil {
		t.Fatalf("files/prometheus-rules.yaml: %v", err)
	}
	if groups, _ := file["groups"].([]any); len(groups) == 0 {
		t.Error("files/prometheus-rules.yaml has no groups")
	}
	if spec := rule.Object["spec"]; !equality.Semantic.DeepEqual(asJSON(t, spec), asJSON(t, file)) {
		t.Errorf("PrometheusRule spec = %v, want files/prometheus-rules.yaml %v", spec, file)
	}
}

// Two releases, even in one namespace, share no object and do not select each other's pods.
func TestTwoReleasesDoNotCollide(t *testing.T) {
	a := render(t, nil)
	b, err := renderRelease(t, "tally-eu", nil)
	if err != nil {
		t.Fatal(err)
	}
	key := func(o *unstructured.Unstructured) string {
		return o.GetKind() + " " + o.GetNamespace() + "/" + o.GetName()
	}
	names := map[string]bool{}
	for _, o := range a.objects {
		names[key(o)] = true
	}
	for _, o := range b.objects {
		if names[key(o)] {
			t.Errorf("both releases render %s", key(o))
		}
	}
	da, _ := a.manager(t, "tally-manager")
	db, _ := b.manager(t, "tally-eu-manager")
	if selects(da.Spec.Selector.MatchLabels, db.Spec.Template.Labels) || selects(db.Spec.Selector.MatchLabels, da.Spec.Template.Labels) {
		t.Errorf("the releases' Deployments select each other's pods: %v, %v", da.Spec.Selector.MatchLabels, db.Spec.Selector.MatchLabels)
	}
}

func TestNotes(t *testing.T) {
	notes := render(t, values(t, `watchNamespaces: [brew-coffee]`)).notes
	for _, want := range []string{
		"LedgerDatabase",
		"kubectl -n tally-system create secret generic postgres-admin",
		"loyalty.tally.dev/ledger-database=",
		"config/samples",
		"docs/operator.md",
		"PointsProgram",
		"kubectl get pointsprograms -A",
		"brew-coffee",
		"tally-metrics-reader",
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("NOTES.txt lacks %q:\n%s", want, notes)
		}
	}
}

// selects reports whether every label of selector is in labels.
func selects(selector, labels map[string]string) bool {
	if len(selector) == 0 {
		return false
	}
	for k, v := range selector {
		if labels[k] != v {
			return false
		}
	}
	return true
}

// asJSON is v as encoding/json decodes it, so that values parsed by different YAML readers
// compare equal when their JSON is.
func asJSON(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}
